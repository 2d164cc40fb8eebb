package swarm

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAssignTiny(t *testing.T) {
	require.Empty(t, Assign(nil, 1))
	require.Empty(t, Assign(map[NodeKey]ID{}, 1))

	r := newRand(1)
	for n := 1; n < 14; n++ {
		out := fresh(r, n, uint64(n))
		require.Equal(t, map[ID]int{0: n}, sizes(out), "n=%d: one swarm with id 0", n)
	}
	out := fresh(r, 14, 3)
	require.Equal(t, map[ID]int{0: 7, MaxID / 2: 7}, sizes(out))

	// Two starving swarms with 4 nodes in total: oxend dissolves the first, then the second
	// (the last) and throws; we keep the last one.
	k := func(b byte) NodeKey { return NodeKey{b} }
	out = Assign(map[NodeKey]ID{k(1): 10, k(2): 10, k(3): 20, k(4): 20}, 7)
	require.Equal(t, map[ID]int{20: 4}, sizes(out))
	// With 6 nodes, the survivor is no longer starving.
	out = Assign(map[NodeKey]ID{k(1): 10, k(2): 10, k(3): 10, k(4): 20, k(5): 20, k(6): 20}, 7)
	require.Equal(t, map[ID]int{20: 6}, sizes(out))
	// A single starving swarm stays.
	out = Assign(map[NodeKey]ID{k(1): 99, k(2): UnassignedID}, 7)
	require.Equal(t, map[ID]int{99: 2}, sizes(out))
}

func TestAssignDoesNotModifyInput(t *testing.T) {
	r := newRand(2)
	in := withNew(r, fresh(r, 300, 1), 50)
	for k := range in {
		if r.IntN(10) == 0 {
			delete(in, k)
		}
	}
	saved := maps.Clone(in)
	Assign(in, 42)
	require.Equal(t, saved, in)
}

// While nodes only join, the swarm count is oxend's step function of the node count, every
// swarm has at least MinSwarmSize members, the excess is 2 × swarms + nodes mod 7 (oxend's
// validateSwarmsNoDereg), and the only nodes that move are the 7 of each new swarm.
func TestSwarmCountStepFunction(t *testing.T) {
	r := newRand(3)
	var cur map[NodeKey]ID
	seed := uint64(1000)
	for len(cur) < 2000 {
		batch := min(1+r.IntN(40), 2000-len(cur))
		if r.IntN(4) == 0 {
			batch = 1
		}
		in := withNew(r, cur, batch)
		out := Assign(in, seed)
		seed++
		checkAssignment(t, in, out)
		n, s := len(out), len(sizes(out))
		require.Equal(t, expectedSwarms(n), s, "%d nodes", n)
		grew := s - len(sizes(cur))
		require.GreaterOrEqual(t, grew, 0)
		require.LessOrEqual(t, moved(cur, out), NewSwarmSize*grew)
		if n >= IdealSwarmSize {
			excess := 0
			for _, size := range sizes(out) {
				excess += size - ExcessBase
			}
			require.Equal(t, s*IdealSwarmMargin+n%IdealSwarmSize, excess, "%d nodes", n)
		}
		cur = out
	}
}

// oxend's register_snodes_one_by_one and register_snodes_in_bulk.
func TestRegisterOneByOneAndInBulk(t *testing.T) {
	r := newRand(4)
	var cur map[NodeKey]ID
	for i := range 40 * IdealSwarmSize {
		cur = Assign(withNew(r, cur, 1), uint64(i))
		require.Equal(t, expectedSwarms(len(cur)), len(sizes(cur)))
	}
	cur = nil
	for i, inc := range []int{1, 3, 19, 4, 8, 13, 1, 22, 1, 7, 2, 1, 11, 18, 6, 10} {
		cur = Assign(withNew(r, cur, inc), uint64(i))
		require.Equal(t, expectedSwarms(len(cur)), len(sizes(cur)))
	}
}

// popLast removes the member of swarm id with the highest key (the last of its vector when the
// vector is in key order) and returns it.
func popLast(a map[NodeKey]ID, id ID) NodeKey {
	var last NodeKey
	found := false
	for _, k := range sortedKeys(a) {
		if a[k] == id {
			last, found = k, true
		}
	}
	if !found {
		panic("empty swarm")
	}
	delete(a, last)
	return last
}

func lowestID(a map[NodeKey]ID) ID { return NewMap(a).IDs()[0] }

