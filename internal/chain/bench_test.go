package chain_test

import (
	"context"
	"crypto/rand"

	"math/big"
	"os"
	"strconv"

	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registration"
	"github.com/sessiond/sessiond/internal/registry"
)

// benchRegistrations is how many nodes the ingest benchmark registers
// (SESSIOND_BENCH_REGISTRATIONS, default 10,000).
func benchRegistrations() int {
	if v, err := strconv.Atoi(os.Getenv("SESSIOND_BENCH_REGISTRATIONS")); err == nil && v > 0 {
		return v
	}
	return 10_000
}

// benchDeploy uses a small staking requirement: 10,000 nodes at 25,000 SESH
// would need more than the token supply.
var benchDeploy = devnet.DeployOptions{StakingRequirement: new(big.Int).Mul(big.NewInt(100), big.NewInt(bindings.Coin))}

// registerMany registers n solo nodes, at most 20 per block (the contract's
// per-block aggregation limit), without waiting for each receipt.
func registerMany(b *testing.B, c *devnet.Chain, k *devnet.Contracts, op devnet.Account, n int) {
	ctx := context.Background()
	total := new(big.Int).Mul(big.NewInt(int64(n)), k.StakingRequirement)
	require.NoError(b, k.FundSESH(ctx, op.Addr, total))
	require.NoError(b, k.Approve(ctx, op, k.Rewards, total))
	nonce, err := c.Client.PendingNonceAt(ctx, op.Addr)
	require.NoError(b, err)
	head, err := c.Client.HeaderByNumber(ctx, nil)
	require.NoError(b, err)
	tip, err := c.Client.SuggestGasTipCap(ctx)
	require.NoError(b, err)
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(4)))
	signer := types.LatestSignerForChainID(c.ChainID)
	var pending []common.Hash
	flush := func() {
		c.Mine()
		for _, h := range pending {
			var r *types.Receipt
			for deadline := time.Now().Add(time.Minute); r == nil; {
				r, _ = c.Client.TransactionReceipt(ctx, h)
				if r == nil {
					require.True(b, time.Now().Before(deadline), "registration %s not mined", h)
					c.Mine() // a busy builder may leave transactions for the next block
					time.Sleep(2 * time.Millisecond)
				}
			}
			require.Equal(b, types.ReceiptStatusSuccessful, r.Status, "registration reverted")
		}
		pending = pending[:0]
	}
	for i := range n {
		id, err := keys.Generate(rand.Reader)
		require.NoError(b, err)
		reg, err := registration.Build(id, k.Params(op.Addr))
		require.NoError(b, err)
		data, err := reg.AddBLSPublicKeyCalldata()
		require.NoError(b, err)
		tx, err := types.SignNewTx(op.Key, signer, &types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 4_000_000, To: &k.Rewards, Data: data})
		require.NoError(b, err)
		nonce++
		require.NoError(b, c.Client.SendTransaction(ctx, tx))
		pending = append(pending, tx.Hash())
		if len(pending) == 20 || i == n-1 {
			flush()
		}
	}
}

// ingest measures, on one chain: a bare eth_getLogs loop over the contracts'
// logs (the ceiling) and a full watcher sync into a fresh registry.
func ingest(b *testing.B, client chain.Client, k *devnet.Contracts, n int) {
	ctx := context.Background()
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(b, err)
	last := head.Number.Uint64()
	const rangeSize = 2000
	addrs := []common.Address{k.Rewards, k.Pool, k.Factory}
	for b.Loop() {
		start := time.Now()
		logs := 0
		for from := uint64(0); from <= last; from += rangeSize {
			ls, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(min(last, from+rangeSize-1)), Addresses: addrs})
			require.NoError(b, err)
			logs += len(ls)
		}
		ceiling := float64(logs) / time.Since(start).Seconds()

		d, err := db.Open(b.TempDir(), db.Options{})
		require.NoError(b, err)
		reg, err := registry.Open(d, registry.Options{SwarmEpoch: 240}, nil)
		require.NoError(b, err)
		pool := chain.NewPool([]*chain.Provider{chain.NewProvider("bench", 0, client)}, 1337, time.Minute, nil, nil, nil)
		w := chain.NewWatcher(chain.Config{Contracts: chain.Contracts{Rewards: k.Rewards, Pool: k.Pool, Factory: k.Factory},
			Finality: chain.Finality{Tag: "safe"}, MaxLogRange: rangeSize}, pool, reg, nil, nil, nil)
		start = time.Now()
		require.NoError(b, w.SyncOnce(ctx))
		el := time.Since(start).Seconds()
		ids, err := reg.ActiveIDs()
		require.NoError(b, err)
		require.Len(b, ids, n)
		require.NoError(b, d.Close())
		events := float64(logs) // every contract log is an event the watcher applies
		b.ReportMetric(ceiling, "getlogs-events/s")
		b.ReportMetric(events/el, "watcher-events/s")
		b.ReportMetric(100*events/el/ceiling, "%-of-ceiling")
		b.Logf("%d registrations, %d contract logs: bare eth_getLogs %.0f events/s, watcher %.0f events/s (%.0f %% of the ceiling)",
			n, logs, ceiling, events/el, 100*events/el/ceiling)
	}
}

func BenchmarkIngestSimulated(b *testing.B) {
	n := benchRegistrations()
	owner, err := devnet.NewAccount([]byte("bench-owner"))
	require.NoError(b, err)
	op, err := devnet.NewAccount([]byte("bench-op"))
	require.NoError(b, err)
	eth := new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))
	c, err := devnet.NewSimulated(devnet.SimulatedOptions{Alloc: map[common.Address]*big.Int{owner.Addr: eth, op.Addr: eth}, HTTPAddr: "127.0.0.1:0"})
	require.NoError(b, err)
	defer c.Close()
	k, err := devnet.Deploy(context.Background(), c, owner, benchDeploy)
	require.NoError(b, err)
	registerMany(b, c, k, op, n)
	// Over HTTP, as a node process reaches it.
	hc, err := ethclient.Dial(c.URL)
	require.NoError(b, err)
	defer hc.Close()
	b.ResetTimer()
	ingest(b, hc, k, n)
}

func BenchmarkIngestGeth(b *testing.B) {
	bin, err := devnet.FindGeth()
	if err != nil {
		b.Skip(err)
	}
	n := benchRegistrations()
	g, err := devnet.StartGeth(context.Background(), bin, b.TempDir(), 0)
	require.NoError(b, err)
	defer g.Stop()
	c, err := g.Chain(context.Background())
	require.NoError(b, err)
	owner, err := devnet.NewAccount(nil)
	require.NoError(b, err)
	op, err := devnet.NewAccount(nil)
	require.NoError(b, err)
	eth := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))
	require.NoError(b, g.Fund(context.Background(), owner.Addr, eth))
	require.NoError(b, g.Fund(context.Background(), op.Addr, eth))
	k, err := devnet.Deploy(context.Background(), c, owner, benchDeploy)
	require.NoError(b, err)
	registerMany(b, c, k, op, n)
	hc, err := ethclient.Dial(g.URL)
	require.NoError(b, err)
	defer hc.Close()
	b.ResetTimer()
	ingest(b, hc, k, n)

}
