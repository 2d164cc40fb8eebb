package node

import (
	"errors"

	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/swarm"
)

// ChainStatus is what `sessiond chain status` shows.
type ChainStatus struct {
	Running     bool           `json:"running"` // a node answered (false: read from the database)
	Watcher     *chain.Status  `json:"watcher,omitempty"`
	Disabled    string         `json:"disabled,omitempty"`
	Cursor      registry.Block `json:"cursor"`
	ActiveNodes int            `json:"active_nodes"`
	Swarms      int            `json:"swarms"`
}

// NodeEntry is one row of `sessiond nodes list`.
type NodeEntry struct {
	registry.Node
	Operator string    `json:"operator"`
	SwarmID  *swarm.ID `json:"swarm_id,omitempty"`
}

// ReadChainStatus builds a ChainStatus from a registry (and a watcher when
// one runs).
func ReadChainStatus(reg *registry.Registry, w *chain.Watcher) (ChainStatus, error) {
	var s ChainStatus
	if reg == nil {
		return s, errors.New("node: registry not open")
	}
	if w != nil {
		st := w.Status()
		s.Watcher = &st
	} else {
		s.Disabled = "no chain.providers configured"
	}
	cur, _, err := reg.Cursor()
	if err != nil {
		return s, err
	}
	s.Cursor = cur
	ids, err := reg.ActiveIDs()
	if err != nil {
		return s, err
	}
	s.ActiveNodes = len(ids)
	m, err := reg.SwarmMap()
	if err != nil {
		return s, err
	}
	s.Swarms = m.Len()
	return s, nil
}

// ListNodes returns the registry's nodes with their swarms.
func ListNodes(reg *registry.Registry, all bool) ([]NodeEntry, error) {
	if reg == nil {
		return nil, errors.New("node: registry not open")
	}
	nodes, err := reg.Nodes(!all)
	if err != nil {
		return nil, err
	}
	m, err := reg.SwarmMap()
	if err != nil {
		return nil, err
	}
	out := make([]NodeEntry, len(nodes))
	for i, n := range nodes {
		out[i] = NodeEntry{Node: n, Operator: n.Operator().Hex()}
		if id, ok := m.SwarmOf(swarm.NodeKey(n.Ed25519)); ok {
			out[i].SwarmID = &id
		}
	}
	return out, nil
}
