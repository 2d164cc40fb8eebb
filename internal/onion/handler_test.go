package onion

import (
	"bytes"
	"context"
	"crypto/rand"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

type echoStorage struct{}

func (echoStorage) HandleJSON(_ context.Context, body []byte, _ storage.Client) storage.Response {
	return storage.Response{Status: 200, Body: []byte(`{"ok":true}`), JSON: true}
}

type okPeers struct{ calls int }

func (p *okPeers) Do(_ context.Context, _ peer.Target, req peer.Request) (*peer.Response, error) {
	p.calls++
	if _, _, _, hop, err := ParseRelay(req.Body); err != nil || hop < 1 {
		return &peer.Response{Status: 400, Header: http.Header{}, Body: []byte("bad relay payload")}, nil
	}
	return &peer.Response{Status: 200, Header: http.Header{}, Body: []byte("reply")}, nil
}

func testHandler(t testing.TB) (*Handler, KeyPair, *okPeers) {
	kp, err := GenerateKeyPair(nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &okPeers{}
	h, err := NewHandler(Options{X25519: kp, Storage: echoStorage{}, Peers: p,
		Nodes: NodesFunc(func(k [32]byte) (peer.Target, bool) { return peer.Target{Key: k, Base: "https://x"}, k[0] != 0xff })})
	if err != nil {
		t.Fatal(err)
	}
	return h, kp, p
}

func post(h http.Handler, body []byte) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("POST", PathEntry, bytes.NewReader(body)))
	return w
}

func TestHandlerDispatch(t *testing.T) {
	h, kp, p := testHandler(t)
	self := Hop{X25519: kp.Public}
	// Final destination.
	o, err := Builder{EncType: EncXChaCha20}.BuildToSnode(nil, self, []byte(`{"method":"info","params":{}}`))
	if err != nil {
		t.Fatal(err)
	}
	w := post(h.Entry(), o.Request)
	if w.Code != 200 {
		t.Fatalf("final: %d %s", w.Code, w.Body)
	}
	r, err := o.OpenReply(w.Body.Bytes())
	if err != nil || r.Status != 200 || string(r.BodyBytes()) != `{"ok":true}` {
		t.Fatalf("final reply %+v %v", r, err)
	}
	// Relay: this node is the first of two hops.
	next := Hop{Ed25519: [32]byte{1}, X25519: kp.Public}
	o, _ = Builder{}.BuildToSnode([]Hop{self}, next, []byte(`{}`))
	w = post(h.Entry(), o.Request)
	if w.Code != 200 || w.Body.String() != "reply" || p.calls != 1 {
		t.Fatalf("relay: %d %q calls %d", w.Code, w.Body, p.calls)
	}
	// Unknown next node.
	o, _ = Builder{}.BuildToSnode([]Hop{self}, Hop{Ed25519: [32]byte{0xff}, X25519: kp.Public}, []byte(`{}`))
	w = post(h.Entry(), o.Request)
	if w.Code != 502 || !bytes.HasPrefix(w.Body.Bytes(), []byte("Next node not found: ff")) {
		t.Fatalf("not found: %d %q", w.Code, w.Body)
	}
	// Garbage and bad ciphertext: plain 400s.
	if w = post(h.Entry(), []byte("xx")); w.Code != 400 {
		t.Fatalf("garbage: %d", w.Code)
	}
	other, _ := GenerateKeyPair(nil)
	o, _ = Builder{}.BuildToSnode(nil, Hop{X25519: other.Public}, []byte(`{}`))
	if w = post(h.Entry(), o.Request); w.Code != 400 || w.Body.String() != "Invalid ciphertext" {
		t.Fatalf("bad ciphertext: %d %q", w.Code, w.Body)
	}
	// Invalid url: encrypted 400.
	o, _ = Builder{}.BuildToServer([]Hop{self}, ServerDestination{Host: "h", Target: "/etc", Protocol: "https", X25519: other.Public}, []byte("x"))
	w = post(h.Entry(), o.Request)
	if w.Code != 200 {
		t.Fatalf("invalid url: %d", w.Code)
	}
	// The hop's layer key is not the client's final key, so open it with the hop layer: rebuild is not
	// possible here; just check it is base64 and not plain text.
	if bytes.Contains(w.Body.Bytes(), []byte("Invalid url")) {
		t.Fatal("invalid url sent in clear")
	}
	// Relay endpoint: hop limit.
	w = httptest.NewRecorder()
	h.Relay().ServeHTTP(w, httptest.NewRequest("POST", PathRelay, bytes.NewReader(EncodeRelay([]byte("x"), EncAESGCM, [32]byte{}, 16))))
	if w.Code != 400 || w.Body.String() != "onion request max path length exceeded" {
		t.Fatalf("hop limit: %d %q", w.Code, w.Body)
	}
	// Not ready.
	h.o.Ready = func() (bool, []string) { return false, []string{"syncing"} }
	if w = post(h.Entry(), o.Request); w.Code != 503 {
		t.Fatalf("not ready: %d", w.Code)
	}
}

