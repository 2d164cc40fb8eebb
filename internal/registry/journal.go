package registry

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// jtx is a write transaction that journals every change under one block
// number, so rollback can restore the previous values.
type jtx struct {
	tx    *bolt.Tx
	block uint64
	seq   uint32
}

// newJtx journals under block, continuing its sequence if the block already
// has undo records (several writers may journal the same block).
func newJtx(tx *bolt.Tx, block uint64) *jtx {
	j := &jtx{tx: tx, block: block}
	c := tx.Bucket(bucketUndo).Cursor()
	k, _ := c.Seek(u64(block + 1))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if len(k) == 12 && binary.BigEndian.Uint64(k[:8]) == block {
		j.seq = binary.BigEndian.Uint32(k[8:]) + 1
	}
	return j
}

// undo record layout: len(bucket) u8 | bucket | len(key) u16 | key |
// existed u8 | old value (rest).
func encodeUndo(bucket, key, old []byte, existed bool) []byte {
	b := make([]byte, 0, 1+len(bucket)+2+len(key)+1+len(old))
	b = append(b, byte(len(bucket)))
	b = append(b, bucket...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(key)))
	b = append(b, key...)
	if existed {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	return append(b, old...)
}

func decodeUndo(rec []byte) (bucket, key, old []byte, existed bool, err error) {
	bad := errors.New("registry: corrupt undo record")
	if len(rec) < 1 {
		return nil, nil, nil, false, bad
	}
	n := int(rec[0])
	rec = rec[1:]
	if len(rec) < n+2 {
		return nil, nil, nil, false, bad
	}
	bucket, rec = rec[:n], rec[n:]
	k := int(binary.BigEndian.Uint16(rec))
	rec = rec[2:]
	if len(rec) < k+1 {
		return nil, nil, nil, false, bad
	}
	key, rec = rec[:k], rec[k:]
	existed = rec[0] == 1
	return bucket, key, rec[1:], existed, nil
}

func (j *jtx) journal(bucket, key []byte) error {
	old := j.tx.Bucket(bucket).Get(key)
	rec := encodeUndo(bucket, key, old, old != nil)
	k := make([]byte, 12)
	binary.BigEndian.PutUint64(k, j.block)
	binary.BigEndian.PutUint32(k[8:], j.seq)
	j.seq++
	return j.tx.Bucket(bucketUndo).Put(k, rec)
}

func (j *jtx) get(bucket, key []byte) []byte { return j.tx.Bucket(bucket).Get(key) }

func (j *jtx) put(bucket, key, val []byte) error {
	if err := j.journal(bucket, key); err != nil {
		return err
	}
	return j.tx.Bucket(bucket).Put(key, val)
}

func (j *jtx) del(bucket, key []byte) error {
	if j.tx.Bucket(bucket).Get(key) == nil {
		return nil
	}
	if err := j.journal(bucket, key); err != nil {
		return err
	}
	return j.tx.Bucket(bucket).Delete(key)
}

// rollbackTx undoes every journaled change of blocks above to, newest first,
// and forgets their block hashes.
func rollbackTx(tx *bolt.Tx, to uint64) (undone int, err error) {
	start := u64(to + 1)
	c := tx.Bucket(bucketUndo).Cursor()
	var keys [][]byte
	for k, _ := c.Seek(start); k != nil; k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for i := len(keys) - 1; i >= 0; i-- {
		rec := tx.Bucket(bucketUndo).Get(keys[i])
		bucket, key, old, existed, err := decodeUndo(rec)
		if err != nil {
			return undone, err
		}
		b := tx.Bucket(bucket)
		if b == nil {
			return undone, fmt.Errorf("registry: undo names unknown bucket %q", bucket)
		}
		if existed {
			err = b.Put(key, bytes.Clone(old))
		} else {
			err = b.Delete(key)
		}
		if err != nil {
			return undone, err
		}
		if err := tx.Bucket(bucketUndo).Delete(keys[i]); err != nil {
			return undone, err
		}
		undone++
	}
	if err := deleteFrom(tx.Bucket(bucketHashes), start); err != nil {
		return undone, err
	}
	return undone, nil
}

// prune drops undo records and block hashes of blocks below keepFrom.
func prune(tx *bolt.Tx, keepFrom uint64) error {
	for _, name := range [][]byte{bucketUndo, bucketHashes} {
		b := tx.Bucket(name)
		c := b.Cursor()
		limit := u64(keepFrom)
		var dead [][]byte
		for k, _ := c.First(); k != nil && bytes.Compare(k[:8], limit) < 0; k, _ = c.Next() {
			dead = append(dead, bytes.Clone(k))
		}
		for _, k := range dead {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}

func deleteFrom(b *bolt.Bucket, from []byte) error {
	c := b.Cursor()
	var dead [][]byte
	for k, _ := c.Seek(from); k != nil; k, _ = c.Next() {
		dead = append(dead, bytes.Clone(k))
	}
	for _, k := range dead {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}
