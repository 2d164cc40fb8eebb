package rewards

import (
	"cmp"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/registry"
)

// Ledger holds lifetime balances and advances them block by block: each
// Advance applies the registrations, exits and releases of the blocks since
// the previous one, and credits the stakes whose delay has passed. Advancing
// in any number of steps gives exactly the balances that one Advance (or
// Compute) to the same block gives.
//
// A Ledger never goes back; keep a Clone to return to. It is not safe for
// concurrent use; the Balances it returns are immutable and may be shared.
type Ledger struct {
	rules   Rules
	applied bool
	at      registry.BlockRef

	nodes    map[uint64]*nodeState
	live     []*nodeState // nodes that may still earn, by id
	accounts map[common.Address]*account
	queue    []*credit // stake credits not yet due, by (due, node, index)

	released  big.Int // sum of all releases applied
	rewards   big.Int // sum of all rewards allocated
	stakes    big.Int // sum of all stakes credited
	pending   big.Int // sum of stakes queued, not yet credited
	penalties big.Int // sum of liquidation penalties
	carry     big.Int // released but not yet allocated (see split.go)

	lastTime   uint64     // end of the last release's interval
	lastKey    releaseKey // last release applied
	hasRelease bool
	nreleases  int
	seen       map[releaseKey]*big.Int // amount of every release applied

	observe func(ReleaseStat)
	snap    *Balances // cached result of Balances, nil after any change
	w       weightScratch
}

// nodeState is what the ledger keeps of one registered node.
type nodeState struct {
	id           uint64
	added        registry.BlockRef
	fee          uint16 // as registered
	contributors []registry.Contributor
	feeBP        uint64 // fee clamped to FeeBasis
	payableFrom  uint64 // added time + PayableAfter
	deposit      big.Int
	feeTo        *account
	payees       []payee  // contributors with a positive stake
	d64          uint64   // deposit if it and every stake fit 64 bits, else 0
	stakes64     []uint64 // payees' stakes, when d64 != 0
	exited       *registry.BlockRef
	returned     big.Int
}

type payee struct {
	stake *big.Int
	to    *account
}

// account is one address's running totals.
type account struct {
	addr    common.Address
	rewards big.Int // pool rewards allocated
	stakes  big.Int // stakes credited back (after delay, net of penalty)
	pending big.Int // stakes of exited nodes still waiting for their delay
	penalty big.Int // liquidation penalties charged to this address
}

// credit is a stake waiting to be credited.
type credit struct {
	due    uint64
	node   uint64
	index  int
	to     *account
	amount big.Int
}

// NewLedger returns an empty ledger (before any block).
func NewLedger(rules Rules) *Ledger {
	return &Ledger{
		rules:    rules,
		nodes:    map[uint64]*nodeState{},
		accounts: map[common.Address]*account{},
		seen:     map[releaseKey]*big.Int{},
	}
}

// Rules returns the rules the ledger applies.
func (l *Ledger) Rules() Rules { return l.rules }

// At returns the last block applied (zero before the first Advance).
func (l *Ledger) At() registry.BlockRef { return l.at }

// SetObserver registers f to be called after every release the ledger
// applies (for metrics and logs). The stat's big.Ints are f's to keep.
func (l *Ledger) SetObserver(f func(ReleaseStat)) { l.observe = f }

