package replica

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/goleak"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func nodeKey(i int) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte{byte(i), byte(i >> 8), 'r'})
	return ed25519.NewKeyFromSeed(seed[:])
}

func pub(k ed25519.PrivateKey) (p [32]byte) {
	copy(p[:], k.Public().(ed25519.PublicKey))
	return p
}

// fakeNet is the shared membership, swarm map and fault injection of an
// in-process network.
type fakeNet struct {
	mu     sync.Mutex
	block  uint64
	nodes  []peer.NodeInfo
	assign map[swarm.NodeKey]swarm.ID
	swarms *swarm.Map
	down   map[[32]byte]bool
	cut    map[[2][32]byte]bool // partitioned pairs (both orders)
	hidden map[[32]byte]bool    // nodes whose address others do not know yet
	byAddr map[string][32]byte
}

func newFakeNet() *fakeNet {
	return &fakeNet{block: 1, assign: map[swarm.NodeKey]swarm.ID{}, down: map[[32]byte]bool{},
		cut: map[[2][32]byte]bool{}, hidden: map[[32]byte]bool{}, byAddr: map[string][32]byte{}, swarms: swarm.NewMap(nil)}
}

func (f *fakeNet) IsRegistered(k [32]byte) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.nodes {
		if f.nodes[i].PubkeyEd25519 == k {
			return true
		}
	}
	return false
}

// setSwarms assigns nodes to swarms (UnassignedID: none) and advances the block.
func (f *fakeNet) setSwarms(a map[[32]byte]swarm.ID) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.assign = map[swarm.NodeKey]swarm.ID{}
	for k, id := range a {
		f.assign[swarm.NodeKey(k)] = id
	}
	f.swarms = swarm.NewMap(f.assign)
	for i := range f.nodes {
		id, ok := f.swarms.SwarmOf(f.nodes[i].PubkeyEd25519)
		if !ok {
			id = swarm.UnassignedID
		}
		f.nodes[i].SwarmID = uint64(id)
	}
	f.block++
}

func (f *fakeNet) snapshot(self [32]byte) *peer.Snapshot {
	f.mu.Lock()
	defer f.mu.Unlock()
	nodes := append([]peer.NodeInfo(nil), f.nodes...)
	for i := range nodes {
		if f.hidden[nodes[i].PubkeyEd25519] {
			nodes[i].PublicIP = netip.Addr{} // no announcement seen yet
		}
	}
	return peer.NewSnapshot(registry.Block{Number: f.block}, nodes, f.swarms, self)
}

func (f *fakeNet) blocked(from [32]byte, addr string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	to, ok := f.byAddr[addr]
	return f.down[from] || (ok && (f.down[to] || f.cut[[2][32]byte{from, to}]))
}

func (f *fakeNet) setDown(k [32]byte, down bool) { f.mu.Lock(); f.down[k] = down; f.mu.Unlock() }
func (f *fakeNet) hide(k [32]byte, on bool)      { f.mu.Lock(); f.hidden[k] = on; f.mu.Unlock() }
func (f *fakeNet) partition(a, b [32]byte, on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if on {
		f.cut[[2][32]byte{a, b}], f.cut[[2][32]byte{b, a}] = true, true
	} else {
		delete(f.cut, [2][32]byte{a, b})
		delete(f.cut, [2][32]byte{b, a})
	}
}

func (f *fakeNet) dialer(self [32]byte) func(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if f.blocked(self, addr) {
			return nil, errors.New("fake network: unreachable")
		}
		conn, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &faultConn{Conn: conn, f: f, from: self, addr: addr}, nil
	}
}

// faultConn fails kept-alive connections once their pair is cut.
type faultConn struct {
	net.Conn
	f    *fakeNet
	from [32]byte
	addr string
}

func (c *faultConn) Read(p []byte) (int, error) {
	if c.f.blocked(c.from, c.addr) {
		c.Conn.Close()
		return 0, errors.New("fake network: cut")
	}
	return c.Conn.Read(p)
}

func (c *faultConn) Write(p []byte) (int, error) {
	if c.f.blocked(c.from, c.addr) {
		c.Conn.Close()
		return 0, errors.New("fake network: cut")
	}
	return c.Conn.Write(p)
}

type nodeMap struct {
	f    *fakeNet
	self [32]byte
}

func (m nodeMap) Snapshot() (*peer.Snapshot, error) { return m.f.snapshot(m.self), nil }

