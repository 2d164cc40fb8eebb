package swarm

import (
	"math"
	"slices"
)

// ID is a swarm id: a position on the 64-bit ring that accounts are mapped onto.
type ID uint64

// Constants of oxend's swarm rules (oxen-io/oxen-core src/cryptonote_core/service_node_rules.h,
// service_node_swarm.h).
const (
	// UnassignedID means "in no swarm": newly registered, recommissioned and decommissioned
	// nodes carry it. session-storage-server calls it INVALID_SWARM_ID.
	UnassignedID ID = math.MaxUint64
	// MaxID is the largest id a swarm can get.
	MaxID ID = math.MaxUint64 - 1

	// MinSwarmSize: swarms with fewer members are starving; they steal or get dissolved.
	MinSwarmSize = 5
	// IdealSwarmMargin is the excess every swarm should keep before a new swarm is formed.
	IdealSwarmMargin = 2
	// IdealSwarmSize is MinSwarmSize + IdealSwarmMargin.
	IdealSwarmSize = MinSwarmSize + IdealSwarmMargin
	// ExcessBase: members beyond this count are a swarm's excess.
	ExcessBase = MinSwarmSize
	// NewSwarmSize is the number of nodes taken from the excess to form a new swarm.
	NewSwarmSize = IdealSwarmSize
	// FillSwarmLowerPercentile: new nodes go into the smallest 25 % of swarms.
	FillSwarmLowerPercentile = 25
	// DecommissionedRedistributionLowerPercentile: members of a dissolved swarm go into the
	// smallest swarms.
	DecommissionedRedistributionLowerPercentile = 0
	// StealingSwarmUpperPercentile: starving swarms steal from swarms larger than the 75th
	// percentile size minus one.
	StealingSwarmUpperPercentile = 75
)

// NewSwarmID returns the id oxend's get_new_swarm_id gives a new swarm when the swarms in
// existing exist: the midpoint of the largest gap between neighbouring ids on the ring of
// MaxID+1 values (the first largest gap wins; the wraparound gap, from the highest id to the lowest,
// wins only if strictly larger). It returns 0 for an empty set. existing may be in any order;
// UnassignedID entries are ignored.
func NewSwarmID(existing []ID) ID {
	ids := existing
	if !slices.IsSorted(ids) || slices.Contains(ids, UnassignedID) {
		ids = make([]ID, 0, len(existing))
		for _, id := range existing {
			if id != UnassignedID {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
	}
	return newSwarmID(ids)
}

// newSwarmID is NewSwarmID for ids sorted ascending, without UnassignedID.
func newSwarmID(ids []ID) ID {
	n := len(ids)
	if n == 0 {
		return 0
	}
	var maxDist uint64
	best := 0
	for i := 0; i+1 < n; i++ {
		if d := uint64(ids[i+1] - ids[i]); d > maxDist {
			maxDist, best = d, i
		}
	}
	// The wraparound gap counts MaxID and 0 as one apart. It cannot overflow: with a single id
	// it is exactly MaxID+1.
	if d := uint64(MaxID) - uint64(ids[n-1]) + uint64(ids[0]) + 1; d > maxDist {
		maxDist, best = d, n-1
	}
	return gapMidpoint(ids[best], maxDist)
}

// gapMidpoint returns the id half of gap above from, wrapping past MaxID to 0 (MaxID and 0 are
// one apart).
func gapMidpoint(from ID, gap uint64) ID {
	diff := gap / 2
	toMax := uint64(MaxID - from)
	if diff > toMax {
		return ID(diff - toMax - 1)
	}
	return from + ID(diff)
}
