package replica

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

const swarmA = swarm.ID(0x4000_0000_0000_0000)
const swarmB = swarm.ID(0xc000_0000_0000_0000)

func ids(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// A store through one member is retrievable from every member, and the
// response carries every member's signed entry.
func TestStoreReachesWholeSwarm(t *testing.T) {
	c := newCluster(t, 6, nil)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 6)})
	var msgs []stored
	for i := 0; i < 30; i++ {
		acct := randAccount(i)
		h, sw := c.store(i%6, acct, []byte(fmt.Sprint("msg", i)))
		if len(sw) != 6 {
			t.Fatalf("swarm map has %d entries: %v", len(sw), sw)
		}
		for k, e := range sw {
			if _, failed := e["failed"]; failed {
				t.Fatalf("member %s failed: %v", k, e)
			}
		}
		msgs = append(msgs, stored{acct, h})
	}
	for i := range c.nodes {
		if n := c.missing(i, msgs); n != 0 {
			t.Fatalf("node %d misses %d messages right after the stores", i, n)
		}
	}
}

// A member that is down gets failed entries in the swarm map; after it
// returns, anti-entropy gives it every message.
func TestDownMemberCatchesUp(t *testing.T) {
	c := newCluster(t, 5, nil)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5)})
	c.startAll()
	down := c.nodes[4]
	c.net.setDown(down.pub, true)
	var msgs []stored
	for i := 0; i < 100; i++ {
		acct := randAccount(i % 17)
		h, sw := c.store(i%4, acct, []byte(fmt.Sprint("m", i)))
		e := sw[hex.EncodeToString(down.pub[:])]
		if e["failed"] != true || e["timeout"] != true {
			t.Fatalf("down member's entry: %v", e)
		}
		msgs = append(msgs, stored{acct, h})
	}
	eventually(t, 10*time.Second, "a peer to find the down member unreachable", func() bool {
		for _, n := range c.nodes[:4] {
			if _, down := n.rep.Reachability().UnreachableSince(down.pub); down {
				return true
			}
		}
		return false
	})
	if n := c.missing(4, msgs); n != 100 {
		t.Fatalf("down node holds %d messages", 100-n)
	}
	c.net.setDown(down.pub, false)
	eventually(t, 20*time.Second, "the returned member to catch up", func() bool { return c.missing(4, msgs) == 0 })
	// The reachability record saw it fail and recover.
	st, ok := c.nodes[0].rep.Reachability().Status(down.pub)
	if !ok {
		t.Log("node 0 has not tested node 4 yet")
	} else {
		t.Logf("node 0 on node 4: %+v", st)
	}
}

// Two members partitioned from each other diverge, then converge.
func TestPartitionHeals(t *testing.T) {
	c := newCluster(t, 5, func(o *Options) { o.SyncInterval = -1 }) // no background sync while cut
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5)})
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	a, b := c.nodes[0], c.nodes[1]
	c.net.partition(a.pub, b.pub, true)
	var fromA, fromB []stored
	for i := 0; i < 40; i++ {
		h, _ := c.store(0, randAccount(i), []byte(fmt.Sprint("a", i)))
		fromA = append(fromA, stored{randAccount(i), h})
		h, _ = c.store(1, randAccount(i), []byte(fmt.Sprint("b", i)))
		fromB = append(fromB, stored{randAccount(i), h})
	}
	if c.missing(1, fromA) != 40 || c.missing(0, fromB) != 40 {
		t.Fatal("the partition did not separate the two members")
	}
	if err := a.rep.Reachability().Test(t.Context(), a.rep.mustSnap(), b.info(c)); err == nil {
		t.Fatal("reachability test passed across the partition")
	}
	if _, down := a.rep.Reachability().UnreachableSince(b.pub); !down {
		t.Fatal("UnreachableSince does not report the partitioned peer")
	}
	c.net.partition(a.pub, b.pub, false)
	snap := a.rep.mustSnap()
	own, _ := snap.OwnSwarm()
	if _, err := a.rep.SyncFrom(t.Context(), b.info(c).Target(), own, snap.Block.Number); err != nil {
		t.Fatal(err)
	}
	if _, err := b.rep.SyncFrom(t.Context(), a.info(c).Target(), own, snap.Block.Number); err != nil {
		t.Fatal(err)
	}
	if c.missing(1, fromA) != 0 || c.missing(0, fromB) != 0 {
		t.Fatalf("not converged: b misses %d, a misses %d", c.missing(1, fromA), c.missing(0, fromB))
	}
	if err := a.rep.Reachability().Test(t.Context(), snap, b.info(c)); err != nil {
		t.Fatal(err)
	}
	if _, down := a.rep.Reachability().UnreachableSince(b.pub); down {
		t.Fatal("still unreachable after the partition healed")
	}
}

