package rewards

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/sessiond/sessiond/internal/registry"
)

// exitNode records a ServiceNodeExit: the node stops earning at the exit's
// time, and each contributor's stake is queued for credit after the delay.
//
// Upstream (oxen-core service_node_list.cpp, process_confirmed_event for
// ServiceNodeExit, tewinget/oxen-core bb6b861b6):
//
//	returned = min(staking_requirement, exit.returned_amount)
//	slash    = staking_requirement - returned        // the liquidation penalty
//	stakes[i] = contributor[i].amount; stakes[0] -= slash  (operator pays)
//	delay    = slash > 0 ? dereg_height + 30 days - height : 1 block
//
// The contract's returnedAmount is the deposit minus the liquidator's and the
// pool's shares (contracts.md §1.2), so slash is exactly the penalty. We use
// the node's deposit (the sum of its stakes, what the contract holds and
// returns) where upstream uses the node's staking requirement; they are equal
// because the contract requires contributions to sum to the requirement.
func (l *Ledger) exitNode(n *registry.Node) {
	st := l.nodes[n.ID]
	ex := *n.Exited
	st.exited = &ex
	st.returned.Set(n.ReturnedAmount)

	dep := &st.deposit
	returned := new(big.Int).Set(n.ReturnedAmount)
	if returned.Cmp(dep) > 0 {
		returned.Set(dep) // upstream: "Fixing up value"
	}
	slash := new(big.Int).Sub(dep, returned)

	delay := l.rules.ExitStakeDelay
	if slash.Sign() > 0 || n.Liquidated {
		delay = l.rules.LiquidationStakeDelay
	}
	due := addSat(ex.Time, delay)

	amounts := exitAmounts(st.contributors, dep, returned, slash)
	for i, c := range st.contributors {
		if amounts[i].Sign() == 0 {
			continue
		}
		cr := &credit{due: due, node: st.id, index: i, to: l.account(l.stakeAddress(c))}
		cr.amount.Set(amounts[i])
		cr.to.pending.Add(&cr.to.pending, &cr.amount)
		l.pending.Add(&l.pending, &cr.amount)
		l.queue = append(l.queue, cr)
	}
	if slash.Sign() > 0 && len(st.contributors) > 0 {
		op := l.account(l.stakeAddress(st.contributors[0]))
		op.penalty.Add(&op.penalty, slash)
		l.penalties.Add(&l.penalties, slash)
	}
	slices.SortStableFunc(l.queue, func(a, b *credit) int {
		if c := cmp.Compare(a.due, b.due); c != 0 {
			return c
		}
		if c := cmp.Compare(a.node, b.node); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
}

// exitAmounts splits what the contract returned over the contributors: each
// gets its stake back, except that the operator (contributor 0) bears the
// whole penalty. If the penalty exceeds the operator's stake (the contract's
// bounds make that impossible: penalty <= 1/4 of the deposit <= operator
// stake), upstream refuses the exit and credits nobody; we instead split the
// returned amount pro rata by stake, rounding down, so no stake is stranded
// and the sum never exceeds what was returned.
func exitAmounts(cs []registry.Contributor, deposit, returned, slash *big.Int) []*big.Int {
	out := make([]*big.Int, len(cs))
	if len(cs) == 0 {
		return out
	}
	opStake := amountOf(cs[0].Amount)
	prorata := slash.Cmp(opStake) > 0
	for i, c := range cs {
		a := amountOf(c.Amount)
		switch {
		case !prorata && i == 0:
			out[i] = new(big.Int).Sub(a, slash)
		case !prorata:
			out[i] = new(big.Int).Set(a)
		default:
			out[i] = new(big.Int).Mul(a, returned)
			out[i].Quo(out[i], deposit)
		}
	}
	return out
}
