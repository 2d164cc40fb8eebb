package cli

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/node"
)

// testChain is a simulated chain served over HTTP with the contracts deployed.
func testChain(t *testing.T) (*devnet.Chain, *devnet.Contracts, devnet.Account) {
	t.Helper()
	owner, err := devnet.NewAccount([]byte("cli-owner"))
	require.NoError(t, err)
	op, err := devnet.NewAccount([]byte("cli-operator"))
	require.NoError(t, err)
	eth := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))
	c, err := devnet.NewSimulated(devnet.SimulatedOptions{
		Alloc:    map[common.Address]*big.Int{owner.Addr: eth, op.Addr: eth},
		HTTPAddr: "127.0.0.1:0",
	})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	k, err := devnet.Deploy(t.Context(), c, owner, devnet.DeployOptions{})
	require.NoError(t, err)
	require.NoError(t, k.FundSESH(t.Context(), op.Addr, new(big.Int).Mul(big.NewInt(1e6), big.NewInt(bindings.Coin))))
	return c, k, op
}

func writeDevnetConfig(t *testing.T, dir string, c *devnet.Chain, k *devnet.Contracts) {
	t.Helper()
	cfg := fmt.Sprintf(`chain:
  network: devnet
  providers: [%s]
  rewards_contract: %s
  pool_contract: %s
  factory_contract: %s
  poll_interval: 100ms
metrics:
  listen: 127.0.0.1:0
`, c.URL, k.Rewards.Hex(), k.Pool.Hex(), k.Factory.Hex())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte(cfg), 0o600))
}

// A registration printed by prepare_registration --network devnet is accepted
// by the devnet contract, its calldata sent as-is.
func TestPreparedRegistrationRegistersOnDevnet(t *testing.T) {
	c, k, op := testChain(t)
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir, "--network", "devnet")
	require.Equal(t, 0, code, errs)
	writeDevnetConfig(t, dir, c, k)

	code, out, errs := run(t, "prepare_registration", "--data-dir", dir, "--network", "devnet",
		"--chain-id", "1337", "--rewards-contract", k.Rewards.Hex(), "--operator", strings.ToLower(op.Addr.Hex()), "--json")
	require.Equal(t, 0, code, errs)
	var printed registrationOutput
	require.NoError(t, json.Unmarshal([]byte(out), &printed))
	require.NoError(t, printed.Verify())
	require.Equal(t, k.Rewards.Hex(), printed.Calldata.To)

	nid, err := k.SubmitSolo(t.Context(), op, common.FromHex(printed.Calldata.Data))
	require.NoError(t, err)
	id, err := keys.Load(dir)
	require.NoError(t, err)
	rw := bindings.NewServiceNodeRewards()
	raw, err := k.CallRewards(t.Context(), rw.PackServiceNodes(nid))
	require.NoError(t, err)
	sn, err := rw.UnpackServiceNodes(raw)
	require.NoError(t, err)
	require.True(t, bytes.Equal(id.Ed25519Public(), sn.Ed25519Pubkey.FillBytes(make([]byte, 32))))
	require.Equal(t, op.Addr, sn.Operator)

	// Without --network flags the data dir's config names the devnet contracts.
	code, out, errs = run(t, "prepare_registration", "--data-dir", dir, "--operator", op.Addr.Hex(), "--json")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, k.Rewards.Hex())
}

func TestChainStatusAndNodesList(t *testing.T) {
	c, k, op := testChain(t)
	for range 3 {
		id, err := keys.Generate(rand.Reader)
		require.NoError(t, err)
		_, err = k.RegisterSolo(t.Context(), op, id)
		require.NoError(t, err)
	}
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir, "--network", "devnet")
	require.Equal(t, 0, code, errs)
	writeDevnetConfig(t, dir, c, k)

	// Fixed metrics port so the CLI finds the running node.
	port := freeLocalPort(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var runErr bytes.Buffer
	go func() {
		app := &App{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &runErr, Exit: func(int) {}}
		done <- app.Run(ctx, []string{"run", "--data-dir", dir, "--metrics.listen", port})
	}()
	defer func() {
		cancel()
		select {
		case code := <-done:
			require.Equal(t, 0, code, runErr.String())
		case <-time.After(10 * time.Second):
			t.Fatal("run did not stop")
		}
	}()

	var st node.ChainStatus
	require.Eventually(t, func() bool {
		code, out, _ := run(t, "chain", "status", "--data-dir", dir, "--metrics.listen", port, "--json")
		if code != 0 || json.Unmarshal([]byte(out), &st) != nil {
			return false
		}
		return st.Running && st.Watcher != nil && st.Watcher.Synced && st.ActiveNodes == 3
	}, 20*time.Second, 100*time.Millisecond)
	require.Equal(t, 1, st.Swarms)

	code, out, errs := run(t, "nodes", "list", "--data-dir", dir, "--metrics.listen", port, "--json")
	require.Equal(t, 0, code, errs)
	var nodes []node.NodeEntry
	require.NoError(t, json.Unmarshal([]byte(out), &nodes))
	require.Len(t, nodes, 3)
	require.NotNil(t, nodes[0].SwarmID)
	_, text, _ := run(t, "nodes", "list", "--data-dir", dir, "--metrics.listen", port)
	require.Contains(t, text, "25000 SESH")

	// sessiond status from the running node.
	code, out, errs = run(t, "status", "--data-dir", dir, "--metrics.listen", port, "--json")
	require.Equal(t, 0, code, errs)
	var full node.Status
	require.NoError(t, json.Unmarshal([]byte(out), &full))
	require.Len(t, full.Keys.BLS, 128)
	require.NotNil(t, full.Chain.Watcher)
	require.Equal(t, 3, full.Chain.ActiveNodes)
	require.Nil(t, full.Registration, "this node's own key is not registered in this test")
	_, text, _ = run(t, "status", "--data-dir", dir, "--metrics.listen", port)
	require.Contains(t, text, "not registered")

	// After the node stops, the same commands read the database.
	cancel()
	require.Equal(t, 0, <-done, runErr.String())
	done <- 0
	code, out, errs = run(t, "nodes", "list", "--data-dir", dir, "--metrics.listen", port, "--json")
	require.Equal(t, 0, code, errs)
	require.NoError(t, json.Unmarshal([]byte(out), &nodes))
	require.Len(t, nodes, 3)
	code, out, errs = run(t, "chain", "status", "--data-dir", dir, "--metrics.listen", port)
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, "node not running")
}
