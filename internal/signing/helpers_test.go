package signing

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"io"
	"log"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rewards"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		// go-ethereum's process-wide sender cacher, and a leveldb drain
		// goroutine the simulated chain leaves behind after Close.
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	)
}

// quietLog drops TLS handshake noise of connections abandoned at shutdown.
var quietLog = log.New(io.Discard, "", 0)

var testDomain = bls.Domain{ChainID: 1337, Contract: common.HexToAddress("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707")}

// testIdentity is a deterministic node identity.
func testIdentity(t testing.TB, i int) *keys.Identity {
	t.Helper()
	seed := sha256.Sum256([]byte{byte(i), byte(i >> 8), 's', 'i', 'g'})
	var sk bls.SecretKey
	h := sha256.Sum256(seed[:])
	copy(sk[:], h[:])
	sk[0] &= 0x7f
	id, err := keys.New(ed25519.NewKeyFromSeed(seed[:]), sk)
	require.NoError(t, err)
	return id
}

func edOf(id *keys.Identity) [32]byte {
	var k [32]byte
	copy(k[:], id.Ed25519Public())
	return k
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// memRegistry is an in-memory Registry: the final registry every node of a
// unit-test network shares.
type memRegistry struct {
	mu       sync.Mutex
	cursor   registry.Block
	nodes    []registry.Node
	releases []registry.Release
	params   map[string]string
}

func (r *memRegistry) Cursor() (registry.Block, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cursor, r.cursor.Number > 0, nil
}

func (r *memRegistry) Nodes(activeOnly bool) ([]registry.Node, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []registry.Node
	for _, n := range r.nodes {
		if !activeOnly || n.Exited == nil {
			out = append(out, n)
		}
	}
	return out, nil
}

func (r *memRegistry) Releases() ([]registry.Release, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]registry.Release(nil), r.releases...), nil
}

func (r *memRegistry) Params() (map[string]string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]string{}
	for k, v := range r.params {
		out[k] = v
	}
	return out, nil
}

func (r *memRegistry) find(f func(*registry.Node) bool) (*registry.Node, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range r.nodes {
		if r.nodes[i].Exited == nil && f(&r.nodes[i]) {
			n := r.nodes[i]
			return &n, nil
		}
	}
	return nil, nil
}

func (r *memRegistry) NodeByBLS(k []byte) (*registry.Node, error) {
	return r.find(func(n *registry.Node) bool { return string(n.BLS[:]) == string(k) })
}

func (r *memRegistry) NodeByEd25519(k registry.Ed25519Key) (*registry.Node, error) {
	return r.find(func(n *registry.Node) bool { return n.Ed25519 == k })
}

func (r *memRegistry) update(f func(r *memRegistry)) {
	r.mu.Lock()
	f(r)
	r.mu.Unlock()
}

const (
	t0      = 1_750_000_000
	stake   = 25_000_000_000_000
	release = 1_000_000_000_000 // 1,000 SESH
)

// operatorOf is node i's solo operator address.
func operatorOf(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xA000 + i))) }

// newMemRegistry registers the identities as solo nodes at t0 (block 100),
// releases the pool once a day later and applies up to block 1000 (t0 + 2 days).
func newMemRegistry(ids []*keys.Identity) *memRegistry {
	r := &memRegistry{cursor: registry.Block{Number: 1000, Hash: common.Hash{1}, Time: t0 + 2*86400}, params: map[string]string{}}
	for i, id := range ids {
		op := operatorOf(i)
		r.nodes = append(r.nodes, registry.Node{
			ID: uint64(i + 1), BLS: registry.BLSKey(id.BLSPublic), Ed25519: edOf(id),
			Contributors: []registry.Contributor{{Staker: op, Beneficiary: op, Amount: big.NewInt(stake)}},
			Added:        registry.BlockRef{Number: 100, Time: t0},
		})
	}
	r.releases = []registry.Release{{Block: registry.BlockRef{Number: 500, Time: t0 + 86400}, Amount: big.NewInt(release)}}
	return r
}

// blockTimes of the memRegistry chain: block n at t0 + (n-100)*(2 days/900).
func memBlockTimes() BlockTimes {
	return BlockTimeFunc(func(_ context.Context, n uint64) (uint64, error) {
		return t0 + (n-100)*2*86400/900, nil
	})
}

// tnode is one in-process node: its signer behind the peer transport on a
// loopback TLS server, its aggregator and its liveness tracker.
type tnode struct {
	i       int
	id      *keys.Identity
	ed      [32]byte
	reg     Registry
	book    *Book
	tracker *Tracker
	checker *Checker
	signer  *Signer
	agg     *Aggregator
	client  *peer.Client
	srv     *httptest.Server
	metrics *Metrics
	hits    atomic.Int64 // signing requests received
	down    atomic.Bool  // answers nothing (connection reset)
}

