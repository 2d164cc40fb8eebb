package replica

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

// DefaultJoinTimeout bounds how long a joining node keeps trying to pull its
// swarm's messages before it reports ready anyway (e.g. every old member is
// down; anti-entropy catches up later).
const DefaultJoinTimeout = 2 * time.Minute

// onSwarmChange looks at the current swarm map: a node that joined a swarm
// (or just started) pulls the swarm's messages from a member before it
// reports ready, then accounts this node no longer owns are handed off.
func (r *Replicator) onSwarmChange(ctx context.Context) {
	snap, err := r.snapshot()
	if err != nil {
		r.setReady("replica: no network map: " + err.Error())
		return
	}
	r.mu.Lock()
	prev := r.prev
	r.prev = snap
	r.mu.Unlock()

	own, in := snap.OwnSwarm()
	if !in {
		r.setReady("")
		r.kickHandOff(ctx, prev, snap)
		return
	}
	var prevOwn uint64
	prevIn := false
	if prev != nil {
		prevOwn, prevIn = prev.OwnSwarm()
	}
	if prev == nil || !prevIn || prevOwn != own {
		r.join(ctx, snap, prev, own)
	}
	r.kickHandOff(ctx, prev, snap)
}

// kickHandOffInterval bounds how often registry kicks (one per applied
// block) run a hand-off scan while the swarms stay the same; the
// anti-entropy tick runs one too.
const kickHandOffInterval = 5 * time.Second

// kickHandOff runs a hand-off when the swarm ids or this node's swarm
// changed since prev (accounts moved), or when the last one a kick ran is
// kickHandOffInterval old: a hand-off scans every account this node holds.
func (r *Replicator) kickHandOff(ctx context.Context, prev, snap *peer.Snapshot) {
	changed := !sameSwarms(prev, snap)
	if !changed && time.Since(r.lastKickHandOff) < kickHandOffInterval {
		return
	}
	r.lastKickHandOff = time.Now()
	if changed {
		r.handOff(ctx)
	} else {
		r.periodicHandOff(ctx)
	}
}

// handOffRecheck is how long a clean hand-off scan is trusted while the
// swarms stay the same.
const handOffRecheck = 10 * time.Minute

// sameSwarms reports whether a and b have the same swarms and put this node
// in the same one (or in none): then no account changed hands. A nil
// snapshot matches none.
func sameSwarms(a, b *peer.Snapshot) bool {
	if a == nil || b == nil {
		return false
	}
	aOwn, aIn := a.OwnSwarm()
	bOwn, bIn := b.OwnSwarm()
	return aOwn == bOwn && aIn == bIn && slices.Equal(a.Swarms.IDs(), b.Swarms.IDs())
}

// cleanScan records a hand-off scan that found no account to hand off: the
// snapshot it ran on (nil: none) and when.
type cleanScan struct {
	snap *peer.Snapshot
	at   time.Time
}

func (c *cleanScan) matches(snap *peer.Snapshot, now time.Time) bool {
	return now.Sub(c.at) < handOffRecheck && sameSwarms(c.snap, snap)
}

// periodicHandOff is the hand-off of the anti-entropy tick and of kicks
// that changed no swarm. A scan lists the accounts this node holds in the
// digest buckets its swarm does not wholly own (foreignBuckets: one seek in
// storage_accounts per bucket, then only the accounts there, which are
// few, as this node holds little but its own swarm's; it used to visit
// every account held). Accounts become foreign only when the
// swarms change, which runs a scan at once: so once a scan found nothing to
// hand off, the periodic ones are skipped while the swarms stay the same,
// and run again after handOffRecheck (for a message of a foreign account a
// peer with an older map forwarded meanwhile). A scan that found something,
// whether or not it could hand it off, leaves the next ones to run.
func (r *Replicator) periodicHandOff(ctx context.Context) {
	if snap, err := r.snapshot(); err == nil && r.clean.matches(snap, r.o.Now()) {
		r.m.handoffScans.WithLabelValues("skipped").Inc()
		return
	}
	r.handOff(ctx)
}

