package registry

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// apply writes one event through the journal. Events the contract can emit
// in odd orders (repeated exit requests, an exit without a request, a
// liquidation followed by an exit, an event for a node this registry never
// saw) are tolerated and logged by the caller through the returned error
// only when the state is truly inconsistent.
func apply(j *jtx, ev Event) error {
	switch e := ev.(type) {
	case NodeRegistered:
		return applyRegistered(j, e)
	case ExitRequested:
		return updateNode(j, e.ID, func(n *Node) {
			ref := e.Meta.Block
			if n.ExitRequested == nil {
				n.ExitRequested = &ref
			}
			n.LastExitRequest = &ref
		})
	case NodeLiquidated:
		return updateNode(j, e.ID, func(n *Node) {
			n.Liquidated = true
			n.Liquidator = e.Initiator
		})
	case NodeExited:
		return applyExited(j, e)
	case RewardsUpdated:
		return updateRecipient(j, e.Recipient, e.Meta.Block, func(r *Recipient) { r.Rewards = new(big.Int).Set(e.Amount) })
	case RewardsClaimed:
		return updateRecipient(j, e.Recipient, e.Meta.Block, func(r *Recipient) { r.Claimed = new(big.Int).Add(r.Claimed, e.Amount) })
	case ParamUpdated:
		return j.put(bucketParams, []byte(e.Name), []byte(e.Value.String()))
	case PoolBeneficiaryUpdated:
		return j.put(bucketParams, []byte(ParamPoolBeneficiary), []byte(e.Beneficiary.Hex()))
	case FundsReleased:
		key := make([]byte, 12)
		binary.BigEndian.PutUint64(key, e.Meta.Block.Number)
		binary.BigEndian.PutUint32(key[8:], e.Meta.LogIndex)
		return putJSON(j, bucketReleases, key, Release{Block: e.Meta.Block, LogIndex: e.Meta.LogIndex, Amount: e.Amount})
	case ContributionCreated:
		return updateContribution(j, e.Contract, e.Meta.Block, func(c *Contribution) {
			c.Operator = e.Operator
			c.Ed25519 = e.Ed25519
		})
	case ContributionEvent:
		return applyContribution(j, e)
	default:
		return fmt.Errorf("unknown event type %T", ev)
	}
}

func applyRegistered(j *jtx, e NodeRegistered) error {
	if old := j.get(bucketNodes, u64(e.ID)); old != nil {
		// The contract never reuses ids; a duplicate is a replayed log.
		return fmt.Errorf("node id %d registered twice", e.ID)
	}
	n := Node{
		ID:           e.ID,
		BLS:          e.BLS,
		Ed25519:      e.Ed25519,
		Ed25519Sig:   e.Ed25519Sig,
		Fee:          e.Fee,
		Initiator:    e.Initiator,
		Contributors: e.Contributors,
		Seeded:       e.Seeded,
		Added:        e.Meta.Block,
	}
	if n.Contributors == nil {
		n.Contributors = []Contributor{}
	}
	if err := putJSON(j, bucketNodes, u64(e.ID), n); err != nil {
		return err
	}
	if err := j.put(bucketEd25519, e.Ed25519[:], u64(e.ID)); err != nil {
		return err
	}
	return j.put(bucketBLS, e.BLS[:], u64(e.ID))
}

func applyExited(j *jtx, e NodeExited) error {
	var n *Node
	err := updateNode(j, e.ID, func(x *Node) {
		ref := e.Meta.Block
		x.Exited = &ref
		x.ExitInitiator = e.Initiator
		x.ReturnedAmount = new(big.Int).Set(e.Returned)
		n = x
	})
	if err != nil || n == nil {
		return err
	}
	// The contract deletes its key mappings on exit; so do we, unless a later
	// registration already took the key (it cannot while this one is live).
	if id := j.get(bucketEd25519, n.Ed25519[:]); id != nil && binary.BigEndian.Uint64(id) == n.ID {
		if err := j.del(bucketEd25519, n.Ed25519[:]); err != nil {
			return err
		}
	}
	if id := j.get(bucketBLS, n.BLS[:]); id != nil && binary.BigEndian.Uint64(id) == n.ID {
		return j.del(bucketBLS, n.BLS[:])
	}
	return nil
}

// updateNode applies f to node id. A node the registry does not know is an
// error: every exit or request names a node registered earlier on chain.
func updateNode(j *jtx, id uint64, f func(*Node)) error {
	n, err := getJSON[Node](j.tx.Bucket(bucketNodes), u64(id))
	if err != nil {
		return err
	}
	if n == nil {
		return fmt.Errorf("unknown service node id %d", id)
	}
	f(n)
	return putJSON(j, bucketNodes, u64(id), n)
}

func updateRecipient(j *jtx, addr common.Address, at BlockRef, f func(*Recipient)) error {
	r, err := getJSON[Recipient](j.tx.Bucket(bucketRecipients), addr[:])
	if err != nil {
		return err
	}
	if r == nil {
		r = &Recipient{Address: addr, Rewards: new(big.Int), Claimed: new(big.Int)}
	}
	f(r)
	r.Updated = at
	return putJSON(j, bucketRecipients, addr[:], r)
}

func updateContribution(j *jtx, addr common.Address, at BlockRef, f func(*Contribution)) error {
	c, err := getJSON[Contribution](j.tx.Bucket(bucketContribs), addr[:])
	if err != nil {
		return err
	}
	if c == nil {
		// A child's own events precede the factory's creation event.
		c = &Contribution{Address: addr, Status: ContribAwaitingOperator, Created: at,
			Contributors: []Contributor{}, Reserved: []Reservation{}}
	}
	f(c)
	c.Updated = at
	return putJSON(j, bucketContribs, addr[:], c)
}

func applyContribution(j *jtx, e ContributionEvent) error {
	return updateContribution(j, e.Contract, e.Meta.Block, func(c *Contribution) {
		switch e.Name {
		case "NewContribution":
			for i := range c.Contributors {
				if c.Contributors[i].Staker == e.Contributor {
					c.Contributors[i].Amount = new(big.Int).Add(c.Contributors[i].Amount, e.Amount)
					c.Contributors[i].Beneficiary = e.Beneficiary
					return
				}
			}
			c.Contributors = append(c.Contributors, Contributor{Staker: e.Contributor, Beneficiary: e.Beneficiary, Amount: new(big.Int).Set(e.Amount)})
		case "WithdrawContribution":
			for i := range c.Contributors {
				if c.Contributors[i].Staker == e.Contributor {
					c.Contributors = append(c.Contributors[:i], c.Contributors[i+1:]...)
					break
				}
			}
			c.Withdrawals++
			if c.Status == ContribFilled {
				// The contract returns to open without an event.
				c.Status = ContribOpen
			}
		case "UpdateStakerBeneficiary":
			for i := range c.Contributors {
				if c.Contributors[i].Staker == e.Contributor {
					c.Contributors[i].Beneficiary = e.Beneficiary
				}
			}
		case "OpenForPublicContribution":
			c.Status = ContribOpen
		case "Filled":
			c.Status = ContribFilled
		case "Finalized":
			c.Status = ContribFinalized
		case "Reset":
			c.Contributors = []Contributor{}
			c.Status = ContribReset
			c.Resets++
		case "UpdateFee":
			c.Fee = e.Fee
		case "UpdateManualFinalize":
			c.ManualFinalize = e.ManualFinalize
		case "UpdatePubkeys":
			c.BLS = e.BLS
			c.Ed25519 = e.Ed25519
		case "UpdateReservedContributors":
			c.Reserved = append([]Reservation{}, e.Reserved...)
		}
	})
}
