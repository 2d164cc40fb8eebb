package rpc

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/storage"
)

// BenchmarkStorageHTTPS is the storage load test (make bench): a Go load
// generator (storage_loadgen_test.go; in this process unless
// SESSIOND_BENCH_GENERATOR=process) against one HTTPS storage server on
// loopback in this process, with keep-alive connections from 32 concurrent
// clients spread over the source addresses 127.0.0.2-127.0.0.255 so that
// the per-address rate limit (left on) does not bind. It measures, from an empty database and again
// after prefilling SESSIOND_BENCH_MESSAGES messages (default 50,000; the
// issue's figure is 1,000,000):
//
//   - durable stores/s (100-byte messages, acknowledged after the fsync),
//   - unsigned retrieves/s (namespace -10, last_hash two messages back),
//   - signed retrieves/s (the same with a Session ID signature: X25519 check
//     and Ed25519 verification),
//
// each with p50/p99 latency, the CPU time per request (figures that other
// load on the machine disturbs less than the rates) and the page faults per
// request of this process, plus the raw Ed25519 verifications per second of
// this process on all its cores and on one, the ratios the targets are
// stated in, and the RSS (anonymous and file-backed, i.e. the mapped
// database). Between the empty and the full phases it measures the HTTPS
// floor (storage_floor_test.go): the same signed retrieves against a TLS
// server that only sends back a canned answer, and from it the most signed
// retrieves any server could answer on these cores. With the generator in
// its own process, this process is the node alone, and the generator's CPU
// per request is shown beside it.
//
// Knobs: SESSIOND_BENCH_PHASE sets each phase's length (default 2s),
// SESSIOND_BENCH_CLIENTS the concurrency (default 32),
// SESSIOND_BENCH_MAPPED_BUDGET the store's MappedBudget (-1 never trims),
// SESSIOND_BENCH_EMPTY_ONLY / SESSIOND_BENCH_STORE_ONLY shorten the run,
// SESSIOND_BENCH_GENERATOR=process runs the generator in a process of its own
// (see storage_loadgen_test.go),
// SESSIOND_BENCH_NO_JOURNAL commits every store to bbolt before its answer,
// SESSIOND_BENCH_CPUPROFILE=PREFIX writes a CPU profile of each phase,
// PREFIX-empty_store.pprof, PREFIX-full_sget.pprof and so on, and a heap
// profile at its end, PREFIX-empty_store.heap and so on.
func BenchmarkStorageHTTPS(b *testing.B) {
	cfg := benchConfig{
		messages: envInt("SESSIOND_BENCH_MESSAGES", 50_000),
		phase:    envDuration("SESSIOND_BENCH_PHASE", 2*time.Second),
		clients:  envInt("SESSIOND_BENCH_CLIENTS", 32),
		accounts: 2000,
	}
	for i := 0; i < b.N; i++ {
		runStorageBench(b, cfg)
	}
	b.ReportMetric(0, "ns/op") // the figures are the rates below
}

