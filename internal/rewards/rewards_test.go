package rewards

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registry"
)

// TestHandComputed checks small histories whose balances are worked out by
// hand in the comments.
func TestHandComputed(t *testing.T) {
	type want struct {
		lifetime map[common.Address]int64
		pending  map[common.Address]int64
		penalty  map[common.Address]int64
		carry    int64
	}
	threeEven := node(1, 0, 0, contrib(A(1), A(1), 1), contrib(A(2), A(2), 1), contrib(A(3), A(3), 1))
	exitCase := []registry.Node{
		node(1, 0, 0, contrib(A(1), A(1), 100)),
		exited(node(2, 0, 0, contrib(A(2), B(2), 100)), 2*day+day/2, 100, false),
	}
	liq := []registry.Node{exited(node(1, 0, 0, contrib(A(1), B(1), 60), contrib(A(2), B(2), 40)), day, 98, true)}
	cases := []struct {
		name  string
		rules Rules
		nodes []registry.Node
		rels  []registry.Release
		at    registry.BlockRef
		want  want
	}{{
		// Payable from day 1; the first interval is (0, day+1000]: 1000 s,
		// all of it to the only node, all of that to its only contributor.
		name:  "one node one contributor",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 100))},
		rels:  []registry.Release{rel(day+1000, 0, 1000)},
		at:    at(day + 1000),
		want:  want{lifetime: map[common.Address]int64{A(1): 1000}},
	}, {
		// Fee 10 %: 100 to the operator's beneficiary B1; 900 by stake 75/25:
		// 675 to B1, 225 to A2. B1 = 775.
		name:  "fee split",
		nodes: []registry.Node{node(1, 0, 1000, contrib(A(1), B(1), 75), contrib(A(2), A(2), 25))},
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{B(1): 775, A(2): 225}},
	}, {
		// Stakes 7/5/3 of 15: 466.67, 333.33, 200 -> 466, 333, 200; carry 1.
		name:  "three contributors uneven",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 7), contrib(A(2), A(2), 5), contrib(A(3), A(3), 3))},
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 466, A(2): 333, A(3): 200}, carry: 1},
	}, {
		// Node 2 joins at day/2, payable from 1.5 days. Release 1 at 1.25 d:
		// node 1 alone (21600 s) gets 600. Release 2 at 2 d pays
		// (1.25 d, 2 d]: node 1 64800 s, node 2 43200 s of 108000: 720/480.
		name: "node joining mid-interval",
		nodes: []registry.Node{
			node(1, 0, 0, contrib(A(1), A(1), 100)),
			node(2, day/2, 0, contrib(A(2), A(2), 100)),
		},
		rels: []registry.Release{rel(day+day/4, 0, 600), rel(2*day, 0, 1200)},
		at:   at(2 * day),
		want: want{lifetime: map[common.Address]int64{A(1): 1320, A(2): 480}},
	}, {
		// Node 2 registered at 100000 s is payable only from 186400 s, after
		// the release at 172800 s: node 1 gets everything.
		name: "node younger than 24 h not payable",
		nodes: []registry.Node{
			node(1, 0, 0, contrib(A(1), A(1), 100)),
			node(2, 100000, 0, contrib(A(2), A(2), 100)),
		},
		rels: []registry.Release{rel(2*day, 0, 1000)},
		at:   at(2 * day),
		want: want{lifetime: map[common.Address]int64{A(1): 1000}},
	}, {
		// Release 1 (2 d): 500 each. Node 2 exits at 2.5 d. Release 2 (3 d):
		// node 1 86400 s, node 2 43200 s: 666.67 / 333.33 -> 666 / 333, carry
		// 1. Node 2's rewards went to its beneficiary B2, its stake (100)
		// back to the staker A2 at once (no exit delay in testRules).
		name:  "exit mid-interval",
		nodes: exitCase,
		rels:  []registry.Release{rel(2*day, 0, 1000), rel(3*day, 0, 1000)},
		at:    at(3 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 1166, B(2): 833, A(2): 100}, carry: 1},
	}, {
		// With the mainnet one-block (120 s) exit delay, one second before
		// the stake is due it is pending, not lifetime.
		name:  "exit stake waits for its delay",
		rules: Rules{PayableAfter: day, ExitStakeDelay: 120},
		nodes: exitCase,
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2*day + day/2 + 119),
		want: want{lifetime: map[common.Address]int64{A(1): 500, B(2): 500},
			pending: map[common.Address]int64{A(2): 100}},
	}, {
		name:  "exit stake credited after its delay",
		rules: Rules{PayableAfter: day, ExitStakeDelay: 120},
		nodes: exitCase,
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2*day + day/2 + 120),
		want:  want{lifetime: map[common.Address]int64{A(1): 500, B(2): 500, A(2): 100}},
	}, {
		// Liquidated at 1 d; the contract returned 98 of 100: the penalty 2
		// comes out of the operator's 60. Locked 30 days: pending until then.
		name:  "liquidation before its delay",
		nodes: liq,
		at:    at(31*day - 1),
		want: want{pending: map[common.Address]int64{A(1): 58, A(2): 40},
			penalty: map[common.Address]int64{A(1): 2}},
	}, {
		name:  "liquidation after its delay",
		nodes: liq,
		at:    at(31 * day),
		want: want{lifetime: map[common.Address]int64{A(1): 58, A(2): 40},
			penalty: map[common.Address]int64{A(1): 2}},
	}, {
		// An exit that returned less than the deposit without the liquidated
		// flag is still a penalty (upstream keys on the slash) with its lock.
		name:  "short exit is penalised like a liquidation",
		nodes: []registry.Node{exited(node(1, 0, 0, contrib(A(1), A(1), 60), contrib(A(2), A(2), 40)), day, 90, false)},
		at:    at(31 * day),
		want: want{lifetime: map[common.Address]int64{A(1): 50, A(2): 40},
			penalty: map[common.Address]int64{A(1): 10}},
	}, {
		// 100 over three equal stakes: 33 each, carry 1. Then 100 + 1:
		// 33.67 -> 33 each, carry 2.
		name:  "two releases with remainder carry",
		nodes: []registry.Node{threeEven},
		rels:  []registry.Release{rel(2*day, 0, 100), rel(3*day, 0, 100)},
		at:    at(3 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 66, A(2): 66, A(3): 66}, carry: 2},
	}, {
		// Third release: 100 + 2 = 102, exactly 34 each: the carry is paid out.
		name:  "carry paid out by a later release",
		nodes: []registry.Node{threeEven},
		rels:  []registry.Release{rel(2*day, 0, 100), rel(3*day, 0, 100), rel(4*day, 0, 100)},
		at:    at(4 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 100, A(2): 100, A(3): 100}},
	}, {
		// Nobody is payable at day/2: the 500 is carried into the next release.
		name:  "release with no payable node is carried",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 100))},
		rels:  []registry.Release{rel(day/2, 0, 500), rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 1500}},
	}, {
		name:  "release with no payable node, before the next",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 100))},
		rels:  []registry.Release{rel(day/2, 0, 500), rel(2*day, 0, 1000)},
		at:    at(day),
		want:  want{carry: 500},
	}, {
		// Two releases in the same block: the second covers an empty interval
		// and is carried to the third.
		name:  "same-second releases",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 100)), node(2, 0, 0, contrib(A(2), A(2), 100))},
		rels:  []registry.Release{rel(2*day, 0, 100), rel(2*day, 1, 7), rel(3*day, 0, 100)},
		at:    at(3 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 103, A(2): 103}, carry: 1},
	}, {
		// A fee above 100 % is clamped to 100 %: all to the operator's
		// beneficiary.
		name:  "fee clamped to 10000 bp",
		nodes: []registry.Node{node(1, 0, 20000, contrib(A(1), B(1), 50), contrib(A(2), B(2), 50))},
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{B(1): 1000}},
	}, {
		// A node with no stake (a seeded node whose contributors are unknown)
		// is never payable; node 1 gets the whole release.
		name:  "node without stake never payable",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), A(1), 100)), node(2, 0, 0)},
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 1000}},
	}, {
		// A contributor without a beneficiary is paid at its staker address.
		name:  "unset beneficiary defaults to staker",
		nodes: []registry.Node{node(1, 0, 0, contrib(A(1), common.Address{}, 100))},
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(2 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 1000}},
	}, {
		name:  "stakes to beneficiary when the rules say so",
		rules: Rules{PayableAfter: day, StakesToBeneficiary: true},
		nodes: exitCase,
		rels:  []registry.Release{rel(2*day, 0, 1000)},
		at:    at(3 * day),
		want:  want{lifetime: map[common.Address]int64{A(1): 500, B(2): 600}},
	}, {
		// Releases and exits after `at` are ignored.
		name:  "history after at is ignored",
		nodes: exitCase,
		rels:  []registry.Release{rel(2*day, 0, 1000), rel(3*day, 0, 1000)},
		at:    at(2*day + 10),
		want:  want{lifetime: map[common.Address]int64{A(1): 500, B(2): 500}},
	}}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rules := tc.rules
			if rules == (Rules{}) {
				rules = testRules()
			}
			b := mustCompute(t, rules, Input{Nodes: tc.nodes, Releases: tc.rels}, tc.at)
			wantAll := map[common.Address]string{}
			for a, v := range tc.want.lifetime {
				wantAll[a] = big.NewInt(v).String()
			}
			require.Equal(t, wantAll, strs(b.All()))
			for a, v := range tc.want.lifetime {
				require.Equal(t, v, b.Of(a).Int64(), "Of(%s)", a)
			}
			for _, a := range b.Addresses() {
				acc := b.Account(a)
				require.Equal(t, tc.want.pending[a], acc.Pending.Int64(), "pending of %s", a)
				require.Equal(t, tc.want.penalty[a], acc.Penalty.Int64(), "penalty of %s", a)
			}
			require.Equal(t, tc.want.carry, b.Carry().Int64(), "carry")
			// Conservation: every released unit is allocated or carried.
			sum := new(big.Int).Add(b.TotalRewards(), b.Carry())
			require.Equal(t, b.TotalReleased().String(), sum.String())
			require.Equal(t, tc.at, b.At())
		})
	}
}

func TestClaimable(t *testing.T) {
	rec := func(rewards, claimed int64) registry.Recipient {
		return registry.Recipient{Rewards: big.NewInt(rewards), Claimed: big.NewInt(claimed)}
	}
	cases := []struct {
		name                    string
		lifetime                int64
		rec                     registry.Recipient
		update                  bool
		claimable, claimableNow int64
	}{
		{"never updated", 100, rec(0, 0), true, 100, 0},
		{"updated and partly claimed, more earned", 150, rec(100, 40), true, 110, 60},
		{"up to date, nothing claimed", 100, rec(100, 0), false, 100, 100},
		{"up to date, all claimed", 100, rec(100, 100), false, 0, 0},
		{"contract ahead of the network", 90, rec(100, 20), false, 80, 80},
		{"zero record fields", 5, registry.Recipient{}, true, 5, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Claimable(big.NewInt(tc.lifetime), tc.rec)
			require.Equal(t, tc.update, c.NeedsUpdate)
			require.Equal(t, tc.claimable, c.Claimable.Int64())
			require.Equal(t, tc.claimableNow, c.ClaimableNow.Int64())
			require.Equal(t, tc.lifetime, c.Lifetime.Int64())
		})
	}
}
