package storage

import (
	"bytes"
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"
)

// The journal fast path (see journal.go). A batch of the writer takes it
// when every write in it is a client store of a new message (no message with
// that hash held, no tombstone, not a public outbox, room under the size
// cap); any other batch first waits until the journal is applied, then runs
// in a bbolt transaction as before. Only the writer goroutine touches the
// fields below, except the overlay and the applier's channels.

const (
	// freezeAge and freezeMin: the writer hands the messages journaled so
	// far to the idle applier once they are this old or this many; while the
	// applier is busy they simply accumulate, so segments grow with load.
	// A segment rewrites each B+tree page its messages land on once, so
	// larger ones write less and fault less: at 5,000-9,000 stores/s over
	// 2,000 accounts, 1 s segments wrote 1.6-2.2 KB to disk per store with an
	// empty database and 4.5-5.5 KB with a million messages, where 250 ms
	// ones wrote 4.3 and 10.7 (and 20 ms ones 6.9 with an empty database).
	// The overlay holds at most about two segments (a few MB). Writes other
	// than new-message stores wait for the journal to be applied: under a
	// saturating store load up to about a second, otherwise milliseconds.
	freezeAge = 1000 * time.Millisecond
	freezeMin = 16384
	// defaultApplyChunk caps the messages of one applier transaction (see
	// applySegment).
	defaultApplyChunk = 1024
	// applyRetry is the pause before an applier retries a failed segment.
	applyRetry = 200 * time.Millisecond
)

// storeOp is a client store the writer may journal.
type storeOp struct {
	m      *Message
	hash   [32]byte
	result storeResult
	expiry int64
	// pre is the caller's look for the hash (precheck), valid while the
	// store's dupGen is still preGen.
	pre    precheckResult
	preGen uint64
}

// precheckResult is what precheck found.
type precheckResult uint8

const (
	preNone  precheckResult = iota // not looked
	preClear                       // not held, no tombstone
	preFound                       // held or deleted by its owner
)

// applyJob is a frozen segment for the applier.
type applyJob struct {
	gen     uint64
	batches [][]journalRecord
}

// fastState is the writer's journal state.
type fastState struct {
	j           *journal
	ov          *overlay
	nextSeq     uint64 // next message sequence number
	gen         uint64 // generation of the segment being appended to
	needBegin   bool   // the next append starts generation gen in the other file
	active      [][]journalRecord
	activeN     int
	activeSince time.Time
	busy        bool // a segment is with the applier
	applyc      chan *applyJob
	appliedc    chan struct{}
	// applyErr is the applier's last failure, nil once a segment went in.
	applyErr atomic.Pointer[error]
}

// openFastPath opens the journal next to the database, applies the segments
// an earlier run left, and prepares the fast path.
func (s *Store) openFastPath() error {
	var applied, seq uint64
	if err := s.db.View(func(tx *bolt.Tx) error {
		applied = getU64(tx.Bucket(bucketMeta).Get(keyJournalGen))
		return nil
	}); err != nil {
		return err
	}
	j, segs, err := openJournal(filepath.Dir(s.db.Path()), applied)
	if err != nil {
		return err
	}
	last := applied
	for _, seg := range segs {
		start := time.Now()
		if err := s.applySegment(seg.gen, [][]journalRecord{seg.records}); err != nil {
			j.close()
			return fmt.Errorf("storage: apply the journal left by the last run: %w", err)
		}
		s.lg.Info("applied the journal left by the last run", zap.Uint64("generation", seg.gen),
			zap.Int("messages", len(seg.records)), zap.Duration("took", time.Since(start)))
		last = seg.gen
	}
	if err := s.db.View(func(tx *bolt.Tx) error {
		seq = tx.Bucket(bucketMsgs).Sequence()
		return nil
	}); err != nil {
		j.close()
		return err
	}
	s.fast = &fastState{
		j: j, ov: newOverlay(), nextSeq: seq + 1, gen: last, needBegin: true,
		applyc: make(chan *applyJob, 1), appliedc: make(chan struct{}, 1),
	}
	return nil
}

