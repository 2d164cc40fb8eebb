package peer

import (
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/swarm"
)

// fakeRegistry serves fixed nodes, a cursor and a swarm map.
type fakeRegistry struct {
	mu     sync.Mutex
	nodes  []registry.Node
	block  registry.Block
	swarms *swarm.Map
	reads  int
}

func (f *fakeRegistry) Nodes(activeOnly bool) ([]registry.Node, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	var out []registry.Node
	for _, n := range f.nodes {
		if !activeOnly || n.Active() {
			out = append(out, n)
		}
	}
	return out, nil
}

func (f *fakeRegistry) Cursor() (registry.Block, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.block, f.block.Number > 0, nil
}

func (f *fakeRegistry) SwarmMap() (*swarm.Map, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.swarms, nil
}

func (f *fakeRegistry) IsRegistered(k [32]byte) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, n := range f.nodes {
		if n.Ed25519 == k && n.Active() {
			return true
		}
	}
	return false
}

// testRegistry registers nodes 0..n-1 and assigns swarms.
func testRegistry(n int) *fakeRegistry {
	f := &fakeRegistry{block: registry.Block{Number: 1000, Hash: common.Hash{1}, Time: 1_750_000_000}}
	prev := map[swarm.NodeKey]swarm.ID{}
	for i := 0; i < n; i++ {
		k := pubkeyOf(testKey(i))
		op := common.Address{byte(i + 1)}
		f.nodes = append(f.nodes, registry.Node{
			ID: uint64(i + 1), Ed25519: k, BLS: registry.BLSKey{byte(i)}, Fee: uint16(i * 100),
			Contributors: []registry.Contributor{{Staker: op, Beneficiary: op, Amount: big.NewInt(25_000_000_000_000)}},
			Added:        registry.BlockRef{Number: uint64(10 + i), Time: 1_700_000_000},
		})
		prev[swarm.NodeKey(k)] = swarm.UnassignedID
	}
	f.swarms = swarm.NewMap(swarm.Assign(prev, 42))
	return f
}

