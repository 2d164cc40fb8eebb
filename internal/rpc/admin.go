package rpc

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// Readiness tells whether the node serves clients, and if not, why.
type Readiness interface {
	Ready() (ok bool, reasons []string)
}

// Admin is the operator HTTP server: /metrics, /healthz (alive) and /readyz
// (200 when ready, 503 listing the reasons otherwise).
type Admin struct {
	s   server
	mux *http.ServeMux
}

// NewAdmin listens on addr at once, so a port in use fails start-up; Start
// begins serving.
func NewAdmin(addr string, g prometheus.Gatherer, r Readiness, lg *zap.Logger) (*Admin, error) {
	ln, err := listen("metrics.listen", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{ErrorLog: zap.NewStdLog(lg)}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		ok, reasons := r.Ready()
		if !ok {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "not ready: %s\n", strings.Join(reasons, "; "))
			return
		}
		fmt.Fprintln(w, "ok")
	})
	a := &Admin{mux: mux, s: server{
		name: "metrics",
		lg:   lg,
		ln:   ln,
		srv:  &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second},
	}}
	return a, nil
}

// Handle adds an operator endpoint (read-only status for the CLI). Call it
// before Start.
func (a *Admin) Handle(pattern string, h http.Handler) { a.mux.Handle(pattern, h) }

// JSON returns a handler that serves f's result as JSON.
func JSON(f func() (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		v, err := f()
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	})
}

// Addr is the bound address (useful with port 0).
func (a *Admin) Addr() net.Addr { return a.s.ln.Addr() }

// Start serves in a tracked goroutine.
func (a *Admin) Start() { a.s.serve() }

// Close stops serving; safe to call twice.
func (a *Admin) Close() error { return a.s.close() }
