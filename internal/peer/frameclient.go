package peer

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// Errors of the frame client.
var (
	// errNoFrames: the server chose HTTP/1.1 (it does not speak FrameProto);
	// the request goes over HTTP instead.
	errNoFrames = errors.New("peer: the server does not speak " + FrameProto)
	// errConnGone: the connection was closed before the request was written;
	// the request is sent again on a new connection.
	errConnGone = errors.New("peer: frame connection closed before the request was sent")
)

// Frame client tuning.
const (
	// frameIdleTimeout closes a client connection that carried nothing for
	// this long (servers wait longer, so the client is the one that closes).
	frameIdleTimeout = 90 * time.Second
	// noFramesFor is how long an address that answered HTTP/1.1 is not
	// offered frames again (a node upgraded meanwhile gets them after it).
	noFramesFor = 10 * time.Minute
)

// framePool holds a client's FrameProto connections, each carrying any
// number of requests at once: one per peer address, and a second one for
// bulk requests (Request.Bulk), so that megabytes of bulk copies do not hold
// up the small requests queued behind them on one connection.
type framePool struct {
	dial    func(ctx context.Context, network, addr string) (net.Conn, error)
	tls     *tls.Config
	timeout time.Duration
	now     func() time.Time
	m       *Metrics

	mu       sync.Mutex
	conns    map[string]*clientConn
	dials    map[string]*dialCall
	noFrames map[string]time.Time
}

type dialCall struct {
	done chan struct{}
	cc   *clientConn
	err  error
}

func newFramePool(dial func(ctx context.Context, network, addr string) (net.Conn, error), tc *tls.Config, timeout time.Duration, m *Metrics) *framePool {
	tc = tc.Clone()
	tc.NextProtos = []string{FrameProto, "http/1.1"}
	return &framePool{
		dial: dial, tls: tc, timeout: timeout, now: time.Now, m: m,
		conns: map[string]*clientConn{}, dials: map[string]*dialCall{}, noFrames: map[string]time.Time{},
	}
}

// roundTrip sends one request to the node at addr ("ip:port") and waits for
// its answer. It returns errNoFrames, having sent nothing, when the node
// speaks only HTTP.
func (p *framePool) roundTrip(ctx context.Context, addr string, bulk bool, method, target string, h http.Header, body []byte) (frameResponseMsg, *tls.ConnectionState, error) {
	key := addr
	if bulk {
		key += " bulk"
	}
	for attempt := 0; ; attempt++ {
		cc, err := p.get(ctx, key, addr)
		if err != nil {
			return frameResponseMsg{}, nil, err
		}
		m, err := cc.roundTrip(ctx, method, target, h, body)
		if errors.Is(err, errConnGone) && attempt == 0 {
			continue // nothing was sent: once more on a fresh connection
		}
		return m, &cc.state, err
	}
}

// get returns the connection key to addr, dialing one if there is none.
// Callers asking while a dial is under way wait for it.
func (p *framePool) get(ctx context.Context, key, addr string) (*clientConn, error) {
	p.mu.Lock()
	if until, ok := p.noFrames[addr]; ok {
		if p.now().Before(until) {
			p.mu.Unlock()
			return nil, errNoFrames
		}
		delete(p.noFrames, addr)
	}
	if cc := p.conns[key]; cc != nil {
		p.mu.Unlock()
		return cc, nil
	}
	if d := p.dials[key]; d != nil {
		p.mu.Unlock()
		select {
		case <-d.done:
			return d.cc, d.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	d := &dialCall{done: make(chan struct{})}
	p.dials[key] = d
	p.mu.Unlock()

	// The dial serves every caller waiting for it: the first caller's
	// cancellation must not fail the others.
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), p.timeout)
	d.cc, d.err = p.dialConn(dctx, key, addr)
	cancel()
	p.mu.Lock()
	delete(p.dials, key)
	switch {
	case d.err == nil:
		p.conns[key] = d.cc
	case errors.Is(d.err, errNoFrames):
		p.noFrames[addr] = p.now().Add(noFramesFor)
	}
	p.mu.Unlock()
	close(d.done)
	if d.err == nil {
		p.m.frameConnOut(1)
		go d.cc.readLoop()
	}
	return d.cc, d.err
}

