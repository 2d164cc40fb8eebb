package rpc

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/tls"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/storage"
)

// storageEnv is a real Store on a temp bbolt file behind a real HTTPS
// StorageServer on loopback.
type storageEnv struct {
	srv    *StorageServer
	store  *storage.Store
	client *http.Client
	url    string
	node   ed25519.PrivateKey
	dir    string
}

type readiness struct {
	ok      bool
	reasons []string
}

func (r *readiness) Ready() (bool, []string) { return r.ok, r.reasons }

func newStorageEnv(t testing.TB, mod func(*StorageServerConfig)) *storageEnv {
	t.Helper()
	dir := t.TempDir()
	d, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	_, node, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	st, err := storage.Open(d, storage.Options{Identity: node, ReapPeriod: time.Hour}, zaptest.NewLogger(t), prometheus.NewRegistry())
	require.NoError(t, err)
	require.NoError(t, st.Start())
	cfg := StorageServerConfig{
		Addr:         "127.0.0.1:0",
		TLSDir:       dir,
		Handler:      st,
		Version:      st.VersionString(),
		PubkeyLegacy: node.Public().(ed25519.PublicKey),
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := NewStorageServer(cfg, zaptest.NewLogger(t), prometheus.NewRegistry())
	require.NoError(t, err)
	srv.Start()
	tr := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true}, //nolint:gosec // clients do not verify node certificates
		MaxIdleConnsPerHost: 64,
		ForceAttemptHTTP2:   false,
	}
	env := &storageEnv{
		srv:    srv,
		store:  st,
		client: &http.Client{Transport: tr, Timeout: 30 * time.Second},
		url:    "https://" + srv.Addr().String(),
		node:   node,
		dir:    dir,
	}
	t.Cleanup(func() {
		tr.CloseIdleConnections()
		require.NoError(t, srv.Close())
		require.NoError(t, st.Close())
		require.NoError(t, d.Close())
	})
	return env
}

func loopbackV6() bool {
	ln, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		return false
	}
	ln.Close()
	return true
}

// noLeaks checks, after every other cleanup of the test, that the test left
// no goroutines behind.
func noLeaks(t *testing.T) {
	opt := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, opt) })
}
