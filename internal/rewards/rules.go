package rewards

// FeeBasis is the denominator of a node's operator fee: the fee is in basis
// points out of 10 000 (contracts.md §1.1 ServiceNodeParams.fee; upstream
// STAKING_FEE_BASIS).
const FeeBasis = 10_000

// Upstream durations, in seconds (oxen-core src/network_config/mainnet.h at
// tewinget/oxen-core bb6b861b6; one oxen block is TARGET_BLOCK_TIME = 120 s).
const (
	// UpstreamBlockTime is the oxen chain's target block time.
	UpstreamBlockTime = 120
	// UpstreamPayableAfter is SERVICE_NODE_PAYABLE_AFTER_BLOCKS = 720 blocks:
	// a node is payable once it has been active for 24 h.
	UpstreamPayableAfter = 720 * UpstreamBlockTime
	// UpstreamDeregistrationLock is DEREGISTRATION_LOCK_DURATION = 30 days:
	// the stake of a deregistered (liquidated) node stays locked this long.
	UpstreamDeregistrationLock = 30 * 24 * 3600
)

// Rules are the network constants of the accounting. Every node of a network
// must use the same Rules, or their balances (and so their signatures)
// disagree; they are constants of the network, not operator settings.
//
// All durations are seconds of Arbitrum block time.
type Rules struct {
	// PayableAfter is how long after its registration block a node starts to
	// earn (upstream: 24 h).
	PayableAfter uint64
	// ExitStakeDelay is how long after a ServiceNodeExit without penalty the
	// contributors' stakes are credited (upstream: one oxen block).
	ExitStakeDelay uint64
	// LiquidationStakeDelay is how long after a penalised exit (a
	// liquidation) the remaining stakes are credited (upstream: the 30-day
	// deregistration lock).
	LiquidationStakeDelay uint64
	// StakesToBeneficiary credits returned stakes to each contributor's
	// beneficiary instead of the staker address. Upstream credits the staker
	// (contributor.ethereum_address); rewards always go to the beneficiary.
	StakesToBeneficiary bool
}

// DefaultRules are mainnet's rules, derived from upstream oxen-core as
// documented in the package comment.
func DefaultRules() Rules {
	return Rules{
		PayableAfter:          UpstreamPayableAfter,
		ExitStakeDelay:        UpstreamBlockTime,
		LiquidationStakeDelay: UpstreamDeregistrationLock,
	}
}

// DevnetRules are the rules of a local devnet: no waits at all, so balances
// move as soon as the pool releases funds and exits are credited at once.
// Upstream's localdev network uses short but nonzero waits (1 block payable,
// 10-block lock); a devnet that wants them sets the fields itself.
func DevnetRules() Rules {
	return Rules{}
}

// addSat adds two times without wrapping: an absurd registration time must not
// make a node payable in the past.
func addSat(a, b uint64) uint64 {
	if s := a + b; s >= a {
		return s
	}
	return ^uint64(0)
}