type benchConfig struct {
	messages int
	phase    time.Duration
	clients  int
	accounts int
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

type benchAccount struct {
	priv ed25519.PrivateKey
	id   string
	ed   string
	// recent holds the hashes of the account's last three messages, oldest
	// first; recent[0] is the retrieve's last_hash (two messages follow it).
	recent [3]string
}

func runStorageBench(b *testing.B, cfg benchConfig) {
	// The timer keeps running: the scenario takes far longer than the default
	// -benchtime, so the framework runs it once.
	if cfg.phase > 50*time.Second {
		cfg.phase = 50 * time.Second // signed requests are made at the start of a phase and valid for 60 s
	}
	stdRate := rawVerifyRate(time.Second, runtime.GOMAXPROCS(0), ed25519.Verify)

	dir := b.TempDir()
	d, err := db.Open(dir, db.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	reg := prometheus.NewRegistry()
	budget, _ := strconv.ParseInt(os.Getenv("SESSIOND_BENCH_MAPPED_BUDGET"), 10, 64) // bytes; -1: never release
	noJournal := os.Getenv("SESSIOND_BENCH_NO_JOURNAL") != ""
	st, err := storage.Open(d, storage.Options{Identity: node, MappedBudget: budget, DisableJournal: noJournal}, zap.NewNop(), reg)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Start(); err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	// The floor cost of a signed request is the node's own verification
	// (curve25519-voi, decoded key cached); crypto/ed25519's is shown too.
	nodeVerify := func(pub ed25519.PublicKey, msg, sig []byte) bool { return st.VerifySignature(pub, msg, sig) }
	verifyRate := rawVerifyRate(time.Second, runtime.GOMAXPROCS(0), nodeVerify)
	verifyRate1 := rawVerifyRate(time.Second, 1, nodeVerify)
	srv, err := NewStorageServer(StorageServerConfig{Addr: "127.0.0.1:0", TLSDir: dir, Handler: st, Version: st.VersionString()}, zap.NewNop(), nil)
	if err != nil {
		b.Fatal(err)
	}
	srv.Start()
	defer srv.Close()

	accts := make([]*benchAccount, cfg.accounts)
	for i := range accts {
		pub, priv, _ := ed25519.GenerateKey(rand.Reader)
		x, _ := keys.Ed25519PublicToX25519(pub)
		accts[i] = &benchAccount{priv: priv, id: "05" + hex.EncodeToString(x[:]), ed: hex.EncodeToString(pub)}
	}
	genProcess := os.Getenv("SESSIOND_BENCH_GENERATOR") == "process"
	lg := startLoadGen(b, srv.Addr().String(), cfg.clients, genProcess)
	defer lg.close()

	results := map[string]phaseResult{}
	run := func(prefix string) {
		c0, w0, f0 := commitStats(reg), writtenBytes(), fileSize(d.Path())
		stop := profilePhase(b, prefix+"store")
		results[prefix+"store"] = lg.run(b, "store", accts, cfg.phase)
		stop()
		c1, w1, f1 := commitStats(reg), writtenBytes(), fileSize(d.Path())
		n, sum, writes := c1[0]-c0[0], c1[1]-c0[1], c1[2]-c0[2]
		fmt.Printf("%sstore: %.0f commits, %.2f ms mean commit, %.1f writes per commit; %.0f journal segments applied, %.0f messages each; %.1f KB written to disk per store; database file %.0f -> %.0f MB\n",
			prefix, n, 1000*sum/n, writes/n, c1[3]-c0[3], (c1[4]-c0[4])/max(c1[3]-c0[3], 1), float64(w1-w0)/1024/max(writes, 1), float64(f0)/(1<<20), float64(f1)/(1<<20))
		if os.Getenv("SESSIOND_BENCH_STORE_ONLY") != "" {
			return
		}
		topUp(b, st, accts)
		stop = profilePhase(b, prefix+"get")
		results[prefix+"get"] = lg.run(b, "get", accts, cfg.phase)
		stop()
		stop = profilePhase(b, prefix+"sget")
		results[prefix+"sget"] = lg.run(b, "sget", accts, cfg.phase)
		stop()
	}
	run("empty_")
	if os.Getenv("SESSIOND_BENCH_STORE_ONLY") == "" {
		// Between the empty and the full phases, where it disturbs neither.
		results["floor"] = measureFloor(b, srv.Addr().String(), accts, cfg, genProcess)
	}
	if os.Getenv("SESSIOND_BENCH_EMPTY_ONLY") != "" {
		for _, k := range []string{"empty_store", "empty_get", "empty_sget"} {
			r := results[k]
			fmt.Printf("%-12s %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  CPU/req %s  %5.2f faults/req\n", k, r.rate, r.p50, r.p99, r.cpuText("node"), r.faults)
		}
		fmt.Println(floorText(results, verifyRate))
		return
	}

	peak := startRSSSampler()
	start := time.Now()
	prefill(b, st, accts, cfg.messages)
	fmt.Printf("after the prefill: %d free pages in the database (%d pending)\n", d.Stats().FreePageN, d.Stats().PendingPageN)
	fillTime := time.Since(start)
	// The full-database phases are to find the node as it is after holding a
	// million messages for a while, not right after a bulk load: the heap
	// the prefill freed goes back to the OS first (the runtime's background
	// scavenger would take minutes).
	debug.FreeOSMemory()
	prefillPeak, _ := peak.reset()
	trims0 := commitStats(reg)[5]
	run("full_")
	rss := readRSS()
	fullPeak, fullMean := peak.stop()
	fullPeakAt := peak.peakMakeUp() // reset keeps it until the next sample
	trims := commitStats(reg)[5] - trims0

	for _, k := range []string{"empty_store", "empty_get", "empty_sget", "full_store", "full_get", "full_sget"} {
		r := results[k]
		b.ReportMetric(r.rate, k+"/s")
		b.ReportMetric(r.p50, k+"_p50_ms")
		b.ReportMetric(r.p99, k+"_p99_ms")
		b.ReportMetric(r.cpuUS, k+"_cpu_us")
		if !math.IsNaN(r.genCPUUS) {
			b.ReportMetric(r.genCPUUS, k+"_gen_cpu_us")
		}
	}
	b.ReportMetric(verifyRate, "verify/s")
	b.ReportMetric(verifyRate1, "verify_1core/s")
	b.ReportMetric(results["empty_sget"].rate/verifyRate, "sget/verify")
	b.ReportMetric(results["full_sget"].rate/verifyRate, "full_sget/verify")
	b.ReportMetric(stdRate, "stdlib_verify/s")
	if f := results["floor"].rate; f > 0 {
		b.ReportMetric(f, "https_floor/s")
		b.ReportMetric(1/(1/f+1/verifyRate)/verifyRate, "sget_ceiling/verify")
	}
	for _, k := range []string{"store", "get", "sget"} {
		b.ReportMetric(results["full_"+k].rate/results["empty_"+k].rate, "full/empty_"+k)
	}
	b.ReportMetric(rss["VmRSS"], "rss_MB")
	b.ReportMetric(rss["RssAnon"], "rss_anon_MB")
	b.ReportMetric(rss["RssFile"], "rss_file_MB")
	b.ReportMetric(fullPeak, "rss_full_peak_MB")
	b.ReportMetric(fullMean, "rss_full_mean_MB")
	b.ReportMetric(prefillPeak, "rss_prefill_peak_MB")
	fi, _ := os.Stat(d.Path())
	var fileMB float64
	if fi != nil {
		fileMB = float64(fi.Size()) / (1 << 20)
	}
	logf := func(format string, args ...any) { fmt.Printf(format+"\n", args...) } // b.Logf output of benchmarks is cut after 10 lines
	where := "in this process (CPU, faults and RSS are the node's and the generator's together)"
	if genProcess {
		where = "in a process of its own (CPU, faults and RSS are the node's alone; the generator's CPU is shown beside it)"
	}
	logf("storage bench: %d clients, phases of %s, %d messages prefilled in %s (%d stored in all, db file %.0f MB), GOMAXPROCS %d, the load generator %s",
		cfg.clients, cfg.phase, cfg.messages, fillTime.Round(time.Millisecond), st.MessageCount(), fileMB, runtime.GOMAXPROCS(0), where)
	logf("raw Ed25519 verify, the node's (curve25519-voi, cached key): %.0f/s on all %d cores, %.0f/s on one; crypto/ed25519: %.0f/s on all cores",
		verifyRate, runtime.GOMAXPROCS(0), verifyRate1, stdRate)
	for _, k := range []string{"empty_store", "empty_get", "empty_sget", "full_store", "full_get", "full_sget"} {
		r := results[k]
		logf("%-12s %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  CPU/req %s  %5.2f faults/req  (%d ok, %d errors)", k, r.rate, r.p50, r.p99, r.cpuText("node"), r.faults, r.ok, r.errors)
	}
	logf("signed retrieves / raw verifies: empty %.2f, full %.2f (against crypto/ed25519's rate: %.2f, %.2f)",
		results["empty_sget"].rate/verifyRate, results["full_sget"].rate/verifyRate, results["empty_sget"].rate/stdRate, results["full_sget"].rate/stdRate)
	if results["floor"].rate > 0 {
		logf("%s", floorText(results, verifyRate))
	}
	logf("RSS at the end %.0f MB (anon %.0f, file-backed %.0f); during the full-database phases mean %.0f MB, peak %.0f MB (sampled every 100 ms), %.0f releases of the mapped pages; peak %.0f MB during the prefill",
		rss["VmRSS"], rss["RssAnon"], rss["RssFile"], fullMean, fullPeak, trims, prefillPeak)
	logf("the full-database peak was %s", fullPeakAt)
	logf("file-backed RSS by file: %s", mappedByFile())
}

// measureFloor runs a signed-retrieve phase against a floorServer that
// answers with the node's real answer to an unsigned retrieve.
func measureFloor(b *testing.B, nodeAddr string, accts []*benchAccount, cfg benchConfig, genProcess bool) phaseResult {
	rc := &rawConn{addr: nodeAddr}
	status, resp, err := rc.post(fmt.Appendf(nil, `{"method":"retrieve","params":{"pubkey":"%s","namespace":-10,"last_hash":"%s"}}`, accts[0].id, accts[0].recent[0]))
	rc.close()
	if err != nil || status != 200 {
		b.Fatalf("a retrieve for the floor's answer: %d %v %s", status, err, resp)
	}
	cert, err := LoadOrCreateCert(b.TempDir(), time.Now())
	if err != nil {
		b.Fatal(err)
	}
	fs, err := startFloorServer(cert, bytes.Clone(resp))
	if err != nil {
		b.Fatal(err)
	}
	defer fs.close()
	lg := startLoadGen(b, fs.addr(), cfg.clients, genProcess)
	defer lg.close()
	stop := profilePhase(b, "floor")
	defer stop()
	return lg.run(b, "sget", accts, cfg.phase)
}

// floorText compares the signed retrieves with what the HTTPS floor leaves
// room for: a signed retrieve costs at least the floor's request plus one
// verification, so at most 1/(1/floor + 1/verify) of them fit in a second.
func floorText(results map[string]phaseResult, verifyRate float64) string {
	f := results["floor"]
	ceiling := 1 / (1/f.rate + 1/verifyRate)
	text := fmt.Sprintf("HTTPS floor (the same signed retrieves answered by a TLS server that sends back one canned answer and does nothing else): %.0f/s, CPU/req %s; "+
		"a signed retrieve (at least that plus one verification) fits at most %.0f times a second here, %.2f of the raw verify rate; the node's signed retrieves reached %.2f of that ceiling with an empty database",
		f.rate, f.cpuText("server"), ceiling, ceiling/verifyRate, results["empty_sget"].rate/ceiling)
	if r := results["full_sget"].rate; r > 0 {
		text += fmt.Sprintf(", %.2f with a full one", r/ceiling)
	}
	return text
}

// rawVerifyRate is Ed25519 verifications per second of this process with
// verify, on the given number of goroutines.
func rawVerifyRate(d time.Duration, goroutines int, verify func(pub ed25519.PublicKey, msg, sig []byte) bool) float64 {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := []byte("retrieve-101700000000000")
	sig := ed25519.Sign(priv, msg)
	var n atomic.Int64
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	start := time.Now()
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(deadline) {
				for range 16 {
					if !verify(pub, msg, sig) {
						panic("verify")
					}
				}
				n.Add(16)
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / time.Since(start).Seconds()
}

// prefill bulk-loads n messages of 100 bytes, five per account, into random
// accounts: the bench accounts get the same share as the rest, and their
// last three hashes are remembered.
func prefill(b *testing.B, st *storage.Store, accts []*benchAccount, n int) {
	perAccount := 5
	now := time.Now().UnixMilli()
	batch := make([]storage.Message, 0, 1000)
	flush := func() {
		if _, err := st.StoreBulk(batch); err != nil {
			b.Fatal(err)
		}
		batch = batch[:0]
	}
	rng := mrand.New(mrand.NewPCG(1, 2))
	data := func() []byte { return randomBytes(rng, 100) }
	added := 0
	for i := 0; added < n; i++ {
		var acct storage.Account
		var ba *benchAccount
		if i < len(accts) {
			ba = accts[i]
			acct, _ = storage.ParseAccount(ba.id, false)
		} else {
			acct[0] = 0x05
			for k := 1; k < len(acct); k += 8 {
				binary.BigEndian.PutUint64(acct[k:], rng.Uint64())
			}
		}
		for j := 0; j < perAccount && added < n; j++ {
			m := storage.Message{Account: acct, Namespace: -10, Timestamp: now, Expiry: now + 13*24*3600*1000, Data: data()}
			if ba != nil {
				ba.recent[0], ba.recent[1], ba.recent[2] = ba.recent[1], ba.recent[2], storage.MessageHash(&acct, -10, m.Data)
			}
			batch = append(batch, m)
			added++
			if len(batch) == cap(batch) {
				flush()
			}
		}
	}
	flush()
}

// commitStats returns the writer's commit count, total commit seconds and
// writes committed, then the journal segments applied and their messages,
// and the releases of mapped pages.
func commitStats(reg *prometheus.Registry) [6]float64 {
	var out [6]float64
	mfs, _ := reg.Gather()
	for _, mf := range mfs {
		switch mf.GetName() {
		case "sessiond_storage_commit_duration_seconds":
			h := mf.GetMetric()[0].GetHistogram()
			out[0], out[1] = float64(h.GetSampleCount()), h.GetSampleSum()
		case "sessiond_storage_commit_writes":
			out[2] = mf.GetMetric()[0].GetHistogram().GetSampleSum()
		case "sessiond_storage_mapped_releases_total":
			out[5] = mf.GetMetric()[0].GetCounter().GetValue()
		case "sessiond_storage_journal_apply_messages":
			h := mf.GetMetric()[0].GetHistogram()
			out[3], out[4] = float64(h.GetSampleCount()), h.GetSampleSum()
		}
	}
	return out
}

// fileSize is path's size, 0 when unknown.
func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// writtenBytes is the bytes this process caused to be written to storage
// (write_bytes of /proc/self/io), 0 when unknown.
func writtenBytes() int64 {
	b, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "write_bytes: "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// topUp gives every bench account at least three messages, so that each
// retrieve returns exactly two.
func topUp(b *testing.B, st *storage.Store, accts []*benchAccount) {
	rng := mrand.New(mrand.NewPCG(3, 4))
	now := time.Now().UnixMilli()
	var batch []storage.Message
	for _, a := range accts {
		acct, _ := storage.ParseAccount(a.id, false)
		for a.recent[0] == "" {
			m := storage.Message{Account: acct, Namespace: -10, Timestamp: now, Expiry: now + 13*24*3600*1000, Data: randomBytes(rng, 100)}
			a.recent[0], a.recent[1], a.recent[2] = a.recent[1], a.recent[2], storage.MessageHash(&acct, -10, m.Data)
			batch = append(batch, m)
		}
	}
	if _, err := st.StoreBulk(batch); err != nil {
		b.Fatal(err)
	}
}

// rssSampler records the highest VmRSS, sampled every 100 ms, and what it
// was made of.
type rssSampler struct {
	mu   sync.Mutex
	max  float64
	at   string  // the peak's make-up
	sum  float64 // of the samples since the last reset, for the mean
	n    int
	done chan struct{}
	wg   sync.WaitGroup
}

func startRSSSampler() *rssSampler {
	r := &rssSampler{done: make(chan struct{})}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			rss := readRSS()
			v := rss["VmRSS"]
			r.mu.Lock()
			if v > r.max {
				r.at = rssMakeUp(rss)
			}
			r.max = max(r.max, v)
			r.sum += v
			r.n++
			r.mu.Unlock()
			select {
			case <-r.done:
				return
			case <-t.C:
			}
		}
	}()
	return r
}

// reset returns the peak and the mean so far and starts anew.
func (r *rssSampler) reset() (peak, mean float64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	peak, mean = r.max, r.sum/float64(max(r.n, 1))
	r.max, r.sum, r.n = 0, 0, 0
	return peak, mean
}

// peakMakeUp is what the peak since the last reset was made of.
func (r *rssSampler) peakMakeUp() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.at
}

// rssMakeUp describes a sample of VmRSS: anonymous memory and the Go heap's
// share of it, and file-backed pages.
func rssMakeUp(rss map[string]float64) string {
	ms := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/heap/free:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(ms)
	mb := func(i int) float64 { return float64(ms[i].Value.Uint64()) / (1 << 20) }
	return fmt.Sprintf("anon %.0f MB (Go heap objects %.0f, unused in spans %.0f, free not returned %.0f, GC goal %.0f), file-backed %.0f MB",
		rss["RssAnon"], mb(0), mb(1), mb(2), mb(3), rss["RssFile"])
}

func (r *rssSampler) stop() (peak, mean float64) {
	close(r.done)
	r.wg.Wait()
	return r.reset()
}

func readRSS() map[string]float64 {
	out := map[string]float64{}
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		fs := strings.Fields(v)
		if len(fs) == 2 && fs[1] == "kB" {
			if n, err := strconv.ParseFloat(fs[0], 64); err == nil {
				out[k] = n / 1024
			}
		}
	}
	return out
}

