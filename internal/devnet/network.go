package devnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/keys"
)

// NetworkOptions configure a local network of sessiond processes.
type NetworkOptions struct {
	// Dir holds one data dir per node (node-00, node-01, ...) and devnet.json.
	Dir string
	// Nodes is how many nodes to run.
	Nodes int
	// Binary is the sessiond executable to run (os.Executable() by default).
	Binary string
	// Chain is the chain the nodes follow; its URL must be reachable by them.
	Chain *Chain
	// Funder gives accounts ETH on chains where the owner has none at
	// genesis (geth --dev); nil on the simulated chain.
	Funder func(ctx context.Context, to common.Address, wei *big.Int) error
	// Owner deploys the contracts (deterministic, so a restart redeploys at
	// the same addresses).
	Owner Account
	// ExtraConfig is appended to every node's sessiond.yaml.
	ExtraConfig string
	// FaultInjection sets network.fault_injection on every node (see
	// internal/faults).
	FaultInjection bool
	Logger         *zap.Logger
}

// Network is a running local network.
type Network struct {
	o         NetworkOptions
	Contracts *Contracts
	Nodes     []*Proc
}

// Proc is one sessiond process of the network.
type Proc struct {
	Index  int
	Dir    string
	Ports  Ports
	ID     *keys.Identity
	NodeID uint64
	// Gone marks a node that left the network (exited or liquidated on
	// chain): WaitConverged no longer expects it.
	Gone    bool
	cmd     *exec.Cmd
	exited  chan struct{} // closed when cmd has been waited for
	logFile *os.File
}

// Ports are a node's loopback ports, fixed at creation so a restart keeps them.
type Ports struct {
	HTTPS   int `json:"https"`
	RPC     int `json:"rpc"`
	Metrics int `json:"metrics"`
}

// JSONRPC is the node's plain-HTTP json_rpc URL.
func (p *Proc) JSONRPC() string { return fmt.Sprintf("http://127.0.0.1:%d/json_rpc", p.Ports.RPC) }

// HTTPS is the node's client HTTPS base URL.
func (p *Proc) HTTPS() string { return fmt.Sprintf("https://127.0.0.1:%d", p.Ports.HTTPS) }

// Metrics is the node's operator endpoint base URL.
func (p *Proc) Metrics() string { return fmt.Sprintf("http://127.0.0.1:%d", p.Ports.Metrics) }

// LogPath is where the process writes its log.
func (p *Proc) LogPath() string { return filepath.Join(p.Dir, "sessiond.log") }

// PIDFile is the file in a node's data dir that holds the process id of the
// running node while devnet runs it (so a test or an operator can stop or
// kill one node of a running `sessiond devnet`).
const PIDFile = "sessiond.pid"

// PIDPath is where the node's process id is written while it runs.
func (p *Proc) PIDPath() string { return filepath.Join(p.Dir, PIDFile) }

// freeTCPPort picks a free loopback port for a node to listen on later. It
// draws from 10000-31999, below Linux's ephemeral range (32768 and up): a
// port the kernel hands out for ":0" is also what outgoing connections use
// as their local port, and one of them could take it before the node binds.
func freeTCPPort() (int, error) {
	for range 200 {
		port := 10000 + mrand.IntN(22000)
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			continue
		}
		ln.Close()
		return port, nil
	}
	_, port, err := freePort("127.0.0.1:0")
	return port, err
}

// NewNetwork deploys the contracts, prepares (or reuses) every node's data
// dir, funds operators and registers the nodes: every third node through a
// multi-contributor contract, the others solo.
func NewNetwork(ctx context.Context, o NetworkOptions) (*Network, error) {
	if o.Nodes < 1 {
		return nil, errors.New("devnet: at least one node")
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.Binary == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, err
		}
		o.Binary = exe
	}
	if err := os.MkdirAll(o.Dir, 0o700); err != nil {
		return nil, err
	}
	k, err := Deploy(ctx, o.Chain, o.Owner, DeployOptions{})
	if err != nil {
		return nil, fmt.Errorf("devnet: deploy contracts: %w", err)
	}
	o.Logger.Info("contracts deployed", zap.Stringer("rewards", k.Rewards), zap.Stringer("pool", k.Pool), zap.Stringer("factory", k.Factory))
	nw := &Network{o: o, Contracts: k}
	for i := range o.Nodes {
		p, err := nw.prepare(i)
		if err != nil {
			return nil, err
		}
		nw.Nodes = append(nw.Nodes, p)
	}
	if err := nw.register(ctx, nw.Nodes); err != nil {
		return nil, err
	}
	return nw, nil
}

