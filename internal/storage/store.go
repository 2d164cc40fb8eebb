package storage

import (
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
)

// ErrClosed is returned for writes after Close.
var ErrClosed = errors.New("storage: closed")

// ErrNotStarted is returned for writes before Start.
var ErrNotStarted = errors.New("storage: not started")

// Store is the message store and the client RPC on top of it.
//
// Lock order: Store.mu (lifecycle only) is never held while waiting for the
// writer. The writer goroutine is the only bbolt writer of these buckets.
type Store struct {
	db      *db.DB
	opts    Options
	lg      *zap.Logger
	m       *metrics
	nodePub string // this node's Ed25519 key, hex: its key in "swarm" maps
	keys    keyCache

	ops   chan *writeOp
	stopc chan struct{}
	wg    sync.WaitGroup

	fast    *fastState // nil with Options.DisableJournal
	applyWG sync.WaitGroup
	split   mapSplit // trimLoop's
	seen    seenFilter
	sums    sumTable
	// dupGen counts the database commits that may have added a message or
	// a tombstone other than through the overlay, and the journal segments
	// applied (see precheck).
	dupGen atomic.Uint64

	mu      sync.Mutex
	state   atomic.Int32 // stateNew, stateRunning, stateClosed
	count   atomic.Int64 // stored messages
	bytes   atomic.Int64 // their data bytes
	fullLog atomic.Int64 // refused stores, for log sampling
}

const (
	stateNew int32 = iota
	stateRunning
	stateClosed
)

// Open creates the storage buckets in d (or checks their schema) and returns
// a Store. It starts no goroutines: call Start before serving writes, and
// Close when done (Close does not close d).
func Open(d *db.DB, opts Options, lg *zap.Logger, reg prometheus.Registerer) (*Store, error) {
	if d == nil {
		return nil, errors.New("storage: no database")
	}
	if len(opts.Identity) != ed25519.PrivateKeySize {
		return nil, errors.New("storage: Options.Identity must be an Ed25519 private key")
	}
	opts.setDefaults()
	if lg == nil {
		lg = zap.NewNop()
	}
	pub := opts.Identity.Public().(ed25519.PublicKey)
	if opts.Swarm == nil {
		self := opts.Self
		copy(self.PubkeyEd25519[:], pub)
		if self.PubkeyLegacy == ([32]byte{}) {
			self.PubkeyLegacy = self.PubkeyEd25519
		}
		if self.PubkeyX25519 == ([32]byte{}) {
			self.PubkeyX25519, _ = keys.Ed25519PublicToX25519(pub)
		}
		opts.Swarm = NewSingleNodeView(self)
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, err
	}
	s := &Store{
		db:      d,
		opts:    opts,
		lg:      lg,
		m:       m,
		nodePub: hex.EncodeToString(pub),
		ops:     make(chan *writeOp),
		stopc:   make(chan struct{}),
	}
	if err := d.Update(initSchema); err != nil {
		return nil, fmt.Errorf("storage: open: %w", err)
	}
	if !opts.DisableJournal {
		if err := s.openFastPath(); err != nil {
			return nil, err
		}
	}
	err = d.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		s.count.Store(int64(getU64(meta.Get(keyMessages))))
		s.bytes.Store(int64(getU64(meta.Get(keyBytes))))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("storage: open: %w", err)
	}
	m.messages.Set(float64(s.count.Load()))
	m.bytes.Set(float64(s.bytes.Load()))
	return s, nil
}

func getU64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// Start starts the writer and the reaper. The reaper runs once at once (as
// upstream cleans at start-up) and then every Options.ReapPeriod.
func (s *Store) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.state.Load() {
	case stateRunning:
		return errors.New("storage: already started")
	case stateClosed:
		return ErrClosed
	}
	s.state.Store(stateRunning)
	if s.fast != nil {
		s.applyWG.Add(1)
		go s.applyLoop()
		s.maybeRebuildFilter() // and the sums, in the same scan
	} else {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.buildSums(nil); err != nil && !errors.Is(err, ErrClosed) {
				s.lg.Warn("build the anti-entropy sums; peers compare every account meanwhile", zap.Error(err))
			}
		}()
	}
	s.wg.Add(3)
	go s.writeLoop()
	go s.reapLoop()
	go s.trimLoop()
	return nil
}

// Close stops the reaper and the writer, after the writes already handed to
// it are committed, and fails later writes with ErrClosed. Safe to call more
// than once; it does not close the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	prev := s.state.Swap(stateClosed)
	if prev == stateClosed {
		return nil
	}
	close(s.stopc)
	s.wg.Wait() // the writer applies the journal before it returns
	if s.fast != nil {
		if prev == stateRunning {
			close(s.fast.applyc)
			s.applyWG.Wait()
		}
		s.fast.j.close()
	}
	return nil
}

// now is the store's clock in unix milliseconds.
func (s *Store) nowMS() int64 { return s.opts.Now().UnixMilli() }

// MessageCount is the number of stored messages (including expired ones the
// reaper has not deleted yet).
func (s *Store) MessageCount() int64 { return s.count.Load() }

// Version is the storage server version this node reports.
func (s *Store) Version() [3]int { return s.opts.Version }

// VersionString is Version as "a.b.c".
func (s *Store) VersionString() string {
	v := s.opts.Version
	return fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2])
}

// reapLoop deletes expired messages every ReapPeriod.
func (s *Store) reapLoop() {
	defer s.wg.Done()
	t := time.NewTicker(s.opts.ReapPeriod)
	defer t.Stop()
	for {
		if _, err := s.Reap(); err != nil && !errors.Is(err, ErrClosed) {
			s.lg.Error("reap expired messages", zap.Error(err))
		}
		select {
		case <-s.stopc:
			return
		case <-t.C:
		}
	}
}

// trimPeriod is how often trimLoop compares the file-backed resident memory
// with MappedBudget. A check is one read of /proc/self/status; a trim makes
// the working set fault back in (minor faults), so trims happen only when the
// budget is exceeded. How often they happen is set by how fast a busy node
// maps pages, not by this period; between two checks it can map at most the
// pages it touched in one period, which is what the resident set overshoots
// the budget by (at a million messages, a second of full-database stores
// mapped 60-75 MB).
const trimPeriod = 250 * time.Millisecond

// trimLoop keeps the database's mapped pages in the resident set under
// MappedBudget (see releaseMapped).
func (s *Store) trimLoop() {
	defer s.wg.Done()
	t := time.NewTicker(trimPeriod)
	defer t.Stop()
	for {
		if err := s.splitMapped(); err != nil {
			s.lg.Warn("split the database mapping; fault-around maps 64 KiB per fault", zap.Error(err))
		}
		s.trimMapped()
		if s.fast != nil {
			s.maybeRebuildFilter()
		}
		select {
		case <-s.stopc:
			return
		case <-t.C:
		}
	}
}

// trimMapped releases the mapped database pages when the process's
// file-backed resident memory exceeds Options.MappedBudget.
func (s *Store) trimMapped() {
	if s.opts.MappedBudget < 0 {
		return
	}
	if fileRSS() <= s.opts.MappedBudget {
		return
	}
	if err := s.releaseMapped(); err != nil {
		s.lg.Warn("release mapped database pages", zap.Error(err))
		return
	}
	s.m.trims.Inc()
}
