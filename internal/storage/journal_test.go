package storage

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
)

// retrieveAll returns the hashes a retrieve of acct's namespace ns returns
// after lastHash, and "more".
func (ts *testStore) retrieveHashes(acct string, ns int, lastHash string, extra map[string]any) ([]string, bool) {
	ts.t.Helper()
	p := map[string]any{"pubkey": acct, "namespace": ns}
	if lastHash != "" {
		p["last_hash"] = lastHash
	}
	st, body, raw := ts.call("retrieve", merge(p, extra))
	require.Equal(ts.t, 200, st, raw)
	var hs []string
	for _, m := range body["messages"].([]any) {
		hs = append(hs, m.(map[string]any)["hash"].(string))
	}
	return hs, body["more"].(bool)
}

// Messages the applier has not copied into bbolt yet are served from memory,
// after the applied ones and in order, with last_hash in either part and the
// count limit across both; other reads wait for the applier.
func TestJournalOverlayReads(t *testing.T) {
	hold := make(chan struct{})
	ts := newTestStore(t, func(o *Options) { o.applyHold = hold })
	waitFirstReap(t, ts)
	acct := newUser(t).id
	var hashes []string
	store := func(n int) {
		for range n {
			hashes = append(hashes, ts.storeMsg(acct, -10, []byte(fmt.Sprint("m", len(hashes))), 600_000))
		}
	}
	release := func() { releaseApplier(t, ts, hold) }
	store(3)
	release() // these three reach the database
	store(4)
	require.EqualValues(t, 4, ts.fast.ov.n.Load(), "the applier is held: the last four are in memory")
	require.EqualValues(t, 7, ts.MessageCount())

	got, more := ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, hashes, got)
	require.False(t, more)
	a, _ := ParseAccount(acct, false)
	require.True(t, ts.HasMessage(a, hashes[5]), "the reachability test's question sees the journal")
	require.True(t, ts.HasMessage(a, hashes[0]))
	other := hashes[0][:42] + "A"
	if other == hashes[0] {
		other = hashes[0][:42] + "Q"
	}
	require.False(t, ts.HasMessage(a, other))
	require.EqualValues(t, 4, ts.fast.ov.n.Load(), "background reads do not wait for the applier")
	got, _ = ts.retrieveHashes(acct, -10, hashes[1], nil) // last_hash in the database
	require.Equal(t, hashes[2:], got)
	got, _ = ts.retrieveHashes(acct, -10, hashes[4], nil) // last_hash in memory
	require.Equal(t, hashes[5:], got)
	got, more = ts.retrieveHashes(acct, -10, hashes[1], map[string]any{"max_count": 3})
	require.Equal(t, hashes[2:5], got)
	require.True(t, more)

	// A duplicate of a message held in memory is not journaled again: its
	// store waits for the applier, then finds the message.
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case hold <- struct{}{}:
			case <-done:
				return
			}
		}
	}()
	st, body, raw := ts.call("store", map[string]any{"pubkey": acct, "namespace": -10, "timestamp": ts.clock.ms(), "ttl": 600_000, "data": b64([]byte("m5"))})
	require.Equal(t, 200, st, raw)
	require.Equal(t, true, ts.own(body)["already"], raw)
	require.Zero(t, ts.fast.ov.n.Load())
	got, _ = ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, hashes, got, "the same list once applied")
	require.EqualValues(t, 7, ts.MessageCount())
}