// Grow adds n nodes to the network: data dirs, registrations on chain (the
// same solo / multi-contributor pattern by index). Start them with StartNode.
func (nw *Network) Grow(ctx context.Context, n int) ([]*Proc, error) {
	var added []*Proc
	for range n {
		p, err := nw.prepare(len(nw.Nodes))
		if err != nil {
			return nil, err
		}
		nw.Nodes = append(nw.Nodes, p)
		added = append(added, p)
	}
	return added, nw.register(ctx, added)
}

// prepare creates node i's data dir (keys, ports, config) or reuses it.
func (nw *Network) prepare(i int) (*Proc, error) {
	dir := filepath.Join(nw.o.Dir, fmt.Sprintf("node-%02d", i))
	p := &Proc{Index: i, Dir: dir}
	portsPath := filepath.Join(dir, "ports.json")
	if raw, err := os.ReadFile(portsPath); err == nil {
		if err := json.Unmarshal(raw, &p.Ports); err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", portsPath, err)
		}
		if p.ID, err = keys.Load(dir); err != nil {
			return nil, err
		}
	} else {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		id, err := keys.Generate(rand.Reader)
		if err != nil {
			return nil, err
		}
		if err := id.Save(dir, false); err != nil {
			return nil, err
		}
		p.ID = id
		if err := nw.newPorts(p); err != nil {
			return nil, err
		}
	}
	return p, nw.WriteConfig(p)
}

// config is a node's sessiond.yaml (rewritten on every start: contract
// addresses and the chain URL may change).
func (nw *Network) config(p *Proc) string {
	k := nw.Contracts
	var seeds string
	if p.Index != 0 {
		seeds = nw.o.Nodes0Seed()
	}
	return fmt.Sprintf(`# Written by sessiond devnet; rewritten at each start.
log:
  level: info
  format: json
metrics:
  listen: 127.0.0.1:%d
  pprof: true
chain:
  network: devnet
  providers: [%s]
  rewards_contract: %s
  pool_contract: %s
  factory_contract: %s
  finality: safe
  poll_interval: 250ms
storage:
  listen: 127.0.0.1:%d
  max_db_size_mb: 1024
rpc:
  listen: 127.0.0.1:%d
network:
  public_ip: 127.0.0.1
  allow_private: true
  announce_interval: 10s
  seeds: [%s]
  fault_injection: %t
%s`, p.Ports.Metrics, nw.o.Chain.URL, k.Rewards.Hex(), k.Pool.Hex(), k.Factory.Hex(), p.Ports.HTTPS, p.Ports.RPC, seeds, nw.o.FaultInjection, nw.o.ExtraConfig)
}

// Nodes0Seed is the seed every node but the first bootstraps from.
func (o NetworkOptions) Nodes0Seed() string {
	raw, err := os.ReadFile(filepath.Join(o.Dir, "node-00", "ports.json"))
	if err != nil {
		return ""
	}
	var ports Ports
	if json.Unmarshal(raw, &ports) != nil {
		return ""
	}
	return fmt.Sprintf("https://127.0.0.1:%d", ports.HTTPS)
}

// register funds the operators of procs and registers them.
func (nw *Network) register(ctx context.Context, procs []*Proc) error {
	k := nw.Contracts
	c := nw.o.Chain
	fund := func(a Account) error {
		eth := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
		if nw.o.Funder != nil {
			if err := nw.o.Funder(ctx, a.Addr, eth); err != nil {
				return err
			}
		} else if err := c.Transfer(ctx, nw.o.Owner, a.Addr, eth); err != nil {
			return err
		}
		return k.FundSESH(ctx, a.Addr, new(big.Int).Mul(big.NewInt(30_000), big.NewInt(bindings.Coin)))
	}
	for _, p := range procs {
		op, err := NewAccount([]byte(fmt.Sprintf("sessiond-devnet-operator-%d", p.Index)))
		if err != nil {
			return err
		}
		if err := fund(op); err != nil {
			return fmt.Errorf("devnet: fund operator of node %d: %w", p.Index, err)
		}
		if p.Index%3 != 2 {
			if p.NodeID, err = k.RegisterSolo(ctx, op, p.ID); err != nil {
				return fmt.Errorf("devnet: register node %d: %w", p.Index, err)
			}
			continue
		}
		// Multi-contributor: the operator and two contributors.
		stakes := []Stake{{From: op, Amount: share(k.StakingRequirement, 2, 4)}}
		for j := range 2 {
			a, err := NewAccount([]byte(fmt.Sprintf("sessiond-devnet-contributor-%d-%d", p.Index, j)))
			if err != nil {
				return err
			}
			if err := fund(a); err != nil {
				return err
			}
			stakes = append(stakes, Stake{From: a, Amount: share(k.StakingRequirement, 1, 4)})
		}
		if p.NodeID, _, err = k.RegisterMulti(ctx, 500, stakes, p.ID); err != nil {
			return fmt.Errorf("devnet: register node %d: %w", p.Index, err)
		}
	}
	return nil
}

