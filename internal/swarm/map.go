package swarm

import (
	"encoding/binary"
	"slices"
)

// Map is an immutable snapshot of the swarms: which nodes form each swarm and which swarm serves
// an account. It is built once per assignment and then only read, so it is safe for concurrent
// use. Lookups by account are a binary search over the sorted swarm ids. The zero Map and a nil
// *Map are empty.
type Map struct {
	ids     []ID        // ascending, only swarms with at least one member
	members [][]NodeKey // members[i]: the members of ids[i], ascending by key
	swarmOf map[NodeKey]ID
	nodes   int
}

// NewMap builds the snapshot of an assignment (as returned by Assign). Nodes mapped to
// UnassignedID are left out; a swarm exists if at least one node maps to it.
func NewMap(assignment map[NodeKey]ID) *Map {
	keys := make([]NodeKey, 0, len(assignment))
	entries := make([]sortEntry, 0, len(assignment))
	for k, id := range assignment {
		if id != UnassignedID {
			entries = append(entries, sortEntry{id, binary.BigEndian.Uint64(k[:8]), int32(len(keys))})
			keys = append(keys, k)
		}
	}
	sortEntries(entries, keys)
	m := &Map{swarmOf: make(map[NodeKey]ID, len(entries)), nodes: len(entries)}
	sorted := make([]NodeKey, len(entries))
	for i, e := range entries {
		sorted[i] = keys[e.idx]
		m.swarmOf[sorted[i]] = e.id
	}
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].id == entries[i].id {
			j++
		}
		m.ids = append(m.ids, entries[i].id)
		m.members = append(m.members, sorted[i:j:j])
		i = j
	}
	return m
}

// SwarmFor returns the swarm that serves account: a 33-byte account key with its prefix byte
// (05 Session ID, 03 group, ...) or the bare 32-byte key; see Space and Nearest. It returns
// UnassignedID when there are no swarms. Keys of any other length map like swarm space 0; callers
// validate keys first.
func (m *Map) SwarmFor(account []byte) ID {
	return m.SwarmForSpace(Space(account))
}

// SwarmForSpace returns the swarm whose id is nearest to a swarm-space value (see Nearest).
func (m *Map) SwarmForSpace(space uint64) ID {
	if m == nil {
		return UnassignedID
	}
	return Nearest(m.ids, space)
}

// MembersFor returns the swarm that serves account and its members (see SwarmFor and Members).
func (m *Map) MembersFor(account []byte) (ID, []NodeKey) {
	id := m.SwarmFor(account)
	return id, m.Members(id)
}

// Members returns the members of swarm id in ascending key order, or nil if there is no such
// swarm. The slice is shared with the Map and must not be modified.
func (m *Map) Members(id ID) []NodeKey {
	if m == nil {
		return nil
	}
	i, ok := slices.BinarySearch(m.ids, id)
	if !ok {
		return nil
	}
	return m.members[i]
}

// IDs returns the ids of all swarms in ascending order. The slice is shared with the Map and
// must not be modified.
func (m *Map) IDs() []ID {
	if m == nil {
		return nil
	}
	return m.ids[:len(m.ids):len(m.ids)]
}

// SwarmOf returns the swarm of node, and false if the node is in no swarm.
func (m *Map) SwarmOf(node NodeKey) (ID, bool) {
	if m == nil {
		return UnassignedID, false
	}
	id, ok := m.swarmOf[node]
	if !ok {
		return UnassignedID, false
	}
	return id, true
}

// Len returns the number of swarms.
func (m *Map) Len() int {
	if m == nil {
		return 0
	}
	return len(m.ids)
}

// NodeCount returns the number of nodes that are in a swarm.
func (m *Map) NodeCount() int {
	if m == nil {
		return 0
	}
	return m.nodes
}

// Assignment returns the snapshot as a fresh node → swarm map, the form Assign takes.
func (m *Map) Assignment() map[NodeKey]ID {
	if m == nil {
		return map[NodeKey]ID{}
	}
	out := make(map[NodeKey]ID, m.nodes)
	for i, id := range m.ids {
		for _, k := range m.members[i] {
			out[k] = id
		}
	}
	return out
}
