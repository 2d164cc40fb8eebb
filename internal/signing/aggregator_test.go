package signing

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rewards"
)

func testIDs(t testing.TB, n int) []*keys.Identity {
	ids := make([]*keys.Identity, n)
	for i := range ids {
		ids[i] = testIdentity(t, i)
	}
	return ids
}

// memCluster is n nodes sharing one in-memory registry.
func memCluster(t testing.TB, n int, o clusterOptions) (*cluster, *memRegistry) {
	ids := testIDs(t, n)
	reg := newMemRegistry(ids)
	if o.reg == nil {
		o.reg = func(int) Registry { return reg }
	}
	o.domain, o.rules = testDomain, rewards.DevnetRules()
	if o.blockTimes == nil {
		o.blockTimes = memBlockTimes()
	}
	return newCluster(t, ids, o), reg
}

// share is one node's part of the release: all registered at t0 and payable
// for the same seconds.
func share(n int) *big.Int { return big.NewInt(release / int64(n)) }

func TestRewardsAggregate(t *testing.T) {
	c, reg := memCluster(t, 7, clusterOptions{})
	ctx := t.Context()
	addr := operatorOf(2)

	res, err := c.nodes[0].agg.Rewards(ctx, addr, 0)
	require.NoError(t, err)
	require.Equal(t, uint64(1000), res.Height, "height 0 is the applied block")
	require.Equal(t, share(7).String(), res.Amount.String())
	require.Empty(t, res.NonSigners)
	require.Equal(t, 7, res.Signers)
	require.Equal(t, 2, res.Threshold)
	require.Equal(t, bls.RewardMessage(testDomain, addr, res.Amount), res.Message)
	require.Equal(t, aggKeyWithout(t, reg, nil), res.AggregatePubkey)
	require.True(t, bls.Verify(res.AggregatePubkey, testDomain, res.Message, res.Signature))
	require.EqualValues(t, 6, c.totalHits(), "six remote signers; the aggregator signs in process")

	// Served from the cache: no network round.
	again, err := c.nodes[0].agg.Rewards(ctx, addr, 1000)
	require.NoError(t, err)
	require.Same(t, res, again)
	require.EqualValues(t, 6, c.totalHits())

	// -1 is the block before, whose time comes from BlockTimes.
	prev, err := c.nodes[3].agg.Rewards(ctx, addr, -1)
	require.NoError(t, err)
	require.Equal(t, uint64(999), prev.Height)
	require.Equal(t, res.Amount.String(), prev.Amount.String())
	require.True(t, bls.Verify(prev.AggregatePubkey, testDomain, prev.Message, prev.Signature))

	// Nothing to claim: refused before asking anyone.
	hits := c.totalHits()
	_, err = c.nodes[0].agg.Rewards(ctx, operatorOf(99), 0)
	require.ErrorContains(t, err, "has no rewards")
	require.Equal(t, hits, c.totalHits())
}

func TestBadSignerIsDroppedAndSkipped(t *testing.T) {
	c, reg := memCluster(t, 7, clusterOptions{badKey: map[int]bool{3: true}, metrics: true})
	ctx := t.Context()
	agg := c.nodes[0].agg

	res, err := agg.Rewards(ctx, operatorOf(1), 0)
	require.NoError(t, err, "one bad signer does not stop the aggregation")
	require.Equal(t, []uint64{4}, res.NonSigners)
	require.True(t, res.Missing[0].Bad)
	require.ErrorContains(t, errors.New(res.Missing[0].Reason), "does not verify")
	require.Equal(t, aggKeyWithout(t, reg, []uint64{4}), res.AggregatePubkey)
	require.True(t, bls.Verify(res.AggregatePubkey, testDomain, res.Message, res.Signature))
	require.EqualValues(t, 1, c.nodes[3].hits.Load())

	// Skipped for five minutes: not asked, still a non-signer.
	res, err = agg.Rewards(ctx, operatorOf(2), 0)
	require.NoError(t, err)
	require.Equal(t, []uint64{4}, res.NonSigners)
	require.False(t, res.Missing[0].Bad)
	require.Contains(t, res.Missing[0].Reason, "skipped")
	require.EqualValues(t, 1, c.nodes[3].hits.Load(), "the bad signer was not asked again")

	// Another aggregator has its own view and asks it.
	_, err = c.nodes[1].agg.Rewards(ctx, operatorOf(2), 0)
	require.NoError(t, err)
	require.EqualValues(t, 2, c.nodes[3].hits.Load())

	c.clock.Add(DefaultSkipFor + time.Second)
	res, err = agg.Rewards(ctx, operatorOf(3), 0)
	require.NoError(t, err)
	require.Equal(t, []uint64{4}, res.NonSigners)
	require.True(t, res.Missing[0].Bad)
	require.EqualValues(t, 3, c.nodes[3].hits.Load(), "asked again after the skip period")

	m := c.nodes[0].metrics
	require.Equal(t, 2.0, testutil.ToFloat64(m.bad))
	require.Equal(t, 3.0, testutil.ToFloat64(m.aggregations.WithLabelValues("rewards", "ok")))
	require.Equal(t, 3.0, testutil.ToFloat64(c.nodes[3].metrics.requests.WithLabelValues("rewards", "200")))
}

