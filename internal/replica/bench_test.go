package replica

import (
	"crypto/sha256"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

// BenchmarkStoreReplicate compares client stores through one node of a
// 7-node swarm (each forwarded to the 6 others over signed HTTPS) with a
// single-node swarm, in the same run. Parallelism is GOMAXPROCS×4 clients.
func BenchmarkStoreReplicate(b *testing.B) {
	for _, v := range []struct{ n, idle int }{{1, 0}, {7, 0}, {7, 64}} {
		n := v.n
		name := fmt.Sprintf("nodes=%d", n)
		if v.idle > 0 {
			name += fmt.Sprintf("/idle=%d", v.idle)
		}
		b.Run(name, func(b *testing.B) {
			c := newClusterIdle(b, n, nil, v.idle)
			c.assign(map[swarm.ID][]int{swarmA: ids(0, n)})
			var seq atomic.Int64
			b.SetParallelism(4)
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					i := seq.Add(1)
					c.store(0, randAccount(int(i%1000)), []byte(fmt.Sprintf("bench message %d with some padding to look like a real one", i)))
				}
			})
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "stores/s")
		})
	}
}

// BenchmarkHandOff measures how long a new member of a swarm takes to pull
// N messages (REPLICA_BENCH_N, default 10,000; 100 B each over N/10
// accounts) from an existing member before it reports ready. The bandwidth
// cap is off.
func BenchmarkHandOff(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("REPLICA_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		c := newCluster(b, 2, func(o *Options) { o.SyncInterval = -1; o.ProbeInterval = -1 })
		c.assign(map[swarm.ID][]int{swarmA: {0}})
		msgs := make([]storage.Message, n)
		exp := time.Now().Add(time.Hour).UnixMilli()
		accts := max(n/10, 1)
		for i := range msgs {
			h := sha256.Sum256([]byte(fmt.Sprint("acct", i%accts)))
			var a storage.Account
			a[0] = 0x05
			copy(a[1:], h[:])
			data := make([]byte, 100)
			copy(data, fmt.Sprint("handoff", i))
			msgs[i] = storage.Message{Account: a, Timestamp: time.Now().UnixMilli(), Expiry: exp, Data: data}
		}
		if _, err := c.nodes[0].st.StoreBulk(msgs); err != nil {
			b.Fatal(err)
		}
		c.startAll()
		for _, tn := range c.nodes {
			eventually(b, 10*time.Second, "ready", func() bool { return tn.rep.Ready() == "" })
			for len(tn.readyC) > 0 {
				<-tn.readyC
			}
		}
		joiner := c.nodes[1]
		b.StartTimer()
		start := time.Now()
		c.assign(map[swarm.ID][]int{swarmA: {0, 1}})
		joiner.rep.Kick()
		for r := range joiner.readyC {
			if r == "" {
				break
			}
		}
		d := time.Since(start)
		b.StopTimer()
		c.stopLoop(0)
		c.stopLoop(1)
		if got := joiner.st.MessageCount(); got != int64(n) {
			b.Fatalf("joiner holds %d of %d", got, n)
		}
		b.ReportMetric(d.Seconds(), "s/handoff")
		b.ReportMetric(float64(n)/d.Seconds(), "msgs/s")
	}
}

