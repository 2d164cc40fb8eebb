package node

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	dto "github.com/prometheus/client_model/go"

	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/replica"
	"github.com/sessiond/sessiond/internal/rewards"
	"github.com/sessiond/sessiond/internal/swarm"
	"github.com/sessiond/sessiond/internal/version"
)

// Status is what `sessiond status` shows: one screen from the running node.
type Status struct {
	Version      version.Info   `json:"version"`
	Uptime       float64        `json:"uptime_seconds"`
	Ready        bool           `json:"ready"`
	NotReady     []string       `json:"not_ready,omitempty"`
	Keys         PublicKeys     `json:"keys"`
	Registration *Registration  `json:"registration,omitempty"`
	Chain        ChainStatus    `json:"chain"`
	Swarm        SwarmStatus    `json:"swarm"`
	Storage      StorageStatus  `json:"storage"`
	Traffic      TrafficStatus  `json:"traffic"`
	Rewards      *RewardsStatus `json:"rewards,omitempty"`
}

// PublicKeys are the node's public keys.
type PublicKeys struct {
	Ed25519 string `json:"pubkey_ed25519"`
	X25519  string `json:"pubkey_x25519"`
	BLS     string `json:"pubkey_bls"`
}

// Registration is this node's state on the staking contract.
type Registration struct {
	ID            uint64   `json:"id"`
	Operator      string   `json:"operator"`
	Stake         *big.Int `json:"stake"`
	Contributors  int      `json:"contributors"`
	FeeBPS        uint16   `json:"fee_bps"`
	ExitRequested bool     `json:"exit_requested"`
	Exited        bool     `json:"exited"`
}

// SwarmStatus is this node's swarm.
type SwarmStatus struct {
	ID        *uint64 `json:"id,omitempty"`
	Members   int     `json:"members"`
	Reachable int     `json:"members_reachable"`
	Swarms    int     `json:"swarms"`
	// Transfer is the running bulk copy (a join pulling the swarm's
	// messages, or a hand-off pushing moved accounts), if any.
	Transfer *replica.Transfer `json:"transfer,omitempty"`
}

// StorageStatus is the message store.
type StorageStatus struct {
	Messages float64 `json:"messages"`
	Bytes    float64 `json:"bytes"`
}

// TrafficStatus are request totals and their average rates since start.
type TrafficStatus struct {
	RPCRequests   float64 `json:"rpc_requests"`
	RPCPerSecond  float64 `json:"rpc_per_second"`
	OnionRequests float64 `json:"onion_requests"`
	OnionPerSec   float64 `json:"onion_per_second"`
}

// RewardsStatus is the operator's reward account.
type RewardsStatus struct {
	Address   string   `json:"address"`
	Lifetime  *big.Int `json:"lifetime"`
	Claimed   *big.Int `json:"claimed"`
	Claimable *big.Int `json:"claimable"`
}

// sums adds up every series of each named metric in the node's registry.
func (n *Node) sums(names ...string) map[string]float64 {
	out := map[string]float64{}
	mfs, err := n.reg.Gather()
	if err != nil {
		return out
	}
	want := map[string]bool{}
	for _, name := range names {
		want[name] = true
	}
	for _, mf := range mfs {
		if !want[mf.GetName()] {
			continue
		}
		for _, m := range mf.GetMetric() {
			out[mf.GetName()] += value(m)
		}
	}
	return out
}

func value(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	case m.Untyped != nil:
		return m.Untyped.GetValue()
	}
	return 0
}

// Status gathers the operator's view of the node.
func (n *Node) Status(ctx context.Context) (Status, error) {
	reg, w := n.chainParts()
	n.mu.Lock()
	nm, started := n.netmap, n.started
	n.mu.Unlock()
	pub := n.opts.Identity.Public()
	s := Status{Version: version.Get(), Uptime: n.opts.Now().Sub(n.startedAt).Seconds(),
		Keys: PublicKeys{Ed25519: pub.Ed25519, X25519: pub.X25519, BLS: pub.BLS}}
	s.Ready, s.NotReady = n.Ready()
	if !started || reg == nil {
		return s, nil
	}
	var err error
	if s.Chain, err = ReadChainStatus(reg, w); err != nil {
		return s, err
	}
	s.Chain.Running = true
	var self registry.Ed25519Key
	copy(self[:], n.opts.Identity.Ed25519Public())
	me, err := reg.NodeByEd25519(self)
	if err != nil {
		return s, err
	}
	if me != nil {
		s.Registration = &Registration{ID: me.ID, Operator: me.Operator().Hex(), Stake: me.Deposit(), Contributors: len(me.Contributors),
			FeeBPS: me.Fee, ExitRequested: me.ExitRequested != nil, Exited: me.Exited != nil}
		if r, err := n.operatorRewards(reg, me); err == nil {
			s.Rewards = r
		}
	}
	if nm != nil {
		if snap, err := nm.Snapshot(); err == nil {
			s.Swarm.Swarms = len(swarmIDs(snap))
			if rep, ok := n.reachability.(*replica.Replicator); ok {
				s.Swarm.Transfer = rep.Transfer()
			}
			if id, ok := snap.OwnSwarm(); ok && id != uint64(swarm.UnassignedID) {
				s.Swarm.ID = &id
				for _, m := range snap.SwarmMembers(id) {
					s.Swarm.Members++
					if since, down := n.unreachableSince(m.PubkeyEd25519); !down || since.IsZero() {
						s.Swarm.Reachable++
					}
				}
			}
		}
	}
	sum := n.sums("sessiond_storage_messages", "sessiond_storage_message_bytes", "sessiond_rpc_storage_responses_total", "sessiond_onion_requests_total")
	s.Storage = StorageStatus{Messages: sum["sessiond_storage_messages"], Bytes: sum["sessiond_storage_message_bytes"]}
	s.Traffic = TrafficStatus{RPCRequests: sum["sessiond_rpc_storage_responses_total"], OnionRequests: sum["sessiond_onion_requests_total"]}
	if s.Uptime > 0 {
		s.Traffic.RPCPerSecond = s.Traffic.RPCRequests / s.Uptime
		s.Traffic.OnionPerSec = s.Traffic.OnionRequests / s.Uptime
	}
	return s, ctx.Err()
}

func (n *Node) unreachableSince(ed [32]byte) (time.Time, bool) {
	if n.reachability == nil {
		return time.Time{}, false
	}
	return n.reachability.UnreachableSince(ed)
}

// operatorRewards computes the operator's lifetime balance at the applied
// block with the network's reward rules.
func (n *Node) operatorRewards(reg *registry.Registry, me *registry.Node) (*RewardsStatus, error) {
	in, err := rewards.Load(reg)
	if err != nil {
		return nil, err
	}
	cur, _, err := reg.Cursor()
	if err != nil {
		return nil, err
	}
	rules := rewards.DefaultRules()
	if n.cfg.Chain.Network == "devnet" {
		rules = rewards.DevnetRules()
	}
	bal, err := rewards.Compute(rules, in, registry.BlockRef{Number: cur.Number, Time: cur.Time})
	if err != nil {
		return nil, err
	}
	addr := me.Operator()
	if len(me.Contributors) > 0 && me.Contributors[0].Beneficiary != (common.Address{}) {
		addr = me.Contributors[0].Beneficiary
	}
	rec, err := reg.Recipient(addr)
	if err != nil {
		return nil, err
	}
	c := rewards.Claimable(bal.Of(addr), rec)
	return &RewardsStatus{Address: addr.Hex(), Lifetime: bal.Of(addr), Claimed: rec.Claimed, Claimable: c.Claimable}, nil
}
