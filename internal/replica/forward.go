package replica

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// ForwardPath is the endpoint of forwarded recursive requests.
const ForwardPath = "/snode/v1/storage_forward"

// forwardRequest is the body of a forwarded request.
type forwardRequest struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// Forwarder implements storage.Forwarder over the signed peer transport. The
// store is opened before the peer client exists, so a Forwarder may be
// created empty (NewForwarder) and bound later (Bind, or New with
// Options.Forwarder); until then it forwards to nobody.
type Forwarder struct {
	bound atomic.Pointer[fwdBinding]
	m     *metrics
}

type fwdBinding struct {
	client  *peer.Client
	nm      NetMap
	self    [32]byte
	timeout time.Duration
	m       *metrics
}

// NewForwarder returns an unbound Forwarder for storage.Options.
func NewForwarder() *Forwarder { return &Forwarder{} }

// Bind sets the transport and network map (timeout 0: DefaultForwardTimeout).
func (f *Forwarder) Bind(c *peer.Client, nm NetMap, timeout time.Duration) {
	if timeout <= 0 {
		timeout = DefaultForwardTimeout
	}
	f.bound.Store(&fwdBinding{client: c, nm: nm, self: c.Self(), timeout: timeout, m: f.metrics()})
}

func (f *Forwarder) metrics() *metrics {
	if f.m == nil {
		f.m, _ = newMetrics(nil)
	}
	return f.m
}

// Forward sends the request to every other member of this node's swarm in
// parallel and returns their results keyed by lowercase hex Ed25519 key.
func (f *Forwarder) Forward(ctx context.Context, method string, params json.RawMessage) map[string]storage.PeerResult {
	b := f.bound.Load()
	if b == nil {
		return nil
	}
	snap, err := b.nm.Snapshot()
	if err != nil {
		return nil
	}
	own, ok := snap.OwnSwarm()
	if !ok {
		return nil
	}
	body, err := json.Marshal(forwardRequest{Method: method, Params: params})
	if err != nil {
		return nil
	}
	members := snap.SwarmMembers(own)
	out := make(map[string]storage.PeerResult, len(members))
	var mu sync.Mutex
	var wg sync.WaitGroup
	ctx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	for _, n := range members {
		if n.PubkeyEd25519 == b.self {
			continue
		}
		key := hex.EncodeToString(n.PubkeyEd25519[:])
		if !n.Reachable() {
			mu.Lock()
			out[key] = storage.PeerResult{Failed: true, Timeout: true}
			mu.Unlock()
			b.m.forwards.WithLabelValues("timeout").Inc()
			continue
		}
		t := n.Target()
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := forwardOne(ctx, b.client, t, body)
			b.m.forwards.WithLabelValues(resultLabel(&r)).Inc()
			mu.Lock()
			out[key] = r
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func forwardOne(ctx context.Context, c *peer.Client, t peer.Target, body []byte) storage.PeerResult {
	res, err := c.Do(ctx, t, peer.Request{Method: http.MethodPost, Path: ForwardPath, Body: body})
	switch {
	case err != nil && errors.Is(err, peer.ErrBadResponse):
		return storage.PeerResult{Failed: true, BadPeerResponse: true}
	case err != nil:
		// Unreachable or too slow: upstream's OMQ request times out.
		return storage.PeerResult{Failed: true, Timeout: true}
	case res.Status == http.StatusOK:
		if !json.Valid(res.Body) {
			return storage.PeerResult{Failed: true, BadPeerResponse: true}
		}
		return storage.PeerResult{Body: res.Body}
	default:
		return storage.PeerResult{Failed: true, Code: res.Status, Reason: string(res.Body)}
	}
}

func resultLabel(r *storage.PeerResult) string {
	switch {
	case !r.Failed:
		return "ok"
	case r.Timeout:
		return "timeout"
	case r.Code != 0:
		return "code"
	default:
		return "bad_peer_response"
	}
}

// ForwardHandler answers forwarded requests: the store re-checks everything
// (own swarm, TTL, clock with the forwarded 70 s window, signature), runs it
// without forwarding again, and the answer (signed by the peer transport)
// carries this node's own entry.
func ForwardHandler(st *storage.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(r.Body)
		var req forwardRequest
		if err != nil || json.Unmarshal(raw, &req) != nil || req.Method == "" || len(req.Params) == 0 {
			http.Error(w, "Request payload missing/malformed", http.StatusBadRequest)
			return
		}
		res := st.HandleForwarded(r.Context(), req.Method, req.Params)
		if res.JSON {
			w.Header().Set("Content-Type", "application/json")
		} else {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		w.WriteHeader(res.Status)
		_, _ = w.Write(res.Body)
	})
}
