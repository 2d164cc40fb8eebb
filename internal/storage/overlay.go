package storage

import (
	"sync"
	"sync/atomic"
)

// overlay holds the journaled messages that the applier has not yet copied
// into bbolt: acknowledged, durable in the journal, and served from here.
// Messages are added in sequence order and leave in the same order, a whole
// applied segment at a time.
//
// Readers that merge it with bbolt take its snapshot first and open their
// bbolt transaction after: a message they find here whose sequence number
// is at most the transaction's storage_msgs sequence is already in bbolt
// (and may have been deleted there since), so they skip it.
type overlay struct {
	mu     sync.RWMutex
	byNS   map[acctNS][]*journalRecord // per account and namespace, in seq order
	byHash map[[32]byte]*journalRecord
	n      atomic.Int64 // messages held
	bytes  int64        // their estimated database bytes (data + overhead), under mu
}

type acctNS struct {
	a  Account
	ns int16
}

func newOverlay() *overlay {
	return &overlay{byNS: map[acctNS][]*journalRecord{}, byHash: map[[32]byte]*journalRecord{}}
}

// add makes recs visible.
func (o *overlay) add(recs []journalRecord) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for i := range recs {
		r := &recs[i]
		k := acctNS{r.msg.Account, r.msg.Namespace}
		o.byNS[k] = append(o.byNS[k], r)
		o.byHash[r.hash] = r
		o.bytes += int64(len(r.msg.Data)) + perMessageOverhead
	}
	o.n.Add(int64(len(recs)))
}

// remove drops recs, which the applier has committed to bbolt. They are the
// oldest of their lists.
func (o *overlay) remove(recs []journalRecord) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for i := range recs {
		r := &recs[i]
		k := acctNS{r.msg.Account, r.msg.Namespace}
		l := o.byNS[k]
		j := 0
		for j < len(l) && l[j].seq <= r.seq {
			j++
		}
		if j == len(l) {
			delete(o.byNS, k)
		} else {
			clear(l[:j])
			o.byNS[k] = l[j:]
		}
		if o.byHash[r.hash] == r {
			delete(o.byHash, r.hash)
		}
		o.bytes -= int64(len(r.msg.Data)) + perMessageOverhead
	}
	o.n.Add(-int64(len(recs)))
}

// list returns a snapshot of an account's namespace, in seq order.
func (o *overlay) list(a *Account, ns int16) []*journalRecord {
	if o.n.Load() == 0 {
		return nil
	}
	o.mu.RLock()
	defer o.mu.RUnlock()
	l := o.byNS[acctNS{*a, ns}]
	if len(l) == 0 {
		return nil
	}
	return append([]*journalRecord(nil), l...)
}

// has reports whether a message with hash h is held. Callers hold mu.
func (o *overlay) hasLocked(h *[32]byte) bool {
	_, ok := o.byHash[*h]
	return ok
}

// has reports whether a message with hash h is held.
func (o *overlay) has(h *[32]byte) bool {
	o.mu.RLock()
	defer o.mu.RUnlock()
	return o.hasLocked(h)
}

// holds reports whether a's live message h (expiry after now) is held.
func (o *overlay) holds(a *Account, h *[32]byte, now int64) bool {
	if o.n.Load() == 0 {
		return false
	}
	o.mu.RLock()
	defer o.mu.RUnlock()
	r, ok := o.byHash[*h]
	return ok && r.msg.Account == *a && r.msg.Expiry > now
}
