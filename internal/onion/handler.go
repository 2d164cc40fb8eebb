package onion

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
	"golang.org/x/time/rate"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// Paths the handlers are mounted at.
const (
	// PathEntry is the client-facing endpoint on the storage HTTPS server.
	PathEntry = "/onion_req/v2"
	// PathRelay is the node-to-node endpoint behind peer authentication
	// (the sn.onion_request equivalent).
	PathRelay = "/snode/v1/onion_req"
)

// DefaultMaxProxyResponse caps a proxied server's response body.
const DefaultMaxProxyResponse = 10 << 20

// Storage runs the client RPC of a final-destination layer; *storage.Store
// implements it.
type Storage interface {
	HandleJSON(ctx context.Context, body []byte, c storage.Client) storage.Response
}

// Peers sends an authenticated node-to-node request; *peer.Client implements it.
type Peers interface {
	Do(ctx context.Context, t peer.Target, req peer.Request) (*peer.Response, error)
}

// Nodes finds where a registered node (by Ed25519 key) listens.
type Nodes interface {
	Target(ed25519 [32]byte) (peer.Target, bool)
}

// NodesFunc adapts a function to Nodes.
type NodesFunc func(ed25519 [32]byte) (peer.Target, bool)

// Target implements Nodes.
func (f NodesFunc) Target(k [32]byte) (peer.Target, bool) { return f(k) }

// SnapshotNodes returns a Nodes that looks keys up in the latest network
// map snapshot (e.g. (*peer.NetworkMap).Snapshot); nodes without a known,
// reachable address are not found.
func SnapshotNodes(snapshot func() (*peer.Snapshot, error)) Nodes {
	return NodesFunc(func(k [32]byte) (peer.Target, bool) {
		s, err := snapshot()
		if err != nil || s == nil {
			return peer.Target{}, false
		}
		n, ok := s.Node(k)
		if !ok || !n.Reachable() {
			return peer.Target{}, false
		}
		return n.Target(), true
	})
}

// ProxyOptions configure proxying to HTTP(S) servers ("host" layers).
type ProxyOptions struct {
	// Client sends proxied requests. Nil builds one with a 25 s timeout
	// whose dialer refuses non-public addresses unless allowed below.
	// A supplied Client is used as is (no address filtering).
	Client *http.Client
	// AllowPrivate allows every private, loopback and link-local address
	// (devnets); AllowedNets allows only the listed prefixes.
	AllowPrivate bool
	AllowedNets  []netip.Prefix
	// MaxResponse caps the response body; 0 means DefaultMaxProxyResponse.
	MaxResponse int64
	// RatePerSecond and Burst limit proxied requests node-wide; 0 means
	// 50/s with a burst of 100. Negative RatePerSecond disables the limit.
	RatePerSecond float64
	Burst         int
	// UserAgent is sent to servers; "" means "Oxen Storage Server/<ver>"
	// is not sent and Go's default applies.
	UserAgent string
}

// Options configure a Handler.
type Options struct {
	// X25519 is the node's onion key pair; Ed25519 its public identity key
	// (used in "Snode not ready: <pk>").
	X25519  KeyPair
	Ed25519 [32]byte
	Storage Storage
	Peers   Peers
	Nodes   Nodes
	Proxy   ProxyOptions
	// Ready reports readiness; nil means always ready.
	Ready func() (bool, []string)
	// RelayTimeout bounds a relayed hop; 0 means RelayTimeoutSeconds.
	RelayTimeout time.Duration
	Logger       *zap.Logger
	Registerer   prometheus.Registerer
	Now          func() time.Time
}

// Handler serves onion requests: Entry for POST /onion_req/v2, Relay for
// POST /snode/v1/onion_req.
type Handler struct {
	o       Options
	lg      *zap.Logger
	proxy   *http.Client
	limiter *rate.Limiter
	maxResp int64
	edHex   string
	m       *metrics
}

