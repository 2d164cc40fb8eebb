package replica

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// NetMap supplies network snapshots (implemented by *peer.NetworkMap).
type NetMap interface {
	Snapshot() (*peer.Snapshot, error)
}

// Mux is where the replica endpoints are mounted (implemented by
// *peer.Service: authenticated /snode/v1/ handlers).
type Mux interface {
	Handle(pattern string, h http.Handler)
}

// Defaults of Options.
const (
	DefaultForwardTimeout = 5 * time.Second
	DefaultSyncInterval   = 30 * time.Second
	DefaultBatchBytes     = 4 << 20
	DefaultBandwidth      = 8 << 20 // bytes/s of copied message data
	DefaultDigestPage     = 500
	DefaultProbeInterval  = 10 * time.Second
)

// Options configure a Replicator.
type Options struct {
	Store  *storage.Store
	Client *peer.Client
	Map    NetMap
	// Forwarder, if set, is the (unbound) Forwarder already given to the
	// store; New binds it. Nil: New makes one (see Replicator.Forwarder).
	Forwarder *Forwarder
	// Identity is this node's key (the same as the Client's).
	Identity ed25519.PrivateKey

	// ForwardTimeout bounds each forwarded request; 0: DefaultForwardTimeout.
	ForwardTimeout time.Duration
	// SyncInterval is the mean anti-entropy period (±25 % jitter); 0:
	// DefaultSyncInterval; negative disables the loop (Sync can still be
	// called).
	SyncInterval time.Duration
	// BatchBytes caps the message data of one fetch or push; 0: DefaultBatchBytes.
	BatchBytes int
	// Bandwidth caps copied message bytes per second (fetch and push
	// together); 0: DefaultBandwidth; negative: unlimited.
	Bandwidth int
	// DigestPage is the accounts per digest page; 0: DefaultDigestPage.
	DigestPage int
	// ProbeInterval is the mean interval between reachability tests of a
	// random peer; 0: DefaultProbeInterval; negative disables probing.
	ProbeInterval time.Duration
	// PingClient sends the /ping_test/v1 probes (plain HTTPS, certificate
	// not verified); nil builds one that dials with DialContext.
	PingClient *http.Client
	// DialContext dials the probes of the default PingClient; nil means a
	// net.Dialer. (Fault injection on test networks.)
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// JoinTimeout bounds the initial pull of a joining node; 0:
	// DefaultJoinTimeout.
	JoinTimeout time.Duration
	// OnReady is called with "" when this node holds its swarm's data and
	// with a reason while it is catching up (node Health.Set("replica", r)).
	OnReady func(reason string)

	Logger     *zap.Logger
	Registerer prometheus.Registerer
	Now        func() time.Time
	// noSums, in tests, has this node answer the sums endpoint as a node
	// without it would (404).
	noSums bool
}

// Replicator runs forwarding, anti-entropy, hand-off and reachability.
type Replicator struct {
	o    Options
	self [32]byte
	lg   *zap.Logger
	m    *metrics
	lim  *limiter

	fwd   *Forwarder
	reach *Reachability

	kick chan struct{}
	prog progress
	// handOffSince is when hand-offs to each swarm first found a member
	// unreachable (see handOffWaiting); loop goroutine only.
	handOffSince map[uint64]time.Time
	// lastKickHandOff is when a kick last ran a hand-off; loop goroutine only.
	lastKickHandOff time.Time
	// clean is the swarm map under which the last hand-off scan found
	// nothing to hand off; loop goroutine only (see periodicHandOff).
	clean cleanScan

	mu       sync.Mutex
	prev     *peer.Snapshot // last snapshot hand-off acted on
	reason   string         // current readiness reason
	readySet bool
}

// New returns a Replicator; call Mount, then Run.
func New(o Options) (*Replicator, error) {
	if o.Store == nil || o.Client == nil || o.Map == nil || len(o.Identity) != ed25519.PrivateKeySize {
		return nil, errors.New("replica: Store, Client, Map and Identity are required")
	}
	if o.ForwardTimeout <= 0 {
		o.ForwardTimeout = DefaultForwardTimeout
	}
	if o.SyncInterval == 0 {
		o.SyncInterval = DefaultSyncInterval
	}
	if o.BatchBytes <= 0 {
		o.BatchBytes = DefaultBatchBytes
	}
	if o.Bandwidth == 0 {
		o.Bandwidth = DefaultBandwidth
	}
	if o.DigestPage <= 0 {
		o.DigestPage = DefaultDigestPage
	}
	if o.ProbeInterval == 0 {
		o.ProbeInterval = DefaultProbeInterval
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	m, err := newMetrics(o.Registerer)
	if err != nil {
		return nil, err
	}
	r := &Replicator{o: o, lg: o.Logger, m: m, kick: make(chan struct{}, 1), reason: "replica: not started"}
	copy(r.self[:], o.Identity.Public().(ed25519.PublicKey))
	r.lim = newLimiter(o.Bandwidth)
	r.fwd = o.Forwarder
	if r.fwd == nil {
		r.fwd = NewForwarder()
	}
	r.fwd.m = m
	r.fwd.Bind(o.Client, o.Map, o.ForwardTimeout)
	r.reach = newReachability(r)
	r.prog = progress{lg: r.lg, now: o.Now}
	return r, nil
}

// Transfer is the running join or hand-off, or nil.
func (r *Replicator) Transfer() *Transfer { return r.prog.Current() }

// Forwarder is the storage.Forwarder to put in storage.Options. (The store
// is opened before the Replicator exists in the node; see NewForwarder.)
func (r *Replicator) Forwarder() *Forwarder { return r.fwd }

// Reachability is the per-peer test record.
func (r *Replicator) Reachability() *Reachability { return r.reach }

// Mount registers the node-to-node endpoints on mux (peer.Service.Handle).
func (r *Replicator) Mount(mux Mux) {
	mux.Handle("POST /snode/v1/storage_forward", ForwardHandler(r.o.Store))
	mux.Handle("POST /snode/v1/replica/digests", http.HandlerFunc(r.handleDigests))
	mux.Handle("POST /snode/v1/replica/sums", http.HandlerFunc(r.handleSums))
	mux.Handle("POST /snode/v1/replica/bucket_sums", http.HandlerFunc(r.handleBucketSums))
	mux.Handle("POST /snode/v1/replica/hashes", http.HandlerFunc(r.handleHashes))
	mux.Handle("POST /snode/v1/replica/fetch", http.HandlerFunc(r.handleFetch))
	mux.Handle("POST /snode/v1/replica/push", http.HandlerFunc(r.handlePush))
	mux.Handle("POST /snode/v1/replica/has", http.HandlerFunc(r.handleHas))
}

// Kick makes the loop look at the swarm map now (registry OnAdvance).
func (r *Replicator) Kick() {
	select {
	case r.kick <- struct{}{}:
	default:
	}
}

// Ready reports the readiness reason ("" when ready).
func (r *Replicator) Ready() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.reason
}

