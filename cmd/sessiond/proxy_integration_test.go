//go:build integration

package main

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/onion"
)

// lsrpcServer is a local HTTP server speaking the v4 onion server format
// (spec §7) at /oxen/v4/lsrpc: it opens the request with its X25519 key,
// records what it received and answers a sealed, bencoded v4 response whose
// body is derived from the request, so a test can check both directions.
type lsrpcServer struct {
	srv  *httptest.Server
	keys onion.KeyPair

	conns atomic.Int64 // TCP connections accepted

	mu   sync.Mutex
	seen []lsrpcRequest
}

type lsrpcRequest struct {
	Method, Endpoint string
	Body             []byte
}

func newLsrpcServer(t *testing.T) *lsrpcServer {
	t.Helper()
	kp, err := onion.GenerateKeyPair(nil)
	require.NoError(t, err)
	s := &lsrpcServer{keys: kp}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serve))
	s.srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.conns.Add(1)
		}
	}
	s.srv.Start()
	t.Cleanup(s.srv.Close)
	return s
}

func (s *lsrpcServer) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/oxen/v4/lsrpc" {
		http.Error(w, "no such endpoint", http.StatusNotFound)
		return
	}
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// The frame a server receives has the same shape as a first hop's:
	// [len][ciphertext]{"ephemeral_key":..,"enc_type":..}.
	req, err := onion.ParseEntryRequest(raw)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	key, err := onion.DeriveKey(req.EncType, onion.RoleNode, s.keys, req.EphemeralKey)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	plain, err := key.Open(req.Ciphertext)
	if err != nil {
		http.Error(w, "cannot decrypt: "+err.Error(), http.StatusBadRequest)
		return
	}
	meta, body, err := onion.ParseV4(plain)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var m struct {
		Method   string `json:"method"`
		Endpoint string `json:"endpoint"`
	}
	if err := json.Unmarshal(meta, &m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.seen = append(s.seen, lsrpcRequest{Method: m.Method, Endpoint: m.Endpoint, Body: append([]byte(nil), body...)})
	s.mu.Unlock()

	reply := onion.V4Request([]byte(`{"code":201,"headers":{"content-type":"application/octet-stream"}}`), lsrpcReplyBody(m.Endpoint, body))
	sealed, err := key.Seal(nil, reply)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(sealed)
}

// lsrpcReplyBody is what the server answers: the endpoint, then the request
// body reversed (so an echo that never reached the server cannot pass).
func lsrpcReplyBody(endpoint string, body []byte) []byte {
	out := append([]byte(endpoint+"\n"), body...)
	tail := out[len(endpoint)+1:]
	for i, j := 0, len(tail)-1; i < j; i, j = i+1, j-1 {
		tail[i], tail[j] = tail[j], tail[i]
	}
	return out
}

func (s *lsrpcServer) requests() []lsrpcRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]lsrpcRequest(nil), s.seen...)
}

// destination addresses the server as a client puts it in the last layer.
func (s *lsrpcServer) destination(t *testing.T) onion.ServerDestination {
	u, err := url.Parse(s.srv.URL)
	require.NoError(t, err)
	port, err := strconv.Atoi(u.Port())
	require.NoError(t, err)
	return onion.ServerDestination{Host: u.Hostname(), Target: "/oxen/v4/lsrpc", Protocol: "http", Port: uint16(port), X25519: s.keys.Public}
}

// proxyDevnet starts `sessiond devnet` with n nodes and args, waits for
// "devnet ready:" and returns the seed URL and the devnet's data dir. The
// devnet is stopped with SIGINT (so its node processes stop too) at cleanup.
func proxyDevnet(t *testing.T, n int, args ...string) (seed, dir string) {
	t.Helper()
	d := startDevnet(t, n, append([]string{"--wait", "150s", "--release-every", "1m"}, args...)...)
	return d.field(t, "seed"), d.Dir
}

// proxyAllowPrivate reads onion.proxy_allow_private and its source from a
// devnet node's effective config (`sessiond config show --json`).
func proxyAllowPrivate(t *testing.T, nodeDir string) (value any, source string) {
	t.Helper()
	out, err := sessiond(t, "config", "show", "--data-dir", nodeDir, "--json").Output()
	require.NoError(t, err, string(out))
	var rows []struct {
		Key    string `json:"key"`
		Value  any    `json:"value"`
		Source string `json:"source"`
	}
	require.NoError(t, json.Unmarshal(out, &rows), string(out))
	for _, r := range rows {
		if r.Key == "onion.proxy_allow_private" {
			return r.Value, r.Source
		}
	}
	t.Fatalf("config show has no onion.proxy_allow_private:\n%s", out)
	return nil, ""
}

