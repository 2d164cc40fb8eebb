package storage

import (
	"crypto/rand"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
)

func randomHash() (h [32]byte) {
	_, _ = rand.Read(h[:])
	return h
}

// The filter never forgets a hash, and at its capacity answers "maybe" for
// about 1 % of the others.
func TestHashFilter(t *testing.T) {
	const n = 50_000
	f := newHashFilter(n)
	added := make([][32]byte, n)
	for i := range added {
		added[i] = randomHash()
		f.add(&added[i])
	}
	for i := range added {
		require.True(t, f.mayHave(&added[i]), "hash %d forgotten", i)
	}
	require.False(t, f.full())
	f.add(&added[0])
	require.True(t, f.full(), "more adds than the capacity")
	fp := 0
	for range n {
		h := randomHash()
		if f.mayHave(&h) {
			fp++
		}
	}
	require.Less(t, float64(fp)/n, 0.02, "false positives")
	require.Greater(t, fp, 0, "a filter of this size should have some false positives")
}

func waitFilterReady(t *testing.T, ts *testStore) {
	t.Helper()
	require.Eventually(t, func() bool { return ts.seen.cur.Load() != nil && !ts.seen.building.Load() }, 10*time.Second, time.Millisecond)
}

// rebuildFilter builds the filter again now, in the caller's goroutine.
func rebuildFilter(t *testing.T, ts *testStore) {
	t.Helper()
	for !ts.seen.building.CompareAndSwap(false, true) {
		time.Sleep(100 * time.Microsecond)
	}
	defer ts.seen.building.Store(false)
	require.NoError(t, ts.buildFilter())
}

// storeAgain stores the same message again and requires the store to see
// that it already holds it.
func storeAgain(t *testing.T, ts *testStore, acct string, data []byte) {
	t.Helper()
	st, body, raw := ts.call("store", map[string]any{"pubkey": acct, "namespace": 0, "timestamp": ts.clock.ms(), "ttl": 60_000, "data": b64(data)})
	require.Equal(t, 200, st, raw)
	require.Equal(t, true, ts.own(body)["already"], "stored twice: %s", data)
}

// Stores keep arriving while the filter is built again and again. Right
// after each build, every message committed to the database so far must be
// in the new filter (messages StoreBulk acknowledged are committed), or a
// store of the same message would be journaled, and counted, twice.
func TestSeenFilterRebuildsUnderStores(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.filterCapacity = 16 })
	waitFilterReady(t, ts)
	alice := newUser(t)
	acct := mustAccount(t, alice.id)
	const writers, each = 8, 60
	var mu sync.Mutex
	var committed [][32]byte
	// Half the writers store as clients (journaled; Settle has the applier
	// insert them now and then), half as peers do (StoreBulk, inserted by the
	// writer's own transactions).
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				data := []byte(fmt.Sprintf("w%d-%d", w, i))
				if w%2 == 0 {
					ts.storeMsg(alice.id, 0, data, 60_000)
					if i%5 == 4 {
						ts.Settle()
					}
					continue
				}
				now := ts.clock.ms()
				n, err := ts.StoreBulk([]Message{{Account: *acct, Namespace: 0, Timestamp: now, Expiry: now + 60_000, Data: data}})
				require.NoError(t, err)
				require.Equal(t, 1, n)
				mu.Lock()
				committed = append(committed, messageHashRaw(acct, 0, data))
				mu.Unlock()
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	builds := 0
	for running := true; running; builds++ {
		select {
		case <-done:
			running = false
		default:
		}
		rebuildFilter(t, ts)
		mu.Lock()
		for i := range committed {
			require.True(t, ts.seen.mayHave(&committed[i]), "build %d: a committed message is missing from the filter", builds)
		}
		mu.Unlock()
	}
	require.Greater(t, builds, 3)
	ts.Settle()
	for w := range writers {
		for i := range each {
			storeAgain(t, ts, alice.id, []byte(fmt.Sprintf("w%d-%d", w, i)))
		}
	}
	require.EqualValues(t, writers*each, ts.MessageCount())
}

// A filter built from the database holds the messages stored by an earlier
// run and the hashes of deleted ones (their tombstones).
func TestSeenFilterBuiltFromDatabase(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	var hs []string
	for i := range 20 {
		hs = append(hs, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("m", i)), 60_000))
	}
	st, _, raw := ts.call("delete", merge(alice.auth("delete", []string{hs[0]}), map[string]any{"messages": []string{hs[0]}}))
	require.Equal(t, 200, st, raw)
	ts.Settle()

	// A build starts from an empty filter and fills it from the buckets.
	old := ts.seen.cur.Load()
	rebuildFilter(t, ts)
	require.NotSame(t, old, ts.seen.cur.Load())
	for _, h := range hs {
		raw, ok := hashKey(h)
		require.True(t, ok)
		require.True(t, ts.seen.mayHave(&raw), "%s missing after a build", h)
	}
	for i := 1; i < 20; i++ {
		storeAgain(t, ts, alice.id, []byte(fmt.Sprint("m", i)))
	}
	fresh := randomHash()
	require.False(t, ts.seen.mayHave(&fresh) && ts.seen.mayHave(&[32]byte{1}), "the filter answers maybe for everything")
}

func mustAccount(t *testing.T, id string) *Account {
	t.Helper()
	a, ok := ParseAccount(id, false)
	require.True(t, ok)
	return &a
}

// scanKeys visits every key once, in order, across its read transactions.
func TestScanKeysResumes(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.scanChunk = 100 })
	bucket := []byte("scan_test")
	const n = 2*100 + 7
	require.NoError(t, ts.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucket)
		require.NoError(t, err)
		for i := range n {
			require.NoError(t, b.Put(u64(uint64(i)), nil))
		}
		return nil
	}))
	var got []uint64
	require.NoError(t, ts.scanKeys(bucket, nil, func(k []byte) { got = append(got, getU64(k)) }))
	require.Len(t, got, n)
	for i, v := range got {
		require.EqualValues(t, i, v)
	}
}
