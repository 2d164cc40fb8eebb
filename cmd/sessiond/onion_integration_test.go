//go:build integration

package main

import (
	"context"
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/nodetest"
)

// On a devnet of sessiond processes, a dead middle hop gives the client an
// error naming that hop, and a retry on a new path delivers the message,
// which the recipient then reads through another path.
func TestIntegrationOnionDeadMiddleHop(t *testing.T) {
	t.Setenv(asSessiond, "1") // node processes are this test binary acting as sessiond
	ctx := t.Context()
	sctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	nw, err := nodetest.Start(sctx, nodetest.Options{Mode: nodetest.Subprocess, Nodes: 6, Dir: t.TempDir(), BlockEvery: 200 * time.Millisecond})
	cancel()
	require.NoError(t, err)
	defer nw.Close()

	cl := client.New(client.Options{Seed: nw.Node(0).JSONRPC(), Attempts: 1})
	require.NoError(t, cl.Bootstrap(ctx))
	byKey := map[[32]byte]client.Node{}
	for _, n := range cl.Nodes() {
		byKey[n.Ed25519] = n
	}
	node := func(i int) client.Node {
		var k [32]byte
		copy(k[:], nw.Node(i).ID.Ed25519Public())
		n, ok := byKey[k]
		require.True(t, ok, "node %d not in the bootstrap list", i)
		return n
	}
	// Kill node 3; use it as the middle hop.
	require.NoError(t, nw.Kill(3))
	alice, err := client.GenerateIdentity(rand.Reader)
	require.NoError(t, err)
	cl.UsePath([]client.Node{node(0), node(3), node(1)})
	_, err = cl.Store(ctx, alice.SessionID(), []byte("through a dead hop"))
	var he *client.HopError
	require.True(t, errors.As(err, &he), "got %v", err)
	require.Contains(t, err.Error(), hexPrefix(node(3)), "the error names the dead hop")

	// A client that retries takes a new path (and avoids the failed node).
	retry := client.New(client.Options{Seed: nw.Node(0).JSONRPC(), Attempts: 4})
	require.NoError(t, retry.Bootstrap(ctx))
	retry.UsePath([]client.Node{node(0), node(3), node(1)})
	hash, err := retry.Store(ctx, alice.SessionID(), []byte("after a retry"))
	require.NoError(t, err)
	msgs, err := retry.Retrieve(ctx, alice, 0)
	require.NoError(t, err)
	found := false
	for _, m := range msgs {
		found = found || m.Hash == hash
	}
	require.True(t, found, "stored %s, retrieved %v", hash, msgs)
}

func hexPrefix(n client.Node) string { return n.String()[:16] }
