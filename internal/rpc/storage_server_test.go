package rpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/storage"
)

func post(t *testing.T, env *storageEnv, path string, body string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, env.url+path, strings.NewReader(body))
	require.NoError(t, err)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	res, err := env.client.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(b)
}

func rpcBody(method string, params any) string {
	b, _ := json.Marshal(map[string]any{"method": method, "params": params})
	return string(b)
}

func TestStorageServerStoreRetrieve(t *testing.T) {
	noLeaks(t)
	env := newStorageEnv(t, nil)
	pub, priv, _ := ed25519.GenerateKey(nil)
	x, err := keys.Ed25519PublicToX25519(pub)
	require.NoError(t, err)
	id := "05" + hex.EncodeToString(x[:])
	now := time.Now().UnixMilli()

	res, body := post(t, env, "/storage_rpc/v1", rpcBody("store", map[string]any{
		"pubkey": id, "timestamp": now, "ttl": 60_000, "data": base64.StdEncoding.EncodeToString([]byte("over https")),
	}))
	require.Equal(t, 200, res.StatusCode, body)
	require.Equal(t, "Oxen Storage Server/2.11.0", res.Header.Get("Server"))
	require.Equal(t, "application/json", res.Header.Get("Content-Type"))
	var stored map[string]any
	require.NoError(t, json.Unmarshal([]byte(body), &stored))
	hash := stored["hash"].(string)
	own := stored["swarm"].(map[string]any)[hex.EncodeToString(env.node.Public().(ed25519.PublicKey))].(map[string]any)
	sig, _ := base64.StdEncoding.DecodeString(own["signature"].(string))
	require.True(t, ed25519.Verify(env.node.Public().(ed25519.PublicKey), []byte(hash), sig))

	ts := fmt.Sprint(now)
	res, body = post(t, env, "/storage_rpc/v1", rpcBody("retrieve", map[string]any{
		"pubkey": id, "pubkey_ed25519": hex.EncodeToString(pub), "timestamp": now,
		"signature": base64.StdEncoding.EncodeToString(ed25519.Sign(priv, []byte("retrieve"+ts))),
	}))
	require.Equal(t, 200, res.StatusCode, body)
	require.Contains(t, body, hash)
	require.Contains(t, body, base64.StdEncoding.EncodeToString([]byte("over https")))

	// Errors are text/plain.
	res, body = post(t, env, "/storage_rpc/v1", `{"method":"retrieve","params":{"pubkey":"`+id+`"}}`)
	require.Equal(t, 401, res.StatusCode)
	require.Equal(t, "retrieve: request signature required", body)
	require.Equal(t, "text/plain", res.Header.Get("Content-Type"))
	res, body = post(t, env, "/storage_rpc/v1", `not json`)
	require.Equal(t, 400, res.StatusCode)
	require.Equal(t, "invalid json", body)
	res, body = post(t, env, "/storage_rpc/v1", rpcBody("info", map[string]any{}), "X-Loki-Long-Poll", "true")
	require.Equal(t, 410, res.StatusCode)
	require.Equal(t, "long polling is no longer supported, client upgrade required", body)
}

func TestStorageServerRoutes(t *testing.T) {
	noLeaks(t)
	pinged := 0
	env := newStorageEnv(t, func(c *StorageServerConfig) { c.OnPing = func() { pinged++ } })

	res, body := post(t, env, "/ping_test/v1", "")
	require.Equal(t, 200, res.StatusCode)
	require.Empty(t, body)
	require.Equal(t, base64.StdEncoding.EncodeToString(env.node.Public().(ed25519.PublicKey)), res.Header.Get("X-Oxen-Snode-Pubkey"))
	require.Equal(t, "Oxen Storage Server/2.11.0", res.Header.Get("Server"))
	require.Equal(t, 1, pinged)

	r, err := env.client.Get(env.url + "/get_stats/v1")
	require.NoError(t, err)
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	require.Equal(t, `{"version":"2.11.0"}`, string(b))

	r, err = env.client.Get(env.url + "/storage_rpc/v1")
	require.NoError(t, err)
	b, _ = io.ReadAll(r.Body)
	r.Body.Close()
	require.Equal(t, 404, r.StatusCode)
	require.Equal(t, "GET /storage_rpc/v1 Not Found", string(b))
	require.Equal(t, "Oxen Storage Server/2.11.0", r.Header.Get("Server"))

	res, body = post(t, env, "/nope?x=1", "")
	require.Equal(t, 404, res.StatusCode)
	require.Equal(t, "POST /nope Not Found", body)
	require.Equal(t, "text/plain", res.Header.Get("Content-Type"))
	require.Equal(t, "HTTP/1.1", res.Proto)
}

func TestStorageServerNotReady(t *testing.T) {
	noLeaks(t)
	ready := &readiness{ok: false, reasons: []string{"swarm: not in any swarm", "chain: syncing"}}
	env := newStorageEnv(t, func(c *StorageServerConfig) { c.Ready = ready })
	res, body := post(t, env, "/storage_rpc/v1", rpcBody("info", map[string]any{}))
	require.Equal(t, 503, res.StatusCode)
	require.Equal(t, "Service node is not ready: swarm: not in any swarm; chain: syncing\n", body)
	// ping_test is not gated.
	res, _ = post(t, env, "/ping_test/v1", "")
	require.Equal(t, 200, res.StatusCode)
	ready.ok = true
	res, body = post(t, env, "/storage_rpc/v1", rpcBody("info", map[string]any{}))
	require.Equal(t, 200, res.StatusCode, body)
}

