package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Geth is a `geth --dev` process on loopback, for integration tests and
// devnets that want a separate chain process.
type Geth struct {
	URL     string
	DataDir string
	bin     string
	port    int
	cmd     *exec.Cmd
	log     *bytes.Buffer
}

// FindGeth locates the geth binary: $GETH, then PATH, then $GOPATH/bin.
func FindGeth() (string, error) {
	if p := os.Getenv("GETH"); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, _ := os.UserHomeDir()
		gopath = filepath.Join(home, "go")
	}
	p := filepath.Join(gopath, "bin", "geth")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	return "", errors.New("geth not found: install it with `go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10` or set $GETH")
}

// StartGeth starts geth --dev with HTTP JSON-RPC on a free loopback port,
// mining a block every period (0: on each transaction).
func StartGeth(ctx context.Context, bin, dataDir string, period int) (*Geth, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	g := &Geth{URL: fmt.Sprintf("http://127.0.0.1:%d", port), DataDir: dataDir, bin: bin, port: port}
	return g, g.start(ctx, period)
}

func (g *Geth) start(ctx context.Context, period int) error {
	g.log = &bytes.Buffer{}
	g.cmd = exec.Command(g.bin, "--dev", "--dev.period", strconv.Itoa(period), "--dev.gaslimit", "60000000", "--datadir", g.DataDir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(g.port), "--http.api", "eth,net,web3",
		"--nodiscover", "--maxpeers", "0", "--ipcdisable", "--port", "0", "--authrpc.port", "0",
		"--verbosity", "2")
	g.cmd.Stdout, g.cmd.Stderr = g.log, g.log
	if err := g.cmd.Start(); err != nil {
		return fmt.Errorf("start geth: %w", err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := rpc.DialContext(ctx, g.URL)
		if err == nil {
			var id hexutil.Big
			err = c.CallContext(ctx, &id, "eth_chainId")
			c.Close()
			if err == nil {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	_ = g.Stop()
	return fmt.Errorf("geth did not answer on %s within 30 s: %s", g.URL, g.log.String())
}

// Stop ends geth with SIGTERM (it flushes its database) and waits.
func (g *Geth) Stop() error {
	if g.cmd == nil || g.cmd.Process == nil {
		return nil
	}
	_ = g.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- g.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = g.cmd.Process.Kill()
		<-done
	}
	g.cmd = nil
	return nil
}

// Restart starts geth again on the same port and data dir.
func (g *Geth) Restart(ctx context.Context, period int) error { return g.start(ctx, period) }

// Fund sends wei from geth's unlocked dev account to addr.
func (g *Geth) Fund(ctx context.Context, addr common.Address, wei *big.Int) error {
	c, err := rpc.DialContext(ctx, g.URL)
	if err != nil {
		return err
	}
	defer c.Close()
	var accts []common.Address
	if err := c.CallContext(ctx, &accts, "eth_accounts"); err != nil || len(accts) == 0 {
		return fmt.Errorf("geth dev account: %v", err)
	}
	var hash common.Hash
	tx := map[string]any{"from": accts[0], "to": addr, "value": (*hexutil.Big)(wei)}
	if err := c.CallContext(ctx, &hash, "eth_sendTransaction", tx); err != nil {
		return fmt.Errorf("fund %s: %w", addr, err)
	}
	ec := ethclient.NewClient(c)
	for range 300 {
		if r, err := ec.TransactionReceipt(ctx, hash); err == nil && r != nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("fund %s: not mined", addr)
}

// Chain dials geth as a devnet chain.
func (g *Geth) Chain(ctx context.Context) (*Chain, error) {
	ec, err := ethclient.DialContext(ctx, g.URL)
	if err != nil {
		return nil, err
	}
	return Dial(ctx, ec, g.URL)
}
