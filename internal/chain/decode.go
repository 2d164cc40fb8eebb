package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/registry"
)

// Contracts are the addresses the watcher follows.
type Contracts struct {
	Rewards common.Address
	Pool    common.Address
	Factory common.Address
}

// decoder turns logs of the staking contracts into registry events.
type decoder struct {
	c       Contracts
	rewards *bindings.ServiceNodeRewards
	pool    *bindings.RewardRatePool
	factory *bindings.ServiceNodeContributionFactory
	contrib *bindings.ServiceNodeContribution

	rewardsTopics map[common.Hash]string
	poolTopics    map[common.Hash]string
	factoryTopics map[common.Hash]string
	contribTopics map[common.Hash]string
}

func topicsOf(md interface{ ParseABI() (*abi.ABI, error) }) map[common.Hash]string {
	a, err := md.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("chain: generated ABI does not parse: %v", err)) // generated code: a build defect
	}
	m := make(map[common.Hash]string, len(a.Events))
	for name, ev := range a.Events {
		m[ev.ID] = name
	}
	return m
}

func newDecoder(c Contracts) *decoder {
	return &decoder{
		c:             c,
		rewards:       bindings.NewServiceNodeRewards(),
		pool:          bindings.NewRewardRatePool(),
		factory:       bindings.NewServiceNodeContributionFactory(),
		contrib:       bindings.NewServiceNodeContribution(),
		rewardsTopics: topicsOf(&bindings.ServiceNodeRewardsMetaData),
		poolTopics:    topicsOf(&bindings.RewardRatePoolMetaData),
		factoryTopics: topicsOf(&bindings.ServiceNodeContributionFactoryMetaData),
		contribTopics: topicsOf(&bindings.ServiceNodeContributionMetaData),
	}
}

// isCreation reports whether l is the factory's new-contract event and
// returns the child address.
func (d *decoder) isCreation(l *types.Log) (common.Address, bool) {
	if l.Address != d.c.Factory || len(l.Topics) < 2 || d.factoryTopics[l.Topics[0]] != "NewServiceNodeContributionContract" {
		return common.Address{}, false
	}
	return common.BytesToAddress(l.Topics[1][12:]), true
}

func logMeta(l *types.Log, blockTime uint64) registry.M {
	return registry.M{Meta: registry.Meta{
		Block:    registry.BlockRef{Number: l.BlockNumber, Time: blockTime},
		TxHash:   l.TxHash,
		LogIndex: uint32(l.Index),
	}}
}

func g1(p bindings.BN256G1G1Point) registry.BLSKey {
	var k registry.BLSKey
	p.X.FillBytes(k[:32])
	p.Y.FillBytes(k[32:])
	return k
}

func word(v *big.Int) (out [32]byte) {
	v.FillBytes(out[:])
	return out
}

// decode returns the registry event of l, or nil for events the registry
// does not track (ownership, pausing, token transfers). An error means a log
// of a tracked contract that does not decode.
func (d *decoder) decode(l *types.Log, blockTime uint64, isContribution bool) (registry.Event, error) {
	if len(l.Topics) == 0 {
		return nil, nil
	}
	m := logMeta(l, blockTime)
	switch {
	case l.Address == d.c.Rewards:
		return d.decodeRewards(l, m)
	case l.Address == d.c.Pool:
		switch d.poolTopics[l.Topics[0]] {
		case "FundsReleased":
			e, err := d.pool.UnpackFundsReleasedEvent(l)
			if err != nil {
				return nil, err
			}
			return registry.FundsReleased{M: m, Pool: l.Address, Amount: e.Amount}, nil
		case "BeneficiaryUpdated":
			e, err := d.pool.UnpackBeneficiaryUpdatedEvent(l)
			if err != nil {
				return nil, err
			}
			return registry.PoolBeneficiaryUpdated{M: m, Beneficiary: e.NewBeneficiary}, nil
		}
		return nil, nil
	case l.Address == d.c.Factory:
		if d.factoryTopics[l.Topics[0]] != "NewServiceNodeContributionContract" {
			return nil, nil
		}
		e, err := d.factory.UnpackNewServiceNodeContributionContractEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ContributionCreated{M: m, Contract: e.ContributorContract, Ed25519: word(e.ServiceNodePubkey), Operator: e.Operator}, nil
	case isContribution:
		return d.decodeContribution(l, m)
	}
	return nil, nil
}

