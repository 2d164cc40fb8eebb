package rewards

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registry"
)

// TestDeterministicUnderShuffle: the same history in any order gives the same
// balances, every account and every total.
func TestDeterministicUnderShuffle(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		h := genHistory(rng, 60, 40)
		want := dump(mustCompute(t, testRules(), h.in, h.end))
		for i := 0; i < 10; i++ {
			in := Input{
				Nodes:    append([]registry.Node(nil), h.in.Nodes...),
				Releases: append([]registry.Release(nil), h.in.Releases...),
			}
			rng.Shuffle(len(in.Nodes), func(i, j int) { in.Nodes[i], in.Nodes[j] = in.Nodes[j], in.Nodes[i] })
			rng.Shuffle(len(in.Releases), func(i, j int) { in.Releases[i], in.Releases[j] = in.Releases[j], in.Releases[i] })
			require.Equal(t, want, dump(mustCompute(t, testRules(), in, h.end)), "seed %d shuffle %d", seed, i)
		}
	}
}

// TestConservation: per release, what is allocated plus the new carry is
// exactly what was distributable, and the carry is smaller than the number
// of shares; overall, rewards never exceed releases; stakes credited,
// pending and penalties add up to the deposits of the exited nodes.
func TestConservation(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 11))
			h := genHistory(rng, 5+rng.IntN(80), 5+rng.IntN(60))
			l := NewLedger(testRules())
			released := new(big.Int)
			var stats int
			l.SetObserver(func(s ReleaseStat) {
				stats++
				released.Add(released, s.Release.Amount)
				require.Equal(t, s.Distributable.String(), new(big.Int).Add(s.Allocated, s.Carry).String())
				require.True(t, s.Allocated.Sign() >= 0 && s.Carry.Sign() >= 0)
				if s.Shares > 0 {
					require.Less(t, s.Carry.Int64(), int64(s.Shares), "carry %s with %d shares", s.Carry, s.Shares)
				} else {
					require.Equal(t, s.Distributable.String(), s.Carry.String())
				}
			})
			require.NoError(t, l.Advance(h.in, h.end))
			b := l.Balances()
			require.Equal(t, len(h.in.Releases), stats)
			require.Equal(t, released.String(), b.TotalReleased().String())
			require.True(t, b.TotalRewards().Cmp(b.TotalReleased()) <= 0)
			require.Equal(t, b.TotalReleased().String(), new(big.Int).Add(b.TotalRewards(), b.Carry()).String())

			sumRewards, sumStakes := new(big.Int), new(big.Int)
			for _, a := range b.Addresses() {
				acc := b.Account(a)
				sumRewards.Add(sumRewards, acc.Rewards)
				sumStakes.Add(sumStakes, acc.Stakes)
			}
			require.Equal(t, b.TotalRewards().String(), sumRewards.String())
			require.Equal(t, b.TotalStakes().String(), sumStakes.String())
			lifetimes := new(big.Int)
			for _, v := range b.All() {
				lifetimes.Add(lifetimes, v)
			}
			require.Equal(t, b.TotalAllocated().String(), lifetimes.String())

			deposits, returned := new(big.Int), new(big.Int)
			for _, n := range h.in.Nodes {
				if n.Exited != nil {
					deposits.Add(deposits, n.Deposit())
					returned.Add(returned, n.ReturnedAmount)
				}
			}
			credited := new(big.Int).Add(b.TotalStakes(), b.TotalPending())
			require.Equal(t, returned.String(), credited.String())
			require.Equal(t, deposits.String(), new(big.Int).Add(credited, b.TotalPenalties()).String())
		})
	}
}

// TestIncrementalEqualsScratch advances a ledger block by block on the
// registry's view as of each block and compares it with a from-scratch
// computation at every block.
func TestIncrementalEqualsScratch(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		rng := rand.New(rand.NewPCG(seed, 13))
		h := genHistory(rng, 40, 30)
		rules := testRules()
		rules.ExitStakeDelay = 3 * 3600
		step := NewLedger(rules)
		full := NewLedger(rules) // fed the whole (future-knowing) history each time
		for i, b := range h.blocks {
			require.NoError(t, step.Advance(asOf(h.in, b), b))
			require.NoError(t, full.Advance(h.in, b))
			want := dump(mustCompute(t, rules, h.in, b))
			require.Equal(t, want, dump(step.Balances()), "seed %d block %d (%d)", seed, b.Number, i)
			require.Equal(t, want, dump(full.Balances()), "seed %d block %d (%d)", seed, b.Number, i)
			for a, v := range step.Balances().All() {
				require.Equal(t, v.String(), step.Of(a).String())
			}
		}
	}
}