// oxend's swarm_above_min_size_unaffects_other_swarms.
func TestShrinkingToMinLeavesOthersAlone(t *testing.T) {
	r := newRand(5)
	cur := fresh(r, 10*IdealSwarmSize, 0)
	first := lowestID(cur)
	seed := uint64(70)
	for sizes(cur)[first] > MinSwarmSize {
		before := members(cur)
		popLast(cur, first)
		cur = Assign(cur, seed)
		seed++
		after := members(cur)
		require.Len(t, after, len(before))
		for id, m := range after {
			if id != first {
				require.Equal(t, before[id], m)
			}
		}
	}
	second := NewMap(cur).IDs()[1]
	before := members(cur)
	for sizes(cur)[second] > MinSwarmSize {
		popLast(cur, second)
	}
	cur = Assign(cur, seed)
	after := members(cur)
	require.Len(t, after, len(before))
	for id, m := range after {
		if id != second {
			require.Equal(t, before[id], m)
		}
	}
}

// oxend's register_snode_fills_low_swarms.
func TestRegistrationsRescueStarvingSwarms(t *testing.T) {
	r := newRand(6)
	cur := fresh(r, 10*IdealSwarmSize, 0)
	ids := NewMap(cur).IDs()
	first, second := ids[0], ids[1]
	seed := uint64(70)
	for sizes(cur)[first] > MinSwarmSize {
		popLast(cur, first)
		if sizes(cur)[second] > 0 {
			popLast(cur, second)
		}
		cur = Assign(cur, seed)
		seed++
	}
	popLast(cur, first)
	popLast(cur, second)
	out := Assign(withNew(r, cur, 3), seed)
	require.GreaterOrEqual(t, sizes(out)[first], MinSwarmSize)
	require.GreaterOrEqual(t, sizes(out)[second], MinSwarmSize)
}

// oxend's stealing_from_rich_swarms.
func TestStealingFromRichSwarms(t *testing.T) {
	for seed := range uint64(20) {
		r := newRand(100 + seed)
		cur := fresh(r, 10*IdealSwarmSize, seed)
		before := sizes(cur)
		first := lowestID(cur)
		for sizes(cur)[first] >= MinSwarmSize {
			popLast(cur, first)
		}
		out := Assign(cur, seed+1)
		after := sizes(out)
		require.GreaterOrEqual(t, after[first], MinSwarmSize)
		affected := 0
		for id, n := range after {
			if id != first && n < before[id] {
				require.GreaterOrEqual(t, n, MinSwarmSize)
				require.Equal(t, before[id]-1, n)
				affected++
			}
		}
		require.Equal(t, 1, affected)
	}
}

// oxend's decommission: with every swarm at the minimum, a starving swarm is dissolved.
func TestDissolveWhenNoExcess(t *testing.T) {
	r := newRand(7)
	cur := fresh(r, 10*IdealSwarmSize, 0)
	swarms := len(sizes(cur))
	for id := range sizes(cur) {
		for sizes(cur)[id] > MinSwarmSize {
			popLast(cur, id)
		}
	}
	victim := lowestID(cur)
	popLast(cur, victim)
	out := Assign(cur, 99)
	checkAssignment(t, cur, out)
	require.Len(t, sizes(out), swarms-1)
	require.NotContains(t, sizes(out), victim)
}

