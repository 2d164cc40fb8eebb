package signing

import (
	"context"
	"math/big"
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
	"github.com/sessiond/sessiond/internal/rewards"
)

func sesh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(bindings.Coin)) }

// devnetNet is a simulated chain with the devnet contracts, five registered
// nodes (four solo, one with three contributors), each node with its own
// bbolt registry synced by its own watcher, and the signing cluster on top.
type devnetNet struct {
	t        *testing.T
	chain    *devnet.Chain
	k        *devnet.Contracts
	accts    []devnet.Account // 0-3 solo operators, 4-6 the multi node's stakers, 7 submits
	ids      []*keys.Identity
	regs     []*registry.Registry
	watchers []*chain.Watcher
	c        *cluster
}

func newDevnetNet(t *testing.T) *devnetNet {
	t.Helper()
	ctx := t.Context()
	owner, err := devnet.NewAccount([]byte("signing-owner"))
	require.NoError(t, err)
	ch, err := devnet.NewSimulated(devnet.SimulatedOptions{Alloc: map[common.Address]*big.Int{owner.Addr: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Close() })
	k, err := devnet.Deploy(ctx, ch, owner, devnet.DeployOptions{})
	require.NoError(t, err)
	dn := &devnetNet{t: t, chain: ch, k: k}
	for i := range 8 {
		a, err := devnet.NewAccount([]byte{'a', byte(i)})
		require.NoError(t, err)
		require.NoError(t, ch.Transfer(ctx, owner, a.Addr, big.NewInt(1e18)))
		require.NoError(t, k.FundSESH(ctx, a.Addr, sesh(30_000)))
		dn.accts = append(dn.accts, a)
	}
	for i := range 5 {
		dn.ids = append(dn.ids, testIdentity(t, 100+i))
	}
	for i := range 4 {
		id, err := k.RegisterSolo(ctx, dn.accts[i], dn.ids[i])
		require.NoError(t, err)
		require.Equal(t, uint64(i+1), id)
	}
	id, _, err := k.RegisterMulti(ctx, 1000, []devnet.Stake{
		{From: dn.accts[4], Amount: sesh(12_500)}, {From: dn.accts[5], Amount: sesh(7_500)}, {From: dn.accts[6], Amount: sesh(5_000)},
	}, dn.ids[4])
	require.NoError(t, err)
	require.Equal(t, uint64(5), id)

	pool := chain.NewPool([]*chain.Provider{chain.NewProvider("sim", 0, ch.Client)}, 1337, 5*time.Second, nil, nil, nil)
	require.NoError(t, pool.CheckChainIDs(ctx))
	for range dn.ids {
		d, err := db.Open(t.TempDir(), db.Options{})
		require.NoError(t, err)
		t.Cleanup(func() { _ = d.Close() })
		reg, err := registry.Open(d, registry.Options{}, nil)
		require.NoError(t, err)
		dn.regs = append(dn.regs, reg)
		dn.watchers = append(dn.watchers, chain.NewWatcher(chain.Config{
			Contracts: chain.Contracts{Rewards: k.Rewards, Pool: k.Pool, Factory: k.Factory},
			Finality:  chain.Finality{Tag: "safe"}, MaxLogRange: 1000,
		}, pool, reg, nil, nil, nil))
	}
	times := BlockTimeFunc(func(ctx context.Context, n uint64) (uint64, error) {
		h, err := ch.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, err
		}
		return h.Time, nil
	})
	dn.c = newCluster(t, dn.ids, clusterOptions{
		reg:    func(i int) Registry { return dn.regs[i] },
		domain: k.Domain(), rules: rewards.DevnetRules(), blockTimes: times,
		exitRules: ExitRules{UnlockDelay: 0, ExitBuffer: time.Hour},
		liveAfter: time.Minute, timeout: 2 * time.Second,
	})
	dn.sync()
	return dn
}

// sync mines a block, lets every node's watcher apply the chain and sets the
// nodes' clock to the chain's time.
func (dn *devnetNet) sync() registry.Block {
	dn.t.Helper()
	dn.chain.Mine()
	for _, w := range dn.watchers {
		require.NoError(dn.t, w.SyncOnce(dn.t.Context()))
	}
	cur, ok, err := dn.regs[0].Cursor()
	require.NoError(dn.t, err)
	require.True(dn.t, ok)
	for _, r := range dn.regs[1:] {
		other, _, err := r.Cursor()
		require.NoError(dn.t, err)
		require.Equal(dn.t, cur, other)
	}
	dn.c.clock.Set(time.Unix(int64(cur.Time), 0))
	return cur
}

func (dn *devnetNet) balance(a common.Address) *big.Int {
	dn.t.Helper()
	b, err := dn.k.BalanceSESH(dn.t.Context(), a)
	require.NoError(dn.t, err)
	return b
}

func (dn *devnetNet) ratio(pack func(*bindings.ServiceNodeRewards) []byte) *big.Int {
	dn.t.Helper()
	rw := bindings.NewServiceNodeRewards()
	out, err := dn.k.CallRewards(dn.t.Context(), pack(rw))
	require.NoError(dn.t, err)
	v, err := rw.UnpackLiquidatorRewardRatio(out) // every ratio getter returns one uint256
	require.NoError(dn.t, err)
	return v
}

