package rewards

import (
	"math/big"

	"github.com/sessiond/sessiond/internal/registry"
)

// Claim is what an address can do on the contract given its lifetime balance
// and its contract record (contracts.md §1.6 item 4): updateRewardsBalance
// sets recipients[addr].rewards to a strictly larger lifetime total, and
// claimRewards pays rewards - claimed.
type Claim struct {
	// Lifetime is the network's lifetime total (what a signature is for).
	Lifetime *big.Int
	// Recorded and Claimed are the contract's rewards and claimed.
	Recorded, Claimed *big.Int
	// NeedsUpdate: Lifetime > Recorded, so updateRewardsBalance with the
	// network's signature must come before the claim to get all of it.
	NeedsUpdate bool
	// Claimable is what claimRewards would pay after the update (if one is
	// needed): max(Lifetime, Recorded) - Claimed, at least zero.
	Claimable *big.Int
	// ClaimableNow is what claimRewards pays without an update:
	// Recorded - Claimed, at least zero.
	ClaimableNow *big.Int
}

// Claimable compares a lifetime balance with the contract's record of the
// address. When the contract already records more than lifetime (it cannot
// while the network is honest and its rules unchanged) no update is possible
// and the recorded value is what counts.
func Claimable(lifetime *big.Int, rec registry.Recipient) Claim {
	life := new(big.Int).Set(amountOf(lifetime))
	recorded := new(big.Int).Set(amountOf(rec.Rewards))
	claimed := new(big.Int).Set(amountOf(rec.Claimed))
	c := Claim{Lifetime: life, Recorded: recorded, Claimed: claimed,
		NeedsUpdate: life.Cmp(recorded) > 0}
	top := recorded
	if c.NeedsUpdate {
		top = life
	}
	c.Claimable = nonNegSub(top, claimed)
	c.ClaimableNow = nonNegSub(recorded, claimed)
	return c
}

func nonNegSub(a, b *big.Int) *big.Int {
	d := new(big.Int).Sub(a, b)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return d
}
