package rpc

import (
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/storage"
)

// MaxRequestBody is upstream's MAX_REQUEST_BODY_SIZE (10 MiB): larger
// requests get 413 and the connection is closed.
const MaxRequestBody = 10 << 20

// StorageHandler answers /storage_rpc/v1 bodies; *storage.Store implements it.
type StorageHandler interface {
	HandleJSON(ctx context.Context, body []byte, c storage.Client) storage.Response
}

// StorageServerConfig configures the client-facing HTTPS server.
type StorageServerConfig struct {
	// Addr is the listen address (config storage.listen, default
	// ":22021"); an unspecified host listens on IPv4 and IPv6.
	Addr string
	// TLSDir holds cert.pem and key.pem, generated on first start.
	TLSDir string
	// Handler answers /storage_rpc/v1.
	Handler StorageHandler
	// Ready gates /storage_rpc/v1 (503 while not ready); nil means ready.
	Ready Readiness
	// Version is the storage server version for the Server header
	// ("Oxen Storage Server/<version>") and /get_stats/v1, e.g.
	// storage.Store.VersionString().
	Version string
	// PubkeyLegacy is the node's primary key, sent base64 in the
	// X-Oxen-Snode-Pubkey header of /ping_test/v1 (since HF21 the Ed25519 key).
	PubkeyLegacy []byte
	// OnPing, if set, is called for every /ping_test/v1 (reachability
	// self-check). It must not block.
	OnPing func()
	// RateBurst, RatePerSecond and RateMaxClients tune the per-address
	// limiter; zero means upstream's 600, 300/s and 10,000. RateLimitOff
	// disables it (benchmarks from a single address).
	RateBurst, RatePerSecond, RateMaxClients int
	RateLimitOff                             bool
	// Now is the clock of the certificate and the limiter; nil means time.Now.
	Now func() time.Time
	// ConfigForClient, if set, may answer a TLS client with another
	// configuration (other nodes: peer.SelectPeerTLS).
	ConfigForClient func(*tls.ClientHelloInfo) (*tls.Config, error)
	// NextProtos serves connections whose TLS handshake negotiated one of
	// its ALPN protocols (other nodes' peer.FrameProto) instead of HTTP/1.1;
	// only a configuration from ConfigForClient may offer them.
	NextProtos map[string]func(*http.Server, *tls.Conn, http.Handler)
	// OnShutdown functions run when the server starts shutting down (to end
	// the connections of NextProtos, which it waits for).
	OnShutdown []func()
}

// StorageServer is the HTTPS server of /storage_rpc/v1, /ping_test/v1 and
// /get_stats/v1, answering like upstream's uWebSockets server: the Server
// header on every response, text/plain errors, 404 "<METHOD> <PATH> Not
// Found" for anything else. Other handlers (onion requests) can be added with
// Handle before Start.
type StorageServer struct {
	cfg      StorageServerConfig
	s        server
	limiter  *RateLimiter
	server   []string // Server header value
	pubB64   string
	routes   map[string]http.Handler // "METHOD /path" -> handler
	prefixes []prefixRoute
	m        *storageServerMetrics
	lg       *zap.Logger
}

type storageServerMetrics struct {
	responses   *prometheus.CounterVec
	rateLimited prometheus.Counter
	cache       sync.Map // endpointCode -> prometheus.Counter
}

type endpointCode struct {
	endpoint string
	code     int
}

func (m *storageServerMetrics) count(endpoint string, code int) {
	k := endpointCode{endpoint, code}
	c, ok := m.cache.Load(k)
	if !ok {
		c, _ = m.cache.LoadOrStore(k, m.responses.WithLabelValues(endpoint, strconv.Itoa(code)))
	}
	c.(prometheus.Counter).Inc()
}

// Header values shared by all responses (net/http never modifies them).
var (
	hdrJSON  = []string{"application/json"}
	hdrText  = []string{"text/plain"}
	hdrClose = []string{"close"}
)

