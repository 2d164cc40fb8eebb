package peer

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// TestTLSIdentity covers the default transport: keys proven in the TLS
// handshake, no per-request signatures, and every way a request on such a
// connection is refused.
func TestTLSIdentity(t *testing.T) {
	clk := newClock()
	var sawSignature bool
	srv, m := authServer(t, clk, newMembers(testKey(1), testKey(2)), func(w http.ResponseWriter, r *http.Request) {
		sawSignature = r.Header.Get(HeaderSignature) != ""
		echo(w, r)
	})
	server := pubkeyOf(testKey(0))
	target := Target{Key: server, Base: srv.URL}
	count := func(result string) float64 {
		return testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", result))
	}

	c := newTestClient(t, 1, clk)
	res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("hi")})
	k1 := pubkeyOf(testKey(1))
	if err != nil || res.Status != http.StatusAccepted || string(res.Body) != hex.EncodeToString(k1[:])+":hi" || res.Signer != server {
		t.Fatalf("round trip: %v %+v", err, res)
	}
	if sawSignature || res.Header.Get(HeaderSignature) != "" {
		t.Fatal("a TLS-authenticated exchange carried signatures")
	}

	// The peer at that address is another node than the one meant: the
	// server refuses the request and the client the answer.
	_, err = c.Do(context.Background(), Target{Key: pubkeyOf(testKey(5)), Base: srv.URL}, Request{Path: "/snode/v1/echo", Body: []byte("x")})
	if !errors.Is(err, ErrBadResponse) || !strings.Contains(err.Error(), "answered by") || count(authRecipient) != 1 {
		t.Fatalf("wrong node: %v, refused %v", err, count(authRecipient))
	}

	// A key that is not registered.
	outsider := newTestClient(t, 7, clk)
	res, err = outsider.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("x")})
	if err != nil || res.Status != http.StatusUnauthorized || count(authUnregistered) != 1 {
		t.Fatalf("outsider: %v %+v", err, res)
	}

	// A signed client on an ordinary connection still gets in.
	signed := NewClient(ClientOptions{Identity: testKey(2), Now: clk.Now, Signed: true})
	defer signed.CloseIdleConnections()
	res, err = signed.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("s")})
	if err != nil || res.Status != http.StatusAccepted || res.Signer != server || !sawSignature {
		t.Fatalf("signed client: %v %+v", err, res)
	}

	// Raw requests on an authenticated connection.
	tc, err := ClientTLSConfig(testKey(1), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}
	defer hc.CloseIdleConnections()
	post := func(hc *http.Client, recipient string) int {
		t.Helper()
		r, _ := http.NewRequest(http.MethodPost, srv.URL+"/snode/v1/echo", strings.NewReader("x"))
		if recipient != "" {
			r.Header.Set(HeaderRecipient, recipient)
		}
		resp, err := hc.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if st := post(hc, ""); st != http.StatusUnauthorized || count(authRecipient) != 2 {
		t.Fatalf("POST without recipient: %d", st)
	}
	if st := post(hc, "zz"); st != http.StatusUnauthorized || count(authBadHeaders) != 1 {
		t.Fatalf("malformed recipient: %d", st)
	}
	if st := post(hc, hex.EncodeToString(server[:])); st != http.StatusAccepted {
		t.Fatalf("raw request: %d", st)
	}

	// A client certificate whose key is not Ed25519.
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &ec.PublicKey, ec)
	if err != nil {
		t.Fatal(err)
	}
	ecCfg := tc.Clone()
	ecCfg.Certificates = []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: ec}}
	ecc := &http.Client{Transport: &http.Transport{TLSClientConfig: ecCfg}}
	defer ecc.CloseIdleConnections()
	if st := post(ecc, hex.EncodeToString(server[:])); st != http.StatusUnauthorized || count(authBadHeaders) != 2 {
		t.Fatalf("ECDSA client certificate: %d", st)
	}
}

// Clients without SNI (Session clients) get the server's ordinary
// certificate and are not asked for one.
func TestTLSIdentityOnlyForPeers(t *testing.T) {
	clk := newClock()
	srv, _ := authServer(t, clk, newMembers(testKey(1)), echo)
	resp, err := srv.Client().Get(srv.URL + "/snode/v1/echo")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if _, ok := tlsPeerKey(resp.TLS); ok || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("plain client: status %d, server presented a node key: %v", resp.StatusCode, ok)
	}
}

// A node that predates the TLS identity (no key in its handshake, signed
// requests only) is still reached: the client signs from then on.
func TestTLSIdentityFallsBackToSignatures(t *testing.T) {
	clk := newClock()
	m := NewMetrics(nil)
	a := NewAuth(AuthOptions{Identity: testKey(0), Members: newMembers(testKey(1)), Now: clk.Now, Metrics: m})
	mux := NewMux(a)
	mux.HandleFunc("POST /snode/v1/echo", echo)
	srv := httptest.NewTLSServer(mux) // no identity certificate: an older node
	defer srv.Close()
	c := newTestClient(t, 1, clk)
	target := Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}
	for i := range 3 {
		res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("x")})
		if err != nil || res.Status != http.StatusAccepted || res.Signer != target.Key {
			t.Fatalf("request %d: %v %+v", i, err, res)
		}
	}
	// Only the first request went out unsigned (and was refused unread).
	if n := testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", authBadHeaders)); n != 1 {
		t.Fatalf("%v unsigned requests reached the old node, want 1", n)
	}
	if n := testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", "ok")); n != 3 {
		t.Fatalf("%v signed requests served, want 3", n)
	}
}
