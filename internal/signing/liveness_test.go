package signing

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registry"
)

func TestTrackerAndLiveness(t *testing.T) {
	clk := newClock(time.Unix(t0, 0))
	tr := NewTracker()
	live := NewLiveness(tr, 0, clk.Now)
	require.Equal(t, DefaultLiquidateAfter, live.After())
	a, b := [32]byte{1}, [32]byte{2}

	_, ok := live.Liquidatable(a)
	require.False(t, ok, "never tested")

	start := clk.Now()
	tr.Report(a, false, start)
	tr.Report(a, false, start.Add(time.Hour)) // later failures keep the start of the run
	since, down := tr.UnreachableSince(a)
	require.True(t, down)
	require.Equal(t, start, since)

	clk.Add(24*time.Hour - time.Second)
	_, ok = live.Liquidatable(a)
	require.False(t, ok)
	clk.Add(time.Second)
	since, ok = live.Liquidatable(a)
	require.True(t, ok)
	require.Equal(t, start, since)

	// A pass ends the run; the next failure starts a new one.
	tr.Report(a, true, clk.Now())
	_, ok = live.Liquidatable(a)
	require.False(t, ok)
	tr.Report(a, false, clk.Now())
	since, _ = tr.UnreachableSince(a)
	require.Equal(t, clk.Now(), since)

	tr.Report(b, false, start)
	tr.Forget(b)
	_, down = tr.UnreachableSince(b)
	require.False(t, down)

	// No reachability source, or no Liveness at all: never liquidatable.
	_, ok = NewLiveness(nil, time.Second, clk.Now).Liquidatable(a)
	require.False(t, ok)
	var none *Liveness
	_, ok = none.Liquidatable(a)
	require.False(t, ok)
}

func TestCheckerRules(t *testing.T) {
	clk := newClock(time.Unix(t0, 0))
	tr := NewTracker()
	self := [32]byte{7}
	c := NewChecker(nil, DefaultExitRules(), NewLiveness(tr, time.Hour, clk.Now), self)
	day := uint64(86400)
	at := func(days uint64) registry.Block { return registry.Block{Number: 100 + days, Time: t0 + days*day} }
	req := &registry.BlockRef{Number: 100, Time: t0}
	n := &registry.Node{ID: 3, Ed25519: [32]byte{3}, ExitRequested: req}

	for _, tc := range []struct {
		days               uint64
		removable, liquid  bool
		exitErr, liquidErr string
	}{
		{14, false, false, "not removable until", "its exit buffer ends"},
		{15, true, false, "", "not liquidatable"},
		{21, true, false, "", "not liquidatable"},
		{22, true, true, "", ""},
	} {
		v := c.Judge(n, at(tc.days))
		require.Equal(t, tc.removable, v.Removable, "day %d", tc.days)
		require.Equal(t, tc.liquid, v.Liquidatable, "day %d", tc.days)
		require.Equal(t, time.Unix(t0+15*int64(day), 0), v.RemovableAt)
		check := func(k Kind, want string) {
			err := c.Check(k, n, at(tc.days))
			if want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, want)
			require.Equal(t, 403, statusOf(err))
		}
		check(KindExit, tc.exitErr)
		check(KindLiquidation, tc.liquidErr)
	}

	// Exited nodes are neither; a node never liquidates itself for liveness.
	gone := &registry.Node{ID: 4, Exited: req}
	require.ErrorContains(t, c.Check(KindExit, gone, at(30)), "not a registered node")
	me := &registry.Node{ID: 7, Ed25519: self}
	tr.Report(self, false, clk.Now())
	clk.Add(2 * time.Hour)
	require.ErrorContains(t, c.Check(KindLiquidation, me, at(1)), "does not sign its own liquidation")
	other := &registry.Node{ID: 8, Ed25519: [32]byte{8}}
	tr.Report(other.Ed25519, false, clk.Now().Add(-2*time.Hour))
	require.NoError(t, c.Check(KindLiquidation, other, at(1)))
	require.ErrorContains(t, c.Check(KindExit, other, at(1)), "has not requested to exit")
}