func TestStorageServerBodyLimit(t *testing.T) {
	noLeaks(t)
	env := newStorageEnv(t, nil)
	big := bytes.Repeat([]byte(" "), MaxRequestBody+1)
	res, err := env.client.Post(env.url+"/storage_rpc/v1", "application/json", bytes.NewReader(big))
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, 413, res.StatusCode)
	require.Equal(t, "Request body too large", string(b))
	require.True(t, res.Close, "connection closed")

	// Exactly the limit is read (and is not JSON).
	ok := bytes.Repeat([]byte(" "), MaxRequestBody)
	res, err = env.client.Post(env.url+"/storage_rpc/v1", "application/json", bytes.NewReader(ok))
	require.NoError(t, err)
	b, _ = io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, 400, res.StatusCode)
	require.Equal(t, "invalid json", string(b))

	// A chunked body over the limit is cut too.
	res, err = env.client.Post(env.url+"/storage_rpc/v1", "application/json", io.MultiReader(bytes.NewReader(big)))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, 413, res.StatusCode)
}

func TestStorageServerRateLimit(t *testing.T) {
	noLeaks(t)
	env := newStorageEnv(t, func(c *StorageServerConfig) { c.RateBurst, c.RatePerSecond = 3, 1 })
	codes := []int{}
	for range 5 {
		res, body := post(t, env, "/storage_rpc/v1", rpcBody("info", map[string]any{}))
		codes = append(codes, res.StatusCode)
		if res.StatusCode == 429 {
			require.Equal(t, "Too Many Requests\n", body)
		}
	}
	require.Equal(t, []int{200, 200, 200, 429, 429}, codes)
	// ping_test is not rate limited.
	res, _ := post(t, env, "/ping_test/v1", "")
	require.Equal(t, 200, res.StatusCode)
}

func TestStorageServerIPv6(t *testing.T) {
	noLeaks(t)
	if !loopbackV6() {
		t.Skip("no IPv6 loopback")
	}
	env := newStorageEnv(t, func(c *StorageServerConfig) { c.Addr = "[::]:0" })
	_, port, _ := strings.Cut(env.srv.Addr().String(), "]:")
	for _, host := range []string{"[::1]", "127.0.0.1"} {
		res, err := env.client.Post("https://"+host+":"+port+"/storage_rpc/v1", "application/json", strings.NewReader(rpcBody("info", map[string]any{})))
		require.NoError(t, err, host)
		res.Body.Close()
		require.Equal(t, 200, res.StatusCode, host)
	}
}

func TestStorageServerCertificatePersists(t *testing.T) {
	noLeaks(t)
	env := newStorageEnv(t, nil)
	fp := func(addr string) [32]byte {
		c, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true}) //nolint:gosec // self-signed by design
		require.NoError(t, err)
		defer c.Close()
		return sha256.Sum256(c.ConnectionState().PeerCertificates[0].Raw)
	}
	first := fp(env.srv.Addr().String())
	fi, err := os.Stat(filepath.Join(env.dir, KeyFile))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	c1, err := LoadOrCreateCert(env.dir, time.Now())
	require.NoError(t, err)
	require.Equal(t, first, sha256.Sum256(c1.Certificate[0]), "the same certificate is loaded again")

	// A corrupt pair is an error that says what to do.
	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, CertFile), []byte("x"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, KeyFile), []byte("y"), 0o600))
	_, err = LoadOrCreateCert(bad, time.Now())
	require.ErrorContains(t, err, "delete both files")
}

func TestStorageServerListenError(t *testing.T) {
	noLeaks(t)
	env := newStorageEnv(t, nil)
	_, err := NewStorageServer(StorageServerConfig{Addr: env.srv.Addr().String(), TLSDir: t.TempDir(), Handler: env.store}, nil, nil)
	var le *ListenError
	require.ErrorAs(t, err, &le)
	require.Contains(t, err.Error(), "storage.listen")
}

type recordHandler struct {
	mu    sync.Mutex
	addrs []netip.Addr
}

func (h *recordHandler) HandleJSON(_ context.Context, body []byte, c storage.Client) storage.Response {
	h.mu.Lock()
	h.addrs = append(h.addrs, c.Addr)
	h.mu.Unlock()
	return storage.Response{Status: 200, Body: []byte(`{"ok":true}`), JSON: true}
}

// The handler gets the client's address, IPv4 unmapped, and the body.
func TestStorageServerClientAddr(t *testing.T) {
	noLeaks(t)
	h := &recordHandler{}
	srv, err := NewStorageServer(StorageServerConfig{Addr: "127.0.0.1:0", TLSDir: t.TempDir(), Handler: h}, nil, nil)
	require.NoError(t, err)
	srv.Start()
	defer srv.Close()
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}} //nolint:gosec // self-signed by design
	defer tr.CloseIdleConnections()
	res, err := (&http.Client{Transport: tr}).Post("https://"+srv.Addr().String()+"/storage_rpc/v1", "application/json", strings.NewReader(`{}`))
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, 200, res.StatusCode)
	require.Equal(t, "application/json", res.Header.Get("Content-Type"))
	require.Equal(t, "Oxen Storage Server/2.11.0", res.Header.Get("Server"), "default version")
	require.Equal(t, []netip.Addr{netip.MustParseAddr("127.0.0.1")}, h.addrs)
}
