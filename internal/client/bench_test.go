package client

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sessiond/sessiond/internal/onion"
)

// BenchmarkRetrieveOnionVsDirect times the same signed retrieve sent
// through a 3-hop onion path and directly to /storage_rpc/v1, on loopback,
// and reports p50/p99 of each and the added p50 latency.
func BenchmarkRetrieveOnionVsDirect(b *testing.B) {
	n := newTestNet(b, netOpts{nodes: 6, swarms: 1})
	ctx := context.Background()
	alice, _ := GenerateIdentity(nil)
	oc := newTestClient(b, n, onion.EncAESGCM)
	dc := New(Options{Seed: n.seed.URL, Direct: true})
	dc.SetNodes(oc.Nodes())
	if _, err := oc.Store(ctx, alice.SessionID(), []byte("bench message")); err != nil {
		b.Fatal(err)
	}
	dest := n.clientNode(5)
	path := []Node{n.clientNode(0), n.clientNode(1), n.clientNode(2)}
	run := func(c *Client, onionPath bool) time.Duration {
		if onionPath {
			c.UsePath(path)
		}
		t0 := time.Now()
		msgs, err := retrieveVia(c, alice, nil, dest)
		if err != nil || len(msgs) != 1 {
			b.Fatalf("retrieve: %v (%d messages)", err, len(msgs))
		}
		return time.Since(t0)
	}
	var on, di []time.Duration
	for range 20 { // warm up connections
		run(oc, true)
		run(dc, false)
	}
	b.ResetTimer()
	for b.Loop() {
		on = append(on, run(oc, true))
		di = append(di, run(dc, false))
	}
	b.StopTimer()
	p := func(d []time.Duration, q float64) time.Duration {
		slices.Sort(d)
		return d[min(len(d)-1, int(q*float64(len(d))))]
	}
	b.ReportMetric(float64(p(on, .5).Microseconds()), "onion-p50-µs")
	b.ReportMetric(float64(p(on, .99).Microseconds()), "onion-p99-µs")
	b.ReportMetric(float64(p(di, .5).Microseconds()), "direct-p50-µs")
	b.ReportMetric(float64(p(di, .99).Microseconds()), "direct-p99-µs")
	b.Logf("3-hop onion retrieve p50 %v p99 %v; direct p50 %v p99 %v; added p50 %v (n=%d)",
		p(on, .5), p(on, .99), p(di, .5), p(di, .99), p(on, .5)-p(di, .5), len(on))
}

// BenchmarkRelayThroughput loads one fixed 3-hop path (nodes 0, 1, 2, then
// the destination 5) with 32 concurrent clients sending `info` through
// onion requests over real HTTPS on loopback for a few seconds, and reports
// the onion requests per second and the relayed hops per second: every
// request is relayed by three nodes. The six nodes and the clients (which
// build three layers of encryption per request) share this machine's cores,
// so one node's own relaying rate, with the machine to itself, is higher
// than hops/s.
func BenchmarkRelayThroughput(b *testing.B) {
	n := newTestNet(b, netOpts{nodes: 6, swarms: 1})
	c := newTestClient(b, n, onion.EncAESGCM)
	path := []Node{n.clientNode(0), n.clientNode(1), n.clientNode(2)}
	dest := n.clientNode(5)
	payload := []byte(`{"method":"info","params":{}}`)
	ctx := context.Background()
	one := func() error {
		r, err := c.Via(ctx, path, dest, payload)
		if err == nil && r.Status != 200 {
			err = fmt.Errorf("info: %d %s", r.Status, r.Body)
		}
		return err
	}
	for range 50 { // warm up connections
		if err := one(); err != nil {
			b.Fatal(err)
		}
	}
	const clients = 32
	d := 3 * time.Second
	var done atomic.Int64
	var failed atomic.Value
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		stop := start.Add(d)
		var wg sync.WaitGroup
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for time.Now().Before(stop) {
					if err := one(); err != nil {
						failed.Store(err)
						return
					}
					done.Add(1)
				}
			}()
		}
		wg.Wait()
		el := time.Since(start).Seconds()
		if err, _ := failed.Load().(error); err != nil {
			b.Fatal(err)
		}
		rate := float64(done.Load()) / el
		b.ReportMetric(rate, "onion_req/s")
		b.ReportMetric(3*rate, "relayed_hops/s")
		b.Logf("%d clients, one 3-hop path: %.0f onion requests/s, %.0f relayed hops/s (6 nodes and the clients on %d cores)", clients, rate, 3*rate, runtime.GOMAXPROCS(0))
		done.Store(0)
	}
	b.ReportMetric(0, "ns/op")
}
