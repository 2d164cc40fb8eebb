//go:build integration

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/devnet"
)

// A port drawn for a node when its data dir was prepared can be taken by
// another process before the node starts (parallel test packages draw from
// the same range). The devnet then starts that node on new ports, writes
// them to ports.json, and the node the others seed from is found at its new
// address.
func TestIntegrationDevnetPortTaken(t *testing.T) {
	t.Setenv(asSessiond, "1") // the node processes are this test binary
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	owner, err := devnet.NewAccount([]byte("sessiond-portstest-owner"))
	require.NoError(t, err)
	chain, err := devnet.NewSimulated(devnet.SimulatedOptions{
		Alloc:      map[common.Address]*big.Int{owner.Addr: new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))},
		HTTPAddr:   "127.0.0.1:0",
		BlockEvery: 250 * time.Millisecond,
	})
	require.NoError(t, err)
	defer chain.Close()
	exe, err := os.Executable()
	require.NoError(t, err)
	nw, err := devnet.NewNetwork(ctx, devnet.NetworkOptions{Dir: t.TempDir(), Nodes: 2, Binary: exe, Chain: chain, Owner: owner})
	require.NoError(t, err)
	defer func() { require.NoError(t, nw.Stop()) }()

	// Someone else listens on node 0's HTTPS port (the others' seed) and
	// node 1's json_rpc port.
	before := []devnet.Ports{nw.Nodes[0].Ports, nw.Nodes[1].Ports}
	for _, port := range []int{before[0].HTTPS, before[1].RPC} {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		require.NoError(t, err)
		defer ln.Close()
	}
	require.NoError(t, nw.Start())

	for i, p := range nw.Nodes {
		require.NotEqual(t, before[i], p.Ports, "node %d kept its ports", i)
		raw, err := os.ReadFile(filepath.Join(p.Dir, "ports.json"))
		require.NoError(t, err)
		var onDisk devnet.Ports
		require.NoError(t, json.Unmarshal(raw, &onDisk))
		require.Equal(t, p.Ports, onDisk, "node %d's ports.json", i)
	}
	require.NotEqual(t, before[0].HTTPS, nw.Nodes[0].Ports.HTTPS)
	wctx, wcancel := context.WithTimeout(ctx, 2*time.Minute)
	defer wcancel()
	require.NoError(t, nw.WaitConverged(wctx))
}