// A node that joins a swarm reports ready only after it holds the swarm's
// messages.
func TestJoinPullsBeforeReady(t *testing.T) {
	c := newCluster(t, 6, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5)})
	var msgs []stored
	for i := 0; i < 300; i++ {
		h, _ := c.store(i%5, randAccount(i%50), []byte(fmt.Sprint("j", i)))
		msgs = append(msgs, stored{randAccount(i % 50), h})
	}
	c.startAll()
	joiner := c.nodes[5]
	// Not in a swarm: ready with nothing.
	waitReady(t, joiner)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 6)})
	start := time.Now()
	for _, n := range c.nodes {
		n.rep.Kick()
	}
	defer func() { t.Logf("join took %v", time.Since(start)) }()
	// The next readiness change is "not ready" (joining), then "" with the data.
	for {
		select {
		case r := <-joiner.readyC:
			if r != "" {
				continue
			}
			if n := c.missing(5, msgs); n != 0 {
				t.Fatalf("joiner reported ready missing %d messages", n)
			}
			joiner.mu.Lock()
			hist := append([]string(nil), joiner.ready...)
			joiner.mu.Unlock()
			t.Logf("readiness history: %q", hist)
			// While it pulled, its not-ready reason showed the progress:
			// the last one counts all 300 messages of about 300 held by
			// the source.
			var last string
			for _, h := range hist {
				if strings.Contains(h, "pulled") {
					last = h
				}
			}
			if !strings.Contains(last, "pulled 300 of about 300 messages (100%)") {
				t.Fatalf("no join progress in the readiness reasons: %q", hist)
			}
			if joiner.rep.Transfer() != nil {
				t.Fatal("the join's transfer is still reported after it ended")
			}
			return
		case <-time.After(20 * time.Second):
			t.Fatal("joiner never reported ready")
		}
	}
}

// Accounts that move to a new swarm are pushed to its members and deleted
// from the old one only after they acknowledged.
func TestHandOffToNewSwarm(t *testing.T) {
	c := newCluster(t, 7, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5)})
	var msgs []stored
	for i := 0; i < 200; i++ {
		h, _ := c.store(i%5, randAccount(i), []byte(fmt.Sprint("h", i)))
		msgs = append(msgs, stored{randAccount(i), h})
	}
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5), swarmB: {5, 6}})
	start := time.Now()
	for _, n := range c.nodes[5:] {
		n.rep.Kick()
	}
	// The new swarm's members report ready only once they hold its accounts
	// (pulled from the old owners, before those push and delete).
	for _, n := range c.nodes[5:] {
		for r := range n.readyC {
			if r == "" {
				break
			}
		}
	}
	t.Logf("new swarm ready after %v", time.Since(start))
	for _, n := range c.nodes[:5] {
		n.rep.Kick()
	}
	snap := c.nodes[0].rep.mustSnap()
	var moved, stayed []stored
	for _, m := range msgs {
		a, _ := hex.DecodeString(m.acct)
		if snap.Swarms.SwarmFor(a) == swarmB {
			moved = append(moved, m)
		} else {
			stayed = append(stayed, m)
		}
	}
	if len(moved) == 0 || len(stayed) == 0 {
		t.Fatalf("bad split: %d moved, %d stayed", len(moved), len(stayed))
	}
	if c.missing(5, moved) != 0 || c.missing(6, moved) != 0 {
		t.Fatalf("new swarm reported ready missing %d/%d", c.missing(5, moved), c.missing(6, moved))
	}
	eventually(t, 20*time.Second, "hand-off", func() bool {
		for i := 0; i < 5; i++ {
			if c.missing(i, stayed) != 0 || c.missing(i, moved) != len(moved) {
				return false
			}
		}
		return c.missing(5, moved) == 0 && c.missing(6, moved) == 0
	})
	t.Logf("hand-off done after %v", time.Since(start))
}

func waitReady(t *testing.T, n *tnode) {
	t.Helper()
	eventually(t, 10*time.Second, "ready", func() bool { return n.rep.Ready() == "" })
	for len(n.readyC) > 0 {
		<-n.readyC
	}
}

