#!/usr/bin/env bash
# Regenerates everything derived from contracts/src: contracts/build (ABIs and bytecode, via the
# pinned solc-js) and the Go bindings in contracts/bindings. Deterministic: running it twice gives
# identical files, so CI can run it and fail on `git diff --exit-code contracts/`.
#
#   scripts/generate.sh            # from anywhere in the repository
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/contracts"

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
node compile.js

cd "$root"
go run ./scripts/genbindings
