package replica

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

// bulk stores n messages for each of the accounts on node i alone (as a
// peer's copy: not forwarded) and returns them.
func (c *cluster) bulk(i int, accts []int, n int, tag string) []stored {
	c.t.Helper()
	now := time.Now().UnixMilli()
	var ms []storage.Message
	var out []stored
	for _, k := range accts {
		a, _ := storage.ParseAccount(randAccount(k), false)
		for j := range n {
			data := []byte(fmt.Sprint(tag, k, "-", j))
			ms = append(ms, storage.Message{Account: a, Namespace: 0, Timestamp: now, Expiry: now + 3_600_000, Data: data})
			out = append(out, stored{randAccount(k), storage.MessageHash(&a, 0, data)})
		}
	}
	if _, err := c.nodes[i].st.StoreBulk(ms); err != nil {
		c.t.Fatal(err)
	}
	return out
}

func (c *cluster) syncFrom(t *testing.T, to, from int) int {
	t.Helper()
	snap := c.nodes[to].rep.mustSnap()
	own, _ := snap.OwnSwarm()
	n, err := c.nodes[to].rep.SyncFrom(t.Context(), c.nodes[from].info(c).Target(), own, snap.Block.Number)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// A round compares the bucket sums and then only the accounts of the
// buckets that differ; two members in step exchange the sums alone.
func TestSyncComparesBucketsFirst(t *testing.T) {
	c := newCluster(t, 2, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 2)})
	c.startAll()
	a, b := c.nodes[0], c.nodes[1]
	waitReady(t, a)
	waitReady(t, b)
	both := c.bulk(0, ids(0, 40), 3, "m")
	c.bulk(1, ids(0, 40), 3, "m")
	onlyA := c.bulk(0, []int{7, 100}, 2, "a") // a held account and a new one
	differing := func() float64 { return testutil.ToFloat64(b.rep.m.syncBuckets.WithLabelValues("differing")) }
	walks := func() float64 { return testutil.ToFloat64(b.rep.m.syncWalks) + testutil.ToFloat64(a.rep.m.syncWalks) }
	walked, d0 := walks(), differing() // the joins at start may come before the sums are built

	if n := c.syncFrom(t, 1, 0); n != len(onlyA) {
		t.Fatalf("pulled %d messages, want %d", n, len(onlyA))
	}
	if c.missing(1, append(both, onlyA...)) != 0 {
		t.Fatal("b still misses messages")
	}
	if d := differing() - d0; d != 2 {
		t.Fatalf("%v buckets differed, want the 2 of the accounts a alone held messages of", d)
	}
	// In step: nothing differs, nothing is pulled.
	if n := c.syncFrom(t, 1, 0); n != 0 || differing()-d0 != 2 {
		t.Fatalf("second round pulled %d, %v buckets differed in all", n, differing()-d0)
	}
	// b holds a message a lacks: b's pull from a finds nothing to take, a's
	// from b one message.
	c.bulk(1, []int{3}, 1, "b")
	if n := c.syncFrom(t, 1, 0); n != 0 {
		t.Fatalf("b pulled %d", n)
	}
	if n := c.syncFrom(t, 0, 1); n != 1 {
		t.Fatalf("a pulled %d, want 1", n)
	}
	if w := walks() - walked; w != 0 {
		t.Fatalf("%v rounds walked every account", w)
	}
	sa, _ := a.st.Sums()
	sb, _ := b.st.Sums()
	if *sa != *sb {
		t.Fatal("the members' sums differ after the rounds")
	}
}

// A peer without sums (older, or still building them) is synced from by
// comparing every account.
func TestSyncWalksWithoutPeerSums(t *testing.T) {
	c := newCluster(t, 2, func(o *Options) { o.SyncInterval = -1 })
	c.nodes[0].rep.o.noSums = true
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 2)})
	c.startAll()
	waitReady(t, c.nodes[0])
	waitReady(t, c.nodes[1])
	msgs := c.bulk(0, ids(0, 20), 2, "m")
	walks := testutil.ToFloat64(c.nodes[1].rep.m.syncWalks)
	if n := c.syncFrom(t, 1, 0); n != len(msgs) {
		t.Fatalf("pulled %d messages, want %d", n, len(msgs))
	}
	if c.missing(1, msgs) != 0 {
		t.Fatal("b still misses messages")
	}
	if w := testutil.ToFloat64(c.nodes[1].rep.m.syncWalks) - walks; w != 1 {
		t.Fatalf("%v account walks, want 1", w)
	}
}

// A peer's sums answer decodes or fails, never panics.
func FuzzSumsAnswer(f *testing.F) {
	f.Add([]byte(`{"buckets":[{"b":5,"n":2,"x":"` + strings.Repeat("ab", 32) + `"}],"held":2}`))
	f.Add([]byte(`{"buckets":[{"b":4096,"n":1,"x":""}]}`))
	f.Add([]byte(`{"buckets":[{"b":-1,"n":1,"x":"zz"}]}`))
	f.Add([]byte(`{"buckets":[{"b":5,"n":1,"x":"` + strings.Repeat("ab", 32) + `"},{"b":5,"n":2,"x":"` + strings.Repeat("ab", 32) + `"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var sr sumsRes
		if json.Unmarshal(body, &sr) != nil {
			return
		}
		sums, err := sr.sums()
		if err != nil {
			return
		}
		for _, e := range sr.Buckets {
			if sums[e.B].Count != e.N {
				t.Fatalf("bucket %d: count %d, sent %d", e.B, sums[e.B].Count, e.N)
			}
		}
	})
}

// A round whose first member does not answer tries another: with one of
// the two other members cut off, every round still syncs.
func TestSyncOnceTriesAnotherMember(t *testing.T) {
	c := newCluster(t, 3, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 3)})
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	a := c.nodes[0]
	c.net.partition(a.pub, c.nodes[1].pub, true)
	msgs := c.bulk(2, ids(0, 5), 1, "m")
	for round := range 10 {
		if err := a.rep.SyncOnce(t.Context()); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
	if c.missing(0, msgs) != 0 {
		t.Fatal("a misses the messages only the reachable member held")
	}
}
