package storage

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"
)

// A store of a new message must first learn that its hash is neither held
// nor tombstoned, and with a large database that look reads a random B+tree
// leaf, often one the journal's applier has just moved (bbolt copies every
// page it changes), so it page-faults. The seen filter answers most of those
// looks from memory: a Bloom filter over every hash held or tombstoned. It
// has no false negatives, so "not in the filter" means "not held"; a false
// positive (about 1 %) or a filter not built yet only means the B+tree look
// is made as before. Hashes are added before the transaction that stores
// them commits (insertAt, tombstone) and never removed; the filter is built
// again, from a scan of the database, once more hashes were added than it
// was sized for.

const (
	// filterBitsPerEntry and filterK give a false-positive rate of about
	// 0.8 % at the filter's capacity.
	filterBitsPerEntry = 10
	filterK            = 7
	// defaultFilterCapacity is the fewest hashes a seen filter is sized for
	// (2.5 MB); otherwise twice the held messages when it is built.
	defaultFilterCapacity = 2 << 20
	// filterScanChunk is how many keys one read transaction of a build
	// scans, so that no long read transaction holds up a remap of the file.
	filterScanChunk = 20_000
)

// hashFilter is a Bloom filter of message hashes, safe for concurrent adds
// and looks.
type hashFilter struct {
	words    []uint64
	m        uint64 // bits
	capacity int64
	added    atomic.Int64
}

func newHashFilter(capacity int64) *hashFilter {
	m := uint64(capacity) * filterBitsPerEntry
	m = (m + 63) &^ 63
	return &hashFilter{words: make([]uint64, m/64), m: m, capacity: capacity}
}

// positions calls fn with each of h's filterK bit positions. A message hash
// is a BLAKE2b digest, so its bytes serve as the two base hashes of double
// hashing directly.
func (f *hashFilter) positions(h *[32]byte, fn func(word int, mask uint64) bool) {
	h1 := binary.LittleEndian.Uint64(h[0:8])
	h2 := binary.LittleEndian.Uint64(h[8:16]) | 1
	for i := range uint64(filterK) {
		pos, _ := bits.Mul64(h1+i*h2, f.m) // in [0, m)
		if !fn(int(pos>>6), 1<<(pos&63)) {
			return
		}
	}
}

func (f *hashFilter) add(h *[32]byte) {
	f.positions(h, func(w int, mask uint64) bool {
		if atomic.LoadUint64(&f.words[w])&mask == 0 {
			atomic.OrUint64(&f.words[w], mask)
		}
		return true
	})
	f.added.Add(1)
}

func (f *hashFilter) mayHave(h *[32]byte) bool {
	in := true
	f.positions(h, func(w int, mask uint64) bool {
		in = atomic.LoadUint64(&f.words[w])&mask != 0
		return in
	})
	return in
}

// full reports whether more hashes were added than the filter was sized for.
func (f *hashFilter) full() bool { return f.added.Load() > f.capacity }

// seenFilter is the store's filter and the one being built to replace it.
type seenFilter struct {
	cur      atomic.Pointer[hashFilter] // nil until the first build completes
	next     atomic.Pointer[hashFilter] // being built, or nil
	building atomic.Bool
}

// add records h, before the transaction that stores it commits.
func (sf *seenFilter) add(h *[32]byte) {
	if f := sf.cur.Load(); f != nil {
		f.add(h)
	}
	if f := sf.next.Load(); f != nil {
		f.add(h)
	}
}

// mayHave reports false only if h is certainly neither held nor tombstoned.
func (sf *seenFilter) mayHave(h *[32]byte) bool {
	f := sf.cur.Load()
	return f == nil || f.mayHave(h)
}

// maybeRebuildFilter starts a build of the filter when there is none yet or the
// current one is full, unless one is under way. While the anti-entropy sums
// are not built (at start, or after a failed build), the same scan builds
// them.
func (s *Store) maybeRebuildFilter() {
	sf := &s.seen
	if f := sf.cur.Load(); f != nil && !f.full() {
		return
	}
	if !sf.building.CompareAndSwap(false, true) {
		return
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer sf.building.Store(false)
		if err := s.buildFilter(); err != nil && !errors.Is(err, ErrClosed) {
			s.lg.Warn("build the seen-hash filter and the anti-entropy sums; stores look in the database and peers compare every account meanwhile", zap.Error(err))
		}
	}()
}

// buildFilter fills a new filter from the database and makes it current.
// Hashes committed after the scan began reach the new filter through add:
// it is published as next first, and an empty write transaction then waits
// out any writer that may have added a hash without seeing it.
func (s *Store) buildFilter() error {
	start := time.Now()
	sf := &s.seen
	capacity := max(2*s.count.Load(), s.opts.filterCapacity)
	nf := newHashFilter(capacity)
	sf.next.Store(nf)
	defer sf.next.Store(nil)
	barrier, err := s.db.Begin(true) // waits for the write transaction under way, if any
	if err != nil {
		return err
	}
	_ = barrier.Rollback()
	var n int64
	add := func(h *[32]byte) { nf.add(h); n++ }
	if !s.sums.sumsReady() {
		err = s.buildSums(add) // one scan of the messages for both
	} else {
		err = s.scanKeys(bucketMsgs, nil, eachHeld(func(_ *Account, h *[32]byte) { add(h) }))
	}
	if err != nil {
		return err
	}
	if err := s.scanKeys(bucketTombstones, nil, func(k []byte) {
		if len(k) == tombHashLen && k[0] == tombByHash {
			add((*[32]byte)(k[1+accountLen:]))
		}
	}); err != nil {
		return err
	}
	sf.cur.Store(nf)
	s.m.filterBuilds.Inc()
	s.lg.Info("built the seen-hash filter", zap.Int64("hashes", n), zap.Int64("capacity", capacity),
		zap.Int("bytes", len(nf.words)*8), zap.Duration("took", time.Since(start)))
	return nil
}

// eachHeld turns fn into a storage_msgs key visitor that calls it with the
// account and hash of every hash index key (one per held message).
func eachHeld(fn func(a *Account, h *[32]byte)) func(k []byte) {
	return func(k []byte) {
		if len(k) == hashKeyLen && k[accountLen] == tagHash {
			fn((*Account)(k[:accountLen]), (*[32]byte)(k[accountLen+1:]))
		}
	}
}

// scanKeys calls fn with every key of bucket, in read transactions of
// Options.scanChunk keys each (fn must not keep k); each one resumes at the key
// the last one stopped before. chunk, if set, is called as each transaction
// begins, with the key it seeks (nil for the first) and the transaction's
// id: that transaction reads every key from there up to the next chunk's.
// It stops with ErrClosed when the store closes.
func (s *Store) scanKeys(bucket []byte, chunk func(from []byte, txid int), fn func(k []byte)) error {
	var next []byte // nil: from the first key
	for more := true; more; {
		select {
		case <-s.stopc:
			return ErrClosed
		default:
		}
		err := s.db.View(func(tx *bolt.Tx) error {
			if chunk != nil {
				chunk(next, tx.ID())
			}
			c := tx.Bucket(bucket).Cursor()
			var k []byte
			if next == nil {
				k, _ = c.First()
			} else {
				k, _ = c.Seek(next)
			}
			for i := 0; k != nil && i < s.opts.scanChunk; i++ {
				fn(k)
				k, _ = c.Next()
			}
			next, more = append(next[:0], k...), k != nil
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
