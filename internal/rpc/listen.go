package rpc

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"

	"go.uber.org/zap"
)

// ShutdownTimeout bounds a graceful HTTP shutdown before connections are cut.
const ShutdownTimeout = time.Second

// ListenError explains a failed listen in operator terms.
type ListenError struct {
	Key  string // config key that set the address
	Addr string
	Err  error
}

func (e *ListenError) Error() string {
	if errors.Is(e.Err, syscall.EADDRINUSE) {
		return fmt.Sprintf("%s %s: address already in use; stop the process listening there or set %s to a free address", e.Key, e.Addr, e.Key)
	}
	if errors.Is(e.Err, syscall.EACCES) {
		return fmt.Sprintf("%s %s: permission denied; ports below 1024 need privileges, use a higher port", e.Key, e.Addr)
	}
	return fmt.Sprintf("%s %s: %v", e.Key, e.Addr, e.Err)
}

func (e *ListenError) Unwrap() error { return e.Err }

// server runs one http.Server on a listener and tracks its goroutine.
type server struct {
	name string
	lg   *zap.Logger
	srv  *http.Server
	ln   net.Listener
	wg   sync.WaitGroup
	once sync.Once
}

func listen(key, addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, &ListenError{Key: key, Addr: addr, Err: err}
	}
	return ln, nil
}

func (s *server) serve() {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.srv.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.lg.Error("http server stopped", zap.String("server", s.name), zap.Error(err))
		}
	}()
}

// close shuts the server down gracefully within ShutdownTimeout, then cuts
// the remaining connections, and waits for the serving goroutine.
func (s *server) close() error {
	var err error
	s.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
		defer cancel()
		if e := s.srv.Shutdown(ctx); e != nil {
			_ = s.srv.Close()
			if !errors.Is(e, context.DeadlineExceeded) {
				err = fmt.Errorf("shutdown %s server: %w", s.name, e)
			}
		}
		s.wg.Wait()
	})
	return err
}
