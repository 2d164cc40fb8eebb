package swarm

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

func requireSameGroups(t *testing.T, want, got []*group, msg string, args ...any) {
	t.Helper()
	where := fmt.Sprintf(msg, args...)
	require.Equal(t, len(want), len(got), where)
	for i := range want {
		require.Equal(t, want[i].id, got[i].id, where)
		require.Equal(t, want[i].members, got[i].members, "%s: swarm %d", where, want[i].id)
	}
}

// compute (indexed buckets, Fenwick tree, running totals) must give exactly what the direct
// transcription gives: same ids, same member vectors, for histories and for arbitrary inputs.
func TestComputeMatchesNaive(t *testing.T) {
	r := newRand(11)
	// Histories with joins, leaves and recommissions.
	for h := range 6 {
		var cur map[NodeKey]ID
		for i := range 40 {
			in := withNew(r, cur, r.IntN(25))
			for _, k := range sortedKeys(in) {
				switch r.IntN(30) {
				case 0:
					delete(in, k)
				case 1:
					in[k] = UnassignedID
				}
			}
			seed := r.Uint64()
			want := naiveCompute(in, seed)
			requireSameGroups(t, want, compute(in, seed), "history %d step %d", h, i)
			cur = Assign(in, seed)
		}
	}
	// Arbitrary inputs: random ids, sizes from 1 to 20 (starving and oversized swarms), plus
	// unassigned nodes, which exercises Robin Hood, dissolution and multiple new swarms.
	for i := range 300 {
		in := randomInput(r)
		seed := r.Uint64()
		requireSameGroups(t, naiveCompute(in, seed), compute(in, seed), "input %d", i)
	}
}

func randomInput(r *rand.Rand) map[NodeKey]ID {
	in := map[NodeKey]ID{}
	swarms := r.IntN(30)
	for range swarms {
		id := ID(r.Uint64())
		switch r.IntN(4) {
		case 0:
			id = ID(r.IntN(100)) // clustered ids
		case 1:
			id = MaxID - ID(r.IntN(3))
		}
		size := 1 + r.IntN(9)
		if r.IntN(5) == 0 {
			size = 1 + r.IntN(40)
		}
		for range size {
			in[randKey(r)] = id
		}
	}
	for range r.IntN(60) {
		in[randKey(r)] = UnassignedID
	}
	return in
}

func FuzzComputeMatchesNaive(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, uint64(1))
	f.Add([]byte{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 255, 255, 255}, uint64(7))
	f.Fuzz(func(t *testing.T, data []byte, seed uint64) {
		// Each byte pair is a node: the first byte picks one of 16 swarm ids or "unassigned",
		// the second (with the pair's index) makes the key.
		in := map[NodeKey]ID{}
		for i := 0; i+1 < len(data) && i < 2*400; i += 2 {
			var k NodeKey
			k[0], k[1], k[2] = data[i+1], byte(i), byte(i>>8)
			id := UnassignedID
			if data[i] < 16*15 {
				id = ID(data[i]%16) * (MaxID / 15)
			}
			in[k] = id
		}
		want := naiveCompute(maps.Clone(in), seed)
		got := compute(in, seed)
		requireSameGroups(t, want, got, "seed %d", seed)
		out := Assign(in, seed)
		checkAssignment(t, in, out)
	})
}
