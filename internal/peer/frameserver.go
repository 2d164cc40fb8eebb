package peer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// frameWriter serialises the frames written to one connection and coalesces
// them: a writer that finds others queued behind it leaves the flush to the
// last of them, so that under load many frames leave in one TLS record and
// one system call.
type frameWriter struct {
	c       net.Conn
	timeout time.Duration
	queued  atomic.Int32
	mu      sync.Mutex
	bw      *bufio.Writer
	err     error
}

func newFrameWriter(c net.Conn, timeout time.Duration) *frameWriter {
	return &frameWriter{c: c, timeout: timeout, bw: bufio.NewWriterSize(c, 32<<10)}
}

// write writes one whole frame. After a failure every write fails with the
// first error and the connection is closed.
func (w *frameWriter) write(frame []byte) error {
	w.queued.Add(1)
	w.mu.Lock()
	defer w.mu.Unlock()
	last := w.queued.Add(-1) == 0
	if w.err != nil {
		return fmt.Errorf("%w: %w", errConnGone, w.err)
	}
	if len(frame) > w.bw.Available() || last {
		// Bounded by a deadline: a peer that stops reading cannot hold the
		// writers forever.
		_ = w.c.SetWriteDeadline(time.Now().Add(w.timeout))
	}
	_, err := w.bw.Write(frame)
	if err == nil && last {
		err = w.bw.Flush()
	}
	if err != nil {
		w.err = err
		_ = w.c.Close()
	}
	return err
}

// readFrameHeader reads one frame header from br.
func readFrameHeader(br *bufio.Reader) (typ byte, id uint32, n int, err error) {
	var hb [frameHeaderLen]byte
	if _, err := io.ReadFull(br, hb[:]); err != nil {
		return 0, 0, 0, err
	}
	return parseFrameHeader(hb[:])
}

// maxInFlight is the requests a connection carries at once: the server serves
// no more, the client sends no more (the others wait), so that a client never
// blocks writing to a server that stopped reading.
const maxInFlight = 512

// FrameServerOptions configure a FrameServer.
type FrameServerOptions struct {
	// Members decides which senders may send large frames (everyone else's
	// are discarded unread and answered 401). Required.
	Members Members
	// IdleTimeout closes a connection that carried no frame for this long;
	// 0 means 5 minutes (clients close theirs after 90 s).
	IdleTimeout time.Duration
	// MaxInFlight bounds the requests served at once per connection; 0 means
	// maxInFlight. The connection is not read while it is full.
	MaxInFlight int
	// WriteTimeout bounds writing an answer; 0 means DefaultTimeout.
	WriteTimeout time.Duration
	// Logger may be nil.
	Logger *zap.Logger
	// Registerer, if set, registers sessiond_peer_frame_connections_in.
	Registerer prometheus.Registerer
}

// FrameServer serves FrameProto connections of an HTTPS server: each request
// frame becomes an http.Request for the server's handler (which sees the same
// TLS state as on HTTP, so Auth admits it by the proven key), and the answer
// goes back as a response frame. Install ServeConn as the server's
// TLSNextProto[FrameProto] and Shutdown as its shutdown hook, and offer
// FrameProto in the peer TLS configuration (OfferFrames).
type FrameServer struct {
	o      FrameServerOptions
	open   prometheus.Gauge
	mu     sync.Mutex
	conns  map[*serverConn]struct{}
	closed bool
}

// NewFrameServer returns a FrameServer.
func NewFrameServer(o FrameServerOptions) *FrameServer {
	if o.Members == nil {
		panic("peer: NewFrameServer needs Members")
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 5 * time.Minute
	}
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = maxInFlight
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = DefaultTimeout
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	s := &FrameServer{o: o, conns: map[*serverConn]struct{}{}}
	s.open = prometheus.NewGauge(prometheus.GaugeOpts{Name: "sessiond_peer_frame_connections_in",
		Help: "Open framed (sessiond-peer/1) connections from other nodes."})
	if o.Registerer != nil {
		o.Registerer.MustRegister(s.open)
	}
	return s
}

