package client

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/onion"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// testNode is one in-process node: storage on bbolt, the onion handler, a
// peer mux behind signed auth, served by an httptest TLS server.
type testNode struct {
	idx   int
	ed    ed25519.PrivateKey
	pub   [32]byte
	x     onion.KeyPair
	store *storage.Store
	srv   *httptest.Server
	h     *onion.Handler
	reg   *prometheus.Registry
}

type testNet struct {
	nodes  []*testNode
	byKey  map[[32]byte]*testNode
	swarms int
	seed   *httptest.Server
}

func (n *testNet) swarmOf(key []byte) int { return int(key[0]) % n.swarms }

func (n *testNet) contact(t *testNode) storage.Contact {
	u, _ := url.Parse(t.srv.URL)
	port, _ := strconv.Atoi(u.Port())
	return storage.Contact{PubkeyLegacy: t.pub, PubkeyEd25519: t.pub, PubkeyX25519: t.x.Public, IP: u.Hostname(), PortHTTPS: uint16(port), PortOMQ: uint16(port)}
}

func (n *testNet) members(sw int) []*testNode {
	var out []*testNode
	for _, t := range n.nodes {
		if t.idx%n.swarms == sw {
			out = append(out, t)
		}
	}
	return out
}

type view struct {
	n    *testNet
	self int
}

func (v view) Lookup(key []byte) (storage.SwarmInfo, bool) {
	sw := v.n.swarmOf(key)
	info := storage.SwarmInfo{ID: uint64(sw)}
	for _, t := range v.n.members(sw) {
		info.Members = append(info.Members, v.n.contact(t))
	}
	return info, v.self%v.n.swarms == sw
}

type forwarder struct {
	n    *testNet
	self int
}

func (f forwarder) Forward(ctx context.Context, method string, params json.RawMessage) map[string]storage.PeerResult {
	out := map[string]storage.PeerResult{}
	for _, t := range f.n.members(f.self % f.n.swarms) {
		if t.idx == f.self {
			continue
		}
		r := t.store.HandleForwarded(ctx, method, params)
		k := hex.EncodeToString(t.pub[:])
		if r.Status == 200 {
			out[k] = storage.PeerResult{Body: r.Body}
		} else {
			out[k] = storage.PeerResult{Failed: true, Code: r.Status, Reason: string(r.Body)}
		}
	}
	return out
}

type netOpts struct {
	nodes, swarms int
	proxy         onion.ProxyOptions
}

