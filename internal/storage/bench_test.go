package storage

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
)

// BenchmarkStoreDirect measures durable stores through the method layer
// alone (no HTTP), 32 concurrent callers: the group commit's ceiling.
func BenchmarkStoreDirect(b *testing.B) {
	dir := b.TempDir()
	d, err := db.Open(dir, db.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	_, node, _ := ed25519.GenerateKey(rand.Reader)
	reg := prometheus.NewRegistry()
	s, err := Open(d, Options{Identity: node}, zap.NewNop(), reg)
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(); err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	workers := envWorkers()
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct := fmt.Sprintf("05%064x", w)
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				raw, _ := json.Marshal(map[string]any{"pubkey": acct, "namespace": -10, "timestamp": time.Now().UnixMilli(), "ttl": 600_000,
					"data": b64([]byte(fmt.Sprintf("%0100d", i)))})
				if res := s.Handle(context.Background(), "store", raw, Client{}); res.Status != 200 {
					b.Errorf("store: %d %s", res.Status, res.Body)
					return
				}
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	b.ReportMetric(float64(b.N)/el.Seconds(), "stores/s")
	mfs, _ := reg.Gather()
	for _, mf := range mfs {
		switch mf.GetName() {
		case "sessiond_storage_commit_duration_seconds", "sessiond_storage_commit_writes":
			h := mf.GetMetric()[0].GetHistogram()
			b.ReportMetric(h.GetSampleSum()/float64(h.GetSampleCount()), mf.GetName()[len("sessiond_storage_"):]+"_mean")
		}
	}
	_ = dto.Metric{}
}

func envWorkers() int {
	if n, err := strconv.Atoi(os.Getenv("SESSIOND_BENCH_WORKERS")); err == nil && n > 0 {
		return n
	}
	return 32
}

// BenchmarkHandleRetrieve is the method layer's cost of an unsigned retrieve
// of two messages after last_hash (no HTTP).
func BenchmarkHandleRetrieve(b *testing.B) {
	ts := newTestStore(b)
	grp := "03" + fmt.Sprintf("%064x", 7)
	var hashes []string
	now := ts.clock.ms()
	for i := range 5 {
		raw, _ := json.Marshal(map[string]any{"pubkey": grp, "namespace": -10, "timestamp": now, "ttl": 600_000, "data": b64([]byte(fmt.Sprintf("%0100d", i)))})
		res := ts.Handle(context.Background(), "store", raw, Client{})
		var m map[string]any
		_ = json.Unmarshal(res.Body, &m)
		hashes = append(hashes, m["hash"].(string))
	}
	body := []byte(`{"method":"retrieve","params":{"pubkey":"` + grp + `","namespace":-10,"last_hash":"` + hashes[2] + `"}}`)
	b.ReportAllocs()
	for b.Loop() {
		if res := ts.HandleJSON(context.Background(), body, Client{}); res.Status != 200 {
			b.Fatal(string(res.Body))
		}
	}
}

// BenchmarkHandleParseStore is the method layer's cost of parsing and
// checking a store, without the write.
func BenchmarkHandleParseStore(b *testing.B) {
	ts := newTestStore(b)
	raw, _ := json.Marshal(map[string]any{"pubkey": "05" + fmt.Sprintf("%064x", 7), "namespace": -10, "timestamp": ts.clock.ms(), "ttl": 600_000, "data": b64(make([]byte, 100))})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ts.parseRequest("store", raw); err != nil {
			b.Fatal(err)
		}
	}
}
