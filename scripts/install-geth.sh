#!/usr/bin/env bash
# Installs the geth the integration tests run (geth --dev), from the Go module
# proxy, unless the right version is already in $(go env GOPATH)/bin.
set -euo pipefail
version=v1.17.10
bin="$(go env GOPATH)/bin/geth"
if "$bin" version 2>/dev/null | grep -q "^Version: ${version#v}"; then
  echo "geth ${version} already installed at $bin"
  exit 0
fi
go install "github.com/ethereum/go-ethereum/cmd/geth@${version}"
"$bin" version | head -2