// OfferFrames returns a copy of a peer TLS server configuration
// (ServerTLSConfig) that also offers FrameProto. Only a server that serves it
// (ServeConn) may offer it: net/http closes connections of a negotiated
// protocol it has no handler for.
func OfferFrames(peerCfg *tls.Config) *tls.Config {
	c := peerCfg.Clone()
	c.NextProtos = append([]string{FrameProto}, peerCfg.NextProtos...)
	return c
}

// serverConn is one FrameProto connection being served.
type serverConn struct {
	s        *FrameServer
	c        *tls.Conn
	w        *frameWriter
	state    tls.ConnectionState
	ctx      context.Context
	sem      chan struct{}
	jobs     chan frameJob // to idle workers
	done     chan struct{} // closed when the connection is served no more
	inFlight sync.WaitGroup
	goingMu  sync.Mutex
	going    bool // goaway sent
}

// ServeConn serves c until the client closes it, it idles out, it breaks a
// rule of the protocol, or Shutdown. It has the signature of
// http.Server.TLSNextProto; h is the server's handler.
func (s *FrameServer) ServeConn(hs *http.Server, c *tls.Conn, h http.Handler) {
	ctx := context.Background()
	if bc, ok := h.(interface{ BaseContext() context.Context }); ok {
		ctx = bc.BaseContext()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sc := &serverConn{
		s: s, c: c, w: newFrameWriter(c, s.o.WriteTimeout), state: c.ConnectionState(),
		ctx: ctx, sem: make(chan struct{}, s.o.MaxInFlight), jobs: make(chan frameJob), done: make(chan struct{}),
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		_ = c.Close()
		return
	}
	s.conns[sc] = struct{}{}
	s.mu.Unlock()
	s.open.Inc()
	defer func() {
		s.open.Dec()
		s.mu.Lock()
		delete(s.conns, sc)
		s.mu.Unlock()
	}()
	if err := sc.readLoop(h); err != nil && !isClosedConn(err) {
		s.o.Logger.Debug("peer frame connection ended", zap.String("remote", c.RemoteAddr().String()), zap.Error(err))
	}
	// Answers still being computed are written before the connection closes.
	sc.inFlight.Wait()
	close(sc.done)
	_ = c.Close()
}

func (sc *serverConn) readLoop(h http.Handler) error {
	sender, _ := tlsPeerKey(&sc.state)
	br := bufio.NewReaderSize(sc.c, 32<<10)
	for {
		sc.goingMu.Lock()
		if !sc.going {
			_ = sc.c.SetReadDeadline(time.Now().Add(sc.s.o.IdleTimeout))
		}
		sc.goingMu.Unlock()
		typ, id, n, err := readFrameHeader(br)
		if err != nil {
			return err
		}
		if typ != frameRequest {
			return errFrameMalformed
		}
		// Registration before a large payload, as Auth checks it before the
		// body: an outsider cannot make us buffer megabytes.
		if n > 64<<10 && !sc.s.o.Members.IsRegistered(sender) {
			if _, err := br.Discard(n); err != nil {
				return err
			}
			sc.answer(id, http.StatusUnauthorized, http.Header{"Content-Type": {"text/plain; charset=utf-8"}},
				[]byte(textUnregistered+"\n"))
			continue
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(br, payload); err != nil {
			return err
		}
		msg, err := parseRequestFrame(payload)
		if err != nil {
			return err
		}
		sc.sem <- struct{}{}
		sc.inFlight.Add(1)
		j := frameJob{id: id, msg: msg}
		select {
		case sc.jobs <- j:
		default:
			go sc.worker(h, j)
		}
	}
}

// frameJob is a request for a worker.
type frameJob struct {
	id  uint32
	msg frameRequestMsg
}

// workerIdle ends a worker that had no request for this long.
const workerIdle = 10 * time.Second

// worker serves j, then the requests no other worker takes, until it idles
// out or the connection ends. Workers outlive their requests because a
// request's handlers run deep (auth, onion layers, the next hop's client):
// a fresh goroutine would grow and copy its stack for every request.
func (sc *serverConn) worker(h http.Handler, j frameJob) {
	t := time.NewTimer(workerIdle)
	defer t.Stop()
	for {
		sc.serve(h, j.id, &j.msg)
		t.Reset(workerIdle)
		select {
		case j = <-sc.jobs:
		case <-t.C:
			return
		case <-sc.done:
			return
		}
	}
}

// serve runs one request through h and writes its answer.
func (sc *serverConn) serve(h http.Handler, id uint32, m *frameRequestMsg) {
	defer func() {
		<-sc.sem
		sc.inFlight.Done()
	}()
	u, err := url.ParseRequestURI(m.target)
	if err != nil {
		sc.answer(id, http.StatusBadRequest, nil, []byte("bad request target\n"))
		return
	}
	r := (&http.Request{
		Method:        m.method,
		URL:           u,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        m.header,
		Body:          io.NopCloser(bytes.NewReader(m.body)),
		ContentLength: int64(len(m.body)),
		Host:          ServerName,
		RemoteAddr:    sc.c.RemoteAddr().String(),
		RequestURI:    m.target,
		TLS:           &sc.state,
	}).WithContext(sc.ctx)
	rw := &bufWriter{w: headerOnly{}, status: http.StatusOK}
	func() {
		defer func() {
			if p := recover(); p != nil {
				sc.s.o.Logger.Error("peer frame handler panicked", zap.String("path", u.Path), zap.Any("panic", p))
				rw = &bufWriter{w: headerOnly{}, status: http.StatusInternalServerError}
			}
		}()
		h.ServeHTTP(rw, r)
	}()
	sc.answer(id, rw.status, rw.Header(), rw.buf.Bytes())
}

// headerOnly is the http.ResponseWriter under the bufWriter of a frame's
// answer: it holds the headers; the bufWriter keeps status and body.
type headerOnly http.Header

func (h headerOnly) Header() http.Header       { return http.Header(h) }
func (headerOnly) WriteHeader(int)             {}
func (headerOnly) Write(p []byte) (int, error) { return len(p), nil }

func (sc *serverConn) answer(id uint32, status int, h http.Header, body []byte) {
	if checkHeaders(h) != nil {
		h = nil
	}
	_ = sc.w.write(encodeResponseFrame(id, status, h, body))
}

// goAway tells the client to send no more requests here and closes the
// connection once the requests already read are answered (or after grace).
func (sc *serverConn) goAway(grace time.Duration) {
	sc.goingMu.Lock()
	already := sc.going
	sc.going = true
	if !already {
		// Requests the client sent before it read the goaway still arrive:
		// keep reading briefly, then stop the reader, which waits for the
		// answers.
		_ = sc.c.SetReadDeadline(time.Now().Add(grace))
	}
	sc.goingMu.Unlock()
	if !already {
		_ = sc.w.write(appendFrameHeader(nil, frameGoAway, 0, 0))
	}
}

// Shutdown sends every connection a goaway and closes each once its requests
// are answered. It does not wait; http.Server.Shutdown waits for ServeConn to
// return. Connections that arrive later are closed at once.
func (s *FrameServer) Shutdown() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*serverConn, 0, len(s.conns))
	for sc := range s.conns {
		conns = append(conns, sc)
	}
	s.mu.Unlock()
	for _, sc := range conns {
		sc.goAway(200 * time.Millisecond)
	}
}

// isClosedConn reports the errors of a connection closed by either side or
// timed out while idle.
func isClosedConn(err error) bool {
	var ne net.Error
	return errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || errors.Is(err, io.ErrUnexpectedEOF) ||
		(errors.As(err, &ne) && ne.Timeout())
}
