package peer

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
)

// Paths of the announcement endpoints.
const (
	PathAnnounce      = "/snode/v1/announce"
	PathAnnouncements = "/snode/v1/announcements"
)

// Service is the peer subsystem of a node: the signed transport (client and
// server), the announcement directory and the loops that announce, gossip,
// pull and persist. Build it with New, mount Handler on the HTTPS server,
// and Run it until shutdown.
type Service struct {
	o      Options
	self   [32]byte
	m      *Metrics
	lg     *zap.Logger
	client *Client
	mux    *Mux
	dir    *Directory
	seeds  []seed

	running atomic.Bool
	wake    chan struct{} // signals the gossip loop
	kick    chan struct{} // asks the main loop for a pull now

	mu       sync.Mutex
	pending  map[[32]byte]*Announcement // accepted, not yet gossiped
	seedKeys map[string][32]byte        // seed URL -> the key that answered
	lastOwn  int64                      // timestamp of the last own announcement
	setCache []byte                     // encoded announcement set ...
	setGen   uint64                     // ... of this directory generation
}

// New builds the service and loads the directory from the DB. It does not
// touch the network until Run.
func New(o Options) (*Service, error) {
	o.setDefaults()
	if err := o.validate(); err != nil {
		return nil, err
	}
	s := &Service{
		o:        o,
		self:     pubkeyOf(o.Identity),
		m:        NewMetrics(o.Registerer),
		lg:       o.Logger,
		wake:     make(chan struct{}, 1),
		kick:     make(chan struct{}, 1),
		pending:  map[[32]byte]*Announcement{},
		seedKeys: map[string][32]byte{},
	}
	for _, raw := range o.Seeds {
		sd, _ := parseSeed(raw) // validated
		s.seeds = append(s.seeds, sd)
	}
	var err error
	s.dir, err = OpenDirectory(DirectoryOptions{
		DB: o.DB, Members: o.Members, AllowPrivate: o.AllowPrivate, MaxAge: o.MaxAnnouncementAge,
		Now: o.Now, Metrics: s.m, Logger: o.Logger,
	})
	if err != nil {
		return nil, err
	}
	if own, ok := s.dir.get(s.self); ok {
		s.lastOwn = own.Timestamp // a restart signs newer ones even if the clock stepped back
	}
	s.client = NewClient(ClientOptions{
		Identity: o.Identity, Transport: o.Transport, DialContext: o.DialContext,
		Timeout: o.RequestTimeout, Now: o.Now, Metrics: s.m,
	})
	s.mux = NewMux(NewAuth(AuthOptions{Identity: o.Identity, Members: o.Members, Now: o.Now, Metrics: s.m}))
	s.mux.HandleFunc("POST "+PathAnnounce, s.handleAnnounce)
	s.mux.HandleFunc("GET "+PathAnnouncements, s.handleAnnouncements)
	return s, nil
}

// Self is this node's Ed25519 key.
func (s *Service) Self() [32]byte { return s.self }

// Handler serves the authenticated /snode/v1/ endpoints; mount it on the
// HTTPS server at "/snode/v1/".
func (s *Service) Handler() http.Handler { return s.mux }

// Handle registers another authenticated endpoint (e.g. replication or BLS
// signing), pattern in http.ServeMux syntax under /snode/v1/.
func (s *Service) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Client sends signed requests to peers.
func (s *Service) Client() *Client { return s.client }

// Directory holds the peers' announcements.
func (s *Service) Directory() *Directory { return s.dir }

// Metrics are the service's collectors (shared with its client and server).
func (s *Service) Metrics() *Metrics { return s.m }

// Run announces, gossips, pulls and persists until ctx ends, then flushes the
// directory, closes idle connections and returns nil. It waits for every
// goroutine it started. It may be called once.
func (s *Service) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("peer: Run called twice")
	}
	defer s.client.CloseIdleConnections()
	s.lg.Info("peer service started", zap.Int("known_peers", s.dir.Len()), zap.Int("seeds", len(s.seeds)),
		zap.Stringer("public_ip", s.o.PublicIP), zap.Uint16("https_port", s.o.HTTPSPort))
	var wg sync.WaitGroup
	wg.Go(func() { s.gossipLoop(ctx) })
	wg.Go(func() { s.flushLoop(ctx) })
	wg.Go(func() { s.mainLoop(ctx) })
	wg.Wait()
	if err := s.dir.Flush(); err != nil {
		s.lg.Warn("flushing the peer directory at shutdown failed", zap.Error(err))
	}
	return nil
}

