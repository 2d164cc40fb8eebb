package rewards

import (
	"bytes"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/registry"
)

// Account is one address's totals at a block. Lifetime = Rewards + Stakes is
// what updateRewardsBalance is signed for.
type Account struct {
	// Rewards is the sum of the pool rewards allocated to the address.
	Rewards *big.Int
	// Stakes is the sum of stakes credited back after exits (net of
	// liquidation penalties, after the delay).
	Stakes *big.Int
	// Pending is stake of exited nodes still waiting for its delay; it is
	// not part of Lifetime yet.
	Pending *big.Int
	// Penalty is the sum of liquidation penalties charged to the address as
	// an operator (informational: already excluded from Stakes).
	Penalty *big.Int
}

// Lifetime is Rewards + Stakes.
func (a Account) Lifetime() *big.Int { return new(big.Int).Add(a.Rewards, a.Stakes) }

func (a *account) snapshot() Account {
	return Account{
		Rewards: new(big.Int).Set(&a.rewards),
		Stakes:  new(big.Int).Set(&a.stakes),
		Pending: new(big.Int).Set(&a.pending),
		Penalty: new(big.Int).Set(&a.penalty),
	}
}

func (a *account) isZero() bool {
	return a.rewards.Sign() == 0 && a.stakes.Sign() == 0 && a.pending.Sign() == 0 && a.penalty.Sign() == 0
}

// Balances are the lifetime balances of every address at one block. They
// are immutable; every accessor returns fresh values.
type Balances struct {
	at       registry.BlockRef
	accounts map[common.Address]Account

	released, rewards, stakes, pending, penalties, carry *big.Int
	releases                                             int
}

// Balances returns a snapshot of the ledger at At().
func (l *Ledger) Balances() *Balances {
	if l.snap != nil {
		return l.snap
	}
	b := &Balances{
		at:        l.at,
		accounts:  make(map[common.Address]Account, len(l.accounts)),
		released:  new(big.Int).Set(&l.released),
		rewards:   new(big.Int).Set(&l.rewards),
		stakes:    new(big.Int).Set(&l.stakes),
		pending:   new(big.Int).Set(&l.pending),
		penalties: new(big.Int).Set(&l.penalties),
		carry:     new(big.Int).Set(&l.carry),
		releases:  l.nreleases,
	}
	for a, acc := range l.accounts {
		if !acc.isZero() {
			b.accounts[a] = acc.snapshot()
		}
	}
	l.snap = b
	return b
}

// Compute returns the balances at block at from the whole history, from
// scratch: the same as a new Ledger advanced to at.
func Compute(rules Rules, in Input, at registry.BlockRef) (*Balances, error) {
	l := NewLedger(rules)
	if err := l.Advance(in, at); err != nil {
		return nil, err
	}
	return l.Balances(), nil
}

// At is the block the balances are for.
func (b *Balances) At() registry.BlockRef { return b.at }

// Of returns addr's lifetime balance (zero for an unknown address).
func (b *Balances) Of(addr common.Address) *big.Int {
	if a, ok := b.accounts[addr]; ok {
		return a.Lifetime()
	}
	return new(big.Int)
}

// Account returns addr's totals (zeros for an unknown address).
func (b *Balances) Account(addr common.Address) Account {
	if a, ok := b.accounts[addr]; ok {
		return Account{Rewards: new(big.Int).Set(a.Rewards), Stakes: new(big.Int).Set(a.Stakes),
			Pending: new(big.Int).Set(a.Pending), Penalty: new(big.Int).Set(a.Penalty)}
	}
	return Account{Rewards: new(big.Int), Stakes: new(big.Int), Pending: new(big.Int), Penalty: new(big.Int)}
}

// All returns every address with a nonzero lifetime balance.
func (b *Balances) All() map[common.Address]*big.Int {
	out := make(map[common.Address]*big.Int, len(b.accounts))
	for addr, a := range b.accounts {
		if v := a.Lifetime(); v.Sign() > 0 {
			out[addr] = v
		}
	}
	return out
}

// Addresses returns every address the balances know (any nonzero total,
// pending stakes and penalties included), in byte order.
func (b *Balances) Addresses() []common.Address {
	out := make([]common.Address, 0, len(b.accounts))
	for a := range b.accounts {
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}

// TotalAllocated is the sum of every lifetime balance: TotalRewards +
// TotalStakes.
func (b *Balances) TotalAllocated() *big.Int { return new(big.Int).Add(b.rewards, b.stakes) }

// TotalRewards is the sum of the pool rewards allocated. It equals
// TotalReleased - Carry and never exceeds TotalReleased.
func (b *Balances) TotalRewards() *big.Int { return new(big.Int).Set(b.rewards) }

// TotalStakes is the sum of the stakes credited back.
func (b *Balances) TotalStakes() *big.Int { return new(big.Int).Set(b.stakes) }

// TotalPending is the sum of stakes waiting for their delay.
func (b *Balances) TotalPending() *big.Int { return new(big.Int).Set(b.pending) }

// TotalPenalties is the sum of liquidation penalties.
func (b *Balances) TotalPenalties() *big.Int { return new(big.Int).Set(b.penalties) }

// TotalReleased is the sum of the pool releases applied.
func (b *Balances) TotalReleased() *big.Int { return new(big.Int).Set(b.released) }

// Carry is what was released but not yet allocated: it goes into the next
// release's split.
func (b *Balances) Carry() *big.Int { return new(big.Int).Set(b.carry) }

// Releases is the number of pool releases applied.
func (b *Balances) Releases() int { return b.releases }
