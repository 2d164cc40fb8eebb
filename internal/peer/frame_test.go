package peer

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

func TestFrameCodec(t *testing.T) {
	h := http.Header{"Content-Type": {"application/json"}, "X-Multi": {"a", "b"}, "Content-Length": {"99"}}
	body := bytes.Repeat([]byte{0xa5}, 70_000)
	f := encodeRequestFrame(7, "POST", "/snode/v1/x?y=1", h, body)
	typ, id, n, err := parseFrameHeader(f[:frameHeaderLen])
	if err != nil || typ != frameRequest || id != 7 || n != len(f)-frameHeaderLen {
		t.Fatalf("header: %d %d %d %v", typ, id, n, err)
	}
	m, err := parseRequestFrame(f[frameHeaderLen:])
	if err != nil || m.method != "POST" || m.target != "/snode/v1/x?y=1" || !bytes.Equal(m.body, body) {
		t.Fatalf("request: %v %q %q %d", err, m.method, m.target, len(m.body))
	}
	if m.header.Get("Content-Type") != "application/json" || len(m.header["X-Multi"]) != 2 || m.header.Get("Content-Length") != "" {
		t.Fatalf("request headers: %v", m.header)
	}

	f = encodeResponseFrame(9, 421, http.Header{"x-lower": {"v"}}, nil)
	typ, id, _, _ = parseFrameHeader(f[:frameHeaderLen])
	r, err := parseResponseFrame(f[frameHeaderLen:])
	if err != nil || typ != frameResponse || id != 9 || r.status != 421 || len(r.body) != 0 || r.header.Get("X-Lower") != "v" {
		t.Fatalf("response: %v %d %+v", err, id, r)
	}

	// Malformed payloads.
	for name, p := range map[string][]byte{
		"empty":          {},
		"no method":      {0, 0, 1, '/', 0, 0},
		"target not abs": append([]byte{3, 'G', 'E', 'T', 0, 1, 'x'}, 0, 0),
		"short header":   {3, 'G', 'E', 'T', 0, 1, '/', 0, 1, 5, 'a'},
		"empty key":      {3, 'G', 'E', 'T', 0, 1, '/', 0, 1, 0, 0, 0},
		"many headers":   {3, 'G', 'E', 'T', 0, 1, '/', 0xff, 0xff},
	} {
		if _, err := parseRequestFrame(p); !errors.Is(err, errFrameMalformed) {
			t.Errorf("request %s: %v", name, err)
		}
	}
	for name, p := range map[string][]byte{"empty": {}, "status 0": {0, 0, 0, 0}, "status 1000": {0x03, 0xe8, 0, 0}} {
		if _, err := parseResponseFrame(p); !errors.Is(err, errFrameMalformed) {
			t.Errorf("response %s: %v", name, err)
		}
	}
	big := appendFrameHeader(nil, frameRequest, 1, 0)
	binary.BigEndian.PutUint32(big, maxFramePayload+1)
	if _, _, _, err := parseFrameHeader(big); !errors.Is(err, errFrameMalformed) {
		t.Errorf("oversized frame: %v", err)
	}
	if err := checkHeaders(http.Header{strings.Repeat("k", 256): {"v"}}); err == nil {
		t.Error("a 256-byte header name passed")
	}
}

func FuzzParseRequestFrame(f *testing.F) {
	f.Add(encodeRequestFrame(1, "POST", "/a", http.Header{"K": {"v"}}, []byte("body"))[frameHeaderLen:])
	f.Add([]byte{3, 'G', 'E', 'T', 0, 1, '/', 0, 0})
	f.Fuzz(func(t *testing.T, p []byte) {
		m, err := parseRequestFrame(p)
		if err != nil {
			return
		}
		// What parses encodes back to something that parses the same.
		again, err := parseRequestFrame(encodeRequestFrame(1, m.method, m.target, m.header, m.body)[frameHeaderLen:])
		if err != nil || again.method != m.method || again.target != m.target || !bytes.Equal(again.body, m.body) || len(again.header) != len(m.header) {
			t.Fatalf("re-encoded request differs: %v", err)
		}
	})
}

func FuzzParseResponseFrame(f *testing.F) {
	f.Add(encodeResponseFrame(1, 200, http.Header{"K": {"v"}}, []byte("body"))[frameHeaderLen:])
	f.Fuzz(func(t *testing.T, p []byte) {
		m, err := parseResponseFrame(p)
		if err != nil {
			return
		}
		again, err := parseResponseFrame(encodeResponseFrame(1, m.status, m.header, m.body)[frameHeaderLen:])
		if err != nil || again.status != m.status || !bytes.Equal(again.body, m.body) || len(again.header) != len(m.header) {
			t.Fatalf("re-encoded response differs: %v", err)
		}
	})
}

