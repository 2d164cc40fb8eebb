package storage

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
)

// A message its owner deleted is not copied back by StoreBulk (anti-entropy,
// hand-off) while it would still be live, whichever delete removed it; a
// client store is not affected, and the tombstones are reaped with the
// message's expiry.
func TestDeletedMessagesAreNotCopiedBack(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	acct, ok := ParseAccount(alice.id, false)
	require.True(t, ok)
	var hs []string
	for i := range 3 {
		hs = append(hs, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("m", i)), 60_000))
	}
	ts.Settle() // as a peer's pull does
	copies, _ := ts.MessagesByHash(acct, hs, 1<<20)
	require.Len(t, copies, 3)

	st, _, raw := ts.call("delete", merge(alice.auth("delete", []string{hs[0]}), map[string]any{"messages": []string{hs[0]}}))
	require.Equal(t, 200, st, raw)
	now := ts.clock.ms()
	st, _, raw = ts.call("delete_all", merge(alice.auth("delete_all", "all", now), map[string]any{"namespace": "all", "timestamp": now}))
	require.Equal(t, 200, st, raw)
	require.Empty(t, hashesOf(t, ts, alice, 0))

	n, err := ts.StoreBulk(copies)
	require.NoError(t, err)
	require.Zero(t, n, "deleted messages came back through StoreBulk")
	require.Empty(t, hashesOf(t, ts, alice, 0))

	// The owner may store the same content again, and then it spreads
	// again: its tombstone is gone.
	require.Equal(t, hs[1], ts.storeMsg(alice.id, 0, []byte("m1"), 60_000))
	require.NoError(t, ts.db.View(func(tx *bolt.Tx) error {
		tb := tablesOf(tx)
		h, _ := hashKey(hs[1])
		require.False(t, tb.tombstoned(&acct, &h, ts.clock.ms()), "a stored-again message keeps its tombstone")
		h, _ = hashKey(hs[2])
		require.True(t, tb.tombstoned(&acct, &h, ts.clock.ms()))
		return nil
	}))

	// Past the messages' expiry the tombstones go with the reaper.
	ts.clock.Add(2 * time.Minute)
	_, err = ts.Reap()
	require.NoError(t, err)
	require.NoError(t, ts.db.View(func(tx *bolt.Tx) error {
		require.Zero(t, tx.Bucket(bucketTombstones).Stats().KeyN, "tombstones outlived their messages")
		return nil
	}))
}