// A single node joining or leaving moves at most as many nodes as the algorithm allows:
//   - join: nothing moves unless a new swarm forms; then at most NewSwarmSize nodes move (one
//     swarm at most: the excess rises by one, a new swarm lowers it by 7 and raises the
//     threshold by 2);
//   - leave, swarm still ≥ MinSwarmSize: nothing changes at all;
//   - leave, swarm starving and rescued by Robin Hood: exactly one node moves (deficit 1);
//   - leave, swarm dissolved: its MinSwarmSize−1 remaining members move, plus at most one new
//     swarm of NewSwarmSize (the excess rises by 4 while the threshold falls by 2).
func TestChurnBounds(t *testing.T) {
	r := newRand(8)
	cur := fresh(r, 700, 1)
	seed := uint64(2)
	var joins, newSwarms, untouched, rescued, dissolved int
	for step := range 1500 {
		// Mostly random churn; every third 100-step phase drains the largest swarms so that all
		// swarms reach the minimum and leaves start dissolving swarms.
		drain := (step/100)%3 == 2
		if !drain && r.IntN(2) == 0 {
			in := withNew(r, cur, 1)
			out := Assign(in, seed)
			checkAssignment(t, in, out)
			grew := len(sizes(out)) - len(sizes(cur))
			require.Contains(t, []int{0, 1}, grew)
			if grew == 0 {
				require.Zero(t, moved(cur, out))
			} else {
				require.LessOrEqual(t, moved(cur, out), NewSwarmSize)
				newSwarms++
			}
			joins++
			cur = out
			seed++
			continue
		}
		keys := sortedKeys(cur)
		leaver := keys[r.IntN(len(keys))]
		if drain {
			big, most := ID(0), 0
			for id, n := range sizes(cur) {
				if n > most || (n == most && id < big) {
					big, most = id, n
				}
			}
			leaver = popLast(maps.Clone(cur), big)
		}
		in := maps.Clone(cur)
		old := in[leaver]
		delete(in, leaver)
		out := Assign(in, seed)
		checkAssignment(t, in, out)
		m := moved(in, out)
		switch left := sizes(in)[old]; {
		case left >= MinSwarmSize:
			require.Equal(t, in, out)
			untouched++
		case sizes(out)[old] > 0:
			require.Equal(t, 1, m)
			require.Len(t, sizes(out), len(sizes(in)))
			rescued++
		default:
			require.LessOrEqual(t, m, MinSwarmSize-1+NewSwarmSize)
			require.GreaterOrEqual(t, m, left)
			require.Contains(t, []int{-1, 0}, len(sizes(out))-len(sizes(in)))
			dissolved++
		}
		cur = out
		seed++
	}
	t.Logf("joins %d (new swarms %d), leaves: untouched %d, rescued %d, dissolved %d",
		joins, newSwarms, untouched, rescued, dissolved)
	require.Positive(t, newSwarms)
	require.Positive(t, untouched)
	require.Positive(t, rescued)
	require.Positive(t, dissolved)
}

// Heavy random churn (joins, leaves, decommission + recommission) never leaves a starving swarm.
func TestNoStarvingSwarmsUnderChurn(t *testing.T) {
	r := newRand(9)
	cur := fresh(r, 200, 1)
	for step := range 300 {
		in := maps.Clone(cur)
		for _, k := range sortedKeys(in) {
			switch r.IntN(40) {
			case 0:
				delete(in, k)
			case 1:
				in[k] = UnassignedID // recommissioned
			}
		}
		grow := r.IntN(12)
		if step > 200 {
			grow = 0 // shrink the network towards a handful of nodes
		}
		in = withNew(r, in, grow)
		cur = Assign(in, uint64(step))
		checkAssignment(t, in, cur)
	}
	require.Less(t, len(cur), 100)
}

// The result depends only on the history, not on how the maps were built or iterated.
func TestDeterministic(t *testing.T) {
	type step struct {
		in   map[NodeKey]ID
		seed uint64
	}
	history := func() []step {
		r := newRand(10)
		var steps []step
		var cur map[NodeKey]ID
		for i := range 60 {
			in := withNew(r, cur, r.IntN(30))
			for _, k := range sortedKeys(in) {
				if r.IntN(25) == 0 {
					delete(in, k)
				}
			}
			steps = append(steps, step{maps.Clone(in), uint64(i) * 0x9e3779b97f4a7c15})
			cur = Assign(in, steps[i].seed)
		}
		return steps
	}
	run := func(steps []step, shuffle bool, r func(int) int) []map[NodeKey]ID {
		var outs []map[NodeKey]ID
		for _, s := range steps {
			in := s.in
			if shuffle { // rebuild the map with a random insertion order
				keys := sortedKeys(in)
				for i := len(keys) - 1; i > 0; i-- {
					j := r(i + 1)
					keys[i], keys[j] = keys[j], keys[i]
				}
				in = make(map[NodeKey]ID)
				for _, k := range keys {
					in[k] = s.in[k]
				}
			}
			outs = append(outs, Assign(in, s.seed))
		}
		return outs
	}
	h1, h2 := history(), history()
	require.Equal(t, h1, h2)
	want := run(h1, false, nil)
	for i := range 3 {
		r := newRand(uint64(20 + i))
		require.Equal(t, want, run(h2, true, r.IntN))
	}
	// The member order inside the algorithm is reproducible too.
	last := h1[len(h1)-1]
	a, b := compute(last.in, last.seed), compute(maps.Clone(last.in), last.seed)
	require.Equal(t, a, b)
}
