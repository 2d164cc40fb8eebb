package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"
)

// Client is what the watcher needs from one JSON-RPC provider; both
// *ethclient.Client and the simulated backend's client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ErrRangeTooLarge marks a provider's refusal of a log range; the caller
// halves the range instead of failing over.
var ErrRangeTooLarge = errors.New("chain: provider rejected the log range as too large")

// ErrNoProvider is returned when every provider failed or was refused.
var ErrNoProvider = errors.New("chain: no usable provider")

// rangeErrorHints are fragments of the messages free-tier providers use to
// refuse large eth_getLogs ranges.
var rangeErrorHints = []string{
	"block range", "range is too large", "range too large", "query returned more than",
	"too many results", "exceeds", "limit exceeded", "response size", "log response size",
	"max range", "maximum range", "10000 results",
}

func isRangeError(err error) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	for _, h := range rangeErrorHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// Redact shows a provider URL without credentials, path or query (API keys
// live there).
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "provider"
	}
	return u.Scheme + "://" + u.Host
}

// redactURLError rewrites the URL of the *url.Error in err's chain, if any,
// to its redacted form.
func redactURLError(err error) {
	var ue *url.Error
	if errors.As(err, &ue) {
		ue.URL = Redact(ue.URL)
	}
}

// Provider is one configured endpoint and its health.
type Provider struct {
	Name   string // redacted URL, safe to log
	Index  int    // position in the configuration
	client Client

	mu        sync.Mutex
	height    uint64
	failures  int // consecutive
	backoff   time.Time
	refused   string // why this provider is refused for good
	lastError string
}

// ProviderStatus is a provider's health, for status output.
type ProviderStatus struct {
	Name      string `json:"name"`
	Height    uint64 `json:"height"`
	Healthy   bool   `json:"healthy"`
	Refused   string `json:"refused,omitempty"`
	LastError string `json:"last_error,omitempty"`
}

// NewProvider wraps a client; name should already be redacted.
func NewProvider(name string, index int, c Client) *Provider {
	return &Provider{Name: name, Index: index, client: c}
}

func (p *Provider) status(now time.Time) ProviderStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	return ProviderStatus{Name: p.Name, Height: p.height, Healthy: p.refused == "" && !now.Before(p.backoff), Refused: p.refused, LastError: p.lastError}
}

func (p *Provider) markOK(height uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.failures = 0
	p.backoff = time.Time{}
	if height > p.height {
		p.height = height
	}
}

// markFailed records a failed request. It first redacts the provider URL
// that HTTP errors quote (`Post "https://host/KEY": ...`) in place, so that
// neither the status, the logs nor the errors callers return show the key.
func (p *Provider) markFailed(now time.Time, err error) {
	redactURLError(err)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.failures++
	p.lastError = err.Error()
	d := time.Duration(1<<min(p.failures, 6)) * time.Second // 2 s .. 64 s
	p.backoff = now.Add(d)
}

func (p *Provider) refuse(reason string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refused = reason
}

// Pool ranks providers and fails over between them.
type Pool struct {
	providers []*Provider
	chainID   uint64
	timeout   time.Duration
	lagLimit  uint64 // blocks behind the best before a provider is demoted
	now       func() time.Time
	lg        *zap.Logger
	m         *metrics
}

// NewPool builds a pool; call CheckChainIDs before use.
func NewPool(providers []*Provider, chainID uint64, timeout time.Duration, lg *zap.Logger, m *metrics, now func() time.Time) *Pool {
	if now == nil {
		now = time.Now
	}
	if lg == nil {
		lg = zap.NewNop()
	}
	if m == nil {
		m = newMetrics(nil)
	}
	return &Pool{providers: providers, chainID: chainID, timeout: timeout, lagLimit: 120, now: now, lg: lg, m: m}
}

// Statuses reports every provider's health.
func (p *Pool) Statuses() []ProviderStatus {
	now := p.now()
	out := make([]ProviderStatus, len(p.providers))
	for i, pr := range p.providers {
		out[i] = pr.status(now)
	}
	return out
}

// CheckChainIDs asks every provider for its chain id and refuses those that
// serve another chain. It fails when none serves the configured one;
// unreachable providers are kept (they may come back) but reported.
func (p *Pool) CheckChainIDs(ctx context.Context) error {
	var good int
	var errs []error
	for _, pr := range p.providers {
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		id, err := pr.client.ChainID(cctx)
		cancel()
		switch {
		case err != nil:
			pr.markFailed(p.now(), err)
			errs = append(errs, fmt.Errorf("%s: %w", pr.Name, err))
		case id.Uint64() != p.chainID:
			reason := fmt.Sprintf("serves chain id %d, want %d", id.Uint64(), p.chainID)
			pr.refuse(reason)
			p.lg.Error("provider refused: wrong chain", zap.String("provider", pr.Name), zap.Uint64("chain_id", id.Uint64()), zap.Uint64("want_chain_id", p.chainID))
			errs = append(errs, fmt.Errorf("%s %s", pr.Name, reason))
		default:
			good++
		}
	}
	if good == 0 {
		return fmt.Errorf("%w for chain id %d: %w (check chain.providers and chain.network)", ErrNoProvider, p.chainID, errors.Join(errs...))
	}
	return nil
}

