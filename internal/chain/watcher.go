package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/registry"
)

// Config of the watcher.
type Config struct {
	Contracts      Contracts
	StartBlock     uint64
	Finality       Finality
	PollInterval   time.Duration
	MaxLogRange    uint64        // blocks per eth_getLogs at most
	ReconcileEvery time.Duration // 0 disables reconciliation
	// ReadyLag is how many blocks behind the final head still count as synced.
	ReadyLag uint64
}

// Status is the watcher's progress, for status output and readiness.
type Status struct {
	Applied      uint64           `json:"applied_block"`
	AppliedHash  string           `json:"applied_hash"`
	Final        uint64           `json:"final_block"`
	Head         uint64           `json:"head_block"`
	Lag          uint64           `json:"lag_blocks"`
	Synced       bool             `json:"synced"`
	Percent      float64          `json:"percent"`
	BlocksPerSec float64          `json:"blocks_per_second"`
	ETASeconds   float64          `json:"eta_seconds"`
	LastError    string           `json:"last_error,omitempty"`
	LastPoll     time.Time        `json:"last_poll"`
	Providers    []ProviderStatus `json:"providers"`
}

// Watcher syncs final blocks of the staking contracts into the registry.
type Watcher struct {
	cfg  Config
	pool *Pool
	reg  *registry.Registry
	dec  *decoder
	lg   *zap.Logger
	m    *metrics
	now  func() time.Time
	// setReady reports readiness: "" when synced, else the reason.
	setReady func(reason string)

	rangeSize uint64
	okStreak  int

	mu            sync.Mutex
	status        Status
	lastReconcile time.Time
	syncStart     time.Time
	syncFrom      uint64
	lastProgress  time.Time
}

// NewWatcher builds a watcher over a provider pool and registry.
func NewWatcher(cfg Config, pool *Pool, reg *registry.Registry, lg *zap.Logger, promReg prometheus.Registerer, setReady func(string)) *Watcher {
	if cfg.MaxLogRange == 0 {
		cfg.MaxLogRange = 2000
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 5 * time.Second
	}
	if cfg.ReadyLag == 0 {
		cfg.ReadyLag = 20
	}
	if lg == nil {
		lg = zap.NewNop()
	}
	if setReady == nil {
		setReady = func(string) {}
	}
	m := newMetrics(promReg)
	pool.m = m
	w := &Watcher{cfg: cfg, pool: pool, reg: reg, dec: newDecoder(cfg.Contracts), lg: lg, m: m, now: pool.now,
		setReady: setReady, rangeSize: cfg.MaxLogRange}
	m.logRange.Set(float64(w.rangeSize))
	return w
}

// Status returns the current progress.
func (w *Watcher) Status() Status {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.status
	s.Providers = w.pool.Statuses()
	return s
}

// Run polls until ctx is done. Errors are logged, counted and reported as
// not-ready; the loop keeps trying (a provider may come back).
func (w *Watcher) Run(ctx context.Context) error {
	w.setReady("chain: starting")
	if err := w.pool.CheckChainIDs(ctx); err != nil {
		w.fail(err)
		w.lg.Error("chain providers unusable", zap.Error(err))
	}
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := w.SyncOnce(ctx); err != nil && ctx.Err() == nil {
			w.fail(err)
			w.lg.Warn("chain sync failed; retrying", zap.Error(err), zap.Duration("retry_in", w.cfg.PollInterval))
		}
		if ctx.Err() == nil && w.cfg.ReconcileEvery > 0 && w.now().Sub(w.lastReconcile) >= w.cfg.ReconcileEvery {
			if err := w.Reconcile(ctx); err != nil && ctx.Err() == nil {
				w.lg.Warn("chain reconcile failed", zap.Error(err))
			}
		}
		t.Reset(w.cfg.PollInterval)
	}
}

func (w *Watcher) fail(err error) {
	w.mu.Lock()
	w.status.LastError = err.Error()
	w.mu.Unlock()
	w.setReady("chain: " + err.Error())
}

