package signing

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rewards"
)

// Registry is the part of the contract registry the signing network reads
// (implemented by *registry.Registry).
type Registry interface {
	// Cursor is the last applied final block.
	Cursor() (registry.Block, bool, error)
	// Nodes returns every node the contract registered; with activeOnly,
	// those that have not left (allServiceNodeIDs).
	Nodes(activeOnly bool) ([]registry.Node, error)
	// Releases are the pool's FundsReleased events.
	Releases() ([]registry.Release, error)
	// Params are the contract parameters seen in setter events.
	Params() (map[string]string, error)
	// NodeByBLS and NodeByEd25519 return an active node, or nil.
	NodeByBLS(k []byte) (*registry.Node, error)
	NodeByEd25519(k registry.Ed25519Key) (*registry.Node, error)
}

// BlockTimes returns the timestamp of a final block. Balances at a block
// depend on its time (stake credits mature by time), and the registry keeps
// only the time of its cursor block, so the node asks its chain provider
// (eth_getBlockByNumber) for the others. Every honest provider gives the same
// time for a final block, so every node computes the same balance.
type BlockTimes interface {
	BlockTime(ctx context.Context, number uint64) (uint64, error)
}

// BlockTimeFunc adapts a function to BlockTimes.
type BlockTimeFunc func(ctx context.Context, number uint64) (uint64, error)

// BlockTime calls f.
func (f BlockTimeFunc) BlockTime(ctx context.Context, number uint64) (uint64, error) {
	return f(ctx, number)
}

// Defaults of BookOptions.
const (
	// DefaultWindow is how many blocks below its applied final block a node
	// signs balances for: about 30 minutes of Arbitrum blocks (0.25 s).
	// Upstream keeps 5 oxen blocks (10 minutes) of history; the window here is
	// a policy, not a storage limit (the registry can compute any block).
	DefaultWindow = 7200
	// DefaultKeep is how many heights' balances stay in memory.
	DefaultKeep = 8
)

// ErrUnavailable is wrapped by every error about a height whose balances a
// node will not compute: the 410 of upstream's bls.get_rewards.
var ErrUnavailable = errors.New("signing: balances for that height are not available")

// HeightError says why a height is unavailable. It wraps ErrUnavailable.
type HeightError struct {
	Height uint64
	Cursor uint64 // the applied final block (0 before the first)
	Reason string
}

func (e *HeightError) Error() string {
	return fmt.Sprintf("signing: balances for height %d are not available (applied final block %d): %s", e.Height, e.Cursor, e.Reason)
}

// Unwrap returns ErrUnavailable.
func (e *HeightError) Unwrap() error { return ErrUnavailable }

// BookOptions configure a Book.
type BookOptions struct {
	Registry Registry
	// Rules are the network's accounting rules (rewards.DefaultRules on
	// mainnet, rewards.DevnetRules on a devnet): every node must use the same.
	Rules rewards.Rules
	// BlockTimes looks up block timestamps; nil limits the Book to the
	// cursor block.
	BlockTimes BlockTimes
	// Window is how far below the cursor heights are served; 0 means
	// DefaultWindow.
	Window uint64
	// Keep is how many heights stay cached; 0 means DefaultKeep.
	Keep int
}

// Book computes lifetime reward balances at final blocks with
// internal/rewards, from the registry's history, and keeps the last few.
// Safe for concurrent use: concurrent requests for one height compute it
// once.
type Book struct {
	o BookOptions

	mu      sync.Mutex
	entries map[uint64]*bookEntry
}

type bookEntry struct {
	done chan struct{}
	bal  *rewards.Balances
	err  error
}

// NewBook returns a Book over the registry.
func NewBook(o BookOptions) *Book {
	if o.Window == 0 {
		o.Window = DefaultWindow
	}
	if o.Keep <= 0 {
		o.Keep = DefaultKeep
	}
	return &Book{o: o, entries: map[uint64]*bookEntry{}}
}

// Window is how many blocks below the cursor are served.
func (b *Book) Window() uint64 { return b.o.Window }

