package peer

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
)

// gossipBatch caps the announcements pushed in one request.
const gossipBatch = 512

// push sends as to every target in parallel, waits, and returns how many
// accepted at least one of them.
func (s *Service) push(ctx context.Context, targets []Target, as []*Announcement) int {
	if len(targets) == 0 || len(as) == 0 {
		return 0
	}
	body := encodeAnnouncementSet(as)
	var ok atomic.Int32
	var wg sync.WaitGroup
	for _, t := range targets {
		wg.Go(func() {
			res, err := s.client.Do(ctx, t, Request{Method: http.MethodPost, Path: PathAnnounce, Body: body})
			switch {
			case err != nil:
				s.lg.Debug("pushing announcements failed", zap.String("peer", t.Base), zap.Error(err))
			case res.Status != http.StatusOK:
				s.lg.Debug("peer refused announcements", zap.String("peer", t.Base), zap.Int("status", res.Status), zap.ByteString("reason", res.Body))
			default:
				var ans announceAnswer
				if json.Unmarshal(res.Body, &ans) == nil && ans.Accepted > 0 {
					ok.Add(1)
				}
			}
		})
	}
	wg.Wait()
	s.m.gossiped(len(targets) * len(as))
	return int(ok.Load())
}

// enqueue schedules a newly accepted announcement for gossip.
func (s *Service) enqueue(a *Announcement) {
	s.mu.Lock()
	if held, ok := s.pending[a.Key]; !ok || held.Timestamp < a.Timestamp {
		s.pending[a.Key] = a
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// gossipLoop pushes newly accepted announcements on to random peers.
func (s *Service) gossipLoop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
		}
		// Let announcements arriving together travel together.
		select {
		case <-ctx.Done():
			return
		case <-time.After(s.o.GossipDelay):
		}
		for {
			batch := s.takePending(gossipBatch)
			if len(batch) == 0 {
				break
			}
			s.push(ctx, s.randomPeers(s.o.GossipFanout), batch)
		}
	}
}

func (s *Service) takePending(n int) []*Announcement {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Announcement, 0, min(n, len(s.pending)))
	for k, a := range s.pending {
		if len(out) == n {
			break
		}
		out = append(out, a)
		delete(s.pending, k)
	}
	return out
}

// handleAnnounce takes pushed announcements: POST {"announcements":[...]},
// answered {"accepted":N,"rejected":M}.
func (s *Service) handleAnnounce(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body) // already read and bounded by Auth
	entries, err := parseAnnouncementSet(body)
	if err != nil {
		http.Error(w, "invalid announcement set", http.StatusBadRequest)
		return
	}
	from, _ := SenderFrom(r.Context())
	accepted, rejected := s.acceptAll(entries, from, true)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"accepted":` + strconv.Itoa(accepted) + `,"rejected":` + strconv.Itoa(rejected) + `}`))
}

// announceAnswer is the answer to POST /snode/v1/announce.
type announceAnswer struct {
	Accepted int `json:"accepted"`
	Rejected int `json:"rejected"`
}

// acceptAll parses and accepts entries, gossiping the new ones if asked.
func (s *Service) acceptAll(entries []json.RawMessage, from [32]byte, gossip bool) (accepted, rejected int) {
	for _, e := range entries {
		a, err := ParseAnnouncement(e)
		if err != nil {
			s.m.announcement(ReasonMalformed)
			rejected++
			continue
		}
		if err := s.dir.Accept(a); err != nil {
			rejected++
			var re *RejectError
			if errors.As(err, &re) && re.Reason != ReasonNotNewer {
				s.lg.Debug("announcement rejected", zap.String("reason", re.Reason), zap.String("detail", re.Detail),
					zap.Binary("from", from[:]))
			}
			continue
		}
		accepted++
		if gossip {
			s.enqueue(a)
		}
	}
	return accepted, rejected
}

// handleAnnouncements serves every held announcement, ascending by key.
func (s *Service) handleAnnouncements(w http.ResponseWriter, _ *http.Request) {
	gen := s.dir.Generation()
	s.mu.Lock()
	body := s.setCache
	if body == nil || s.setGen != gen {
		body = encodeAnnouncementSet(s.dir.Announcements())
		s.setCache, s.setGen = body, gen
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}
