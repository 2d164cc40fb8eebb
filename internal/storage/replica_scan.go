package storage

import (
	"bytes"
	"crypto/sha256"
	"slices"
)

// This file is the read/delete surface the replica package (anti-entropy,
// hand-off) needs; it only adds methods and touches no existing code path.
// Its reads see the database as applied (viewApplied): messages still in the
// journal show up in a later round. HasMessage, the reachability test's
// question, also looks in the journal.

// AccountDigest summarises one account's live messages for anti-entropy.
type AccountDigest struct {
	Account Account
	// Digest is SHA-256 over the sorted raw 32-byte hashes of the account's
	// live messages (all namespaces); zero when Count is 0.
	Digest [32]byte
	Count  int
}

// AccountDigests returns the digests of up to limit accounts with live
// messages, in account order, starting after the account after (nil: from
// the first). keep, if not nil, filters accounts (e.g. "maps to swarm X")
// before they count towards limit. more reports whether accounts remain.
func (s *Store) AccountDigests(after *Account, limit int, keep func(*Account) bool) (out []AccountDigest, more bool, err error) {
	now := s.nowMS()
	err = s.viewApplied(func(t *tables) {
		c := t.msgs.Cursor()
		var k []byte
		if after == nil {
			k, _ = c.First()
		} else {
			k, _ = c.Seek(nextAccountKey(after))
		}
		for k != nil {
			if len(k) < accountLen {
				k, _ = c.Next()
				continue
			}
			var a Account
			copy(a[:], k[:accountLen])
			if keep == nil || keep(&a) {
				if len(out) >= limit {
					more = true
					return
				}
				if d := t.digest(&a, now); d.Count > 0 {
					out = append(out, d)
				}
			}
			k, _ = c.Seek(nextAccountKey(&a))
		}
	})
	return out, more, err
}

// nextAccountKey is the first storage_msgs key after every key of a.
func nextAccountKey(a *Account) []byte {
	k := make([]byte, accountLen+1)
	copy(k, a[:])
	k[accountLen] = 0xff
	return k
}

func (t *tables) liveHashes(a *Account, now int64) [][32]byte {
	prefix := make([]byte, accountLen+1)
	copy(prefix, a[:])
	prefix[accountLen] = tagMsg
	var hs [][32]byte
	c := t.msgs.Cursor()
	for k, raw := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, raw = c.Next() {
		v, ok := decodeMsgVal(raw)
		if !ok || v.expiry <= now {
			continue
		}
		hs = append(hs, v.hash)
	}
	slices.SortFunc(hs, func(x, y [32]byte) int { return bytes.Compare(x[:], y[:]) })
	return hs
}

func (t *tables) digest(a *Account, now int64) AccountDigest {
	hs := t.liveHashes(a, now)
	d := AccountDigest{Account: *a, Count: len(hs)}
	if len(hs) == 0 {
		return d
	}
	h := sha256.New()
	for i := range hs {
		h.Write(hs[i][:])
	}
	copy(d.Digest[:], h.Sum(nil))
	return d
}

// Digest returns the digest of one account (Count 0 when it holds nothing).
func (s *Store) Digest(a Account) AccountDigest {
	var d AccountDigest
	_ = s.viewApplied(func(t *tables) { d = t.digest(&a, s.nowMS()) })
	return d
}

// LiveHashes returns the hashes (43-char base64) of an account's live
// messages, sorted.
func (s *Store) LiveHashes(a Account) []string {
	var out []string
	_ = s.viewApplied(func(t *tables) {
		for _, h := range t.liveHashes(&a, s.nowMS()) {
			out = append(out, hashString(&h))
		}
	})
	return out
}

// HasMessage reports whether the account holds a live message with this hash.
func (s *Store) HasMessage(a Account, hash string) bool {
	raw, ok := hashKey(hash)
	if !ok {
		return false
	}
	now := s.nowMS()
	// Journaled and not yet applied (looked up before the database: a
	// message leaves the overlay only after it is there).
	if f := s.fast; f != nil && f.ov.holds(&a, &raw, now) {
		return true
	}
	found := false
	_ = s.viewApplied(func(t *tables) {
		_, v, ok := t.lookup(&a, &raw)
		found = ok && v.expiry > now
	})
	return found
}

// MessagesByHash returns the live messages of an account among hashes (all
// of them when hashes is nil), in key order, stopping before the total data
// size passes maxBytes (at least one message is returned if any matches).
// more reports that the size cap cut the list.
func (s *Store) MessagesByHash(a Account, hashes []string, maxBytes int) (out []Message, more bool) {
	var want map[[32]byte]bool
	if hashes != nil {
		want = make(map[[32]byte]bool, len(hashes))
		for _, h := range hashes {
			if raw, ok := hashKey(h); ok {
				want[raw] = true
			}
		}
	}
	now := s.nowMS()
	_ = s.viewApplied(func(t *tables) {
		prefix := make([]byte, accountLen+1)
		copy(prefix, a[:])
		prefix[accountLen] = tagMsg
		size := 0
		c := t.msgs.Cursor()
		for k, raw := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, raw = c.Next() {
			v, ok := decodeMsgVal(raw)
			if !ok || v.expiry <= now || len(k) != msgKeyLen {
				continue
			}
			if want != nil && !want[v.hash] {
				continue
			}
			if len(out) > 0 && size+len(v.data) > maxBytes {
				more = true
				return
			}
			size += len(v.data)
			out = append(out, Message{
				Account: a, Namespace: msgKeyNS(k), Hash: hashString(&v.hash),
				Timestamp: v.timestamp, Expiry: v.expiry, Data: bytes.Clone(v.data),
			})
		}
	})
	return out, more
}

// DeleteHashes removes an account's messages with these hashes (hand-off,
// after the new owners acknowledged them). Nothing is announced or
// forwarded. It returns how many it removed.
func (s *Store) DeleteHashes(a Account, hashes []string) (int, error) {
	n := 0
	err := s.write(func(w *wtx) error {
		n = 0
		for _, h := range hashes {
			raw, ok := hashKey(h)
			if !ok {
				continue
			}
			mk, v, ok := w.t.lookup(&a, &raw)
			if !ok {
				continue
			}
			m := storedOf(mk, &v)
			if err := w.remove(&m); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}
