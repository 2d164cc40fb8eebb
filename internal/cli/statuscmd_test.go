package cli

import (
	"bytes"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/node"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/replica"
	"github.com/sessiond/sessiond/internal/version"
)

var updateGolden = flag.Bool("update", false, "rewrite golden files")

func TestStatusRenderingGolden(t *testing.T) {
	id := uint64(0x1234)
	s := node.Status{
		Version: version.Info{Version: "1.2.3", Commit: "abc", GoVersion: "go1.26.8"},
		Uptime:  3725, Ready: false, NotReady: []string{"chain: syncing, block 90 of 100 (90.0%)"},
		Keys:         node.PublicKeys{Ed25519: "ed", X25519: "x", BLS: "bls"},
		Registration: &node.Registration{ID: 7, Operator: "0x00000000000000000000000000000000000000aa", Stake: big.NewInt(25_000e9), Contributors: 3, FeeBPS: 500, ExitRequested: true},
		Chain: node.ChainStatus{Running: true, Cursor: registry.Block{Number: 90, Hash: common.Hash{1}}, ActiveNodes: 14, Swarms: 2,
			Watcher: &chain.Status{Final: 100, Head: 120, Lag: 10, Percent: 90, ETASeconds: 20,
				Providers: []chain.ProviderStatus{{Name: "https://arb1.example", Height: 120, Healthy: true}, {Name: "https://bad.example", Refused: "serves chain id 1"}}}},
		Swarm: node.SwarmStatus{ID: &id, Members: 7, Reachable: 6, Swarms: 2,
			Transfer: &replica.Transfer{Phase: "join", Swarm: id, Messages: 4500, Total: 10000, Percent: 45, PerSecond: 1500, ETASeconds: 3.7}},
		Storage: node.StorageStatus{Messages: 1500, Bytes: 3 << 20},
		Traffic: node.TrafficStatus{RPCRequests: 3725, RPCPerSecond: 1, OnionRequests: 7450, OnionPerSec: 2},
		Rewards: &node.RewardsStatus{Address: "0x00000000000000000000000000000000000000aa", Lifetime: big.NewInt(123_456_789_000), Claimed: big.NewInt(0), Claimable: big.NewInt(123_456_789_000)},
	}
	var b bytes.Buffer
	renderStatus(&b, s, false)
	path := "testdata/status.golden"
	if *updateGolden {
		require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "regenerate with: go test ./internal/cli -run TestStatusRenderingGolden -update")
	require.Equal(t, string(want), b.String())

	// Colour only when asked (a terminal).
	var c bytes.Buffer
	renderStatus(&c, s, true)
	require.Contains(t, c.String(), "\x1b[31mNOT READY\x1b[0m")
	require.NotContains(t, b.String(), "\x1b[")
}
