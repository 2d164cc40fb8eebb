package peer

import (
	"bytes"
	"math/big"
	"net/netip"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/swarm"
)

// PayableAfter is how long a node must have been registered before it is
// payable (upstream's rule, as the rewards issue applies it).
const PayableAfter = 24 * time.Hour

// Registry is the part of the contract registry the network map reads
// (implemented by *registry.Registry).
type Registry interface {
	// Nodes returns the registered nodes; with activeOnly, those that have
	// not exited.
	Nodes(activeOnly bool) ([]registry.Node, error)
	// Cursor is the last applied final block.
	Cursor() (registry.Block, bool, error)
}

// SwarmSource supplies the current swarm assignment (implemented by
// *registry.Registry).
type SwarmSource interface {
	SwarmMap() (*swarm.Map, error)
}

// ContactSource supplies announced contact info (implemented by *Directory).
type ContactSource interface {
	Lookup(key [32]byte) (Contact, bool)
	// Generation changes whenever the contacts do.
	Generation() uint64
}

// NodeInfo is everything the network knows about one registered node.
type NodeInfo struct {
	// From the registry.
	ID            uint64 // contract service node id
	PubkeyEd25519 [32]byte
	PubkeyX25519  [32]byte // derived from the Ed25519 key; zero if it does not convert
	PubkeyBLS     [64]byte
	Operator      common.Address
	FeeBasis      uint16 // operator fee in basis points (1/10,000)
	Contributors  []registry.Contributor
	Deposit       *big.Int // sum of the contributors' stakes
	Registered    registry.BlockRef
	ExitRequested *registry.BlockRef // nil: none
	Active        bool               // registered and not exited
	Payable       bool               // active and registered for PayableAfter at the snapshot's block

	// From the swarm map.
	SwarmID uint64 // swarm.UnassignedID when in no swarm

	// From the node's announcement; PublicIP is invalid when none is known.
	PublicIP        netip.Addr
	StoragePort     uint16 // HTTPS
	StorageQUICPort uint16 // QUIC/OMQ, the HTTPS port when none was announced
	RPCPort         uint16 // plain-HTTP JSON-RPC, 0 if none
	Version         string
	StorageVersion  [3]uint16
	LastAnnounced   time.Time // signing time of the announcement; zero if none
}

// Reachable reports whether the node's address is known.
func (n *NodeInfo) Reachable() bool { return n.PublicIP.IsValid() && n.StoragePort != 0 }

// Target is where to send node-to-node requests (valid only if Reachable).
func (n *NodeInfo) Target() Target { return TargetOf(n.PubkeyEd25519, n.PublicIP, n.StoragePort) }

// Snapshot is an immutable view of the network at one final block. Its
// slices are shared: do not modify them.
type Snapshot struct {
	// Block is the registry's last applied block (zero before the first).
	Block registry.Block
	// Nodes are the active nodes, ascending by Ed25519 key.
	Nodes []NodeInfo
	// Swarms is the swarm assignment (possibly empty, never nil).
	Swarms *swarm.Map
	// Self is this node's Ed25519 key.
	Self [32]byte

	byKey map[[32]byte]int
}

// NewSnapshot builds a snapshot from ready records (for tests and for
// callers that assemble the network themselves). nodes are sorted by key in
// place; swarms may be nil.
func NewSnapshot(block registry.Block, nodes []NodeInfo, swarms *swarm.Map, self [32]byte) *Snapshot {
	if swarms == nil {
		swarms = swarm.NewMap(nil)
	}
	slices.SortFunc(nodes, func(a, b NodeInfo) int { return bytes.Compare(a.PubkeyEd25519[:], b.PubkeyEd25519[:]) })
	s := &Snapshot{Block: block, Nodes: nodes, Swarms: swarms, Self: self, byKey: make(map[[32]byte]int, len(nodes))}
	for i := range nodes {
		s.byKey[nodes[i].PubkeyEd25519] = i
	}
	return s
}

