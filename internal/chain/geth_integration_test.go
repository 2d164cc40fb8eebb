//go:build integration

package chain_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/devnet"
)

// startGeth runs geth --dev for the test (instant mining) and returns the
// chain and a funded owner.
func startGeth(t *testing.T) (*devnet.Geth, *devnet.Chain, devnet.Account) {
	t.Helper()
	bin, err := devnet.FindGeth()
	require.NoError(t, err)
	g, err := devnet.StartGeth(t.Context(), bin, t.TempDir(), 0)
	require.NoError(t, err)
	t.Cleanup(func() { _ = g.Stop() })
	c, err := g.Chain(t.Context())
	require.NoError(t, err)
	owner, err := devnet.NewAccount(nil)
	require.NoError(t, err)
	require.NoError(t, g.Fund(t.Context(), owner.Addr, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
	return g, c, owner
}

// The watcher against a real geth over JSON-RPC: registrations solo and
// multi-contributor, exit requests, exits, liquidation, a pool release, a
// rewards update and claim; the registry matches the contract's getters at
// every step.
func TestIntegrationWatcherAgainstGeth(t *testing.T) {
	_, c, owner := startGeth(t)
	tn := newTestNetOn(t, c, owner, 6)
	lifecycle(tn, false)
}
