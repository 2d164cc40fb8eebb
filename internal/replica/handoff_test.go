package replica

import (
	mrand "math/rand/v2"
	"testing"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

// foreignBuckets leaves out only buckets every account of which maps to the
// node's own swarm: checked at random, at every bucket's edges and around
// every swarm id, for maps with spread, crowded (many swarms to a bucket)
// and wrapping swarms.
func TestForeignBucketsKeepEveryForeignAccount(t *testing.T) {
	rng := mrand.New(mrand.NewPCG(7, 8))
	totalSkipped := 0
	for round := range 40 {
		assign := map[swarm.NodeKey]swarm.ID{}
		n := 1 + rng.IntN(300)
		var idList []swarm.ID
		for i := range n {
			id := swarm.ID(rng.Uint64())
			switch round % 4 {
			case 1: // crowded into one bucket's width and its neighbours
				lo, _ := storage.SumBucketSpan(100)
				id = swarm.ID(lo + rng.Uint64N(3<<52))
			case 2: // around the wrap
				id = swarm.ID(rng.Uint64N(1<<53) - 1<<52)
			}
			if id == swarm.UnassignedID {
				continue
			}
			var k swarm.NodeKey
			k[0], k[1] = byte(i), byte(i>>8)
			assign[k] = id
			idList = append(idList, id)
		}
		snap := &peer.Snapshot{Swarms: swarm.NewMap(assign)}
		own := uint64(idList[rng.IntN(len(idList))])
		fb := foreignBuckets(snap, own, true)
		listed := map[int]bool{}
		for _, b := range fb {
			listed[b] = true
		}
		var skipped int
		check := func(space uint64) {
			b := int(space >> (64 - 12))
			if !listed[b] && uint64(snap.Swarms.SwarmForSpace(space)) != own {
				t.Fatalf("round %d: bucket %d left out, but %x maps to %x, not %x", round, b, space, snap.Swarms.SwarmForSpace(space), own)
			}
		}
		for b := range storage.SumBuckets {
			if listed[b] {
				continue
			}
			skipped++
			lo, hi := storage.SumBucketSpan(b)
			check(lo)
			check(hi)
			for range 16 {
				check(lo + rng.Uint64N(hi-lo+1))
			}
		}
		// Every swarm id and its neighbours: where regions change.
		for _, id := range snap.Swarms.IDs() {
			for _, d := range []uint64{0, 1, ^uint64(0)} {
				check(uint64(id) + d)
			}
		}
		for range 20000 {
			check(rng.Uint64())
		}
		totalSkipped += skipped
	}
	if totalSkipped == 0 {
		t.Fatal("no bucket was ever left out")
	}
	// Four swarms evenly spread: own's arc is a quarter of the ring, the
	// buckets between the midpoints to its neighbours.
	four := map[swarm.NodeKey]swarm.ID{}
	for i := range 4 {
		four[swarm.NodeKey{byte(i + 1)}] = swarm.ID(uint64(i)<<62 + 1)
	}
	snap4 := &peer.Snapshot{Swarms: swarm.NewMap(four)}
	if got := len(foreignBuckets(snap4, 1<<62+1, true)); got < 3*storage.SumBuckets/4 || got > 3*storage.SumBuckets/4+2 {
		t.Fatalf("a quarter of the ring own: %d buckets listed, want about %d", got, 3*storage.SumBuckets/4)
	}
	// Outside any swarm, every bucket is listed.
	snap := &peer.Snapshot{Swarms: swarm.NewMap(map[swarm.NodeKey]swarm.ID{{1}: 5})}
	if got := len(foreignBuckets(snap, 5, false)); got != storage.SumBuckets {
		t.Fatalf("not in a swarm: %d buckets listed", got)
	}
	if got := len(foreignBuckets(snap, 5, true)); got != 0 {
		t.Fatalf("the only swarm: %d buckets listed", got)
	}
}
