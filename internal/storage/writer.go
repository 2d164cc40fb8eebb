package storage

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"
)

// Group commit: every write is a closure run by the single writer goroutine.
// The writer takes one waiting write, then every other write already waiting
// (up to MaxBatch), runs them in order in one bbolt transaction, commits
// (bbolt fsyncs), and only then answers each caller. A caller alone pays one
// commit, with no delay; concurrent callers share one, and while many are
// active the writer waits up to half a commit (at most 1 ms) for the callers
// it just answered to come back, so that batches do not split into two
// halves taking turns. If the shared transaction fails, each write is retried
// in a transaction of its own so that one bad write cannot fail the others.

// writeFn runs one write inside the shared transaction. It must reset its
// outputs when it starts (it may be run twice) and return an error only for
// failures that must abort the transaction.
type writeFn func(w *wtx) error

type writeOp struct {
	fn   writeFn // nil: nothing to write (settle)
	done chan error
	// store, if set, is the client store fn performs, which the journal
	// may take instead (fastpath.go).
	store *storeOp
}

// wtx is the state of one write transaction.
type wtx struct {
	s          *Store
	tx         *bolt.Tx
	t          tables
	now        int64 // ms, when the transaction started
	countDelta int64
	bytesDelta int64
	used       int64 // used database bytes when the transaction started
	added      int64 // estimated bytes added by this transaction
	newMsgs    []Message
	sums       []sumDelta // messages added and removed, for the bucket sums
}

// gatherGap ends the wait for returning writers when none arrived for this
// long.
const gatherGap = 100 * time.Microsecond

// perMessageOverhead estimates the database bytes a message needs beyond its
// data: its keys in three buckets, header and B+tree element headers.
const perMessageOverhead = 256

// write runs fn in the writer and waits until it is committed.
func (s *Store) write(fn writeFn) error { return s.writeOp(fn, nil) }

// writeOp runs fn, or journals st, and waits until it is committed.
func (s *Store) writeOp(fn writeFn, st *storeOp) error {
	switch s.state.Load() {
	case stateNew:
		return ErrNotStarted
	case stateClosed:
		return ErrClosed
	}
	op := &writeOp{fn: fn, store: st, done: make(chan error, 1)}
	select {
	case s.ops <- op:
	case <-s.stopc:
		return ErrClosed
	}
	return <-op.done
}

func (s *Store) writeLoop() {
	defer s.wg.Done()
	batch := make([]*writeOp, 0, s.opts.MaxBatch)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var prev int                 // size of the last batch
	var lastCommit time.Duration // duration of the last commit
	var freezeC <-chan time.Time // armed while journaled messages wait for an idle applier
	for {
		if f := s.fast; f != nil && freezeC == nil && f.activeN > 0 && !f.busy {
			freezeC = time.After(freezeAge)
		}
		select {
		case op := <-s.ops:
			batch = append(batch[:0], op)
		case <-s.appliedC():
			s.fast.busy = false
			s.maybeFreeze(false)
			continue
		case <-freezeC:
			freezeC = nil
			s.maybeFreeze(true)
			continue
		case <-s.stopc:
			_ = s.drainJournal() // the applier gives up at Close; the journal keeps the rest
			return
		}
		batch = s.gather(batch, s.opts.MaxBatch)
		// Under concurrency (the last batch gathered several writers), the
		// writers acknowledged by the last commit are on their way back:
		// while they keep arriving (gaps under gatherGap), give them up to
		// half a commit (at most 1 ms) to join this batch, instead of
		// committing the ones already here alone. A single writer never
		// waits.
		if prev >= 2 && len(batch) < s.opts.MaxBatch {
			deadline := time.Now().Add(min(lastCommit/2, time.Millisecond))
		wait:
			for len(batch) < s.opts.MaxBatch {
				left := time.Until(deadline)
				if left <= 0 {
					break
				}
				timer.Reset(min(left, gatherGap))
				select {
				case op := <-s.ops:
					batch = append(batch, op)
					batch = s.gather(batch, s.opts.MaxBatch)
				case <-timer.C:
					break wait
				case <-s.stopc:
					break wait
				}
				timer.Stop()
			}
			timer.Stop()
		}
		start := time.Now()
		if s.fastEligible(batch) && s.journalCommit(batch) {
			s.maybeFreeze(false)
		} else if err := s.drainJournal(); err != nil {
			answer(batch, err)
		} else {
			s.commit(batch)
		}
		lastCommit = time.Since(start)
		prev = len(batch)
		clear(batch)
	}
}

