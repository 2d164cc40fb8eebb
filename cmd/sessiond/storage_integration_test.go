//go:build integration

package main

import (
	"bytes"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	osexec "os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
)

var insecure = &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}

func storageRPC(t *testing.T, url, method string, params any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"method": method, "params": params})
	resp, err := insecure.Post(url+"/storage_rpc/v1", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, nil
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(raw, &out)
	return resp.StatusCode, out
}

// A node killed with SIGKILL right after acknowledging stores has every one
// of them after a restart.
func TestIntegrationStoresSurviveSIGKILL(t *testing.T) {
	owner, err := devnet.NewAccount([]byte("durability-owner"))
	require.NoError(t, err)
	eth := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))
	c, err := devnet.NewSimulated(devnet.SimulatedOptions{Alloc: map[common.Address]*big.Int{owner.Addr: eth}, HTTPAddr: "127.0.0.1:0", BlockEvery: 200 * time.Millisecond})
	require.NoError(t, err)
	defer c.Close()
	k, err := devnet.Deploy(t.Context(), c, owner, devnet.DeployOptions{})
	require.NoError(t, err)

	dir := filepath.Join(t.TempDir(), "node")
	out, err := sessiond(t, "init", "--data-dir", dir, "--network", "devnet").CombinedOutput()
	require.NoError(t, err, string(out))
	id, err := keys.Load(dir)
	require.NoError(t, err)
	require.NoError(t, k.FundSESH(t.Context(), owner.Addr, k.StakingRequirement))
	_, err = k.RegisterSolo(t.Context(), owner, id)
	require.NoError(t, err)

	https, metrics := freePort(t), freePort(t)
	cfg := fmt.Sprintf("chain:\n  network: devnet\n  providers: [%s]\n  rewards_contract: %s\n  pool_contract: %s\n  factory_contract: %s\n  poll_interval: 100ms\nstorage:\n  listen: %s\nrpc:\n  listen: 127.0.0.1:0\nnetwork:\n  public_ip: 127.0.0.1\n  allow_private: true\nmetrics:\n  listen: %s\n",
		c.URL, k.Rewards.Hex(), k.Pool.Hex(), k.Factory.Hex(), https, metrics)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte(cfg), 0o600))
	url := "https://" + https

	start := func() *osexec.Cmd {
		cmd := sessiond(t, "run", "--data-dir", dir, "--log.level", "warn")
		require.NoError(t, cmd.Start())
		require.Eventually(t, func() bool { code, _ := readyz(metrics); return code == 200 }, 60*time.Second, 50*time.Millisecond)
		return cmd
	}
	p := start()

	var account [32]byte
	_, _ = rand.Read(account[:])
	pubkey := "05" + hex.EncodeToString(account[:])
	acked := map[string]bool{}
	for i := range 300 {
		data := base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("message %d", i)))
		// Namespace -10 is public to store and to retrieve.
		code, res := storageRPC(t, url, "store", map[string]any{"pubkey": pubkey, "namespace": -10,
			"timestamp": time.Now().UnixMilli(), "ttl": 3_600_000, "data": data})
		require.Equal(t, 200, code, "%v", res)
		acked[res["hash"].(string)] = true
	}
	require.NoError(t, p.Process.Signal(syscall.SIGKILL))
	_ = p.Wait()

	p = start()
	defer func() { _ = p.Process.Signal(syscall.SIGTERM); _ = p.Wait() }()
	got := map[string]bool{}
	last := ""
	for {
		params := map[string]any{"pubkey": pubkey, "namespace": -10, "max_count": 100}
		if last != "" {
			params["last_hash"] = last
		}
		code, res := storageRPC(t, url, "retrieve", params)
		require.Equal(t, 200, code, "%v", res)
		msgs := res["messages"].([]any)
		for _, m := range msgs {
			h := m.(map[string]any)["hash"].(string)
			got[h] = true
			last = h
		}
		if more, _ := res["more"].(bool); !more || len(msgs) == 0 {
			break
		}
	}
	for h := range acked {
		require.True(t, got[h], "acknowledged message %s lost after SIGKILL", h)
	}
	require.Len(t, got, len(acked))
}
