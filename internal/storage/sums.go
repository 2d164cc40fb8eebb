package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"sort"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/swarm"
)

// Sums let two members of a swarm find the messages one lacks without
// walking every account (anti-entropy, internal/replica). The accounts are
// split into SumBuckets buckets by the top bits of their place on the swarm
// ring, so a swarm's accounts fill a run of buckets. For each bucket the
// store keeps in memory the number of messages it holds there and the XOR
// of their hashes, updated by every commit that adds or removes one; peers
// compare the 4,096 sums and look at the accounts (storage_accounts) of the
// buckets that differ only. A sum covers the messages stored, expired or
// not, so two members differ briefly where one has reaped and the other not
// yet.
//
// The XOR is a set digest, not a commitment: someone who controls the
// messages of an account can make two sets XOR alike and keep one member
// from seeing a difference in that account, which affects only that
// account's own copies.

// SumBuckets is the number of digest buckets.
const (
	sumBucketBits = 12
	SumBuckets    = 1 << sumBucketBits
)

// SumBucketSpan is the swarm-space range [lo, hi] of digest bucket b.
func SumBucketSpan(b int) (lo, hi uint64) {
	lo = uint64(b) << (64 - sumBucketBits)
	return lo, lo | (1<<(64-sumBucketBits) - 1)
}

// SumBucket is the digest bucket of an account.
func SumBucket(a *Account) int { return int(swarm.Space(a[:]) >> (64 - sumBucketBits)) }

// Sum is a digest of a set of messages: how many, and the XOR of their
// hashes.
type Sum struct {
	Count int64
	X     [32]byte
}

func (s *Sum) toggle(h *[32]byte, d int64) {
	s.Count += d
	for i := range s.X {
		s.X[i] ^= h[i]
	}
}

// AccountSum is an account's Sum.
type AccountSum struct {
	Account Account
	Sum
}

// sumDelta is a message added (d = 1) or removed (d = -1) by a transaction.
type sumDelta struct {
	a Account
	h [32]byte
	d int8
}

// sumTable is the store's bucket sums.
type sumTable struct {
	buildMu sync.Mutex // one build at a time
	mu      sync.Mutex
	ready   bool
	sums    [SumBuckets]Sum
	// The last build read keys from starts[i] (nil: the first) up to
	// starts[i+1] as of transaction txids[i]; maxTx is the newest of those.
	// A transaction's deltas are in the sums already if the part of the
	// scan that read their key was at least as new.
	starts [][]byte
	txids  []int
	maxTx  int
	// building collects the deltas committed while a build scans, with
	// their transaction ids; nil otherwise.
	building *[]committedDeltas
	warned   bool // negative sums were logged
}

type committedDeltas struct {
	txid int
	ds   []sumDelta
}

// seen reports whether the last build's scan saw the change transaction
// txid made to d's hash index key.
func (st *sumTable) seen(d *sumDelta, txid int) bool {
	if txid > st.maxTx {
		return false // newer than every part of the scan
	}
	k := hashIdxKey(d.a[:], &d.h)
	// The last part of the scan starting at or before k (the first starts
	// at nil, before every key).
	j := sort.Search(len(st.starts), func(j int) bool { return bytes.Compare(st.starts[j], k) > 0 }) - 1
	return st.txids[j] >= txid
}

// add applies deltas of transaction txid that the sums do not hold yet.
func (st *sumTable) add(txid int, ds []sumDelta) {
	for i := range ds {
		d := &ds[i]
		if !st.seen(d, txid) {
			st.sums[SumBucket(&d.a)].toggle(&d.h, int64(d.d))
		}
	}
}

// commit takes the deltas of transaction txid, just committed. Its commit
// handler may run late, after a build that began later has read its keys:
// add skips what the build saw.
func (st *sumTable) commit(txid int, ds []sumDelta) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.building != nil {
		*st.building = append(*st.building, committedDeltas{txid, ds})
	}
	if st.ready {
		st.add(txid, ds)
	}
}

// sumChange records that the transaction adds (d = 1) or removes (d = -1)
// message h of a; the bucket sums take it when the transaction commits.
func (w *wtx) sumChange(a *Account, h *[32]byte, d int8) {
	if len(w.sums) == 0 {
		id := w.tx.ID() // the transaction is closed when its handlers run
		w.tx.OnCommit(func() { w.s.sums.commit(id, w.sums) })
	}
	w.sums = append(w.sums, sumDelta{a: *a, h: *h, d: d})
}

// Sums returns a copy of the bucket sums, or false while they are being
// built (after a start).
func (s *Store) Sums() (*[SumBuckets]Sum, bool) {
	st := &s.sums
	st.mu.Lock()
	defer st.mu.Unlock()
	if !st.ready {
		return nil, false
	}
	out := st.sums
	for b := range out {
		if out[b].Count < 0 && !st.warned {
			st.warned = true
			s.lg.Error("anti-entropy sums went negative: a commit's changes were counted wrongly (rounds still compare accounts where sums differ)", zap.Int("bucket", b))
		}
	}
	return &out, true
}

// sumsReady reports whether the sums were built.
func (st *sumTable) sumsReady() bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.ready
}

