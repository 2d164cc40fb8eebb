package signing

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/rewards"
)

// Defaults of AggregatorOptions.
const (
	// DefaultTimeout bounds each signer's answer (upstream: 5 s).
	DefaultTimeout = 5 * time.Second
	// DefaultSkipFor is how long a node that sent a bad signature is not
	// asked again (upstream PR#1858: 5 minutes).
	DefaultSkipFor = 5 * time.Minute
	// DefaultExitCacheTTL is how long an exit or liquidation aggregate is
	// served again, counted from its timestamp (upstream: the contract's
	// 10-minute signatureExpiry).
	DefaultExitCacheTTL = 10 * time.Minute
	// DefaultRewardsCacheSize bounds the cached reward aggregates.
	DefaultRewardsCacheSize = 4096
	// DefaultParallel bounds the requests in flight of one aggregation: above
	// today's network size, so every node is asked at once as upstream does
	// and a round takes at most about one Timeout.
	DefaultParallel = 4096
)

// Transport sends one authenticated node-to-node request (implemented by
// *peer.Client).
type Transport interface {
	Do(ctx context.Context, t peer.Target, req peer.Request) (*peer.Response, error)
}

// Directory says where a node listens (implemented by *peer.Service).
type Directory interface {
	Target(key [32]byte) (peer.Target, bool)
}

// AggregatorOptions configure an Aggregator.
type AggregatorOptions struct {
	Registry Registry
	Book     *Book
	Checker  *Checker
	Domain   bls.Domain
	// Transport and Directory reach the other nodes.
	Transport Transport
	Directory Directory
	// Self is this node's Ed25519 key; Local, if set, signs for it in
	// process instead of over the network.
	Self  [32]byte
	Local *Signer
	// Zero values take the Default* constants.
	Timeout          time.Duration
	SkipFor          time.Duration
	ExitCacheTTL     time.Duration
	RewardsCacheSize int
	Parallel         int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Logger and Metrics may be nil.
	Logger  *zap.Logger
	Metrics *Metrics
}

// Aggregator collects the network's signatures for a reward balance, an exit
// or a liquidation, for the json_rpc methods. Safe for concurrent use.
type Aggregator struct {
	o  AggregatorOptions
	lg *zap.Logger

	mu      sync.Mutex
	skip    map[[32]byte]time.Time // bad signers, until
	rewards map[rewardsKey]*RewardsResult
	exits   map[exitKey]*ExitResult
}

type rewardsKey struct {
	addr   common.Address
	height uint64
}

type exitKey struct {
	pk   bls.PublicKey
	kind Kind
}

// RewardsResult is the network's signature of an address's lifetime balance
// at a block: the arguments of updateRewardsBalance(Address, Amount,
// Signature, NonSigners).
type RewardsResult struct {
	Address common.Address
	Amount  *big.Int
	Height  uint64
	Aggregate
}

// ExitResult is the network's signature of an exit or a liquidation: the
// arguments of exitBLSPublicKeyWithSignature / liquidateBLSPublicKeyWithSignature
// (BLSPubkey, Timestamp, Signature, NonSigners).
type ExitResult struct {
	Kind      Kind
	NodeID    uint64
	Ed25519   [32]byte
	BLSPubkey bls.PublicKey
	Timestamp uint64
	Aggregate
}

// NodeKey names a registered node by exactly one of its keys.
type NodeKey struct {
	Ed25519 [32]byte
	BLS     bls.PublicKey
}