// BenchmarkSyncInStep measures one anti-entropy round between two members
// that hold the same N messages (REPLICA_BENCH_N, default 100,000; 5 per
// account): comparing bucket sums, and comparing every account as rounds
// did before the sums (and still do with a peer that has none). It prints
// wall time and CPU (both nodes, this process) per round and their ratio.
func BenchmarkSyncInStep(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("REPLICA_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	c := newCluster(b, 2, func(o *Options) { o.SyncInterval = -1; o.ProbeInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: {0, 1}})
	exp := time.Now().Add(time.Hour).UnixMilli()
	for off := 0; off < n; off += 10_000 {
		var msgs []storage.Message
		for i := off; i < min(n, off+10_000); i++ {
			h := sha256.Sum256([]byte(fmt.Sprint("acct", i/5)))
			var a storage.Account
			a[0] = 0x05
			copy(a[1:], h[:])
			msgs = append(msgs, storage.Message{Account: a, Timestamp: exp, Expiry: exp, Data: []byte(fmt.Sprintf("in step %0100d", i))})
		}
		for _, tn := range c.nodes {
			if _, err := tn.st.StoreBulk(msgs); err != nil {
				b.Fatal(err)
			}
		}
	}
	c.startAll()
	for _, tn := range c.nodes {
		eventually(b, time.Minute, "ready", func() bool { return tn.rep.Ready() == "" })
	}
	round := func() (time.Duration, time.Duration) {
		snap := c.nodes[1].rep.mustSnap()
		own, _ := snap.OwnSwarm()
		c0, t0 := processCPU(), time.Now()
		got, err := c.nodes[1].rep.SyncFrom(b.Context(), c.nodes[0].info(c).Target(), own, snap.Block.Number)
		if err != nil {
			b.Fatal(err)
		}
		if got != 0 {
			b.Fatalf("pulled %d messages between members in step", got)
		}
		return time.Since(t0), processCPU() - c0
	}
	var sumsWall, sumsCPU, walkWall, walkCPU time.Duration
	rounds := 0
	for b.Loop() {
		c.nodes[0].rep.o.noSums = false
		w, cpu := round()
		sumsWall, sumsCPU = sumsWall+w, sumsCPU+cpu
		c.nodes[0].rep.o.noSums = true
		w, cpu = round()
		walkWall, walkCPU = walkWall+w, walkCPU+cpu
		rounds++
	}
	per := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(rounds) }
	b.ReportMetric(per(sumsWall), "sums_ms/round")
	b.ReportMetric(per(sumsCPU), "sums_cpu_ms/round")
	b.ReportMetric(per(walkWall), "walk_ms/round")
	b.ReportMetric(per(walkCPU), "walk_cpu_ms/round")
	b.ReportMetric(walkCPU.Seconds()/sumsCPU.Seconds(), "walk/sums_cpu")
	fmt.Printf("in-step round, %d messages on each member: bucket sums %.1f ms (CPU %.1f ms), every account %.1f ms (CPU %.1f ms): %.0fx the CPU\n",
		n, per(sumsWall), per(sumsCPU), per(walkWall), per(walkCPU), walkCPU.Seconds()/sumsCPU.Seconds())
}

// processCPU is this process's user+sys CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkHandOffScan measures a hand-off scan that finds nothing: a node
// holding N messages (REPLICA_BENCH_N, default 100,000; 5 per account), all
// of its own swarm's accounts, one of two swarms. It compares the scan
// (listing the accounts of the buckets its swarm does not wholly own) with
// visiting every account held, as scans did before, and prints both.
func BenchmarkHandOffScan(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("REPLICA_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	c := newCluster(b, 2, func(o *Options) { o.SyncInterval = -1; o.ProbeInterval = -1 })
	c.assign(map[swarm.ID][]int{swarmA: {0}, swarmB: {1}})
	snap := c.nodes[0].rep.mustSnap()
	own, in := snap.OwnSwarm()
	exp := time.Now().Add(time.Hour).UnixMilli()
	var msgs []storage.Message
	stored := 0
	for i := 0; stored < n; i++ {
		h := sha256.Sum256([]byte(fmt.Sprint("acct", i)))
		var a storage.Account
		a[0] = 0x05
		copy(a[1:], h[:])
		if !ownsAccount(snap, &a, own) {
			continue
		}
		for j := 0; j < 5 && stored < n; j++ {
			msgs = append(msgs, storage.Message{Account: a, Timestamp: exp, Expiry: exp, Data: []byte(fmt.Sprintf("own %d %0100d", j, i))})
			stored++
		}
		if len(msgs) >= 10_000 || stored == n {
			if _, err := c.nodes[0].st.StoreBulk(msgs); err != nil {
				b.Fatal(err)
			}
			msgs = msgs[:0]
		}
	}
	r := c.nodes[0].rep
	foreign := func(a *storage.Account) bool { return !in || !ownsAccount(snap, a, own) }
	walk := func() { // the scan before storage_accounts was listed by bucket
		ds, more, err := r.o.Store.AccountDigests(nil, r.o.DigestPage, foreign)
		if err != nil || len(ds) > 0 || more {
			b.Fatalf("walk: %v, %d foreign accounts", err, len(ds))
		}
	}
	var scanWall, scanCPU, walkWall, walkCPU time.Duration
	rounds := 0
	for b.Loop() {
		c0, t0 := processCPU(), time.Now()
		r.handOff(b.Context())
		scanWall, scanCPU = scanWall+time.Since(t0), scanCPU+processCPU()-c0
		if r.clean.snap == nil {
			b.Fatal("the scan found accounts to hand off")
		}
		c0, t0 = processCPU(), time.Now()
		walk()
		walkWall, walkCPU = walkWall+time.Since(t0), walkCPU+processCPU()-c0
		rounds++
	}
	per := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(rounds) }
	b.ReportMetric(per(scanWall), "scan_ms")
	b.ReportMetric(per(walkWall), "walk_ms")
	b.ReportMetric(walkCPU.Seconds()/max(scanCPU.Seconds(), 1e-9), "walk/scan_cpu")
	fmt.Printf("hand-off scan finding nothing, %d messages held: by bucket %.2f ms (CPU %.2f ms), every account %.1f ms (CPU %.1f ms)\n",
		n, per(scanWall), per(scanCPU), per(walkWall), per(walkCPU))
}
