package peer

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Members says which Ed25519 keys belong to registered nodes. Implementations
// must be safe for concurrent use and fast: the transport asks once per
// request. *NetworkMap and RegistryMembers implement it.
type Members interface {
	IsRegistered(ed [32]byte) bool
}

// MembersFunc adapts a function to Members.
type MembersFunc func(ed [32]byte) bool

// IsRegistered calls f.
func (f MembersFunc) IsRegistered(ed [32]byte) bool { return f(ed) }

// DefaultMaxBody is the largest request body Auth reads (and the largest
// response body Client reads): above the ~9 MB bulk-copy batches of the
// storage protocol.
const DefaultMaxBody = 16 << 20

// Results of server-side authentication (label "result" of
// sessiond_peer_server_requests_total, besides "ok").
const (
	authBadHeaders   = "bad_headers"
	authStale        = "stale"
	authRecipient    = "wrong_recipient"
	authUnregistered = "unregistered"
	authTooLarge     = "too_large"
	authBadSignature = "bad_signature"
)

// textUnregistered is the 401 text for a sender that is not a registered node.
const textUnregistered = "sender is not a registered service node"

// AuthOptions configure Auth.
type AuthOptions struct {
	// Identity signs the responses; its public key is the recipient that
	// requests must name.
	Identity ed25519.PrivateKey
	// Members decides which senders are admitted.
	Members Members
	// Window is the accepted clock difference of request timestamps, either
	// way; 0 means DefaultWindow.
	Window time.Duration
	// MaxBody caps request bodies; 0 means DefaultMaxBody.
	MaxBody int64
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Metrics may be nil.
	Metrics *Metrics
}

// Auth authenticates node-to-node requests, by the key a TLS client proved or
// by their signatures (then it signs the answers too).
type Auth struct {
	o    AuthOptions
	self [32]byte
}

// NewAuth returns the middleware; Identity and Members are required.
func NewAuth(o AuthOptions) *Auth {
	if len(o.Identity) != ed25519.PrivateKeySize || o.Members == nil {
		panic("peer: NewAuth needs an Identity and Members")
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
	return &Auth{o: o, self: pubkeyOf(o.Identity)}
}

type senderKey struct{}

// SenderFrom returns the authenticated sender of a request that passed Auth.
func SenderFrom(ctx context.Context) ([32]byte, bool) {
	k, ok := ctx.Value(senderKey{}).([32]byte)
	return k, ok
}

// WithSender returns ctx carrying sender as the authenticated peer (for tests
// of handlers, and for in-process calls that bypass HTTP).
func WithSender(ctx context.Context, sender [32]byte) context.Context {
	return context.WithValue(ctx, senderKey{}, sender)
}

// Wrap returns h behind authentication. label names the endpoint in metrics
// (use the route, never a client-controlled string). Requests that fail get
// 401 (413 for an oversized body) with a one-line text reason; h sees only
// authenticated requests, with the whole body already read and the sender in
// the context. A request on a connection whose client proved an Ed25519 key
// in the TLS handshake (see ServerName) is the key's; it needs no signature
// and its answer is not signed. Any other request must be signed, and every
// answer to it, including the 401s, is buffered and signed. Either way h
// cannot stream or flush.
func (a *Auth) Wrap(label string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bw := &bufWriter{w: w, status: http.StatusOK}
		if r.TLS != nil && len(r.TLS.PeerCertificates) > 0 {
			a.o.Metrics.serverRequest(label, a.serveTLS(bw, r, h))
			bw.flush()
			return
		}
		var reqSig [64]byte
		result := a.serve(bw, r, h, &reqSig)
		a.o.Metrics.serverRequest(label, result)
		a.finish(bw, reqSig)
	})
}

// serveTLS admits r by the key its connection proved. It returns the metrics
// result.
func (a *Auth) serveTLS(w *bufWriter, r *http.Request, h http.Handler) string {
	sender, ok := tlsPeerKey(r.TLS)
	if !ok {
		return deny(w, http.StatusUnauthorized, authBadHeaders, "client certificate without an Ed25519 node key")
	}
	// The sender names the node it means: a request that reaches another
	// node at that address (a node moved) is refused, not acted upon.
	switch rc := r.Header.Get(HeaderRecipient); {
	case rc == "" && r.Method != http.MethodGet:
		return deny(w, http.StatusUnauthorized, authRecipient, "request without recipient (only GET may omit it)")
	case rc != "":
		var k [32]byte
		if err := decodeHexInto(k[:], rc, HeaderRecipient); err != nil {
			return deny(w, http.StatusUnauthorized, authBadHeaders, "malformed recipient header")
		}
		if k != a.self {
			return deny(w, http.StatusUnauthorized, authRecipient, "request meant for another node")
		}
	}
	return a.admit(w, r, h, sender, nil)
}