// Advance applies everything in the input up to and including block at. The
// input is the chain history as of at or any later block (the whole of
// registry.Nodes(false) and registry.Releases() will do; so will only the
// nodes and releases that changed since the previous Advance). Events above
// at are ignored. On error the ledger is unchanged.
func (l *Ledger) Advance(in Input, at registry.BlockRef) error {
	if l.applied && (at.Number < l.at.Number || at.Time < l.at.Time) {
		return fmt.Errorf("rewards: cannot advance from block %d (time %d) back to block %d (time %d)",
			l.at.Number, l.at.Time, at.Number, at.Time)
	}
	nodes, err := sortedNodes(in.Nodes, at.Number)
	if err != nil {
		return err
	}
	rels, err := sortedReleases(in.Releases, at.Number)
	if err != nil {
		return err
	}

	// Plan: check everything against the applied history before changing
	// anything.
	var added, exits []*registry.Node
	for _, n := range nodes {
		exitedNow := n.Exited != nil && n.Exited.Number <= at.Number
		st := l.nodes[n.ID]
		if st == nil {
			if l.applied && n.Added.Number <= l.at.Number {
				return fmt.Errorf("%w: node %d registered at block %d, at or below applied block %d",
					ErrInconsistent, n.ID, n.Added.Number, l.at.Number)
			}
			added = append(added, n)
		} else if !sameRegistration(st, n) {
			return fmt.Errorf("%w: registration of node %d changed", ErrInconsistent, n.ID)
		}
		switch {
		case st != nil && st.exited != nil:
			if !exitedNow || *st.exited != *n.Exited || st.returned.Cmp(n.ReturnedAmount) != 0 {
				return fmt.Errorf("%w: exit of node %d changed", ErrInconsistent, n.ID)
			}
		case exitedNow:
			if l.applied && n.Exited.Number <= l.at.Number {
				return fmt.Errorf("%w: node %d exited at block %d, at or below applied block %d",
					ErrInconsistent, n.ID, n.Exited.Number, l.at.Number)
			}
			exits = append(exits, n)
		}
	}
	var todo []*registry.Release
	for _, r := range rels {
		if amt, ok := l.seen[keyOf(r)]; ok {
			if amt.Cmp(r.Amount) != 0 {
				return fmt.Errorf("%w: release at block %d log %d changed amount", ErrInconsistent, r.Block.Number, r.LogIndex)
			}
			continue // applied by an earlier Advance
		}
		if l.hasRelease && keyOf(r).cmp(l.lastKey) <= 0 {
			return fmt.Errorf("%w: release at block %d log %d precedes the last applied one", ErrInconsistent, r.Block.Number, r.LogIndex)
		}
		if l.applied && r.Block.Number <= l.at.Number {
			return fmt.Errorf("%w: release at block %d log %d, at or below applied block %d",
				ErrInconsistent, r.Block.Number, r.LogIndex, l.at.Number)
		}
		todo = append(todo, r)
	}

	// Apply. Registrations and exits first: a release's weights depend only
	// on times, and every exit in this range is at or after the releases
	// before it, so knowing it early changes nothing (see doc.go, Timing).
	for _, n := range added {
		l.addNode(n)
	}
	for _, n := range exits {
		l.exitNode(n)
	}
	for _, r := range todo {
		l.release(r)
	}
	l.mature(at.Time)
	l.at, l.applied = at, true
	l.snap = nil
	return nil
}

func (l *Ledger) account(a common.Address) *account {
	acc := l.accounts[a]
	if acc == nil {
		acc = &account{addr: a}
		l.accounts[a] = acc
	}
	return acc
}

// rewardAddress is where a contributor's rewards go: its beneficiary, or the
// staker when none is set (upstream defaults the beneficiary to the staker).
func rewardAddress(c registry.Contributor) common.Address {
	if c.Beneficiary != (common.Address{}) {
		return c.Beneficiary
	}
	return c.Staker
}

// stakeAddress is where a contributor's returned stake goes.
func (l *Ledger) stakeAddress(c registry.Contributor) common.Address {
	if l.rules.StakesToBeneficiary {
		return rewardAddress(c)
	}
	return c.Staker
}

