package swarm

import (
	"bytes"
	"slices"
)

// naiveCompute is a direct, slow transcription of oxend's calc_swarm_changes (spec/node.md §1.3)
// with a stable sort by size in place of std::sort, and the same last-swarm rule as compute. It
// rebuilds every sorted list and pool from scratch, as oxend does, and models oxend's size_t
// arithmetic with uint64. Tests compare compute against it.
func naiveCompute(prev map[NodeKey]ID, seed uint64) []*group {
	if len(prev) == 0 {
		return nil
	}
	keys := make([]NodeKey, 0, len(prev))
	for k := range prev {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b NodeKey) int { return bytes.Compare(a[:], b[:]) })
	n := &naive{rng: NewMT64(seed)}
	var unassigned []NodeKey
	for _, k := range keys {
		if id := prev[k]; id == UnassignedID {
			unassigned = append(unassigned, k)
		} else {
			g := n.get(id)
			if g == nil {
				g = &group{id: id}
				n.insert(g)
			}
			g.members = append(g.members, k)
		}
	}
	if len(n.swarms) == 0 {
		n.insert(&group{id: NewSwarmID(nil)})
	}
	n.assign(unassigned, FillSwarmLowerPercentile)

	// Robin Hood.
	sorted := n.sortedSizes()
pass:
	for _, e := range sorted {
		if e.size >= MinSwarmSize {
			break
		}
		poor := n.get(e.id)
		for {
			pidx := uint64(StealingSwarmUpperPercentile) * (uint64(len(sorted)) - 1) / 100
			pval := max(uint64(MinSwarmSize), uint64(sorted[pidx].size)-1)
			pool, excess := n.excessPool(pval)
			deficit := uint64(MinSwarmSize - len(poor.members))
			if excess < deficit {
				break pass
			}
			p := pool[n.rng.Uniform(uint64(len(pool)))]
			n.remove(p)
			poor.members = append(poor.members, p.key)
			if len(poor.members) >= MinSwarmSize {
				break
			}
		}
	}

	n.createFromExcess()

	if len(n.swarms) > 1 {
		for {
			var victim *group
			for _, g := range n.swarms {
				if len(g.members) < MinSwarmSize {
					victim = g
					break
				}
			}
			if victim == nil || len(n.swarms) == 1 {
				break
			}
			i := slices.Index(n.swarms, victim)
			n.swarms = slices.Delete(n.swarms, i, i+1)
			n.assign(victim.members, DecommissionedRedistributionLowerPercentile)
		}
	}
	return n.swarms
}

type naive struct {
	rng    *MT64
	swarms []*group // ascending id: oxend's std::map
}

type naiveSize struct {
	id   ID
	size int
}

type naivePoolEntry struct {
	key NodeKey
	id  ID
}

func (n *naive) get(id ID) *group {
	for _, g := range n.swarms {
		if g.id == id {
			return g
		}
	}
	return nil
}

func (n *naive) insert(g *group) {
	i := 0
	for i < len(n.swarms) && n.swarms[i].id < g.id {
		i++
	}
	n.swarms = slices.Insert(n.swarms, i, g)
}

func (n *naive) ids() []ID {
	var out []ID
	for _, g := range n.swarms {
		out = append(out, g.id)
	}
	return out
}

func (n *naive) sortedSizes() []naiveSize {
	var out []naiveSize
	for _, g := range n.swarms {
		out = append(out, naiveSize{g.id, len(g.members)})
	}
	slices.SortStableFunc(out, func(a, b naiveSize) int { return a.size - b.size })
	return out
}

func (n *naive) excessPool(threshold uint64) ([]naivePoolEntry, uint64) {
	var pool []naivePoolEntry
	var excess uint64
	for _, g := range n.swarms {
		if uint64(len(g.members)) > threshold {
			excess += uint64(len(g.members) - MinSwarmSize)
			for _, k := range g.members {
				pool = append(pool, naivePoolEntry{k, g.id})
			}
		}
	}
	return pool, excess
}

func (n *naive) remove(p naivePoolEntry) {
	g := n.get(p.id)
	g.members = slices.DeleteFunc(g.members, func(k NodeKey) bool { return k == p.key })
}

func (n *naive) createFromExcess() {
	for _, g := range n.swarms {
		if len(g.members) < MinSwarmSize {
			return
		}
	}
	for {
		excess := 0
		for _, g := range n.swarms {
			excess += max(0, len(g.members)-ExcessBase)
		}
		if excess < NewSwarmSize+len(n.swarms)*IdealSwarmMargin {
			return
		}
		var picked []NodeKey
		for len(picked) < NewSwarmSize {
			pool, _ := n.excessPool(ExcessBase)
			if len(pool) == 0 {
				panic("empty excess pool")
			}
			p := pool[n.rng.Uniform(uint64(len(pool)))]
			picked = append(picked, p.key)
			n.remove(p)
		}
		id := NewSwarmID(n.ids())
		if n.get(id) != nil {
			panic("duplicate swarm id")
		}
		n.insert(&group{id: id, members: picked})
	}
}

func (n *naive) assign(keys []NodeKey, percentile uint64) {
	for _, k := range keys {
		sorted := n.sortedSizes()
		pidx := percentile * (uint64(len(sorted)) - 1) / 100
		pval := sorted[pidx].size
		upper := len(sorted) - 1
		for i := int(pidx); i < len(sorted); i++ {
			if sorted[i].size > pval {
				upper = i - 1
				break
			}
		}
		g := n.get(sorted[n.rng.Uniform(uint64(upper+1))].id)
		g.members = append(g.members, k)
		n.createFromExcess()
	}
}