// Node returns the active node with that key.
func (s *Snapshot) Node(key [32]byte) (*NodeInfo, bool) {
	i, ok := s.byKey[key]
	if !ok {
		return nil, false
	}
	return &s.Nodes[i], true
}

// IsRegistered reports whether key is an active node's.
func (s *Snapshot) IsRegistered(key [32]byte) bool {
	_, ok := s.byKey[key]
	return ok
}

// SwarmMembers returns the members of swarm id, ascending by key.
func (s *Snapshot) SwarmMembers(id uint64) []*NodeInfo {
	keys := s.Swarms.Members(swarm.ID(id))
	out := make([]*NodeInfo, 0, len(keys))
	for _, k := range keys {
		if n, ok := s.Node(k); ok {
			out = append(out, n)
		}
	}
	return out
}

// Lookup returns the swarm that serves an account (33 bytes with its prefix
// or the bare 32-byte key), its members, and whether this node is one of
// them. With no swarms it returns swarm.UnassignedID, no members and false.
func (s *Snapshot) Lookup(account []byte) (id uint64, members []*NodeInfo, ours bool) {
	sid := s.Swarms.SwarmFor(account)
	if sid == swarm.UnassignedID {
		return uint64(sid), nil, false
	}
	own, in := s.Swarms.SwarmOf(s.Self)
	return uint64(sid), s.SwarmMembers(uint64(sid)), in && own == sid
}

// OwnSwarm is this node's swarm, if it is in one.
func (s *Snapshot) OwnSwarm() (uint64, bool) {
	id, ok := s.Swarms.SwarmOf(s.Self)
	return uint64(id), ok
}

// MapOptions are the sources a NetworkMap combines.
type MapOptions struct {
	Registry Registry
	Swarms   SwarmSource
	Contacts ContactSource
	// Self is this node's Ed25519 key.
	Self [32]byte
}

// NetworkMap joins the registry, the swarm map and the announced contacts
// into Snapshots. The registry part is rebuilt only when the registry cursor
// or the swarm map changed; the contacts are joined again only when the
// directory's generation changed, which is cheap.
type NetworkMap struct {
	o MapOptions

	mu      sync.Mutex // serializes rebuilds
	cached  *Snapshot
	key     mapKey
	base    []NodeInfo            // registry and swarm fields only
	baseKey mapKey                // gen unused
	x25519  map[[32]byte][32]byte // conversions are costly; keys never change
}

type mapKey struct {
	block  registry.Block
	swarms *swarm.Map
	gen    uint64
}

// NewNetworkMap returns a map over the sources; all three are required.
func NewNetworkMap(o MapOptions) *NetworkMap {
	if o.Registry == nil || o.Swarms == nil || o.Contacts == nil {
		panic("peer: NewNetworkMap needs Registry, Swarms and Contacts")
	}
	return &NetworkMap{o: o, x25519: map[[32]byte][32]byte{}}
}

// Snapshot returns the current view, rebuilding it if a source changed.
func (m *NetworkMap) Snapshot() (*Snapshot, error) {
	blk, _, err := m.o.Registry.Cursor()
	if err != nil {
		return nil, err
	}
	sm, err := m.o.Swarms.SwarmMap()
	if err != nil {
		return nil, err
	}
	if sm == nil {
		sm = swarm.NewMap(nil)
	}
	key := mapKey{block: blk, swarms: sm, gen: m.o.Contacts.Generation()}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.cached != nil && m.key == key {
		return m.cached, nil
	}
	if bk := (mapKey{block: blk, swarms: sm}); m.base == nil || m.baseKey != bk {
		nodes, err := m.o.Registry.Nodes(true)
		if err != nil {
			return nil, err
		}
		m.base, m.baseKey = m.buildBase(blk, sm, nodes), bk
	}
	s := &Snapshot{Block: blk, Swarms: sm, Self: m.o.Self, Nodes: slices.Clone(m.base), byKey: make(map[[32]byte]int, len(m.base))}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		s.byKey[n.PubkeyEd25519] = i
		if c, ok := m.o.Contacts.Lookup(n.PubkeyEd25519); ok {
			n.PublicIP, n.StoragePort, n.StorageQUICPort, n.RPCPort = c.IP, c.HTTPSPort, c.QUICPort, c.RPCPort
			n.Version, n.StorageVersion, n.LastAnnounced = c.Version, c.StorageVersion, c.LastSeen
		}
	}
	m.cached, m.key = s, key
	return s, nil
}

