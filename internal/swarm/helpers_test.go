package swarm

import (
	"encoding/binary"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x5eed)) }

func randKey(r *rand.Rand) NodeKey {
	var k NodeKey
	for i := 0; i < len(k); i += 8 {
		binary.LittleEndian.PutUint64(k[i:], r.Uint64())
	}
	return k
}

// withNew returns a copy of cur plus n new unassigned nodes.
func withNew(r *rand.Rand, cur map[NodeKey]ID, n int) map[NodeKey]ID {
	next := maps.Clone(cur)
	if next == nil {
		next = map[NodeKey]ID{}
	}
	for range n {
		next[randKey(r)] = UnassignedID
	}
	return next
}

// fresh returns an assignment of n nodes that all joined at once.
func fresh(r *rand.Rand, n int, seed uint64) map[NodeKey]ID {
	return Assign(withNew(r, nil, n), seed)
}

// sizes returns the member count of each swarm.
func sizes(a map[NodeKey]ID) map[ID]int {
	out := map[ID]int{}
	for _, id := range a {
		out[id]++
	}
	return out
}

// members returns each swarm's members in ascending key order.
func members(a map[NodeKey]ID) map[ID][]NodeKey {
	m := NewMap(a)
	out := map[ID][]NodeKey{}
	for _, id := range m.IDs() {
		out[id] = m.Members(id)
	}
	return out
}

// moved counts the nodes that had a swarm in before and have another one in after.
func moved(before, after map[NodeKey]ID) int {
	n := 0
	for k, id := range before {
		if id != UnassignedID && after[k] != id {
			n++
		}
	}
	return n
}

// sortedKeys returns the keys of a in ascending order (for reproducible random choices).
func sortedKeys(a map[NodeKey]ID) []NodeKey {
	return slices.SortedFunc(maps.Keys(a), func(x, y NodeKey) int {
		for i := range x {
			if x[i] != y[i] {
				return int(x[i]) - int(y[i])
			}
		}
		return 0
	})
}

// checkAssignment checks what holds after every Assign: the same node set, nobody unassigned,
// and no starving swarm once there are MinSwarmSize nodes.
func checkAssignment(t *testing.T, in, out map[NodeKey]ID) {
	t.Helper()
	require.Len(t, out, len(in))
	for k := range in {
		id, ok := out[k]
		require.True(t, ok)
		require.NotEqual(t, UnassignedID, id)
	}
	if len(out) >= MinSwarmSize {
		for id, n := range sizes(out) {
			require.GreaterOrEqual(t, n, MinSwarmSize, "swarm %d with %d nodes", id, len(out))
		}
	}
}

// expectedSwarms is the swarm count oxend's unit tests expect while nodes only join:
// 1 for fewer than 14 nodes, 2 for 14–20, 3 for 21–27, ...
func expectedSwarms(n int) int { return 1 + max(0, n-IdealSwarmSize)/IdealSwarmSize }