type metrics struct {
	outcomes *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

// Outcome labels of sessiond_onion_requests_total.
const (
	OutcomeFinal             = "final"
	OutcomeProxied           = "proxied"
	OutcomeRelayed           = "relayed"
	OutcomeNotReady          = "not_ready"
	OutcomeBadRequest        = "bad_request"
	OutcomeTooLarge          = "too_large"
	OutcomeInvalidCiphertext = "invalid_ciphertext"
	OutcomeInvalidJSON       = "invalid_json"
	OutcomeInvalidURL        = "invalid_url"
	OutcomeTooManyHops       = "too_many_hops"
	OutcomeNextNodeNotFound  = "next_node_not_found"
	OutcomeRelayFailed       = "relay_failed"
	OutcomeRelayTimeout      = "relay_timeout"
	OutcomeProxyRefused      = "proxy_refused"
	OutcomeProxyFailed       = "proxy_failed"
	OutcomeProxyTimeout      = "proxy_timeout"
	OutcomeProxyTooLarge     = "proxy_too_large"
	OutcomeRateLimited       = "rate_limited"
	OutcomeInternal          = "internal_error"
)

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		outcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sessiond_onion_requests_total",
			Help: "Onion request layers this node processed, by entry point (entry, relay) and outcome.",
		}, []string{"via", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sessiond_onion_hop_duration_seconds",
			Help:    "Time this node spent on one onion layer, including the rest of the path, by route (final, proxy, relay, error).",
			Buckets: []float64{.0002, .0005, .001, .002, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
	}
	if reg != nil {
		reg.MustRegister(m.outcomes, m.latency)
	}
	return m
}

// NewHandler checks the options and builds the handler.
func NewHandler(o Options) (*Handler, error) {
	if o.Storage == nil || o.Peers == nil || o.Nodes == nil {
		return nil, errors.New("onion: handler needs Storage, Peers and Nodes")
	}
	if o.X25519.Public == ([KeySize]byte{}) {
		return nil, errors.New("onion: handler needs the node's X25519 key pair")
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.RelayTimeout == 0 {
		o.RelayTimeout = RelayTimeoutSeconds * time.Second
	}
	h := &Handler{o: o, lg: o.Logger, edHex: hex.EncodeToString(o.Ed25519[:]), m: newMetrics(o.Registerer)}
	h.maxResp = o.Proxy.MaxResponse
	if h.maxResp <= 0 {
		h.maxResp = DefaultMaxProxyResponse
	}
	h.proxy = o.Proxy.Client
	if h.proxy == nil {
		h.proxy = NewProxyClient(o.Proxy.AllowPrivate, o.Proxy.AllowedNets)
	}
	switch r := o.Proxy.RatePerSecond; {
	case r < 0:
	case r == 0:
		h.limiter = rate.NewLimiter(50, 100)
	default:
		b := o.Proxy.Burst
		if b <= 0 {
			b = max(1, int(2*r))
		}
		h.limiter = rate.NewLimiter(rate.Limit(r), b)
	}
	return h, nil
}

// ErrDestinationRefused is the dial error of a proxied request to a
// non-public address that is not allowed.
var ErrDestinationRefused = errors.New("destination address not allowed")

// AddrAllowed reports whether the proxy may connect to ip: public unicast
// addresses always; private, loopback, link-local, unspecified and other
// special ones only with allowPrivate or when inside one of nets.
func AddrAllowed(ip netip.Addr, allowPrivate bool, nets []netip.Prefix) bool {
	ip = ip.Unmap()
	if !ip.IsValid() {
		return false
	}
	if allowPrivate {
		return true
	}
	for _, p := range nets {
		if p.Contains(ip) {
			return true
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	if ip.Is4() {
		return peer.IsPublicIPv4(ip)
	}
	return ip.IsGlobalUnicast()
}

// NewProxyClient returns the default proxy http.Client: 25 s timeout, no
// redirects, TLS verified, and a dialer that refuses addresses AddrAllowed
// rejects (checked on the resolved address, so DNS cannot bypass it).
func NewProxyClient(allowPrivate bool, nets []netip.Prefix) *http.Client {
	d := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: %s", ErrDestinationRefused, address)
			}
			if !AddrAllowed(ap.Addr(), allowPrivate, nets) {
				return fmt.Errorf("%w: %s", ErrDestinationRefused, ap.Addr())
			}
			return nil
		},
	}
	tr := &http.Transport{
		DialContext:         d.DialContext,
		MaxIdleConnsPerHost: 8,
		IdleConnTimeout:     90 * time.Second,
		TLSHandshakeTimeout: 10 * time.Second,
		ForceAttemptHTTP2:   true,
	}
	return &http.Client{
		Transport:     tr,
		Timeout:       ProxyTimeoutSeconds * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// result is one hop's answer to the previous hop.
type result struct {
	status      int
	body        []byte
	contentType string
	outcome     string
	route       string
}

func plain(status int, msg, outcome string) result {
	return result{status: status, body: []byte(msg), contentType: "text/plain", outcome: outcome, route: "error"}
}

// Entry returns the handler of POST /onion_req/v2.
func (h *Handler) Entry() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		res := h.entry(r)
		h.finish(w, "entry", res, start)
	})
}