// ranked returns usable providers: healthy ones within lagLimit of the best
// height in configured order, then lagging ones by height, then those in
// backoff (as a last resort).
func (p *Pool) ranked() []*Provider {
	now := p.now()
	var best uint64
	type snap struct {
		pr      *Provider
		height  uint64
		healthy bool
	}
	var snaps []snap
	for _, pr := range p.providers {
		s := pr.status(now)
		if s.Refused != "" {
			continue
		}
		snaps = append(snaps, snap{pr, s.Height, s.Healthy})
		if s.Healthy && s.Height > best {
			best = s.Height
		}
	}
	rank := func(s snap) int {
		switch {
		case !s.healthy:
			return 2
		case s.height+p.lagLimit >= best:
			return 0
		default:
			return 1
		}
	}
	sort.SliceStable(snaps, func(i, j int) bool {
		ri, rj := rank(snaps[i]), rank(snaps[j])
		if ri != rj {
			return ri < rj
		}
		if ri == 1 && snaps[i].height != snaps[j].height {
			return snaps[i].height > snaps[j].height
		}
		return snaps[i].pr.Index < snaps[j].pr.Index
	})
	out := make([]*Provider, len(snaps))
	for i, s := range snaps {
		out[i] = s.pr
	}
	return out
}

// Do runs f against providers in rank order until one succeeds. A range
// error is returned at once (it is the request, not the provider).
func (p *Pool) Do(ctx context.Context, op string, f func(ctx context.Context, c Client) error) error {
	var errs []error
	for _, pr := range p.ranked() {
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		start := p.now()
		err := f(cctx, pr.client)
		cancel()
		p.m.observeRequest(op, pr.Name, p.now().Sub(start), err)
		if err == nil {
			pr.markOK(0)
			return nil
		}
		if isRangeError(err) {
			return fmt.Errorf("%w: %s: %v", ErrRangeTooLarge, pr.Name, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		pr.markFailed(p.now(), err)
		p.lg.Warn("provider request failed; trying the next", zap.String("provider", pr.Name), zap.String("op", op), zap.Error(err))
		errs = append(errs, fmt.Errorf("%s: %w", pr.Name, err))
	}
	if len(errs) == 0 {
		return ErrNoProvider
	}
	return fmt.Errorf("%w: %s: %w", ErrNoProvider, op, errors.Join(errs...))
}

// Refresh reads every usable provider's latest height (for ranking).
func (p *Pool) Refresh(ctx context.Context) {
	for _, pr := range p.providers {
		if pr.status(p.now()).Refused != "" {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		h, err := pr.client.HeaderByNumber(cctx, nil)
		cancel()
		if err != nil {
			pr.markFailed(p.now(), err)
			continue
		}
		pr.markOK(h.Number.Uint64())
	}
}

// CrossCheck asks every usable provider for the hash of final block number,
// takes the majority hash, and refuses providers that disagree with it: a
// final block cannot differ between honest providers. With no majority (a
// tie) nobody is refused and an error stops the watcher from applying.
func (p *Pool) CrossCheck(ctx context.Context, number uint64) (common.Hash, error) {
	votes := map[common.Hash][]*Provider{}
	for _, pr := range p.providers {
		if pr.status(p.now()).Refused != "" {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, p.timeout)
		h, err := pr.client.HeaderByNumber(cctx, new(big.Int).SetUint64(number))
		cancel()
		if err != nil || h == nil {
			continue // lagging or down: not evidence of another chain
		}
		votes[h.Hash()] = append(votes[h.Hash()], pr)
	}
	var best common.Hash
	bestN, tie := 0, false
	for h, prs := range votes {
		switch {
		case len(prs) > bestN:
			best, bestN, tie = h, len(prs), false
		case len(prs) == bestN:
			tie = true
		}
	}
	if bestN == 0 {
		return common.Hash{}, fmt.Errorf("%w: no provider returned block %d", ErrNoProvider, number)
	}
	if tie {
		return common.Hash{}, fmt.Errorf("chain: providers disagree on final block %d with no majority; not applying", number)
	}
	for h, prs := range votes {
		if h == best {
			continue
		}
		for _, pr := range prs {
			pr.refuse(fmt.Sprintf("block %d hash %s differs from the majority %s", number, h.Hex(), best.Hex()))
			p.m.providerRefused.Inc()
			p.lg.Error("provider refused: disagrees on a final block", zap.String("provider", pr.Name), zap.Uint64("block", number))
		}
	}
	return best, nil
}