// frameServer serves h behind Auth for key 0 over HTTP and FrameProto.
type frameServer struct {
	srv *httptest.Server
	fs  *FrameServer
	// conns counts the TCP connections accepted.
	conns atomic.Int32
}

func startFrameServer(t *testing.T, members Members, h http.HandlerFunc) *frameServer {
	t.Helper()
	mux := NewMux(NewAuth(AuthOptions{Identity: testKey(0), Members: members}))
	mux.HandleFunc("POST /snode/v1/echo", h)
	mux.HandleFunc("GET /snode/v1/echo", h)
	return startFrameServerMux(t, members, mux)
}

// startFrameServerMux serves a whole handler.
func startFrameServerMux(t *testing.T, members Members, h http.Handler) *frameServer {
	t.Helper()
	return startFrameServerOpts(t, h, FrameServerOptions{Members: members})
}

func startFrameServerOpts(t *testing.T, h http.Handler, o FrameServerOptions) *frameServer {
	t.Helper()
	fsrv := &frameServer{fs: NewFrameServer(o)}
	srv := httptest.NewUnstartedServer(h)
	peerCfg, err := ServerTLSConfig(testKey(0), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	srv.TLS = &tls.Config{GetConfigForClient: SelectPeerTLS(OfferFrames(peerCfg))}
	srv.Config.TLSNextProto = map[string]func(*http.Server, *tls.Conn, http.Handler){FrameProto: fsrv.fs.ServeConn}
	srv.Config.ErrorLog = quietLog
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			fsrv.conns.Add(1)
		}
	}
	srv.StartTLS()
	t.Cleanup(func() {
		fsrv.fs.Shutdown()
		srv.Close()
	})
	fsrv.srv = srv
	return fsrv
}

// frameEcho answers like echo and says which protocol carried the request.
func frameEcho(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Proto", r.TLS.NegotiatedProtocol)
	echo(w, r)
}

