package storage

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// tables are the storage buckets within one transaction. Reads open only
// msgs; the others are opened on first use.
type tables struct {
	tx                       *bolt.Tx
	msgs                     *bolt.Bucket
	expiryB, metaB, revokedB *bolt.Bucket
	tombB, acctB             *bolt.Bucket
}

func tablesOf(tx *bolt.Tx) tables {
	return tables{tx: tx, msgs: tx.Bucket(bucketMsgs)}
}

func (t *tables) expiry() *bolt.Bucket {
	if t.expiryB == nil {
		t.expiryB = t.tx.Bucket(bucketExpiry)
	}
	return t.expiryB
}

func (t *tables) meta() *bolt.Bucket {
	if t.metaB == nil {
		t.metaB = t.tx.Bucket(bucketMeta)
	}
	return t.metaB
}

func (t *tables) revoked() *bolt.Bucket {
	if t.revokedB == nil {
		t.revokedB = t.tx.Bucket(bucketRevoked)
	}
	return t.revokedB
}

// lookup finds an account's message by raw hash: its storage_msgs key and
// value.
func (t *tables) lookup(a *Account, h *[32]byte) ([]byte, msgVal, bool) {
	ref := t.msgs.Get(hashIdxKey(a[:], h))
	if len(ref) != nsKeyLen+seqLen {
		return nil, msgVal{}, false
	}
	mk := make([]byte, msgKeyLen)
	copy(mk, a[:])
	mk[accountLen] = tagMsg
	copy(mk[accountLen+1:], ref)
	v, ok := decodeMsgVal(t.msgs.Get(mk))
	return mk, v, ok
}

// stored is what removing a message needs to know about it.
type stored struct {
	key    []byte // storage_msgs key (owned copy)
	ns     int16
	hash   [32]byte
	ts     int64
	expiry int64
	size   int
}

func storedOf(mk []byte, v *msgVal) stored {
	return stored{
		key:    bytes.Clone(mk),
		ns:     msgKeyNS(mk),
		hash:   v.hash,
		ts:     v.timestamp,
		expiry: v.expiry,
		size:   len(v.data),
	}
}

// insert adds a new message.
func (w *wtx) insert(a *Account, ns int16, h *[32]byte, ts, exp int64, data []byte) error {
	seq, err := w.t.msgs.NextSequence()
	if err != nil {
		return err
	}
	return w.insertAt(seq, a, ns, h, ts, exp, data)
}

// insertAt adds a new message with a given sequence number (the journal's
// applier keeps the numbers it handed out).
func (w *wtx) insertAt(seq uint64, a *Account, ns int16, h *[32]byte, ts, exp int64, data []byte) error {
	mk := msgKey(a, ns, seq)
	if !w.t.holdsOther(a, mk) { // its first message: list the account by its bucket
		if err := w.t.accounts().Put(accountsKey(a), nil); err != nil {
			return err
		}
	}
	if err := w.t.msgs.Put(mk, encodeMsgVal(h, ts, exp, data)); err != nil {
		return err
	}
	if err := w.t.msgs.Put(hashIdxKey(a[:], h), bytes.Clone(mk[accountLen+1:])); err != nil {
		return err
	}
	if err := w.t.expiry().Put(expiryKey(exp, mk), nil); err != nil {
		return err
	}
	w.s.seen.add(h) // before the commit: see hashfilter.go
	w.sumChange(a, h, 1)
	w.countDelta++
	w.bytesDelta += int64(len(data))
	w.added += int64(len(data)) + perMessageOverhead
	return nil
}

// remove deletes a message and its index entries.
func (w *wtx) remove(m *stored) error {
	if err := w.t.msgs.Delete(m.key); err != nil {
		return err
	}
	hk := hashIdxKey(m.key, &m.hash)
	if cur := w.t.msgs.Get(hk); bytes.Equal(cur, m.key[accountLen+1:]) {
		if err := w.t.msgs.Delete(hk); err != nil {
			return err
		}
	}
	if err := w.t.expiry().Delete(expiryKey(m.expiry, m.key)); err != nil {
		return err
	}
	a := (*Account)(m.key[:accountLen])
	if !w.t.holdsOther(a, m.key) { // its last message
		if err := w.t.accounts().Delete(accountsKey(a)); err != nil {
			return err
		}
	}
	w.sumChange(a, &m.hash, -1)
	w.countDelta--
	w.bytesDelta -= int64(m.size)
	return nil
}

