package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

// fakeClient is a provider with a fixed chain id, height and header extra
// data (which changes block hashes, to model another branch).
type fakeClient struct {
	chainID  uint64
	height   uint64
	branch   byte
	fail     atomic.Bool
	maxRange uint64
	calls    atomic.Int64
}

func (f *fakeClient) ChainID(context.Context) (*big.Int, error) {
	if f.fail.Load() {
		return nil, errors.New("connection refused")
	}
	return new(big.Int).SetUint64(f.chainID), nil
}

func (f *fakeClient) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.calls.Add(1)
	if f.fail.Load() {
		return nil, errors.New("connection refused")
	}
	num := f.height
	if n != nil && n.Sign() >= 0 {
		num = n.Uint64()
	}
	return &types.Header{Number: new(big.Int).SetUint64(num), Extra: []byte{f.branch}, Difficulty: big.NewInt(0)}, nil
}

func (f *fakeClient) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.calls.Add(1)
	if f.fail.Load() {
		return nil, errors.New("connection refused")
	}
	if f.maxRange > 0 && q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > f.maxRange {
		return nil, errors.New("query exceeds max block range 100")
	}
	return nil, nil
}

func (f *fakeClient) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errors.New("not implemented")
}

func newTestPool(clients ...*fakeClient) *Pool {
	var ps []*Provider
	for i, c := range clients {
		ps = append(ps, NewProvider("http://p"+string(rune('a'+i)), i, c))
	}
	return NewPool(ps, 1337, time.Second, nil, nil, nil)
}

func TestChainIDMismatchRefused(t *testing.T) {
	good, wrong := &fakeClient{chainID: 1337}, &fakeClient{chainID: 42161}
	p := newTestPool(wrong, good)
	require.NoError(t, p.CheckChainIDs(t.Context()))
	st := p.Statuses()
	require.Contains(t, st[0].Refused, "serves chain id 42161, want 1337")
	require.Empty(t, st[1].Refused)
	require.Equal(t, []*Provider{p.providers[1]}, p.ranked())

	only := newTestPool(&fakeClient{chainID: 5})
	err := only.CheckChainIDs(t.Context())
	require.ErrorIs(t, err, ErrNoProvider)
	require.ErrorContains(t, err, "chain.providers")
}

func TestFailover(t *testing.T) {
	a, b := &fakeClient{chainID: 1337, height: 100}, &fakeClient{chainID: 1337, height: 100}
	p := newTestPool(a, b)
	a.fail.Store(true)
	var served []string
	for range 3 {
		require.NoError(t, p.Do(t.Context(), "head", func(ctx context.Context, c Client) error {
			_, err := c.HeaderByNumber(ctx, nil)
			if err == nil {
				served = append(served, map[Client]string{a: "a", b: "b"}[c])
			}
			return err
		}))
	}
	require.Equal(t, []string{"b", "b", "b"}, served)
	// a is in backoff: tried last, so only once.
	require.Equal(t, int64(1), a.calls.Load())
	b.fail.Store(true)
	err := p.Do(t.Context(), "head", func(ctx context.Context, c Client) error { _, err := c.HeaderByNumber(ctx, nil); return err })
	require.ErrorIs(t, err, ErrNoProvider)
}

func TestRangeErrorIsNotAFailover(t *testing.T) {
	a, b := &fakeClient{chainID: 1337, maxRange: 100}, &fakeClient{chainID: 1337}
	p := newTestPool(a, b)
	err := p.Do(t.Context(), "get_logs", func(ctx context.Context, c Client) error {
		_, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: big.NewInt(1000)})
		return err
	})
	require.ErrorIs(t, err, ErrRangeTooLarge)
	require.Zero(t, b.calls.Load(), "a range refusal is about the request, not the provider")
}

func TestCrossCheckRefusesMinority(t *testing.T) {
	a, b, c := &fakeClient{chainID: 1337}, &fakeClient{chainID: 1337}, &fakeClient{chainID: 1337, branch: 9}
	p := newTestPool(a, b, c)
	h, err := p.CrossCheck(t.Context(), 50)
	require.NoError(t, err)
	want, _ := a.HeaderByNumber(t.Context(), big.NewInt(50))
	require.Equal(t, want.Hash(), h)
	require.Contains(t, p.Statuses()[2].Refused, "differs from the majority")

	// Two providers that disagree: no majority, nobody refused, an error.
	x, y := &fakeClient{chainID: 1337}, &fakeClient{chainID: 1337, branch: 1}
	p2 := newTestPool(x, y)
	_, err = p2.CrossCheck(t.Context(), 50)
	require.ErrorContains(t, err, "no majority")
	for _, s := range p2.Statuses() {
		require.Empty(t, s.Refused)
	}
}

func TestRedact(t *testing.T) {
	require.Equal(t, "https://arb-mainnet.example.com", Redact("https://arb-mainnet.example.com/v2/SECRETKEY?x=1"))
	require.Equal(t, "provider", Redact("not a url"))
}

func TestParseFinality(t *testing.T) {
	for in, want := range map[string]Finality{"safe": {Tag: "safe"}, "finalized": {Tag: "finalized"}, "64": {Depth: 64}} {
		got, err := ParseFinality(in)
		require.NoError(t, err)
		require.Equal(t, want, got)
		require.Equal(t, in, got.String())
	}
	_, err := ParseFinality("latest")
	require.Error(t, err)
}

// A provider URL's path (where API keys live) never reaches errors, status
// or logs when the provider cannot be reached.
func TestUnreachableProviderErrorsAreRedacted(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close()) // nothing listens there now
	raw := "http://" + addr + "/v2/SECRETKEY"
	ec, err := ethclient.Dial(raw)
	require.NoError(t, err)
	defer ec.Close()
	core, logs := observer.New(zap.DebugLevel)
	pool := NewPool([]*Provider{NewProvider(Redact(raw), 0, ec)}, 1337, time.Second, zap.New(core), nil, nil)
	err = pool.CheckChainIDs(t.Context())
	require.Error(t, err)
	require.NotContains(t, err.Error(), "SECRETKEY")
	require.Contains(t, err.Error(), addr, "the error still names the provider")
	for _, s := range pool.Statuses() {
		require.NotEmpty(t, s.LastError)
		require.NotContains(t, s.LastError, "SECRETKEY")
	}
	err = pool.Do(t.Context(), "head", func(ctx context.Context, c Client) error {
		_, err := c.HeaderByNumber(ctx, nil)
		return err
	})
	require.Error(t, err)
	require.NotContains(t, err.Error(), "SECRETKEY")
	for _, e := range logs.All() {
		for _, f := range e.Context {
			require.NotContains(t, fmt.Sprint(f.Interface, f.String), "SECRETKEY")
		}
	}
}