// NewStorageServer loads or creates the TLS certificate and listens on
// cfg.Addr at once, so that a port in use fails start-up; Start serves.
func NewStorageServer(cfg StorageServerConfig, lg *zap.Logger, reg prometheus.Registerer) (*StorageServer, error) {
	if cfg.Handler == nil {
		return nil, errors.New("storage server: no handler")
	}
	if lg == nil {
		lg = zap.NewNop()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Version == "" {
		v := storage.DefaultVersion
		cfg.Version = fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2])
	}
	cert, err := LoadOrCreateCert(cfg.TLSDir, cfg.Now())
	if err != nil {
		return nil, err
	}
	m := &storageServerMetrics{
		responses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sessiond_rpc_storage_responses_total",
			Help: "Responses of the client HTTPS server, by endpoint and status code.",
		}, []string{"endpoint", "code"}),
		rateLimited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sessiond_rpc_storage_rate_limited_total",
			Help: "Client storage RPC requests refused by the per-address rate limit (429).",
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.responses, m.rateLimited} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("storage server: register metrics: %w", err)
			}
		}
	}
	ln, err := listen("storage.listen", cfg.Addr)
	if err != nil {
		return nil, err
	}
	tlsCfg := &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
		NextProtos:   []string{"http/1.1"},

		GetConfigForClient: cfg.ConfigForClient,
	}
	ss := &StorageServer{
		cfg:    cfg,
		server: []string{"Oxen Storage Server/" + cfg.Version},
		pubB64: base64.StdEncoding.EncodeToString(cfg.PubkeyLegacy),
		routes: map[string]http.Handler{},
		m:      m,
		lg:     lg,
	}
	if !cfg.RateLimitOff {
		ss.limiter = NewRateLimiter(cfg.RateBurst, cfg.RatePerSecond, cfg.RateMaxClients, cfg.Now)
	}
	ss.routes["POST /storage_rpc/v1"] = http.HandlerFunc(ss.storageRPC)
	ss.routes["POST /ping_test/v1"] = http.HandlerFunc(ss.pingTest)
	ss.routes["GET /get_stats/v1"] = http.HandlerFunc(ss.getStats)
	ss.s = server{
		name: "storage",
		lg:   lg,
		ln:   tls.NewListener(ln, tlsCfg),
		srv: &http.Server{
			Handler:           ss,
			ReadHeaderTimeout: 10 * time.Second,
			IdleTimeout:       2 * time.Minute,
			MaxHeaderBytes:    64 << 10,
			ErrorLog:          zap.NewStdLog(lg.WithOptions(zap.IncreaseLevel(zap.WarnLevel))),
			TLSNextProto:      map[string]func(*http.Server, *tls.Conn, http.Handler){}, // no HTTP/2, as upstream
		},
	}
	for proto, serve := range cfg.NextProtos {
		ss.s.srv.TLSNextProto[proto] = serve
	}
	for _, f := range cfg.OnShutdown {
		ss.s.srv.RegisterOnShutdown(f)
	}
	return ss, nil
}

// Handle adds a route such as "POST /onion_req/v2". Call it before Start.
func (ss *StorageServer) Handle(methodPath string, h http.Handler) { ss.routes[methodPath] = h }

// HandlePrefix routes every request whose path starts with prefix (such as
// "/snode/v1/") to h, after the exact routes. Call it before Start.
func (ss *StorageServer) HandlePrefix(prefix string, h http.Handler) {
	ss.prefixes = append(ss.prefixes, prefixRoute{prefix, h})
}

type prefixRoute struct {
	prefix string
	h      http.Handler
}

// Addr is the bound address (useful with port 0).
func (ss *StorageServer) Addr() net.Addr { return ss.s.ln.Addr() }

// Start serves in a tracked goroutine.
func (ss *StorageServer) Start() { ss.s.serve() }

// Close stops serving (graceful for ShutdownTimeout); safe to call twice.
func (ss *StorageServer) Close() error { return ss.s.close() }

// ServeHTTP routes by exact method and path, as upstream's server does.
func (ss *StorageServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header()["Server"] = ss.server
	if h, ok := ss.routes[r.Method+" "+r.URL.Path]; ok {
		h.ServeHTTP(w, r)
		return
	}
	for _, p := range ss.prefixes {
		if strings.HasPrefix(r.URL.Path, p.prefix) {
			p.h.ServeHTTP(w, r)
			return
		}
	}
	ss.text(w, "other", http.StatusNotFound, r.Method+" "+r.URL.Path+" Not Found")
}