// setExpiry changes a message's expiry. v must be the current value of mk.
func (w *wtx) setExpiry(mk []byte, v *msgVal, exp int64) error {
	val := encodeMsgVal(&v.hash, v.timestamp, exp, v.data) // copies v.data before any write
	key := bytes.Clone(mk)
	if err := w.t.expiry().Delete(expiryKey(v.expiry, key)); err != nil {
		return err
	}
	if err := w.t.msgs.Put(key, val); err != nil {
		return err
	}
	return w.t.expiry().Put(expiryKey(exp, key), nil)
}

// collect returns the messages under prefix (an account, or an account and
// namespace) that match keep, in key order.
func (t *tables) collect(prefix []byte, keep func(mk []byte, v *msgVal) bool) []stored {
	var out []stored
	c := t.msgs.Cursor()
	for k, raw := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, raw = c.Next() {
		v, ok := decodeMsgVal(raw)
		if !ok || len(k) != msgKeyLen {
			continue
		}
		if keep(k, &v) {
			out = append(out, storedOf(k, &v))
		}
	}
	return out
}

// storeResult is the outcome of storing one message.
type storeResult int

const (
	storeNew      storeResult = iota // inserted
	storeExtended                    // existed; expiry raised to the new one
	storeExists                      // existed with an expiry at least as late
	storeFull                        // refused: database at its size cap
)

// storeMessage is upstream's Database::store, plus: an expired message with
// the same hash counts as absent (it is replaced).
func (w *wtx) storeMessage(m *Message, h *[32]byte) (storeResult, int64, error) {
	if IsPublicOutbox(m.Namespace) {
		// A public outbox holds one message: drop the owner's others there.
		olds := w.t.collect(accountNSPrefix(&m.Account, m.Namespace), func(_ []byte, v *msgVal) bool {
			return v.hash != *h
		})
		for i := range olds {
			if err := w.remove(&olds[i]); err != nil {
				return 0, 0, err
			}
		}
	}
	if mk, v, ok := w.t.lookup(&m.Account, h); ok {
		if v.expiry > w.now {
			if v.expiry < m.Expiry {
				if err := w.setExpiry(mk, &v, m.Expiry); err != nil {
					return 0, 0, err
				}
				return storeExtended, m.Expiry, nil
			}
			return storeExists, v.expiry, nil
		}
		old := storedOf(mk, &v)
		if err := w.remove(&old); err != nil {
			return 0, 0, err
		}
	}
	if w.full(len(m.Data)) {
		return storeFull, 0, nil
	}
	if err := w.untombstone(&m.Account, h); err != nil {
		return 0, 0, err
	}
	if err := w.insert(&m.Account, m.Namespace, h, m.Timestamp, m.Expiry, m.Data); err != nil {
		return 0, 0, err
	}
	return storeNew, m.Expiry, nil
}

// reapBatch is the most expired messages one reaper transaction deletes.
const reapBatch = 5000

// reap deletes up to reapBatch messages with expiry <= now. It returns how
// many messages it deleted and whether it stopped at the batch limit.
func (w *wtx) reap() (int, bool, error) {
	var victims []stored
	c := w.t.expiry().Cursor()
	for k, _ := c.First(); k != nil && len(victims) < reapBatch; k, _ = c.Next() {
		if len(k) != expiryKeyLen {
			continue
		}
		exp := int64(binary.BigEndian.Uint64(k))
		if exp > w.now {
			break
		}
		mk := k[8:]
		v, ok := decodeMsgVal(w.t.msgs.Get(mk))
		if !ok {
			// An index entry without its message: drop the entry alone.
			victims = append(victims, stored{key: bytes.Clone(mk), expiry: exp, size: -1})
			continue
		}
		victims = append(victims, storedOf(mk, &v))
	}
	n := 0
	for i := range victims {
		m := &victims[i]
		if m.size < 0 {
			if err := w.t.expiry().Delete(expiryKey(m.expiry, m.key)); err != nil {
				return n, false, err
			}
			continue
		}
		if err := w.remove(m); err != nil {
			return n, false, err
		}
		n++
	}
	return n, len(victims) == reapBatch, nil
}

// Reap deletes every expired message now and returns how many it deleted.
// The reaper calls it every Options.ReapPeriod.
func (s *Store) Reap() (int, error) {
	total := 0
	for {
		var n int
		var more bool
		err := s.write(func(w *wtx) error {
			var err error
			if n, more, err = w.reap(); err != nil {
				return err
			}
			tn, err := w.reapTombstones()
			more = more || tn == reapBatch
			return err
		})
		if err != nil {
			return total, err
		}
		total += n
		s.m.expired.Add(float64(n))
		if !more {
			return total, nil
		}
	}
}