// A crash leaves journaled messages that the next start copies into the
// database, and a torn record ends the segment without harm.
func TestJournalReplay(t *testing.T) {
	dir := t.TempDir()
	d, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	c := &clock{t: testNow}
	opts := Options{Identity: node, Now: c.Now, ReapPeriod: 1 << 62}
	s, err := Open(d, opts, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	require.NoError(t, s.Close()) // creates the buckets and the files; nothing journaled

	// Write two segments as a crashed writer would have left them: one
	// complete, one with a torn last record.
	j, segs, err := openJournal(dir, 0)
	require.NoError(t, err)
	require.Empty(t, segs)
	user := newUser(t).id
	acct, _ := ParseAccount(user, false)
	var want []string
	rec := func(seq uint64, data string) journalRecord {
		m := Message{Account: acct, Namespace: -10, Timestamp: c.ms(), Expiry: c.ms() + 600_000, Data: []byte(data)}
		h := messageHashRaw(&acct, -10, m.Data)
		return journalRecord{seq: seq, hash: h, msg: m}
	}
	require.NoError(t, j.begin(0, 1))
	r1 := []journalRecord{rec(1, "a"), rec(2, "b")}
	require.NoError(t, j.append(r1))
	require.NoError(t, j.begin(1, 2))
	r2 := []journalRecord{rec(3, "c"), rec(4, "d")}
	require.NoError(t, j.append(r2))
	for _, r := range append(r1, r2...) {
		want = append(want, hashString(&r.hash))
	}
	// A third record, torn: half of it reached the disk.
	torn := appendRecord(nil, 2, &journalRecord{seq: 5, hash: [32]byte{9}, msg: Message{Account: acct, Data: []byte("torn")}})
	_, err = j.files[1].WriteAt(torn[:len(torn)/2], j.off)
	require.NoError(t, err)
	j.close()

	s, err = Open(d, opts, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	require.NoError(t, s.Start())
	require.EqualValues(t, 4, s.MessageCount())
	ts := &testStore{Store: s, t: t, clock: c, dir: dir, d: d, node: node}
	got, _ := ts.retrieveHashes(user, -10, "", nil)
	require.Equal(t, want, got)
	// New stores continue after the replayed sequence numbers and
	// generations.
	h := ts.storeMsg(user, -10, []byte("e"), 600_000)
	got, _ = ts.retrieveHashes(user, -10, "", nil)
	require.Equal(t, append(want, h), got)
	require.NoError(t, s.Close())

	// Applied segments are not applied again: a reopen changes nothing.
	s, err = Open(d, opts, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	require.EqualValues(t, 5, s.MessageCount())
	require.NoError(t, s.Close())
	require.NoError(t, d.Close())
	for i := range 2 {
		st, err := os.Stat(filepath.Join(dir, fmt.Sprintf("storage-journal-%d", i)))
		require.NoError(t, err)
		require.EqualValues(t, 0o600, st.Mode().Perm())
	}
}

// Records round-trip, and only under their own generation.
func TestJournalRecords(t *testing.T) {
	acct, _ := ParseAccount("05"+fmt.Sprintf("%064x", 7), false)
	r := journalRecord{seq: 42, hash: [32]byte{1, 2, 3}, msg: Message{Account: acct, Namespace: -32768, Timestamp: 5, Expiry: 6, Data: []byte("hello")}}
	b := appendRecord(nil, 9, &r)
	b = appendRecord(b, 9, &r)
	got := readRecords(bytes.NewReader(b), 9)
	require.Len(t, got, 2)
	require.Equal(t, r, got[1])
	require.Empty(t, readRecords(bytes.NewReader(b), 8))
	hd := journalHeader(77)
	g, ok := parseJournalHeader(hd)
	require.True(t, ok)
	require.EqualValues(t, 77, g)
	hd[5] ^= 1
	_, ok = parseJournalHeader(hd)
	require.False(t, ok)
}

// The journal parsers never panic on arbitrary bytes.
func FuzzJournalRecords(f *testing.F) {
	acct, _ := ParseAccount("05"+fmt.Sprintf("%064x", 7), false)
	r := journalRecord{seq: 1, msg: Message{Account: acct, Data: []byte("x")}}
	f.Add(appendRecord(nil, 1, &r))
	f.Add(journalHeader(1))
	f.Add([]byte{0, 0, 0, 91, 1, 2, 3, 4})
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, rec := range readRecords(bytes.NewReader(b), 1) {
			if len(appendRecord(nil, 1, &rec)) < recordHeaderLen+recordFixedLen {
				t.Fatal("short record accepted")
			}
		}
		_, _ = parseJournalHeader(b)
	})
}

// While the applier cannot copy the journal into the database, writes that
// must wait for it fail with its error instead of hanging, journaled
// messages stay served, and everything goes on once it recovers.
func TestJournalApplyFailure(t *testing.T) {
	var broken atomic.Bool
	ts := newTestStore(t, func(o *Options) {
		o.applyFail = func() error {
			if broken.Load() {
				return errors.New("disk on fire")
			}
			return nil
		}
	})
	waitFirstReap(t, ts)
	acct := newUser(t).id
	broken.Store(true)
	h := ts.storeMsg(acct, -10, []byte("kept"), 600_000)
	require.EqualValues(t, 1, ts.fast.ov.n.Load(), "the store was journaled")
	got, _ := ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, []string{h}, got)

	start := time.Now()
	_, err := ts.Reap() // a write that waits for the journal
	require.ErrorContains(t, err, "disk on fire")
	require.Less(t, time.Since(start), 5*time.Second)
	got, _ = ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, []string{h}, got, "still served from memory")

	broken.Store(false)
	_, err = ts.Reap()
	require.NoError(t, err)
	require.Zero(t, ts.fast.ov.n.Load())
	got, _ = ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, []string{h}, got)
}

