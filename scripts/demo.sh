#!/usr/bin/env bash
# The main job, end to end: start a local devnet (embedded chain, staking
# contracts, registered sessiond processes), send a message to a new Session
# ID through a 3-hop onion path, and read it back through another path.
#
#   scripts/demo.sh [NODES]        (make demo)
set -euo pipefail
cd "$(dirname "$0")/.."
nodes="${1:-12}"
bin=./bin/sessiond
[ -x "$bin" ] || make build

work="$(mktemp -d -t sessiond-demo-XXXXXX)"
log="$work/devnet.out"
"$bin" devnet --nodes "$nodes" --data-dir "$work/devnet" >"$log" 2>"$work/devnet.err" &
devnet=$!
cleanup() { kill -INT "$devnet" 2>/dev/null || true; wait "$devnet" 2>/dev/null || true; }
trap cleanup EXIT

echo "starting a devnet of $nodes nodes (logs in $work)..."
for _ in $(seq 1 600); do
  if grep -q '^devnet ready:' "$log"; then break; fi
  if ! kill -0 "$devnet" 2>/dev/null; then echo "devnet failed:"; tail -20 "$work/devnet.err"; exit 1; fi
  sleep 0.5
done
grep '^devnet ready:' "$log" || { echo "devnet did not become ready"; tail -20 "$work/devnet.err"; exit 1; }
seed="$(sed -n 's/^devnet ready: seed \([^,]*\),.*/\1/p' "$log")"

"$bin" client keygen --out "$work/alice.key" >"$work/alice.id"
to="$(tail -n1 "$work/alice.id")"
echo "recipient Session ID: $to"
"$bin" client send --seed "$seed" --to "$to" --data "hello from sessiond, $(date -u +%FT%TZ)"
echo "retrieving through a different onion path:"
"$bin" client receive --seed "$seed" --key "$work/alice.key"
