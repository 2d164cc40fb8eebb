package signing

import (
	"sync"
	"time"
)

// DefaultLiquidateAfter is liveness.liquidate_after's default: a node that
// stayed unreachable in this node's own tests for 24 h gets its liquidation
// signed.
const DefaultLiquidateAfter = 24 * time.Hour

// Reachability is what this node's own reachability tests concluded about a
// peer: UnreachableSince returns the start of the peer's current run of
// failed tests, and false while the peer passes (or was never tested).
// Implementations must be safe for concurrent use. The prober implements it;
// Tracker is a ready implementation it can feed.
type Reachability interface {
	UnreachableSince(ed [32]byte) (time.Time, bool)
}

// Liveness applies the liquidation window to this node's reachability
// results. It is the only source of liquidation evidence besides the chain:
// a node signs a liquidation only for peers its own tests saw fail, never on
// another node's word.
type Liveness struct {
	r     Reachability
	after time.Duration
	now   func() time.Time
}

// NewLiveness returns the rule "unreachable for at least after". r may be
// nil (no tests: nothing is ever liquidatable for liveness); after <= 0 means
// DefaultLiquidateAfter; now nil means time.Now.
func NewLiveness(r Reachability, after time.Duration, now func() time.Time) *Liveness {
	if after <= 0 {
		after = DefaultLiquidateAfter
	}
	if now == nil {
		now = time.Now
	}
	return &Liveness{r: r, after: after, now: now}
}

// After is the configured window.
func (l *Liveness) After() time.Duration { return l.after }

// Liquidatable reports whether ed has been unreachable for at least the
// window, and since when. A nil *Liveness says no.
func (l *Liveness) Liquidatable(ed [32]byte) (since time.Time, ok bool) {
	if l == nil || l.r == nil {
		return time.Time{}, false
	}
	since, down := l.r.UnreachableSince(ed)
	if !down {
		return time.Time{}, false
	}
	return since, l.now().Sub(since) >= l.after
}

// Tracker is a Reachability fed with test results: the first failure after
// a pass (or after nothing) starts a run, any pass ends it. Safe for
// concurrent use.
type Tracker struct {
	mu   sync.Mutex
	down map[[32]byte]time.Time
}

// NewTracker returns an empty tracker.
func NewTracker() *Tracker { return &Tracker{down: map[[32]byte]time.Time{}} }

// Report records one test of ed at time at.
func (t *Tracker) Report(ed [32]byte, reachable bool, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if reachable {
		delete(t.down, ed)
		return
	}
	if since, ok := t.down[ed]; !ok || at.Before(since) {
		t.down[ed] = at
	}
}

// Forget drops what is known about ed (a node that left the network).
func (t *Tracker) Forget(ed [32]byte) {
	t.mu.Lock()
	delete(t.down, ed)
	t.mu.Unlock()
}

// UnreachableSince implements Reachability.
func (t *Tracker) UnreachableSince(ed [32]byte) (time.Time, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	since, ok := t.down[ed]
	return since, ok
}
