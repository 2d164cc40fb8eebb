package swarm

// The index the assigner keeps over the swarms (see assigner): blocks of consecutive swarms with
// size counts, pool sizes and cached id gaps, and the primitive operations on it.

import (
	"bytes"
	"cmp"
	"slices"
)

// maxBlock is the most swarms a block holds before it is split in two.
const maxBlock = 64

// block is a run of consecutive swarms in id order with summaries of their sizes.
type block struct {
	groups []*group // ascending id
	count  []int    // count[n]: swarms of n members in this block
	pool   int      // Σ poolWeight(size) over the block

	// Largest gap between neighbouring ids inside the block (the first one if several are
	// equal): groups[gapAt+1].id − groups[gapAt].id. Recomputed when gapOK is false.
	gap   uint64
	gapAt int
	gapOK bool
}

// maxGap returns the block's largest internal gap and the index of the swarm below it; a gap of
// 0 means the block has a single swarm.
func (b *block) maxGap() (uint64, int) {
	if !b.gapOK {
		b.gap, b.gapAt = 0, 0
		for i := 0; i+1 < len(b.groups); i++ {
			if d := uint64(b.groups[i+1].id - b.groups[i].id); d > b.gap {
				b.gap, b.gapAt = d, i
			}
		}
		b.gapOK = true
	}
	return b.gap, b.gapAt
}

func excessOf(n int) int { return max(0, n-ExcessBase) }