func newTestNet(t testing.TB, o netOpts) *testNet {
	t.Helper()
	n := &testNet{byKey: map[[32]byte]*testNode{}, swarms: o.swarms}
	members := peer.MembersFunc(func(ed [32]byte) bool { _, ok := n.byKey[ed]; return ok })
	for i := range o.nodes {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		require.NoError(t, err)
		xs, err := keys.Ed25519SeedToX25519Secret(priv.Seed())
		require.NoError(t, err)
		kp, err := onion.KeyPairFromSecret(xs)
		require.NoError(t, err)
		tn := &testNode{idx: i, ed: priv, x: kp, reg: prometheus.NewRegistry()}
		copy(tn.pub[:], priv.Public().(ed25519.PublicKey))
		n.nodes = append(n.nodes, tn)
		n.byKey[tn.pub] = tn
	}
	for _, tn := range n.nodes {
		d, err := db.Open(t.TempDir(), db.Options{})
		require.NoError(t, err)
		st, err := storage.Open(d, storage.Options{Identity: tn.ed, Swarm: view{n, tn.idx}, Forwarder: forwarder{n, tn.idx}}, zap.NewNop(), nil)
		require.NoError(t, err)
		require.NoError(t, st.Start())
		tn.store = st
		pc := peer.NewClient(peer.ClientOptions{Identity: tn.ed})
		h, err := onion.NewHandler(onion.Options{
			X25519: tn.x, Ed25519: tn.pub, Storage: st, Peers: pc, Proxy: o.proxy, Registerer: tn.reg,
			Nodes: onion.NodesFunc(func(k [32]byte) (peer.Target, bool) {
				x, ok := n.byKey[k]
				if !ok {
					return peer.Target{}, false
				}
				return peer.Target{Key: k, Base: x.srv.URL}, true
			}),
		})
		require.NoError(t, err)
		tn.h = h
		pm := peer.NewMux(peer.NewAuth(peer.AuthOptions{Identity: tn.ed, Members: members}))
		pm.Handle("POST "+onion.PathRelay, h.Relay())
		mux := http.NewServeMux()
		mux.Handle("POST "+onion.PathEntry, h.Entry())
		mux.Handle("/snode/v1/", pm)
		mux.HandleFunc("POST /storage_rpc/v1", func(w http.ResponseWriter, r *http.Request) {
			b, _ := io.ReadAll(r.Body)
			res := st.HandleJSON(r.Context(), b, storage.Client{})
			w.WriteHeader(res.Status)
			_, _ = w.Write(res.Body)
		})
		tn.srv = httptest.NewUnstartedServer(mux)
		tn.srv.TLS, err = peer.ListenerTLS(tn.ed, time.Now())
		require.NoError(t, err)
		tn.srv.StartTLS()
		t.Cleanup(func() {
			tn.srv.Close()
			pc.CloseIdleConnections()
			_ = st.Close()
			_ = d.Close()
		})
	}
	n.seed = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		var states []map[string]any
		for _, tn := range n.nodes {
			c := n.contact(tn)
			states = append(states, map[string]any{"public_ip": c.IP, "storage_port": c.PortHTTPS,
				"pubkey_ed25519": hex.EncodeToString(tn.pub[:]), "pubkey_x25519": hex.EncodeToString(tn.x.Public[:]),
				"swarm_id": tn.idx % n.swarms})
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 0,
			"result": map[string]any{"service_node_states": states, "status": "OK"}})
	}))
	t.Cleanup(n.seed.Close)
	return n
}

func (n *testNet) clientNode(i int) Node {
	tn := n.nodes[i]
	return Node{Ed25519: tn.pub, X25519: tn.x.Public, Base: tn.srv.URL, SwarmID: uint64(tn.idx % n.swarms)}
}

func newTestClient(t testing.TB, n *testNet, enc onion.EncType) *Client {
	c := New(Options{Seed: n.seed.URL + "/json_rpc", EncType: enc})
	require.NoError(t, c.Bootstrap(context.Background()))
	require.Len(t, c.Nodes(), len(n.nodes))
	return c
}

func TestStoreAndRetrieveThroughOnionPaths(t *testing.T) {
	n := newTestNet(t, netOpts{nodes: 7, swarms: 2})
	ctx := context.Background()
	alice, err := GenerateIdentity(nil)
	require.NoError(t, err)
	for _, enc := range []onion.EncType{onion.EncAESGCM, onion.EncXChaCha20} {
		sender := newTestClient(t, n, enc)
		msg := []byte("hello through the onion " + enc.String())
		hash, err := sender.Store(ctx, alice.SessionID(), msg)
		require.NoError(t, err)
		require.NotEmpty(t, hash)

		// Retrieve with the other cipher, on fresh random paths.
		other := onion.EncXChaCha20
		if enc == onion.EncXChaCha20 {
			other = onion.EncAESGCM
		}
		recv := newTestClient(t, n, other)
		msgs, err := recv.Retrieve(ctx, alice, 0)
		require.NoError(t, err)
		var found bool
		for _, m := range msgs {
			if m.Hash == hash && string(m.Data) == string(msg) {
				found = true
			}
		}
		require.True(t, found, "message %s not retrieved: %+v", hash, msgs)
	}
	// Direct retrieve sees the same messages.
	d := New(Options{Seed: n.seed.URL + "/json_rpc", Direct: true})
	require.NoError(t, d.Bootstrap(ctx))
	msgs, err := d.Retrieve(ctx, alice, 0)
	require.NoError(t, err)
	require.Len(t, msgs, 2)
}

