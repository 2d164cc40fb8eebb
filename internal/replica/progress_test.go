package replica

import (
	"testing"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

func TestTransferProgress(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	core, logs := observer.New(zap.InfoLevel)
	p := progress{lg: zap.New(core), now: func() time.Time { return now }}
	p.add(5) // nothing running: ignored
	if p.Current() != nil {
		t.Fatal("a transfer without begin")
	}
	var seen []Transfer
	p.begin("join", 7, 0, func(tr Transfer) { seen = append(seen, tr) })
	p.expect(1000)
	p.expect(5) // the first total stays
	now = now.Add(2 * time.Second)
	p.add(100)
	now = now.Add(4 * time.Second) // 6 s: past transferEvery, logs
	p.add(200)
	tr := p.Current()
	if tr.Messages != 300 || tr.Total != 1000 || tr.Percent != 30 || tr.PerSecond != 50 || tr.ETASeconds != 14 || tr.Swarm != 7 {
		t.Fatalf("progress %+v", tr)
	}
	if len(seen) != 2 || seen[1].Messages != 300 {
		t.Fatalf("hook saw %+v", seen)
	}
	if logs.FilterMessage("join progress").Len() != 1 {
		t.Fatalf("want one progress log line, got %v", logs.All())
	}
	p.end()
	if p.Current() != nil || logs.FilterMessage("join done").Len() != 1 {
		t.Fatal("end did not stop the transfer or log its totals")
	}
	p.add(1) // after end: ignored, no hook
	if len(seen) != 2 {
		t.Fatal("hook called after end")
	}
}
