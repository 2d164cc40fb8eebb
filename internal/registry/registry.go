package registry

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/swarm"
)

// ErrGap is returned by Apply when a batch does not start right after the
// cursor.
var ErrGap = errors.New("registry: batch does not continue the applied chain")

// DefaultReorgWindow is how many blocks of undo journal are kept.
const DefaultReorgWindow = 5000

// Options configure the registry.
type Options struct {
	// ReorgWindow is how many recent blocks can be rolled back.
	ReorgWindow uint64
	// SwarmEpoch is the swarm epoch length in blocks: swarms are recomputed
	// at the last block of each epoch in which the active set changed (see
	// swarms.go). A network parameter: every node of a network must use the
	// same value. 0 means 1 (every changing block).
	SwarmEpoch uint64
}

// Registry is the bbolt-backed contract state. Methods are safe for
// concurrent use; writes are serialized by bbolt.
type Registry struct {
	db   *db.DB
	opts Options
	lg   *zap.Logger

	mu        sync.Mutex
	listeners []func(Block)
	swarms    *swarm.Map // cached; reset by every write
	gen       uint64     // bumped by every write, so a stale read is not cached
}

// Open creates the registry's buckets if needed.
func Open(d *db.DB, opts Options, lg *zap.Logger) (*Registry, error) {
	if opts.ReorgWindow == 0 {
		opts.ReorgWindow = DefaultReorgWindow
	}
	if opts.SwarmEpoch == 0 {
		opts.SwarmEpoch = 1
	}
	if lg == nil {
		lg = zap.NewNop()
	}
	err := d.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("registry: create buckets: %w", err)
	}
	return &Registry{db: d, opts: opts, lg: lg}, nil
}

// OnAdvance registers f to run after each applied batch or rollback with the
// new cursor. f must not block.
func (r *Registry) OnAdvance(f func(Block)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.listeners = append(r.listeners, f)
}

func (r *Registry) notify(b Block) {
	r.mu.Lock()
	r.swarms = nil
	r.gen++
	ls := append([]func(Block){}, r.listeners...)
	r.mu.Unlock()
	for _, f := range ls {
		f(b)
	}
}

// BlockEvents are the events of one block, in log order.
type BlockEvents struct {
	Block  Block
	Events []Event
}

// Batch is one scanned block range [From, To] and its events.
type Batch struct {
	From, To uint64
	// Head is block To (its hash becomes the cursor).
	Head Block
	// Blocks with events, ascending; each within [From, To].
	Blocks []BlockEvents
}

// Cursor returns the last applied block; ok is false before the first batch.
func (r *Registry) Cursor() (b Block, ok bool, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		b, ok = cursorTx(tx)
		return nil
	})
	return b, ok, err
}

func cursorTx(tx *bolt.Tx) (Block, bool) {
	v := tx.Bucket(bucketMeta).Get(keyCursor)
	if len(v) != 48 {
		return Block{}, false
	}
	return Block{
		Number: binary.BigEndian.Uint64(v[:8]),
		Hash:   common.BytesToHash(v[8:40]),
		Time:   binary.BigEndian.Uint64(v[40:]),
	}, true
}

func encodeCursor(b Block) []byte {
	v := make([]byte, 0, 48)
	v = binary.BigEndian.AppendUint64(v, b.Number)
	v = append(v, b.Hash[:]...)
	return binary.BigEndian.AppendUint64(v, b.Time)
}

// Apply writes a batch and moves the cursor to its head in one transaction.
// It returns the number of events applied.
func (r *Registry) Apply(bt Batch) (int, error) {
	if bt.To < bt.From || bt.Head.Number != bt.To {
		return 0, fmt.Errorf("registry: malformed batch [%d, %d] head %d", bt.From, bt.To, bt.Head.Number)
	}
	n := 0
	err := r.db.Update(func(tx *bolt.Tx) error {
		if cur, ok := cursorTx(tx); ok && bt.From != cur.Number+1 {
			return fmt.Errorf("%w: cursor %d, batch from %d", ErrGap, cur.Number, bt.From)
		}
		ep := epochs{size: r.opts.SwarmEpoch, tx: tx, next: bt.From}
		for _, be := range bt.Blocks {
			if be.Block.Number < bt.From || be.Block.Number > bt.To {
				return fmt.Errorf("registry: block %d outside batch [%d, %d]", be.Block.Number, bt.From, bt.To)
			}
			if err := ep.closeBefore(be.Block.Number); err != nil {
				return err
			}
			j := newJtx(tx, be.Block.Number)
			changed := false
			for _, ev := range be.Events {
				if err := apply(j, ev); err != nil {
					return fmt.Errorf("registry: block %d %s: %w", be.Block.Number, ev.Kind(), err)
				}
				changed = changed || changesActiveSet(ev)
				n++
			}
			if changed {
				if err := ep.changed(j, be.Block); err != nil {
					return err
				}
			}
			if err := tx.Bucket(bucketHashes).Put(u64(be.Block.Number), be.Block.Hash[:]); err != nil {
				return err
			}
		}
		if err := ep.closeBefore(bt.To + 1); err != nil {
			return err
		}
		if err := tx.Bucket(bucketHashes).Put(u64(bt.To), bt.Head.Hash[:]); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyCursor, encodeCursor(bt.Head)); err != nil {
			return err
		}
		if bt.To > r.opts.ReorgWindow {
			return prune(tx, bt.To-r.opts.ReorgWindow)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	r.notify(bt.Head)
	return n, nil
}

// KnownHashes returns the block hashes the registry remembers (range ends and
// blocks with events within the reorg window), newest first, for finding the
// common ancestor after a reorg.
func (r *Registry) KnownHashes() ([]Block, error) {
	var out []Block
	err := r.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketHashes).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			out = append(out, Block{Number: binary.BigEndian.Uint64(k), Hash: common.BytesToHash(v)})
		}
		return nil
	})
	return out, err
}

// Rollback undoes every block above to.Number and sets the cursor to to,
// which must be a block the registry knows (KnownHashes).
func (r *Registry) Rollback(to Block) (undone int, err error) {
	err = r.db.Update(func(tx *bolt.Tx) error {
		h := tx.Bucket(bucketHashes).Get(u64(to.Number))
		if h == nil || common.BytesToHash(h) != to.Hash {
			return fmt.Errorf("registry: rollback target %d %s is not a known block", to.Number, to.Hash)
		}
		var err error
		if undone, err = rollbackTx(tx, to.Number); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyCursor, encodeCursor(to))
	})
	if err != nil {
		return 0, err
	}
	r.lg.Warn("registry rolled back", zap.Uint64("to_block", to.Number), zap.Int("undone_writes", undone))
	r.notify(to)
	return undone, nil
}

// Reset deletes all registry state (for a full resync).
func (r *Registry) Reset() error {
	defer r.notify(Block{})
	return r.db.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if err := tx.DeleteBucket(b); err != nil && !errors.Is(err, bolt.ErrBucketNotFound) {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
}

func getJSON[T any](b *bolt.Bucket, key []byte) (*T, error) {
	v := b.Get(key)
	if v == nil {
		return nil, nil
	}
	var out T
	if err := json.Unmarshal(v, &out); err != nil {
		return nil, fmt.Errorf("registry: decode %s: %w", b, err)
	}
	return &out, nil
}

func putJSON(j *jtx, bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return j.put(bucket, key, raw)
}