func share(total *big.Int, num, den int64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(num)), big.NewInt(den))
}

// startTimeout bounds how long StartNode waits for a node to log that it
// started; a node still starting then is left running (WaitConverged judges
// it).
const startTimeout = 2 * time.Minute

// PortRetries is how many times a node is given new ports when another
// process took one of its own.
const PortRetries = 3

// errPortTaken marks a node that exited because one of its ports was in use.
var errPortTaken = errors.New("a port is in use")

// Start launches every node process: the first one alone (the others'
// seed), then the rest together. It returns once each has started or
// failed; see StartNode.
func (nw *Network) Start() error {
	if len(nw.Nodes) == 0 {
		return nil
	}
	if err := nw.StartNode(nw.Nodes[0]); err != nil {
		return err
	}
	rest := nw.Nodes[1:]
	offs := make([]int64, len(rest))
	for i, p := range rest {
		off, err := nw.launch(p)
		if err != nil {
			return err
		}
		offs[i] = off
	}
	for i, p := range rest {
		if err := nw.settle(p, offs[i]); err != nil {
			return err
		}
	}
	return nil
}

// StartNode launches one node process, logging to its data dir, and waits
// until it has bound its ports and started, or exited. Ports are drawn
// when a data dir is prepared, seconds (on chain) before its node first
// starts, and another process on the machine may take one in between: a
// node that exits for that reason gets new ports (ports.json and its
// config rewritten) and is started again, up to PortRetries times.
func (nw *Network) StartNode(p *Proc) error {
	off, err := nw.launch(p)
	if err != nil {
		return err
	}
	return nw.settle(p, off)
}

// settle waits for p, launched at log offset off, to start, and starts it
// on new ports when one of its own was taken.
func (nw *Network) settle(p *Proc, off int64) error {
	for attempt := 1; ; attempt++ {
		err := nw.await(p, off)
		if !errors.Is(err, errPortTaken) || attempt > PortRetries {
			return err
		}
		old := p.Ports
		if err := nw.newPorts(p); err != nil {
			return err
		}
		nw.o.Logger.Warn("node port taken by another process; starting it on new ports",
			zap.Int("node", p.Index), zap.Any("old", old), zap.Any("new", p.Ports))
		if off, err = nw.launch(p); err != nil {
			return err
		}
	}
}

// MovePorts gives a stopped node new ports: ports.json and its config are
// rewritten. For callers that run nodes in their own process and find a
// port taken.
func (nw *Network) MovePorts(p *Proc) error {
	if err := nw.newPorts(p); err != nil {
		return err
	}
	return nw.WriteConfig(p)
}

// WriteConfig writes p's sessiond.yaml as it should be now (launch does it
// before every start; node 0's address is the others' seed).
func (nw *Network) WriteConfig(p *Proc) error {
	return os.WriteFile(filepath.Join(p.Dir, config.FileName), []byte(nw.config(p)), 0o600)
}

// newPorts draws new ports for p and writes its ports.json (launch writes
// the config, with a new seed for the others when p is node 0).
func (nw *Network) newPorts(p *Proc) error {
	for _, dst := range []*int{&p.Ports.HTTPS, &p.Ports.RPC, &p.Ports.Metrics} {
		port, err := freeTCPPort()
		if err != nil {
			return err
		}
		*dst = port
	}
	raw, _ := json.Marshal(p.Ports)
	return os.WriteFile(filepath.Join(p.Dir, "ports.json"), raw, 0o600)
}

// launch writes p's config and starts its process; the returned offset is
// where this run's output begins in its log.
func (nw *Network) launch(p *Proc) (int64, error) {
	if err := nw.WriteConfig(p); err != nil {
		return 0, err
	}
	f, err := os.OpenFile(p.LogPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return 0, err
	}
	off, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		f.Close()
		return 0, err
	}
	cmd := exec.Command(nw.o.Binary, "run", "--data-dir", p.Dir)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), "SESSIOND_DATA_DIR=")
	if err := cmd.Start(); err != nil {
		f.Close()
		return 0, fmt.Errorf("devnet: start node %d: %w", p.Index, err)
	}
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	p.cmd, p.exited, p.logFile = cmd, exited, f
	return off, os.WriteFile(p.PIDPath(), []byte(strconv.Itoa(cmd.Process.Pid)+"\n"), 0o600)
}