// Peer failures map to upstream's failed entries.
func TestForwardFailures(t *testing.T) {
	c := newCluster(t, 3, nil)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 3)})
	res := c.nodes[0].fwd.Forward(t.Context(), "store", []byte(`{"pubkey":"nope"}`))
	if len(res) != 2 {
		t.Fatalf("%d results", len(res))
	}
	for k, r := range res {
		if !r.Failed || r.Code != 400 || r.Reason == "" {
			t.Fatalf("%s: %+v", k, r)
		}
	}
	c.net.setDown(c.nodes[2].pub, true)
	res = c.nodes[0].fwd.Forward(t.Context(), "store", []byte(`{"pubkey":"nope"}`))
	if r := res[hex.EncodeToString(c.nodes[2].pub[:])]; !r.Failed || !r.Timeout {
		t.Fatalf("down peer: %+v", r)
	}
	// A non-recursive method is refused by the peer.
	res = c.nodes[0].fwd.Forward(t.Context(), "retrieve", []byte(`{}`))
	if r := res[hex.EncodeToString(c.nodes[1].pub[:])]; !r.Failed || r.Code != 400 {
		t.Fatalf("retrieve: %+v", r)
	}
}

// The background anti-entropy round runs even while the registry kicks the
// replicator on every block (more often than the sync interval): a kick must
// not restart the sync timer.
func TestBackgroundSyncSurvivesKicks(t *testing.T) {
	c := newCluster(t, 2, nil) // SyncInterval 200ms
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 2)})
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	a, b := c.nodes[0], c.nodes[1]
	c.net.partition(a.pub, b.pub, true)
	var fromA []stored
	for i := range 5 {
		h, _ := c.store(0, randAccount(i), []byte(fmt.Sprint("kicked", i)))
		fromA = append(fromA, stored{randAccount(i), h})
	}
	if c.missing(1, fromA) != len(fromA) {
		t.Fatal("the partition did not separate the two members")
	}
	c.net.partition(a.pub, b.pub, false)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		tk := time.NewTicker(20 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				a.rep.Kick()
				b.rep.Kick()
			}
		}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for c.missing(1, fromA) != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("b still misses %d of a's messages: anti-entropy did not run under constant kicks", c.missing(1, fromA))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A message its owner deleted while one member was cut off does not come
// back to the members that deleted it when anti-entropy runs against the
// member that missed the delete.
func TestDeleteNotUndoneByAntiEntropy(t *testing.T) {
	c := newCluster(t, 3, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 3)})
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := keys.Ed25519PublicToX25519(pub)
	if err != nil {
		t.Fatal(err)
	}
	acct := "05" + hex.EncodeToString(x[:])
	h, _ := c.store(0, acct, []byte("to be deleted"))
	for i := range 3 {
		if !c.has(i, acct, h) {
			t.Fatalf("node %d lacks the stored message", i)
		}
	}
	c.net.partition(c.nodes[0].pub, c.nodes[2].pub, true)
	c.net.partition(c.nodes[1].pub, c.nodes[2].pub, true)
	params, _ := json.Marshal(map[string]any{
		"pubkey": acct, "pubkey_ed25519": hex.EncodeToString(pub), "messages": []string{h},
		"signature": base64.StdEncoding.EncodeToString(ed25519.Sign(priv, []byte("delete"+h))),
	})
	if res := c.nodes[0].st.Handle(t.Context(), "delete", params, storage.Client{}); res.Status != 200 {
		t.Fatalf("delete: %d %s", res.Status, res.Body)
	}
	if c.has(0, acct, h) || c.has(1, acct, h) || !c.has(2, acct, h) {
		t.Fatal("the delete should have reached nodes 0 and 1 only")
	}
	c.net.partition(c.nodes[0].pub, c.nodes[2].pub, false)
	c.net.partition(c.nodes[1].pub, c.nodes[2].pub, false)
	snap := c.nodes[0].rep.mustSnap()
	own, _ := snap.OwnSwarm()
	for _, i := range []int{0, 1} {
		if _, err := c.nodes[i].rep.SyncFrom(t.Context(), c.nodes[2].info(c).Target(), own, snap.Block.Number); err != nil {
			t.Fatal(err)
		}
		if c.has(i, acct, h) {
			t.Fatalf("anti-entropy from the member that missed the delete brought the message back to node %d", i)
		}
	}
}

