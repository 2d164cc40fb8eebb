package rpc

import (
	"net"
	"net/http"
	"time"

	"go.uber.org/zap"
)

// Plain is the plain-HTTP JSON-RPC server (rpc.listen, upstream port 22023)
// that seeds and operators query.
type Plain struct{ s server }

// NewPlain listens on addr at once and serves h at /json_rpc once started.
func NewPlain(addr string, h http.Handler, lg *zap.Logger) (*Plain, error) {
	ln, err := listen("rpc.listen", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("POST /json_rpc", h)
	return &Plain{s: server{name: "json_rpc", lg: lg, ln: ln,
		srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
			ErrorLog: zap.NewStdLog(lg.WithOptions(zap.IncreaseLevel(zap.WarnLevel)))}}}, nil
}

// Addr is the bound address.
func (p *Plain) Addr() net.Addr { return p.s.ln.Addr() }

// Start serves in a tracked goroutine.
func (p *Plain) Start() { p.s.serve() }

// Close stops serving; safe to call twice.
func (p *Plain) Close() error { return p.s.close() }
