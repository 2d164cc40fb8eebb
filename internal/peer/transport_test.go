package peer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestRequestMessageLayout(t *testing.T) {
	var rcpt, sender [32]byte
	for i := range rcpt {
		rcpt[i], sender[i] = 0xaa, 0xbb
	}
	bh := sha256.Sum256([]byte("body"))
	msg := RequestMessage("POST", "/snode/v1/x?a=1", rcpt, sender, 0x0102030405060708, bh)
	want := "sessiond-snode-request-v1" + "\x00" + "\x04POST" + "\x00\x0f/snode/v1/x?a=1" +
		strings.Repeat("\xaa", 32) + strings.Repeat("\xbb", 32) + "\x01\x02\x03\x04\x05\x06\x07\x08" + string(bh[:])
	if string(msg) != want {
		t.Fatalf("request message:\n got %x\nwant %x", msg, want)
	}

	var sig [64]byte
	sig[0], sig[63] = 1, 2
	rm := ResponseMessage(sig, 421, sender, 7, bh)
	if len(rm) != 165 {
		t.Fatalf("response message is %d bytes, want 165", len(rm))
	}
	wantR := "sessiond-snode-response-v1" + "\x00" + string(sig[:]) + "\x01\xa5" + strings.Repeat("\xbb", 32) +
		"\x00\x00\x00\x00\x00\x00\x00\x07" + string(bh[:])
	if string(rm) != wantR {
		t.Fatalf("response message:\n got %x\nwant %x", rm, wantR)
	}
}

// authServer serves h behind Auth for key 0, admitting the given members.
func authServer(t *testing.T, clk *clock, members Members, h http.HandlerFunc) (*httptest.Server, *Metrics) {
	t.Helper()
	m := NewMetrics(nil)
	a := NewAuth(AuthOptions{Identity: testKey(0), Members: members, Now: clk.Now, Metrics: m})
	mux := NewMux(a)
	mux.HandleFunc("POST /snode/v1/echo", h)
	mux.HandleFunc("GET /snode/v1/echo", h)
	srv := httptest.NewUnstartedServer(mux)
	startTLS(t, srv, testKey(0))
	t.Cleanup(srv.Close)
	return srv, m
}

func echo(w http.ResponseWriter, r *http.Request) {
	from, ok := SenderFrom(r.Context())
	if !ok {
		http.Error(w, "no sender", 500)
		return
	}
	b, _ := io.ReadAll(r.Body)
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusAccepted)
	_, _ = w.Write([]byte(hex.EncodeToString(from[:]) + ":" + string(b)))
}

func newTestClient(t *testing.T, key int, clk *clock) *Client {
	c := NewClient(ClientOptions{Identity: testKey(key), Now: clk.Now, Timeout: 2 * time.Second})
	t.Cleanup(c.CloseIdleConnections)
	return c
}

func TestSignedRoundTrip(t *testing.T) {
	clk := newClock()
	srv, m := authServer(t, clk, newMembers(testKey(1)), echo)
	c := newTestClient(t, 1, clk)
	target := Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}

	res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("hello")})
	if err != nil {
		t.Fatal(err)
	}
	k1 := pubkeyOf(testKey(1))
	if res.Status != http.StatusAccepted || string(res.Body) != hex.EncodeToString(k1[:])+":hello" {
		t.Fatalf("got %d %q", res.Status, res.Body)
	}
	if res.Signer != target.Key {
		t.Fatal("signer not reported")
	}
	// A GET to a seed whose key is unknown: no recipient, any signer.
	res, err = c.Do(context.Background(), Target{Base: srv.URL}, Request{Path: "/snode/v1/echo?x=1"})
	if err != nil || res.Status != http.StatusAccepted || res.Signer != target.Key {
		t.Fatalf("GET without recipient: %v %+v", err, res)
	}
	// A POST needs the key.
	if _, err := c.Do(context.Background(), Target{Base: srv.URL}, Request{Path: "/snode/v1/echo", Body: []byte("x")}); err == nil {
		t.Fatal("POST without the peer's key was sent")
	}
	if got := testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", "ok")); got != 1 {
		t.Fatalf("server ok count %v", got)
	}
}