func (l *Ledger) addNode(n *registry.Node) {
	st := &nodeState{
		id:           n.ID,
		added:        n.Added,
		fee:          n.Fee,
		contributors: make([]registry.Contributor, len(n.Contributors)),
		feeBP:        min(uint64(n.Fee), FeeBasis),
		payableFrom:  addSat(n.Added.Time, l.rules.PayableAfter),
	}
	for i, c := range n.Contributors {
		c.Amount = new(big.Int).Set(amountOf(c.Amount))
		st.contributors[i] = c
		if c.Amount.Sign() > 0 {
			st.deposit.Add(&st.deposit, c.Amount)
			st.payees = append(st.payees, payee{stake: c.Amount, to: l.account(rewardAddress(c))})
		}
	}
	if len(n.Contributors) > 0 {
		st.feeTo = l.account(rewardAddress(n.Contributors[0]))
	}
	if st.deposit.IsUint64() {
		st.d64 = st.deposit.Uint64() // every stake is at most the deposit
		for _, p := range st.payees {
			st.stakes64 = append(st.stakes64, p.stake.Uint64())
		}
	}
	l.nodes[n.ID] = st
	if st.deposit.Sign() == 0 {
		return // nobody to pay: never payable (doc.go, Payable nodes)
	}
	l.live = append(l.live, st)
	if k := len(l.live); k > 1 && l.live[k-2].id > st.id {
		slices.SortFunc(l.live, func(a, b *nodeState) int { return cmp.Compare(a.id, b.id) })
	}
}

// mature credits every queued stake whose delay has passed by time t.
func (l *Ledger) mature(t uint64) {
	k := 0
	for k < len(l.queue) && l.queue[k].due <= t {
		c := l.queue[k]
		c.to.pending.Sub(&c.to.pending, &c.amount)
		c.to.stakes.Add(&c.to.stakes, &c.amount)
		l.pending.Sub(&l.pending, &c.amount)
		l.stakes.Add(&l.stakes, &c.amount)
		l.queue[k] = nil
		k++
	}
	l.queue = l.queue[k:]
}

// Of returns addr's lifetime balance (rewards plus credited stakes) at At().
func (l *Ledger) Of(addr common.Address) *big.Int {
	acc := l.accounts[addr]
	if acc == nil {
		return new(big.Int)
	}
	return new(big.Int).Add(&acc.rewards, &acc.stakes)
}

// Clone returns an independent copy, for keeping a state to return to.
func (l *Ledger) Clone() *Ledger {
	c := &Ledger{
		rules: l.rules, applied: l.applied, at: l.at,
		nodes:    make(map[uint64]*nodeState, len(l.nodes)),
		accounts: make(map[common.Address]*account, len(l.accounts)),
		lastTime: l.lastTime, lastKey: l.lastKey, hasRelease: l.hasRelease, nreleases: l.nreleases,
		observe: l.observe, snap: l.snap,
		seen: maps.Clone(l.seen), // amounts are never mutated
	}
	for _, x := range []struct{ dst, src *big.Int }{
		{&c.released, &l.released}, {&c.rewards, &l.rewards}, {&c.stakes, &l.stakes},
		{&c.pending, &l.pending}, {&c.penalties, &l.penalties}, {&c.carry, &l.carry},
	} {
		x.dst.Set(x.src)
	}
	for a, acc := range l.accounts {
		n := &account{addr: a}
		n.rewards.Set(&acc.rewards)
		n.stakes.Set(&acc.stakes)
		n.pending.Set(&acc.pending)
		n.penalty.Set(&acc.penalty)
		c.accounts[a] = n
	}
	remap := func(a *account) *account {
		if a == nil {
			return nil
		}
		return c.accounts[a.addr]
	}
	for id, st := range l.nodes {
		n := *st
		n.deposit = big.Int{}
		n.deposit.Set(&st.deposit)
		n.returned = big.Int{}
		n.returned.Set(&st.returned)
		n.feeTo = remap(st.feeTo)
		n.payees = make([]payee, len(st.payees))
		for i, p := range st.payees {
			n.payees[i] = payee{stake: p.stake, to: remap(p.to)} // stakes are never mutated
		}
		c.nodes[id] = &n
	}
	c.live = make([]*nodeState, len(l.live))
	for i, st := range l.live {
		c.live[i] = c.nodes[st.id]
	}
	c.queue = make([]*credit, len(l.queue))
	for i, q := range l.queue {
		n := &credit{due: q.due, node: q.node, index: q.index, to: remap(q.to)}
		n.amount.Set(&q.amount)
		c.queue[i] = n
	}
	return c
}
