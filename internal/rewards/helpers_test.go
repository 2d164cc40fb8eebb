package rewards

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registry"
)

const day = 86400

// addr returns a test address; A(n) stakers, B(n) beneficiaries.
func A(n int) common.Address { return common.BigToAddress(big.NewInt(int64(0xA000 + n))) }
func B(n int) common.Address { return common.BigToAddress(big.NewInt(int64(0xB000 + n))) }

// at returns the block at time t: one block per second, numbered from 1.
func at(t uint64) registry.BlockRef { return registry.BlockRef{Number: t + 1, Time: t} }

func contrib(staker, beneficiary common.Address, amount int64) registry.Contributor {
	return registry.Contributor{Staker: staker, Beneficiary: beneficiary, Amount: big.NewInt(amount)}
}

func node(id uint64, added uint64, fee uint16, cs ...registry.Contributor) registry.Node {
	return registry.Node{ID: id, Fee: fee, Added: at(added), Contributors: cs}
}

// exited marks n as exited at time t with the contract's returned amount.
func exited(n registry.Node, t uint64, returned int64, liquidated bool) registry.Node {
	e := at(t)
	n.Exited, n.ReturnedAmount, n.Liquidated = &e, big.NewInt(returned), liquidated
	return n
}

func rel(t uint64, log uint32, amount int64) registry.Release {
	return registry.Release{Block: at(t), LogIndex: log, Amount: big.NewInt(amount)}
}

// testRules: 24 h payable, no exit delay, 30-day liquidation delay.
func testRules() Rules {
	return Rules{PayableAfter: day, LiquidationStakeDelay: 30 * day}
}

// strs renders balances for comparison.
func strs(m map[common.Address]*big.Int) map[common.Address]string {
	out := make(map[common.Address]string, len(m))
	for a, v := range m {
		out[a] = v.String()
	}
	return out
}

// dump renders every account of b and its totals.
func dump(b *Balances) map[string]string {
	out := map[string]string{
		"released": b.TotalReleased().String(), "rewards": b.TotalRewards().String(),
		"stakes": b.TotalStakes().String(), "pending": b.TotalPending().String(),
		"penalties": b.TotalPenalties().String(), "carry": b.Carry().String(),
	}
	for _, a := range b.Addresses() {
		acc := b.Account(a)
		out[a.Hex()] = acc.Rewards.String() + "/" + acc.Stakes.String() + "/" + acc.Pending.String() + "/" + acc.Penalty.String()
	}
	return out
}

// history is a random chain history with the blocks where something happens.
type history struct {
	in     Input
	blocks []registry.BlockRef // every event block, ascending, plus some quiet ones
	end    registry.BlockRef
}

const (
	t0  = 1_700_000_000
	req = 25_000_000_000_000 // 25,000 SESH, atomic
)

// blockAt is the block at time t >= genesis: one block per second.
func blockAt(t uint64) registry.BlockRef {
	const genesis = t0 - 1000*day
	if t < genesis {
		panic("time before the test genesis")
	}
	return registry.BlockRef{Number: t - genesis + 1, Time: t}
}

