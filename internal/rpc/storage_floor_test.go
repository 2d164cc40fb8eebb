package rpc

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"net"
	"sync"
	"time"
)

// floorServer is the bench's HTTPS floor: on keep-alive TLS connections it
// answers every POST with one canned answer (a real retrieve answer of the
// node) and does nothing else: no routing, no JSON, no storage, no
// signature. The rate it sustains under the bench's generator is the most
// any HTTPS server could answer on these cores with one request per round
// trip: it pays only the TLS records, the system calls of both sides and
// the generator's own work. A signed retrieve costs at least that plus one
// Ed25519 verification, which bounds what the signed-retrieve target can
// reach on a given machine.
type floorServer struct {
	ln   net.Listener
	resp []byte // the whole HTTP response
	wg   sync.WaitGroup
	mu   sync.Mutex
	cs   map[net.Conn]struct{}
}

func startFloorServer(cert tls.Certificate, body []byte) (*floorServer, error) {
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
	if err != nil {
		return nil, err
	}
	f := &floorServer{ln: ln, cs: map[net.Conn]struct{}{}}
	f.resp = fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: %s\r\nContent-Length: %d\r\n\r\n",
		time.Now().UTC().Format(time.RFC1123), len(body))
	f.resp = append(f.resp, body...)
	f.wg.Add(1)
	go func() {
		defer f.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			f.mu.Lock()
			f.cs[c] = struct{}{}
			f.mu.Unlock()
			f.wg.Add(1)
			go func() {
				defer f.wg.Done()
				f.serve(c)
				f.mu.Lock()
				delete(f.cs, c)
				f.mu.Unlock()
			}()
		}
	}()
	return f, nil
}

func (f *floorServer) addr() string { return f.ln.Addr().String() }

func (f *floorServer) close() {
	f.ln.Close()
	f.mu.Lock()
	for c := range f.cs {
		c.Close()
	}
	f.mu.Unlock()
	f.wg.Wait()
}

// serve answers c's requests until it closes or sends something that is
// not a request with a Content-Length.
func (f *floorServer) serve(c net.Conn) {
	defer c.Close()
	br := bufio.NewReaderSize(c, 32<<10)
	for {
		n, _, err := readHead(br, nil)
		if err != nil || n < 0 {
			return
		}
		if _, err := br.Discard(n); err != nil {
			return
		}
		if _, err := c.Write(f.resp); err != nil {
			return
		}
	}
}
