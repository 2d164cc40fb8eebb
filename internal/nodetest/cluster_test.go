package nodetest

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
)

func startInProcess(t *testing.T, n int) *Cluster {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	c, err := Start(ctx, Options{Mode: InProcess, Nodes: n, Dir: t.TempDir(), Logger: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, c.Close()) })
	return c
}

// The scenarios on in-process nodes: the same code the process networks of
// cmd/sessiond run.
func TestInProcessScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-node network")
	}
	c := startInProcess(t, 6)
	ctx := t.Context()
	t.Run("ReplicateEverywhere", func(t *testing.T) { ReplicateEverywhere(ctx, t, c, 3, 4) })
	t.Run("SlowPeer", func(t *testing.T) { SlowPeer(ctx, t, c, 5) })
	t.Run("KillDuringStores", func(t *testing.T) { KillDuringStores(ctx, t, c, 200) })
	t.Run("PartitionHeal", func(t *testing.T) { PartitionHeal(ctx, t, c, 5) })
	t.Run("BadSignerAndTooManyNonSigners", func(t *testing.T) { BadSignerAndTooManyNonSigners(ctx, t, c) })
	t.Run("ExitKeepsMessages", func(t *testing.T) { ExitKeepsMessages(ctx, t, c, 5) })
}