// Relay returns the handler of POST /snode/v1/onion_req. Mount it behind
// peer authentication (peer.Service.Handle), which admits registered nodes
// only.
func (h *Handler) Relay() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		res := h.relayIn(r)
		h.finish(w, "relay", res, start)
	})
}

func (h *Handler) finish(w http.ResponseWriter, via string, res result, start time.Time) {
	h.m.outcomes.WithLabelValues(via, res.outcome).Inc()
	h.m.latency.WithLabelValues(res.route).Observe(time.Since(start).Seconds())
	hd := w.Header()
	if res.contentType != "" {
		hd.Set("Content-Type", res.contentType)
	}
	hd.Set("Content-Length", strconv.Itoa(len(res.body)))
	w.WriteHeader(res.status)
	_, _ = w.Write(res.body)
}

func (h *Handler) notReady() (result, bool) {
	if h.o.Ready == nil {
		return result{}, false
	}
	if ok, _ := h.o.Ready(); ok {
		return result{}, false
	}
	e := NotReady(h.edHex)
	return plain(e.Status, e.Message, OutcomeNotReady), true
}

func readBody(r *http.Request) ([]byte, bool) {
	if r.ContentLength > MaxRequestSize {
		return nil, false
	}
	b, err := peer.ReadBody(r.Body, r.ContentLength, MaxRequestSize)
	if err != nil || len(b) > MaxRequestSize {
		return nil, false
	}
	return b, true
}

func (h *Handler) entry(r *http.Request) result {
	if res, ok := h.notReady(); ok {
		return res
	}
	body, ok := readBody(r)
	if !ok {
		return plain(http.StatusRequestEntityTooLarge, "Request body too large", OutcomeTooLarge)
	}
	req, err := ParseEntryRequest(body)
	if err != nil {
		return h.errResult(nil, err)
	}
	return h.process(r.Context(), req.EncType, req.EphemeralKey, req.Ciphertext, req.HopNo)
}

// relayPayload is the decoded sn.onion_request payload.
type relayPayload struct {
	data    []byte
	enc     EncType
	eph     [KeySize]byte
	hopNo   int
	present bool
}

// EncodeRelay bencodes a node-to-node relay payload (spec §4).
func EncodeRelay(data []byte, enc EncType, eph [KeySize]byte, hopNo int) []byte {
	b, _ := BEncode(map[string]any{
		"data": data, "enc_type": enc.String(), "ephemeral_key": eph[:], "hop_no": int64(hopNo),
	})
	return b
}

// ParseRelay decodes a relay payload: data, enc_type (default aes-gcm),
// ephemeral_key (32 raw bytes) and hop_no (ReceivedHopNo rules).
func ParseRelay(b []byte) (data []byte, enc EncType, eph [KeySize]byte, hopNo int, err error) {
	v, err := BDecode(b)
	if err != nil {
		return nil, 0, eph, 0, err
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, 0, eph, 0, errors.New("onion request payload is not a dict")
	}
	if data, ok = d["data"].([]byte); !ok {
		return nil, 0, eph, 0, errors.New("missing data")
	}
	enc = EncAESGCM
	if et, ok := d["enc_type"].([]byte); ok {
		if enc, err = ParseEncType(string(et)); err != nil {
			return nil, 0, eph, 0, err
		}
	}
	ek, ok := d["ephemeral_key"].([]byte)
	if !ok || len(ek) != KeySize {
		return nil, 0, eph, 0, errors.New("missing or invalid ephemeral_key")
	}
	copy(eph[:], ek)
	n, present := d["hop_no"].(int64)
	if n > 1<<30 {
		n = 1 << 30
	}
	return data, enc, eph, ReceivedHopNo(int(n), present), nil
}