// swarmView answers the store's 421 check from the fake map (as the node's
// serve.go swarmView does from the network map).
type swarmView struct{ nodeMap }

func (v swarmView) Lookup(key []byte) (storage.SwarmInfo, bool) {
	s, _ := v.Snapshot()
	id, members, ours := s.Lookup(key)
	if id == uint64(swarm.UnassignedID) {
		return storage.SwarmInfo{ID: storage.NoSwarmID}, false
	}
	out := storage.SwarmInfo{ID: id}
	for _, m := range members {
		out.Members = append(out.Members, storage.Contact{PubkeyLegacy: m.PubkeyEd25519, PubkeyEd25519: m.PubkeyEd25519, IP: m.PublicIP.String(), PortHTTPS: m.StoragePort})
	}
	return out, ours
}

type tnode struct {
	key    ed25519.PrivateKey
	pub    [32]byte
	srv    *httptest.Server
	frames *peer.FrameServer
	db     *db.DB
	st     *storage.Store
	svc    *peer.Service
	rep    *Replicator
	fwd    *Forwarder
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	ready  []string // OnReady history
	readyC chan string
}

type cluster struct {
	t     testing.TB
	net   *fakeNet
	nodes []*tnode
	opts  func(*Options)
	idle  int // MaxIdleConnsPerHost of the peer transport; 0: peer's default (4)
}

// newCluster starts n nodes (not yet running their Replicator loops).
func newCluster(t testing.TB, n int, opts func(*Options)) *cluster {
	return newClusterIdle(t, n, opts, 0)
}