// join pulls swarm own's messages; prev is the previous snapshot (nil at
// start). Sources are the members that already were in the swarm.
func (r *Replicator) join(ctx context.Context, snap, prev *peer.Snapshot, own uint64) {
	r.setReady(fmt.Sprintf("replica: joining swarm %016x: pulling its messages", own))
	r.prog.begin("join", own, 0, func(t Transfer) {
		r.setReady(fmt.Sprintf("replica: joining swarm %016x: pulled %d of about %d messages (%.0f%%)", own, t.Messages, t.Total, t.Percent))
	})
	defer r.prog.end()
	var sources []*peer.NodeInfo
	for _, n := range otherMembers(snap, own, r.self) {
		if prev == nil {
			sources = append(sources, n)
		} else if id, ok := prev.Swarms.SwarmOf(n.PubkeyEd25519); ok && uint64(id) == own {
			sources = append(sources, n)
		}
	}
	if len(sources) == 0 && prev != nil {
		// A new swarm: its accounts were held by the previous swarms, which
		// also push them (handOff); pull from one member of each so that
		// this node is complete before it reports ready.
		r.pullFromPrevious(ctx, snap, prev, own)
		r.setReady("")
		return
	}
	if len(sources) == 0 {
		r.setReady("") // a lone node
		return
	}
	deadline := time.Now().Add(r.joinTimeout())
	for attempt := 0; ; attempt++ {
		for _, s := range sources {
			n, err := r.SyncFrom(ctx, s.Target(), own, snap.Block.Number)
			if err == nil {
				r.lg.Info("joined swarm: pulled its messages", zap.Uint64("swarm", own), zap.Int("messages", n))
				r.setReady("")
				return
			}
			r.lg.Debug("join pull failed", zap.Error(err))
			if ctx.Err() != nil {
				return
			}
		}
		if time.Now().After(deadline) {
			r.lg.Warn("joined swarm but no member answered; serving what we have", zap.Uint64("swarm", own))
			r.setReady("")
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(min(time.Second<<min(attempt, 4), 10*time.Second)):
		}
	}
}

func (r *Replicator) joinTimeout() time.Duration {
	if r.o.JoinTimeout > 0 {
		return r.o.JoinTimeout
	}
	return DefaultJoinTimeout
}

// handOff pushes the accounts this node holds but no longer owns to every
// reachable member of their new swarm, in batches of up to BatchBytes that
// may span accounts, and deletes each batch once all of those members
// acknowledged it. What fails stays and is retried next round.
func (r *Replicator) handOff(ctx context.Context) {
	snap, err := r.snapshot()
	if err != nil || snap.Swarms.SwarmFor(make([]byte, 33)) == swarm.UnassignedID {
		return // no swarms at all: keep everything
	}
	r.m.handoffScans.WithLabelValues("scanned").Inc()
	r.clean.snap = nil
	// The scan reads the database as applied: make every acknowledged
	// message part of it first, or messages still in the store's journal
	// would be missed, and a scan that found nothing lets the next ones be
	// skipped (scans are rare, so this costs one journal apply now and then).
	r.o.Store.Settle()
	found := 0
	own, in := snap.OwnSwarm()
	foreign := func(a *storage.Account) bool { return !in || !ownsAccount(snap, a, own) }
	pending := map[uint64][]storage.Message{}
	failed := map[uint64]bool{}
	flush := func(sid uint64) {
		ms := pending[sid]
		delete(pending, sid)
		if len(ms) == 0 || failed[sid] {
			return
		}
		if err := r.pushBatch(ctx, snap, sid, ms); err != nil {
			failed[sid] = true
			r.lg.Debug("hand-off incomplete", zap.Uint64("swarm", sid), zap.Error(err))
		}
	}
	// Only the accounts held in buckets that this node's swarm does not
	// wholly own are listed (storage_accounts), not every account held.
	buckets := foreignBuckets(snap, own, in)
	var after *storage.Account
	for ctx.Err() == nil {
		ds, more, err := r.o.Store.BucketAccountSums(buckets, after, r.o.DigestPage, foreign)
		if err != nil {
			return
		}
		found += len(ds)
		if after == nil && len(ds) > 0 {
			// Something to hand off: count it once, for progress.
			r.prog.begin("hand-off", 0, r.countMessages(buckets, foreign), nil)
			defer r.prog.end()
		}
		for i := range ds {
			a := ds[i].Account
			sid := uint64(snap.Swarms.SwarmFor(a[:]))
			for !failed[sid] && ctx.Err() == nil {
				ms, more := r.o.Store.MessagesByHash(a, nil, r.o.BatchBytes)
				pending[sid] = append(pending[sid], ms...)
				if dataBytes(pending[sid]) >= r.o.BatchBytes || len(pending[sid]) >= 10000 || more {
					flush(sid)
				}
				if !more {
					break
				}
			}
		}
		if !more || len(ds) == 0 {
			break
		}
		after = &ds[len(ds)-1].Account
	}
	for sid := range pending {
		flush(sid)
	}
	if found == 0 && ctx.Err() == nil {
		r.clean = cleanScan{snap: snap, at: r.o.Now()}
	}
}

// HandOffWait is how long a hand-off waits for every member of the new swarm
// to be reachable (a new node announces its address within seconds) before
// it settles for the reachable ones and leaves the rest to anti-entropy.
const HandOffWait = 10 * time.Minute

