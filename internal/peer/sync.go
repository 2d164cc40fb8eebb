package peer

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/netip"

	"go.uber.org/zap"
)

// seedCandidates is how many nodes listed by a JSON-RPC seed are asked for
// their announcements.
const seedCandidates = 3

// sync pulls the announcement set from one random known peer and, when
// bootstrapping or when no peer is known, from every seed.
func (s *Service) sync(ctx context.Context, bootstrap bool) {
	peers := s.randomPeers(1)
	if bootstrap || len(peers) == 0 {
		ok := 0
		for _, sd := range s.seeds {
			var err error
			if sd.jsonRPC {
				err = s.pullJSONRPCSeed(ctx, sd)
			} else {
				_, err = s.pull(ctx, Target{Base: sd.base})
			}
			if err != nil {
				s.lg.Warn("bootstrap from seed failed", zap.String("seed", sd.raw), zap.Error(err))
				continue
			}
			ok++
		}
		if len(s.seeds) > 0 && ok == 0 && len(peers) == 0 {
			s.lg.Warn("no seed answered and no peer is known; check network.seeds and this node's registration")
		}
	}
	for _, t := range peers {
		if _, err := s.pull(ctx, t); err != nil {
			s.lg.Debug("pulling announcements failed", zap.String("peer", t.Base), zap.Error(err))
		}
	}
}

// pull fetches t's announcement set and accepts what is new. It returns the
// key that answered (and remembers it when t is a seed).
func (s *Service) pull(ctx context.Context, t Target) ([32]byte, error) {
	res, err := s.client.Do(ctx, t, Request{Method: http.MethodGet, Path: PathAnnouncements})
	if err != nil {
		return [32]byte{}, err
	}
	if t.Key == ([32]byte{}) {
		s.mu.Lock()
		for _, sd := range s.seeds {
			if sd.base == t.Base {
				s.seedKeys[sd.raw] = res.Signer
			}
		}
		s.mu.Unlock()
	}
	if res.Status != http.StatusOK {
		return res.Signer, fmt.Errorf("peer: %s answered %d: %s", t.Base, res.Status, bytes.TrimSpace(res.Body))
	}
	entries, err := parseAnnouncementSet(res.Body)
	if err != nil {
		return res.Signer, err
	}
	s.acceptAll(entries, res.Signer, false)
	return res.Signer, nil
}

// pullJSONRPCSeed asks a JSON-RPC endpoint for the active nodes' addresses
// and pulls announcements from a few of them. The list is unauthenticated:
// it only says where to ask, and every announcement is verified.
func (s *Service) pullJSONRPCSeed(ctx context.Context, sd seed) error {
	cands, err := s.seedNodes(ctx, sd.raw)
	if err != nil {
		return err
	}
	rand.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var firstErr error
	got := 0
	for _, t := range cands {
		if got == seedCandidates {
			break
		}
		if _, err := s.pull(ctx, t); err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		got++
	}
	if got == 0 {
		if firstErr == nil {
			firstErr = fmt.Errorf("peer: seed %s listed no reachable node", sd.raw)
		}
		return firstErr
	}
	return nil
}

// seedNodes calls get_service_nodes on a JSON-RPC seed.
func (s *Service) seedNodes(ctx context.Context, u string) ([]Target, error) {
	ctx, cancel := context.WithTimeout(ctx, s.o.RequestTimeout)
	defer cancel()
	const q = `{"jsonrpc":"2.0","id":0,"method":"get_service_nodes","params":{"active_only":true,"fields":["public_ip","storage_port","pubkey_ed25519"]}}`
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader([]byte(q)))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.client.HTTPClient().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, DefaultMaxBody))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("peer: seed %s answered %d", u, resp.StatusCode)
	}
	var out struct {
		Result struct {
			States []struct {
				IP     string `json:"public_ip"`
				Port   uint16 `json:"storage_port"`
				Pubkey string `json:"pubkey_ed25519"`
			} `json:"service_node_states"`
		} `json:"result"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return nil, fmt.Errorf("peer: seed %s: %w", u, err)
	}
	var ts []Target
	for _, st := range out.Result.States {
		ip, err := netip.ParseAddr(st.IP)
		var k [32]byte
		if err != nil || !ip.Is4() || st.Port == 0 || len(st.Pubkey) != 64 {
			continue
		}
		if _, err := hex.Decode(k[:], []byte(st.Pubkey)); err != nil || k == s.self {
			continue
		}
		if !s.o.AllowPrivate && !IsPublicIPv4(ip) {
			continue
		}
		ts = append(ts, TargetOf(k, ip, st.Port))
	}
	return ts, nil
}
