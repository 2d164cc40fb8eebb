package swarm

import (
	"bytes"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMap(t *testing.T) {
	r := newRand(12)
	in := withNew(r, fresh(r, 500, 1), 3)
	// Unassigned nodes (decommissioned, say) are not part of the snapshot.
	var outsider NodeKey
	for k, id := range in {
		if id == UnassignedID {
			outsider = k
		}
	}
	m := NewMap(in)
	require.Equal(t, 500, m.NodeCount())
	require.Equal(t, len(sizes(fresh(r, 500, 1))), m.Len())
	ids := m.IDs()
	require.True(t, slices.IsSorted(ids))
	require.NotContains(t, ids, UnassignedID)
	total := 0
	for _, id := range ids {
		ms := m.Members(id)
		require.NotEmpty(t, ms)
		require.True(t, slices.IsSortedFunc(ms, func(a, b NodeKey) int { return bytes.Compare(a[:], b[:]) }))
		for _, k := range ms {
			got, ok := m.SwarmOf(k)
			require.True(t, ok)
			require.Equal(t, id, got)
			require.Equal(t, in[k], id)
		}
		total += len(ms)
	}
	require.Equal(t, 500, total)
	_, ok := m.SwarmOf(outsider)
	require.False(t, ok)
	require.Nil(t, m.Members(UnassignedID))
	require.Nil(t, m.Members(ids[0]+1))

	// Account lookups agree with Nearest over the ids.
	for range 1000 {
		acc := make([]byte, 33)
		acc[0] = 0x05
		k := randKey(r)
		copy(acc[1:], k[:])
		id, ms := m.MembersFor(acc)
		require.Equal(t, Nearest(ids, Space(acc)), id)
		require.Equal(t, id, m.SwarmFor(acc[1:]))
		require.Equal(t, m.Members(id), ms)
	}

	// Round trip to the form Assign takes.
	back := m.Assignment()
	require.Len(t, back, 500)
	require.Equal(t, m, NewMap(back))

	// Appending to a returned slice must not reach into the snapshot.
	_ = append(m.IDs(), 1)
	require.Equal(t, ids, m.IDs())
	first := m.Members(ids[0])
	_ = append(first, NodeKey{})
	require.Equal(t, first, m.Members(ids[0]))
}

func TestMapEmpty(t *testing.T) {
	for _, m := range []*Map{nil, {}, NewMap(nil), NewMap(map[NodeKey]ID{{1}: UnassignedID})} {
		require.Equal(t, UnassignedID, m.SwarmFor(make([]byte, 33)))
		require.Equal(t, 0, m.Len())
		require.Equal(t, 0, m.NodeCount())
		require.Empty(t, m.IDs())
		require.Nil(t, m.Members(0))
		_, ok := m.SwarmOf(NodeKey{1})
		require.False(t, ok)
		require.Empty(t, m.Assignment())
	}
}