// genHistory makes nNodes nodes (solo or 3-10 contributors drawing from a
// shared address pool), registered over the first part of the period, some
// exiting or liquidated, and nReleases releases about a day apart.
func genHistory(rng *rand.Rand, nNodes, nReleases int) history {
	var h history
	span := uint64(nReleases) * day
	pool := 3 * nNodes
	addrOf := func() common.Address { return common.BigToAddress(big.NewInt(int64(0x10000 + rng.IntN(pool+1)))) }
	times := map[uint64]bool{}
	for id := 1; id <= nNodes; id++ {
		added := t0 + rng.Uint64N(span*6/10+1)
		var cs []registry.Contributor
		if rng.IntN(2) == 0 {
			a := addrOf()
			cs = []registry.Contributor{{Staker: a, Beneficiary: a, Amount: big.NewInt(req)}}
		} else {
			k := 3 + rng.IntN(8)
			left := int64(req)
			op := int64(req/4) + rng.Int64N(int64(req/4))
			for i := 0; i < k; i++ {
				amt := op
				if i > 0 {
					amt = 1 + rng.Int64N(left/int64(k-i)+1)
				}
				if i == k-1 {
					amt = left
				}
				left -= amt
				ben := addrOf()
				if rng.IntN(3) == 0 {
					ben = common.Address{} // unset: defaults to the staker
				}
				cs = append(cs, registry.Contributor{Staker: addrOf(), Beneficiary: ben, Amount: big.NewInt(amt)})
			}
		}
		fee := uint16(0)
		if rng.IntN(3) > 0 {
			fee = uint16(rng.IntN(FeeBasis + 1))
		}
		n := registry.Node{ID: uint64(id), Fee: fee, Added: blockAt(added), Contributors: cs}
		times[added] = true
		if rng.IntN(4) == 0 {
			ex := added + rng.Uint64N(t0+span-added+1)
			e := blockAt(ex)
			n.Exited, n.ReturnedAmount = &e, n.Deposit()
			if rng.IntN(3) == 0 { // liquidation: 0.03 % + ceil(0.17 %) penalty
				dep := n.Deposit()
				liq := new(big.Int).Div(new(big.Int).Mul(dep, big.NewInt(3)), big.NewInt(10000))
				pl := new(big.Int).Mul(dep, big.NewInt(17))
				pl.Add(pl, big.NewInt(9999)).Div(pl, big.NewInt(10000))
				n.ReturnedAmount = new(big.Int).Sub(dep, liq.Add(liq, pl))
				n.Liquidated = true
			}
			times[ex] = true
		}
		h.in.Nodes = append(h.in.Nodes, n)
	}
	t := uint64(t0)
	for i := 0; i < nReleases; i++ {
		t += day - 3600 + rng.Uint64N(7200)
		amt := big.NewInt(1e13 + rng.Int64N(1e13))
		if rng.IntN(10) == 0 {
			amt.SetInt64(rng.Int64N(1000)) // tiny releases exercise the carry
		}
		h.in.Releases = append(h.in.Releases, registry.Release{Block: blockAt(t), LogIndex: uint32(rng.IntN(3)), Amount: amt})
		times[t] = true
	}
	for i := 0; i < nReleases; i++ { // quiet blocks, and the ends of stake delays
		times[t0+rng.Uint64N(span+40*day)] = true
	}
	for _, n := range h.in.Nodes {
		if n.Exited != nil {
			times[n.Exited.Time+testRules().LiquidationStakeDelay] = true
		}
	}
	for tt := range times {
		h.blocks = append(h.blocks, blockAt(tt))
	}
	sortRefs(h.blocks)
	h.end = h.blocks[len(h.blocks)-1]
	return h
}

func sortRefs(r []registry.BlockRef) {
	for i := 1; i < len(r); i++ {
		for j := i; j > 0 && r[j].Number < r[j-1].Number; j-- {
			r[j], r[j-1] = r[j-1], r[j]
		}
	}
}

// asOf is the registry's view at block b: nodes registered by then, exits
// only if they happened by then, releases by then.
func asOf(in Input, b registry.BlockRef) Input {
	var out Input
	for _, n := range in.Nodes {
		if n.Added.Number > b.Number {
			continue
		}
		if n.Exited != nil && n.Exited.Number > b.Number {
			n.Exited, n.ReturnedAmount, n.Liquidated = nil, nil, false
		}
		out.Nodes = append(out.Nodes, n)
	}
	for _, r := range in.Releases {
		if r.Block.Number <= b.Number {
			out.Releases = append(out.Releases, r)
		}
	}
	return out
}

func mustCompute(t testing.TB, rules Rules, in Input, b registry.BlockRef) *Balances {
	t.Helper()
	bal, err := Compute(rules, in, b)
	require.NoError(t, err)
	return bal
}
