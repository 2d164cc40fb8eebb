package swarm

import (
	"fmt"
	"maps"
	"testing"
)

// BenchmarkAssignFromScratch: every node is new (unassigned), as on a fresh network.
func BenchmarkAssignFromScratch(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			in := withNew(newRand(1), nil, n)
			b.ReportAllocs()
			for b.Loop() {
				Assign(in, 42)
			}
		})
	}
}

// BenchmarkAssignChurn: one incremental step in which 1 % of the nodes left and as many new
// nodes joined.
func BenchmarkAssignChurn(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			r := newRand(2)
			in := maps.Clone(fresh(r, n, 1))
			keys := sortedKeys(in)
			for i := 0; i < n/100; i++ {
				delete(in, keys[r.IntN(len(keys))])
			}
			in = withNew(r, in, n-len(in))
			b.ReportAllocs()
			for b.Loop() {
				Assign(in, 43)
			}
		})
	}
}

// BenchmarkNewMap builds the lookup snapshot of a 20,000-node assignment.
func BenchmarkNewMap(b *testing.B) {
	a := fresh(newRand(3), 20000, 1)
	b.ReportAllocs()
	for b.Loop() {
		NewMap(a)
	}
}

// BenchmarkSwarmFor: account-to-swarm lookups on a 20,000-node network (about 2,850 swarms).
func BenchmarkSwarmFor(b *testing.B) {
	r := newRand(4)
	m := NewMap(fresh(r, 20000, 1))
	accounts := make([][]byte, 1024)
	for i := range accounts {
		k := randKey(r)
		accounts[i] = append([]byte{0x05}, k[:]...)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.MembersFor(accounts[i&1023])
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lookups/s")
}
