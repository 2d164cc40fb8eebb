package rewards

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registry"
)

// TestSmallSharesMatchBig: the machine-word path computes exactly the same
// shares as big.Int, including values near the limits of the fast path.
func TestSmallSharesMatchBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	pick := func(bitsMax int) uint64 {
		b := 1 + rng.IntN(bitsMax)
		v := rng.Uint64() >> (64 - b)
		if v == 0 {
			v = 1
		}
		return v
	}
	fast, slow := 0, 0
	for i := 0; i < 20000; i++ {
		k := 1 + rng.IntN(10)
		var cs []registry.Contributor
		for j := 0; j < k; j++ {
			a := common.BigToAddress(big.NewInt(int64(j + 1)))
			amt := new(big.Int).SetUint64(pick(63))
			if rng.IntN(20) == 0 {
				amt.Lsh(amt, 8) // a deposit beyond 64 bits: the big.Int path
			}
			cs = append(cs, registry.Contributor{Staker: a, Beneficiary: a, Amount: amt})
		}
		fee := uint16(rng.IntN(FeeBasis + 1))
		if rng.IntN(4) == 0 {
			fee = []uint16{0, FeeBasis}[rng.IntN(2)]
		}
		total, w := pick(64), pick(40)
		W := w + pick(40)
		m := new(big.Int).Mul(new(big.Int).SetUint64(W), big.NewInt(FeeBasis))
		if !m.IsUint64() {
			continue
		}
		nd := registry.Node{ID: 1, Fee: fee, Contributors: cs}

		a, b := NewLedger(Rules{}), NewLedger(Rules{})
		a.addNode(&nd)
		b.addNode(&nd)
		var tmp big.Int
		allocA, sharesA, ok := smallShares(a.nodes[1], total, w, m.Uint64(), &tmp)
		allocB := new(big.Int)
		sharesB := bigShares(b.nodes[1], new(big.Int).SetUint64(total), w, m, allocB)
		if !ok {
			require.Zero(t, allocA)
			for _, acc := range a.accounts {
				require.Zero(t, acc.rewards.Sign(), "smallShares changed state before giving up")
			}
			slow++
			continue
		}
		fast++
		require.Equal(t, allocB.String(), new(big.Int).SetUint64(allocA).String())
		require.Equal(t, sharesB, sharesA)
		for addr, acc := range a.accounts {
			require.Equal(t, b.accounts[addr].rewards.String(), acc.rewards.String())
		}
	}
	require.Greater(t, fast, 1000)
	require.Greater(t, slow, 100)
}

// TestBigPathSameBalances: whole histories give identical balances with the
// fast path on and off.
func TestBigPathSameBalances(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		h := genHistory(rand.New(rand.NewPCG(seed, 17)), 50, 40)
		want := dump(mustCompute(t, testRules(), h.in, h.end))
		forceBig = true
		got := dump(mustCompute(t, testRules(), h.in, h.end))
		forceBig = false
		require.Equal(t, want, got)
	}
}

// TestHugeValues: amounts beyond 64 bits take the big.Int path and still
// conserve.
func TestHugeValues(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	stake, _ := new(big.Int).SetString("99999999999999999999999", 10)
	n := registry.Node{ID: 1, Fee: 333, Added: at(0), Contributors: []registry.Contributor{
		{Staker: A(1), Beneficiary: A(1), Amount: stake},
		{Staker: A(2), Beneficiary: A(2), Amount: big.NewInt(7)},
	}}
	in := Input{Nodes: []registry.Node{n, node(2, 0, 0, contrib(A(3), A(3), 5))},
		Releases: []registry.Release{{Block: at(2 * day), Amount: huge}, rel(3*day, 0, 1000)}}
	b := mustCompute(t, testRules(), in, at(3*day))
	require.Equal(t, b.TotalReleased().String(), new(big.Int).Add(b.TotalRewards(), b.Carry()).String())
	require.Less(t, b.Carry().Int64(), int64(4))
	require.Positive(t, b.Of(A(2)).Sign())
}
