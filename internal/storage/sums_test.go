package storage

import (
	"fmt"
	mrand "math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/sessiond/sessiond/internal/db"
)

// recount computes the bucket sums and every account's sum from the
// database alone, and checks storage_accounts against the accounts that
// hold messages.
func recount(t *testing.T, ts *testStore) (*[SumBuckets]Sum, map[Account]Sum) {
	t.Helper()
	var sums [SumBuckets]Sum
	per := map[Account]Sum{}
	require.NoError(t, ts.d.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketMsgs).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) != hashKeyLen || k[accountLen] != tagHash {
				continue
			}
			a := Account(k[:accountLen])
			h := (*[32]byte)(k[accountLen+1:])
			sums[SumBucket(&a)].toggle(h, 1)
			s := per[a]
			s.toggle(h, 1)
			per[a] = s
		}
		listed := map[Account]bool{}
		c = tx.Bucket(bucketAccounts).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			require.Len(t, k, 2+accountLen)
			a := Account(k[2:])
			require.Equal(t, accountsKey(&a), k, "listed under the wrong bucket")
			listed[a] = true
		}
		require.Len(t, listed, len(per), "storage_accounts lists other accounts than hold messages")
		for a := range per {
			require.True(t, listed[a], "account %x holds messages but is not listed", a[:4])
		}
		return nil
	}))
	return &sums, per
}

// checkSums requires the store's bucket sums, its per-account sums and its
// bucket listing to match a recount of the database.
func checkSums(t *testing.T, ts *testStore) {
	t.Helper()
	ts.Settle()
	want, per := recount(t, ts)
	got, ok := ts.Sums()
	require.True(t, ok)
	for b := range want {
		require.Equal(t, want[b], got[b], "bucket %d", b)
	}
	var all []int
	for b := range SumBuckets {
		all = append(all, b)
	}
	var listed []AccountSum
	var after *Account
	for {
		page, more, err := ts.BucketAccountSums(all, after, 3, nil)
		require.NoError(t, err)
		listed = append(listed, page...)
		if !more {
			break
		}
		after = &page[len(page)-1].Account
	}
	require.Len(t, listed, len(per))
	for i, as := range listed {
		require.Equal(t, per[as.Account], as.Sum)
		require.Equal(t, per[as.Account], ts.AccountSum(as.Account))
		if i > 0 {
			require.Less(t, string(accountsKey(&listed[i-1].Account)), string(accountsKey(&as.Account)), "not in bucket, account order")
		}
	}
}

func waitSumsReady(t *testing.T, ts *testStore) {
	t.Helper()
	require.Eventually(t, func() bool { _, ok := ts.Sums(); return ok }, 10*time.Second, time.Millisecond)
}

// Every way a message arrives or goes moves the sums and the bucket listing
// with it: client stores (journaled, then applied), peers' bulk stores, an
// owner's deletes, expiry and the reaper.
func TestSumsFollowWrites(t *testing.T) {
	ts := newTestStore(t)
	waitSumsReady(t, ts)
	checkSums(t, ts)
	users := []*user{newUser(t), newUser(t), newUser(t), newGroup(t)}
	var hashes [][]string
	for i, u := range users {
		var hs []string
		for j := range 6 {
			ttl := int64(60_000)
			if j == 5 {
				ttl = 10_000 // expires first
			}
			if i == 3 {
				hs = append(hs, ts.storeSigned(u, 0, []byte(fmt.Sprint(i, "-", j)), ttl))
			} else {
				hs = append(hs, ts.storeMsg(u.id, 0, []byte(fmt.Sprint(i, "-", j)), ttl))
			}
		}
		hashes = append(hashes, hs)
	}
	checkSums(t, ts)

	// A peer's copies of messages of a new account and of one held already.
	other := newUser(t)
	now := ts.clock.ms()
	n, err := ts.StoreBulk([]Message{
		{Account: *mustAccount(t, other.id), Namespace: 0, Timestamp: now, Expiry: now + 60_000, Data: []byte("bulk 1")},
		{Account: *mustAccount(t, users[0].id), Namespace: 0, Timestamp: now, Expiry: now + 60_000, Data: []byte("bulk 2")},
	})
	require.NoError(t, err)
	require.Equal(t, 2, n)
	checkSums(t, ts)

	st, _, raw := ts.call("delete", merge(users[1].auth("delete", hashes[1][0], hashes[1][1]), map[string]any{"messages": hashes[1][:2]}))
	require.Equal(t, 200, st, raw)
	checkSums(t, ts)
	now = ts.clock.ms()
	st, _, raw = ts.call("delete_all", merge(users[2].auth("delete_all", "all", now), map[string]any{"timestamp": now, "namespace": "all"}))
	require.Equal(t, 200, st, raw)
	checkSums(t, ts) // users[2] is no longer listed

	ts.clock.Add(20 * time.Second)
	reaped, err := ts.Reap()
	require.NoError(t, err)
	require.Equal(t, 3, reaped) // the short-lived message of users 0, 1 and 3
	checkSums(t, ts)
	ts.clock.Add(time.Minute)
	_, err = ts.Reap()
	require.NoError(t, err)
	checkSums(t, ts)
	require.EqualValues(t, 0, ts.MessageCount())
}