func (h *Handler) relayIn(r *http.Request) result {
	if res, ok := h.notReady(); ok {
		return res
	}
	body, ok := readBody(r)
	if !ok {
		return plain(http.StatusRequestEntityTooLarge, "Request body too large", OutcomeTooLarge)
	}
	data, enc, eph, hopNo, err := ParseRelay(body)
	if err != nil {
		return plain(http.StatusBadRequest, "Invalid onion request: "+err.Error(), OutcomeBadRequest)
	}
	if err := CheckHopNo(hopNo); err != nil {
		return h.errResult(nil, err)
	}
	return h.process(r.Context(), enc, eph, data, hopNo)
}

// errResult turns an error into the answer upstream sends: encrypted with
// the layer key for Encrypted errors, plain otherwise.
func (h *Handler) errResult(l *Layer, err error) result {
	var e *Error
	if !errors.As(err, &e) {
		h.lg.Warn("onion request failed", zap.Error(err))
		return plain(http.StatusInternalServerError, "Internal error", OutcomeInternal)
	}
	outcome := OutcomeInternal
	switch {
	case errors.Is(e.Kind, ErrInvalidCiphertext):
		outcome = OutcomeInvalidCiphertext
	case errors.Is(e.Kind, ErrInvalidJSON):
		outcome = OutcomeInvalidJSON
	case errors.Is(e.Kind, ErrInvalidURL):
		outcome = OutcomeInvalidURL
	case errors.Is(e.Kind, ErrBadRequest):
		outcome = OutcomeBadRequest
		if e.Status == http.StatusRequestEntityTooLarge {
			outcome = OutcomeTooLarge
		}
	case errors.Is(e.Kind, ErrTooManyHops):
		outcome = OutcomeTooManyHops
	case errors.Is(e.Kind, ErrNextNodeNotFound):
		outcome = OutcomeNextNodeNotFound
	case errors.Is(e.Kind, ErrRelayTimeout):
		outcome = OutcomeRelayTimeout
	}
	if e.Encrypted && l != nil && !l.Key.IsZero() {
		b, serr := l.SealError(nil, e)
		if serr == nil {
			return result{status: http.StatusOK, body: b, contentType: "text/plain", outcome: outcome, route: "error"}
		}
	}
	return plain(e.Status, e.Message, outcome)
}

// process decrypts and dispatches one layer (the entry node's or a relayed
// one) with hop number hopNo, and returns the answer for the previous hop.
func (h *Handler) process(ctx context.Context, enc EncType, eph [KeySize]byte, ct []byte, hopNo int) result {
	l, err := OpenLayer(h.o.X25519, enc, eph, ct)
	if err != nil {
		return h.errResult(l, err)
	}
	switch rt := l.Route.(type) {
	case *FinalDestination:
		return h.final(ctx, l, rt)
	case *ProxyToServer:
		return h.proxyTo(ctx, l, rt)
	case *RelayToNode:
		return h.relayOut(ctx, rt, hopNo)
	}
	return plain(http.StatusInternalServerError, "Internal error", OutcomeInternal)
}

func (h *Handler) final(ctx context.Context, l *Layer, f *FinalDestination) result {
	res := h.o.Storage.HandleJSON(ctx, f.Body, storage.Client{})
	body := TextBody(string(res.Body))
	if res.JSON {
		body = JSONBody(res.Body)
	}
	b, err := SealReply(nil, l.Key, res.Status, body, f.ReplyOptions())
	if err != nil && res.JSON {
		// Not valid JSON after all: send it as text.
		b, err = SealReply(nil, l.Key, res.Status, TextBody(string(res.Body)), f.ReplyOptions())
	}
	if err != nil {
		h.lg.Warn("sealing an onion reply failed", zap.Error(err))
		return plain(http.StatusInternalServerError, "Internal error", OutcomeInternal)
	}
	ctype := "text/plain"
	if !f.Base64 {
		ctype = "application/octet-stream"
	}
	return result{status: http.StatusOK, body: b, contentType: ctype, outcome: OutcomeFinal, route: "final"}
}