func TestBencodeRoundTrip(t *testing.T) {
	b := EncodeRelay([]byte("data"), EncXChaCha20, [32]byte{7}, 3)
	d, enc, eph, hop, err := ParseRelay(b)
	if err != nil || string(d) != "data" || enc != EncXChaCha20 || eph[0] != 7 || hop != 3 {
		t.Fatalf("%q %v %v %d %v", d, enc, eph, hop, err)
	}
	m, body, err := ParseV4(V4Request([]byte(`{"a":1}`), []byte("b")))
	if err != nil || string(m) != `{"a":1}` || string(body) != "b" {
		t.Fatal(m, body, err)
	}
}

func FuzzHandlerEntry(f *testing.F) {
	h, kp, _ := testHandler(f)
	o, _ := Builder{}.BuildToSnode(nil, Hop{X25519: kp.Public}, []byte(`{"method":"info"}`))
	f.Add(o.Request)
	f.Add([]byte{})
	f.Add(frameOf(3, `abc{"ephemeral_key":"`+ekHex+`"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip()
		}
		w := post(h.Entry(), data)
		if w.Code == 0 || w.Code >= 500 && w.Code != 502 && w.Code != 503 && w.Code != 504 {
			t.Fatalf("status %d for %x", w.Code, data)
		}
	})
}

func FuzzRelayPayload(f *testing.F) {
	f.Add(EncodeRelay([]byte("x"), EncAESGCM, [32]byte{}, 2))
	f.Add([]byte("d4:data0:e"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _, _, _, _ = ParseRelay(data)
		_, _, _ = ParseV4(data)
	})
}

// BenchmarkRelayHop measures the hops per second one node relays: parse
// the entry frame, decrypt the layer, route and encode the next-hop payload
// (the transport to the next node is a no-op here).
func BenchmarkRelayHop(b *testing.B) {
	h, kp, _ := testHandler(b)
	self := Hop{X25519: kp.Public}
	next := Hop{Ed25519: [32]byte{1}, X25519: kp.Public}
	payload := make([]byte, 512)
	_, _ = rand.Read(payload)
	o, _ := Builder{}.BuildToSnode([]Hop{self}, next, payload)
	eh := h.Entry()
	start := time.Now()
	b.ResetTimer()
	for b.Loop() {
		if w := post(eh, o.Request); w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "hops/s")
}

// entryTo builds a one-layer entry request to node with the given layer
// JSON, returning the body and the client's layer key.
func entryTo(t *testing.T, node [32]byte, inner, meta string) ([]byte, LayerKey) {
	t.Helper()
	eph, _ := GenerateKeyPair(nil)
	pt, _ := BuildFrame([]byte(inner), []byte(meta))
	ct, err := Encrypt(nil, EncAESGCM, RoleClient, eph, node, pt)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := DeriveKey(EncAESGCM, RoleClient, eph, node)
	body, _ := BuildFrame(ct, []byte(`{"ephemeral_key":"`+hexOf(eph.Public[:])+`","enc_type":"aes-gcm"}`))
	return body, key
}

func hexOf(b []byte) string {
	const d = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, d[c>>4], d[c&15])
	}
	return string(out)
}

func TestHandlerEncryptedErrorsAndProxyLimits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/oxen/big/lsrpc" {
			_, _ = w.Write(bytes.Repeat([]byte("x"), 2000))
			return
		}
		w.WriteHeader(418)
		_, _ = w.Write([]byte("teapot"))
	}))
	defer srv.Close()
	host, port := splitHostPort(t, srv.URL)
	kp, _ := GenerateKeyPair(nil)
	mk := func(p ProxyOptions) *Handler {
		h, err := NewHandler(Options{X25519: kp, Storage: echoStorage{}, Peers: &okPeers{}, Proxy: p,
			Nodes: NodesFunc(func([32]byte) (peer.Target, bool) { return peer.Target{}, false })})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	meta := func(target string) string {
		return `{"host":"` + host + `","port":` + port + `,"protocol":"http","target":"` + target + `"}`
	}
	h := mk(ProxyOptions{})
	// Invalid url: encrypted with the layer key, default reply options.
	body, key := entryTo(t, kp.Public, "x", meta("/etc/passwd"))
	w := post(h.Entry(), body)
	r, err := OpenReply(key, w.Body.Bytes(), true)
	if w.Code != 200 || err != nil || r.Status != 400 || string(r.BodyBytes()) != "Invalid url" {
		t.Fatalf("invalid url: %d %v %+v", w.Code, err, r)
	}
	// Invalid json: encrypted too.
	body, key = entryTo(t, kp.Public, "x", `not json`)
	w = post(h.Entry(), body)
	if r, err = OpenReply(key, w.Body.Bytes(), true); err != nil || r.Status != 400 || string(r.BodyBytes()) != "Invalid json" {
		t.Fatalf("invalid json: %v %+v", err, r)
	}
	// Loopback refused by default.
	body, _ = entryTo(t, kp.Public, "x", meta("/oxen/v4/lsrpc"))
	if w = post(h.Entry(), body); w.Code != 502 || !bytes.HasPrefix(w.Body.Bytes(), []byte("Proxy destination refused")) {
		t.Fatalf("refused: %d %q", w.Code, w.Body)
	}
	// Allowed: status and body passed back as they are.
	h = mk(ProxyOptions{AllowPrivate: true, MaxResponse: 1000, RatePerSecond: 1, Burst: 2})
	if w = post(h.Entry(), body); w.Code != 418 || w.Body.String() != "teapot" {
		t.Fatalf("proxied: %d %q", w.Code, w.Body)
	}
	big, _ := entryTo(t, kp.Public, "x", meta("/oxen/big/lsrpc"))
	if w = post(h.Entry(), big); w.Code != 502 || w.Body.String() != "Proxied response too large" {
		t.Fatalf("too large: %d %q", w.Code, w.Body)
	}
	if w = post(h.Entry(), body); w.Code != 429 {
		t.Fatalf("rate limit: %d %q", w.Code, w.Body)
	}
}

func splitHostPort(t *testing.T, u string) (string, string) {
	t.Helper()
	hp := u[len("http://"):]
	for i := len(hp) - 1; i >= 0; i-- {
		if hp[i] == ':' {
			return hp[:i], hp[i+1:]
		}
	}
	t.Fatal("no port in", u)
	return "", ""
}

func TestAddrAllowed(t *testing.T) {
	for _, c := range []struct {
		ip string
		ok bool
	}{{"8.8.8.8", true}, {"127.0.0.1", false}, {"10.1.2.3", false}, {"169.254.1.1", false}, {"0.0.0.0", false},
		{"::1", false}, {"fe80::1", false}, {"2001:4860::8888", true}, {"::ffff:127.0.0.1", false}, {"192.168.1.1", false}} {
		if got := AddrAllowed(netip.MustParseAddr(c.ip), false, nil); got != c.ok {
			t.Errorf("%s: %v", c.ip, got)
		}
	}
	if !AddrAllowed(netip.MustParseAddr("10.1.2.3"), false, []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}) {
		t.Error("allowed net")
	}
}