// text writes a text/plain response.
func (ss *StorageServer) text(w http.ResponseWriter, endpoint string, code int, body string) {
	h := w.Header()
	h["Content-Type"] = hdrText
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(code)
	_, _ = io.WriteString(w, body)
	ss.m.count(endpoint, code)
}

// clientAddr is the client's address, IPv4-mapped addresses unmapped.
func clientAddr(r *http.Request) netip.Addr {
	ap, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		return netip.Addr{}
	}
	return ap.Addr().Unmap()
}

func (ss *StorageServer) storageRPC(w http.ResponseWriter, r *http.Request) {
	if ss.cfg.Ready != nil {
		if ok, reasons := ss.cfg.Ready.Ready(); !ok {
			ss.text(w, "storage_rpc", http.StatusServiceUnavailable, "Service node is not ready: "+strings.Join(reasons, "; ")+"\n")
			return
		}
	}
	addr := clientAddr(r)
	if ss.limiter != nil && !ss.limiter.Allow(addr) {
		ss.m.rateLimited.Inc()
		ss.text(w, "storage_rpc", http.StatusTooManyRequests, "Too Many Requests\n")
		return
	}
	if r.Header.Get("X-Loki-Long-Poll") != "" {
		ss.text(w, "storage_rpc", http.StatusGone, "long polling is no longer supported, client upgrade required")
		return
	}
	body, ok := ss.readBody(w, r, "storage_rpc")
	if !ok {
		return
	}
	res := ss.cfg.Handler.HandleJSON(r.Context(), body, storage.Client{Addr: addr})
	h := w.Header()
	if res.JSON {
		h["Content-Type"] = hdrJSON
	} else {
		h["Content-Type"] = hdrText
	}
	h["Content-Length"] = []string{strconv.Itoa(len(res.Body))}
	w.WriteHeader(res.Status)
	_, _ = w.Write(res.Body)
	ss.m.count("storage_rpc", res.Status)
}

// readBody reads a request body of at most MaxRequestBody bytes, answering
// 413 and closing the connection when it is larger.
func (ss *StorageServer) readBody(w http.ResponseWriter, r *http.Request, endpoint string) ([]byte, bool) {
	if r.ContentLength > MaxRequestBody {
		w.Header()["Connection"] = hdrClose
		ss.text(w, endpoint, http.StatusRequestEntityTooLarge, "Request body too large")
		return nil, false
	}
	size := r.ContentLength
	if size < 0 {
		size = 4096
	}
	buf := make([]byte, 0, size+1)
	lr := io.LimitReader(r.Body, MaxRequestBody+1)
	for {
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			// Malformed chunking or a client gone mid-body.
			ss.lg.Debug("read request body", zap.Error(err))
			w.Header()["Connection"] = hdrClose
			ss.text(w, endpoint, http.StatusBadRequest, "Bad Request\n")
			return nil, false
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
	if len(buf) > MaxRequestBody {
		w.Header()["Connection"] = hdrClose
		ss.text(w, endpoint, http.StatusRequestEntityTooLarge, "Request body too large")
		return nil, false
	}
	return buf, true
}

func (ss *StorageServer) pingTest(w http.ResponseWriter, r *http.Request) {
	if ss.cfg.OnPing != nil {
		ss.cfg.OnPing()
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, MaxRequestBody))
	w.Header()["X-Oxen-Snode-Pubkey"] = []string{ss.pubB64}
	ss.text(w, "ping_test", http.StatusOK, "")
}

func (ss *StorageServer) getStats(w http.ResponseWriter, _ *http.Request) {
	body := `{"version":"` + ss.cfg.Version + `"}`
	h := w.Header()
	h["Content-Type"] = hdrJSON
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(http.StatusOK)
	_, _ = io.WriteString(w, body)
	ss.m.count("get_stats", http.StatusOK)
}
