// Package nodetest runs multi-node sessiond networks for tests: a devnet
// chain with the staking contracts, N registered nodes, and fault injection
// (kill, restart, partition, slow peer). The same Cluster runs its nodes in
// this process (node.Node values, fast to start, visible to the race
// detector) or as `sessiond run` processes (real SIGKILL, real restarts),
// so one scenario (scenarios.go) is written once and run both ways.
//
// Both modes use the same data dirs, configs and ports (internal/devnet),
// reach the nodes only over their real HTTPS, json_rpc and operator
// listeners, and inject faults through each node's /debug/faults endpoint
// (internal/faults; config network.fault_injection).
package nodetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/cli"
	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/faults"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/node"
)

// Mode is where the nodes run.
type Mode string

// Modes.
const (
	InProcess  Mode = "in-process"
	Subprocess Mode = "subprocess"
)

// Options configure a Cluster.
type Options struct {
	Mode  Mode
	Nodes int
	// Dir holds the chain-independent node data dirs. Required.
	Dir string
	// Binary is the sessiond executable of Subprocess mode (default
	// os.Executable(): a test binary that runs as sessiond when told to).
	Binary string
	// ExtraConfig is appended to every node's sessiond.yaml.
	ExtraConfig string
	// BlockEvery is the embedded chain's block period (default 250ms).
	BlockEvery time.Duration
	// Logger receives the in-process nodes' and the harness's logs; nil:
	// none.
	Logger *zap.Logger
}

// Cluster is a running test network.
type Cluster struct {
	o     Options
	Chain *devnet.Chain
	Net   *devnet.Network
	owner devnet.Account

	mu     sync.Mutex
	inproc map[int]*node.Node
	http   *http.Client
	rpc    *client.Client
}

// Start brings up the chain, deploys the contracts, registers and starts
// the nodes, and waits (bounded by ctx) until every node is ready and all
// agree on the swarms.
func Start(ctx context.Context, o Options) (*Cluster, error) {
	if o.Mode != InProcess && o.Mode != Subprocess {
		return nil, fmt.Errorf("nodetest: unknown mode %q", o.Mode)
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.BlockEvery == 0 {
		o.BlockEvery = 250 * time.Millisecond
	}
	owner, err := devnet.NewAccount([]byte("sessiond-nodetest-owner"))
	if err != nil {
		return nil, err
	}
	eth := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))
	chain, err := devnet.NewSimulated(devnet.SimulatedOptions{
		Alloc:      map[common.Address]*big.Int{owner.Addr: eth},
		HTTPAddr:   "127.0.0.1:0",
		BlockEvery: o.BlockEvery,
	})
	if err != nil {
		return nil, err
	}
	c := &Cluster{o: o, Chain: chain, owner: owner, inproc: map[int]*node.Node{},
		http: &http.Client{Timeout: 10 * time.Second}}
	nw, err := devnet.NewNetwork(ctx, devnet.NetworkOptions{
		Dir: o.Dir, Nodes: o.Nodes, Binary: o.Binary, Chain: chain, Owner: owner,
		ExtraConfig: o.ExtraConfig, FaultInjection: true, Logger: o.Logger,
	})
	if err != nil {
		chain.Close()
		return nil, err
	}
	c.Net = nw
	if o.Mode == Subprocess {
		err = nw.Start()
	} else {
		for i := range nw.Nodes {
			if err = c.startNode(ctx, i); err != nil {
				break
			}
		}
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	if err := c.WaitConverged(ctx); err != nil {
		if c.o.Mode == Subprocess {
			err = fmt.Errorf("%w\n%s", err, c.logProblems(20))
		}
		c.Close()
		return nil, err
	}
	return c, nil
}

// logProblems returns the last n warning and error lines of each node
// process's log, for the error of a network that did not come up.
func (c *Cluster) logProblems(n int) string {
	var b strings.Builder
	for i, p := range c.Net.Nodes {
		raw, err := os.ReadFile(p.LogPath())
		if err != nil {
			continue
		}
		var lines []string
		for _, l := range strings.Split(string(raw), "\n") {
			if strings.Contains(l, "WARN") || strings.Contains(l, "ERROR") || strings.Contains(l, "panic") {
				lines = append(lines, l)
			}
		}
		lines = lines[max(0, len(lines)-n):]
		fmt.Fprintf(&b, "node %d (%s): %d problem lines\n", i, p.LogPath(), len(lines))
		for _, l := range lines {
			fmt.Fprintf(&b, "  %.400s\n", l)
		}
	}
	return b.String()
}

// Mode is where the nodes run.
func (c *Cluster) Mode() Mode { return c.o.Mode }

// Len is the number of nodes (running or not).
func (c *Cluster) Len() int { return len(c.Net.Nodes) }

// Node is node i's data dir, ports and keys.
func (c *Cluster) Node(i int) *devnet.Proc { return c.Net.Nodes[i] }

// Index is the node with this Ed25519 key, or -1.
func (c *Cluster) Index(ed [32]byte) int {
	for i, p := range c.Net.Nodes {
		if [32]byte(p.ID.Ed25519Public()) == ed {
			return i
		}
	}
	return -1
}