func TestDevnetRewardsExitLiquidation(t *testing.T) {
	if testing.Short() {
		t.Skip("deploys contracts on a simulated chain")
	}
	dn := newDevnetNet(t)
	ctx := t.Context()
	submitter := dn.accts[7]

	// Rewards: the pool releases, a contributor of the multi node claims with
	// the network's signature.
	require.NoError(t, dn.chain.AdjustTime(6*time.Hour))
	_, err := dn.k.ReleasePool(ctx, submitter)
	require.NoError(t, err)
	dn.sync()
	contributor := dn.accts[5]
	res, err := dn.c.nodes[0].agg.Rewards(ctx, contributor.Addr, -1)
	require.NoError(t, err)
	require.Empty(t, res.NonSigners)
	require.Positive(t, res.Amount.Sign())

	// Another node's independently synced registry computes the same.
	hdr, err := dn.chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(res.Height))
	require.NoError(t, err)
	in, err := rewards.Load(dn.regs[3])
	require.NoError(t, err)
	bal, err := rewards.Compute(rewards.DevnetRules(), in, registry.BlockRef{Number: res.Height, Time: hdr.Time})
	require.NoError(t, err)
	require.Equal(t, bal.Of(contributor.Addr).String(), res.Amount.String())

	before := dn.balance(contributor.Addr)
	_, err = dn.k.UpdateRewards(ctx, submitter, contributor.Addr, res.Amount, res.Signature, res.NonSigners)
	require.NoError(t, err, "the contract accepts the network's signature")
	_, err = dn.k.Claim(ctx, contributor)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(before, res.Amount).String(), dn.balance(contributor.Addr).String(), "claimed exactly the signed amount")

	// The same balance cannot be claimed twice: the update is refused and a
	// claim pays nothing more.
	_, err = dn.k.UpdateRewards(ctx, submitter, contributor.Addr, res.Amount, res.Signature, res.NonSigners)
	require.ErrorContains(t, err, "updateRewardsBalance")
	_, err = dn.k.Claim(ctx, contributor)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(before, res.Amount).String(), dn.balance(contributor.Addr).String())

	// Exit: node 2's operator asks to leave; the network signs the exit.
	_, err = dn.k.RequestExit(ctx, dn.accts[1], 2)
	require.NoError(t, err)
	dn.sync()
	exit, err := dn.c.nodes[0].agg.Exit(ctx, NodeKey{BLS: dn.ids[1].BLSPublic}, KindExit)
	require.NoError(t, err)
	require.Empty(t, exit.NonSigners)
	_, err = dn.k.ExitWithSignature(ctx, submitter, exit.BLSPubkey, exit.Timestamp, exit.Signature, exit.NonSigners)
	require.NoError(t, err, "the contract accepts the exit signature")
	dn.sync()
	n2, err := dn.regs[0].Node(2)
	require.NoError(t, err)
	require.NotNil(t, n2.Exited)
	require.False(t, n2.Liquidated)
	require.Equal(t, sesh(25_000).String(), n2.ReturnedAmount.String())

	// Liquidation: node 3 goes down; the others' tests see it fail for
	// longer than the (shortened) one-minute window.
	dead := dn.c.nodes[2]
	dead.down.Store(true)
	for _, n := range dn.c.nodes {
		if n != dead {
			n.tracker.Report(dead.ed, false, dn.c.clock.Now())
		}
	}
	_, err = dn.c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: dead.ed}, KindLiquidation)
	require.ErrorContains(t, err, "not liquidatable", "not before the window ends")
	require.NoError(t, dn.chain.AdjustTime(2*time.Minute))
	dn.sync()
	liq, err := dn.c.nodes[3].agg.Exit(ctx, NodeKey{Ed25519: dead.ed}, KindLiquidation)
	require.NoError(t, err)
	require.Equal(t, []uint64{3}, liq.NonSigners, "the dead node does not sign")
	require.Equal(t, 1, liq.Threshold, "min(4/3, 4000)")

	liqRatio := dn.ratio((*bindings.ServiceNodeRewards).PackLiquidatorRewardRatio)
	poolRatio := dn.ratio((*bindings.ServiceNodeRewards).PackPoolShareOfLiquidationRatio)
	recRatio := dn.ratio((*bindings.ServiceNodeRewards).PackRecipientRatio)
	sum := new(big.Int).Add(liqRatio, new(big.Int).Add(poolRatio, recRatio))
	wantReward := new(big.Int).Div(new(big.Int).Mul(sesh(25_000), liqRatio), sum)
	before = dn.balance(submitter.Addr)
	_, err = dn.k.Liquidate(ctx, submitter, liq.BLSPubkey, liq.Timestamp, liq.Signature, liq.NonSigners)
	require.NoError(t, err, "the contract accepts the liquidation signature")
	require.Equal(t, new(big.Int).Add(before, wantReward).String(), dn.balance(submitter.Addr).String(), "the liquidator's share")
	dn.sync()
	n3, err := dn.regs[1].Node(3)
	require.NoError(t, err)
	require.True(t, n3.Liquidated)
	require.Equal(t, -1, n3.ReturnedAmount.Cmp(sesh(25_000)), "the penalty is kept back")

	// The liquidated node's signature is no longer asked for.
	active, err := dn.regs[0].ActiveIDs()
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 4, 5}, active)
	require.True(t, bls.Verify(liq.AggregatePubkey, dn.k.Domain(), liq.Message, liq.Signature))
}