func (p *framePool) dialConn(ctx context.Context, key, addr string) (*clientConn, error) {
	raw, err := p.dial(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	tc := tls.Client(raw, p.tls)
	if err := tc.HandshakeContext(ctx); err != nil {
		_ = raw.Close()
		return nil, err
	}
	st := tc.ConnectionState()
	if st.NegotiatedProtocol != FrameProto {
		_ = tc.Close()
		return nil, errNoFrames
	}
	return &clientConn{
		p: p, key: key, addr: addr, c: tc, w: newFrameWriter(tc, p.timeout), state: st,
		pending: map[uint32]chan frameResult{}, lastSend: p.now(), slots: make(chan struct{}, maxInFlight),
	}, nil
}

// remove forgets cc if it is still in the pool.
func (p *framePool) remove(cc *clientConn) {
	p.mu.Lock()
	if p.conns[cc.key] == cc {
		delete(p.conns, cc.key)
	}
	p.mu.Unlock()
}

// closeIdle closes the connections without requests in flight.
func (p *framePool) closeIdle() {
	p.mu.Lock()
	conns := make([]*clientConn, 0, len(p.conns))
	for _, cc := range p.conns {
		conns = append(conns, cc)
	}
	p.mu.Unlock()
	for _, cc := range conns {
		cc.closeIfIdle()
	}
}

// clientConn is one FrameProto connection of a client.
type clientConn struct {
	p     *framePool
	key   string // in the pool: the address, with " bulk" for the bulk one
	addr  string
	c     *tls.Conn
	w     *frameWriter
	state tls.ConnectionState

	slots chan struct{} // one per request in flight (maxInFlight)

	mu       sync.Mutex
	next     uint32
	pending  map[uint32]chan frameResult
	closed   bool // takes no new requests
	lastSend time.Time
}

type frameResult struct {
	msg frameResponseMsg
	err error
}

func (cc *clientConn) roundTrip(ctx context.Context, method, target string, h http.Header, body []byte) (frameResponseMsg, error) {
	select {
	case cc.slots <- struct{}{}:
		defer func() { <-cc.slots }()
	case <-ctx.Done():
		return frameResponseMsg{}, ctx.Err()
	}
	ch := make(chan frameResult, 1)
	cc.mu.Lock()
	if cc.closed {
		cc.mu.Unlock()
		return frameResponseMsg{}, errConnGone
	}
	cc.next++
	id := cc.next
	cc.pending[id] = ch
	cc.lastSend = cc.p.now()
	cc.mu.Unlock()
	if err := cc.w.write(encodeRequestFrame(id, method, target, h, body)); err != nil {
		cc.forget(id)
		return frameResponseMsg{}, err
	}
	select {
	case r := <-ch:
		return r.msg, r.err
	case <-ctx.Done():
		cc.forget(id)
		return frameResponseMsg{}, ctx.Err()
	}
}

func (cc *clientConn) forget(id uint32) {
	cc.mu.Lock()
	delete(cc.pending, id)
	cc.mu.Unlock()
}

// readLoop delivers answers to their requests until the connection ends.
func (cc *clientConn) readLoop() {
	defer cc.p.m.frameConnOut(-1)
	br := bufio.NewReaderSize(cc.c, 32<<10)
	err := cc.read(br)
	cc.fail(err)
}

func (cc *clientConn) read(br *bufio.Reader) error {
	for {
		_ = cc.c.SetReadDeadline(cc.p.now().Add(frameIdleTimeout))
		// Peek, not read: an idle timeout consumes nothing, so the
		// connection stays usable if a request arrived meanwhile.
		hb, err := br.Peek(frameHeaderLen)
		if err != nil {
			var ne net.Error
			if len(hb) == 0 && errors.As(err, &ne) && ne.Timeout() {
				if cc.idle() {
					return nil
				}
				if cc.recentlyUsed() {
					continue
				}
			}
			return err
		}
		typ, id, n, err := parseFrameHeader(hb)
		if err != nil {
			return err
		}
		_, _ = br.Discard(frameHeaderLen)
		switch typ {
		case frameResponse:
			payload := make([]byte, n)
			if _, err := io.ReadFull(br, payload); err != nil {
				return err
			}
			m, err := parseResponseFrame(payload)
			if err != nil {
				return err
			}
			cc.deliver(id, frameResult{msg: m})
		case frameGoAway:
			if n != 0 {
				return errFrameMalformed
			}
			cc.retire()
		default:
			return fmt.Errorf("%w: type %d from a server", errFrameMalformed, typ)
		}
	}
}

// idle marks an idle connection closed and reports whether it was idle.
func (cc *clientConn) idle() bool {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if len(cc.pending) > 0 {
		return false
	}
	cc.closed = true
	return true
}

// recentlyUsed reports a request sent within the idle timeout (its deadline
// refresh may have come just after the read timed out).
func (cc *clientConn) recentlyUsed() bool {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return cc.p.now().Sub(cc.lastSend) < frameIdleTimeout
}

func (cc *clientConn) deliver(id uint32, r frameResult) {
	cc.mu.Lock()
	ch := cc.pending[id]
	delete(cc.pending, id)
	cc.mu.Unlock()
	if ch != nil {
		ch <- r // buffered; a request that gave up left no channel
	}
}

// retire takes no new requests (the server sent goaway); those in flight
// are still answered.
func (cc *clientConn) retire() {
	cc.mu.Lock()
	cc.closed = true
	cc.mu.Unlock()
	cc.p.remove(cc)
}

// closeIfIdle closes the connection if no request is in flight.
func (cc *clientConn) closeIfIdle() {
	if cc.idle() {
		cc.p.remove(cc)
		_ = cc.c.Close()
	}
}

// fail ends the connection: requests in flight get err (or a closed
// connection error).
func (cc *clientConn) fail(err error) {
	if err == nil || isClosedConn(err) {
		err = fmt.Errorf("peer: frame connection to %s closed: %w", cc.addr, net.ErrClosed)
	}
	cc.mu.Lock()
	cc.closed = true
	pending := cc.pending
	cc.pending = map[uint32]chan frameResult{}
	cc.mu.Unlock()
	cc.p.remove(cc)
	_ = cc.c.Close()
	for _, ch := range pending {
		ch <- frameResult{err: err}
	}
}
