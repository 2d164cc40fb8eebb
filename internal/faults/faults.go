// Package faults injects faults into a node, for test networks: blocked
// destinations of its outgoing peer connections (a partition, or a peer that
// looks dead to this node), added latency (a slow link), and wrong BLS
// signatures (a faulty signer).
//
// A node built with an Injector dials every node-to-node connection (peer
// requests, replication, onion relays, reachability probes) through
// Injector.DialContext. Blocking a destination fails new dials and breaks the
// connections already open to it, so keep-alive cannot bypass a partition.
// Tests drive it in-process or, for nodes running as processes, through
// Handler on the node's operator listener (config network.fault_injection,
// refused on mainnet and testnet).
package faults

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"
)

// ErrBlocked is returned by dials to, and I/O on connections with, a blocked
// destination.
var ErrBlocked = errors.New("faults: destination blocked by fault injection")

// Spec is the injected state: the host:port destinations this node cannot
// reach, the delay added before every write to any peer, and whether the
// node's BLS signatures are wrong (a faulty signer).
type Spec struct {
	Blocked       []string `json:"blocked"`
	Delay         Duration `json:"delay"`
	BadSignatures bool     `json:"bad_signatures,omitempty"`
}

// BadSignatures reports whether the node must sign wrongly.
func (f *Injector) BadSignatures() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.spec.BadSignatures
}

// Duration is a time.Duration that reads and writes JSON as "250ms".
type Duration time.Duration

// MarshalJSON writes the duration as a Go duration string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a Go duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	if v < 0 {
		return fmt.Errorf("negative delay %s", s)
	}
	*d = Duration(v)
	return nil
}

// Injector holds the current faults. The zero value is not usable; use New.
type Injector struct {
	dialer net.Dialer
	mu     sync.Mutex
	spec   Spec
	conns  map[*conn]struct{}
}

// New returns an Injector with no faults.
func New() *Injector {
	return &Injector{dialer: net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}, conns: map[*conn]struct{}{}}
}

// Set replaces the faults. Connections to destinations that become blocked
// are closed.
func (f *Injector) Set(s Spec) {
	s.Blocked = slices.Clone(s.Blocked)
	f.mu.Lock()
	f.spec = s
	var cut []*conn
	for c := range f.conns {
		if slices.Contains(s.Blocked, c.addr) {
			cut = append(cut, c)
		}
	}
	f.mu.Unlock()
	for _, c := range cut {
		_ = c.Conn.Close()
	}
}

// Get returns the current faults.
func (f *Injector) Get() Spec {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.spec
	s.Blocked = slices.Clone(s.Blocked)
	return s
}

func (f *Injector) state(addr string) (blocked bool, delay time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Contains(f.spec.Blocked, addr), time.Duration(f.spec.Delay)
}

// DialContext dials addr unless it is blocked; the connection obeys later
// changes of the faults.
func (f *Injector) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if blocked, _ := f.state(addr); blocked {
		return nil, fmt.Errorf("dial %s %s: %w", network, addr, ErrBlocked)
	}
	nc, err := f.dialer.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	c := &conn{Conn: nc, f: f, addr: addr}
	f.mu.Lock()
	f.conns[c] = struct{}{}
	f.mu.Unlock()
	return c, nil
}

// conn is a dialed connection that fails once its destination is blocked
// and delays writes by the injected delay.
type conn struct {
	net.Conn
	f    *Injector
	addr string
	once sync.Once
}

func (c *conn) Read(b []byte) (int, error) {
	if blocked, _ := c.f.state(c.addr); blocked {
		return 0, ErrBlocked
	}
	return c.Conn.Read(b)
}

func (c *conn) Write(b []byte) (int, error) {
	blocked, delay := c.f.state(c.addr)
	if blocked {
		return 0, ErrBlocked
	}
	if delay > 0 {
		time.Sleep(delay)
	}
	return c.Conn.Write(b)
}

func (c *conn) Close() error {
	c.once.Do(func() {
		c.f.mu.Lock()
		delete(c.f.conns, c)
		c.f.mu.Unlock()
	})
	return c.Conn.Close()
}

// Handler serves the faults as JSON: GET returns them, PUT replaces them.
func (f *Injector) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
		case http.MethodPut, http.MethodPost:
			var s Spec
			dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&s); err != nil {
				http.Error(w, "bad fault spec: "+err.Error(), http.StatusBadRequest)
				return
			}
			for _, a := range s.Blocked {
				if _, _, err := net.SplitHostPort(a); err != nil {
					http.Error(w, fmt.Sprintf("bad fault spec: blocked %q is not host:port", a), http.StatusBadRequest)
					return
				}
			}
			f.Set(s)
		default:
			w.Header().Set("Allow", "GET, PUT")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(f.Get())
	})
}