// TestFramesRoundTrip: a node that offers frames gets every request over one
// framed connection, authenticated by the keys of the TLS handshake, with
// many requests in flight answered each to its own.
func TestFramesRoundTrip(t *testing.T) {
	s := startFrameServer(t, newMembers(testKey(1)), frameEcho)
	target := Target{Key: pubkeyOf(testKey(0)), Base: s.srv.URL}
	m := NewMetrics(nil)
	c := NewClient(ClientOptions{Identity: testKey(1), Metrics: m})
	t.Cleanup(c.CloseIdleConnections)
	k1 := pubkeyOf(testKey(1))
	res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("hi")})
	if err != nil || res.Status != http.StatusAccepted || res.Signer != target.Key || string(res.Body) != fmt.Sprintf("%x:hi", k1) ||
		res.Header.Get("X-Proto") != FrameProto || res.Header.Get("Content-Type") != "text/plain" {
		t.Fatalf("round trip: %v %+v", err, res)
	}

	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := []byte(fmt.Sprintf("request %d", i))
			if i%50 == 0 {
				body = bytes.Repeat([]byte{byte(i)}, 300_000) // larger than the buffers
			}
			res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: body})
			if err == nil && (res.Status != http.StatusAccepted || string(res.Body) != fmt.Sprintf("%x:%s", k1, body)) {
				err = fmt.Errorf("request %d: answer %d of %d bytes", i, res.Status, len(res.Body))
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	// One TLS connection for all 201 requests (no HTTP fallback dialled).
	if n := s.conns.Load(); n != 1 {
		t.Fatalf("%d connections, want 1", n)
	}

	// GET with a query.
	res, err = c.Do(context.Background(), target, Request{Path: "/snode/v1/echo?x=1"})
	if err != nil || res.Status != http.StatusAccepted || res.Header.Get("X-Proto") != FrameProto {
		t.Fatalf("GET: %v %+v", err, res)
	}
	if out, in := testutil.ToFloat64(m.framesOut), testutil.ToFloat64(s.fs.open); out != 1 || in != 1 {
		t.Fatalf("frame connections: %v out, %v in; want 1 and 1", out, in)
	}
	// Bulk requests go on a second connection.
	for range 3 {
		res, err = c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("bulk"), Bulk: true})
		if err != nil || res.Status != http.StatusAccepted || res.Header.Get("X-Proto") != FrameProto {
			t.Fatalf("bulk: %v %+v", err, res)
		}
	}
	if n, out := s.conns.Load(), testutil.ToFloat64(m.framesOut); n != 2 || out != 2 {
		t.Fatalf("with bulk requests: %d connections, %v counted; want 2", n, out)
	}
	c.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for testutil.ToFloat64(m.framesOut)+testutil.ToFloat64(s.fs.open) != 0 {
		if time.Now().After(deadline) {
			t.Fatal("closed frame connections still counted")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestFramesRefusals: the refusals of Auth apply to frames as to HTTP, and
// an unregistered sender cannot make the server read a large frame.
func TestFramesRefusals(t *testing.T) {
	members := newMembers(testKey(1))
	var served atomic.Int32
	s := startFrameServer(t, members, func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		frameEcho(w, r)
	})
	target := Target{Key: pubkeyOf(testKey(0)), Base: s.srv.URL}

	outsider := newTestClient(t, 7, newClock())
	for _, size := range []int{10, 100_000} {
		res, err := outsider.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: make([]byte, size)})
		if err != nil || res.Status != http.StatusUnauthorized || !strings.Contains(string(res.Body), "not a registered service node") {
			t.Fatalf("outsider, %d bytes: %v %+v", size, err, res)
		}
	}
	if served.Load() != 0 {
		t.Fatal("the handler ran for an outsider")
	}

	// The node at the address is not the one meant: refused by the server
	// (recipient) and by the client (answering key).
	c := newTestClient(t, 1, newClock())
	_, err := c.Do(context.Background(), Target{Key: pubkeyOf(testKey(5)), Base: s.srv.URL}, Request{Path: "/snode/v1/echo", Body: []byte("x")})
	if !errors.Is(err, ErrBadResponse) || !strings.Contains(err.Error(), "answered by") {
		t.Fatalf("wrong node: %v", err)
	}
	if served.Load() != 0 {
		t.Fatal("the handler ran for a request meant for another node")
	}

	// A handler that panics answers 500; the connection goes on.
	mux := NewMux(NewAuth(AuthOptions{Identity: testKey(0), Members: members}))
	mux.HandleFunc("POST /snode/v1/echo", func(w http.ResponseWriter, r *http.Request) {
		if string(mustRead(r)) == "panic" {
			panic("test panic")
		}
		w.WriteHeader(http.StatusNoContent)
	})
	s2 := startFrameServerMux(t, members, mux)
	t2 := Target{Key: pubkeyOf(testKey(0)), Base: s2.srv.URL}
	if res, err := c.Do(context.Background(), t2, Request{Path: "/snode/v1/echo", Body: []byte("panic")}); err != nil || res.Status != http.StatusInternalServerError {
		t.Fatalf("panic: %v %+v", err, res)
	}
	if res, err := c.Do(context.Background(), t2, Request{Path: "/snode/v1/echo", Body: []byte("ok")}); err != nil || res.Status != http.StatusNoContent {
		t.Fatalf("after the panic: %v %+v", err, res)
	}
}

func mustRead(r *http.Request) []byte {
	b, _ := io.ReadAll(r.Body)
	return b
}

// TestFramesFallBackToHTTP: a node that does not offer frames (an older
// sessiond) is sent HTTP requests, and is not offered frames on every
// request.
func TestFramesFallBackToHTTP(t *testing.T) {
	var conns atomic.Int32
	srv := httptest.NewUnstartedServer(nil)
	a := NewAuth(AuthOptions{Identity: testKey(0), Members: newMembers(testKey(1))})
	mux := NewMux(a)
	mux.HandleFunc("POST /snode/v1/echo", frameEcho)
	srv.Config.Handler = mux
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	startTLS(t, srv, testKey(0))
	t.Cleanup(srv.Close)
	c := newTestClient(t, 1, newClock())
	target := Target{Key: pubkeyOf(testKey(0)), Base: srv.URL}
	for i := range 5 {
		res, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("x")})
		if err != nil || res.Status != http.StatusAccepted || res.Header.Get("X-Proto") == FrameProto {
			t.Fatalf("request %d: %v %+v", i, err, res)
		}
	}
	// The frames attempt (one connection, closed) and one keep-alive HTTP
	// connection.
	if n := conns.Load(); n != 2 {
		t.Fatalf("%d connections, want 2", n)
	}
}

