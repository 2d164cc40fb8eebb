package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/nodetest"
	"github.com/sessiond/sessiond/internal/onion"
	"github.com/sessiond/sessiond/internal/peer"
)

// BenchmarkRelayHopProcess measures onion relaying by one real node
// process: a devnet of 4 `sessiond run` processes, 32 clients in this
// process sending `info` through the fixed path 0 -> 1 -> 2 -> 3 over HTTPS
// for 5 s. Node 1 relays every request (HTTPS in, layer decryption, signed
// node-to-node request out, reply back). The machine's cores are shared by
// the four nodes and the clients, so the figure for a node is its relayed
// hops per second of its own CPU time (from /proc/PID/stat, less the CPU
// it uses idle over the same time): what it relays per core it has to
// itself. SESSIOND_BENCH_PROFILE=FILE saves the relay
// node's CPU profile during the load, and FILE.allocs its allocations.
func BenchmarkRelayHopProcess(b *testing.B) {
	ctx, c := startRelayDevnet(b, 4)
	node := func(i int) client.Node {
		p := c.Node(i)
		return client.Node{Base: p.HTTPS(), Ed25519: [32]byte(p.ID.Ed25519Public()), X25519: p.ID.X25519Public}
	}
	path, dest := []client.Node{node(0), node(1), node(2)}, node(3)
	cl := client.New(client.Options{EncType: onion.EncAESGCM})
	payload := []byte(`{"method":"info","params":{}}`)
	one := func() error {
		r, err := cl.Via(ctx, path, dest, payload)
		if err == nil && r.Status != 200 {
			err = fmt.Errorf("info: %d %s", r.Status, r.Body)
		}
		return err
	}
	relay := warmUp(b, c, one)
	// The node's own background work (chain polling, announcements, probes)
	// costs CPU without relaying: measure it idle and subtract it.
	idle0 := procCPU(b, relay)
	time.Sleep(5 * time.Second)
	idle := procCPU(b, relay) - idle0
	b.ResetTimer()
	for b.Loop() {
		cpu0 := procCPU(b, relay)
		start := time.Now()
		stop := start.Add(5 * time.Second)
		var wg sync.WaitGroup
		if out := os.Getenv("SESSIOND_BENCH_PROFILE"); out != "" {
			// The relay node's CPU profile during the load (go tool pprof).
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := http.Get(c.Node(1).Metrics() + "/debug/pprof/profile?seconds=4")
				if err != nil {
					b.Error(err)
					return
				}
				defer resp.Body.Close()
				raw, _ := io.ReadAll(resp.Body)
				if err := os.WriteFile(out, raw, 0o600); err != nil {
					b.Error(err)
				}
			}()
		}
		n, err := loadFor(32, stop, one)
		el := time.Since(start).Seconds()
		busy := procCPU(b, relay) - cpu0
		if out := os.Getenv("SESSIOND_BENCH_PROFILE"); out != "" {
			// And its allocations since it started (mostly the load's).
			if resp, err := http.Get(c.Node(1).Metrics() + "/debug/pprof/allocs"); err == nil {
				raw, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				_ = os.WriteFile(out+".allocs", raw, 0o600)
			}
		}
		wg.Wait()
		cpu := max(busy-idle*el/5, 0.01)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(n/el, "relayed_hops/s")
		b.ReportMetric(n/cpu, "hops_per_cpu_s")
		b.ReportMetric(1e6*cpu/n, "cpu_µs/hop")
		fmt.Printf("relay node process: %.0f hops/s on a shared machine; %.2f CPU-s in %.1f s (%.2f CPU-s idle in 5 s) -> %.2f CPU-s for %.0f hops = %.0f µs per hop = %.0f hops per second of one core\n",
			n/el, busy, el, idle, cpu, n, 1e6*cpu/n, n/cpu)
	}
	b.ReportMetric(0, "ns/op")
}

// procCPU is a process's user+system CPU seconds from /proc/PID/stat.
func procCPU(b *testing.B, pid string) float64 {
	raw, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:]) // fields from 3 on
	ut, _ := strconv.ParseFloat(f[11], 64)                   // field 14
	st, _ := strconv.ParseFloat(f[12], 64)                   // field 15
	return (ut + st) / 100                                   // USER_HZ
}