func (h *Handler) proxyTo(ctx context.Context, l *Layer, p *ProxyToServer) result {
	if err := p.Validate(); err != nil {
		return h.errResult(l, err)
	}
	if h.limiter != nil && !h.limiter.Allow() {
		return plain(http.StatusTooManyRequests, "Too many proxy requests", OutcomeRateLimited)
	}
	ctx, cancel := context.WithTimeout(ctx, ProxyTimeoutSeconds*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.URL(), strings.NewReader(string(p.Payload)))
	if err != nil {
		return h.proxyErr(plain(http.StatusBadGateway, err.Error(), OutcomeProxyFailed))
	}
	if h.o.Proxy.UserAgent != "" {
		req.Header.Set("User-Agent", h.o.Proxy.UserAgent)
	}
	resp, err := h.proxy.Do(req)
	if err != nil {
		switch {
		case errors.Is(err, ErrDestinationRefused):
			return h.proxyErr(plain(http.StatusBadGateway, "Proxy destination refused: "+p.Host, OutcomeProxyRefused))
		case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
			return h.proxyErr(plain(http.StatusGatewayTimeout, "Request timed out", OutcomeProxyTimeout))
		}
		return h.proxyErr(plain(http.StatusBadGateway, err.Error(), OutcomeProxyFailed))
	}
	defer resp.Body.Close()
	if resp.ContentLength > h.maxResp {
		return h.proxyErr(plain(http.StatusBadGateway, "Proxied response too large", OutcomeProxyTooLarge))
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, h.maxResp+1))
	if err != nil {
		if isTimeout(err) {
			return h.proxyErr(plain(http.StatusGatewayTimeout, "Request timed out", OutcomeProxyTimeout))
		}
		return h.proxyErr(plain(http.StatusBadGateway, err.Error(), OutcomeProxyFailed))
	}
	if int64(len(b)) > h.maxResp {
		return h.proxyErr(plain(http.StatusBadGateway, "Proxied response too large", OutcomeProxyTooLarge))
	}
	return result{status: resp.StatusCode, body: b, contentType: resp.Header.Get("Content-Type"), outcome: OutcomeProxied, route: "proxy"}
}

func (h *Handler) proxyErr(r result) result {
	r.route = "proxy"
	h.lg.Debug("onion proxy request failed", zap.Int("status", r.status), zap.ByteString("error", r.body))
	return r
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// NextNodeUnreachable is the unencrypted 502 a relaying node answers when
// the next hop could not be reached (sessiond's text; upstream's OMQ layer
// only distinguishes timeouts).
func NextNodeUnreachable(ed25519 [32]byte) (int, string) {
	return http.StatusBadGateway, "Next node unreachable: " + hex.EncodeToString(ed25519[:])
}

func (h *Handler) relayOut(ctx context.Context, rt *RelayToNode, hopNo int) result {
	t, ok := h.o.Nodes.Target(rt.Destination)
	if !ok {
		return h.errResult(nil, NextNodeNotFound(rt.Destination))
	}
	ctx, cancel := context.WithTimeout(ctx, h.o.RelayTimeout)
	defer cancel()
	resp, err := h.o.Peers.Do(ctx, t, peer.Request{
		Method: http.MethodPost, Path: PathRelay, ContentType: "application/octet-stream",
		Body: EncodeRelay(rt.Ciphertext, rt.EncType, rt.EphemeralKey, NextHopNo(hopNo)),
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			r := h.errResult(nil, RelayTimeout())
			r.route = "relay"
			return r
		}
		h.lg.Debug("onion relay failed", zap.String("next", hex.EncodeToString(rt.Destination[:])), zap.Error(err))
		st, msg := NextNodeUnreachable(rt.Destination)
		r := plain(st, msg, OutcomeRelayFailed)
		r.route = "relay"
		return r
	}
	return result{status: resp.Status, body: resp.Body, contentType: resp.Header.Get("Content-Type"), outcome: OutcomeRelayed, route: "relay"}
}