// IsRegistered reports whether key is an active node's in the current
// snapshot (false if it cannot be built), so a NetworkMap can serve as
// Members.
func (m *NetworkMap) IsRegistered(key [32]byte) bool {
	s, err := m.Snapshot()
	return err == nil && s.IsRegistered(key)
}

// buildBase makes the registry and swarm part of the records of the active
// nodes, ascending by key.
func (m *NetworkMap) buildBase(blk registry.Block, sm *swarm.Map, nodes []registry.Node) []NodeInfo {
	slices.SortFunc(nodes, func(a, b registry.Node) int { return bytes.Compare(a.Ed25519[:], b.Ed25519[:]) })
	out := make([]NodeInfo, 0, len(nodes))
	for i := range nodes {
		rn := &nodes[i]
		if !rn.Active() || (len(out) > 0 && out[len(out)-1].PubkeyEd25519 == rn.Ed25519) {
			continue // the registry indexes one active node per key; be safe anyway
		}
		n := NodeInfo{
			ID:            rn.ID,
			PubkeyEd25519: rn.Ed25519,
			PubkeyX25519:  m.toX25519(rn.Ed25519),
			PubkeyBLS:     rn.BLS,
			Operator:      rn.Operator(),
			FeeBasis:      rn.Fee,
			Contributors:  rn.Contributors,
			Deposit:       rn.Deposit(),
			Registered:    rn.Added,
			ExitRequested: rn.ExitRequested,
			Active:        true,
			Payable:       blk.Time >= rn.Added.Time+uint64(PayableAfter/time.Second),
			SwarmID:       uint64(swarm.UnassignedID),
		}
		if id, ok := sm.SwarmOf(swarm.NodeKey(rn.Ed25519)); ok {
			n.SwarmID = uint64(id)
		}
		out = append(out, n)
	}
	return out
}

func (m *NetworkMap) toX25519(ed [32]byte) [32]byte {
	if x, ok := m.x25519[ed]; ok {
		return x
	}
	x, err := keys.Ed25519PublicToX25519(ed[:])
	if err != nil {
		x = [32]byte{}
	}
	m.x25519[ed] = x
	return x
}

// RegistryMembers adapts a registry lookup to Members: a key is a member
// while its node is registered and has not exited.
func RegistryMembers(r interface {
	NodeByEd25519(registry.Ed25519Key) (*registry.Node, error)
}) Members {
	return MembersFunc(func(ed [32]byte) bool {
		n, err := r.NodeByEd25519(registry.Ed25519Key(ed))
		return err == nil && n != nil && n.Active()
	})
}

// CachedMembers remembers which keys m admitted, so that the check of every
// node-to-node request is a map lookup rather than a registry read. Only
// admissions are cached (the cache is bounded by the registered nodes);
// call Reset whenever the registry advances.
type CachedMembers struct {
	m    Members
	mu   sync.RWMutex
	seen map[[32]byte]struct{}
}

// NewCachedMembers wraps m.
func NewCachedMembers(m Members) *CachedMembers {
	return &CachedMembers{m: m, seen: map[[32]byte]struct{}{}}
}

// IsRegistered implements Members.
func (c *CachedMembers) IsRegistered(ed [32]byte) bool {
	c.mu.RLock()
	_, ok := c.seen[ed]
	c.mu.RUnlock()
	if ok {
		return true
	}
	if !c.m.IsRegistered(ed) {
		return false
	}
	c.mu.Lock()
	c.seen[ed] = struct{}{}
	c.mu.Unlock()
	return true
}

// Reset forgets every admission (the registry changed).
func (c *CachedMembers) Reset() {
	c.mu.Lock()
	clear(c.seen)
	c.mu.Unlock()
}
