package replica

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/storage"
)

// PeerStatus is what reachability testing knows about one peer.
type PeerStatus struct {
	// FirstFailure is the first failed test of the current failure streak
	// (zero while the peer passes).
	FirstFailure time.Time
	LastSuccess  time.Time
	LastTest     time.Time
	// Failures is the length of the current failure streak.
	Failures  int
	LastError string
	nextTest  time.Time
}

// Reachability tests a rotating sample of peers: an HTTPS ping to
// /ping_test/v1 (200 and X-Oxen-Snode-Pubkey of the peer's key), and for
// members of this node's swarm a storage check that the peer holds a message
// this node has held for a while. Failing peers are retested after
// failures×10 s plus the probe interval, at most every 2 min.
type Reachability struct {
	r    *Replicator
	ping *http.Client

	mu    sync.Mutex
	peers map[[32]byte]*PeerStatus
	order [][32]byte
	pos   int
}

// MaxRetestDelay caps the retest delay of a failing peer (upstream 2 min).
const MaxRetestDelay = 2 * time.Minute

func newReachability(r *Replicator) *Reachability {
	pc := r.o.PingClient
	if pc == nil {
		pc = &http.Client{
			Timeout: 5 * time.Second,
			Transport: &http.Transport{
				DialContext:         r.o.DialContext,
				TLSClientConfig:     insecureTLS(),
				MaxIdleConnsPerHost: 1,
			},
		}
	}
	return &Reachability{r: r, ping: pc, peers: map[[32]byte]*PeerStatus{}}
}

// UnreachableSince reports when the peer's current failure streak began;
// false when its last test passed or it was never tested.
func (x *Reachability) UnreachableSince(ed [32]byte) (time.Time, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	p, ok := x.peers[ed]
	if !ok || p.Failures == 0 {
		return time.Time{}, false
	}
	return p.FirstFailure, true
}

// Status returns the record of one peer.
func (x *Reachability) Status(ed [32]byte) (PeerStatus, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	p, ok := x.peers[ed]
	if !ok {
		return PeerStatus{}, false
	}
	return *p, true
}

func (x *Reachability) run(ctx context.Context) {
	interval := x.r.o.ProbeInterval
	tick := time.NewTicker(max(min(interval/5, time.Second), 10*time.Millisecond))
	defer tick.Stop()
	next := time.Now().Add(jitter(interval))
	for {
		select {
		case <-ctx.Done():
			x.ping.CloseIdleConnections()
			return
		case <-tick.C:
		}
		snap, err := x.r.snapshot()
		if err != nil {
			continue
		}
		now := x.r.o.Now()
		// Up to 4 failing peers whose retest is due.
		for _, k := range x.dueFailing(now, 4) {
			if n, ok := snap.Node(k); ok && n.Reachable() {
				x.Test(ctx, snap, n)
			}
		}
		if time.Now().Before(next) {
			continue
		}
		next = time.Now().Add(jitter(interval))
		if n := x.nextPeer(snap); n != nil {
			x.Test(ctx, snap, n)
		}
	}
}

func (x *Reachability) dueFailing(now time.Time, limit int) [][32]byte {
	x.mu.Lock()
	defer x.mu.Unlock()
	var out [][32]byte
	for k, p := range x.peers {
		if p.Failures > 0 && !now.Before(p.nextTest) && len(out) < limit {
			out = append(out, k)
		}
	}
	return out
}

// nextPeer walks a shuffled list of the reachable active nodes.
func (x *Reachability) nextPeer(snap *peer.Snapshot) *peer.NodeInfo {
	x.mu.Lock()
	defer x.mu.Unlock()
	for tries := 0; tries < 2; tries++ {
		for x.pos < len(x.order) {
			k := x.order[x.pos]
			x.pos++
			if n, ok := snap.Node(k); ok && n.Reachable() && k != x.r.self {
				return n
			}
		}
		x.order = x.order[:0]
		for i := range snap.Nodes {
			x.order = append(x.order, snap.Nodes[i].PubkeyEd25519)
		}
		mrand.Shuffle(len(x.order), func(i, j int) { x.order[i], x.order[j] = x.order[j], x.order[i] })
		x.pos = 0
	}
	return nil
}

