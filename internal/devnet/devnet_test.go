package devnet

import (
	"bytes"
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/keys"
)

func sesh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(bindings.Coin)) }

// newTestNet deploys the contracts on a simulated chain and funds n accounts
// with ETH and SESH.
func newTestNet(t *testing.T, n int) (*Chain, *Contracts, []Account) {
	t.Helper()
	owner, err := NewAccount([]byte("owner"))
	require.NoError(t, err)
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	accts := make([]Account, n)
	c, err := NewSimulated(SimulatedOptions{Alloc: map[common.Address]*big.Int{owner.Addr: eth}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	ctx := t.Context()
	k, err := Deploy(ctx, c, owner, DeployOptions{})
	require.NoError(t, err)
	for i := range accts {
		accts[i], err = NewAccount(nil)
		require.NoError(t, err)
		require.NoError(t, c.Transfer(ctx, owner, accts[i].Addr, big.NewInt(1e18)))
		require.NoError(t, k.FundSESH(ctx, accts[i].Addr, sesh(30_000)))
	}
	return c, k, accts
}

func newIdentity(t *testing.T) *keys.Identity {
	t.Helper()
	id, err := keys.Generate(rand.Reader)
	require.NoError(t, err)
	return id
}

func TestDeployAndRegister(t *testing.T) {
	c, k, accts := newTestNet(t, 4)
	ctx := t.Context()
	rw := bindings.NewServiceNodeRewards()

	solo := newIdentity(t)
	id1, err := k.RegisterSolo(ctx, accts[0], solo)
	require.NoError(t, err)
	require.Equal(t, uint64(1), id1)

	multi := newIdentity(t)
	id2, contract, err := k.RegisterMulti(ctx, 500, []Stake{
		{From: accts[1], Amount: sesh(10_000)},
		{From: accts[2], Amount: sesh(8_000)},
		{From: accts[3], Amount: sesh(7_000)},
	}, multi)
	require.NoError(t, err)
	require.Equal(t, uint64(2), id2)
	require.NotEqual(t, common.Address{}, contract)

	out, err := k.CallRewards(ctx, rw.PackServiceNodes(id2))
	require.NoError(t, err)
	sn, err := rw.UnpackServiceNodes(out)
	require.NoError(t, err)
	require.Len(t, sn.Contributors, 3)
	require.Equal(t, accts[1].Addr, sn.Contributors[0].Staker.Addr)
	x, y := multi.BLSPublic.XY()
	require.Equal(t, 0, sn.BlsPubkey.X.Cmp(x))
	require.Equal(t, 0, sn.BlsPubkey.Y.Cmp(y))
	require.True(t, bytes.Equal(multi.Ed25519Public(), sn.Ed25519Pubkey.FillBytes(make([]byte, 32))))

	// The same key again is refused by the contract.
	_, err = k.RegisterSolo(ctx, accts[0], solo)
	require.Error(t, err)
	_ = c
}