func (d *decoder) decodeRewards(l *types.Log, m registry.M) (registry.Event, error) {
	r := d.rewards
	switch d.rewardsTopics[l.Topics[0]] {
	case "NewServiceNodeV2":
		e, err := r.UnpackNewServiceNodeV2Event(l)
		if err != nil {
			return nil, err
		}
		ev := registry.NodeRegistered{M: m, ID: e.ServiceNodeID, BLS: g1(e.Pubkey), Ed25519: word(e.ServiceNode.ServiceNodePubkey),
			Fee: e.ServiceNode.Fee, Initiator: e.Initiator}
		s1, s2 := word(e.ServiceNode.ServiceNodeSignature1), word(e.ServiceNode.ServiceNodeSignature2)
		copy(ev.Ed25519Sig[:32], s1[:])
		copy(ev.Ed25519Sig[32:], s2[:])
		for _, c := range e.Contributors {
			ev.Contributors = append(ev.Contributors, registry.Contributor{Staker: c.Staker.Addr, Beneficiary: c.Staker.Beneficiary, Amount: c.StakedAmount})
		}
		return ev, nil
	case "NewSeededServiceNode":
		e, err := r.UnpackNewSeededServiceNodeEvent(l)
		if err != nil {
			return nil, err
		}
		// Contributors are not in the event; the watcher fills them in from
		// serviceNodes(id) at this block.
		return registry.NodeRegistered{M: m, ID: e.ServiceNodeID, BLS: g1(e.BlsPubkey), Ed25519: word(e.Ed25519Pubkey), Seeded: true}, nil
	case "ServiceNodeExitRequest":
		e, err := r.UnpackServiceNodeExitRequestEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ExitRequested{M: m, ID: e.ServiceNodeID, Initiator: e.Initiator, BLS: g1(e.Pubkey)}, nil
	case "ServiceNodeExit":
		e, err := r.UnpackServiceNodeExitEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.NodeExited{M: m, ID: e.ServiceNodeID, Initiator: e.Initiator, Returned: e.ReturnedAmount, BLS: g1(e.Pubkey)}, nil
	case "ServiceNodeLiquidated":
		e, err := r.UnpackServiceNodeLiquidatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.NodeLiquidated{M: m, ID: e.ServiceNodeID, Initiator: e.Initiator, BLS: g1(e.Pubkey)}, nil
	case "RewardsBalanceUpdated":
		e, err := r.UnpackRewardsBalanceUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.RewardsUpdated{M: m, Recipient: e.RecipientAddress, Amount: e.Amount, Previous: e.PreviousBalance}, nil
	case "RewardsClaimed":
		e, err := r.UnpackRewardsClaimedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.RewardsClaimed{M: m, Recipient: e.RecipientAddress, Amount: e.Amount}, nil
	case "StakingRequirementUpdated":
		e, err := r.UnpackStakingRequirementUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ParamUpdated{M: m, Name: registry.ParamStakingRequirement, Value: e.NewRequirement}, nil
	case "SignatureExpiryUpdated":
		e, err := r.UnpackSignatureExpiryUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ParamUpdated{M: m, Name: registry.ParamSignatureExpiry, Value: e.NewExpiry}, nil
	case "BLSNonSignerThresholdMaxUpdated":
		e, err := r.UnpackBLSNonSignerThresholdMaxUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ParamUpdated{M: m, Name: registry.ParamBLSNonSignerThresholdMax, Value: e.NewMax}, nil
	case "ClaimThresholdUpdated":
		e, err := r.UnpackClaimThresholdUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ParamUpdated{M: m, Name: registry.ParamClaimThreshold, Value: e.NewThreshold}, nil
	case "ClaimCycleUpdated":
		e, err := r.UnpackClaimCycleUpdatedEvent(l)
		if err != nil {
			return nil, err
		}
		return registry.ParamUpdated{M: m, Name: registry.ParamClaimCycle, Value: e.NewValue}, nil
	case "LiquidationRatiosUpdated":
		// Three values in one event: the watcher expands it (see expand).
		return nil, errExpand
	}
	return nil, nil
}

// errExpand marks an event that becomes several registry events.
var errExpand = fmt.Errorf("chain: event expands to several")

func (d *decoder) expandRatios(l *types.Log, m registry.M) ([]registry.Event, error) {
	e, err := d.rewards.UnpackLiquidationRatiosUpdatedEvent(l)
	if err != nil {
		return nil, err
	}
	return []registry.Event{
		registry.ParamUpdated{M: m, Name: registry.ParamLiquidatorRewardRatio, Value: e.LiquidatorRatio},
		registry.ParamUpdated{M: m, Name: registry.ParamPoolShareOfLiquidation, Value: e.PoolRatio},
		registry.ParamUpdated{M: m, Name: registry.ParamRecipientRatio, Value: e.RecipientRatio},
	}, nil
}

func (d *decoder) decodeContribution(l *types.Log, m registry.M) (registry.Event, error) {
	name := d.contribTopics[l.Topics[0]]
	ev := registry.ContributionEvent{M: m, Contract: l.Address, Name: name}
	c := d.contrib
	switch name {
	case "":
		return nil, nil // an event of an older contract version: not tracked
	case "NewContribution":
		e, err := c.UnpackNewContributionEvent(l)
		if err != nil {
			return nil, err
		}
		ev.Contributor, ev.Beneficiary, ev.Amount = e.Contributor, e.Beneficiary, e.Amount
	case "WithdrawContribution":
		e, err := c.UnpackWithdrawContributionEvent(l)
		if err != nil {
			return nil, err
		}
		ev.Contributor, ev.Amount = e.Contributor, e.Amount
	case "UpdateStakerBeneficiary":
		e, err := c.UnpackUpdateStakerBeneficiaryEvent(l)
		if err != nil {
			return nil, err
		}
		ev.Contributor, ev.Beneficiary = e.Staker, e.NewBeneficiary
	case "UpdateFee":
		e, err := c.UnpackUpdateFeeEvent(l)
		if err != nil {
			return nil, err
		}
		ev.Fee = e.NewFee
	case "UpdateManualFinalize":
		e, err := c.UnpackUpdateManualFinalizeEvent(l)
		if err != nil {
			return nil, err
		}
		ev.ManualFinalize = e.NewValue
	case "UpdatePubkeys":
		e, err := c.UnpackUpdatePubkeysEvent(l)
		if err != nil {
			return nil, err
		}
		ev.BLS, ev.Ed25519 = g1(e.NewBLSPubkey), word(e.NewEd25519Pubkey)
	case "UpdateReservedContributors":
		e, err := c.UnpackUpdateReservedContributorsEvent(l)
		if err != nil {
			return nil, err
		}
		for _, r := range e.NewReservedContributors {
			ev.Reserved = append(ev.Reserved, registry.Reservation{Address: r.Addr, Amount: r.Amount})
		}
	}
	return ev, nil
}