// pushBatch sends ms (accounts of swarm sid) to every member of sid and
// deletes them here once all acknowledged. While a member has no known
// address yet, the batch waits (up to HandOffWait from the first try), so
// that no new owner is left without the messages when this node drops them.
func (r *Replicator) pushBatch(ctx context.Context, snap *peer.Snapshot, sid uint64, ms []storage.Message) error {
	targets := otherMembers(snap, sid, r.self)
	if len(targets) == 0 {
		return errors.New("new swarm has no reachable member")
	}
	members := 0
	for _, n := range snap.SwarmMembers(sid) {
		if n.PubkeyEd25519 != r.self {
			members++
		}
	}
	if missing := members - len(targets); missing == 0 {
		delete(r.handOffSince, sid) // a later hand-off to sid waits afresh
	} else if r.handOffWaiting(sid) {
		return fmt.Errorf("%d member(s) of the new swarm not reachable yet", missing)
	}
	nb := dataBytes(ms)
	if err := r.lim.wait(ctx, nb*len(targets)); err != nil {
		return err
	}
	body := pushReq{M: toWire(ms)}
	for _, t := range targets {
		var res pushRes
		if err := r.call(ctx, t.Target(), "/snode/v1/replica/push", body, &res); err != nil {
			return fmt.Errorf("push to %x: %w", t.PubkeyEd25519[:4], err)
		}
	}
	r.m.copiedMsgs.WithLabelValues("pushed").Add(float64(len(ms) * len(targets)))
	r.prog.add(len(ms))
	r.m.copiedBytes.WithLabelValues("pushed").Add(float64(nb * len(targets)))
	byAcct := map[storage.Account][]string{}
	for i := range ms {
		byAcct[ms[i].Account] = append(byAcct[ms[i].Account], ms[i].Hash)
	}
	for a, hs := range byAcct {
		n, err := r.o.Store.DeleteHashes(a, hs)
		r.m.handoffDelete.Add(float64(n))
		if err != nil {
			return err
		}
	}
	return nil
}

// pullFromPrevious pulls swarm own's accounts from one reachable member of
// every swarm of the previous map (each answers with what it holds that now
// maps to own). A swarm none of whose members answered yet (not reachable,
// or behind on the chain: 409) is tried again, with backoff, until the join
// timeout; what still fails is left to the pushes and to anti-entropy.
func (r *Replicator) pullFromPrevious(ctx context.Context, snap, prev *peer.Snapshot, own uint64) {
	left := prev.Swarms.IDs()
	deadline := time.Now().Add(r.joinTimeout())
	for attempt := 0; len(left) > 0; attempt++ {
		var failed []swarm.ID
		for _, id := range left {
			done := false
			for _, k := range prev.Swarms.Members(id) {
				n, ok := snap.Node(k)
				if !ok || !n.Reachable() || k == r.self {
					continue
				}
				if _, err := r.SyncFrom(ctx, n.Target(), own, snap.Block.Number); err == nil {
					done = true
					break
				} else if ctx.Err() != nil {
					return
				}
			}
			if !done {
				failed = append(failed, id)
			}
		}
		left = failed
		if len(left) == 0 || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(min(250*time.Millisecond<<min(attempt, 5), 5*time.Second)):
		}
		if s, err := r.snapshot(); err == nil {
			snap = s // addresses learnt meanwhile
		}
	}
	if len(left) > 0 {
		r.lg.Warn("new swarm: some previous swarms did not answer; relying on their hand-off", zap.Uint64("swarm", own), zap.Int("swarms", len(left)))
	}
}

// countMessages is how many messages this node holds in the accounts keep
// selects in the given buckets (expired ones not yet reaped included).
func (r *Replicator) countMessages(buckets []int, keep func(*storage.Account) bool) int {
	n := 0
	var after *storage.Account
	for {
		as, more, err := r.o.Store.BucketAccountSums(buckets, after, 5000, keep)
		if err != nil {
			return n
		}
		for i := range as {
			n += int(as[i].Sum.Count)
		}
		if !more || len(as) == 0 {
			return n
		}
		after = &as[len(as)-1].Account
	}
}

// foreignBuckets lists, ascending, the digest buckets (storage.SumBucket)
// that may hold accounts outside swarm own: all of them when this node is in
// no swarm. A swarm serves one arc of the ring, the values nearer its id
// than any other's, at most half the ring when there are two or more. An
// arc that holds both ends of a bucket (1/4096 of the ring) therefore holds
// the whole bucket, so a bucket is own's when both its ends map to own.
func foreignBuckets(snap *peer.Snapshot, own uint64, in bool) []int {
	out := make([]int, 0, storage.SumBuckets)
	for b := range storage.SumBuckets {
		lo, hi := storage.SumBucketSpan(b)
		if in && uint64(snap.Swarms.SwarmForSpace(lo)) == own && uint64(snap.Swarms.SwarmForSpace(hi)) == own {
			continue
		}
		out = append(out, b)
	}
	return out
}

// handOffWaiting reports whether a hand-off to swarm sid may still wait for
// unreachable members; the clock starts at the first call for sid. It runs
// only on the replicator's loop goroutine.
func (r *Replicator) handOffWaiting(sid uint64) bool {
	if r.handOffSince == nil {
		r.handOffSince = map[uint64]time.Time{}
	}
	first, ok := r.handOffSince[sid]
	if !ok {
		first = r.o.Now()
		r.handOffSince[sid] = first
	}
	return r.o.Now().Sub(first) < HandOffWait
}
