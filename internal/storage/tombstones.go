package storage

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// Tombstones: a message deleted by its owner (delete, delete_all,
// delete_before) leaves a tombstone until the message would have expired, so
// that anti-entropy and hand-offs (StoreBulk) cannot copy it back from a
// member that missed the delete. Client stores are not affected. Layout of
// bucketTombstones, both entries written and removed together:
//
//	0x00 || expiry ms(8) || account(33) || hash(32) -> empty   (reaper order)
//	0x01 || account(33) || hash(32)                 -> expiry ms(8)
const (
	tombByExpiry = 0x00
	tombByHash   = 0x01
	tombKeyLen   = 1 + 8 + accountLen + 32
	tombHashLen  = 1 + accountLen + 32
)

func (t *tables) tombstones() *bolt.Bucket {
	if t.tombB == nil {
		t.tombB = t.tx.Bucket(bucketTombstones)
	}
	return t.tombB
}

func tombHashKey(a *Account, h *[32]byte) []byte {
	k := make([]byte, tombHashLen)
	k[0] = tombByHash
	copy(k[1:], a[:])
	copy(k[1+accountLen:], h[:])
	return k
}

func tombExpiryKey(exp int64, a *Account, h *[32]byte) []byte {
	k := make([]byte, tombKeyLen)
	k[0] = tombByExpiry
	binary.BigEndian.PutUint64(k[1:], uint64(exp))
	copy(k[9:], a[:])
	copy(k[9+accountLen:], h[:])
	return k
}

// tombstone records that a's message h, live until exp, was deleted.
func (w *wtx) tombstone(a *Account, h *[32]byte, exp int64) error {
	if exp <= w.now {
		return nil
	}
	b := w.t.tombstones()
	hk := tombHashKey(a, h)
	if old := b.Get(hk); len(old) == 8 {
		if int64(binary.BigEndian.Uint64(old)) >= exp {
			return nil
		}
		if err := b.Delete(tombExpiryKey(int64(binary.BigEndian.Uint64(old)), a, h)); err != nil {
			return err
		}
	}
	if err := b.Put(tombExpiryKey(exp, a, h), nil); err != nil {
		return err
	}
	w.s.seen.add(h) // before the commit: see hashfilter.go
	return b.Put(hk, u64(uint64(exp)))
}

// tombstoned reports whether a's message h was deleted and would still be
// live.
func (t *tables) tombstoned(a *Account, h *[32]byte, now int64) bool {
	b := t.tombstones()
	if b == nil {
		return false
	}
	v := b.Get(tombHashKey(a, h))
	return len(v) == 8 && int64(binary.BigEndian.Uint64(v)) > now
}

// reapTombstones removes up to reapBatch tombstones whose message would have
// expired by now.
func (w *wtx) reapTombstones() (int, error) {
	b := w.t.tombstones()
	var dead [][]byte
	c := b.Cursor()
	for k, _ := c.Seek([]byte{tombByExpiry}); k != nil && k[0] == tombByExpiry && len(dead) < reapBatch; k, _ = c.Next() {
		if len(k) != tombKeyLen || int64(binary.BigEndian.Uint64(k[1:])) > w.now {
			break
		}
		dead = append(dead, bytes.Clone(k))
	}
	for _, k := range dead {
		hk := make([]byte, tombHashLen)
		hk[0] = tombByHash
		copy(hk[1:], k[9:])
		if err := b.Delete(k); err != nil {
			return 0, err
		}
		if err := b.Delete(hk); err != nil {
			return 0, err
		}
	}
	return len(dead), nil
}

// untombstone removes a's tombstone for h, if any: the owner stored the
// message again, and it must spread like any other.
func (w *wtx) untombstone(a *Account, h *[32]byte) error {
	b := w.t.tombstones()
	hk := tombHashKey(a, h)
	old := b.Get(hk)
	if len(old) != 8 {
		return nil
	}
	if err := b.Delete(tombExpiryKey(int64(binary.BigEndian.Uint64(old)), a, h)); err != nil {
		return err
	}
	return b.Delete(hk)
}