func TestTooManyNonSigners(t *testing.T) {
	c, _ := memCluster(t, 7, clusterOptions{timeout: 2 * time.Second})
	ctx := t.Context()
	c.nodes[5].down.Store(true)
	c.nodes[6].down.Store(true)

	res, err := c.nodes[0].agg.Rewards(ctx, operatorOf(1), 0)
	require.NoError(t, err, "two of seven is within min(7/3, 4000)")
	require.Equal(t, []uint64{6, 7}, res.NonSigners)

	c.nodes[4].down.Store(true)
	_, err = c.nodes[0].agg.Rewards(ctx, operatorOf(2), 0)
	var ns *NonSignerError
	require.ErrorAs(t, err, &ns)
	require.Equal(t, 3, ns.NonSigners)
	require.Equal(t, 2, ns.Threshold)
	require.Equal(t, 7, ns.Total)
	require.ErrorContains(t, err, "3 of 7 registered nodes did not sign; the contract accepts at most 2 non-signers (min(7/3, 4000))")
	require.ErrorContains(t, err, "node 5: ")
}

func TestThresholdMaxFromRegistry(t *testing.T) {
	c, reg := memCluster(t, 7, clusterOptions{})
	reg.update(func(r *memRegistry) { r.params[registry.ParamBLSNonSignerThresholdMax] = "1" })
	c.nodes[5].down.Store(true)
	c.nodes[6].down.Store(true)
	_, err := c.nodes[0].agg.Rewards(t.Context(), operatorOf(1), 0)
	var ns *NonSignerError
	require.ErrorAs(t, err, &ns)
	require.Equal(t, 1, ns.Threshold)
	require.Equal(t, 1, ns.Max)
}

func TestDisagreeingSignerIsNotSkipped(t *testing.T) {
	ids := testIDs(t, 4)
	shared := newMemRegistry(ids)
	other := newMemRegistry(ids) // saw one more release: computes more
	other.releases = append(other.releases, registry.Release{Block: registry.BlockRef{Number: 600, Time: t0 + 90000}, Amount: big.NewInt(7)})
	c := newCluster(t, ids, clusterOptions{
		reg: func(i int) Registry {
			if i == 2 {
				return other
			}
			return shared
		},
		domain: testDomain, rules: rewards.DevnetRules(), blockTimes: memBlockTimes(),
	})
	res, err := c.nodes[0].agg.Rewards(t.Context(), operatorOf(0), 0)
	require.NoError(t, err)
	require.Equal(t, []uint64{3}, res.NonSigners)
	require.False(t, res.Missing[0].Bad)
	require.Contains(t, res.Missing[0].Reason, "computes")
	_, skipped := c.nodes[0].agg.skipped(c.nodes[2].ed)
	require.False(t, skipped)
}

func TestExitAggregate(t *testing.T) {
	c, reg := memCluster(t, 7, clusterOptions{exitRules: ExitRules{UnlockDelay: 12 * time.Hour, ExitBuffer: 48 * time.Hour}})
	ctx := t.Context()
	reg.update(func(r *memRegistry) {
		r.nodes[4].ExitRequested = &registry.BlockRef{Number: 500, Time: t0 + 86400}
		r.nodes[4].LastExitRequest = r.nodes[4].ExitRequested
	})
	target := c.nodes[4]

	res, err := c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: target.ed}, KindExit)
	require.NoError(t, err)
	require.Equal(t, uint64(5), res.NodeID)
	require.Equal(t, target.id.BLSPublic, res.BLSPubkey)
	require.Equal(t, uint64(c.clock.Now().Unix()), res.Timestamp)
	require.Empty(t, res.NonSigners)
	require.Equal(t, bls.ExitMessage(testDomain, res.BLSPubkey, res.Timestamp), res.Message)
	require.True(t, bls.Verify(res.AggregatePubkey, testDomain, res.Message, res.Signature))

	// Cached for ten minutes from its timestamp, by BLS key too.
	hits := c.totalHits()
	c.clock.Add(9 * time.Minute)
	again, err := c.nodes[0].agg.Exit(ctx, NodeKey{BLS: target.id.BLSPublic}, KindExit)
	require.NoError(t, err)
	require.Same(t, res, again)
	require.Equal(t, hits, c.totalHits())
	c.clock.Add(2 * time.Minute)
	fresh, err := c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: target.ed}, KindExit)
	require.NoError(t, err)
	require.Greater(t, fresh.Timestamp, res.Timestamp)

	// Not removable: no exit request, or not a registered node at all.
	_, err = c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: c.nodes[1].ed}, KindExit)
	require.ErrorContains(t, err, "has not requested to exit")
	_, err = c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: [32]byte{9}}, KindExit)
	require.ErrorContains(t, err, "no registered node")

	// Removable is not liquidatable before the exit buffer ends...
	_, err = c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: target.ed}, KindLiquidation)
	require.ErrorContains(t, err, "not liquidatable")
	// ...and is after it (chain time: the applied block moves on).
	reg.update(func(r *memRegistry) { r.cursor = registry.Block{Number: 2000, Time: t0 + 4*86400} })
	c.clock.Set(time.Unix(t0+4*86400, 0))
	liq, err := c.nodes[0].agg.Exit(ctx, NodeKey{Ed25519: target.ed}, KindLiquidation)
	require.NoError(t, err)
	require.Equal(t, bls.LiquidateMessage(testDomain, liq.BLSPubkey, liq.Timestamp), liq.Message)
	require.True(t, bls.Verify(liq.AggregatePubkey, testDomain, liq.Message, liq.Signature))
}