// BenchmarkEd25519Verify is the raw verification cost on one core.
func BenchmarkEd25519Verify(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := []byte("retrieve-101700000000000")
	sig := ed25519.Sign(priv, msg)
	for b.Loop() {
		ed25519.Verify(pub, msg, sig)
	}
}

// profilePhase starts a CPU profile of one phase if SESSIOND_BENCH_CPUPROFILE
// is set; the returned function stops it.
func profilePhase(b *testing.B, phase string) func() {
	prefix := os.Getenv("SESSIOND_BENCH_CPUPROFILE")
	if prefix == "" {
		return func() {}
	}
	f, err := os.Create(prefix + "-" + phase + ".pprof")
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		b.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
		// And what is live at the phase's end (as of the last GC).
		if h, err := os.Create(prefix + "-" + phase + ".heap"); err == nil {
			_ = pprof.WriteHeapProfile(h)
			_ = h.Close()
		}
	}
}

// mappedByFile sums the resident pages of each mapped file (/proc/self/smaps),
// largest first: the database file against the executable and libraries.
func mappedByFile() string {
	raw, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return "unknown"
	}
	byFile := map[string]float64{}
	cur := ""
	for _, line := range strings.Split(string(raw), "\n") {
		fs := strings.Fields(line)
		switch {
		case len(fs) >= 5 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":"):
			cur = ""
			if len(fs) >= 6 && strings.HasPrefix(fs[5], "/") {
				cur = filepath.Base(fs[5])
			}
		case cur != "" && len(fs) == 3 && fs[0] == "Rss:":
			if kb, err := strconv.ParseFloat(fs[1], 64); err == nil {
				byFile[cur] += kb / 1024
			}
		}
	}
	names := make([]string, 0, len(byFile))
	for n := range byFile {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return int(byFile[b] - byFile[a]) })
	var parts []string
	for _, n := range names[:min(4, len(names))] {
		parts = append(parts, fmt.Sprintf("%s %.0f MB", n, byFile[n]))
	}
	return strings.Join(parts, ", ")
}