// rawRequest builds a request signed by key k at time ts for the given
// method/path/body, then lets mutate break it.
func rawRequest(t *testing.T, base string, k int, rcpt [32]byte, ts time.Time, method, path string, body []byte, mutate func(r *http.Request)) *http.Request {
	t.Helper()
	r, err := http.NewRequest(method, base+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	hd := AuthHeaders{Signer: pubkeyOf(testKey(k)), Timestamp: uint64(ts.UnixMilli()), Recipient: rcpt, HasRecipient: rcpt != [32]byte{}}
	hd.Signature = sign(testKey(k), RequestMessage(method, r.URL.RequestURI(), rcpt, hd.Signer, hd.Timestamp, bodyHash(body)))
	hd.set(r.Header)
	if mutate != nil {
		mutate(r)
	}
	return r
}

func TestAuthRejections(t *testing.T) {
	clk := newClock()
	members := newMembers(testKey(1))
	srv, m := authServer(t, clk, members, echo)
	self := pubkeyOf(testKey(0))
	hc := srv.Client()
	now := clk.Now()
	body := []byte(`{"x":1}`)

	cases := []struct {
		name   string
		req    *http.Request
		status int
		result string
	}{
		{"no headers", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", body, func(r *http.Request) {
			r.Header.Del(HeaderPubkey)
			r.Header.Del(HeaderSignature)
			r.Header.Del(HeaderTimestamp)
		}), 401, authBadHeaders},
		{"malformed pubkey", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", body, func(r *http.Request) {
			r.Header.Set(HeaderPubkey, "zz")
		}), 401, authBadHeaders},
		{"bad signature", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", body, func(r *http.Request) {
			r.Header.Set(HeaderSignature, strings.Repeat("00", 64))
		}), 401, authBadSignature},
		{"body changed", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", body, func(r *http.Request) {
			r.Body = io.NopCloser(strings.NewReader(`{"x":2}`))
		}), 401, authBadSignature},
		{"path changed", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", body, func(r *http.Request) {
			r.URL.RawQuery = "y=1"
		}), 401, authBadSignature},
		{"stale", rawRequest(t, srv.URL, 1, self, now.Add(-61*time.Second), "POST", "/snode/v1/echo", body, nil), 401, authStale},
		{"future", rawRequest(t, srv.URL, 1, self, now.Add(61*time.Second), "POST", "/snode/v1/echo", body, nil), 401, authStale},
		{"unregistered", rawRequest(t, srv.URL, 2, self, now, "POST", "/snode/v1/echo", body, nil), 401, authUnregistered},
		{"other recipient", rawRequest(t, srv.URL, 1, pubkeyOf(testKey(3)), now, "POST", "/snode/v1/echo", body, nil), 401, authRecipient},
		{"post without recipient", rawRequest(t, srv.URL, 1, [32]byte{}, now, "POST", "/snode/v1/echo", body, nil), 401, authRecipient},
		{"too large", rawRequest(t, srv.URL, 1, self, now, "POST", "/snode/v1/echo", make([]byte, DefaultMaxBody+1), nil), 413, authTooLarge},
		{"within window", rawRequest(t, srv.URL, 1, self, now.Add(-59*time.Second), "POST", "/snode/v1/echo", body, nil), 202, "ok"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", tc.result))
			resp, err := hc.Do(tc.req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d (%s), want %d", resp.StatusCode, b, tc.status)
			}
			if after := testutil.ToFloat64(m.serverRequests.WithLabelValues("POST /snode/v1/echo", tc.result)); after != before+1 {
				t.Fatalf("metric result %q not counted", tc.result)
			}
			// Every answer, rejections included, is signed by the server.
			hd, err := ParseAuthHeaders(resp.Header, false)
			if err != nil || hd.Signer != self {
				t.Fatalf("answer not signed: %v", err)
			}
			reqSig, _ := ParseAuthHeaders(tc.req.Header, true)
			if tc.result == authBadHeaders {
				reqSig.Signature = [64]byte{}
			}
			if !verify(self, ResponseMessage(reqSig.Signature, resp.StatusCode, self, hd.Timestamp, bodyHash(b)), hd.Signature) {
				t.Fatal("answer signature does not verify")
			}
		})
	}
}