func TestNetworkMapComposition(t *testing.T) {
	clk := newClock()
	reg := testRegistry(12)
	exited := registry.BlockRef{Number: 999}
	reg.nodes[3].Exited = &exited // left: not listed
	reg.nodes[4].Added.Time = reg.block.Time - 3600
	dir := newDirectory(t, clk, reg, false, nil)
	if err := dir.Accept(signedAnnouncement(testKey(0), "203.0.114.1", 22021, clk.Now())); err != nil {
		t.Fatal(err)
	}
	self := pubkeyOf(testKey(0))
	m := NewNetworkMap(MapOptions{Registry: reg, Swarms: reg, Contacts: dir, Self: self})

	s, err := m.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Nodes) != 11 {
		t.Fatalf("%d nodes, want 11 (one exited)", len(s.Nodes))
	}
	for i := 1; i < len(s.Nodes); i++ {
		if string(s.Nodes[i-1].PubkeyEd25519[:]) >= string(s.Nodes[i].PubkeyEd25519[:]) {
			t.Fatal("nodes not sorted by key")
		}
	}
	if s.IsRegistered(pubkeyOf(testKey(3))) {
		t.Fatal("exited node listed")
	}
	n0, ok := s.Node(self)
	if !ok {
		t.Fatal("self missing")
	}
	x, _ := keys.Ed25519PublicToX25519(self[:])
	wantSwarm, _ := reg.swarms.SwarmOf(self)
	if n0.PubkeyX25519 != x || n0.SwarmID != uint64(wantSwarm) || n0.ID != 1 || n0.Operator != (common.Address{1}) ||
		n0.Deposit.Cmp(big.NewInt(25_000_000_000_000)) != 0 || !n0.Active || !n0.Payable ||
		n0.PublicIP.String() != "203.0.114.1" || n0.StoragePort != 22021 || n0.StorageQUICPort != 22021 ||
		n0.RPCPort != 22023 || !n0.LastAnnounced.Equal(clk.Now()) || !n0.Reachable() {
		t.Fatalf("self record %+v", n0)
	}
	if n4, _ := s.Node(pubkeyOf(testKey(4))); n4.Payable || n4.Reachable() {
		t.Fatalf("node 4: payable %v reachable %v", n4.Payable, n4.Reachable())
	}

	// Accounts map through the same swarm map, members carry their records.
	for i := 0; i < 50; i++ {
		acct := append([]byte{0x05}, testKey(100 + i)[32:]...)
		id, members, ours := s.Lookup(acct)
		if id != uint64(reg.swarms.SwarmFor(acct)) || len(members) == 0 {
			t.Fatalf("account %d: swarm %x members %d", i, id, len(members))
		}
		own, _ := s.OwnSwarm()
		if ours != (own == id) {
			t.Fatalf("ours = %v for swarm %x (own %x)", ours, id, own)
		}
	}

	// Cached until a source changes; a directory change re-joins contacts
	// without reading the registry again.
	s2, _ := m.Snapshot()
	if s2 != s {
		t.Fatal("unchanged sources rebuilt the snapshot")
	}
	reads := reg.reads
	if err := dir.Accept(signedAnnouncement(testKey(5), "203.0.114.5", 22021, clk.Now())); err != nil {
		t.Fatal(err)
	}
	s3, _ := m.Snapshot()
	if n5, _ := s3.Node(pubkeyOf(testKey(5))); s3 == s || !n5.Reachable() || reg.reads != reads {
		t.Fatalf("directory change: rebuilt %v, reachable %v, registry reads %d -> %d", s3 != s, n5.Reachable(), reads, reg.reads)
	}
	if n5, _ := s.Node(pubkeyOf(testKey(5))); n5.Reachable() {
		t.Fatal("an older snapshot changed")
	}
	reg.mu.Lock()
	reg.block.Number++
	reg.mu.Unlock()
	if s4, _ := m.Snapshot(); s4.Block.Number != 1001 || reg.reads != reads+1 {
		t.Fatal("new block did not rebuild")
	}
	if !m.IsRegistered(self) || m.IsRegistered(pubkeyOf(testKey(3))) {
		t.Fatal("NetworkMap as Members")
	}
}

func TestRegistryMembers(t *testing.T) {
	reg := testRegistry(2)
	byKey := fakeByKey{reg}
	m := RegistryMembers(byKey)
	if !m.IsRegistered(pubkeyOf(testKey(1))) || m.IsRegistered(pubkeyOf(testKey(7))) {
		t.Fatal("RegistryMembers")
	}
}

type fakeByKey struct{ f *fakeRegistry }

func (b fakeByKey) NodeByEd25519(k registry.Ed25519Key) (*registry.Node, error) {
	for i := range b.f.nodes {
		if b.f.nodes[i].Ed25519 == k {
			return &b.f.nodes[i], nil
		}
	}
	return nil, nil
}

func TestCachedMembers(t *testing.T) {
	registered := map[[32]byte]bool{{1}: true}
	calls := 0
	c := NewCachedMembers(MembersFunc(func(ed [32]byte) bool { calls++; return registered[ed] }))
	for range 3 {
		if !c.IsRegistered([32]byte{1}) || c.IsRegistered([32]byte{2}) {
			t.Fatal("wrong answer")
		}
	}
	if calls != 4 { // one for the member, every time for the outsider
		t.Fatalf("%d registry reads, want 4", calls)
	}
	delete(registered, [32]byte{1})
	if !c.IsRegistered([32]byte{1}) {
		t.Fatal("the admission is cached until Reset")
	}
	c.Reset()
	if c.IsRegistered([32]byte{1}) {
		t.Fatal("a deregistered node is still admitted after Reset")
	}
}