// buildSums computes the bucket sums from the database. It scans in read
// transactions of Options.scanChunk keys (see scanKeys) while writes go on,
// and then adds each delta committed meanwhile that the part of the scan
// that read its key's place did not see (that part's transaction is older).
// also, if set, is called with every held hash the scan reads (the seen
// filter's first build shares the scan).
func (s *Store) buildSums(also func(h *[32]byte)) error {
	start := time.Now()
	st := &s.sums
	st.buildMu.Lock()
	defer st.buildMu.Unlock()
	var committed []committedDeltas
	st.mu.Lock()
	st.ready, st.building = false, &committed
	st.mu.Unlock()
	defer func() {
		st.mu.Lock()
		st.building = nil
		st.mu.Unlock()
	}()
	var fresh [SumBuckets]Sum
	var starts [][]byte
	var txids []int
	err := s.scanKeys(bucketMsgs, func(from []byte, txid int) {
		starts, txids = append(starts, bytes.Clone(from)), append(txids, txid)
	}, eachHeld(func(a *Account, h *[32]byte) {
		fresh[SumBucket(a)].toggle(h, 1)
		if also != nil {
			also(h)
		}
	}))
	if err != nil {
		return err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.sums, st.starts, st.txids, st.maxTx = fresh, starts, txids, slices.Max(txids)
	for _, c := range committed {
		st.add(c.txid, c.ds)
	}
	st.ready = true
	s.lg.Info("built the anti-entropy sums", zap.Int("transactions", len(txids)), zap.Duration("took", time.Since(start)))
	return nil
}

// accountsKey is the storage_accounts key of a.
func accountsKey(a *Account) []byte {
	k := make([]byte, 2+accountLen)
	binary.BigEndian.PutUint16(k, uint16(SumBucket(a)))
	copy(k[2:], a[:])
	return k
}

func (t *tables) accounts() *bolt.Bucket {
	if t.acctB == nil {
		t.acctB = t.tx.Bucket(bucketAccounts)
	}
	return t.acctB
}

// holdsOther reports whether a holds a message other than the one with
// key mk (about to be inserted, or just removed). An account's hash index
// keys follow all its messages, so if it holds any other, the first key
// after mk is a's: the look lands on the leaf the insert or remove touches
// anyway, where a look from a's first key could fault in another.
func (t *tables) holdsOther(a *Account, mk []byte) bool {
	k, _ := t.msgs.Cursor().Seek(mk)
	return k != nil && bytes.HasPrefix(k, a[:])
}

// sumOf is the Sum of a's stored messages (from its hash index keys).
func (t *tables) sumOf(a *Account) Sum {
	var s Sum
	p := make([]byte, accountLen+1)
	copy(p, a[:])
	p[accountLen] = tagHash
	c := t.msgs.Cursor()
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		if len(k) == hashKeyLen {
			s.toggle((*[32]byte)(k[accountLen+1:]), 1)
		}
	}
	return s
}

// AccountSum returns the Sum of one account's stored messages.
func (s *Store) AccountSum(a Account) Sum {
	var sum Sum
	_ = s.viewApplied(func(t *tables) { sum = t.sumOf(&a) })
	return sum
}

// BucketAccountSums returns the sums of up to limit accounts that keep
// selects in the given buckets (ascending), in bucket then account order,
// starting after account after (nil: from the first). more reports that
// the limit cut the list.
func (s *Store) BucketAccountSums(buckets []int, after *Account, limit int, keep func(*Account) bool) (out []AccountSum, more bool, err error) {
	if !sort.IntsAreSorted(buckets) {
		return nil, false, errors.New("storage: buckets not sorted")
	}
	err = s.viewApplied(func(t *tables) {
		c := t.accounts().Cursor()
		for _, b := range buckets {
			if b < 0 || b >= SumBuckets {
				continue
			}
			var p [2]byte
			binary.BigEndian.PutUint16(p[:], uint16(b))
			from := p[:]
			if after != nil && SumBucket(after) == b {
				from = append(accountsKey(after), 0)
			} else if after != nil && SumBucket(after) > b {
				continue
			}
			for k, _ := c.Seek(from); k != nil && bytes.HasPrefix(k, p[:]); k, _ = c.Next() {
				if len(k) != 2+accountLen {
					continue
				}
				a := (*Account)(k[2:])
				if keep != nil && !keep(a) {
					continue
				}
				if len(out) >= limit {
					more = true
					return
				}
				out = append(out, AccountSum{Account: *a, Sum: t.sumOf(a)})
			}
		}
	})
	return out, more, err
}

// indexAccounts fills storage_accounts from storage_msgs (the migration
// from schema version 1).
func indexAccounts(tx *bolt.Tx) error {
	msgs, idx := tx.Bucket(bucketMsgs), tx.Bucket(bucketAccounts)
	c := msgs.Cursor()
	for k, _ := c.First(); k != nil; {
		if len(k) < accountLen {
			k, _ = c.Next()
			continue
		}
		var a Account
		copy(a[:], k[:accountLen])
		if err := idx.Put(accountsKey(&a), nil); err != nil {
			return err
		}
		k, _ = c.Seek(nextAccountKey(&a))
	}
	return nil
}
