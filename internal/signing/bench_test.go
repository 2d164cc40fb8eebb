package signing

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkRewardsAggregation measures one bls_rewards_request round as the
// aggregating node sees it: ask every registered node over the signed HTTPS
// transport (loopback TLS servers in this process, warm connections), check
// the answers, aggregate, verify. The aggregator's cache is bypassed; the
// signers' balances at the height are cached after the first round, as they
// are in a live network where many addresses are signed at the same height.
// With bad=1 one node signs with the wrong key, so the aggregate fails and
// every signature is verified on its own (the signer is then skipped, so the
// fallback is paid once per SkipFor; the figure is that worst round).
//
// On two shared cores all nodes, signers and aggregator, share the CPU, so
// the figures are an upper bound of what one aggregating node waits for.
func BenchmarkRewardsAggregation(b *testing.B) {
	for _, tc := range []struct{ nodes, bad int }{{12, 0}, {100, 0}, {100, 1}} {
		b.Run(fmt.Sprintf("nodes=%d/bad=%d", tc.nodes, tc.bad), func(b *testing.B) {
			o := clusterOptions{badKey: map[int]bool{}}
			for i := range tc.bad {
				o.badKey[tc.nodes-1-i] = true
			}
			c, _ := memCluster(b, tc.nodes, o)
			agg := c.nodes[0].agg
			addr := operatorOf(1)
			if _, err := agg.rewardsAt(b.Context(), addr, 0, false); err != nil { // warm up: connections, balances
				b.Fatal(err)
			}
			var total time.Duration
			for b.Loop() {
				agg.mu.Lock()
				clear(agg.skip) // ask the bad signer every round
				agg.mu.Unlock()
				start := time.Now()
				res, err := agg.rewardsAt(b.Context(), addr, 0, false)
				if err != nil {
					b.Fatal(err)
				}
				if len(res.NonSigners) != tc.bad {
					b.Fatalf("%d non-signers", len(res.NonSigners))
				}
				total += time.Since(start)
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N)/1000, "ms/aggregation")
		})
	}
}