func TestExplicitDistinctPaths(t *testing.T) {
	n := newTestNet(t, netOpts{nodes: 8, swarms: 2})
	ctx := context.Background()
	c := newTestClient(t, n, onion.EncAESGCM)
	alice, _ := GenerateIdentity(nil)
	sw := n.swarmOf(alice.X25519[:])
	dest := n.members(sw)[0].idx
	var others []Node
	for i := range n.nodes {
		if i != dest {
			others = append(others, n.clientNode(i))
		}
	}
	payload, _ := json.Marshal(map[string]any{"method": "store", "params": map[string]any{
		"pubkey": alice.SessionID(), "namespace": 0, "data": "aGk=", "ttl": 3600000, "timestamp": c.o.Now().UnixMilli()}})
	r, err := c.Via(ctx, others[0:3], n.clientNode(dest), payload)
	require.NoError(t, err)
	require.Equal(t, 200, r.Status, string(r.Body))
	msgs, err := retrieveVia(c, alice, others[3:6], n.clientNode(n.members(sw)[1].idx))
	require.NoError(t, err)
	require.Len(t, msgs, 1)
	require.Equal(t, "hi", string(msgs[0].Data))
}

func retrieveVia(c *Client, id *Identity, path []Node, dest Node) ([]Message, error) {
	c.UsePath(path)
	ts := c.o.Now().UnixMilli()
	r, err := c.Request(context.Background(), dest, "retrieve", map[string]any{
		"pubkey": id.SessionID(), "pubkey_ed25519": id.Ed25519Hex(), "timestamp": ts,
		"signature": id.Sign([]byte("retrieve" + strconv.FormatInt(ts, 10)))})
	if err != nil {
		return nil, err
	}
	if r.Status != 200 {
		return nil, fmt.Errorf("retrieve: %d %s", r.Status, r.Body)
	}
	var out struct {
		Messages []struct{ Data []byte } `json:"messages"`
	}
	if err := json.Unmarshal(r.Body, &out); err != nil {
		return nil, err
	}
	var msgs []Message
	for _, m := range out.Messages {
		msgs = append(msgs, Message{Data: m.Data})
	}
	return msgs, nil
}

func TestDeadMiddleHop(t *testing.T) {
	n := newTestNet(t, netOpts{nodes: 6, swarms: 2})
	ctx := context.Background()
	c := newTestClient(t, n, onion.EncXChaCha20)
	path := []Node{n.clientNode(0), n.clientNode(1), n.clientNode(2)}
	dest := n.clientNode(3)
	n.nodes[1].srv.Close()
	payload := []byte(`{"method":"info","params":{}}`)
	_, err := c.Via(ctx, path, dest, payload)
	require.Error(t, err)
	var he *HopError
	require.ErrorAs(t, err, &he)
	require.Equal(t, 1, he.Hop, "%v", err)
	require.Equal(t, n.nodes[1].pub, he.Node.Ed25519)
	require.Contains(t, err.Error(), "onion hop 1")
	t.Log(err)

	// The retry on a new path avoids the dead node.
	c.UsePath(path)
	r, err := c.Request(ctx, dest, "info", map[string]any{})
	require.NoError(t, err)
	require.Equal(t, 200, r.Status)
}

// v4Server is an HTTP server speaking the v4 onion format (spec §7).
func v4Server(t testing.TB) (*httptest.Server, onion.KeyPair) {
	kp, err := onion.GenerateKeyPair(nil)
	require.NoError(t, err)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/oxen/v4/lsrpc" {
			http.Error(w, "not found", 404)
			return
		}
		b, _ := io.ReadAll(r.Body)
		ct, meta, err := onion.ParseFrame(b)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var m struct {
			EK  string        `json:"ephemeral_key"`
			Enc onion.EncType `json:"enc_type"`
		}
		if err := json.Unmarshal(meta, &m); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var ek [32]byte
		if !decodeKey(m.EK, &ek) {
			http.Error(w, "bad key", 400)
			return
		}
		key, err := onion.DeriveKey(m.Enc, onion.RoleNode, kp, ek)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		pt, err := key.Open(ct)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		reqMeta, body, err := onion.ParseV4(pt)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var rm struct{ Endpoint string }
		_ = json.Unmarshal(reqMeta, &rm)
		resp := onion.V4Request([]byte(`{"code":200,"headers":{"content-type":"text/plain"}}`), []byte("echo "+rm.Endpoint+": "+string(body)))
		out, _ := key.Seal(nil, resp)
		_, _ = w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv, kp
}