func newClusterIdle(t testing.TB, n int, opts func(*Options), idle int) *cluster {
	t.Helper()
	c := &cluster{t: t, net: newFakeNet(), opts: opts, idle: idle}
	for i := 0; i < n; i++ {
		tn := &tnode{key: nodeKey(i), readyC: make(chan string, 64)}
		tn.pub = pub(tn.key)
		mux := http.NewServeMux()
		tn.srv = httptest.NewUnstartedServer(mux)
		tn.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		addr := tn.srv.Listener.Addr().(*net.TCPAddr)
		c.net.byAddr[tn.srv.Listener.Addr().String()] = tn.pub
		c.net.nodes = append(c.net.nodes, peer.NodeInfo{
			PubkeyEd25519: tn.pub, PublicIP: netip.MustParseAddr("127.0.0.1"), StoragePort: uint16(addr.Port),
			Active: true, SwarmID: uint64(swarm.UnassignedID),
		})
		d, err := db.Open(t.TempDir(), db.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tn.db = d
		if os.Getenv("REPLICA_BENCH_NOSYNC") != "" {
			d.NoSync = true // diagnostic: separates fsync cost from transport cost
		}
		nm := nodeMap{c.net, tn.pub}
		tn.fwd = NewForwarder()
		lg := zap.NewNop()
		if testing.Verbose() {
			lg = zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
		}
		tn.st, err = storage.Open(d, storage.Options{Identity: tn.key, Swarm: swarmView{nm}, Forwarder: tn.fwd, ReapPeriod: time.Hour}, lg, prometheus.NewRegistry())
		if err != nil {
			t.Fatal(err)
		}
		if err := tn.st.Start(); err != nil {
			t.Fatal(err)
		}
		dial := c.net.dialer(tn.pub)
		po := peer.Options{Identity: tn.key, Members: c.net, DialContext: dial, AllowPrivate: true, Logger: lg}
		if c.idle > 0 {
			// Like peer's default transport but keeping more idle connections.
			po.DialContext = nil
			tc, err := peer.ClientTLSConfig(tn.key, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			po.Transport = &http.Transport{DialContext: dial, TLSClientConfig: tc, MaxIdleConnsPerHost: c.idle, IdleConnTimeout: 90 * time.Second}
		}
		tn.svc, err = peer.New(po)
		if err != nil {
			t.Fatal(err)
		}
		o := Options{
			Store: tn.st, Client: tn.svc.Client(), Map: nm, Identity: tn.key, Forwarder: tn.fwd,
			SyncInterval: 200 * time.Millisecond, ProbeInterval: 100 * time.Millisecond, Bandwidth: -1,
			JoinTimeout: 5 * time.Second, Logger: lg, Registerer: prometheus.NewRegistry(),
			DialContext: dial,
			OnReady: func(r string) {
				tn.mu.Lock()
				tn.ready = append(tn.ready, r)
				tn.mu.Unlock()
				select {
				case tn.readyC <- r:
				default:
				}
			},
		}
		if opts != nil {
			opts(&o)
		}
		tn.rep, err = New(o)
		if err != nil {
			t.Fatal(err)
		}
		tn.rep.Mount(tn.svc)
		mux.Handle("/snode/v1/", tn.svc.Handler())
		pubB64 := base64.StdEncoding.EncodeToString(tn.pub[:])
		mux.HandleFunc("POST /ping_test/v1", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("X-Oxen-Snode-Pubkey", pubB64)
		})
		// Nodes speak frames to each other, as sessiond run's do.
		peerCfg, err := peer.ServerTLSConfig(tn.key, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		tn.frames = peer.NewFrameServer(peer.FrameServerOptions{Members: c.net})
		tn.srv.TLS = &tls.Config{GetConfigForClient: peer.SelectPeerTLS(peer.OfferFrames(peerCfg))}
		tn.srv.Config.TLSNextProto = map[string]func(*http.Server, *tls.Conn, http.Handler){peer.FrameProto: tn.frames.ServeConn}
		tn.srv.StartTLS()
		c.nodes = append(c.nodes, tn)
	}
	t.Cleanup(c.close)
	return c
}

func (c *cluster) start(ids ...int) {
	for _, i := range ids {
		tn := c.nodes[i]
		ctx, cancel := context.WithCancel(context.Background())
		tn.cancel, tn.done = cancel, make(chan struct{})
		go func() { defer close(tn.done); _ = tn.rep.Run(ctx) }()
	}
}

func (c *cluster) startAll() {
	for i := range c.nodes {
		c.start(i)
	}
}

func (c *cluster) stopLoop(i int) {
	tn := c.nodes[i]
	if tn.cancel != nil {
		tn.cancel()
		<-tn.done
		tn.cancel = nil
	}
}

func (c *cluster) close() {
	for i, tn := range c.nodes {
		c.stopLoop(i)
		tn.frames.Shutdown()
		tn.srv.Close()
		tn.svc.Client().CloseIdleConnections()
		tn.rep.reach.ping.CloseIdleConnections()
		_ = tn.st.Close()
		_ = tn.db.Close()
	}
}

// swarmAll puts nodes ids in swarm id.
func (c *cluster) assign(groups map[swarm.ID][]int) {
	a := map[[32]byte]swarm.ID{}
	for id, ids := range groups {
		for _, i := range ids {
			a[c.nodes[i].pub] = id
		}
	}
	c.net.setSwarms(a)
}

func randAccount(i int) string {
	h := sha256.Sum256([]byte(fmt.Sprint("acct", i)))
	return "05" + hex.EncodeToString(h[:])
}

// store sends a client store of data for acct through node i and returns
// the hash and the swarm result map.
func (c *cluster) store(i int, acct string, data []byte) (string, map[string]map[string]any) {
	c.t.Helper()
	params, _ := json.Marshal(map[string]any{
		"pubkey": acct, "namespace": 0, "timestamp": time.Now().UnixMilli(), "ttl": 3_600_000,
		"data": base64.StdEncoding.EncodeToString(data),
	})
	res := c.nodes[i].st.Handle(context.Background(), "store", params, storage.Client{})
	if res.Status != 200 {
		c.t.Fatalf("store via node %d: %d %s", i, res.Status, res.Body)
	}
	var body struct {
		Hash  string                    `json:"hash"`
		Swarm map[string]map[string]any `json:"swarm"`
	}
	if err := json.Unmarshal(res.Body, &body); err != nil {
		c.t.Fatal(err)
	}
	return body.Hash, body.Swarm
}

func (c *cluster) has(i int, acct, hash string) bool {
	a, ok := storage.ParseAccount(acct, false)
	if !ok {
		c.t.Fatalf("bad account %s", acct)
	}
	return c.nodes[i].st.HasMessage(a, hash)
}

type stored struct{ acct, hash string }

// missing counts the messages node i lacks.
func (c *cluster) missing(i int, msgs []stored) int {
	n := 0
	for _, m := range msgs {
		if !c.has(i, m.acct, m.hash) {
			n++
		}
	}
	return n
}

func eventually(t testing.TB, d time.Duration, what string, f func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !f() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (r *Replicator) mustSnap() *peer.Snapshot {
	s, err := r.snapshot()
	if err != nil {
		panic(err)
	}
	return s
}

func (tn *tnode) info(c *cluster) *peer.NodeInfo {
	s := c.net.snapshot(tn.pub)
	n, _ := s.Node(tn.pub)
	return n
}
