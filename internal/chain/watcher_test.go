package chain_test

import (
	"crypto/rand"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registry"
)

func sesh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(bindings.Coin)) }

type testNet struct {
	t      *testing.T
	chain  *devnet.Chain
	k      *devnet.Contracts
	accts  []devnet.Account
	nodes  map[uint64]*keys.Identity
	reg    *registry.Registry
	w      *chain.Watcher
	client chain.Client
}

func newTestNet(t *testing.T, nAccts int) *testNet {
	t.Helper()
	owner, err := devnet.NewAccount([]byte("owner"))
	require.NoError(t, err)
	c, err := devnet.NewSimulated(devnet.SimulatedOptions{Alloc: map[common.Address]*big.Int{owner.Addr: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return newTestNetOn(t, c, owner, nAccts)
}

// newTestNetOn deploys on any chain where owner has ETH.
func newTestNetOn(t *testing.T, c *devnet.Chain, owner devnet.Account, nAccts int) *testNet {
	t.Helper()
	ctx := t.Context()
	k, err := devnet.Deploy(ctx, c, owner, devnet.DeployOptions{})
	require.NoError(t, err)
	tn := &testNet{t: t, chain: c, k: k, nodes: map[uint64]*keys.Identity{}}
	for range nAccts {
		a, err := devnet.NewAccount(nil)
		require.NoError(t, err)
		require.NoError(t, c.Transfer(ctx, owner, a.Addr, big.NewInt(1e18)))
		require.NoError(t, k.FundSESH(ctx, a.Addr, sesh(60_000)))
		tn.accts = append(tn.accts, a)
	}
	d, err := db.Open(t.TempDir(), db.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = d.Close() })
	tn.reg, err = registry.Open(d, registry.Options{}, nil)
	require.NoError(t, err)
	tn.client = c.Client
	tn.w = tn.newWatcher(tn.reg)
	return tn
}

func (tn *testNet) newWatcher(reg *registry.Registry) *chain.Watcher {
	pool := chain.NewPool([]*chain.Provider{chain.NewProvider("sim", 0, tn.client)}, 1337, 5*time.Second, nil, nil, nil)
	require.NoError(tn.t, pool.CheckChainIDs(tn.t.Context()))
	return chain.NewWatcher(chain.Config{
		Contracts:   chain.Contracts{Rewards: tn.k.Rewards, Pool: tn.k.Pool, Factory: tn.k.Factory},
		Finality:    chain.Finality{Tag: "safe"},
		MaxLogRange: 7, // small, so syncs span several ranges
	}, pool, reg, nil, nil, nil)
}

func (tn *testNet) sync() {
	tn.t.Helper()
	require.NoError(tn.t, tn.w.SyncOnce(tn.t.Context()))
}

func (tn *testNet) id() *keys.Identity {
	id, err := keys.Generate(rand.Reader)
	require.NoError(tn.t, err)
	return id
}

// sign aggregates the signatures of every registered node but nonSigners.
func (tn *testNet) sign(msg []byte, nonSigners ...uint64) bls.Signature {
	skip := map[uint64]bool{}
	for _, n := range nonSigners {
		skip[n] = true
	}
	var sigs []bls.Signature
	for id, k := range tn.nodes {
		if !skip[id] {
			sigs = append(sigs, bls.Sign(k.BLS, tn.k.Domain(), msg))
		}
	}
	agg, err := bls.AggregateSignatures(sigs...)
	require.NoError(tn.t, err)
	return agg
}

// check compares the registry with the contract's own getters.
func (tn *testNet) check() {
	t := tn.t
	ctx := t.Context()
	rw := bindings.NewServiceNodeRewards()
	out, err := tn.k.CallRewards(ctx, rw.PackAllServiceNodeIDs())
	require.NoError(t, err)
	all, err := rw.UnpackAllServiceNodeIDs(out)
	require.NoError(t, err)
	ids := append([]uint64{}, all.Ids...)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	ours, err := tn.reg.ActiveIDs()
	require.NoError(t, err)
	if len(ids) == 0 {
		ids = nil
	}
	require.Equal(t, ids, ours, "active ids")
	for _, id := range ids {
		out, err := tn.k.CallRewards(ctx, rw.PackServiceNodes(id))
		require.NoError(t, err)
		sn, err := rw.UnpackServiceNodes(out)
		require.NoError(t, err)
		n, err := tn.reg.Node(id)
		require.NoError(t, err)
		require.NotNil(t, n)
		var k registry.BLSKey
		sn.BlsPubkey.X.FillBytes(k[:32])
		sn.BlsPubkey.Y.FillBytes(k[32:])
		require.Equal(t, k, n.BLS)
		require.Len(t, n.Contributors, len(sn.Contributors))
		for i, c := range sn.Contributors {
			require.Equal(t, c.Staker.Addr, n.Contributors[i].Staker)
			require.Equal(t, c.Staker.Beneficiary, n.Contributors[i].Beneficiary)
			require.Equal(t, 0, c.StakedAmount.Cmp(n.Contributors[i].Amount))
		}
		require.Equal(t, sn.LeaveRequestTimestamp.Sign() != 0, n.ExitRequested != nil, "exit requested of %d", id)
	}
	for _, a := range tn.accts {
		out, err := tn.k.CallRewards(ctx, rw.PackRecipients(a.Addr))
		require.NoError(t, err)
		r, err := rw.UnpackRecipients(out)
		require.NoError(t, err)
		ours, err := tn.reg.Recipient(a.Addr)
		require.NoError(t, err)
		require.Equal(t, 0, r.Rewards.Cmp(ours.Rewards), "rewards of %s", a.Addr)
		require.Equal(t, 0, r.Claimed.Cmp(ours.Claimed), "claimed of %s", a.Addr)
	}
}

func now(tn *testNet) uint64 {
	h, err := tn.client.HeaderByNumber(tn.t.Context(), nil)
	require.NoError(tn.t, err)
	return h.Time
}

func TestWatcherFollowsTheContracts(t *testing.T) {
	lifecycle(newTestNet(t, 6), true)
}

// lifecycle registers, exits, liquidates, releases, updates and claims,
// checking the registry against the contract's getters after each step.
// canAdjustTime is false on a chain whose clock cannot be moved (geth --dev).
func lifecycle(tn *testNet, canAdjustTime bool) {
	t := tn.t
	ctx := t.Context()
	tn.sync()
	tn.check()

	// Solo and multi-contributor registrations.
	for i := range 3 {
		id := tn.id()
		nid, err := tn.k.RegisterSolo(ctx, tn.accts[i], id)
		require.NoError(t, err)
		tn.nodes[nid] = id
	}
	multi := tn.id()
	nid, contract, err := tn.k.RegisterMulti(ctx, 1000, []devnet.Stake{
		{From: tn.accts[3], Amount: sesh(12_500)}, {From: tn.accts[4], Amount: sesh(7_500)}, {From: tn.accts[5], Amount: sesh(5_000)},
	}, multi)
	require.NoError(t, err)
	tn.nodes[nid] = multi
	tn.sync()
	tn.check()
	c, err := tn.reg.Contribution(contract)
	require.NoError(t, err)
	require.Equal(t, registry.ContribFinalized, c.Status)
	require.Equal(t, tn.accts[3].Addr, c.Operator)
	require.Len(t, c.Contributors, 3)
	n, err := tn.reg.Node(nid)
	require.NoError(t, err)
	require.Equal(t, uint16(1000), n.Fee)
	require.Equal(t, contract, n.Initiator, "initiator of a multi-contributor node is its contract")
	require.Equal(t, tn.accts[3].Addr, n.Operator())

	// Exit requests, repeated after an hour.
	_, err = tn.k.RequestExit(ctx, tn.accts[0], 1)
	require.NoError(t, err)
	tn.sync()
	tn.check()
	if canAdjustTime {
		require.NoError(t, tn.chain.AdjustTime(2*time.Hour))
		_, err = tn.k.RequestExit(ctx, tn.accts[0], 1)
		require.NoError(t, err)
		tn.sync()
		n1, err := tn.reg.Node(1)
		require.NoError(t, err)
		require.NotEqual(t, n1.ExitRequested.Number, n1.LastExitRequest.Number)
	}

	// Exit with the network's signature (node 2 did not sign); no request needed.
	pk2 := tn.nodes[2].BLSPublic
	ts := now(tn)
	_, err = tn.k.ExitWithSignature(ctx, tn.accts[5], pk2, ts, tn.sign(bls.ExitMessage(tn.k.Domain(), pk2, ts), 2), []uint64{2})
	require.NoError(t, err)
	tn.sync()
	tn.check()
	n2, err := tn.reg.Node(2)
	require.NoError(t, err)
	require.NotNil(t, n2.Exited)
	require.False(t, n2.Liquidated)
	delete(tn.nodes, 2)

	// Liquidation: Liquidated then Exit in one transaction.
	pk3 := tn.nodes[3].BLSPublic
	ts = now(tn)
	_, err = tn.k.Liquidate(ctx, tn.accts[5], pk3, ts, tn.sign(bls.LiquidateMessage(tn.k.Domain(), pk3, ts)), nil)
	require.NoError(t, err)
	tn.sync()
	tn.check()
	n3, err := tn.reg.Node(3)
	require.NoError(t, err)
	require.True(t, n3.Liquidated)
	require.NotNil(t, n3.Exited)
	require.Equal(t, -1, n3.ReturnedAmount.Cmp(sesh(25_000)), "the penalty is kept back")
	delete(tn.nodes, 3)

	// Pool release, then a signed rewards balance and a claim.
	if canAdjustTime {
		require.NoError(t, tn.chain.AdjustTime(24*time.Hour))
	}
	_, err = tn.k.ReleasePool(ctx, tn.accts[5])
	require.NoError(t, err)
	amount := sesh(123)
	addr := tn.accts[4].Addr
	_, err = tn.k.UpdateRewards(ctx, tn.accts[4], addr, amount, tn.sign(bls.RewardMessage(tn.k.Domain(), addr, amount)), nil)
	require.NoError(t, err)
	_, err = tn.k.Claim(ctx, tn.accts[4])
	require.NoError(t, err)
	tn.sync()
	tn.check()
	rels, err := tn.reg.Releases()
	require.NoError(t, err)
	require.Len(t, rels, 1)
	require.Positive(t, rels[0].Amount.Sign())
	rec, err := tn.reg.Recipient(addr)
	require.NoError(t, err)
	require.Equal(t, 0, rec.Claimed.Cmp(amount))

	// A second watcher syncing from scratch (another node, or a restart after
	// a crash that lost the database) reaches the same registry.
	d2, err := db.Open(t.TempDir(), db.Options{})
	require.NoError(t, err)
	defer d2.Close()
	reg2, err := registry.Open(d2, registry.Options{}, nil)
	require.NoError(t, err)
	require.NoError(t, tn.newWatcher(reg2).SyncOnce(ctx))
	a, err := tn.reg.Nodes(false)
	require.NoError(t, err)
	b, err := reg2.Nodes(false)
	require.NoError(t, err)
	require.Equal(t, a, b)

	// Reconcile agrees with the contract.
	require.NoError(t, tn.w.Reconcile(ctx))
	st := tn.w.Status()
	require.True(t, st.Synced)
}

func TestWatcherRollsBackAReorg(t *testing.T) {
	tn := newTestNet(t, 2)
	ctx := t.Context()
	tn.sync()
	base, ok, err := tn.reg.Cursor()
	require.NoError(t, err)
	require.True(t, ok)

	id := tn.id()
	_, err = tn.k.RegisterSolo(ctx, tn.accts[0], id)
	require.NoError(t, err)
	tn.sync()
	ids, err := tn.reg.ActiveIDs()
	require.NoError(t, err)
	require.Equal(t, []uint64{1}, ids)

	// Replace everything after the synced base with a longer branch that has
	// no registration.
	sim := tn.chain.Simulated()
	require.NoError(t, sim.Fork(base.Hash))
	for range 6 {
		sim.Rollback() // drop pending transactions re-added from the old branch
		sim.Commit()
	}
	tn.sync()
	ids, err = tn.reg.ActiveIDs()
	require.NoError(t, err)
	require.Empty(t, ids, "the registration was on the dropped branch")
	cur, _, err := tn.reg.Cursor()
	require.NoError(t, err)
	h, err := tn.client.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.Number))
	require.NoError(t, err)
	require.Equal(t, h.Hash(), cur.Hash)
	tn.check()
}