// TestFramesConnectionLife: requests in flight when the server shuts down
// are answered; a connection the server drops fails its requests, and the
// next request dials again; a request that times out leaves the connection
// usable.
func TestFramesConnectionLife(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{}, 10)
	s := startFrameServer(t, newMembers(testKey(1)), func(w http.ResponseWriter, r *http.Request) {
		switch string(mustRead(r)) {
		case "block":
			entered <- struct{}{}
			<-release
		case "sleep":
			time.Sleep(700 * time.Millisecond)
		}
		w.WriteHeader(http.StatusNoContent)
	})
	target := Target{Key: pubkeyOf(testKey(0)), Base: s.srv.URL}
	c := NewClient(ClientOptions{Identity: testKey(1), Timeout: 300 * time.Millisecond})
	t.Cleanup(c.CloseIdleConnections)
	do := func(body string, timeout time.Duration) (*Response, error) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		return c.Do(ctx, target, Request{Path: "/snode/v1/echo", Body: []byte(body)})
	}

	// A request that times out; the connection still serves the next one.
	if _, err := do("sleep", time.Second); err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("timeout: %v", err)
	}
	if res, err := do("x", time.Second); err != nil || res.Status != http.StatusNoContent {
		t.Fatalf("after a timeout: %v %+v", err, res)
	}

	// The server drops the connection under a request in flight.
	c2 := NewClient(ClientOptions{Identity: testKey(1), Timeout: 5 * time.Second})
	t.Cleanup(c2.CloseIdleConnections)
	failed := make(chan error, 1)
	go func() {
		_, err := c2.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("block")})
		failed <- err
	}()
	<-entered
	s.srv.CloseClientConnections()
	if err := <-failed; err == nil {
		t.Fatal("a request on a dropped connection succeeded")
	}
	release <- struct{}{} // the handler of the dropped request ends
	if res, err := c2.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("x")}); err != nil || res.Status != http.StatusNoContent {
		t.Fatalf("after the drop: %v %+v", err, res)
	}

	// Shutdown: the request in flight is answered, then the connection
	// closes.
	answered := make(chan error, 1)
	go func() {
		res, err := c2.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("block")})
		if err == nil && res.Status != http.StatusNoContent {
			err = fmt.Errorf("status %d", res.Status)
		}
		answered <- err
	}()
	<-entered
	s.fs.Shutdown()
	time.Sleep(50 * time.Millisecond) // the goaway reaches the client
	release <- struct{}{}
	if err := <-answered; err != nil {
		t.Fatalf("request in flight at shutdown: %v", err)
	}
}

// TestFramesProtocolErrors: a client that breaks the protocol loses its
// connection.
func TestFramesProtocolErrors(t *testing.T) {
	s := startFrameServer(t, newMembers(testKey(1)), frameEcho)
	tc, err := ClientTLSConfig(testKey(1), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	tc.NextProtos = []string{FrameProto}
	for name, frame := range map[string][]byte{
		"response from a client": encodeResponseFrame(1, 200, nil, nil),
		"unknown type":           appendFrameHeader(nil, 9, 1, 0),
		"bad request":            append(appendFrameHeader(nil, frameRequest, 1, 2), 0, 0),
		"oversized":              appendFrameHeader(nil, frameRequest, 1, maxFramePayload+1),
	} {
		conn, err := tls.Dial("tcp", strings.TrimPrefix(s.srv.URL, "https://"), tc)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Write(frame); err != nil {
			t.Fatal(err)
		}
		_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		if n, err := conn.Read(make([]byte, 64)); err == nil || n != 0 {
			t.Errorf("%s: read %d bytes, %v; want the connection closed", name, n, err)
		}
		conn.Close()
	}
}

// TestFramesInFlightLimit: a server serves at most MaxInFlight requests of
// a connection at once and reads the next once one is answered.
func TestFramesInFlightLimit(t *testing.T) {
	members := newMembers(testKey(1))
	var entered atomic.Int32
	release := make(chan struct{})
	mux := NewMux(NewAuth(AuthOptions{Identity: testKey(0), Members: members}))
	mux.HandleFunc("POST /snode/v1/echo", func(w http.ResponseWriter, r *http.Request) {
		entered.Add(1)
		<-release
		w.WriteHeader(http.StatusNoContent)
	})
	s := startFrameServerOpts(t, mux, FrameServerOptions{Members: members, MaxInFlight: 2})
	target := Target{Key: pubkeyOf(testKey(0)), Base: s.srv.URL}
	c := newTestClient(t, 1, newClock())
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			_, err := c.Do(context.Background(), target, Request{Path: "/snode/v1/echo", Body: []byte("x")})
			errs <- err
		}()
	}
	deadline := time.Now().Add(5 * time.Second)
	for entered.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	if n := entered.Load(); n != 2 {
		t.Fatalf("%d requests served at once, want 2", n)
	}
	release <- struct{}{}
	if err := <-errs; err != nil {
		t.Fatal(err)
	}
	for entered.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := entered.Load(); n != 3 {
		t.Fatalf("the third request was not served after one was answered (%d served)", n)
	}
	release <- struct{}{}
	release <- struct{}{}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}