// mutatingTransport lets a test alter answers in flight.
type mutatingTransport struct {
	rt     http.RoundTripper
	mutate func(*http.Response)
}

func (m mutatingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := m.rt.RoundTrip(r)
	if err == nil {
		m.mutate(resp)
	}
	return resp, err
}

func TestClientRejectsBadResponses(t *testing.T) {
	clk := newClock()
	srv, _ := authServer(t, clk, newMembers(testKey(1)), echo)
	base := srv.Client().Transport
	cases := map[string]func(*http.Response){
		"tampered body": func(r *http.Response) {
			r.Body, r.ContentLength = io.NopCloser(strings.NewReader("forged")), 6
		},
		"tampered status": func(r *http.Response) { r.StatusCode = 200 },
		"unsigned":        func(r *http.Response) { r.Header.Del(HeaderSignature) },
		"stale": func(r *http.Response) {
			r.Header.Set(HeaderTimestamp, strconv.FormatInt(clk.Now().Add(-2*time.Minute).UnixMilli(), 10))
		},
	}
	for name, mut := range cases {
		t.Run(name, func(t *testing.T) {
			c := NewClient(ClientOptions{Identity: testKey(1), Now: clk.Now, Transport: mutatingTransport{base, mut}, Signed: true})
			_, err := c.Do(context.Background(), Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}, Request{Path: "/snode/v1/echo", Body: []byte("x")})
			if !errors.Is(err, ErrBadResponse) {
				t.Fatalf("err = %v, want ErrBadResponse", err)
			}
		})
	}
	// Answered by another node than the one addressed.
	c := NewClient(ClientOptions{Identity: testKey(1), Now: clk.Now, Transport: base, Signed: true})
	_, err := c.Do(context.Background(), Target{Key: pubkeyOf(testKey(5)), Base: srv.URL}, Request{Method: "GET", Path: "/snode/v1/echo"})
	if !errors.Is(err, ErrBadResponse) {
		t.Fatalf("impostor answer: err = %v", err)
	}
}

func TestClientPartitionAndTimeout(t *testing.T) {
	clk := newClock()
	m := NewMetrics(nil)
	refuse := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Net: network, Err: errors.New("partitioned")}
	}
	c := NewClient(ClientOptions{Identity: testKey(1), Now: clk.Now, DialContext: refuse, Metrics: m})
	defer c.CloseIdleConnections()
	_, err := c.Do(context.Background(), Target{Key: pubkeyOf(testKey(0)), Base: "https://192.0.2.1:22021"}, Request{Path: "/snode/v1/x", Body: []byte("{}")})
	if err == nil || testutil.ToFloat64(m.clientRequests.WithLabelValues("/snode/v1/x", "unreachable")) != 1 {
		t.Fatalf("partitioned peer: err %v", err)
	}

	release := make(chan struct{})
	srv, _ := authServer(t, clk, newMembers(testKey(1)), func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	slow := NewClient(ClientOptions{Identity: testKey(1), Now: clk.Now, Timeout: 100 * time.Millisecond, Transport: srv.Client().Transport, Metrics: m, Signed: true})
	start := time.Now()
	_, err = slow.Do(context.Background(), Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}, Request{Path: "/snode/v1/echo", Body: []byte("{}")})
	if err == nil || time.Since(start) > 2*time.Second {
		t.Fatalf("slow peer: err %v after %v", err, time.Since(start))
	}
	if testutil.ToFloat64(m.clientRequests.WithLabelValues("/snode/v1/echo", "timeout")) != 1 {
		t.Fatal("timeout not counted")
	}
}

