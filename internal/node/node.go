package node

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/faults"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rpc"
	"github.com/sessiond/sessiond/internal/signing"
	"github.com/sessiond/sessiond/internal/storage"
)

// ErrClosed is returned by Start after Close.
var ErrClosed = errors.New("node: closed")

// Options are a node's dependencies besides its config.
type Options struct {
	// DataDir holds the key files, the config file and the database.
	DataDir string
	// Identity is the node's keys (loaded by the caller).
	Identity *keys.Identity
	// Logger is the root logger; nil means no logging.
	Logger *zap.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Node is one running sessiond. Its methods are safe for concurrent use.
type Node struct {
	cfg    config.Config
	opts   Options
	lg     *zap.Logger
	reg    *prometheus.Registry
	health *Health

	// faults is the fault injector of a test network
	// (network.fault_injection); nil otherwise.
	faults *faults.Injector

	mu        sync.Mutex
	started   bool
	startedAt time.Time
	closed    bool
	stops     []stopFunc      // in start order; Close runs them in reverse
	ctx       context.Context // parent of background work; cancelled by Close
	cancel    context.CancelFunc
	wg        sync.WaitGroup

	db       *db.DB
	admin    *rpc.Admin
	registry *registry.Registry
	watcher  *chain.Watcher
	netmap   *peer.NetworkMap
	store    *storage.Store
	https    *rpc.StorageServer
	// reachability is this node's own peer tests (liquidation evidence).
	reachability signing.Reachability
}

type stopFunc struct {
	name string
	fn   func() error
}

// New constructs a node. It validates the config but opens nothing.
func New(cfg config.Config, opts Options) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if opts.Identity == nil {
		return nil, errors.New("node: no identity")
	}
	if opts.DataDir == "" {
		return nil, errors.New("node: no data dir")
	}
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	n := &Node{
		cfg:    cfg,
		opts:   opts,
		lg:     opts.Logger,
		reg:    newRegistry(),
		health: newHealth(),
	}
	if cfg.Network.FaultInjection {
		n.faults = faults.New()
	}
	n.health.Set("node", "starting")
	n.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "sessiond_ready",
		Help: "1 when the node serves clients (/readyz 200), else 0; /readyz says why.",
	}, func() float64 {
		if ok, _ := n.health.Ready(); ok {
			return 1
		}
		return 0
	}))
	return n, nil
}

// Start brings the subsystems up in order. If one fails, those already
// started are stopped in reverse and the error is returned. The context
// bounds start-up and is the parent of the node's background work.
func (n *Node) Start(ctx context.Context) (err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	if n.started {
		return errors.New("node: already started")
	}
	n.started = true
	n.startedAt = n.opts.Now()
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	n.ctx, n.cancel = runCtx, cancel
	defer func() {
		if err != nil {
			n.lg.Error("start failed; stopping started subsystems", zap.Error(err))
			_ = n.stopAll()
		}
	}()

	pub := n.opts.Identity.Public()
	n.lg.Info("starting sessiond",
		zap.String("data_dir", n.opts.DataDir),
		zap.String("network", n.cfg.Chain.Network),
		zap.String("pubkey_ed25519", pub.Ed25519),
		zap.String("pubkey_bls", pub.BLS))

	// 1. Database: everything else reads or writes it.
	d, err := db.Open(n.opts.DataDir, db.Options{LockTimeout: n.cfg.DB.LockTimeout, Now: n.opts.Now})
	if err != nil {
		return err
	}
	n.db = d
	n.stops = append(n.stops, stopFunc{"db", d.Close})

	// 2. Operator server: up early so /readyz explains a slow start.
	if n.cfg.Metrics.Listen != "" {
		a, err := rpc.NewAdmin(n.cfg.Metrics.Listen, n.reg, n.health, n.lg.Named("metrics"))
		if err != nil {
			return err
		}
		a.Handle("GET /v1/chain/status", rpc.JSON(func() (any, error) {
			reg, w := n.chainParts()
			s, err := ReadChainStatus(reg, w)
			s.Running = true
			return s, err
		}))
		a.Handle("GET /v1/status", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rpc.JSON(func() (any, error) { return n.Status(r.Context()) }).ServeHTTP(w, r)
		}))
		a.Handle("GET /v1/nodes", rpc.JSON(func() (any, error) { reg, _ := n.chainParts(); return ListNodes(reg, true) }))
		if n.faults != nil {
			a.Handle("/debug/faults", n.faults.Handler())
		}
		if n.cfg.Metrics.Pprof {
			a.Handle("/debug/pprof/", http.HandlerFunc(pprof.Index))
			a.Handle("/debug/pprof/cmdline", http.HandlerFunc(pprof.Cmdline))
			a.Handle("/debug/pprof/profile", http.HandlerFunc(pprof.Profile))
			a.Handle("/debug/pprof/symbol", http.HandlerFunc(pprof.Symbol))
			a.Handle("/debug/pprof/trace", http.HandlerFunc(pprof.Trace))
		}
		a.Handle("GET /v1/nodes/all", rpc.JSON(func() (any, error) { reg, _ := n.chainParts(); return ListNodes(reg, false) }))
		a.Start()
		n.admin = a
		n.stops = append(n.stops, stopFunc{"metrics", a.Close})
		n.lg.Info("metrics server listening", zap.Stringer("addr", a.Addr()))
	}

	// Background work stops (context cancelled, goroutines waited for) before
	// the operator server and the database go away.
	n.stops = append(n.stops, stopFunc{"background", func() error { cancel(); n.wg.Wait(); return nil }})

	// 3. Registry and chain watcher.
	if err := n.startChain(ctx); err != nil {
		return err
	}

	// 4. Peers, network map, message store and the client-facing servers.
	if err := n.startNetwork(ctx); err != nil {
		return err
	}

	if err := ctx.Err(); err != nil {
		return err
	}
	n.health.Set("node", "")
	n.lg.Info("sessiond started")
	return nil
}

// goAttach runs f in a goroutine that Close waits for. f must return when its
// context, cancelled first thing in Close, is done.
func (n *Node) goAttach(f func(context.Context)) {
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		f(n.ctx)
	}()
}

// Close stops the subsystems in reverse start order and returns their errors
// joined. It is safe to call more than once.
func (n *Node) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	n.health.Set("node", "stopping")
	err := n.stopAll()
	n.lg.Info("sessiond stopped")
	return err
}

func (n *Node) stopAll() error {
	var errs []error
	for i := len(n.stops) - 1; i >= 0; i-- {
		s := n.stops[i]
		if err := s.fn(); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", s.name, err))
		}
	}
	n.stops = nil
	return errors.Join(errs...)
}

// Ready reports whether the node serves clients, with reasons when not.
func (n *Node) Ready() (bool, []string) { return n.health.Ready() }

// Health lets subsystems (and tests) set readiness conditions.
func (n *Node) Health() *Health { return n.health }

// Metrics is the node's metrics registry.
func (n *Node) Metrics() *prometheus.Registry { return n.reg }

// HTTPSAddr is the client HTTPS server's bound address (nil before Start).
func (n *Node) HTTPSAddr() net.Addr {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.https == nil {
		return nil
	}
	return n.https.Addr()
}

// MetricsAddr is the operator server's bound address, or nil when disabled or
// not started.
func (n *Node) MetricsAddr() net.Addr {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.admin == nil {
		return nil
	}
	return n.admin.Addr()
}