// Cursor returns the registry's applied final block; an error wrapping
// ErrUnavailable before the first.
func (b *Book) Cursor() (registry.Block, error) {
	cur, ok, err := b.o.Registry.Cursor()
	if err != nil {
		return registry.Block{}, fmt.Errorf("signing: registry cursor: %w", err)
	}
	if !ok {
		return registry.Block{}, &HeightError{Reason: "the registry has not applied any block yet"}
	}
	return cur, nil
}

// Resolve turns a requested height into a block number: h > 0 is absolute;
// h <= 0 is relative to the applied final block (0 is that block, -1 the one
// before), as upstream's bls_rewards_request treats its top block.
func Resolve(h int64, cursor uint64) (uint64, error) {
	if h > 0 {
		return uint64(h), nil
	}
	back := uint64(-h)
	if back > cursor {
		return 0, &HeightError{Height: 0, Cursor: cursor, Reason: fmt.Sprintf("relative height %d is below block 0", h)}
	}
	return cursor - back, nil
}

// Latest returns the balances at the applied final block.
func (b *Book) Latest(ctx context.Context) (*rewards.Balances, error) {
	cur, err := b.Cursor()
	if err != nil {
		return nil, err
	}
	return b.at(ctx, cur.Number, cur)
}

// At returns the balances at block height, which must lie within
// [cursor-Window, cursor]; otherwise the error wraps ErrUnavailable.
func (b *Book) At(ctx context.Context, height uint64) (*rewards.Balances, error) {
	cur, err := b.Cursor()
	if err != nil {
		return nil, err
	}
	return b.at(ctx, height, cur)
}

func (b *Book) at(ctx context.Context, height uint64, cur registry.Block) (*rewards.Balances, error) {
	switch {
	case height > cur.Number:
		return nil, &HeightError{Height: height, Cursor: cur.Number, Reason: "the block is not applied yet"}
	case height+b.o.Window < cur.Number:
		return nil, &HeightError{Height: height, Cursor: cur.Number, Reason: fmt.Sprintf("older than the %d-block window", b.o.Window)}
	}
	b.mu.Lock()
	e, ok := b.entries[height]
	if !ok {
		e = &bookEntry{done: make(chan struct{})}
		b.entries[height] = e
		b.evictLocked()
	}
	b.mu.Unlock()
	if !ok {
		e.bal, e.err = b.compute(ctx, height, cur)
		close(e.done)
		if e.err != nil { // not cached: the next request tries again
			b.mu.Lock()
			if b.entries[height] == e {
				delete(b.entries, height)
			}
			b.mu.Unlock()
		}
	} else {
		select {
		case <-e.done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return e.bal, e.err
}

// evictLocked drops the lowest heights beyond Keep.
func (b *Book) evictLocked() {
	for len(b.entries) > b.o.Keep {
		var low uint64
		first := true
		for h := range b.entries {
			if first || h < low {
				low, first = h, false
			}
		}
		delete(b.entries, low)
	}
}

func (b *Book) compute(ctx context.Context, height uint64, cur registry.Block) (*rewards.Balances, error) {
	t := cur.Time
	if height != cur.Number {
		if b.o.BlockTimes == nil {
			return nil, &HeightError{Height: height, Cursor: cur.Number, Reason: "no block time source: only the applied block is served"}
		}
		var err error
		if t, err = b.o.BlockTimes.BlockTime(ctx, height); err != nil {
			return nil, &HeightError{Height: height, Cursor: cur.Number, Reason: "block time lookup failed: " + err.Error()}
		}
		if t > cur.Time {
			return nil, fmt.Errorf("signing: block %d has time %d after the applied block %d's %d", height, t, cur.Number, cur.Time)
		}
	}
	in, err := rewards.Load(b.o.Registry)
	if err != nil {
		return nil, fmt.Errorf("signing: load reward history: %w", err)
	}
	bal, err := rewards.Compute(b.o.Rules, in, registry.BlockRef{Number: height, Time: t})
	if err != nil {
		return nil, fmt.Errorf("signing: compute balances at %d: %w", height, err)
	}
	return bal, nil
}