// A hand-off waits for every member of the new swarm to be reachable: the
// old owners keep the moved accounts while one new member's address is not
// known yet, even after the other acknowledged, and finish once it is.
func TestHandOffWaitsForEveryNewMember(t *testing.T) {
	c := newCluster(t, 7, func(o *Options) { o.SyncInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5)})
	var msgs []stored
	for i := 0; i < 100; i++ {
		h, _ := c.store(i%5, randAccount(i), []byte(fmt.Sprint("w", i)))
		msgs = append(msgs, stored{randAccount(i), h})
	}
	c.startAll()
	for _, n := range c.nodes {
		waitReady(t, n)
	}
	c.net.hide(c.nodes[6].pub, true)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 5), swarmB: {5, 6}})
	for _, n := range c.nodes {
		n.rep.Kick()
	}
	snap := c.nodes[0].rep.mustSnap()
	var moved []stored
	for _, m := range msgs {
		a, _ := hex.DecodeString(m.acct)
		if snap.Swarms.SwarmFor(a) == swarmB {
			moved = append(moved, m)
		}
	}
	if len(moved) == 0 {
		t.Fatal("no account moved")
	}
	eventually(t, 10*time.Second, "node 5 receives the moved accounts", func() bool { return c.missing(5, moved) == 0 })
	for range 5 { // several rounds: nothing is dropped while node 6 is unknown
		for _, n := range c.nodes[:5] {
			n.rep.Kick()
		}
		time.Sleep(100 * time.Millisecond)
	}
	for i := range 5 {
		if c.missing(i, moved) != 0 {
			t.Fatalf("node %d dropped moved messages while a new owner was unreachable", i)
		}
	}
	c.net.hide(c.nodes[6].pub, false)
	eventually(t, 20*time.Second, "hand-off after the member became reachable", func() bool {
		for _, n := range c.nodes[:5] {
			n.rep.Kick()
		}
		for i := range 5 {
			if c.missing(i, moved) != len(moved) {
				return false
			}
		}
		return c.missing(6, moved) == 0
	})
}

// Once a hand-off scan found nothing to hand off, the periodic ones are
// skipped while the swarms stay the same (a scan reads every account's
// key), until handOffRecheck passes; a swarm change scans again, and so
// does every round after a scan that found something.
func TestPeriodicHandOffSkipsCleanScans(t *testing.T) {
	var now atomic.Int64
	now.Store(time.Now().UnixNano())
	c := newCluster(t, 4, func(o *Options) {
		o.SyncInterval = -1
		o.Now = func() time.Time { return time.Unix(0, now.Load()) }
	})
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 4)})
	for i := range 50 {
		c.store(0, randAccount(i), []byte(fmt.Sprint("p", i)))
	}
	r := c.nodes[0].rep // its loop is not running: the test is its goroutine
	count := func(result string) float64 { return testutil.ToFloat64(r.m.handoffScans.WithLabelValues(result)) }
	ctx := context.Background()
	r.periodicHandOff(ctx)
	r.periodicHandOff(ctx)
	r.periodicHandOff(ctx)
	if count("scanned") != 1 || count("skipped") != 2 {
		t.Fatalf("own accounts only: %v scanned, %v skipped; want 1 and 2", count("scanned"), count("skipped"))
	}
	now.Add(int64(handOffRecheck))
	r.periodicHandOff(ctx)
	if count("scanned") != 2 {
		t.Fatalf("after %v: %v scans, want 2", handOffRecheck, count("scanned"))
	}

	// Some accounts move to a new swarm whose members are down: every round
	// scans, finds them, and cannot hand them off.
	c.net.setDown(c.nodes[2].pub, true)
	c.net.setDown(c.nodes[3].pub, true)
	c.assign(map[swarm.ID][]int{swarmA: ids(0, 2), swarmB: {2, 3}})
	for range 3 {
		r.periodicHandOff(ctx)
	}
	if count("scanned") != 5 || count("skipped") != 2 || testutil.ToFloat64(r.m.handoffDelete) != 0 {
		t.Fatalf("new swarm down: %v scanned, %v skipped, %v handed off; want 5, 2, 0",
			count("scanned"), count("skipped"), testutil.ToFloat64(r.m.handoffDelete))
	}
	// Once they are up, a round hands the accounts off, the next scan finds
	// nothing, and the rounds after it are skipped.
	c.net.setDown(c.nodes[2].pub, false)
	c.net.setDown(c.nodes[3].pub, false)
	eventually(t, 10*time.Second, "hand-off", func() bool {
		r.periodicHandOff(ctx)
		return r.clean.snap == nil && testutil.ToFloat64(r.m.handoffDelete) > 0
	})
	eventually(t, 10*time.Second, "a clean scan", func() bool {
		r.periodicHandOff(ctx)
		return r.clean.snap != nil
	})
	scanned, skipped := count("scanned"), count("skipped")
	r.periodicHandOff(ctx)
	if r.clean.snap == nil || count("scanned") != scanned || count("skipped") != skipped+1 {
		t.Fatalf("after the hand-off: clean %v, %v scanned (was %v), %v skipped; want a skip", r.clean.snap != nil, count("scanned"), scanned, count("skipped"))
	}
}