func (r *Replicator) setReady(reason string) {
	r.mu.Lock()
	changed := !r.readySet || r.reason != reason
	r.reason, r.readySet = reason, true
	r.mu.Unlock()
	if reason == "" {
		r.m.ready.Set(1)
	} else {
		r.m.ready.Set(0)
	}
	if changed && r.o.OnReady != nil {
		r.o.OnReady(reason)
	}
}

// Run runs the anti-entropy/hand-off loop and the reachability prober until
// ctx ends.
func (r *Replicator) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	if r.o.ProbeInterval > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); r.reach.run(ctx) }()
	}
	r.setReady("replica: initial sync")
	r.onSwarmChange(ctx)
	// The anti-entropy timer survives kicks: the registry kicks on every
	// applied block (4 a second on Arbitrum), and a timer restarted by each
	// kick would never fire.
	var tick <-chan time.Time
	if r.o.SyncInterval > 0 {
		tick = time.After(jitter(r.o.SyncInterval))
	}
	for {
		select {
		case <-ctx.Done():
			wg.Wait()
			return ctx.Err()
		case <-r.kick:
			r.onSwarmChange(ctx)
		case <-tick:
			if err := r.SyncOnce(ctx); err != nil && ctx.Err() == nil {
				r.lg.Warn("anti-entropy round failed with every member tried", zap.Error(err))
			}
			r.periodicHandOff(ctx)
			tick = time.After(jitter(r.o.SyncInterval))
		}
	}
}

func jitter(d time.Duration) time.Duration {
	return d*3/4 + rand.N(d/2+1)
}

// snapshot returns the current snapshot.
func (r *Replicator) snapshot() (*peer.Snapshot, error) { return r.o.Map.Snapshot() }

// call sends a JSON request to a peer and decodes a 200 JSON answer into out.
// Replica requests are bulk requests (peer.Request.Bulk): copies of messages
// keep off the connection of onion relays and forwarded stores.
func (r *Replicator) call(ctx context.Context, t peer.Target, path string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	res, err := r.o.Client.Do(ctx, t, peer.Request{Method: http.MethodPost, Path: path, Body: body, Bulk: true})
	if err != nil {
		return err
	}
	if res.Status != http.StatusOK {
		return &statusError{res.Status, string(truncate(res.Body, 200))}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(res.Body, out)
}

type statusError struct {
	code int
	text string
}

func (e *statusError) Error() string { return fmt.Sprintf("status %d: %s", e.code, e.text) }

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func accountHex(a *storage.Account) string { return hex.EncodeToString(a[:]) }

func parseAccountHex(s string) (storage.Account, bool) {
	var a storage.Account
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(a) {
		return a, false
	}
	copy(a[:], b)
	return a, true
}

// limiter is a token bucket over bytes per second.
type limiter struct {
	mu     sync.Mutex
	rate   float64
	tokens float64
	last   time.Time
}

func newLimiter(bps int) *limiter {
	if bps < 0 {
		return nil
	}
	return &limiter{rate: float64(bps), tokens: float64(bps), last: time.Now()}
}

// wait blocks until n bytes may be sent (a debt larger than one second's
// budget is allowed once, then waited off).
func (l *limiter) wait(ctx context.Context, n int) error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	now := time.Now()
	l.tokens = min(l.rate, l.tokens+now.Sub(l.last).Seconds()*l.rate)
	l.last = now
	l.tokens -= float64(n)
	var d time.Duration
	if l.tokens < 0 {
		d = time.Duration(-l.tokens / l.rate * float64(time.Second))
	}
	l.mu.Unlock()
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// UnreachableSince reports when peer ed's current reachability-failure
// streak began (false while it passes or was never tested).
func (r *Replicator) UnreachableSince(ed [32]byte) (time.Time, bool) {
	return r.reach.UnreachableSince(ed)
}
