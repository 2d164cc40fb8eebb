package peer

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"
)

// DefaultTimeout bounds one node-to-node request (upstream's 5 s).
const DefaultTimeout = 5 * time.Second

// ErrBadResponse is wrapped by Client errors about an answer that is not
// properly signed by the expected node.
var ErrBadResponse = errors.New("peer: bad response signature")

// Target is a peer to send to.
type Target struct {
	// Key is the peer's Ed25519 key. The answer must be signed by it. The
	// zero key means "unknown" (a seed given by URL): then only GET requests
	// can be sent, and any signer is accepted and reported.
	Key [32]byte
	// Base is the peer's HTTPS base URL, "https://ip:port".
	Base string
}

// TargetOf returns the target of a node listening on ip:port.
func TargetOf(key [32]byte, ip netip.Addr, port uint16) Target {
	return Target{Key: key, Base: "https://" + netip.AddrPortFrom(ip, port).String()}
}

// Request is one node-to-node call.
type Request struct {
	Method string // default GET without a body, POST with one
	Path   string // absolute path with optional query, e.g. "/snode/v1/announce"
	Body   []byte
	// ContentType of Body; default "application/json" when Body is not empty.
	ContentType string
	// Bulk marks a request whose body or answer may be large (bulk copies
	// between nodes). Over frames it goes on a second connection to the
	// peer, so that small requests (onion relays, forwarded stores) do not
	// wait behind megabytes on one connection.
	Bulk bool
}

// Response is a verified answer. Non-2xx statuses are answers too, not errors.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	// Signer is the verified responder key (the target's key when known).
	Signer [32]byte
}

// ClientOptions configure a Client.
type ClientOptions struct {
	// Identity signs the requests. Required.
	Identity ed25519.PrivateKey
	// Transport sends the requests; nil builds an HTTPS transport that
	// presents the identity certificate (ClientTLSConfig) and dials with
	// DialContext. A Transport given here must do the same unless Signed.
	Transport http.RoundTripper
	// DialContext dials peers for the default transport; nil means a
	// net.Dialer. Tests partition peers here.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// Timeout bounds each request unless the context ends sooner; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// Window is the accepted clock difference of response timestamps; 0 means
	// DefaultWindow.
	Window time.Duration
	// MaxBody caps response bodies; 0 means DefaultMaxBody.
	MaxBody int64
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Metrics may be nil.
	Metrics *Metrics
	// Signed makes the client sign every request and verify the signature
	// of every answer (RequestMessage, ResponseMessage) instead of proving
	// its key in the TLS handshake and checking the server's (the default,
	// see ServerName). For a Transport that does not present the identity
	// certificate. Without it, a peer whose handshake proves no key (an
	// older node) is sent signed requests from its first refusal on.
	Signed bool
	// NoFrames sends every request over HTTP/1.1, never over FrameProto.
	// Frames are used only by a client that proves its key in TLS (not
	// Signed) with the default transport, and only to peers that offer them.
	NoFrames bool
	// UnverifiedResponses skips the check of response signatures of a Signed
	// client (the responder's key is then not known: Response.Signer is
	// zero). Only for traffic whose answers are protected end to end and not
	// acted upon, such as onion relays, whose replies are encrypted for the
	// client.
	UnverifiedResponses bool
}

// Client sends authenticated requests to peers and checks who answered.
type Client struct {
	o    ClientOptions
	self [32]byte
	hc   *http.Client
	// frames carries requests to peers that speak FrameProto; nil when
	// the client does not use frames.
	frames *framePool
	// legacy holds the base URLs of peers that proved no key in TLS (older
	// nodes): requests to them are signed.
	legacy sync.Map
}

// NewClient returns a Client. It panics without an Identity.
func NewClient(o ClientOptions) *Client {
	c, err := newClient(o)
	if err != nil {
		panic(err) // only a malformed Identity makes the certificate fail
	}
	return c
}