func TestParseAuthHeaders(t *testing.T) {
	good := http.Header{}
	hd := AuthHeaders{Signer: [32]byte{1}, Timestamp: 12345, Signature: [64]byte{2}, Recipient: [32]byte{3}, HasRecipient: true}
	hd.set(good)
	got, err := ParseAuthHeaders(good, true)
	if err != nil || got != hd {
		t.Fatalf("round trip: %v %+v", err, got)
	}
	bad := map[string]func(h http.Header){
		"two pubkeys":     func(h http.Header) { h.Add(HeaderPubkey, h.Get(HeaderPubkey)) },
		"short sig":       func(h http.Header) { h.Set(HeaderSignature, "00") },
		"signed ts":       func(h http.Header) { h.Set(HeaderTimestamp, "+12345") },
		"empty ts":        func(h http.Header) { h.Set(HeaderTimestamp, "") },
		"huge ts":         func(h http.Header) { h.Set(HeaderTimestamp, "99999999999999999999") },
		"bad recipient":   func(h http.Header) { h.Set(HeaderRecipient, "xyz") },
		"missing pubkey":  func(h http.Header) { h.Del(HeaderPubkey) },
		"non-hex pubkey":  func(h http.Header) { h.Set(HeaderPubkey, strings.Repeat("g", 64)) },
		"missing ts only": func(h http.Header) { h.Del(HeaderTimestamp) },
	}
	for name, mut := range bad {
		h := good.Clone()
		mut(h)
		if _, err := ParseAuthHeaders(h, true); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseAuthHeaders(http.Header{}, true); !errors.Is(err, ErrNoAuth) {
		t.Errorf("empty headers: %v", err)
	}
}

func FuzzParseAuthHeaders(f *testing.F) {
	f.Add(strings.Repeat("ab", 32), "1750000000000", strings.Repeat("cd", 64), strings.Repeat("ef", 32))
	f.Add("", "", "", "")
	f.Add(strings.Repeat("AB", 32), "007", strings.Repeat("0", 128), "")
	f.Fuzz(func(t *testing.T, pk, ts, sig, rcpt string) {
		h := http.Header{}
		for k, v := range map[string]string{HeaderPubkey: pk, HeaderTimestamp: ts, HeaderSignature: sig, HeaderRecipient: rcpt} {
			if v != "" {
				h.Set(k, v)
			}
		}
		a, err := ParseAuthHeaders(h, true)
		if err != nil {
			return
		}
		// Whatever parses must survive a re-encode unchanged.
		h2 := http.Header{}
		a.set(h2)
		b, err := ParseAuthHeaders(h2, true)
		if err != nil || a != b {
			t.Fatalf("re-encode changed %+v to %+v (%v)", a, b, err)
		}
		if a.Timestamp > 1<<63-1 && within(a.Timestamp, time.Now(), time.Minute) {
			t.Fatal("overflowing timestamp accepted as fresh")
		}
	})
}

// A client with UnverifiedResponses takes answers without (or with bad)
// response signatures; a normal client refuses them.
func TestUnverifiedResponses(t *testing.T) {
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "opaque reply")
	}))
	defer srv.Close()
	target := Target{Base: srv.URL, Key: pubkeyOf(testKey(2))}
	req := Request{Method: http.MethodPost, Path: "/snode/v1/x", Body: []byte("payload")}

	for _, signed := range []bool{false, true} {
		strict := NewClient(ClientOptions{Identity: testKey(1), Signed: signed})
		_, err := strict.Do(t.Context(), target, req)
		strict.CloseIdleConnections()
		if !errors.Is(err, ErrBadResponse) {
			t.Fatalf("signed=%v: an unauthenticated answer was accepted: %v", signed, err)
		}
	}

	relay := NewClient(ClientOptions{Identity: testKey(1), Signed: true, UnverifiedResponses: true})
	defer relay.CloseIdleConnections()
	res, err := relay.Do(t.Context(), target, req)
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "opaque reply" || res.Status != http.StatusOK || res.Signer != ([32]byte{}) {
		t.Fatalf("got %d %q signer %x", res.Status, res.Body, res.Signer)
	}
}
