//go:build integration

package main

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/nodetest"
)

// The swarm at work on a network of 12 `sessiond run` processes (the
// scenarios internal/nodetest also runs in-process): replication to every
// member, a member SIGKILLed during 1,000 stores, a partition that heals,
// a slow peer, a node signing wrongly and too many non-signers, a node's
// on-chain exit, and 7 more registrations forming a new swarm.
func TestIntegrationSwarmAtWork(t *testing.T) {
	t.Setenv(asSessiond, "1") // the node processes are this test binary
	ctx, cancel := context.WithTimeout(t.Context(), 25*time.Minute)
	defer cancel()
	sctx, scancel := context.WithTimeout(ctx, 5*time.Minute)
	c, err := nodetest.Start(sctx, nodetest.Options{
		Mode: nodetest.Subprocess, Nodes: 12, Dir: t.TempDir(),
		Logger: zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel)),
	})
	scancel()
	require.NoError(t, err)
	defer func() { require.NoError(t, c.Close()) }()

	t.Run("ReplicateEverywhere", func(t *testing.T) { nodetest.ReplicateEverywhere(ctx, t, c, 6, 5) })
	t.Run("SlowPeer", func(t *testing.T) { nodetest.SlowPeer(ctx, t, c, 5) })
	t.Run("KillDuringStores", func(t *testing.T) { nodetest.KillDuringStores(ctx, t, c, 1000) })
	t.Run("PartitionHeal", func(t *testing.T) { nodetest.PartitionHeal(ctx, t, c, 10) })
	t.Run("BadSignerAndTooManyNonSigners", func(t *testing.T) { nodetest.BadSignerAndTooManyNonSigners(ctx, t, c) })
	t.Run("ExitKeepsMessages", func(t *testing.T) { nodetest.ExitKeepsMessages(ctx, t, c, 10) })
	t.Run("GrowNewSwarm", func(t *testing.T) { nodetest.GrowNewSwarm(ctx, t, c, 40, 2, 7) })
}