func newClient(o ClientOptions) (*Client, error) {
	if len(o.Identity) != ed25519.PrivateKeySize {
		panic("peer: NewClient needs an Identity")
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	c := &Client{o: o, self: pubkeyOf(o.Identity)}
	rt := o.Transport
	if rt == nil {
		dial := o.DialContext
		if dial == nil {
			dial = (&net.Dialer{Timeout: o.Timeout, KeepAlive: 30 * time.Second}).DialContext
		}
		tc := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12} //nolint:gosec // signed requests and answers
		if !o.Signed {
			var err error
			if tc, err = ClientTLSConfig(o.Identity, o.Now()); err != nil {
				return nil, err
			}
			if !o.NoFrames {
				c.frames = newFramePool(dial, tc, o.Timeout, o.Metrics)
			}
		}
		rt = &http.Transport{
			DialContext:         dial,
			TLSClientConfig:     tc,
			TLSHandshakeTimeout: o.Timeout,
			ForceAttemptHTTP2:   true,
			MaxIdleConnsPerHost: 64, // replication fans out concurrently; new TLS handshakes dominate otherwise
			IdleConnTimeout:     90 * time.Second,
		}
	}
	c.hc = &http.Client{
		Transport: rt,
		// Node-to-node endpoints never redirect; following one would send a
		// signature meant for one target to another.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c, nil
}

// Self is the client's own Ed25519 key.
func (c *Client) Self() [32]byte { return c.self }

// Do signs and sends req to t and verifies the answer. The request is bounded
// by the client's timeout and ctx.
func (c *Client) Do(ctx context.Context, t Target, req Request) (*Response, error) {
	start := time.Now()
	res, result, err := c.do(ctx, t, &req)
	c.o.Metrics.clientRequest(metricPath(req.Path), result, time.Since(start))
	return res, err
}

func (c *Client) do(ctx context.Context, t Target, req *Request) (*Response, string, error) {
	_, legacy := c.legacy.Load(t.Base)
	res, result, err := c.doOnce(ctx, t, req, c.o.Signed || legacy)
	if errors.Is(err, errNoTLSKey) {
		// A node that predates the TLS identity (a rolling upgrade): it
		// refused the unsigned request unread; sign from now on.
		c.legacy.Store(t.Base, true)
		return c.doOnce(ctx, t, req, true)
	}
	return res, result, err
}

// errNoTLSKey marks an answer on a connection whose server proved no node key.
var errNoTLSKey = errors.New("the server proved no node key in TLS (not a sessiond node, or one too old)")

func (c *Client) doOnce(ctx context.Context, t Target, req *Request, signed bool) (*Response, string, error) {
	if req.Method == "" {
		req.Method = http.MethodGet
		if len(req.Body) > 0 {
			req.Method = http.MethodPost
		}
	}
	if t.Key == ([32]byte{}) && req.Method != http.MethodGet {
		return nil, "error", fmt.Errorf("peer: %s %s to %s: the peer's key is needed for a %s", req.Method, req.Path, t.Base, req.Method)
	}
	u, err := url.Parse(strings.TrimSuffix(t.Base, "/") + req.Path)
	if err != nil || u.Host == "" {
		return nil, "error", fmt.Errorf("peer: bad target %q path %q", t.Base, req.Path)
	}
	target := u.RequestURI()
	if len(req.Method) > maxMethodLen || len(target) > maxTargetLen {
		return nil, "error", fmt.Errorf("peer: request line too long")
	}
	ctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	h := make(http.Header, 4)
	if len(req.Body) > 0 {
		ct := req.ContentType
		if ct == "" {
			ct = "application/json"
		}
		h["Content-Type"] = []string{ct}
	}
	hd := AuthHeaders{Signer: c.self, Timestamp: uint64(c.o.Now().UnixMilli()), Recipient: t.Key, HasRecipient: t.Key != [32]byte{}}
	if signed {
		hd.Signature = sign(c.o.Identity, RequestMessage(req.Method, target, hd.Recipient, c.self, hd.Timestamp, bodyHash(req.Body)))
		hd.set(h)
	} else if hd.HasRecipient {
		h[HeaderRecipient] = []string{hex.EncodeToString(t.Key[:])}
	}
	if !signed && c.frames != nil && t.Key != ([32]byte{}) {
		res, result, err := c.doFrames(ctx, t, req, u.Host, target, h)
		if !errors.Is(err, errNoFrames) {
			return res, result, err
		}
	}
	hr, err := http.NewRequestWithContext(ctx, req.Method, u.String(), bytes.NewReader(req.Body))
	if err != nil {
		return nil, "error", err
	}
	hr.Header = h

	resp, err := c.hc.Do(hr)
	if err != nil {
		return nil, errorResult(ctx, err), fmt.Errorf("peer: %s %s%s: %w", req.Method, t.Base, req.Path, err)
	}
	defer resp.Body.Close()
	body, err := ReadBody(resp.Body, resp.ContentLength, c.o.MaxBody)
	if err != nil {
		return nil, errorResult(ctx, err), fmt.Errorf("peer: %s %s%s: reading answer: %w", req.Method, t.Base, req.Path, err)
	}
	if err := c.checkSize(t, req, body); err != nil {
		return nil, "too_large", err
	}
	var signer [32]byte
	if !signed {
		if signer, err = provenSigner(resp.TLS, t, req); err != nil {
			return nil, "bad_signature", err
		}
	} else if !c.o.UnverifiedResponses {
		if signer, err = c.verifyResponse(resp, body, hd.Signature, t.Key); err != nil {
			return nil, "bad_signature", fmt.Errorf("peer: %s %s%s: %w", req.Method, t.Base, req.Path, err)
		}
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: body, Signer: signer}, statusResult(resp.StatusCode), nil
}

// doFrames sends req, with headers h, over the peer's FrameProto
// connection. It returns errNoFrames, having sent nothing, if the peer
// speaks only HTTP.
func (c *Client) doFrames(ctx context.Context, t Target, req *Request, addr, target string, h http.Header) (*Response, string, error) {
	if err := checkHeaders(h); err != nil {
		return nil, "error", err
	}
	m, st, err := c.frames.roundTrip(ctx, addr, req.Bulk, req.Method, target, h, req.Body)
	if errors.Is(err, errNoFrames) {
		return nil, "", err
	}
	if err != nil {
		return nil, errorResult(ctx, err), fmt.Errorf("peer: %s %s%s: %w", req.Method, t.Base, req.Path, err)
	}
	if err := c.checkSize(t, req, m.body); err != nil {
		return nil, "too_large", err
	}
	signer, err := provenSigner(st, t, req)
	if err != nil {
		return nil, "bad_signature", err
	}
	return &Response{Status: m.status, Header: m.header, Body: m.body, Signer: signer}, statusResult(m.status), nil
}

// checkSize refuses an answer body longer than MaxBody.
func (c *Client) checkSize(t Target, req *Request, body []byte) error {
	if int64(len(body)) > c.o.MaxBody {
		return fmt.Errorf("peer: %s %s%s: answer larger than %d bytes", req.Method, t.Base, req.Path, c.o.MaxBody)
	}
	return nil
}

// provenSigner returns the key the server proved in the TLS handshake cs,
// which must be t's when t names one.
func provenSigner(cs *tls.ConnectionState, t Target, req *Request) ([32]byte, error) {
	k, ok := tlsPeerKey(cs)
	switch {
	case !ok:
		return k, fmt.Errorf("peer: %s %s%s: %w: %w", req.Method, t.Base, req.Path, ErrBadResponse, errNoTLSKey)
	case t.Key != ([32]byte{}) && k != t.Key:
		return k, fmt.Errorf("peer: %s %s%s: %w: answered by %x, not %x", req.Method, t.Base, req.Path, ErrBadResponse, k[:4], t.Key[:4])
	}
	return k, nil
}

func (c *Client) verifyResponse(resp *http.Response, body []byte, reqSig [64]byte, want [32]byte) ([32]byte, error) {
	hd, err := ParseAuthHeaders(resp.Header, false)
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	if want != ([32]byte{}) && hd.Signer != want {
		return [32]byte{}, fmt.Errorf("%w: answered by %x, not %x", ErrBadResponse, hd.Signer[:4], want[:4])
	}
	if !within(hd.Timestamp, c.o.Now(), c.o.Window) {
		return [32]byte{}, fmt.Errorf("%w: timestamp outside the accepted window", ErrBadResponse)
	}
	if !verify(hd.Signer, ResponseMessage(reqSig, resp.StatusCode, hd.Signer, hd.Timestamp, bodyHash(body)), hd.Signature) {
		return [32]byte{}, ErrBadResponse
	}
	return hd.Signer, nil
}

// CloseIdleConnections closes the default transport's idle connections (and
// their goroutines); call it when the client is no longer used.
func (c *Client) CloseIdleConnections() {
	c.hc.CloseIdleConnections()
	if c.frames != nil {
		c.frames.closeIdle()
	}
}

// HTTPClient returns a plain (unsigned) HTTP client over the same transport,
// for JSON-RPC seeds.
func (c *Client) HTTPClient() *http.Client { return c.hc }

func statusResult(code int) string {
	switch {
	case code >= 200 && code < 300:
		return "ok"
	case code == http.StatusUnauthorized:
		return "unauthorized"
	case code >= 400 && code < 500:
		return "http_4xx"
	case code >= 500:
		return "http_5xx"
	}
	return "http_other"
}

func errorResult(ctx context.Context, err error) string {
	var ne net.Error
	switch {
	case ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case ctx.Err() != nil:
		return "canceled"
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		return "unreachable"
	}
	return "error"
}

// metricPath is the path label: the path without its query.
func metricPath(p string) string {
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	return p
}

// ReadBody reads a request or response body of at most max bytes. With a
// known length (contentLength >= 0) up to 64 KiB it reads into one buffer of
// that size (a larger claim is not trusted with an allocation up front);
// otherwise it reads to the end. A body longer than max returns max+1 bytes
// (the caller reports it as too large) and no error.
func ReadBody(r io.Reader, contentLength, max int64) ([]byte, error) {
	if contentLength >= 0 && contentLength <= min(max, 64<<10) {
		b := make([]byte, contentLength)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		return b, nil
	}
	return io.ReadAll(io.LimitReader(r, max+1))
}
