package peer_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"io"
	"log"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rpc"
	"github.com/sessiond/sessiond/internal/swarm"
)

// netRegistry is the final registry every node of the test network agrees
// on: the same nodes, block and swarm map (built with swarm.Assign).
type netRegistry struct {
	nodes  []registry.Node
	block  registry.Block
	swarms *swarm.Map
	member map[[32]byte]bool
}

func (r *netRegistry) Nodes(bool) ([]registry.Node, error) {
	return append([]registry.Node(nil), r.nodes...), nil
}
func (r *netRegistry) Cursor() (registry.Block, bool, error) { return r.block, true, nil }
func (r *netRegistry) SwarmMap() (*swarm.Map, error)         { return r.swarms, nil }
func (r *netRegistry) IsRegistered(k [32]byte) bool          { return r.member[k] }

func netKey(i int) ed25519.PrivateKey {
	seed := sha256.Sum256([]byte{byte(i), 'n', 'e', 't'})
	return ed25519.NewKeyFromSeed(seed[:])
}

func newNetRegistry(n int) *netRegistry {
	r := &netRegistry{block: registry.Block{Number: 5000, Hash: common.Hash{0xab}, Time: 1_800_000_000}, member: map[[32]byte]bool{}}
	prev := map[swarm.NodeKey]swarm.ID{}
	for i := 0; i < n; i++ {
		var k [32]byte
		copy(k[:], netKey(i).Public().(ed25519.PublicKey))
		op := common.Address{byte(i), 0xee}
		r.nodes = append(r.nodes, registry.Node{
			ID: uint64(i + 1), Ed25519: k, BLS: registry.BLSKey{byte(i), 1}, Fee: 500,
			Contributors: []registry.Contributor{
				{Staker: op, Beneficiary: op, Amount: big.NewInt(15_000_000_000_000)},
				{Staker: common.Address{byte(i), 0xcc}, Beneficiary: common.Address{byte(i), 0xcd}, Amount: big.NewInt(10_000_000_000_000)},
			},
			Added: registry.BlockRef{Number: uint64(100 + i), Time: 1_700_000_000},
		})
		r.member[k] = true
		prev[swarm.NodeKey(k)] = swarm.UnassignedID
	}
	r.swarms = swarm.NewMap(swarm.Assign(prev, swarm.SeedFromBlockHash(r.block.Hash)))
	return r
}

// ownSwarms is one node's view of the registry with a swarm map it computed
// itself (swarm.Assign from the same history), as every real node does.
type ownSwarms struct {
	*netRegistry
	swarms *swarm.Map
}

func (o ownSwarms) SwarmMap() (*swarm.Map, error) { return o.swarms, nil }

func (r *netRegistry) recompute() ownSwarms {
	prev := map[swarm.NodeKey]swarm.ID{}
	for _, n := range r.nodes {
		prev[swarm.NodeKey(n.Ed25519)] = swarm.UnassignedID
	}
	return ownSwarms{r, swarm.NewMap(swarm.Assign(prev, swarm.SeedFromBlockHash(r.block.Hash)))}
}

// testNode is one in-process node: its peer service and network map behind
// a loopback TLS server, and its json_rpc.
type testNode struct {
	svc  *peer.Service
	nm   *peer.NetworkMap
	rpc  *rpc.JSONRPC
	srv  *httptest.Server
	db   *db.DB
	done chan error
}

func startNetwork(t *testing.T, n int, reg *netRegistry) []*testNode {
	t.Helper()
	nodes := make([]*testNode, n)
	var seedURL, rpcSeedURL string
	var rpcSeed *httptest.Server
	for i := range nodes {
		tn := &testNode{done: make(chan error, 1)}
		mux := http.NewServeMux()
		tn.srv = httptest.NewUnstartedServer(mux) // listens already: the port is known
		tn.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		port := uint16(tn.srv.Listener.Addr().(*net.TCPAddr).Port)
		url := "https://" + tn.srv.Listener.Addr().String()
		d, err := db.Open(t.TempDir(), db.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tn.db = d
		seeds := []string{seedURL}
		switch {
		case i == 0:
			seeds = []string{url} // the seed lists itself, as operators will
		case i == n-1:
			seeds = []string{rpcSeedURL} // one node bootstraps through JSON-RPC
		}
		tn.svc, err = peer.New(peer.Options{
			PublicIP: netip.MustParseAddr("127.0.0.1"), HTTPSPort: port, RPCPort: 22023, Seeds: seeds, AllowPrivate: true,
			AnnounceInterval: time.Hour, SyncInterval: 100 * time.Millisecond, GossipFanout: 4, GossipDelay: 20 * time.Millisecond,
			Identity: netKey(i), Members: reg, DB: d, Version: "0.3.1", Logger: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)),
		})
		if err != nil {
			t.Fatal(err)
		}
		tn.nm = peer.NewNetworkMap(peer.MapOptions{Registry: reg, Swarms: reg.recompute(), Contacts: tn.svc.Directory(), Self: tn.svc.Self()})
		tn.rpc = rpc.NewJSONRPC(nil)
		rpc.RegisterServiceNodes(tn.rpc, tn.nm, rpc.ServiceNodesOptions{})
		mux.Handle("/snode/v1/", tn.svc.Handler())
		mux.Handle("POST /json_rpc", tn.rpc)
		if tn.srv.TLS, err = peer.ListenerTLS(netKey(i), time.Now()); err != nil {
			t.Fatal(err)
		}
		tn.srv.StartTLS()
		if i == 0 {
			seedURL = url
			rpcSeed = httptest.NewServer(tn.rpc) // plain-HTTP json_rpc, as on port 22023
			rpcSeedURL = rpcSeed.URL + "/json_rpc"
		}
		nodes[i] = tn
	}
	t.Cleanup(rpcSeed.Close)
	return nodes
}