func TestLiquidationNeedsOwnEvidence(t *testing.T) {
	c, reg := memCluster(t, 7, clusterOptions{liveAfter: time.Hour, timeout: 2 * time.Second})
	ctx := t.Context()
	dead := c.nodes[6]
	dead.down.Store(true)
	key := NodeKey{Ed25519: dead.ed}

	// Nobody has seen it fail yet.
	_, err := c.nodes[0].agg.Exit(ctx, key, KindLiquidation)
	require.ErrorContains(t, err, "passes this node's reachability tests")

	// Failing for 30 minutes: not yet.
	failedAt := c.clock.Now()
	for _, n := range c.nodes[:5] {
		n.tracker.Report(dead.ed, false, failedAt)
	}
	c.clock.Add(30 * time.Minute)
	_, err = c.nodes[0].agg.Exit(ctx, key, KindLiquidation)
	require.ErrorContains(t, err, "less than the 1h0m0s window")

	// Past the window: five nodes saw it fail; node 6 (id 6) did not and
	// refuses, the dead node does not answer: two non-signers, the limit.
	c.clock.Add(31 * time.Minute)
	res, err := c.nodes[0].agg.Exit(ctx, key, KindLiquidation)
	require.NoError(t, err)
	require.Equal(t, []uint64{6, 7}, res.NonSigners)
	require.Contains(t, res.Missing[0].Reason, "403")
	require.Equal(t, aggKeyWithout(t, reg, []uint64{6, 7}), res.AggregatePubkey)
	require.True(t, bls.Verify(res.AggregatePubkey, testDomain, res.Message, res.Signature))

	// A pass ends the run.
	c.nodes[0].tracker.Report(dead.ed, true, c.clock.Now())
	_, err = c.nodes[1].agg.Exit(ctx, key, KindExit)
	require.ErrorContains(t, err, "not removable", "unreachable is not removable")
	v := c.nodes[0].checker.Judge(&reg.nodes[6], reg.cursor)
	require.False(t, v.Liquidatable)
}

// transportFunc adapts a function to Transport.
type transportFunc func(ctx context.Context, t peer.Target, req peer.Request) (*peer.Response, error)

func (f transportFunc) Do(ctx context.Context, t peer.Target, req peer.Request) (*peer.Response, error) {
	return f(ctx, t, req)
}

func TestMalformedReplyIsBad(t *testing.T) {
	c, _ := memCluster(t, 4, clusterOptions{})
	victim := c.nodes[2].ed
	inner := c.nodes[0].client
	c.nodes[0].agg.o.Transport = transportFunc(func(ctx context.Context, tg peer.Target, req peer.Request) (*peer.Response, error) {
		resp, err := inner.Do(ctx, tg, req)
		if err == nil && tg.Key == victim {
			resp.Body = []byte(`{"address":"0x000000000000000000000000000000000000a001","amount":1,"height":1000,"signature":"00"}`)
		}
		return resp, err
	})
	res, err := c.nodes[0].agg.Rewards(t.Context(), operatorOf(1), 0)
	require.NoError(t, err)
	require.Equal(t, []uint64{3}, res.NonSigners)
	require.True(t, res.Missing[0].Bad)
	require.Contains(t, res.Missing[0].Reason, "malformed reply")
	_, skipped := c.nodes[0].agg.skipped(victim)
	require.True(t, skipped)
}
