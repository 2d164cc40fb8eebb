package node

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// newTestNode returns an unstarted node on a temp data dir; Close is cleanup.
func newTestNode(t *testing.T, dir string) *Node {
	t.Helper()
	id, err := keys.Generate(bytes.NewReader(bytes.Repeat([]byte{3}, 128)))
	require.NoError(t, err)
	n, err := New(config.Test(), Options{DataDir: dir, Identity: id, Logger: zaptest.NewLogger(t)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = n.Close() })
	return n
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

func TestStartServesMetricsAndStops(t *testing.T) {
	n := newTestNode(t, t.TempDir())
	ok, reasons := n.Ready()
	require.False(t, ok)
	require.Equal(t, []string{"node: starting"}, reasons)

	require.NoError(t, n.Start(t.Context()))
	base := "http://" + n.MetricsAddr().String()
	code, body := get(t, base+"/metrics")
	require.Equal(t, 200, code)
	require.Contains(t, body, "sessiond_build_info{")
	require.Contains(t, body, "sessiond_ready 0")
	require.Contains(t, body, "go_goroutines")
	require.Contains(t, body, "process_")
	code, _ = get(t, base+"/healthz")
	require.Equal(t, 200, code)
	code, body = get(t, base+"/readyz")
	require.Equal(t, 503, code, body)
	require.Contains(t, body, "no chain.providers configured")

	n.Health().Set("chain", "")
	code, body = get(t, base+"/readyz")
	require.Equal(t, 200, code, body)

	n.Health().Set("chain", "syncing 40%")
	code, body = get(t, base+"/readyz")
	require.Equal(t, 503, code)
	require.Contains(t, body, "chain: syncing 40%")

	require.NoError(t, n.Close())
	require.NoError(t, n.Close(), "second Close is a no-op")
	require.ErrorIs(t, n.Start(context.Background()), ErrClosed)
}

func TestStartFailureUndoesStartedSubsystems(t *testing.T) {
	dir := t.TempDir()
	first := newTestNode(t, dir)
	require.NoError(t, first.Start(t.Context()))

	// Same data dir: the database lock fails start-up.
	second := newTestNode(t, dir)
	err := second.Start(t.Context())
	require.ErrorIs(t, err, db.ErrInUse)

	// Metrics port in use: the database opened first is closed again.
	require.NoError(t, first.Close())
	busy := newTestNode(t, t.TempDir())
	require.NoError(t, busy.Start(t.Context()))
	cfg := config.Test()
	cfg.Metrics.Listen = busy.MetricsAddr().String()
	id, err := keys.Generate(bytes.NewReader(bytes.Repeat([]byte{4}, 128)))
	require.NoError(t, err)
	dir3 := t.TempDir()
	n, err := New(cfg, Options{DataDir: dir3, Identity: id, Logger: zaptest.NewLogger(t)})
	require.NoError(t, err)
	err = n.Start(t.Context())
	require.ErrorContains(t, err, "metrics.listen")
	require.ErrorContains(t, err, "address already in use")
	// The failed start released the database: it opens again at once.
	d, err := db.Open(dir3, db.Options{LockTimeout: 100e6})
	require.NoError(t, err)
	require.NoError(t, d.Close())
}

func TestNewValidates(t *testing.T) {
	cfg := config.Test()
	cfg.Log.Level = "loud"
	_, err := New(cfg, Options{DataDir: t.TempDir(), Identity: &keys.Identity{}})
	require.ErrorContains(t, err, "log.level")
	_, err = New(config.Test(), Options{DataDir: t.TempDir()})
	require.True(t, strings.Contains(err.Error(), "identity"))
}
