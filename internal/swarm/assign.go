package swarm

import (
	"encoding/binary"
	"math"
	"slices"
)

// NodeKey identifies a node: its 32-byte Ed25519 public key (oxend's primary service-node key
// from HF21, SN_PK_IS_ED25519).
type NodeKey [32]byte

// Assign recomputes the swarms, as oxend's calc_swarm_changes does when the active node set
// changes (spec/node.md §1.2–1.3).
//
// prev holds every active node, mapped to its current swarm id; nodes that just became active
// (new registrations, recommissions) map to UnassignedID. Nodes that are no longer active must be
// left out. seed is usually SeedFromBlockHash of the block that changed the set. The result maps
// every node of prev to its new swarm id; it is a fresh map and prev is not modified.
//
// Assign is deterministic: the result depends only on the contents of prev and on seed (see the
// package documentation for the orders used). With at least MinSwarmSize nodes every swarm of the
// result has at least MinSwarmSize members. An empty prev gives an empty result.
func Assign(prev map[NodeKey]ID, seed uint64) map[NodeKey]ID {
	groups := compute(prev, seed)
	out := make(map[NodeKey]ID, len(prev))
	for _, g := range groups {
		for _, k := range g.members {
			out[k] = g.id
		}
	}
	return out
}

// group is one swarm being computed: oxend's map entry swarm id -> vector of keys.
type group struct {
	id      ID
	members []NodeKey // oxend's vector order
	blk     *block    // the block that holds the group
}

// assigner is the state of one calc_swarm_changes run. The swarms, in ascending id order (oxend's
// std::map order), are cut into blocks that summarise their sizes. Every size change updates the
// summaries in O(1), and the two random selections oxend makes over the whole map find their
// target by skipping whole blocks:
//   - the r-th swarm in (size, id) order, from the global and per-block size counts;
//   - the k-th node of the excess pool (members of swarms larger than ExcessBase, in id order then
//     vector order), from the per-block pool sizes.
//
// Both give exactly the element oxend's rebuilt-from-scratch list would have at that index.
type assigner struct {
	rng      MT64
	blocks   []*block // non-empty, ascending id
	groups   int      // number of swarms
	count    []int    // count[n]: swarms of n members
	minSize  int      // count[n] == 0 for every n < minSize
	excess   int      // Σ max(0, size − ExcessBase)
	pool     int      // Σ poolWeight(size)
	starving int      // swarms with fewer than MinSwarmSize members
}

// compute runs the algorithm and returns the swarms in ascending id order.
func compute(prev map[NodeKey]ID, seed uint64) []*group {
	if len(prev) == 0 {
		return nil
	}
	// oxend lists the active nodes in ascending key order and appends each to its swarm's
	// vector; sorting by (id, key) yields the same vectors, in id order, in one pass. The sort
	// works on (id, first 8 key bytes, index) and compares the rest of the key only on a tie.
	keys := make([]NodeKey, 0, len(prev))
	entries := make([]sortEntry, 0, len(prev))
	for k, id := range prev {
		entries = append(entries, sortEntry{id, binary.BigEndian.Uint64(k[:8]), int32(len(keys))})
		keys = append(keys, k)
	}
	sortEntries(entries, keys)

	a := &assigner{}
	a.rng.Seed(seed)
	var unassigned []NodeKey
	var groups []*group
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].id == entries[i].id {
			j++
		}
		members := make([]NodeKey, j-i, j-i+IdealSwarmSize)
		for x := range members {
			members[x] = keys[entries[i+x].idx]
		}
		if entries[i].id == UnassignedID {
			unassigned = members
		} else {
			groups = append(groups, &group{id: entries[i].id, members: members})
		}
		i = j
	}
	a.load(groups)

	// Step 0: there is always at least one swarm.
	if a.groups == 0 {
		a.insertGroup(&group{id: newSwarmID(nil)})
	}
	// Step 1: new nodes fill the smallest swarms.
	for _, k := range unassigned {
		a.assignNode(k, FillSwarmLowerPercentile)
	}
	// Step 2: starving swarms steal from rich ones.
	a.robinHood()
	// Step 3: excess nodes form new swarms.
	a.createFromExcess()
	// Step 4: swarms that are still starving are dissolved.
	a.dissolve()

	out := make([]*group, 0, a.groups)
	for _, b := range a.blocks {
		out = append(out, b.groups...)
	}
	return out
}