// poolWeight is the number of nodes a swarm of n members puts in the excess pool for new swarm
// creation: all of them if it has more than ExcessBase, else none.
func poolWeight(n int) int {
	if n > ExcessBase {
		return n
	}
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sortEntry is a node to be sorted by (swarm id, key): hi holds the first 8 key bytes read
// big-endian, idx the position of the full key.
type sortEntry struct {
	id  ID
	hi  uint64
	idx int32
}

// sortEntries sorts by (id, key), keys compared bytewise.
func sortEntries(entries []sortEntry, keys []NodeKey) {
	slices.SortFunc(entries, func(a, b sortEntry) int {
		if a.id != b.id {
			return cmp.Compare(a.id, b.id)
		}
		if a.hi != b.hi {
			return cmp.Compare(a.hi, b.hi)
		}
		return bytes.Compare(keys[a.idx][8:], keys[b.idx][8:])
	})
}

// load fills the blocks with swarms given in ascending id order.
func (a *assigner) load(groups []*group) {
	for len(groups) > 0 {
		n := min(len(groups), maxBlock/2)
		b := &block{groups: make([]*group, n, maxBlock+1)}
		copy(b.groups, groups[:n])
		a.blocks = append(a.blocks, b)
		for _, g := range b.groups {
			g.blk = b
			a.account(g, len(g.members), +1)
		}
		a.groups += n
		groups = groups[n:]
	}
}

// account adds (sign +1) or removes (sign −1) a swarm of n members to or from the summaries
// of its block and the running totals.
func (a *assigner) account(g *group, n, sign int) {
	b := g.blk
	for len(b.count) <= n {
		b.count = append(b.count, 0)
	}
	for len(a.count) <= n {
		a.count = append(a.count, 0)
	}
	b.count[n] += sign
	a.count[n] += sign
	b.pool += sign * poolWeight(n)
	a.pool += sign * poolWeight(n)
	a.excess += sign * excessOf(n)
	a.starving += sign * b2i(n < MinSwarmSize)
	if sign > 0 {
		a.minSize = min(a.minSize, n)
	}
}

// resized updates the summaries after g's member count changed from old.
func (a *assigner) resized(g *group, old int) {
	a.account(g, old, -1)
	a.account(g, len(g.members), +1)
}

func byID(g *group, id ID) int { return cmp.Compare(g.id, id) }

// insertGroup adds a new swarm. An id that already exists (which newSwarmID can only return
// with 2^63 or more swarms) merges the members into that swarm; oxend logs an error there.
func (a *assigner) insertGroup(g *group) {
	if len(a.blocks) == 0 {
		a.load([]*group{g})
		return
	}
	// The first block whose last id is ≥ g.id, or the last block.
	bi, _ := slices.BinarySearchFunc(a.blocks, g.id, func(b *block, id ID) int {
		return cmp.Compare(b.groups[len(b.groups)-1].id, id)
	})
	bi = min(bi, len(a.blocks)-1)
	b := a.blocks[bi]
	pos, found := slices.BinarySearchFunc(b.groups, g.id, byID)
	if found {
		old := b.groups[pos]
		n := len(old.members)
		old.members = append(old.members, g.members...)
		a.resized(old, n)
		return
	}
	b.groups = slices.Insert(b.groups, pos, g)
	b.gapOK = false
	g.blk = b
	a.account(g, len(g.members), +1)
	a.groups++
	if len(b.groups) > maxBlock {
		a.split(bi)
	}
}

// split cuts block bi into two halves.
func (a *assigner) split(bi int) {
	b := a.blocks[bi]
	half := len(b.groups) / 2
	nb := &block{groups: make([]*group, len(b.groups)-half, maxBlock+1)}
	copy(nb.groups, b.groups[half:])
	clear(b.groups[half:])
	b.groups = b.groups[:half]
	b.gapOK = false
	for _, g := range nb.groups {
		n := len(g.members)
		b.count[n]--
		b.pool -= poolWeight(n)
		g.blk = nb
		for len(nb.count) <= n {
			nb.count = append(nb.count, 0)
		}
		nb.count[n]++
		nb.pool += poolWeight(n)
	}
	a.blocks = slices.Insert(a.blocks, bi+1, nb)
}

// deleteGroup removes swarm g from the map.
func (a *assigner) deleteGroup(g *group) {
	b := g.blk
	pos, _ := slices.BinarySearchFunc(b.groups, g.id, byID)
	a.account(g, len(g.members), -1)
	b.groups = slices.Delete(b.groups, pos, pos+1)
	b.gapOK = false
	a.groups--
	if len(b.groups) == 0 {
		a.blocks = slices.DeleteFunc(a.blocks, func(x *block) bool { return x == b })
	}
}

// take removes and returns g's member at index i, keeping the order of the others (oxend's
// erase(remove(...))).
func (a *assigner) take(g *group, i int) NodeKey {
	k := g.members[i]
	old := len(g.members)
	g.members = slices.Delete(g.members, i, i+1)
	a.resized(g, old)
	return k
}

// give appends k to g.
func (a *assigner) give(g *group, k NodeKey) {
	old := len(g.members)
	g.members = append(g.members, k)
	a.resized(g, old)
}

// nthBySize returns the r-th swarm (0-based) in (size ascending, id ascending) order: the order
// that replaces oxend's unstable std::sort by size in calc_swarm_sizes.
func (a *assigner) nthBySize(r int) *group {
	n := a.minSize
	for r >= a.count[n] {
		r -= a.count[n]
		n++
	}
	// Now the r-th swarm of size n in id order.
	for _, b := range a.blocks {
		if n >= len(b.count) || r >= b.count[n] {
			if n < len(b.count) {
				r -= b.count[n]
			}
			continue
		}
		for _, g := range b.groups {
			if len(g.members) == n {
				if r == 0 {
					return g
				}
				r--
			}
		}
	}
	panic("swarm: size index out of sync")
}

// poolNode locates the k-th node (0-based, k < a.pool) of the excess pool: its swarm and its
// index in that swarm's vector.
func (a *assigner) poolNode(k int) (*group, int) {
	for _, b := range a.blocks {
		if k >= b.pool {
			k -= b.pool
			continue
		}
		for _, g := range b.groups {
			w := poolWeight(len(g.members))
			if k < w {
				return g, k
			}
			k -= w
		}
	}
	panic("swarm: pool index out of sync")
}

// stealAt removes and returns the k-th node of the pool of members of swarms larger than
// threshold, in id order then vector order.
func (a *assigner) stealAt(k, threshold int) NodeKey {
	for _, b := range a.blocks {
		for _, g := range b.groups {
			if n := len(g.members); n > threshold {
				if k < n {
					return a.take(g, k)
				}
				k -= n
			}
		}
	}
	panic("swarm: steal index out of range")
}

// newSwarmID is newSwarmID over the current swarms (there is at least one), using the blocks'
// cached internal gaps. Pairs of neighbours are visited in the same order as the flat scan, so
// ties resolve the same way.
func (a *assigner) newSwarmID() ID {
	var best uint64
	var from ID
	for bi, b := range a.blocks {
		if gap, at := b.maxGap(); gap > best {
			best, from = gap, b.groups[at].id
		}
		if bi+1 < len(a.blocks) {
			last := b.groups[len(b.groups)-1].id
			if d := uint64(a.blocks[bi+1].groups[0].id - last); d > best {
				best, from = d, last
			}
		}
	}
	firstBlk, lastBlk := a.blocks[0], a.blocks[len(a.blocks)-1]
	lowest, highest := firstBlk.groups[0].id, lastBlk.groups[len(lastBlk.groups)-1].id
	if d := uint64(MaxID) - uint64(highest) + uint64(lowest) + 1; d > best {
		best, from = d, highest
	}
	return gapMidpoint(from, best)
}

func (a *assigner) firstStarving() *group {
	for _, b := range a.blocks {
		for n := 0; n < MinSwarmSize && n < len(b.count); n++ {
			if b.count[n] == 0 {
				continue
			}
			for _, g := range b.groups {
				if len(g.members) < MinSwarmSize {
					return g
				}
			}
		}
	}
	panic("swarm: starving count out of sync")
}
