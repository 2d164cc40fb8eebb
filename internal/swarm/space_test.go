package swarm

import (
	"encoding/binary"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// nearestBrute picks the id at the smallest circular distance from space; of two at the same
// distance, the one reached going down from space (the "left" one).
func nearestBrute(ids []ID, space uint64) ID {
	if len(ids) == 0 {
		return UnassignedID
	}
	best, bestDist, bestLeft := ids[0], uint64(math.MaxUint64), false
	for _, id := range ids {
		down := space - uint64(id) // distance going left (down) from space to id
		up := uint64(id) - space   // distance going right (up)
		dist, left := up, false
		if down <= up {
			dist, left = down, true
		}
		if dist < bestDist || (dist == bestDist && left && !bestLeft) {
			best, bestDist, bestLeft = id, dist, left
		}
	}
	return best
}

func TestNearestEdges(t *testing.T) {
	require.Equal(t, UnassignedID, Nearest(nil, 42))
	require.Equal(t, ID(7), Nearest([]ID{7}, math.MaxUint64))
	require.Equal(t, ID(7), Nearest([]ID{7}, 0))
	// Two ids exactly opposite: both directions tie; left wins.
	two := []ID{0, 1 << 63}
	require.Equal(t, ID(0), Nearest(two, 1<<62))         // 2^62 from 0, 2^62 from 2^63: tie -> left 0
	require.Equal(t, ID(1<<63), Nearest(two, 3<<62))     // tie -> left 2^63
	require.Equal(t, ID(0), Nearest(two, (1<<62)-1))     // closer to 0
	require.Equal(t, ID(1<<63), Nearest(two, (1<<62)+1)) // closer to 2^63
	// 2^64−1 is one step from both 0 and MaxID: the tie goes to left, MaxID.
	require.Equal(t, MaxID, Nearest([]ID{0, MaxID}, math.MaxUint64))
	require.Equal(t, MaxID, nearestBrute([]ID{0, MaxID}, math.MaxUint64))
}

func TestSpaceLengths(t *testing.T) {
	require.Equal(t, uint64(0), Space(nil))
	require.Equal(t, uint64(0), Space(make([]byte, 31)))
	require.Equal(t, uint64(0), Space(make([]byte, 34)))
	k := make([]byte, 33)
	k[0] = 0x05
	binary.BigEndian.PutUint64(k[1:], 0xff00)
	binary.BigEndian.PutUint64(k[25:], 0x00ff)
	require.Equal(t, uint64(0xffff), Space(k))
	require.Equal(t, uint64(0xffff), Space(k[1:]))
}

func FuzzSpaceNearest(f *testing.F) {
	f.Add([]byte{0x05, 1, 2, 3}, []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add(make([]byte, 33), []byte{})
	f.Add(make([]byte, 32), make([]byte, 8))
	f.Add([]byte("\x05\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"),
		[]byte("\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xfe"))
	f.Fuzz(func(t *testing.T, account, idBytes []byte) {
		space := Space(account)
		var list []ID
		for len(idBytes) >= 8 {
			list = append(list, ID(binary.BigEndian.Uint64(idBytes)))
			idBytes = idBytes[8:]
		}
		if len(idBytes) > 0 { // a short tail becomes a small id
			var b [8]byte
			copy(b[8-len(idBytes):], idBytes)
			list = append(list, ID(binary.BigEndian.Uint64(b[:])))
		}
		slices.Sort(list)
		list = slices.Compact(list)
		got := Nearest(list, space)
		if len(list) == 0 {
			if got != UnassignedID {
				t.Fatalf("empty ids gave %d", got)
			}
			return
		}
		if !slices.Contains(list, got) {
			t.Fatalf("Nearest(%v, %d) = %d, not in ids", list, space, got)
		}
		if want := nearestBrute(list, space); got != want {
			t.Fatalf("Nearest(%v, %d) = %d, brute force %d", list, space, got, want)
		}
	})
}