// Test runs one reachability test of n now and records the result.
func (x *Reachability) Test(ctx context.Context, snap *peer.Snapshot, n *peer.NodeInfo) error {
	err := x.pingTest(ctx, n)
	x.count("ping", err)
	if err == nil {
		if own, ok := snap.OwnSwarm(); ok && n.SwarmID == own {
			var tested bool
			tested, err = x.storageTest(ctx, snap, own, n)
			if tested {
				x.count("storage", err)
			}
		}
	}
	x.record(n.PubkeyEd25519, err)
	return err
}

func (x *Reachability) count(kind string, err error) {
	res := "pass"
	if err != nil {
		res = "fail"
	}
	x.r.m.probes.WithLabelValues(kind, res).Inc()
}

func (x *Reachability) record(k [32]byte, err error) {
	now := x.r.o.Now()
	x.mu.Lock()
	defer x.mu.Unlock()
	p := x.peers[k]
	if p == nil {
		p = &PeerStatus{}
		x.peers[k] = p
	}
	p.LastTest = now
	if err == nil {
		p.LastSuccess, p.FirstFailure, p.Failures, p.LastError = now, time.Time{}, 0, ""
	} else {
		if p.Failures == 0 {
			p.FirstFailure = now
		}
		p.Failures++
		p.LastError = err.Error()
		p.nextTest = now.Add(min(time.Duration(p.Failures)*10*time.Second+jitter(x.r.o.ProbeInterval), MaxRetestDelay))
	}
	failing := 0
	for _, q := range x.peers {
		if q.Failures > 0 {
			failing++
		}
	}
	x.r.m.unreachable.Set(float64(failing))
}

func (x *Reachability) pingTest(ctx context.Context, n *peer.NodeInfo) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.Target().Base+"/ping_test/v1", http.NoBody)
	if err != nil {
		return err
	}
	res, err := x.ping.Do(req)
	if err != nil {
		return fmt.Errorf("ping: %w", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("ping: status %d", res.StatusCode)
	}
	if got := res.Header.Get("X-Oxen-Snode-Pubkey"); got != base64.StdEncoding.EncodeToString(n.PubkeyEd25519[:]) {
		return errors.New("ping: wrong X-Oxen-Snode-Pubkey")
	}
	return nil
}

// storageTest asks a swarm peer for a message of the swarm this node has
// held for at least the storage-test age (two anti-entropy periods, so the
// peer must have it by now). tested is false when there is nothing to ask.
func (x *Reachability) storageTest(ctx context.Context, snap *peer.Snapshot, own uint64, n *peer.NodeInfo) (tested bool, err error) {
	var start storage.Account
	start[0] = 0x05
	_, _ = rand.Read(start[1:])
	ds, _, err := x.r.o.Store.AccountDigests(&start, 1, func(a *storage.Account) bool { return ownsAccount(snap, a, own) })
	if err != nil || len(ds) == 0 {
		ds, _, err = x.r.o.Store.AccountDigests(nil, 1, func(a *storage.Account) bool { return ownsAccount(snap, a, own) })
	}
	if err != nil || len(ds) == 0 {
		return false, nil
	}
	minAge := 2 * max(x.r.o.SyncInterval, time.Minute)
	cutoff := x.r.o.Now().Add(-minAge).UnixMilli()
	ms, _ := x.r.o.Store.MessagesByHash(ds[0].Account, nil, 256<<10)
	for i := range ms {
		if ms[i].Timestamp > cutoff {
			continue
		}
		var res hasRes
		if err := x.r.call(ctx, n.Target(), "/snode/v1/replica/has", hasReq{A: accountHex(&ms[i].Account), H: ms[i].Hash}, &res); err != nil {
			return true, fmt.Errorf("storage test: %w", err)
		}
		if !res.Has {
			return true, fmt.Errorf("storage test: peer lacks %s", ms[i].Hash)
		}
		return true, nil
	}
	return false, nil
}

func insecureTLS() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12} //nolint:gosec // node certificates are self-signed
}
