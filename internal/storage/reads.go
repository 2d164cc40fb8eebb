package storage

import (
	"bytes"
	"encoding/binary"
	"math"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// limits are a retrieve's count and size limits, normalised as upstream's
// process_client_req(retrieve) and Database::retrieve do.
type limits struct {
	rowLimit int64  // the SQL LIMIT: at most this many rows; negative for none
	hasCount bool   // max_count given
	maxCount uint64 // C++ size_t of max_count (negative values become huge)
	maxSize  int64
}

func retrieveLimits(maxCount, maxSize *int32) limits {
	if maxCount != nil && *maxCount == 0 {
		maxCount = nil
	}
	if maxSize != nil && *maxSize == 0 {
		maxSize = nil
	}
	size := int64(0)
	switch {
	case maxSize != nil && *maxSize < 0:
		size = retrieveMaxSize / -int64(*maxSize)
	case maxSize == nil && maxCount == nil:
		size = retrieveMaxSize / 5
	case maxSize == nil || int64(*maxSize) > retrieveMaxSize:
		size = retrieveMaxSize
	default:
		size = int64(*maxSize)
	}
	l := limits{rowLimit: -1, maxSize: size}
	if maxCount != nil {
		l.hasCount = true
		l.maxCount = uint64(int64(*maxCount))
		l.rowLimit = int64(*maxCount + 1) // int arithmetic wraps as in C++
	}
	return l
}

// retrieve appends the JSON of the live messages of one account and
// namespace after lastHash (from the start if lastHash is empty or not
// found), in insertion order, within the limits. It reports whether the
// limits cut the list short. ov is the overlay's snapshot of the same
// account and namespace, taken before this transaction began: its messages
// come after the database's, except those the transaction already holds.
func (t *tables) retrieve(b []byte, a *Account, ns int16, lastHash string, l limits, now int64, ov []*journalRecord) ([]byte, bool) {
	// The overlay's copies of messages already in bbolt go: journaled
	// messages get higher sequence numbers than any message stored before
	// them, and the applier copies an account's in sequence order, so the
	// copied ones are those up to the account's last sequence in bbolt (a
	// segment may be copied in several transactions: applySegment).
	prefix := accountNSPrefix(a, ns)
	if len(ov) > 0 {
		last := t.lastSeq(prefix)
		for len(ov) > 0 && ov[0].seq <= last {
			ov = ov[1:]
		}
	}
	start := prefix
	skip := []byte(nil)
	fromOverlay := false
	if lastHash != "" {
		if h, ok := hashKey(lastHash); ok {
			if mk, _, ok := t.lookup(a, &h); ok && bytes.HasPrefix(mk, prefix) {
				start, skip = mk, mk
			} else {
				for i, r := range ov {
					if r.hash == h {
						ov, fromOverlay = ov[i+1:], true
						break
					}
				}
			}
		}
	}
	e := retrieveOut{b: b, l: l, now: now}
	if !fromOverlay {
		c := t.msgs.Cursor()
		for k, raw := c.Seek(start); k != nil && bytes.HasPrefix(k, prefix); k, raw = c.Next() {
			if skip != nil && bytes.Equal(k, skip) {
				continue
			}
			v, ok := decodeMsgVal(raw)
			if ok && e.add(&v) {
				return e.b, e.more
			}
		}
	}
	for _, r := range ov {
		v := msgVal{hash: r.hash, timestamp: r.msg.Timestamp, expiry: r.msg.Expiry, data: r.msg.Data}
		if e.add(&v) {
			break
		}
	}
	return e.b, e.more
}

// lastSeq is the sequence number of the last message in bbolt under
// prefix (an account's and namespace's, accountNSPrefix), 0 if none.
func (t *tables) lastSeq(prefix []byte) uint64 {
	c := t.msgs.Cursor()
	// The key after the highest possible one is the next namespace's (or the
	// hash index's) first, or the end; the one before it is the last here.
	end := binary.BigEndian.AppendUint64(prefix[:len(prefix):len(prefix)], math.MaxUint64)
	k, _ := c.Seek(end)
	switch {
	case bytes.Equal(k, end):
	case k == nil:
		k, _ = c.Last()
	default:
		k, _ = c.Prev()
	}
	if len(k) != msgKeyLen || !bytes.HasPrefix(k, prefix) {
		return 0
	}
	return binary.BigEndian.Uint64(k[len(prefix):])
}

// retrieveOut builds a retrieve's message list within its limits.
type retrieveOut struct {
	b     []byte
	l     limits
	now   int64
	rows  int64
	count uint64
	agg   int64
	more  bool
}

// add appends v if it is live and fits; it reports whether the list is
// complete.
func (e *retrieveOut) add(v *msgVal) bool {
	if v.expiry <= e.now {
		return false
	}
	if e.l.rowLimit >= 0 && e.rows >= e.l.rowLimit {
		return true
	}
	e.rows++
	if e.l.hasCount && e.count >= e.l.maxCount {
		e.more = true
		return true
	}
	e.agg += retrieveMsgOverhead + 43 + int64(len(v.data))*4/3
	if e.count > 0 && e.agg > e.l.maxSize {
		e.more = true
		return true
	}
	b := e.b
	if e.count > 0 {
		b = append(b, ',')
	}
	b = append(b, `{"data":`...)
	b = appendB64(b, v.data)
	b = append(b, `,"expiration":`...)
	b = appendInt(b, v.expiry)
	b = append(b, `,"hash":"`...)
	b = appendHashB64(b, &v.hash)
	b = append(b, `","timestamp":`...)
	b = appendInt(b, v.timestamp)
	b = append(b, '}')
	e.b = b
	e.count++
	return false
}

func appendHashB64(b []byte, h *[32]byte) []byte {
	return rawB64.AppendEncode(b, h[:])
}

// expiries returns hash -> expiry of the live messages of an account among
// hashes (upstream get_expiries), in hash order.
func (t *tables) expiries(a *Account, hashes []string, now int64) ([]string, []int64) {
	seen := make(map[string]bool, len(hashes))
	var hs []string
	for _, h := range hashes {
		if seen[h] {
			continue
		}
		seen[h] = true
		raw, ok := hashKey(h)
		if !ok {
			continue
		}
		_, v, ok := t.lookup(a, &raw)
		if !ok || v.expiry <= now {
			continue
		}
		hs = append(hs, h)
	}
	sort.Strings(hs)
	exps := make([]int64, len(hs))
	for i, h := range hs {
		raw, _ := hashKey(h)
		_, v, _ := t.lookup(a, &raw)
		exps[i] = v.expiry
	}
	return hs, exps
}

// isRevoked reports whether the token is revoked for the account.
func (s *Store) isRevoked(a *Account, tok *token) bool {
	revoked := false
	_ = s.db.View(func(tx *bolt.Tx) error {
		revoked = tx.Bucket(bucketRevoked).Get(revokedKey(a, tok)) != nil
		return nil
	})
	return revoked
}

func revokedKey(a *Account, tok *token) []byte {
	k := make([]byte, accountLen+TokenLen)
	copy(k, a[:])
	copy(k[accountLen:], tok[:])
	return k
}

func getI64(b []byte) int64 {
	if len(b) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(b))
}

// view runs fn in a read transaction that sees every message acknowledged
// before the call (client reads).
func (s *Store) view(fn func(t *tables)) error {
	s.settle()
	return s.viewApplied(fn)
}

// viewApplied runs fn in a read transaction of the database as it is: the
// newest journaled messages may not be there yet. For the background scans
// of anti-entropy and hand-off, which see them in a later round; waiting for
// the journal at each of their many reads would force a database commit per
// read under load.
func (s *Store) viewApplied(fn func(t *tables)) error {
	return s.db.View(func(tx *bolt.Tx) error {
		t := tablesOf(tx)
		fn(&t)
		return nil
	})
}