func stopNetwork(t *testing.T, nodes []*testNode, cancel context.CancelFunc) {
	cancel()
	for _, tn := range nodes {
		if err := <-tn.done; err != nil {
			t.Error(err)
		}
		tn.srv.Close()
		if err := tn.db.Close(); err != nil {
			t.Error(err)
		}
	}
}

func callRPC(t *testing.T, h http.Handler, body string) []byte {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/json_rpc", strings.NewReader(body)))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("json_rpc answered %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	return rec.Body.Bytes()
}

// TestNetworkConverges runs 30 nodes on loopback. Each bootstraps from node 0
// (the last through node 0's JSON-RPC), announces once and learns the others
// by gossip and pulls. Then every directory lists all 30, every node answers
// get_service_nodes byte for byte the same, and every node maps 1,000 random
// accounts to the same swarm and members.
func TestNetworkConverges(t *testing.T) {
	if testing.Short() {
		t.Skip("30-node network")
	}
	const n = 30
	reg := newNetRegistry(n)
	nodes := startNetwork(t, n, reg)
	ctx, cancel := context.WithCancel(context.Background())
	var stopOnce sync.Once
	stop := func() { stopOnce.Do(func() { stopNetwork(t, nodes, cancel) }) }
	defer stop()
	for _, tn := range nodes {
		go func() { tn.done <- tn.svc.Run(ctx) }()
	}

	start := time.Now()
	deadline := start.Add(60 * time.Second)
	for {
		lagging := 0
		for _, tn := range nodes {
			if tn.svc.Directory().Len() < n {
				lagging++
			}
		}
		if lagging == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d nodes still lack peers after %v", lagging, n, time.Since(start))
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("all %d directories complete after %v", n, time.Since(start).Round(time.Millisecond))
	// A node that announced twice (a second announcement at start-up) may
	// still be spreading the newer one: let gossip finish before stopping.
	agreed := func() bool {
		want := callRPC(t, nodes[0].rpc, `{"jsonrpc":"2.0","id":1,"method":"get_service_nodes","params":{}}`)
		for _, tn := range nodes[1:] {
			if !bytes.Equal(callRPC(t, tn.rpc, `{"jsonrpc":"2.0","id":1,"method":"get_service_nodes","params":{}}`), want) {
				return false
			}
		}
		return true
	}
	for !agreed() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	stop() // quiesce: nothing changes any more

	queries := []string{
		`{"jsonrpc":"2.0","id":1,"method":"get_service_nodes","params":{}}`,
		`{"jsonrpc":"2.0","id":"x","method":"get_n_service_nodes","params":{"active_only":true,"fields":["public_ip","storage_port","pubkey_x25519","pubkey_ed25519","storage_server_version"]}}`,
		`{"jsonrpc":"2.0","id":2,"method":"get_service_nodes","params":{"active_only":true,"fields":{"public_ip":true,"pubkey_ed25519":true,"storage_lmq_port":true,"storage_server_version":true,"swarm_id":true}}}`,
	}
	for qi, q := range queries {
		want := callRPC(t, nodes[0].rpc, q)
		for i, tn := range nodes[1:] {
			if got := callRPC(t, tn.rpc, q); !bytes.Equal(got, want) {
				t.Fatalf("query %d: node %d answers differently:\n%s\nnode 0:\n%s", qi, i+1, got, want)
			}
		}
		var res struct {
			Result struct {
				States []map[string]any `json:"service_node_states"`
			} `json:"result"`
		}
		if err := json.Unmarshal(want, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Result.States) != n {
			t.Fatalf("query %d: %d nodes listed", qi, len(res.Result.States))
		}
		for _, st := range res.Result.States {
			if ip, ok := st["public_ip"]; ok && ip != "127.0.0.1" {
				t.Fatalf("query %d: public_ip %v", qi, ip)
			}
		}
	}

	snaps := make([]*peer.Snapshot, n)
	for i, tn := range nodes {
		s, err := tn.nm.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		snaps[i] = s
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for a := 0; a < 1000; a++ {
		acct := make([]byte, 33)
		acct[0] = 0x05
		for j := 1; j < 33; j++ {
			acct[j] = byte(rng.UintN(256))
		}
		id0, m0, _ := snaps[0].Lookup(acct)
		if len(m0) < swarm.MinSwarmSize {
			t.Fatalf("account %x: swarm %x has %d members", acct, id0, len(m0))
		}
		owners := 0
		for i, s := range snaps {
			id, members, ours := s.Lookup(acct)
			if id != id0 || len(members) != len(m0) {
				t.Fatalf("node %d maps %x to swarm %x, node 0 to %x", i, acct, id, id0)
			}
			for j := range members {
				if members[j].PubkeyEd25519 != m0[j].PubkeyEd25519 || !members[j].Reachable() {
					t.Fatalf("node %d: member %d of swarm %x differs or has no address", i, j, id)
				}
			}
			if ours {
				owners++
			}
		}
		if owners != len(m0) {
			t.Fatalf("account %x: %d nodes claim it, swarm has %d", acct, owners, len(m0))
		}
	}
}
