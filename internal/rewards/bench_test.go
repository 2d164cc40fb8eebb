package rewards

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/registry"
)

// benchNodes makes n nodes: 60 % solo, 40 % with 3-10 contributors drawn
// from a shared address pool; three quarters registered before the year
// starts (t0), the rest during it; with exits, one in eight nodes exits
// during the year and a quarter of those are liquidations.
func benchNodes(rng *rand.Rand, n int, exits bool) []registry.Node {
	nodes := make([]registry.Node, 0, n)
	addr := func() common.Address { return common.BigToAddress(big.NewInt(int64(0x10000 + rng.IntN(3*n)))) }
	for id := 1; id <= n; id++ {
		added := uint64(t0 - 2*day - rng.Uint64N(60*day))
		if id > n*3/4 {
			added = t0 + rng.Uint64N(300*day)
		}
		var cs []registry.Contributor
		if rng.IntN(10) < 6 {
			a := addr()
			cs = []registry.Contributor{{Staker: a, Beneficiary: a, Amount: big.NewInt(req)}}
		} else {
			k := 3 + rng.IntN(8)
			left := int64(req)
			for i := 0; i < k; i++ {
				amt := left / int64(k-i)
				if i == 0 {
					amt = req / 4
				}
				if i == k-1 {
					amt = left
				}
				left -= amt
				cs = append(cs, registry.Contributor{Staker: addr(), Beneficiary: addr(), Amount: big.NewInt(amt)})
			}
		}
		nd := registry.Node{ID: uint64(id), Fee: uint16(rng.IntN(2001)), Added: blockAt(added), Contributors: cs}
		if exits && rng.IntN(8) == 0 {
			e := blockAt(max(added, t0) + rng.Uint64N(365*day))
			nd.Exited, nd.ReturnedAmount = &e, nd.Deposit()
			if rng.IntN(4) == 0 {
				nd.Liquidated = true
				nd.ReturnedAmount = new(big.Int).Sub(nd.ReturnedAmount, big.NewInt(req/500))
			}
		}
		nodes = append(nodes, nd)
	}
	return nodes
}

// dailyRelease is the i-th daily release of about 16,500 SESH (15.1 %/365
// of a 40 M pool).
func dailyRelease(i int) registry.Release {
	return registry.Release{Block: blockAt(t0 + uint64(i)*day), Amount: big.NewInt(16_547_945_205_479)}
}

// BenchmarkCompute: from scratch, 2,000 nodes and a year of daily releases.
func BenchmarkCompute(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	in := Input{Nodes: benchNodes(rng, 2000, true)}
	for i := 1; i <= 365; i++ {
		in.Releases = append(in.Releases, dailyRelease(i))
	}
	end := blockAt(t0 + 400*day)
	b.ReportAllocs()
	b.ResetTimer()
	var bal *Balances
	for b.Loop() {
		var err error
		if bal, err = Compute(DefaultRules(), in, end); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/365, "ns/release")
	b.ReportMetric(float64(len(bal.All())), "addresses")
}

// BenchmarkLedgerRelease: the incremental cost of one more daily release
// with 2,000 payable nodes, given only the new release.
func BenchmarkLedgerRelease(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	l := NewLedger(DefaultRules())
	if err := l.Advance(Input{Nodes: benchNodes(rng, 2000, false)[:1500]}, blockAt(t0)); err != nil {
		b.Fatal(err)
	}
	// Pad to 2,000 nodes that are all payable from the start.
	more := benchNodes(rand.New(rand.NewPCG(9, 9)), 2000, false)[:500]
	for i := range more {
		more[i].ID += 10_000
		more[i].Added = blockAt(t0 + 1)
	}
	if err := l.Advance(Input{Nodes: more}, blockAt(t0+1)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 1
	for b.Loop() {
		r := dailyRelease(i)
		if err := l.Advance(Input{Releases: []registry.Release{r}}, r.Block); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkLedgerBlockFullInput: one block without a release when the caller
// passes the registry's whole node list (registry.Nodes(false)) each time.
func BenchmarkLedgerBlockFullInput(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	nodes := benchNodes(rng, 2000, false)
	l := NewLedger(DefaultRules())
	t := uint64(t0 + 300*day)
	if err := l.Advance(Input{Nodes: nodes}, blockAt(t)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		t++
		if err := l.Advance(Input{Nodes: nodes}, blockAt(t)); err != nil {
			b.Fatal(err)
		}
	}
}