// gather adds every write already waiting, up to max.
func (s *Store) gather(batch []*writeOp, max int) []*writeOp {
	for len(batch) < max {
		select {
		case op := <-s.ops:
			batch = append(batch, op)
		default:
			return batch
		}
	}
	return batch
}

func (s *Store) commit(batch []*writeOp) {
	if !hasWrites(batch) {
		answer(batch, nil)
		return
	}
	start := time.Now()
	w, err := s.runTx(batch)
	s.m.commitTime.Observe(time.Since(start).Seconds())
	if err == nil {
		s.m.commits.Inc()
		s.m.commitSize.Observe(float64(len(batch)))
		s.applyCommitted(w)
		for _, op := range batch {
			op.done <- nil
		}
		return
	}
	if len(batch) == 1 {
		batch[0].done <- err
		return
	}
	s.lg.Warn("group commit failed; retrying its writes one by one", zap.Int("writes", len(batch)), zap.Error(err))
	for _, op := range batch {
		w, err := s.runTx([]*writeOp{op})
		if err == nil {
			s.m.commits.Inc()
			s.m.commitSize.Observe(1)
			s.applyCommitted(w)
		}
		op.done <- err
	}
}

// runTx runs the writes in one transaction and commits it.
func (s *Store) runTx(batch []*writeOp) (*wtx, error) {
	var w *wtx
	err := s.db.Update(func(tx *bolt.Tx) error {
		w = &wtx{s: s, tx: tx, t: tablesOf(tx), now: s.nowMS(), used: s.usedBytes(tx)}
		f := s.fast
		if f != nil && w.t.msgs.Sequence() < f.nextSeq-1 {
			// Numbers the journal handed out stay used.
			if err := w.t.msgs.SetSequence(f.nextSeq - 1); err != nil {
				return err
			}
		}
		for _, op := range batch {
			if op.fn == nil {
				continue
			}
			if err := runWrite(op.fn, w); err != nil {
				return err
			}
		}
		if f != nil {
			f.nextSeq = max(f.nextSeq, w.t.msgs.Sequence()+1)
		}
		return w.finish()
	})
	return w, err
}

func hasWrites(batch []*writeOp) bool {
	for _, op := range batch {
		if op.fn != nil {
			return true
		}
	}
	return false
}

// runWrite runs fn, turning a panic into an error so that a bug in one write
// cannot take the writer down.
func runWrite(fn writeFn, w *wtx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("storage: write panicked: %v", r)
		}
	}()
	return fn(w)
}

// finish stores the message counters changed by this transaction.
func (w *wtx) finish() error {
	if w.countDelta == 0 && w.bytesDelta == 0 {
		return nil
	}
	c := int64(getU64(w.t.meta().Get(keyMessages))) + w.countDelta
	b := int64(getU64(w.t.meta().Get(keyBytes))) + w.bytesDelta
	if c < 0 || b < 0 {
		return errors.New("storage: message counters went negative")
	}
	if err := w.t.meta().Put(keyMessages, u64(uint64(c))); err != nil {
		return err
	}
	return w.t.meta().Put(keyBytes, u64(uint64(b)))
}

// applyCommitted follows up a committed write transaction: the generation
// precheck compares, the counters, the new-message hook.
func (s *Store) applyCommitted(w *wtx) {
	if w == nil {
		return
	}
	s.dupGen.Add(1) // see precheck
	if w.countDelta != 0 || w.bytesDelta != 0 {
		s.m.messages.Set(float64(s.count.Add(w.countDelta)))
		s.m.bytes.Set(float64(s.bytes.Add(w.bytesDelta)))
	}
	if s.opts.OnNewMessage != nil {
		for _, m := range w.newMsgs {
			s.opts.OnNewMessage(m)
		}
	}
}

// usedBytes is the database's size minus its free pages: what SQLite's
// max_page_count would count.
func (s *Store) usedBytes(tx *bolt.Tx) int64 {
	st := s.db.Stats()
	return tx.Size() - int64(st.FreePageN)*int64(s.db.Info().PageSize)
}

// full reports whether adding n more data bytes would pass the size cap.
func (w *wtx) full(n int) bool {
	return w.used+w.added+int64(n)+perMessageOverhead > w.s.opts.MaxDBSize
}
