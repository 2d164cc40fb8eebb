package storage

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/sessiond/sessiond/internal/db"
)

// Every acknowledged store is in the database file or the journal at the
// moment of the acknowledgement: a copy of the files taken right then (the
// process never shuts down cleanly) holds all of them.
func TestAcknowledgedStoresAreInTheFiles(t *testing.T) {
	ts := newTestStore(t)
	const clients, per = 16, 25
	var mu sync.Mutex
	acked := map[string]string{} // hash -> account
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := newUser(t)
			for i := range per {
				raw, _ := json.Marshal(map[string]any{"pubkey": u.id, "timestamp": ts.clock.ms(), "ttl": 600_000, "data": b64([]byte(fmt.Sprint(c, "/", i)))})
				res := ts.Handle(context.Background(), "store", raw, Client{})
				if res.Status != 200 {
					t.Errorf("store: %d %s", res.Status, res.Body)
					return
				}
				var body map[string]any
				_ = json.Unmarshal(res.Body, &body)
				mu.Lock()
				acked[body["hash"].(string)] = u.id
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	require.Len(t, acked, clients*per)
	commits := testutil.ToFloat64(ts.m.commits)
	require.Less(t, commits, float64(clients*per), "concurrent stores share commits")
	t.Logf("%d stores in %.0f commits", clients*per, commits)

	// Copy the live files, as a crash would leave them, and open the copy.
	// The journal first: a segment the applier copies into the database
	// meanwhile is then in the database's copy.
	dir := t.TempDir()
	for i := range 2 {
		name := fmt.Sprintf("storage-journal-%d", i)
		copyFile(t, filepath.Join(filepath.Dir(ts.d.Path()), name), filepath.Join(dir, name))
	}
	copyFile(t, ts.d.Path(), filepath.Join(dir, db.FileName))
	d2, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	defer d2.Close()
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	s2, err := Open(d2, Options{Identity: node, Now: ts.clock.Now}, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	defer s2.Close()
	require.EqualValues(t, clients*per, s2.MessageCount())
	accounts := map[string]bool{}
	for _, a := range acked {
		accounts[a] = true
	}
	found := 0
	for a := range accounts {
		acct, _ := ParseAccount(a, false)
		require.NoError(t, s2.view(func(tb *tables) {
			b, more := tb.retrieve(nil, &acct, 0, "", retrieveLimits(nil, nil), ts.clock.ms(), nil)
			require.False(t, more)
			var msgs []map[string]any
			require.NoError(t, json.Unmarshal(append(append([]byte("["), b...), ']'), &msgs))
			for _, m := range msgs {
				require.Equal(t, a, acked[m["hash"].(string)])
				found++
			}
		}))
	}
	require.Equal(t, clients*per, found)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	require.NoError(t, err)
	defer in.Close()
	out, err := os.Create(to)
	require.NoError(t, err)
	_, err = io.Copy(out, in)
	require.NoError(t, err)
	require.NoError(t, out.Close())
}

// Messages and counters survive closing and reopening the store.
func TestReopen(t *testing.T) {
	dir := t.TempDir()
	d, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	c := &clock{t: testNow}
	s, err := Open(d, Options{Identity: node, Now: c.Now}, nil, nil)
	require.NoError(t, err)
	require.ErrorIs(t, s.write(func(*wtx) error { return nil }), ErrNotStarted)
	require.NoError(t, s.Start())
	grp := newGroup(t)
	raw, _ := json.Marshal(map[string]any{"pubkey": grp.id, "namespace": -10, "timestamp": c.ms(), "ttl": 60_000, "data": b64([]byte("persist"))})
	require.Equal(t, 200, s.Handle(context.Background(), "store", raw, Client{}).Status)
	require.NoError(t, s.Close())
	require.NoError(t, s.Close())
	require.ErrorIs(t, s.Start(), ErrClosed)
	// Writes after Close fail; the answer is the store's query failure.
	res := s.Handle(context.Background(), "store", raw, Client{})
	require.Equal(t, 500, res.Status)
	require.NoError(t, d.Close())

	d, err = db.Open(dir, db.Options{})
	require.NoError(t, err)
	defer d.Close()
	s, err = Open(d, Options{Identity: node, Now: c.Now}, nil, nil)
	require.NoError(t, err)
	require.NoError(t, s.Start())
	defer s.Close()
	require.EqualValues(t, 1, s.MessageCount())
	raw, _ = json.Marshal(map[string]any{"pubkey": grp.id, "namespace": -10})
	res = s.Handle(context.Background(), "retrieve", raw, Client{})
	require.Equal(t, 200, res.Status)
	require.Contains(t, string(res.Body), b64([]byte("persist")))
}

func TestOpenRejectsNewerSchema(t *testing.T) {
	dir := t.TempDir()
	d, err := db.Open(dir, db.Options{})
	require.NoError(t, err)
	defer d.Close()
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	_, err = Open(d, Options{Identity: node}, nil, nil)
	require.NoError(t, err)
	require.NoError(t, d.Update(func(tx *bboltTx) error { return tx.Bucket(bucketMeta).Put(keySchemaVersion, u64(SchemaVersion+1)) }))
	_, err = Open(d, Options{Identity: node}, nil, nil)
	require.ErrorIs(t, err, errSchemaTooNew)
	_, err = Open(d, Options{}, nil, nil)
	require.Error(t, err)
}

func TestStoreBulk(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	a, _ := ParseAccount(grp.id, false)
	now := ts.clock.ms()
	var msgs []Message
	for i := range 2500 {
		msgs = append(msgs, Message{Account: a, Namespace: -10, Timestamp: now, Expiry: now + 60_000, Data: []byte(fmt.Sprint("bulk", i))})
	}
	msgs = append(msgs, Message{Account: a, Namespace: -10, Timestamp: now - 100_000, Expiry: now - 1, Data: []byte("expired")})
	n, err := ts.StoreBulk(msgs)
	require.NoError(t, err)
	require.Equal(t, 2500, n)
	require.EqualValues(t, 2500, ts.MessageCount())
	// Again: nothing new; a later expiry is taken.
	msgs[0].Expiry = now + 120_000
	n, err = ts.StoreBulk(msgs)
	require.NoError(t, err)
	require.Zero(t, n)
	h := MessageHash(&a, -10, msgs[0].Data)
	exps := expiriesOf(t, ts, grp, []string{h})
	require.EqualValues(t, now+120_000, exps[h])

	full := newTestStore(t, func(o *Options) { o.MaxDBSize = 1 })
	n, err = full.StoreBulk(msgs[:10])
	require.ErrorIs(t, err, ErrFull)
	require.Zero(t, n)
}

// Releasing the mapped pages keeps the data readable (they come back from the
// page cache).
func TestReleaseMapped(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.MappedBudget = 1 })
	grp := newGroup(t)
	h := ts.storeMsg(grp.id, -10, []byte("still here"), 60_000)
	require.NoError(t, ts.releaseMapped())
	ts.trimMapped()
	require.Positive(t, fileRSS())
	st, body, _ := ts.call("retrieve", map[string]any{"pubkey": grp.id, "namespace": -10})
	require.Equal(t, 200, st)
	require.Equal(t, h, body["messages"].([]any)[0].(map[string]any)["hash"])
}