// The sums are built by a scan in many read transactions while stores and
// deletes commit: each build must end up equal to a recount once those
// writes are done, whichever part of the scan they landed before or after,
// and whether their commit handlers ran during the build or after it.
func TestSumsBuiltUnderWrites(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.scanChunk = 1 })
	waitSumsReady(t, ts)
	alice, bob := newUser(t), newUser(t)
	var seq atomic.Int64
	// Enough keys that a build, one key per read transaction, takes many
	// commits' time.
	var bulk []Message
	for range 1000 {
		now := ts.clock.ms()
		bulk = append(bulk, Message{Account: *mustAccount(t, newUser(t).id), Namespace: 0, Timestamp: now, Expiry: now + 60_000, Data: []byte(fmt.Sprint("pre", seq.Add(1)))})
	}
	_, err := ts.StoreBulk(bulk)
	require.NoError(t, err)
	for range 20 {
		stop := make(chan struct{})
		var wrote atomic.Int64
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					data := []byte(fmt.Sprintf("m%d", seq.Add(1)))
					switch w {
					case 0:
						ts.storeMsg(alice.id, 0, data, 60_000)
					case 1:
						a := newUser(t) // new accounts spread over the buckets
						now := ts.clock.ms()
						_, err := ts.StoreBulk([]Message{{Account: *mustAccount(t, a.id), Namespace: 0, Timestamp: now, Expiry: now + 60_000, Data: data}})
						require.NoError(t, err)
					case 2:
						h := ts.storeMsg(bob.id, 0, data, 60_000)
						if i%3 == 2 {
							st, _, raw := ts.call("delete", merge(bob.auth("delete", h), map[string]any{"messages": []string{h}}))
							require.Equal(t, 200, st, raw)
						}
					case 3:
						ts.Settle()
					}
					wrote.Add(1)
				}
			}()
		}
		for wrote.Load() < 20 {
			time.Sleep(100 * time.Microsecond)
		}
		require.NoError(t, ts.buildSums(nil))
		for n := wrote.Load(); wrote.Load() < n+20; {
			time.Sleep(100 * time.Microsecond)
		}
		close(stop)
		wg.Wait()
		checkSums(t, ts)
	}
}

// A database of schema version 1 (no storage_accounts) gets its accounts
// listed when it is opened.
func TestAccountsListedOnMigration(t *testing.T) {
	ts := newTestStore(t)
	for range 5 {
		u := newUser(t)
		for j := range 3 {
			ts.storeMsg(u.id, 0, []byte(fmt.Sprint(j)), 60_000)
		}
	}
	ts.Settle()
	want, _ := recount(t, ts)
	require.NoError(t, ts.Close())
	require.NoError(t, ts.d.Update(func(tx *bolt.Tx) error {
		require.NoError(t, tx.DeleteBucket(bucketAccounts))
		_, err := tx.CreateBucket(bucketAccounts)
		require.NoError(t, err)
		return tx.Bucket(bucketMeta).Put(keySchemaVersion, db.U64(1))
	}))
	s, err := Open(ts.d, Options{Identity: ts.node, Now: ts.clock.Now}, ts.Store.lg, nil)
	require.NoError(t, err)
	require.NoError(t, s.Start())
	defer s.Close()
	ts2 := *ts
	ts2.Store = s
	waitSumsReady(t, &ts2)
	checkSums(t, &ts2)
	got, _ := s.Sums()
	require.Equal(t, *want, *got)
}

// Random writes by every path that adds or drops messages (client stores,
// bulk copies with duplicates and replacements of expired ones, the public
// outbox's single message, deletes, the reaper) keep the sums equal to a
// recount.
func TestSumsRandomWrites(t *testing.T) {
	ts := newTestStore(t)
	waitSumsReady(t, ts)
	rng := mrand.New(mrand.NewPCG(7, 8))
	users := []*user{newUser(t), newUser(t), newUser(t)}
	var held []struct {
		u *user
		h string
	}
	for step := range 400 {
		u := users[rng.IntN(len(users))]
		now := ts.clock.ms()
		switch op := rng.IntN(10); {
		case op < 3:
			h := ts.storeMsg(u.id, 0, []byte(fmt.Sprint("c", rng.IntN(60))), int64(10_000+rng.IntN(20_000)))
			held = append(held, struct {
				u *user
				h string
			}{u, h})
		case op < 5:
			var ms []Message
			for range 1 + rng.IntN(4) {
				// Repeats of earlier data: some exist, some expired and
				// are replaced.
				ms = append(ms, Message{Account: *mustAccount(t, u.id), Namespace: 0, Timestamp: now,
					Expiry: now + int64(10_000+rng.IntN(20_000)), Data: []byte(fmt.Sprint("c", rng.IntN(60)))})
			}
			_, err := ts.StoreBulk(ms)
			require.NoError(t, err)
		case op < 6:
			ts.storeSigned(u, -21, []byte(fmt.Sprint("outbox", step)), 60_000) // public outbox: replaces
		case op < 8 && len(held) > 0:
			m := held[rng.IntN(len(held))]
			st, _, raw := ts.call("delete", merge(m.u.auth("delete", m.h), map[string]any{"messages": []string{m.h}}))
			require.Contains(t, []int{200, 404}, st, raw)
		case op < 9:
			ts.clock.Add(time.Duration(rng.IntN(8000)) * time.Millisecond)
			_, err := ts.Reap()
			require.NoError(t, err)
		default:
			ts.Settle()
		}
		if step%50 == 49 {
			checkSums(t, ts)
		}
	}
	checkSums(t, ts)
}
