//go:build integration

package main

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/node"
)

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}

type gethNet struct {
	geth *devnet.Geth
	k    *devnet.Contracts
	op   devnet.Account
}

// newGethNet starts geth --dev, deploys the contracts and registers n solo
// nodes (two transactions, so two blocks, each).
func newGethNet(t *testing.T, n int) *gethNet {
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
	op, err := devnet.NewAccount(nil)
	require.NoError(t, err)
	eth := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	require.NoError(t, g.Fund(t.Context(), owner.Addr, eth))
	require.NoError(t, g.Fund(t.Context(), op.Addr, eth))
	k, err := devnet.Deploy(t.Context(), c, owner, devnet.DeployOptions{})
	require.NoError(t, err)
	require.NoError(t, k.FundSESH(t.Context(), op.Addr, new(big.Int).Mul(big.NewInt(int64(n)*25_000), big.NewInt(bindings.Coin))))
	for range n {
		id, err := keys.Generate(rand.Reader)
		require.NoError(t, err)
		_, err = k.RegisterSolo(t.Context(), op, id)
		require.NoError(t, err)
	}
	return &gethNet{geth: g, k: k, op: op}
}

func (gn *gethNet) dataDir(t *testing.T, providers []string, extra string) string {
	dir := filepath.Join(t.TempDir(), "node")
	out, err := sessiond(t, "init", "--data-dir", dir, "--network", "devnet").CombinedOutput()
	require.NoError(t, err, string(out))
	cfg := fmt.Sprintf("chain:\n  network: devnet\n  providers: [%s]\n  rewards_contract: %s\n  pool_contract: %s\n  factory_contract: %s\n  poll_interval: 50ms\n  request_timeout: 1s\n%sstorage:\n  listen: 127.0.0.1:0\nrpc:\n  listen: 127.0.0.1:0\nnetwork:\n  public_ip: 127.0.0.1\n  allow_private: true\n",
		strings.Join(providers, ", "), gn.k.Rewards.Hex(), gn.k.Pool.Hex(), gn.k.Factory.Hex(), extra)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte(cfg), 0o600))
	return dir
}

func getJSON(url string, v any) (int, error) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if v != nil {
		_ = json.Unmarshal(b, v)
	}
	return resp.StatusCode, nil
}

func readyz(addr string) (int, string) {
	resp, err := http.Get("http://" + addr + "/readyz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// A watcher process killed mid-sync resumes to the same final registry as an
// uninterrupted sync; a geth outage makes the node not ready until geth is back.
func TestIntegrationWatcherKillRestartAndProviderOutage(t *testing.T) {
	gn := newGethNet(t, 60)
	metrics := freePort(t)
	dir := gn.dataDir(t, []string{gn.geth.URL}, "  max_log_range: 1\n")

	start := func() *osexec.Cmd {
		cmd := sessiond(t, "run", "--data-dir", dir, "--metrics.listen", metrics, "--log.level", "warn")
		require.NoError(t, cmd.Start())
		return cmd
	}
	p := start()
	// Kill it as soon as it has applied something, before it can finish.
	var st node.ChainStatus
	require.Eventually(t, func() bool {
		code, err := getJSON("http://"+metrics+"/v1/chain/status", &st)
		return err == nil && code == 200 && st.Cursor.Number > 0
	}, 30*time.Second, 5*time.Millisecond)
	require.NoError(t, p.Process.Signal(syscall.SIGKILL))
	_ = p.Wait()
	require.False(t, st.Watcher != nil && st.Watcher.Synced && st.ActiveNodes == 60, "killed after the sync had finished; nothing was tested")

	p = start()
	defer func() { _ = p.Process.Signal(syscall.SIGTERM); _ = p.Wait() }()
	require.Eventually(t, func() bool {
		code, _ := readyz(metrics)
		return code == 200
	}, 60*time.Second, 50*time.Millisecond)
	var resumed []node.NodeEntry
	code, err := getJSON("http://"+metrics+"/v1/nodes/all", &resumed)
	require.NoError(t, err)
	require.Equal(t, 200, code)
	require.Len(t, resumed, 60)

	// Reference: an uninterrupted in-process sync of the same chain.
	ref := referenceNodes(t, gn)
	require.Equal(t, len(ref), len(resumed))
	for i := range ref {
		require.Equal(t, ref[i].ID, resumed[i].ID)
		require.Equal(t, ref[i].Ed25519, resumed[i].Ed25519)
		require.Equal(t, ref[i].BLS, resumed[i].BLS)
		require.Equal(t, ref[i].Added, resumed[i].Added)
	}

	// geth goes away: not ready, saying why; back: ready again.
	require.NoError(t, gn.geth.Stop())
	require.Eventually(t, func() bool {
		code, body := readyz(metrics)
		return code == 503 && strings.Contains(body, "chain")
	}, 30*time.Second, 50*time.Millisecond)
	require.NoError(t, gn.geth.Restart(t.Context(), 0))
	require.Eventually(t, func() bool {
		code, _ := readyz(metrics)
		return code == 200
	}, 60*time.Second, 50*time.Millisecond)
}

func referenceNodes(t *testing.T, gn *gethNet) []node.NodeEntry {
	t.Helper()
	dir := gn.dataDir(t, []string{gn.geth.URL}, "")
	// A node process that is never interrupted: sync, then read its list.
	metrics := freePort(t)
	cmd := sessiond(t, "run", "--data-dir", dir, "--metrics.listen", metrics, "--log.level", "warn")
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() }()
	var nodes []node.NodeEntry
	require.Eventually(t, func() bool {
		code, _ := readyz(metrics)
		if code != 200 {
			return false
		}
		code, err := getJSON("http://"+metrics+"/v1/nodes/all", &nodes)
		return err == nil && code == 200
	}, 60*time.Second, 50*time.Millisecond)
	return nodes
}

// A provider that serves another chain is refused; the node keeps using the
// right one.
func TestIntegrationProviderOnAnotherChainRefused(t *testing.T) {
	gn := newGethNet(t, 2)
	wrong := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		result := `"0xa4b1"` // Arbitrum One
		if req.Method != "eth_chainId" {
			result = `null`
		}
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%s}`, req.ID, result)
	}))
	defer wrong.Close()
	metrics := freePort(t)
	dir := gn.dataDir(t, []string{wrong.URL, gn.geth.URL}, "")
	cmd := sessiond(t, "run", "--data-dir", dir, "--metrics.listen", metrics, "--log.level", "error")
	require.NoError(t, cmd.Start())
	defer func() { _ = cmd.Process.Signal(syscall.SIGTERM); _ = cmd.Wait() }()
	var st node.ChainStatus
	require.Eventually(t, func() bool {
		code, err := getJSON("http://"+metrics+"/v1/chain/status", &st)
		return err == nil && code == 200 && st.ActiveNodes == 2
	}, 30*time.Second, 50*time.Millisecond)
	require.Len(t, st.Watcher.Providers, 2)
	require.Contains(t, st.Watcher.Providers[0].Refused, "serves chain id 42161, want 1337")
	require.Empty(t, st.Watcher.Providers[1].Refused)
}
