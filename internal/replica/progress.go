package replica

import (
	"fmt"
	"sync"
	"time"

	"go.uber.org/zap"
)

// Transfer is the progress of a bulk copy of messages: a join pulling its
// new swarm's messages, or a hand-off pushing the accounts this node no
// longer owns to their new swarm.
type Transfer struct {
	// Phase is "join" or "hand-off".
	Phase string `json:"phase"`
	// Swarm is the swarm joined, or 0 for a hand-off (it spans swarms).
	Swarm uint64 `json:"swarm,omitempty"`
	// Messages is how many messages were copied so far.
	Messages int `json:"messages"`
	// Total is the expected number of messages: for a join, what the source
	// member holds (an upper bound of what is missing here); for a hand-off,
	// what this node holds for other swarms when it began.
	Total          int       `json:"total"`
	Percent        float64   `json:"percent"`
	PerSecond      float64   `json:"messages_per_second"`
	ETASeconds     float64   `json:"eta_seconds"`
	Started        time.Time `json:"started"`
	ElapsedSeconds float64   `json:"elapsed_seconds"`
}

// transferEvery is how often a running transfer logs its progress.
const transferEvery = 5 * time.Second

// progress tracks the running transfer, if any.
type progress struct {
	lg  *zap.Logger
	now func() time.Time

	mu       sync.Mutex
	cur      *Transfer
	onUpdate func(Transfer)
	lastLog  time.Time
}

// begin starts tracking a transfer (replacing any other); onUpdate, if not
// nil, sees every update.
func (p *progress) begin(phase string, swarm uint64, total int, onUpdate func(Transfer)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	p.cur = &Transfer{Phase: phase, Swarm: swarm, Total: total, Started: now}
	p.onUpdate = onUpdate
	p.lastLog = now
}

// expect sets the running transfer's total when it is not known yet.
func (p *progress) expect(total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur != nil && p.cur.Total == 0 {
		p.cur.Total = total
	}
}

// add counts n more copied messages and logs the progress every
// transferEvery.
func (p *progress) add(n int) {
	p.mu.Lock()
	if p.cur == nil {
		p.mu.Unlock()
		return
	}
	p.cur.Messages += n
	now := p.now()
	due := now.Sub(p.lastLog) >= transferEvery
	if due {
		p.lastLog = now
	}
	t := p.snapshotLocked(now)
	hook := p.onUpdate
	p.mu.Unlock()
	if hook != nil {
		hook(t)
	}
	if due {
		p.lg.Info(t.Phase+" progress", zap.Int("messages", t.Messages), zap.Int("total", t.Total),
			zap.String("percent", fmt.Sprintf("%.1f", t.Percent)),
			zap.String("messages_per_second", fmt.Sprintf("%.0f", t.PerSecond)),
			zap.Duration("eta", time.Duration(t.ETASeconds*float64(time.Second)).Round(time.Second)))
	}
}

// end stops tracking and logs the totals when anything was copied.
func (p *progress) end() {
	p.mu.Lock()
	if p.cur == nil {
		p.mu.Unlock()
		return
	}
	t := p.snapshotLocked(p.now())
	p.cur, p.onUpdate = nil, nil
	p.mu.Unlock()
	if t.Messages > 0 {
		p.lg.Info(t.Phase+" done", zap.Int("messages", t.Messages),
			zap.Duration("took", time.Duration(t.ElapsedSeconds*float64(time.Second)).Round(time.Millisecond)),
			zap.String("messages_per_second", fmt.Sprintf("%.0f", t.PerSecond)))
	}
}

// Current is the running transfer, or nil.
func (p *progress) Current() *Transfer {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur == nil {
		return nil
	}
	t := p.snapshotLocked(p.now())
	return &t
}

func (p *progress) snapshotLocked(now time.Time) Transfer {
	t := *p.cur
	el := now.Sub(t.Started).Seconds()
	t.ElapsedSeconds = el
	if t.Total > 0 {
		t.Percent = min(100, 100*float64(t.Messages)/float64(t.Total))
	}
	if el > 0 && t.Messages > 0 {
		t.PerSecond = float64(t.Messages) / el
		if left := t.Total - t.Messages; left > 0 {
			t.ETASeconds = float64(left) / t.PerSecond
		}
	}
	return t
}
