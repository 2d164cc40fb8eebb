# sessiond build, test and generation targets. See README.md.
GO       ?= go
BIN      := bin/sessiond
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT   ?= $(shell git rev-parse HEAD 2>/dev/null)
LDFLAGS  := -X github.com/sessiond/sessiond/internal/version.Commit=$(COMMIT)
PKGS     := ./...

.PHONY: all build demo test test-short test-integration bench lint generate check-generate clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/sessiond

# The main job: a local devnet that stores and retrieves a message through
# onion routing.
demo: build
	scripts/demo.sh

# Unit tests with the race detector; what CI runs.
test:
	$(GO) test -race -count=1 $(PKGS)

# Fast inner-loop tests.
test-short:
	$(GO) test -short $(PKGS)

# Tests against real external processes (geth --dev, subprocess networks):
# the TestIntegration* tests behind the integration build tag. They need geth
# (see scripts/install-geth.sh; GETH may point at the binary).
test-integration:
	$(GO) test -race -count=1 -tags integration -run '^TestIntegration' -timeout 30m $(PKGS)

# Benchmarks print their figures and ratios; see each package's bench_test.go.
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Regenerate everything derived: the example config, and the compiled
# contracts and their Go bindings when contracts/ is present.
generate:
	$(GO) test ./internal/config -run TestExampleInSync -update -count=1
	@if [ -x scripts/generate.sh ]; then scripts/generate.sh; fi

# Fails when `make generate` would change committed files.
check-generate: generate
	@git diff --exit-code --stat -- configs contracts || { echo "generated files are stale: run make generate and commit"; exit 1; }

clean:
	rm -rf bin
