package client

import (
	"context"
	"slices"
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