// threeHops bootstraps a client from seed and returns it with a path of
// three distinct nodes; the last one proxies.
func threeHops(t *testing.T, seed string) (*client.Client, []client.Node) {
	t.Helper()
	cl := client.New(client.Options{Seed: seed, Attempts: 1})
	require.NoError(t, cl.Bootstrap(t.Context()))
	nodes := cl.Nodes()
	require.GreaterOrEqual(t, len(nodes), 3)
	path := nodes[:3]
	require.NotEqual(t, path[0].Ed25519, path[1].Ed25519)
	require.NotEqual(t, path[1].Ed25519, path[2].Ed25519)
	require.NotEqual(t, path[0].Ed25519, path[2].Ed25519)
	return cl, path
}

// With onion.proxy_allow_private set by --node-config, a v4 request sent
// through three devnet node processes reaches a loopback server, which sees
// exactly what the client sent, and its reply comes back intact with either
// cipher.
func TestIntegrationOnionProxyToLocalServer(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "node-extra.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("onion:\n  proxy_allow_private: true\n"), 0o600))
	seed, dir := proxyDevnet(t, 4, "--node-config", cfg)
	v, src := proxyAllowPrivate(t, filepath.Join(dir, "node-02"))
	require.Equal(t, true, v)
	require.Equal(t, "file", src)

	srv := newLsrpcServer(t)
	_, path := threeHops(t, seed)
	// Binary, not valid UTF-8, larger than one TLS record.
	payload := make([]byte, 40<<10)
	_, err := rand.Read(payload)
	require.NoError(t, err)
	payload = append(payload, 0, 0xff, '\n', 0x80)

	for i, enc := range []onion.EncType{onion.EncAESGCM, onion.EncXChaCha20} {
		t.Run(enc.String(), func(t *testing.T) {
			c := client.New(client.Options{Seed: seed, EncType: enc, Attempts: 1})
			require.NoError(t, c.Bootstrap(t.Context()))
			endpoint := "/room/sessiond-" + strconv.Itoa(i)
			code, meta, body, err := c.ProxyV4(t.Context(), path, srv.destination(t), "POST", endpoint, payload)
			require.NoError(t, err)
			require.Equal(t, 201, code, string(meta))
			require.JSONEq(t, `{"code":201,"headers":{"content-type":"application/octet-stream"}}`, string(meta))
			want := lsrpcReplyBody(endpoint, append([]byte(nil), payload...))
			require.True(t, bytes.Equal(want, body), "reply body differs: got %d bytes, want %d", len(body), len(want))

			seen := srv.requests()
			require.Len(t, seen, i+1)
			require.Equal(t, "POST", seen[i].Method)
			require.Equal(t, endpoint, seen[i].Endpoint)
			require.True(t, bytes.Equal(payload, seen[i].Body), "the server received a different body")
		})
	}
}

// With the default configuration (no onion.proxy_allow_private) the exit
// node refuses a loopback destination with upstream's unencrypted 502, the
// client reports it, and the server never sees a request.
func TestIntegrationOnionProxyRefusedByDefault(t *testing.T) {
	seed, dir := proxyDevnet(t, 4)
	for _, n := range []string{"node-00", "node-01", "node-02", "node-03"} {
		v, src := proxyAllowPrivate(t, filepath.Join(dir, n))
		require.Equal(t, false, v, n)
		require.Equal(t, "default", src, n)
	}

	srv := newLsrpcServer(t)
	cl, path := threeHops(t, seed)
	_, _, _, err := cl.ProxyV4(t.Context(), path, srv.destination(t), "POST", "/room/refused", []byte("must not arrive"))
	require.Error(t, err)
	var he *client.HopError
	require.True(t, errors.As(err, &he), "got %v", err)
	require.Equal(t, http.StatusBadGateway, he.Status, "err %v", err)
	require.Equal(t, "Proxy destination refused: 127.0.0.1", he.Body)
	require.Empty(t, srv.requests(), "the refused request reached the server")
	require.Zero(t, srv.conns.Load(), "the exit node connected to the refused destination")

	// The refusal is the exit's policy, not a broken path: the same path
	// still carries a storage request (so the 502 above came from proxying).
	_, err = cl.Via(t.Context(), path[:2], path[2], []byte(`{"method":"info","params":{}}`))
	require.NoError(t, err)
}