// serve authenticates a signed request r and runs h. It returns the metrics
// result.
func (a *Auth) serve(w *bufWriter, r *http.Request, h http.Handler, reqSig *[64]byte) string {
	hd, err := ParseAuthHeaders(r.Header, true)
	if err != nil {
		return deny(w, http.StatusUnauthorized, authBadHeaders, "missing or malformed signature headers")
	}
	*reqSig = hd.Signature
	if !within(hd.Timestamp, a.o.Now(), a.o.Window) {
		return deny(w, http.StatusUnauthorized, authStale, "request timestamp outside the accepted window; check the clocks")
	}
	switch {
	case hd.HasRecipient && hd.Recipient != a.self:
		return deny(w, http.StatusUnauthorized, authRecipient, "request signed for another node")
	case !hd.HasRecipient && r.Method != http.MethodGet:
		return deny(w, http.StatusUnauthorized, authRecipient, "request without recipient (only GET may omit it)")
	}
	if len(r.Method) > maxMethodLen || len(r.RequestURI) > maxTargetLen || r.Method == "" {
		return deny(w, http.StatusUnauthorized, authBadHeaders, "request line too long")
	}
	return a.admit(w, r, h, hd.Signer, func(body []byte) bool {
		msg := RequestMessage(r.Method, r.RequestURI, hd.Recipient, hd.Signer, hd.Timestamp, bodyHash(body))
		return verify(hd.Signer, msg, hd.Signature)
	})
}

// admit checks the sender's registration, reads the body, checks it with
// verifyBody (nil: nothing more to check) and runs h.
func (a *Auth) admit(w *bufWriter, r *http.Request, h http.Handler, sender [32]byte, verifyBody func([]byte) bool) string {
	// Registration before the body: an outsider cannot make us read it.
	if !a.o.Members.IsRegistered(sender) {
		return deny(w, http.StatusUnauthorized, authUnregistered, textUnregistered)
	}
	body, err := ReadBody(r.Body, r.ContentLength, a.o.MaxBody)
	if err != nil {
		return deny(w, http.StatusBadRequest, authBadHeaders, "reading the request body failed")
	}
	if int64(len(body)) > a.o.MaxBody {
		return deny(w, http.StatusRequestEntityTooLarge, authTooLarge, "request body too large")
	}
	if verifyBody != nil && !verifyBody(body) {
		return deny(w, http.StatusUnauthorized, authBadSignature, "bad request signature")
	}
	r2 := r.WithContext(WithSender(r.Context(), sender))
	r2.Body = io.NopCloser(bytes.NewReader(body))
	r2.ContentLength = int64(len(body))
	h.ServeHTTP(w, r2)
	return "ok"
}

func deny(w *bufWriter, status int, result, text string) string {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, text+"\n")
	return result
}

// finish signs the buffered answer and writes it out.
func (a *Auth) finish(bw *bufWriter, reqSig [64]byte) {
	body := bw.buf.Bytes()
	ts := uint64(a.o.Now().UnixMilli())
	sig := sign(a.o.Identity, ResponseMessage(reqSig, bw.status, a.self, ts, bodyHash(body)))
	hd := AuthHeaders{Signer: a.self, Timestamp: ts, Signature: sig}
	hd.set(bw.w.Header())
	bw.flush()
}

// flush writes the buffered answer out.
func (b *bufWriter) flush() {
	b.w.Header().Set("Content-Length", strconv.Itoa(b.buf.Len()))
	b.w.WriteHeader(b.status)
	_, _ = b.w.Write(b.buf.Bytes())
}

// bufWriter buffers a handler's status and body; headers go straight to the
// underlying writer's map.
type bufWriter struct {
	w           http.ResponseWriter
	status      int
	wroteHeader bool
	buf         bytes.Buffer
}

func (b *bufWriter) Header() http.Header { return b.w.Header() }

func (b *bufWriter) WriteHeader(status int) {
	if b.wroteHeader || status < 100 || status > 999 {
		return
	}
	b.wroteHeader = true
	b.status = status
}

func (b *bufWriter) Write(p []byte) (int, error) {
	b.wroteHeader = true
	return b.buf.Write(p)
}

// Mux routes authenticated node-to-node endpoints. Every route registered
// through Handle is wrapped by Auth, labelled by its pattern in metrics.
// Unknown paths get an unsigned 404.
type Mux struct {
	auth *Auth
	mux  *http.ServeMux
}

// NewMux returns an empty Mux behind a.
func NewMux(a *Auth) *Mux { return &Mux{auth: a, mux: http.NewServeMux()} }

// Handle registers h for pattern (http.ServeMux syntax, e.g.
// "POST /snode/v1/announce"). It panics on a duplicate pattern, as ServeMux
// does.
func (m *Mux) Handle(pattern string, h http.Handler) {
	m.mux.Handle(pattern, m.auth.Wrap(pattern, h))
}

// HandleFunc registers f for pattern.
func (m *Mux) HandleFunc(pattern string, f func(http.ResponseWriter, *http.Request)) {
	m.Handle(pattern, http.HandlerFunc(f))
}

// ServeHTTP dispatches to the registered handlers.
func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.mux.ServeHTTP(w, r) }