// TestLedgerChangesOnly: a ledger may be given only what changed since its
// last block.
func TestLedgerChangesOnly(t *testing.T) {
	n1 := node(1, 0, 500, contrib(A(1), B(1), 100))
	n2 := node(2, day, 0, contrib(A(2), A(2), 50), contrib(A(3), A(3), 50))
	l := NewLedger(testRules())
	require.NoError(t, l.Advance(Input{Nodes: []registry.Node{n1}}, at(10)))
	require.NoError(t, l.Advance(Input{Nodes: []registry.Node{n2}}, at(day)))
	require.NoError(t, l.Advance(Input{Releases: []registry.Release{rel(2*day, 0, 1000)}}, at(2*day)))
	n2x := exited(n2, 2*day+5, 100, false)
	require.NoError(t, l.Advance(Input{Nodes: []registry.Node{n2x}}, at(2*day+5)))
	require.NoError(t, l.Advance(Input{Releases: []registry.Release{rel(3*day, 0, 1000)}}, at(3*day)))

	in := Input{Nodes: []registry.Node{n1, n2x}, Releases: []registry.Release{rel(2*day, 0, 1000), rel(3*day, 0, 1000)}}
	require.Equal(t, dump(mustCompute(t, testRules(), in, at(3*day))), dump(l.Balances()))
}

func TestLedgerRejectsContradictions(t *testing.T) {
	n1 := node(1, 0, 0, contrib(A(1), A(1), 100))
	base := func() *Ledger {
		l := NewLedger(testRules())
		require.NoError(t, l.Advance(Input{Nodes: []registry.Node{n1}, Releases: []registry.Release{rel(2*day, 0, 10)}}, at(2*day)))
		return l
	}
	cases := []struct {
		name string
		in   Input
		at   registry.BlockRef
		err  error
	}{
		{"going back", Input{}, at(day), nil},
		{"unseen node below the cursor", Input{Nodes: []registry.Node{node(2, day, 0, contrib(A(2), A(2), 1))}}, at(3 * day), ErrInconsistent},
		{"unseen exit below the cursor", Input{Nodes: []registry.Node{exited(n1, day, 100, false)}}, at(3 * day), ErrInconsistent},
		{"unseen release below the cursor", Input{Releases: []registry.Release{rel(day, 0, 5)}}, at(3 * day), ErrInconsistent},
		{"release amount changed", Input{Releases: []registry.Release{rel(2*day, 0, 11)}}, at(3 * day), ErrInconsistent},
		{"registration changed", Input{Nodes: []registry.Node{node(1, 0, 9, contrib(A(1), A(1), 100))}}, at(3 * day), ErrInconsistent},
		{"duplicate node", Input{Nodes: []registry.Node{n1, n1}}, at(3 * day), nil},
		{"duplicate release", Input{Releases: []registry.Release{rel(3*day, 0, 1), rel(3*day, 0, 1)}}, at(3 * day), nil},
		{"release without amount", Input{Releases: []registry.Release{{Block: at(3 * day)}}}, at(3 * day), nil},
		{"exit before registration", Input{Nodes: []registry.Node{exited(node(3, 3*day, 0), 2*day, 0, false)}}, at(3 * day), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := base()
			before := dump(l.Balances())
			err := l.Advance(tc.in, tc.at)
			require.Error(t, err)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
			}
			require.Equal(t, before, dump(l.Balances()), "ledger changed on error")
			require.Equal(t, at(2*day), l.At())
		})
	}
}

// TestCloneIsIndependent: advancing a clone leaves the original untouched,
// and both reach the same state from the same input.
func TestCloneIsIndependent(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	h := genHistory(rng, 30, 20)
	mid := h.blocks[len(h.blocks)/2]
	l := NewLedger(testRules())
	require.NoError(t, l.Advance(h.in, mid))
	snap := dump(l.Balances())
	c := l.Clone()
	require.NoError(t, c.Advance(h.in, h.end))
	require.Equal(t, snap, dump(l.Balances()))
	require.NoError(t, l.Advance(h.in, h.end))
	require.Equal(t, dump(c.Balances()), dump(l.Balances()))
	require.Equal(t, dump(mustCompute(t, testRules(), h.in, h.end)), dump(c.Balances()))
}

type fakeSource struct{ in Input }

func (f fakeSource) Nodes(activeOnly bool) ([]registry.Node, error) {
	if activeOnly {
		return nil, fmt.Errorf("want all nodes")
	}
	return f.in.Nodes, nil
}
func (f fakeSource) Releases() ([]registry.Release, error) { return f.in.Releases, nil }

func TestLoad(t *testing.T) {
	want := Input{Nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 1))}, Releases: []registry.Release{rel(day, 0, 1)}}
	got, err := Load(fakeSource{want})
	require.NoError(t, err)
	require.Equal(t, want, got)
}
