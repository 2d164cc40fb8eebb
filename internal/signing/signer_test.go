package signing

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rewards"
)

// post sends a signed request from node from to node to.
func (c *cluster) post(from, to int, path string, body any) *peer.Response {
	c.t.Helper()
	b, err := json.Marshal(body)
	require.NoError(c.t, err)
	t, _ := c.dir.Target(c.nodes[to].ed)
	resp, err := c.nodes[from].client.Do(context.Background(), t, peer.Request{Method: http.MethodPost, Path: path, Body: b})
	require.NoError(c.t, err)
	return resp
}

func TestSignerEndpoints(t *testing.T) {
	c, reg := memCluster(t, 3, clusterOptions{exitRules: DefaultExitRules()})
	now := uint64(c.clock.Now().Unix())
	addr := operatorOf(1)

	// A reward balance: the fields signed and a signature by the node's key.
	resp := c.post(0, 1, PathRewards, RewardsRequest{Address: addr, Height: 1000})
	require.Equal(t, http.StatusOK, resp.Status, string(resp.Body))
	var rep RewardsReply
	require.NoError(t, json.Unmarshal(resp.Body, &rep))
	require.Equal(t, addr, rep.Address)
	require.Equal(t, uint64(1000), rep.Height)
	require.Equal(t, share(3).String(), rep.Amount.String())
	require.True(t, bls.Verify(c.nodes[1].id.BLSPublic, testDomain, bls.RewardMessage(testDomain, addr, rep.Amount), rep.Signature))

	// An exit of a node that asked to leave 15 days ago (chain time).
	reg.update(func(r *memRegistry) {
		r.nodes[2].ExitRequested = &registry.BlockRef{Number: 10, Time: t0 - 15*86400}
	})
	pk := c.nodes[2].id.BLSPublic
	resp = c.post(0, 1, PathExit, ExitRequest{BLSPubkey: pk, Timestamp: now - 100})
	require.Equal(t, http.StatusOK, resp.Status, string(resp.Body))
	var ex ExitReply
	require.NoError(t, json.Unmarshal(resp.Body, &ex))
	require.Equal(t, pk, ex.Remove)
	require.Equal(t, now-100, ex.Timestamp)
	require.True(t, bls.Verify(c.nodes[1].id.BLSPublic, testDomain, bls.ExitMessage(testDomain, pk, now-100), ex.Signature))

	cases := []struct {
		name, path string
		body       any
		status     int
		contains   string
	}{
		{"not applied yet", PathRewards, RewardsRequest{Address: addr, Height: 1001}, http.StatusGone, "not applied yet"},
		{"zero address", PathRewards, RewardsRequest{Height: 1000}, http.StatusBadRequest, "zero address"},
		{"garbage", PathRewards, map[string]any{"address": 5}, http.StatusBadRequest, "bad request"},
		{"stale exit", PathExit, ExitRequest{BLSPubkey: pk, Timestamp: now - 181}, http.StatusBadRequest, "3m1s from this node's clock"},
		{"future exit", PathExit, ExitRequest{BLSPubkey: pk, Timestamp: now + 200}, http.StatusBadRequest, "from this node's clock"},
		{"not removable", PathExit, ExitRequest{BLSPubkey: c.nodes[0].id.BLSPublic, Timestamp: now}, http.StatusForbidden, "has not requested to exit"},
		{"unknown key", PathExit, ExitRequest{BLSPubkey: testIdentity(t, 77).BLSPublic, Timestamp: now}, http.StatusForbidden, "not a registered node"},
		{"not liquidatable", PathLiquidation, ExitRequest{BLSPubkey: pk, Timestamp: now}, http.StatusForbidden, "not liquidatable"},
		{"bad key", PathExit, map[string]any{"bls_pubkey": "00", "timestamp": now}, http.StatusBadRequest, "bad request"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp := c.post(0, 1, tc.path, tc.body)
			require.Equal(t, tc.status, resp.Status, string(resp.Body))
			require.Contains(t, string(resp.Body), tc.contains)
		})
	}

	// Not in the window: too old.
	small := NewBook(BookOptions{Registry: reg, Rules: rewards.DevnetRules(), BlockTimes: memBlockTimes(), Window: 10})
	_, err := small.At(t.Context(), 989)
	var he *HeightError
	require.ErrorAs(t, err, &he)
	require.ErrorIs(t, err, ErrUnavailable)
	require.Contains(t, err.Error(), "older than the 10-block window")
	_, err = small.At(t.Context(), 990)
	require.NoError(t, err)
}

func TestBookHeights(t *testing.T) {
	ids := testIDs(t, 2)
	reg := newMemRegistry(ids)
	ctx := t.Context()

	// Without block times only the applied block is served.
	b := NewBook(BookOptions{Registry: reg, Rules: rewards.DevnetRules()})
	bal, err := b.Latest(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(1000), bal.At().Number)
	_, err = b.At(ctx, 999)
	require.ErrorIs(t, err, ErrUnavailable)
	require.ErrorContains(t, err, "no block time source")

	// A failing provider is a 410 too, and is retried next time.
	fail := true
	calls := 0
	b = NewBook(BookOptions{Registry: reg, Rules: rewards.DevnetRules(), Keep: 2, BlockTimes: BlockTimeFunc(func(ctx context.Context, n uint64) (uint64, error) {
		calls++
		if fail {
			return 0, errors.New("provider down")
		}
		return memBlockTimes().BlockTime(ctx, n)
	})})
	_, err = b.At(ctx, 999)
	require.ErrorIs(t, err, ErrUnavailable)
	require.Equal(t, http.StatusGone, statusOf(err))
	fail = false
	bal, err = b.At(ctx, 999)
	require.NoError(t, err)
	require.Equal(t, 2, calls)
	again, err := b.At(ctx, 999)
	require.NoError(t, err)
	require.Same(t, bal, again, "cached")
	_, err = b.At(ctx, 998)
	require.NoError(t, err)
	_, err = b.At(ctx, 997) // the lowest height goes first
	require.NoError(t, err)
	require.Len(t, b.entries, 2)
	require.Contains(t, b.entries, uint64(999))
	require.Contains(t, b.entries, uint64(998))

	// Balances before the release are zero; the release is split evenly.
	bal, err = b.At(ctx, 499)
	require.NoError(t, err)
	require.Zero(t, bal.Of(operatorOf(0)).Sign())
	bal, err = b.At(ctx, 500)
	require.NoError(t, err)
	require.Equal(t, share(2).String(), bal.Of(operatorOf(0)).String())

	// Relative heights.
	h, err := Resolve(-1, 1000)
	require.NoError(t, err)
	require.Equal(t, uint64(999), h)
	h, err = Resolve(42, 1000)
	require.NoError(t, err)
	require.Equal(t, uint64(42), h)
	_, err = Resolve(-1001, 1000)
	require.ErrorIs(t, err, ErrUnavailable)

	// Before the first block nothing is served.
	empty := &memRegistry{params: map[string]string{}}
	_, err = NewBook(BookOptions{Registry: empty}).Latest(ctx)
	require.ErrorIs(t, err, ErrUnavailable)
}