func TestProxyV4(t *testing.T) {
	srv, kp := v4Server(t)
	u, _ := url.Parse(srv.URL)
	port, _ := strconv.Atoi(u.Port())
	dest := onion.ServerDestination{Host: u.Hostname(), Target: "/oxen/v4/lsrpc", Protocol: "http", Port: uint16(port), X25519: kp.Public}
	ctx := context.Background()

	t.Run("refused by default", func(t *testing.T) {
		n := newTestNet(t, netOpts{nodes: 3, swarms: 1})
		c := newTestClient(t, n, onion.EncAESGCM)
		_, _, _, err := c.ProxyV4(ctx, []Node{n.clientNode(0), n.clientNode(1), n.clientNode(2)}, dest, "GET", "/room", nil)
		require.Error(t, err)
		require.Contains(t, err.Error(), "Proxy destination refused")
	})
	t.Run("allowed", func(t *testing.T) {
		n := newTestNet(t, netOpts{nodes: 3, swarms: 1, proxy: onion.ProxyOptions{AllowedNets: []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}}})
		for _, enc := range []onion.EncType{onion.EncAESGCM, onion.EncXChaCha20} {
			c := newTestClient(t, n, enc)
			code, meta, body, err := c.ProxyV4(ctx, []Node{n.clientNode(0), n.clientNode(1), n.clientNode(2)}, dest, "POST", "/room/x", []byte("payload"))
			require.NoError(t, err)
			require.Equal(t, 200, code, string(meta))
			require.Equal(t, "echo /room/x: payload", string(body))
		}
		bad := dest
		bad.Target = "/etc/passwd"
		c := newTestClient(t, n, onion.EncAESGCM)
		_, _, _, err := c.ProxyV4(ctx, []Node{n.clientNode(0), n.clientNode(1)}, bad, "GET", "/", nil)
		require.Error(t, err) // encrypted 400 "Invalid url" is not a v4 reply
	})
}

var _ sync.Mutex

func TestHopLimitAndMetrics(t *testing.T) {
	n := newTestNet(t, netOpts{nodes: 4, swarms: 1})
	c := newTestClient(t, n, onion.EncAESGCM)
	payload := []byte(`{"method":"info","params":{}}`)
	mk := func(k int) []Node {
		var p []Node
		for i := range k {
			p = append(p, n.clientNode(i%3))
		}
		return p
	}
	// 15 relay hops: the destination receives hop_no 15, the limit.
	r, err := c.Via(context.Background(), mk(15), n.clientNode(3), payload)
	require.NoError(t, err)
	require.Equal(t, 200, r.Status)
	// 16: the destination receives hop_no 16 and refuses in clear.
	_, err = c.Via(context.Background(), mk(16), n.clientNode(3), payload)
	var he *HopError
	require.ErrorAs(t, err, &he)
	require.Equal(t, 400, he.Status)
	require.Contains(t, he.Body, "max path length exceeded")

	got := func(i int, via, outcome string) float64 {
		mfs, err := n.nodes[i].reg.Gather()
		require.NoError(t, err)
		for _, mf := range mfs {
			if mf.GetName() != "sessiond_onion_requests_total" {
				continue
			}
			for _, m := range mf.GetMetric() {
				l := map[string]string{}
				for _, lp := range m.GetLabel() {
					l[lp.GetName()] = lp.GetValue()
				}
				if l["via"] == via && l["outcome"] == outcome {
					return m.GetCounter().GetValue()
				}
			}
		}
		return 0
	}
	require.Equal(t, 2.0, got(0, "entry", onion.OutcomeRelayed))
	require.Equal(t, 1.0, got(3, "relay", onion.OutcomeFinal))
	require.Equal(t, 1.0, got(3, "relay", onion.OutcomeTooManyHops))
}