// SyncOnce applies every final block not yet applied, then returns.
func (w *Watcher) SyncOnce(ctx context.Context) error {
	if len(w.pool.providers) > 1 {
		w.pool.Refresh(ctx)
	}
	head, final, err := w.heads(ctx)
	if err != nil {
		return err
	}
	w.m.headBlock.Set(float64(head.Number.Uint64()))
	w.m.finalBlock.Set(float64(final.Number.Uint64()))
	finalN := final.Number.Uint64()

	next, err := w.checkReorg(ctx)
	if err != nil {
		return err
	}
	if w.syncStart.IsZero() {
		w.syncStart, w.syncFrom = w.now(), next
	}
	// The next range is fetched while the current one is applied, so the
	// provider round trips overlap with decoding and bbolt writes.
	type scanned struct {
		from, to uint64
		bt       registry.Batch
		n        int
		err      error
	}
	fetch := func(from, to uint64) chan scanned {
		ch := make(chan scanned, 1)
		go func() {
			bt, n, err := w.scan(ctx, from, to)
			ch <- scanned{from, to, bt, n, err}
		}()
		return ch
	}
	var pending chan scanned
	defer func() {
		if pending != nil {
			<-pending // never leave a fetch running
		}
	}()
	for next <= finalN {
		if err := ctx.Err(); err != nil {
			return err
		}
		if pending == nil {
			pending = fetch(next, min(finalN, next+w.rangeSize-1))
		}
		r := <-pending
		pending = nil
		if errors.Is(r.err, ErrRangeTooLarge) && w.rangeSize > 1 {
			w.rangeSize = max(1, w.rangeSize/2)
			w.okStreak = 0
			w.m.logRange.Set(float64(w.rangeSize))
			w.lg.Info("provider refused the log range; halving it", zap.Uint64("range", w.rangeSize))
			continue
		}
		if r.err != nil {
			return r.err
		}
		if r.to < finalN {
			pending = fetch(r.to+1, min(finalN, r.to+w.rangeSize))
		}
		if _, err := w.reg.Apply(r.bt); err != nil {
			return fmt.Errorf("apply blocks %d-%d: %w", r.from, r.to, err)
		}
		if createsContracts(r.bt) && pending != nil {
			// The prefetch did not know the new contribution contracts:
			// fetch that range again with them.
			<-pending
			pending = nil
		}
		w.afterApply(r.bt.Head, finalN, head.Number.Uint64(), r.n)
		next = r.to + 1
		if w.okStreak++; w.okStreak >= 4 && w.rangeSize < w.cfg.MaxLogRange {
			w.rangeSize = min(w.cfg.MaxLogRange, w.rangeSize*2)
			w.okStreak = 0
			w.m.logRange.Set(float64(w.rangeSize))
		}
	}
	cur, ok, err := w.reg.Cursor()
	if err != nil {
		return err
	}
	applied := uint64(0)
	if ok {
		applied = cur.Number
	}
	w.afterPoll(applied, cur.Hash, finalN, head.Number.Uint64())
	return nil
}

// checkReorg compares the cursor with the chain and rolls back to the common
// ancestor when they differ. It returns the next block to scan.
func (w *Watcher) checkReorg(ctx context.Context) (uint64, error) {
	cur, ok, err := w.reg.Cursor()
	if err != nil {
		return 0, err
	}
	if !ok {
		return w.cfg.StartBlock, nil
	}
	hash, err := w.hashAt(ctx, cur.Number)
	if err != nil {
		return 0, err
	}
	if hash == cur.Hash {
		return cur.Number + 1, nil
	}
	w.m.reorgs.Inc()
	w.lg.Warn("reorg below the applied head", zap.Uint64("block", cur.Number), zap.Stringer("applied_hash", cur.Hash), zap.Stringer("chain_hash", hash))
	known, err := w.reg.KnownHashes()
	if err != nil {
		return 0, err
	}
	for _, k := range known {
		h, err := w.hashAt(ctx, k.Number)
		if err != nil {
			return 0, err
		}
		if h == k.Hash {
			k.Time = 0
			if hdr, err := w.header(ctx, k.Number); err == nil {
				k.Time = hdr.Time
			}
			if _, err := w.reg.Rollback(k); err != nil {
				return 0, err
			}
			w.m.rolledBack.Add(float64(cur.Number - k.Number))
			return k.Number + 1, nil
		}
	}
	w.lg.Error("reorg deeper than the journal window; resyncing from the start block", zap.Uint64("start_block", w.cfg.StartBlock))
	if err := w.reg.Reset(); err != nil {
		return 0, err
	}
	return w.cfg.StartBlock, nil
}

func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	var h *types.Header
	err := w.pool.Do(ctx, "header", func(ctx context.Context, c Client) error {
		var err error
		h, err = c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err == nil && h == nil {
			err = ethereum.NotFound
		}
		return err
	})
	return h, err
}

func (w *Watcher) hashAt(ctx context.Context, n uint64) (common.Hash, error) {
	h, err := w.header(ctx, n)
	if err != nil {
		return common.Hash{}, err
	}
	return h.Hash(), nil
}

func (w *Watcher) filterLogs(ctx context.Context, from, to uint64, addrs []common.Address) ([]types.Log, error) {
	var logs []types.Log
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs}
	err := w.pool.Do(ctx, "get_logs", func(ctx context.Context, c Client) error {
		var err error
		logs, err = c.FilterLogs(ctx, q)
		return err
	})
	return logs, err
}