// NewAggregator returns an aggregator; Registry, Book, Checker, Transport
// and Directory are required.
func NewAggregator(o AggregatorOptions) (*Aggregator, error) {
	if o.Registry == nil || o.Book == nil || o.Checker == nil || o.Transport == nil || o.Directory == nil {
		return nil, errors.New("signing: an aggregator needs a Registry, Book, Checker, Transport and Directory")
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.SkipFor <= 0 {
		o.SkipFor = DefaultSkipFor
	}
	if o.ExitCacheTTL <= 0 {
		o.ExitCacheTTL = DefaultExitCacheTTL
	}
	if o.RewardsCacheSize <= 0 {
		o.RewardsCacheSize = DefaultRewardsCacheSize
	}
	if o.Parallel <= 0 {
		o.Parallel = DefaultParallel
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	return &Aggregator{
		o: o, lg: o.Logger, skip: map[[32]byte]time.Time{},
		rewards: map[rewardsKey]*RewardsResult{}, exits: map[exitKey]*ExitResult{},
	}, nil
}

// Balances returns the lifetime balances at the applied final block
// (get_accrued_rewards).
func (a *Aggregator) Balances(ctx context.Context) (*rewards.Balances, error) {
	return a.o.Book.Latest(ctx)
}

// ExitCandidates lists the registered nodes this node would sign an exit or
// a liquidation for now (bls_exit_liquidation_list).
func (a *Aggregator) ExitCandidates(context.Context) ([]Verdict, error) {
	return a.o.Checker.Candidates()
}

// Rewards returns the network's signature of addr's lifetime balance at
// height (h > 0 absolute; h <= 0 relative to the applied final block, -1
// recommended, as bls_rewards_request). The amount is this node's own
// computation; signers that compute another one do not sign.
func (a *Aggregator) Rewards(ctx context.Context, addr common.Address, height int64) (*RewardsResult, error) {
	return a.rewardsAt(ctx, addr, height, true)
}

func (a *Aggregator) rewardsAt(ctx context.Context, addr common.Address, height int64, useCache bool) (*RewardsResult, error) {
	start := a.o.Now()
	if addr == (common.Address{}) {
		return nil, errors.New("signing: rewards for the zero address cannot be claimed")
	}
	cur, err := a.o.Book.Cursor()
	if err != nil {
		return nil, err
	}
	h, err := Resolve(height, cur.Number)
	if err != nil {
		return nil, err
	}
	key := rewardsKey{addr, h}
	if useCache {
		if r := a.cachedRewards(key, cur.Number); r != nil {
			a.o.Metrics.aggregated("rewards", "cached", 0, 0)
			return r, nil
		}
	}
	bal, err := a.o.Book.At(ctx, h)
	if err != nil {
		return nil, err
	}
	amount := bal.Of(addr)
	if amount.Sign() == 0 {
		return nil, fmt.Errorf("signing: %s has no rewards at block %d", addr.Hex(), h)
	}
	req := RewardsRequest{Address: addr, Height: h}
	body, _ := json.Marshal(req)
	check := func(rep *RewardsReply) (bls.Signature, error) {
		switch {
		case rep.Address != addr || rep.Height != h:
			return bls.Signature{}, fmt.Errorf("answered for %s at %d", rep.Address.Hex(), rep.Height)
		case rep.Amount == nil || rep.Amount.Cmp(amount) != 0:
			return bls.Signature{}, fmt.Errorf("computes %v, not %v", rep.Amount, amount)
		}
		return rep.Signature, nil
	}
	j := job{
		kind: "rewards", msg: bls.RewardMessage(a.o.Domain, addr, amount), path: PathRewards, body: body,
		check: func(b []byte) (bls.Signature, error) {
			var rep RewardsReply
			if err := json.Unmarshal(b, &rep); err != nil {
				return bls.Signature{}, fmt.Errorf("%w: %v", errBad, err)
			}
			return check(&rep)
		},
	}
	if a.o.Local != nil {
		j.local = func(ctx context.Context) (bls.Signature, error) {
			rep, err := a.o.Local.Rewards(ctx, req)
			if err != nil {
				return bls.Signature{}, err
			}
			return check(rep)
		}
	}
	agg, err := a.collect(ctx, j)
	if err != nil {
		a.done("rewards", start, agg, err)
		return nil, err
	}
	res := &RewardsResult{Address: addr, Amount: amount, Height: h, Aggregate: *agg}
	a.storeRewards(key, res, cur.Number)
	a.done("rewards", start, agg, nil)
	return res, nil
}

// Exit returns the network's signature of the exit (KindExit) or
// liquidation (KindLiquidation) of the node, timestamped now. This node
// checks the precondition itself first, as upstream does, so a request for
// a healthy node costs no network round.
func (a *Aggregator) Exit(ctx context.Context, key NodeKey, kind Kind) (*ExitResult, error) {
	start := a.o.Now()
	n, err := nodeByKey(a.o.Registry, key)
	if err != nil {
		return nil, err
	}
	if n == nil {
		return nil, fmt.Errorf("signing: %s request: no registered node has that key", kind)
	}
	pk := bls.PublicKey(n.BLS)
	ck := exitKey{pk, kind}
	if r := a.cachedExit(ck); r != nil {
		a.o.Metrics.aggregated(kind.String(), "cached", 0, 0)
		return r, nil
	}
	cur, err := a.o.Book.Cursor()
	if err != nil {
		return nil, err
	}
	if err := a.o.Checker.Check(kind, n, cur); err != nil {
		var se *StatusError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("signing: %s request refused by this node: %s", kind, se.Reason)
		}
		return nil, err
	}
	ts := uint64(a.o.Now().Unix())
	req := ExitRequest{BLSPubkey: pk, Timestamp: ts}
	body, _ := json.Marshal(req)
	check := func(rep *ExitReply) (bls.Signature, error) {
		if rep.Remove != pk || rep.Timestamp != ts {
			return bls.Signature{}, fmt.Errorf("answered for %s at %d", rep.Remove, rep.Timestamp)
		}
		return rep.Signature, nil
	}
	j := job{
		kind: kind.String(), msg: kind.Message(a.o.Domain, pk, ts), path: kind.Path(), body: body,
		check: func(b []byte) (bls.Signature, error) {
			var rep ExitReply
			if err := json.Unmarshal(b, &rep); err != nil {
				return bls.Signature{}, fmt.Errorf("%w: %v", errBad, err)
			}
			return check(&rep)
		},
	}
	if a.o.Local != nil {
		j.local = func(ctx context.Context) (bls.Signature, error) {
			rep, err := a.o.Local.Exit(ctx, kind, req)
			if err != nil {
				return bls.Signature{}, err
			}
			return check(rep)
		}
	}
	agg, err := a.collect(ctx, j)
	if err != nil {
		a.done(kind.String(), start, agg, err)
		return nil, err
	}
	res := &ExitResult{Kind: kind, NodeID: n.ID, Ed25519: n.Ed25519, BLSPubkey: pk, Timestamp: ts, Aggregate: *agg}
	a.mu.Lock()
	a.exits[ck] = res
	a.mu.Unlock()
	a.done(kind.String(), start, agg, nil)
	return res, nil
}

// done records an aggregation's outcome.
func (a *Aggregator) done(kind string, start time.Time, agg *Aggregate, err error) {
	d := a.o.Now().Sub(start)
	var nonSigners int
	if agg != nil {
		nonSigners = len(agg.NonSigners)
	}
	var ns *NonSignerError
	switch {
	case err == nil:
		a.o.Metrics.aggregated(kind, "ok", d, nonSigners)
		a.lg.Debug("aggregated", zap.String("kind", kind), zap.Int("signers", agg.Signers),
			zap.Int("non_signers", nonSigners), zap.Duration("took", d))
	case errors.As(err, &ns):
		a.o.Metrics.aggregated(kind, "refused", d, nonSigners)
		a.lg.Info("too many non-signers", zap.String("kind", kind), zap.Error(err))
	default:
		a.o.Metrics.aggregated(kind, "failed", d, nonSigners)
		a.lg.Info("aggregation failed", zap.String("kind", kind), zap.Error(err))
	}
}

// skipped reports whether ed sent a bad signature recently.
func (a *Aggregator) skipped(ed [32]byte) (time.Time, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	until, ok := a.skip[ed]
	if ok && !a.o.Now().Before(until) {
		delete(a.skip, ed)
		return time.Time{}, false
	}
	return until, ok
}

func (a *Aggregator) markBad(ed [32]byte) {
	a.mu.Lock()
	a.skip[ed] = a.o.Now().Add(a.o.SkipFor)
	a.mu.Unlock()
}

// cachedRewards returns a cached aggregate for key while its height is in
// the window.
func (a *Aggregator) cachedRewards(key rewardsKey, cursor uint64) *RewardsResult {
	a.mu.Lock()
	defer a.mu.Unlock()
	r := a.rewards[key]
	if r != nil && key.height+a.o.Book.Window() < cursor {
		delete(a.rewards, key)
		return nil
	}
	return r
}

// storeRewards caches r, first dropping what fell out of the window and, if
// still full, everything (the cache is a convenience, not a store).
func (a *Aggregator) storeRewards(key rewardsKey, r *RewardsResult, cursor uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.rewards) >= a.o.RewardsCacheSize {
		for k := range a.rewards {
			if k.height+a.o.Book.Window() < cursor {
				delete(a.rewards, k)
			}
		}
		if len(a.rewards) >= a.o.RewardsCacheSize {
			clear(a.rewards)
		}
	}
	a.rewards[key] = r
}

// cachedExit returns a cached aggregate younger than ExitCacheTTL, and drops
// expired ones.
func (a *Aggregator) cachedExit(key exitKey) *ExitResult {
	a.mu.Lock()
	defer a.mu.Unlock()
	now := a.o.Now()
	for k, r := range a.exits {
		if now.Sub(time.Unix(int64(r.Timestamp), 0)) > a.o.ExitCacheTTL {
			delete(a.exits, k)
		}
	}
	return a.exits[key]
}