// dirMap is a Directory over the test servers.
type dirMap struct {
	mu sync.Mutex
	m  map[[32]byte]peer.Target
}

func (d *dirMap) Target(k [32]byte) (peer.Target, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t, ok := d.m[k]
	return t, ok
}

type clusterOptions struct {
	// reg returns node i's registry (the same one for all is fine).
	reg        func(i int) Registry
	domain     bls.Domain
	rules      rewards.Rules
	exitRules  ExitRules
	liveAfter  time.Duration
	blockTimes BlockTimes
	// badKey makes node i sign with a key that is not its registered one.
	badKey map[int]bool
	// timeout of one signing request.
	timeout time.Duration
	// metrics gives every node its own collectors.
	metrics bool
}

type cluster struct {
	t     testing.TB
	clock *clock
	dir   *dirMap
	nodes []*tnode
}

func newCluster(t testing.TB, ids []*keys.Identity, o clusterOptions) *cluster {
	t.Helper()
	if o.timeout == 0 {
		o.timeout = 5 * time.Second
	}
	c := &cluster{t: t, clock: newClock(time.Unix(t0+2*86400, 0)), dir: &dirMap{m: map[[32]byte]peer.Target{}}}
	for i, id := range ids {
		reg := o.reg(i)
		n := &tnode{i: i, id: id, ed: edOf(id), reg: reg, tracker: NewTracker()}
		if o.metrics {
			n.metrics = NewMetrics(prometheus.NewRegistry())
		}
		n.book = NewBook(BookOptions{Registry: reg, Rules: o.rules, BlockTimes: o.blockTimes})
		n.checker = NewChecker(reg, o.exitRules, NewLiveness(n.tracker, o.liveAfter, c.clock.Now), n.ed)
		key := id.BLS
		if o.badKey[i] {
			key = testIdentity(t, 10_000+i).BLS
		}
		var err error
		n.signer, err = NewSigner(SignerOptions{Key: key, Domain: o.domain, Book: n.book, Checker: n.checker, Now: c.clock.Now, Metrics: n.metrics})
		require.NoError(t, err)
		members := peer.MembersFunc(func(ed [32]byte) bool {
			nd, err := reg.NodeByEd25519(ed)
			return err == nil && nd != nil
		})
		mux := peer.NewMux(peer.NewAuth(peer.AuthOptions{Identity: id.Ed25519, Members: members, Now: c.clock.Now}))
		n.signer.Mount(mux)
		n.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if n.down.Load() {
				panic(http.ErrAbortHandler) // the connection drops, as a dead node's would
			}
			n.hits.Add(1)
			mux.ServeHTTP(w, r)
		}))
		n.srv.Config.ErrorLog = quietLog
		n.srv.TLS, err = peer.ListenerTLS(id.Ed25519, time.Now())
		require.NoError(t, err)
		n.srv.StartTLS()
		t.Cleanup(n.srv.Close)
		n.client = peer.NewClient(peer.ClientOptions{Identity: id.Ed25519, Now: c.clock.Now, Timeout: o.timeout})
		t.Cleanup(n.client.CloseIdleConnections)
		n.agg, err = NewAggregator(AggregatorOptions{
			Registry: reg, Book: n.book, Checker: n.checker, Domain: o.domain,
			Transport: n.client, Directory: c.dir, Self: n.ed, Local: n.signer,
			Timeout: o.timeout, Now: c.clock.Now, Metrics: n.metrics,
		})
		require.NoError(t, err)
		c.dir.m[n.ed] = peer.Target{Key: n.ed, Base: n.srv.URL}
		c.nodes = append(c.nodes, n)
	}
	return c
}

// totalHits counts the signing requests every node received.
func (c *cluster) totalHits() int64 {
	var s int64
	for _, n := range c.nodes {
		s += n.hits.Load()
	}
	return s
}

// aggKey is the sum of the keys of every node but the non-signers.
func aggKeyWithout(t testing.TB, reg Registry, nonSigners []uint64) bls.PublicKey {
	t.Helper()
	nodes, err := reg.Nodes(true)
	require.NoError(t, err)
	skip := map[uint64]bool{}
	for _, id := range nonSigners {
		skip[id] = true
	}
	var pks []bls.PublicKey
	for _, n := range nodes {
		if !skip[n.ID] {
			pks = append(pks, bls.PublicKey(n.BLS))
		}
	}
	agg, err := bls.AggregatePublicKeys(pks...)
	require.NoError(t, err)
	return agg
}