// waitFirstReap waits for the reaper's first round (run at Start), a write
// that waits for the applier and does not take the journal: tests that hold
// or break the applier start after it.
func waitFirstReap(t *testing.T, ts *testStore) {
	t.Helper()
	require.Eventually(t, func() bool { return testutil.ToFloat64(ts.m.commits) >= 1 }, 5*time.Second, time.Millisecond)
}

// A store's early look for its hash (precheck, in the caller's goroutine)
// is trusted only while no commit could have added the message behind the
// overlay's back: here a bulk copy of the same message lands between the
// look and the writer, and the store must still be answered as existing,
// counted once.
func TestPrecheckInvalidatedByCommit(t *testing.T) {
	hold := make(chan struct{}) // never sent on: journaled messages stay in memory
	ts := newTestStore(t, func(o *Options) { o.applyHold = hold })
	waitFirstReap(t, ts)
	a, ok := ParseAccount(newUser(t).id, false)
	require.True(t, ok)
	now := time.Now().UnixMilli()
	m := Message{Account: a, Namespace: -10, Timestamp: now, Expiry: now + 600_000, Data: []byte("twice")}
	look := func(m *Message) *storeOp {
		st := &storeOp{m: m, hash: messageHashRaw(&m.Account, m.Namespace, m.Data)}
		ts.precheck(st)
		return st
	}
	store := func(st *storeOp) {
		require.NoError(t, ts.writeOp(func(w *wtx) error {
			var err error
			st.result, st.expiry, err = w.storeMessage(st.m, &st.hash)
			return err
		}, st))
	}

	st := look(&m)
	require.Equal(t, preClear, st.pre)
	n, err := ts.StoreBulk([]Message{m})
	require.NoError(t, err)
	require.Equal(t, 1, n)
	store(st)
	require.NotEqual(t, storeNew, st.result, "the copy committed after the look is seen")
	require.EqualValues(t, 1, ts.MessageCount())

	again := look(&m)
	require.Equal(t, preFound, again.pre)
	store(again)
	require.NotEqual(t, storeNew, again.result)
	require.EqualValues(t, 1, ts.MessageCount())

	// A new message whose look is still valid takes the journal.
	m2 := m
	m2.Data = []byte("once")
	fresh := look(&m2)
	require.Equal(t, preClear, fresh.pre)
	store(fresh)
	require.Equal(t, storeNew, fresh.result)
	require.EqualValues(t, 2, ts.MessageCount())
	require.EqualValues(t, 1, ts.fast.ov.n.Load(), "journaled, held in memory")
}

// releaseApplier lets a held applier (Options.applyHold) run until the
// overlay is empty.
func releaseApplier(t *testing.T, ts *testStore, hold chan struct{}) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for ts.fast.ov.n.Load() != 0 {
		require.True(t, time.Now().Before(deadline), "the journal was never applied")
		select {
		case hold <- struct{}{}:
		case <-time.After(time.Millisecond):
		}
	}
}

// The applier copies a segment in several transactions (applySegment); a
// retrieve between them finds the messages of the earlier ones both in the
// database and in memory, and must list each once, in order.
func TestRetrieveDuringPartialApply(t *testing.T) {
	hold := make(chan struct{})
	ts := newTestStore(t, func(o *Options) { o.applyHold = hold })
	waitFirstReap(t, ts)
	acct := newUser(t).id
	a, _ := ParseAccount(acct, false)
	var hashes []string
	for i := range 5 {
		hashes = append(hashes, ts.storeMsg(acct, -10, []byte(fmt.Sprint("m", i)), 600_000))
	}
	// What an earlier transaction of the segment does: two of the messages
	// go in, the sequence stays.
	recs := ts.fast.ov.list(&a, -10)
	require.Len(t, recs, 5)
	require.NoError(t, ts.db.Update(func(tx *bolt.Tx) error {
		w := &wtx{s: ts.Store, tx: tx, t: tablesOf(tx), now: ts.nowMS()}
		for _, r := range recs[:2] {
			require.NoError(t, w.insertAt(r.seq, &r.msg.Account, r.msg.Namespace, &r.hash, r.msg.Timestamp, r.msg.Expiry, r.msg.Data))
		}
		return w.finish()
	}))
	got, more := ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, hashes, got)
	require.False(t, more)
	got, _ = ts.retrieveHashes(acct, -10, hashes[0], nil)
	require.Equal(t, hashes[1:], got)
	got, _ = ts.retrieveHashes(acct, -10, hashes[3], nil)
	require.Equal(t, hashes[4:], got)
	got, more = ts.retrieveHashes(acct, -10, "", map[string]any{"max_count": 3})
	require.Equal(t, hashes[:3], got)
	require.True(t, more)

	// The segment then goes in whole; the two are not copied twice.
	releaseApplier(t, ts, hold)
	got, _ = ts.retrieveHashes(acct, -10, "", nil)
	require.Equal(t, hashes, got)
	require.EqualValues(t, 5, ts.MessageCount())
	require.NoError(t, ts.db.View(func(tx *bolt.Tx) error {
		require.EqualValues(t, 5, getU64(tx.Bucket(bucketMeta).Get(keyMessages)))
		return nil
	}))
}