func (s *Service) mainLoop(ctx context.Context) {
	s.sync(ctx, true)
	// Until one peer took our announcement (none may be known before the
	// first pulls), retry at every pull.
	delivered := s.Announce(ctx) > 0
	announce := time.NewTicker(s.o.AnnounceInterval)
	defer announce.Stop()
	pull := time.NewTimer(s.pullInterval())
	defer pull.Stop()
	var lastSync time.Time // the first kick (the registry caught up) pulls at once
	for {
		select {
		case <-ctx.Done():
			return
		case <-announce.C:
			delivered = s.Announce(ctx) > 0
			continue
		case <-pull.C:
		case <-s.kick:
			// Announcements refused while the registry did not list
			// their nodes yet are taken now if it does.
			if as := s.dir.Reconsider(); len(as) > 0 {
				s.lg.Debug("took announcements refused before the registry listed their nodes", zap.Int("count", len(as)))
				for _, a := range as {
					s.enqueue(a)
				}
			}
			// The registry kicks at every applied block (4 a second on
			// Arbitrum): pull at most once per KickInterval for them.
			if wait := KickInterval - time.Since(lastSync); wait > 0 {
				pull.Reset(wait)
				continue
			}
		}
		lastSync = time.Now()
		if n := s.dir.Prune(s.self); n > 0 {
			s.lg.Info("dropped announcements of nodes no longer registered", zap.Int("count", n))
		}
		s.sync(ctx, false)
		if !delivered {
			delivered = s.Announce(ctx) > 0
		}
		pull.Reset(s.pullInterval())
	}
}

// KickInterval is the shortest time between two pulls that Kick asks for.
const KickInterval = 5 * time.Second

// bootstrapRetry is the pull interval while no peer is known.
const bootstrapRetry = 30 * time.Second

// pullInterval is SyncInterval, shortened while no peer is known.
func (s *Service) pullInterval() time.Duration {
	if len(s.randomPeers(1)) == 0 {
		return min(s.o.SyncInterval, bootstrapRetry)
	}
	return s.o.SyncInterval
}

// Kick makes a running service pull announcements (and retry its own
// announcement if no peer took it yet) now, or KickInterval after its last
// pull, rather than at the next SyncInterval: call it when the registry has
// caught up with the chain, since announcements of nodes the registry does
// not list yet are refused.
func (s *Service) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Target returns where to reach a node, if its announcement is known.
func (s *Service) Target(key [32]byte) (Target, bool) {
	c, ok := s.dir.Lookup(key)
	if !ok {
		return Target{}, false
	}
	return c.Target(), true
}

func (s *Service) flushLoop(ctx context.Context) {
	t := time.NewTicker(s.o.FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.dir.Flush(); err != nil {
				s.lg.Warn("flushing the peer directory failed", zap.Error(err))
			}
		}
	}
}

// Announce signs a fresh announcement of this node, keeps it in the directory
// and pushes it to GossipFanout random peers (and to the seeds while fewer
// peers are known). It returns how many peers accepted the push. Without a
// public IP it does nothing and returns 0.
func (s *Service) Announce(ctx context.Context) int {
	if !s.o.PublicIP.IsValid() {
		return 0
	}
	a := s.ownAnnouncement()
	s.dir.putLocal(a)
	targets := s.randomPeers(s.o.GossipFanout)
	if len(targets) < s.o.GossipFanout {
		for _, t := range s.seedTargets(ctx) {
			if !slices.ContainsFunc(targets, func(x Target) bool { return x.Key == t.Key }) {
				targets = append(targets, t)
			}
		}
	}
	return s.push(ctx, targets, []*Announcement{a})
}

func (s *Service) ownAnnouncement() *Announcement {
	s.mu.Lock()
	ts := max(s.o.Now().UnixMilli(), s.lastOwn+1)
	s.lastOwn = ts
	s.mu.Unlock()
	a := &Announcement{
		IP: s.o.PublicIP, HTTPSPort: s.o.HTTPSPort, RPCPort: s.o.RPCPort, QUICPort: s.o.QUICPort,
		Version: s.o.Version, StorageVersion: s.o.StorageVersion, Timestamp: ts,
	}
	a.Sign(s.o.Identity)
	return a
}

// randomPeers returns up to n random known peers, this node excluded.
func (s *Service) randomPeers(n int) []Target {
	cs := s.dir.Contacts()
	rand.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	out := make([]Target, 0, n)
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if c.Key != s.self {
			out = append(out, c.Target())
		}
	}
	return out
}

// seedTargets are the node seeds whose keys are known (learned from a pull),
// this node excluded.
func (s *Service) seedTargets(ctx context.Context) []Target {
	var out []Target
	for _, sd := range s.seeds {
		if sd.jsonRPC {
			continue
		}
		s.mu.Lock()
		k, ok := s.seedKeys[sd.raw]
		s.mu.Unlock()
		if !ok {
			var err error
			if k, err = s.pull(ctx, Target{Base: sd.base}); err != nil {
				continue
			}
		}
		if k != s.self {
			out = append(out, Target{Key: k, Base: sd.base})
		}
	}
	return out
}