// await waits until p's log from off says it started, or its process
// exits: errPortTaken when it could not bind a port, another error naming
// the end of its log otherwise.
func (nw *Network) await(p *Proc, off int64) error {
	started := []byte("sessiond started")
	deadline := time.After(startTimeout)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		exited := false
		select {
		case <-p.exited:
			exited = true
		case <-deadline:
			return nil
		case <-tick.C:
		}
		out := logSince(p.LogPath(), off)
		if bytes.Contains(out, started) {
			return nil
		}
		if !exited {
			continue
		}
		p.cmd = nil
		_ = os.Remove(p.PIDPath())
		_ = p.logFile.Close()
		if bytes.Contains(out, []byte("address already in use")) {
			return fmt.Errorf("devnet: node %d: %w", p.Index, errPortTaken)
		}
		if len(out) > 2000 {
			out = out[len(out)-2000:]
		}
		return fmt.Errorf("devnet: node %d exited while starting: %s", p.Index, bytes.TrimSpace(out))
	}
}

// logSince is the file's content from off on (empty when unreadable).
func logSince(path string, off int64) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	out, _ := io.ReadAll(io.NewSectionReader(f, off, 1<<40))
	return out
}

// StopNode stops one node: SIGTERM, or SIGKILL when kill is set.
func (nw *Network) StopNode(p *Proc, kill bool) error {
	if p.cmd == nil {
		return nil
	}
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.exited:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
	p.cmd = nil
	_ = os.Remove(p.PIDPath())
	return p.logFile.Close()
}

// Stop stops every node.
func (nw *Network) Stop() error {
	var errs []error
	for _, p := range nw.Nodes {
		errs = append(errs, nw.StopNode(p, false))
	}
	return errors.Join(errs...)
}

// serviceNodes is the part of get_service_nodes WaitConverged compares.
type serviceNodes struct {
	Result struct {
		States []struct {
			Pubkey  string `json:"pubkey_ed25519"`
			SwarmID any    `json:"swarm_id"`
			IP      string `json:"public_ip"`
		} `json:"service_node_states"`
	} `json:"result"`
}

// view is one node's answer: every node with its swarm and whether it has
// an address.
func view(ctx context.Context, url string) (string, int, error) {
	body := `{"jsonrpc":"2.0","id":0,"method":"get_service_nodes","params":{"fields":{"pubkey_ed25519":true,"swarm_id":true,"public_ip":true}}}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return "", 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", 0, err
	}
	var sn serviceNodes
	if err := json.Unmarshal(raw, &sn); err != nil {
		return "", 0, fmt.Errorf("get_service_nodes: %w", err)
	}
	var rows []string
	reachable := 0
	for _, s := range sn.Result.States {
		rows = append(rows, fmt.Sprintf("%s:%v", s.Pubkey, s.SwarmID))
		if s.IP != "" {
			reachable++
		}
	}
	sort.Strings(rows)
	return strings.Join(rows, ","), reachable, nil
}

// WaitConverged waits until every node is ready and every node lists all of
// them, reachable, in the same swarms.
func (nw *Network) WaitConverged(ctx context.Context) error {
	var last string
	for {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("devnet: nodes did not converge: %s", last)
		}
		ok := true
		var want string
		var live []*Proc
		for _, p := range nw.Nodes {
			if !p.Gone {
				live = append(live, p)
			}
		}
		for _, p := range live {
			resp, err := http.Get(p.Metrics() + "/readyz")
			if err != nil {
				ok, last = false, fmt.Sprintf("node %d: %v", p.Index, err)
				break
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				ok, last = false, fmt.Sprintf("node %d %s", p.Index, bytes.TrimSpace(b))
				break
			}
			v, reachable, err := view(ctx, p.JSONRPC())
			if err != nil || reachable != len(live) || strings.Count(v, ",") != len(live)-1 {
				ok, last = false, fmt.Sprintf("node %d knows %d reachable nodes of %d", p.Index, reachable, len(live))
				break
			}
			if want == "" {
				want = v
			} else if v != want {
				ok, last = false, fmt.Sprintf("node %d disagrees on swarms", p.Index)
				break
			}
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
		case <-time.After(250 * time.Millisecond):
		}
	}
}