// assignNode is one iteration of oxend's assign_snodes: put k into a random swarm among those
// no larger than the percentile-th smallest, then form new swarms from the excess if possible.
func (a *assigner) assignNode(k NodeKey, percentile int) {
	for a.count[a.minSize] == 0 {
		a.minSize++
	}
	// In the (size, id) order, pidx is the percentile position. Every swarm up to the last one
	// with the same size as sorted[pidx] is a candidate: that is all swarms of size ≤ pval.
	pidx := percentile * (a.groups - 1) / 100
	candidates := 0
	for n := a.minSize; ; n++ {
		candidates += a.count[n]
		if candidates > pidx {
			break
		}
	}
	r := a.rng.Uniform(uint64(candidates))
	a.give(a.nthBySize(int(r)), k)
	a.createFromExcess()
}

// robinHood is oxend's step 2: each starving swarm, smallest first, steals random nodes from
// the swarms larger than the 75th percentile size minus one (at least MinSwarmSize), until it
// has MinSwarmSize members. The step stops at the first swarm whose deficit exceeds the
// available excess.
func (a *assigner) robinHood() {
	if a.starving == 0 {
		return // the walk below would stop at its first entry without drawing
	}
	// oxend sorts once and never refreshes the list: it uses the sizes recorded here for the
	// walk and the percentile, but the live sizes for the pool and the deficit. Only the
	// starving swarms are walked; the percentile entry's size comes from the counts.
	type sized struct {
		g    *group
		size int
	}
	var poor []sized
	for _, b := range a.blocks {
		for _, g := range b.groups {
			if n := len(g.members); n < MinSwarmSize {
				poor = append(poor, sized{g, n})
			}
		}
	}
	slices.SortStableFunc(poor, func(x, y sized) int { return x.size - y.size })
	pidx := StealingSwarmUpperPercentile * (a.groups - 1) / 100
	ref := a.minSize
	for seen := a.count[ref]; seen <= pidx; seen += a.count[ref] {
		ref++
	}
	// oxend computes ref − 1 in size_t: 0 − 1 wraps to SIZE_MAX, so no swarm qualifies.
	pval := math.MaxInt
	if ref > 0 {
		pval = max(MinSwarmSize, ref-1)
	}
	for _, e := range poor {
		for {
			poolLen, excess := 0, 0
			for _, b := range a.blocks {
				for _, g := range b.groups {
					if n := len(g.members); n > pval {
						poolLen += n
						excess += n - MinSwarmSize
					}
				}
			}
			if excess < MinSwarmSize-len(e.g.members) {
				return // cannot save this swarm, nor any larger one
			}
			a.give(e.g, a.stealAt(int(a.rng.Uniform(uint64(poolLen))), pval))
			if len(e.g.members) >= MinSwarmSize {
				break
			}
		}
	}
}

// createFromExcess is oxend's create_new_swarm_from_excess: unless some swarm is starving, while
// the excess is at least 7 + 2 × (number of swarms), draw NewSwarmSize random nodes from the pool
// of members of swarms larger than ExcessBase and make them a new swarm.
func (a *assigner) createFromExcess() {
	if a.starving > 0 {
		return
	}
	for a.excess >= NewSwarmSize+IdealSwarmMargin*a.groups {
		picked := make([]NodeKey, 0, NewSwarmSize+IdealSwarmMargin+1)
		// The excess is at least NewSwarmSize and each pick lowers it by exactly one, so the
		// pool is never empty here (oxend checks and logs an error).
		for len(picked) < NewSwarmSize {
			g, i := a.poolNode(int(a.rng.Uniform(uint64(a.pool))))
			picked = append(picked, a.take(g, i))
		}
		a.insertGroup(&group{id: a.newSwarmID(), members: picked})
	}
}

// dissolve is oxend's step 4: if there was more than one swarm, repeatedly remove the first
// starving swarm in id order and give its members to the smallest swarms. Unlike oxend, the last
// remaining swarm is never removed (oxend throws there).
func (a *assigner) dissolve() {
	for a.starving > 0 && a.groups > 1 {
		g := a.firstStarving()
		a.deleteGroup(g)
		for _, k := range g.members {
			a.assignNode(k, DecommissionedRedistributionLowerPercentile)
		}
	}
}