// scan reads [from, to] and builds the registry batch.
func (w *Watcher) scan(ctx context.Context, from, to uint64) (registry.Batch, int, error) {
	children, err := w.reg.ContributionAddresses()
	if err != nil {
		return registry.Batch{}, 0, err
	}
	known := make(map[common.Address]bool, len(children))
	for _, c := range children {
		known[c] = true
	}
	addrs := append([]common.Address{w.cfg.Contracts.Rewards, w.cfg.Contracts.Pool, w.cfg.Contracts.Factory}, children...)
	logs, err := w.filterLogs(ctx, from, to, addrs)
	if err != nil {
		return registry.Batch{}, 0, err
	}
	// New contribution contracts: their own events precede the factory's in
	// the creation transaction, so read them from the creation block on.
	for _, l := range logs {
		child, ok := w.dec.isCreation(&l)
		if !ok || known[child] {
			continue
		}
		known[child] = true
		more, err := w.filterLogs(ctx, l.BlockNumber, to, []common.Address{child})
		if err != nil {
			return registry.Batch{}, 0, err
		}
		logs = append(logs, more...)
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		if a.BlockNumber != b.BlockNumber {
			return int(a.BlockNumber) - int(b.BlockNumber)
		}
		return int(a.Index) - int(b.Index)
	})
	logs = slices.CompactFunc(logs, func(a, b types.Log) bool { return a.BlockNumber == b.BlockNumber && a.Index == b.Index })

	headHdr, err := w.header(ctx, to)
	if err != nil {
		return registry.Batch{}, 0, err
	}
	headHash := headHdr.Hash()
	if len(w.pool.providers) > 1 {
		agreed, err := w.pool.CrossCheck(ctx, to)
		if err != nil {
			return registry.Batch{}, 0, err
		}
		if agreed != headHash {
			return registry.Batch{}, 0, fmt.Errorf("chain: block %d hash from the serving provider differs from the providers' majority; retrying", to)
		}
	}

	bt := registry.Batch{From: from, To: to, Head: registry.Block{Number: to, Hash: headHash, Time: headHdr.Time}}
	times := map[uint64]uint64{to: headHdr.Time}
	n := 0
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		if l.BlockNumber == to && l.BlockHash != headHash {
			return registry.Batch{}, 0, fmt.Errorf("chain: logs of block %d come from another branch; retrying", to)
		}
		bt0, ok := times[l.BlockNumber]
		if !ok {
			bt0 = l.BlockTimestamp
			if bt0 == 0 {
				h, err := w.header(ctx, l.BlockNumber)
				if err != nil {
					return registry.Batch{}, 0, err
				}
				bt0 = h.Time
			}
			times[l.BlockNumber] = bt0
		}
		evs, err := w.events(ctx, l, bt0, known[l.Address])
		if err != nil {
			return registry.Batch{}, 0, err
		}
		if len(evs) == 0 {
			continue
		}
		if k := len(bt.Blocks); k == 0 || bt.Blocks[k-1].Block.Number != l.BlockNumber {
			bt.Blocks = append(bt.Blocks, registry.BlockEvents{Block: registry.Block{Number: l.BlockNumber, Hash: l.BlockHash, Time: bt0}})
		}
		last := &bt.Blocks[len(bt.Blocks)-1]
		last.Events = append(last.Events, evs...)
		for _, e := range evs {
			w.m.events.WithLabelValues(e.Kind()).Inc()
		}
		n += len(evs)
	}
	return bt, n, nil
}

// events decodes one log, expanding multi-value events and filling seeded
// nodes' contributors from the contract.
func (w *Watcher) events(ctx context.Context, l *types.Log, blockTime uint64, isChild bool) ([]registry.Event, error) {
	ev, err := w.dec.decode(l, blockTime, isChild)
	if errors.Is(err, errExpand) {
		return w.dec.expandRatios(l, logMeta(l, blockTime))
	}
	if err != nil {
		// A log of a tracked contract that does not decode is a contract we do
		// not understand: stop rather than apply a partial view.
		return nil, fmt.Errorf("decode log %d of tx %s at block %d: %w", l.Index, l.TxHash, l.BlockNumber, err)
	}
	if ev == nil {
		return nil, nil
	}
	if reg, ok := ev.(registry.NodeRegistered); ok && reg.Seeded {
		if err := w.fillSeeded(ctx, &reg, l.BlockNumber); err != nil {
			return nil, err
		}
		ev = reg
	}
	return []registry.Event{ev}, nil
}

func (w *Watcher) fillSeeded(ctx context.Context, reg *registry.NodeRegistered, block uint64) error {
	rw := bindings.NewServiceNodeRewards()
	var sn bindings.IServiceNodeRewardsServiceNode
	err := w.pool.Do(ctx, "call", func(ctx context.Context, c Client) error {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &w.cfg.Contracts.Rewards, Data: rw.PackServiceNodes(reg.ID)}, new(big.Int).SetUint64(block))
		if err != nil {
			return err
		}
		sn, err = rw.UnpackServiceNodes(out)
		return err
	})
	if err != nil {
		return fmt.Errorf("read seeded node %d: %w", reg.ID, err)
	}
	for _, c := range sn.Contributors {
		reg.Contributors = append(reg.Contributors, registry.Contributor{Staker: c.Staker.Addr, Beneficiary: c.Staker.Beneficiary, Amount: c.StakedAmount})
	}
	reg.Initiator = sn.Operator
	return nil
}

// createsContracts reports whether a batch discovers contribution contracts.
func createsContracts(bt registry.Batch) bool {
	for _, b := range bt.Blocks {
		for _, e := range b.Events {
			if _, ok := e.(registry.ContributionCreated); ok {
				return true
			}
		}
	}
	return false
}

// BlockTime returns the timestamp of block n from the providers.
func (w *Watcher) BlockTime(ctx context.Context, n uint64) (uint64, error) {
	h, err := w.header(ctx, n)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}
