package registry

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Meta locates an event on chain.
type Meta struct {
	Block    BlockRef
	TxHash   common.Hash
	LogIndex uint32
}

// Event is one decoded contract event the registry applies. The chain
// watcher produces them in (block, log index) order.
type Event interface {
	meta() Meta
	// Kind names the event for metrics and logs.
	Kind() string
}

// M is embedded in every event.
type M struct{ Meta Meta }

func (m M) meta() Meta { return m.Meta }

// NodeRegistered is NewServiceNodeV2, or NewSeededServiceNode (Seeded, with
// contributors read from the contract when the watcher could).
type NodeRegistered struct {
	M
	ID           uint64
	BLS          BLSKey
	Ed25519      Ed25519Key
	Ed25519Sig   Sig64
	Fee          uint16
	Initiator    common.Address
	Contributors []Contributor
	Seeded       bool
}

// ExitRequested is ServiceNodeExitRequest; it may repeat.
type ExitRequested struct {
	M
	ID        uint64
	Initiator common.Address
	BLS       BLSKey
}

// NodeExited is ServiceNodeExit (after an exit, a wait, or a liquidation).
type NodeExited struct {
	M
	ID        uint64
	Initiator common.Address
	Returned  *big.Int
	BLS       BLSKey
}

// NodeLiquidated is ServiceNodeLiquidated; a ServiceNodeExit follows in the
// same transaction.
type NodeLiquidated struct {
	M
	ID        uint64
	Initiator common.Address
	BLS       BLSKey
}

// RewardsUpdated is RewardsBalanceUpdated.
type RewardsUpdated struct {
	M
	Recipient common.Address
	Amount    *big.Int
	Previous  *big.Int
}

// RewardsClaimed is RewardsClaimed.
type RewardsClaimed struct {
	M
	Recipient common.Address
	Amount    *big.Int
}

// ParamUpdated is any parameter setter's event; Name is the registry's
// parameter name (see Param* constants).
type ParamUpdated struct {
	M
	Name  string
	Value *big.Int
}

// FundsReleased is the pool's FundsReleased (to its beneficiary).
type FundsReleased struct {
	M
	Pool   common.Address
	Amount *big.Int
}

// PoolBeneficiaryUpdated is the pool's BeneficiaryUpdated.
type PoolBeneficiaryUpdated struct {
	M
	Beneficiary common.Address
}

// ContributionCreated is the factory's NewServiceNodeContributionContract.
type ContributionCreated struct {
	M
	Contract common.Address
	Ed25519  Ed25519Key
	Operator common.Address
}

// ContributionEvent is any event of a contribution contract.
type ContributionEvent struct {
	M
	Contract common.Address
	Name     string // the Solidity event name
	// Fields used by the event named:
	Contributor    common.Address // NewContribution, WithdrawContribution, UpdateStakerBeneficiary
	Beneficiary    common.Address // NewContribution, UpdateStakerBeneficiary
	Amount         *big.Int       // NewContribution, WithdrawContribution
	Fee            uint16         // UpdateFee
	ManualFinalize bool           // UpdateManualFinalize
	BLS            BLSKey         // UpdatePubkeys
	Ed25519        Ed25519Key     // UpdatePubkeys
	Reserved       []Reservation  // UpdateReservedContributors
}

func (NodeRegistered) Kind() string         { return "node_registered" }
func (ExitRequested) Kind() string          { return "exit_requested" }
func (NodeExited) Kind() string             { return "node_exited" }
func (NodeLiquidated) Kind() string         { return "node_liquidated" }
func (RewardsUpdated) Kind() string         { return "rewards_updated" }
func (RewardsClaimed) Kind() string         { return "rewards_claimed" }
func (ParamUpdated) Kind() string           { return "param_updated" }
func (FundsReleased) Kind() string          { return "funds_released" }
func (PoolBeneficiaryUpdated) Kind() string { return "pool_beneficiary_updated" }
func (ContributionCreated) Kind() string    { return "contribution_created" }
func (e ContributionEvent) Kind() string    { return "contribution_" + e.Name }

// Parameter names kept in the registry.
const (
	ParamStakingRequirement       = "staking_requirement"
	ParamSignatureExpiry          = "signature_expiry"
	ParamBLSNonSignerThresholdMax = "bls_non_signer_threshold_max"
	ParamClaimThreshold           = "claim_threshold"
	ParamClaimCycle               = "claim_cycle"
	ParamLiquidatorRewardRatio    = "liquidator_reward_ratio"
	ParamPoolShareOfLiquidation   = "pool_share_of_liquidation_ratio"
	ParamRecipientRatio           = "recipient_ratio"
	ParamPoolBeneficiary          = "pool_beneficiary"
)