// BenchmarkRelayCapacity measures how many onion hops one node process
// relays per second when the hops around it cost little, so that the relay
// can use the machine: a devnet of 3 `sessiond run` processes, where this
// process acts as node 0 (with its key, over the node-to-node transport)
// and sends node 1 the relay request node 0 would send for a path
// 0 -> 1 -> 2, 64 at a time for 5 s. Node 1 does all of a relay's work:
// authenticates the sender, decrypts its layer (X25519, AES-GCM), parses the
// route, sends the rest to node 2 and passes node 2's answer back. The
// request arrives with hop_no at the 15-hop limit, so node 2 refuses what
// node 1 forwards (hop 16) before any cryptography: the next hop costs
// little and answers at once, and node 1 relays that answer as it would any
// other. BenchmarkRelayHopProcess measures the same hop on a full path.
func BenchmarkRelayCapacity(b *testing.B) {
	ctx, c := startRelayDevnet(b, 3)
	hop := func(i int) onion.Hop {
		p := c.Node(i)
		return onion.Hop{Ed25519: [32]byte(p.ID.Ed25519Public()), X25519: p.ID.X25519Public}
	}
	// The layers of a path 0 -> 1 -> 2; node 0's is peeled here, with its key.
	o, err := onion.Builder{EncType: onion.EncAESGCM}.BuildToSnode([]onion.Hop{hop(0), hop(1)}, hop(2), []byte(`{"method":"info","params":{}}`))
	if err != nil {
		b.Fatal(err)
	}
	kp0, err := onion.KeyPairFromSecret(c.Node(0).ID.X25519Secret)
	if err != nil {
		b.Fatal(err)
	}
	_, layer, err := onion.OpenEntry(kp0, o.Request)
	if err != nil {
		b.Fatal(err)
	}
	rt, ok := layer.Route.(*onion.RelayToNode)
	if !ok {
		b.Fatalf("node 0's layer routes to %v", layer.Route.Kind())
	}
	body := onion.EncodeRelay(rt.Ciphertext, rt.EncType, rt.EphemeralKey, onion.MaxHops)
	pc := peer.NewClient(peer.ClientOptions{Identity: c.Node(0).ID.Ed25519})
	defer pc.CloseIdleConnections()
	n1 := c.Node(1)
	target := peer.Target{Key: [32]byte(n1.ID.Ed25519Public()), Base: n1.HTTPS()}
	want := "onion request max path length exceeded"
	one := func() error {
		r, err := pc.Do(ctx, target, peer.Request{Method: http.MethodPost, Path: onion.PathRelay, ContentType: "application/octet-stream", Body: body})
		if err == nil && (r.Status != http.StatusBadRequest || !strings.Contains(string(r.Body), want)) {
			err = fmt.Errorf("relay: %d %q, want node 2's 400 %q", r.Status, r.Body, want)
		}
		return err
	}
	relay := warmUp(b, c, one)
	b.ResetTimer()
	for b.Loop() {
		cpu0 := procCPU(b, relay)
		start := time.Now()
		n, err := loadFor(64, start.Add(5*time.Second), one)
		el := time.Since(start).Seconds()
		cpu := procCPU(b, relay) - cpu0
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(n/el, "relayed_hops/s")
		b.ReportMetric(1e6*cpu/n, "cpu_µs/hop")
		fmt.Printf("relay capacity: node 1 relayed %.0f hops/s (%.0f in %.1f s) using %.2f of the machine's 2 cores (%.0f µs of CPU per hop, idle work included)\n",
			n/el, n, el, cpu/el, 1e6*cpu/n)
	}
	b.ReportMetric(0, "ns/op")
}

// loadFor runs one from the given number of goroutines until stop and
// returns how many calls succeeded, or the first error.
func loadFor(workers int, stop time.Time, one func() error) (float64, error) {
	var done atomic.Int64
	var failed atomic.Value
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stop) {
				if err := one(); err != nil {
					failed.Store(err)
					return
				}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	err, _ := failed.Load().(error)
	return float64(done.Load()), err
}

// startRelayDevnet starts a devnet of n `sessiond run` processes for the
// relay benchmarks; it stops when the benchmark ends.
func startRelayDevnet(b *testing.B, n int) (context.Context, *nodetest.Cluster) {
	b.Setenv(asSessiond, "1")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	b.Cleanup(cancel)
	c, err := nodetest.Start(ctx, nodetest.Options{Mode: nodetest.Subprocess, Nodes: n, Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = c.Close() })
	return ctx, c
}

// warmUp runs one 50 times (connections, caches) and returns the process id
// of node 1, the relay measured.
func warmUp(b *testing.B, c *nodetest.Cluster, one func() error) string {
	for range 50 {
		if err := one(); err != nil {
			b.Fatal(err)
		}
	}
	pid, err := os.ReadFile(c.Node(1).PIDPath())
	if err != nil {
		b.Fatal(err)
	}
	return strings.TrimSpace(string(pid))
}
