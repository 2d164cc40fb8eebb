//go:build integration

package main

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/devnet"
)

func sessionToken(t *testing.T, ec *ethclient.Client, rewards common.Address) common.Address {
	rw := bindings.NewServiceNodeRewards()
	out, err := ec.CallContract(t.Context(), ethereum.CallMsg{To: &rewards, Data: rw.PackDesignatedToken()}, nil)
	require.NoError(t, err)
	tok, err := rw.UnpackDesignatedToken(out)
	require.NoError(t, err)
	return tok
}

func seshBalance(t *testing.T, ec *ethclient.Client, token, addr common.Address) *big.Int {
	s := bindings.NewSESH()
	out, err := ec.CallContract(t.Context(), ethereum.CallMsg{To: &token, Data: s.PackBalanceOf(addr)}, nil)
	require.NoError(t, err)
	v, err := s.UnpackBalanceOf(out)
	require.NoError(t, err)
	return v
}

// The main job as a test: `sessiond devnet` (embedded chain, contracts, node
// processes) becomes ready, a message sent through a 3-hop onion path to a
// new Session ID is retrieved through another path, and Ctrl-C stops it all.
func TestIntegrationDevnetOnionRoundTrip(t *testing.T) {
	dir := t.TempDir()
	dn := startDevnet(t, 5, "--wait", "3m", "--release-every", "2s")
	seed := dn.field(t, "seed")

	key := filepath.Join(dir, "alice.key")
	idOut, err := sessiond(t, "client", "keygen", "--out", key).Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(idOut)), "\n")
	to := lines[len(lines)-1]
	require.Regexp(t, `^05[0-9a-f]{64}$`, to)

	msg := "hello through three hops " + time.Now().Format(time.RFC3339Nano)
	sent, err := sessiond(t, "client", "send", "--seed", seed, "--to", to, "--data", msg).CombinedOutput()
	require.NoError(t, err, string(sent))
	got, err := sessiond(t, "client", "receive", "--seed", seed, "--key", key).CombinedOutput()
	require.NoError(t, err, string(got))
	require.Contains(t, string(got), msg)

	// Rewards: an operator claims with the network's aggregated signature
	// (sessiond rewards --eth-key) and receives exactly the signed amount.
	op, err := devnet.NewAccount([]byte("sessiond-devnet-operator-0"))
	require.NoError(t, err)
	keyFile := filepath.Join(dir, "op.key")
	require.NoError(t, os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(op.Key))), 0o600))
	chainURL := dn.field(t, "chain")
	ec, err := ethclient.Dial(chainURL)
	require.NoError(t, err)
	defer ec.Close()
	node0 := dn.node(0)
	var claim struct {
		Amount   *big.Int `json:"lifetime_rewards"`
		Contract string   `json:"rewards_contract"`
	}
	require.Eventually(t, func() bool {
		out, err := sessiond(t, "rewards", op.Addr.Hex(), "--data-dir", node0, "--json").Output()
		return err == nil && json.Unmarshal(out, &claim) == nil && claim.Amount != nil && claim.Amount.Sign() > 0
	}, 60*time.Second, time.Second, "the operator never earned rewards")
	sesh := sessionToken(t, ec, common.HexToAddress(claim.Contract))
	before := seshBalance(t, ec, sesh, op.Addr)
	claimOut, err := sessiond(t, "rewards", op.Addr.Hex(), "--data-dir", node0, "--eth-key", keyFile, "--json").Output()
	require.NoError(t, err, string(claimOut))
	var claimed struct {
		Amount *big.Int `json:"lifetime_rewards"`
	}
	require.NoError(t, json.Unmarshal(claimOut, &claimed))
	after := seshBalance(t, ec, sesh, op.Addr)
	require.Equal(t, 0, new(big.Int).Sub(after, before).Cmp(claimed.Amount), "claimed %s, balance rose by %s", claimed.Amount, new(big.Int).Sub(after, before))

	require.NoError(t, dn.stop(), "devnet exits 0 on Ctrl-C")
}