// WaitConverged waits until every running node is ready and all agree on
// the swarms.
func (c *Cluster) WaitConverged(ctx context.Context) error {
	return c.Net.WaitConverged(ctx)
}

func (c *Cluster) startNode(ctx context.Context, i int) error {
	p := c.Net.Nodes[i]
	if c.o.Mode == Subprocess {
		return c.Net.StartNode(p)
	}
	if err := c.Net.WriteConfig(p); err != nil {
		return err
	}
	// Another process may have taken a port drawn when the data dir was
	// prepared: the node then starts on new ones.
	for attempt := 0; ; attempt++ {
		n, err := c.startInProcess(ctx, i)
		if err == nil {
			c.mu.Lock()
			c.inproc[i] = n
			c.mu.Unlock()
			return nil
		}
		if !errors.Is(err, syscall.EADDRINUSE) || attempt == devnet.PortRetries {
			return err
		}
		if err := c.Net.MovePorts(p); err != nil {
			return err
		}
	}
}

// startInProcess runs node i from its data dir in this process.
func (c *Cluster) startInProcess(ctx context.Context, i int) (*node.Node, error) {
	p := c.Net.Nodes[i]
	cfg, err := cli.LoadConfig(p.Dir)
	if err != nil {
		return nil, err
	}
	id, err := keys.Load(p.Dir)
	if err != nil {
		return nil, err
	}
	n, err := node.New(cfg, node.Options{DataDir: p.Dir, Identity: id, Logger: c.o.Logger.With(zap.Int("node", i))})
	if err != nil {
		return nil, err
	}
	if err := n.Start(context.WithoutCancel(ctx)); err != nil {
		return nil, errors.Join(err, n.Close())
	}
	return n, nil
}

// Kill stops node i at once: SIGKILL for a process; for an in-process node,
// Close (its listeners and database close without a hand-off).
func (c *Cluster) Kill(i int) error {
	if c.o.Mode == Subprocess {
		return c.Net.StopNode(c.Net.Nodes[i], true)
	}
	c.mu.Lock()
	n := c.inproc[i]
	delete(c.inproc, i)
	c.mu.Unlock()
	if n == nil {
		return nil
	}
	return n.Close()
}

// Restart starts a killed node again from its data dir.
func (c *Cluster) Restart(ctx context.Context, i int) error { return c.startNode(ctx, i) }

// Grow registers n more nodes on chain and starts them; it returns their
// indexes.
func (c *Cluster) Grow(ctx context.Context, n int) ([]int, error) {
	added, err := c.Net.Grow(ctx, n)
	if err != nil {
		return nil, err
	}
	var idx []int
	for _, p := range added {
		if err := c.startNode(ctx, p.Index); err != nil {
			return idx, err
		}
		idx = append(idx, p.Index)
	}
	return idx, nil
}

// hostPort is node i's HTTPS address as its peers dial it.
func (c *Cluster) hostPort(i int) string {
	u, _ := url.Parse(c.Net.Nodes[i].HTTPS())
	return u.Host
}

// SetFaults replaces node i's injected faults (its outgoing connections).
func (c *Cluster) SetFaults(ctx context.Context, i int, s faults.Spec) error {
	body, err := json.Marshal(s)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, c.Net.Nodes[i].Metrics()+"/debug/faults", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("nodetest: set faults of node %d: %w", i, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("nodetest: set faults of node %d: %d %s", i, resp.StatusCode, b)
	}
	return nil
}

// Partition cuts every connection between the nodes of a and those of b,
// both ways (each side's outgoing connections to the other).
func (c *Cluster) Partition(ctx context.Context, a, b []int) error {
	block := map[int][]string{}
	for _, i := range a {
		for _, j := range b {
			block[i] = append(block[i], c.hostPort(j))
			block[j] = append(block[j], c.hostPort(i))
		}
	}
	for i, hs := range block {
		if err := c.SetFaults(ctx, i, faults.Spec{Blocked: hs}); err != nil {
			return err
		}
	}
	return nil
}

// Slow delays every write node i makes to its peers by d.
func (c *Cluster) Slow(ctx context.Context, i int, d time.Duration) error {
	return c.SetFaults(ctx, i, faults.Spec{Delay: faults.Duration(d)})
}

// Heal clears the faults of every running node.
func (c *Cluster) Heal(ctx context.Context) error {
	var errs []error
	for i := range c.Net.Nodes {
		if c.Running(i) {
			errs = append(errs, c.SetFaults(ctx, i, faults.Spec{}))
		}
	}
	return errors.Join(errs...)
}

// Running reports whether node i is up (its operator listener answers).
func (c *Cluster) Running(i int) bool {
	resp, err := c.http.Get(c.Net.Nodes[i].Metrics() + "/healthz")
	if err != nil {
		return false
	}
	resp.Body.Close()
	return true
}

// Close stops every node and the chain.
func (c *Cluster) Close() error {
	var errs []error
	if c.o.Mode == Subprocess && c.Net != nil {
		errs = append(errs, c.Net.Stop())
	}
	c.mu.Lock()
	nodes := c.inproc
	c.inproc = map[int]*node.Node{}
	c.mu.Unlock()
	for _, n := range nodes {
		errs = append(errs, n.Close())
	}
	errs = append(errs, c.Chain.Close())
	return errors.Join(errs...)
}