// applySegment copies journaled messages into bbolt and records gen as
// applied. Messages already there (by hash) are skipped. The in-memory
// counters are the caller's business: the fast path counted the messages
// when it acknowledged them.
//
// The messages go in sorted by account, in transactions of up to
// Options.applyChunk of them: each B+tree page is still written about once
// per segment (an account's messages are consecutive, so one or two
// transactions write its pages), while a transaction's dirty pages, which
// bbolt keeps in memory until its commit, stay few. The bucket's sequence
// moves with the last transaction only; meanwhile retrieves drop the
// overlay's copies of an account's messages up to its last sequence in
// bbolt (tables.retrieve). A failed segment is applied again from the
// start; what went in is skipped.
func (s *Store) applySegment(gen uint64, batches [][]journalRecord) error {
	if s.opts.applyFail != nil {
		if err := s.opts.applyFail(); err != nil {
			return err
		}
	}
	var recs []*journalRecord
	var maxSeq uint64
	for _, b := range batches {
		for i := range b {
			recs = append(recs, &b[i])
			maxSeq = max(maxSeq, b[i].seq)
		}
	}
	slices.SortFunc(recs, func(x, y *journalRecord) int {
		if c := bytes.Compare(x.msg.Account[:], y.msg.Account[:]); c != 0 {
			return c
		}
		return cmp.Compare(x.seq, y.seq)
	})
	for len(recs) > 0 {
		n := min(len(recs), s.opts.applyChunk)
		chunk, last := recs[:n], n == len(recs)
		recs = recs[n:]
		err := s.db.Update(func(tx *bolt.Tx) error {
			w := &wtx{s: s, tx: tx, t: tablesOf(tx), now: s.nowMS()}
			for _, r := range chunk {
				// A message already there (a segment applied again after a
				// failure, or stored meanwhile by a slower path) is skipped;
				// the seen filter rules most of them out without a descent.
				if s.seen.mayHave(&r.hash) {
					if _, _, ok := w.t.lookup(&r.msg.Account, &r.hash); ok {
						continue
					}
				}
				if err := w.insertAt(r.seq, &r.msg.Account, r.msg.Namespace, &r.hash, r.msg.Timestamp, r.msg.Expiry, r.msg.Data); err != nil {
					return err
				}
			}
			if last {
				if maxSeq > w.t.msgs.Sequence() {
					if err := w.t.msgs.SetSequence(maxSeq); err != nil {
						return err
					}
				}
				if err := w.t.meta().Put(keyJournalGen, u64(gen)); err != nil {
					return err
				}
			}
			return w.finish()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// applyLoop is the applier goroutine: it copies each frozen segment into
// bbolt, then drops it from the overlay.
func (s *Store) applyLoop() {
	defer s.applyWG.Done()
	f := s.fast
	for job := range f.applyc {
		if s.opts.applyHold != nil {
			select {
			case <-s.opts.applyHold:
			case <-s.stopc:
			}
		}
		n := 0
		for _, b := range job.batches {
			n += len(b)
		}
		for {
			start := time.Now()
			err := s.applySegment(job.gen, job.batches)
			if err == nil {
				f.applyErr.Store(nil)
				s.m.applyTime.Observe(time.Since(start).Seconds())
				s.m.applySize.Observe(float64(n))
				for _, b := range job.batches {
					f.ov.remove(b)
				}
				s.dupGen.Add(1)
				s.m.journaled.Set(float64(f.ov.n.Load()))
				break
			}
			// The messages stay durable in the journal and served from
			// memory; the next start applies them if this never succeeds.
			f.applyErr.Store(&err)
			s.lg.Error("could not copy journaled messages into the database; retrying", zap.Int("messages", n), zap.Error(err))
			if s.state.Load() == stateClosed {
				break
			}
			time.Sleep(applyRetry)
		}
		f.appliedc <- struct{}{}
	}
}

// precheck looks for st's hash in the overlay and the database (and among
// the tombstones) in the caller's goroutine, so that the writer, which
// journals stores one batch at a time, need not: a database lookup reads a
// random B+tree leaf, and a page fault on it would stall every store. The
// overlay is looked at first: a message the applier moves from it into
// bbolt is committed there before it leaves the overlay, so one of the two
// looks sees it. The database is looked in only if the seen filter
// (hashfilter.go) may hold the hash: a hash is added to it before the
// transaction that stores it commits, so before dupGen moves and before the
// message leaves the overlay. The writer trusts the result while dupGen is
// unchanged, that is while no message or tombstone reached bbolt other
// than through the overlay and no overlay message left it; messages
// journaled meanwhile are in the overlay, which the writer checks itself.
func (s *Store) precheck(st *storeOp) {
	f := s.fast
	if f == nil || IsPublicOutbox(st.m.Namespace) {
		return
	}
	gen := s.dupGen.Load()
	found := f.ov.has(&st.hash)
	if !found && s.seen.mayHave(&st.hash) {
		err := s.db.View(func(tx *bolt.Tx) error {
			t := tablesOf(tx)
			found = t.heldOrTombstoned(&st.m.Account, &st.hash)
			return nil
		})
		if err != nil {
			return
		}
	}
	st.pre, st.preGen = preClear, gen
	if found {
		st.pre = preFound
	}
}

// heldOrTombstoned reports whether a's message h is stored or has a
// tombstone: either way a store of it takes the ordinary road, which
// answers or undoes them.
func (t *tables) heldOrTombstoned(a *Account, h *[32]byte) bool {
	if _, _, found := t.lookup(a, h); found {
		return true
	}
	tb := t.tombstones()
	return tb != nil && tb.Get(tombHashKey(a, h)) != nil
}

// fastEligible reports whether every write of batch is a store the journal
// may take, checking them against the overlay and, unless precheck's look
// is still valid, the database.
func (s *Store) fastEligible(batch []*writeOp) bool {
	f := s.fast
	if f == nil {
		return false
	}
	gen := s.dupGen.Load()
	for _, op := range batch {
		if op.store == nil || IsPublicOutbox(op.store.m.Namespace) || op.store.pre == preFound {
			return false
		}
	}
	f.ov.mu.RLock()
	defer f.ov.mu.RUnlock()
	ok := true
	seen := make(map[[32]byte]bool, len(batch))
	_ = s.db.View(func(tx *bolt.Tx) error {
		t := tablesOf(tx)
		room := s.opts.MaxDBSize - s.usedBytes(tx) - f.ov.bytes
		for _, op := range batch {
			st := op.store
			if seen[st.hash] || f.ov.hasLocked(&st.hash) {
				ok = false
				return nil
			}
			seen[st.hash] = true
			if (st.pre != preClear || st.preGen != gen) && s.seen.mayHave(&st.hash) && t.heldOrTombstoned(&st.m.Account, &st.hash) {
				ok = false
				return nil
			}
			room -= int64(len(st.m.Data)) + perMessageOverhead
			if room < 0 {
				ok = false
				return nil
			}
		}
		return nil
	})
	return ok
}

// journalCommit journals a batch of new-message stores, makes them visible
// and acknowledges them. It returns false, with nothing acknowledged, when
// the journal could not be written: the batch then takes the ordinary road,
// which reports its own errors (a full disk, most likely).
func (s *Store) journalCommit(batch []*writeOp) bool {
	f := s.fast
	start := time.Now()
	recs := make([]journalRecord, len(batch))
	var bytes int64
	for i, op := range batch {
		m := op.store.m
		recs[i] = journalRecord{seq: f.nextSeq, hash: op.store.hash, msg: Message{
			Account: m.Account, Namespace: m.Namespace, Timestamp: m.Timestamp, Expiry: m.Expiry,
			Data: append([]byte(nil), m.Data...),
		}}
		f.nextSeq++
		bytes += int64(len(m.Data))
	}
	if err := s.journalAppend(recs); err != nil {
		s.lg.Error("journal append failed; committing to the database directly", zap.Error(err))
		return false
	}
	f.ov.add(recs)
	if f.activeN == 0 {
		f.activeSince = time.Now()
	}
	f.active = append(f.active, recs)
	f.activeN += len(recs)
	s.m.commitTime.Observe(time.Since(start).Seconds())
	s.m.commits.Inc()
	s.m.commitSize.Observe(float64(len(batch)))
	s.m.messages.Set(float64(s.count.Add(int64(len(recs)))))
	s.m.bytes.Set(float64(s.bytes.Add(bytes)))
	s.m.journaled.Set(float64(f.ov.n.Load()))
	for _, op := range batch {
		op.store.result, op.store.expiry = storeNew, op.store.m.Expiry
		if s.opts.OnNewMessage != nil {
			s.opts.OnNewMessage(*op.store.m)
		}
		op.done <- nil
	}
	return true
}

// journalAppend writes recs to the current segment, starting a new one in
// the other file first if the last was handed to the applier.
func (s *Store) journalAppend(recs []journalRecord) error {
	f := s.fast
	if f.needBegin {
		if err := f.j.begin(1-f.j.cur, f.gen+1); err != nil {
			return err
		}
		f.gen++
		f.needBegin = false
	}
	return f.j.append(recs)
}

// maybeFreeze hands the journaled messages to the applier if it is idle and
// they are old or many enough (or force).
func (s *Store) maybeFreeze(force bool) {
	f := s.fast
	if f == nil || f.activeN == 0 || f.busy {
		return
	}
	if !force && f.activeN < freezeMin && time.Since(f.activeSince) < freezeAge {
		return
	}
	f.applyc <- &applyJob{gen: f.gen, batches: f.active}
	f.active, f.activeN, f.busy, f.needBegin = nil, 0, true, true
}

// drainJournal returns once every journaled message is in bbolt, or with
// the applier's error once it has failed and not yet recovered (the writes
// waiting on it then fail rather than hang; the applier keeps retrying).
func (s *Store) drainJournal() error {
	f := s.fast
	if f == nil {
		return nil
	}
	var tick *time.Ticker
	defer func() {
		if tick != nil {
			tick.Stop()
		}
	}()
	for f.busy || f.activeN > 0 {
		if f.busy {
			if tick == nil {
				tick = time.NewTicker(drainCheck)
			}
			select {
			case <-f.appliedc:
				f.busy = false
			case <-tick.C:
				if e := f.applyErr.Load(); e != nil {
					return fmt.Errorf("storage: acknowledged messages are not yet in the database: %w", *e)
				}
				continue
			}
		}
		s.maybeFreeze(true)
	}
	return nil
}

// drainCheck is how often a write waiting for the applier checks whether it
// failed.
const drainCheck = 250 * time.Millisecond

// answer answers every write of batch with err.
func answer(batch []*writeOp, err error) {
	for _, op := range batch {
		op.done <- err
	}
}

// appliedC is the applier's completion channel, or nil without a journal.
func (s *Store) appliedC() <-chan struct{} {
	if s.fast == nil {
		return nil
	}
	return s.fast.appliedc
}

// Settle makes every message acknowledged so far visible to the scans of
// replica_scan.go, which otherwise read the database as applied. A peer's
// anti-entropy pull calls it once before its reads.
func (s *Store) Settle() { s.settle() }

// VerifySignature reports whether sig is pub's Ed25519 signature of msg by
// the rules and the code path signed client requests are checked with
// (libsodium's checks, the decoded-key cache). For benchmarks and tools.
func (s *Store) VerifySignature(pub, msg, sig []byte) bool { return s.keys.verify(pub, msg, sig) }

// settle makes every message acknowledged so far visible to bbolt reads.
// Client reads other than retrieve (which merges the overlay) call it first.
func (s *Store) settle() {
	if s.fast == nil || s.fast.ov.n.Load() == 0 || s.state.Load() != stateRunning {
		return
	}
	_ = s.write(nil)
}