// A segment larger than one applier transaction goes in whole, cut inside
// an account's messages too, with the database's counters and sequence
// right.
func TestApplyLargeSegment(t *testing.T) {
	hold := make(chan struct{})
	const chunk = 7
	ts := newTestStore(t, func(o *Options) { o.applyHold, o.applyChunk = hold, chunk })
	waitFirstReap(t, ts)
	users := []string{newUser(t).id, newUser(t).id, newUser(t).id}
	const per = 2*chunk + 3 // 51 messages: 8 transactions, three cut inside an account
	var wg sync.WaitGroup
	hashes := make([][]string, len(users))
	for u, id := range users {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				hashes[u] = append(hashes[u], ts.storeMsg(id, -10, []byte(fmt.Sprint("m", i)), 600_000))
			}
		}()
	}
	wg.Wait()
	require.EqualValues(t, len(users)*per, ts.fast.ov.n.Load())
	close(hold) // the applier runs freely from here
	ts.Settle()
	require.Zero(t, ts.fast.ov.n.Load())
	for u, id := range users {
		got, _ := ts.retrieveHashes(id, -10, "", map[string]any{"max_count": per + 1})
		require.Equal(t, hashes[u], got)
	}
	require.NoError(t, ts.db.View(func(tx *bolt.Tx) error {
		require.EqualValues(t, len(users)*per, getU64(tx.Bucket(bucketMeta).Get(keyMessages)))
		require.Equal(t, ts.fast.nextSeq-1, tx.Bucket(bucketMsgs).Sequence())
		return nil
	}))
}

// lastSeq finds an account's last message in one namespace, whatever key
// follows it (the next namespace's or the account's hash index), and 0 for a
// namespace without messages.
func TestLastSeq(t *testing.T) {
	ts := newTestStore(t)
	a1, a2 := *mustAccount(t, newUser(t).id), *mustAccount(t, newUser(t).id)
	if bytes.Compare(a1[:], a2[:]) > 0 {
		a1, a2 = a2, a1
	}
	now := ts.clock.ms()
	var msgs []Message
	for i, ns := range []int16{-10, -10, 0, 5, 5} {
		msgs = append(msgs, Message{Account: a1, Namespace: ns, Timestamp: now, Expiry: now + 60_000, Data: []byte(fmt.Sprint("a", i))})
	}
	msgs = append(msgs, Message{Account: a2, Namespace: 7, Timestamp: now, Expiry: now + 60_000, Data: []byte("b")})
	n, err := ts.StoreBulk(msgs)
	require.NoError(t, err)
	require.Equal(t, len(msgs), n)
	require.NoError(t, ts.db.View(func(tx *bolt.Tx) error {
		tb := tablesOf(tx)
		seqOf := func(a *Account, ns int16, data string) uint64 {
			h := messageHashRaw(a, ns, []byte(data))
			mk, _, ok := tb.lookup(a, &h)
			require.True(t, ok)
			return binary.BigEndian.Uint64(mk[len(mk)-seqLen:])
		}
		require.Equal(t, seqOf(&a1, -10, "a1"), tb.lastSeq(accountNSPrefix(&a1, -10))) // next namespace follows
		require.Equal(t, seqOf(&a1, 0, "a2"), tb.lastSeq(accountNSPrefix(&a1, 0)))
		require.Equal(t, seqOf(&a1, 5, "a4"), tb.lastSeq(accountNSPrefix(&a1, 5))) // the hash index follows
		require.Zero(t, tb.lastSeq(accountNSPrefix(&a1, 6)))
		require.Equal(t, seqOf(&a2, 7, "b"), tb.lastSeq(accountNSPrefix(&a2, 7)))
		require.Zero(t, tb.lastSeq(accountNSPrefix(&a2, 8)))
		return nil
	}))
}
