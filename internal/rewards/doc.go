// Package rewards computes every address's lifetime reward balance from the
// staking contracts' history: the amount the network signs for
// updateRewardsBalance, which the contract stores as recipients[addr].rewards
// and against which claimRewards pays rewards - claimed (contracts.md §1.6
// item 4; node.md §5.4).
//
// There is no appchain (DESIGN.md, "Rewards"): rewards are exactly what the
// RewardRatePool releases to the rewards contract (FundsReleased, contracts.md
// §4), split over the nodes that were payable since the previous release.
// Stakes come back through the same balance when a node exits, as upstream
// does (node.md §7.4 step 4; contracts.md §1.6 item 3: exits move no tokens).
//
// # API
//
//	Compute(rules, Input{Nodes, Releases}, at) -> *Balances   from scratch
//	NewLedger(rules).Advance(input, at)                        incrementally
//	Balances.Of / Account / All / Addresses / Total* / Carry
//	Claimable(lifetime, registry.Recipient) -> Claim
//
// A Ledger advanced in any number of steps holds exactly what Compute gives
// for the same block (tested block by block on random histories).
//
// # Inputs and determinism
//
// The input is the registry's history: every node ever registered
// (registry.Nodes(false)) and every FundsReleased (registry.Releases()).
// Nodes are taken in id order and releases in (block, log index) order,
// whatever order they arrive in; every sum is of integers, so the result does
// not depend on map iteration either. Contributor order is significant:
// contributor 0 is the operator (contracts.md §1.6 item 1).
//
// The balances "at" a block include every registration, exit and release in
// blocks up to at.Number, and the stake credits due at or before at.Time.
// An exit recorded after at is ignored, so a node's present-day record and
// the registry's record as of at give the same result.
//
// Rules are network constants (Rules, DefaultRules, DevnetRules): every node
// of a network must use the same ones.
//
// # Payable nodes
//
// A node earns while it is registered and has not exited, from
// PayableAfter seconds (24 h) after its registration block's time until its
// exit block's time. Upstream: service_node_info::is_payable,
// height >= active_since_height + SERVICE_NODE_PAYABLE_AFTER_BLOCKS (720
// blocks of 120 s) (oxen-core src/cryptonote_core/service_node_list.h,
// src/network_config/mainnet.h). Differences, because only chain facts can
// enter a computation every node must repeat identically:
//   - There is no decommission: liveness is not on chain, so an unreachable
//     node earns until it is liquidated (liquidation is the penalty).
//   - An exit request does not stop earning (upstream stops at
//     requested_unlock_height, 15 days later); the exit transaction does.
//     The contract keeps the node, and DESIGN.md keeps it in the active set,
//     until then.
//   - A node whose contributors are unknown or all zero (a seeded node whose
//     stakes the watcher could not read) has nobody to pay and is never
//     payable; its time does not dilute the others.
//
// # Splitting a release
//
// A release at time t pays for the interval (s, t], s being the previous
// release's time (0 before the first release, so the first one pays for
// every payable second before it). Each node's weight w_n is its payable
// seconds in the interval; W is their sum. Upstream pays per oxen block, 1/N
// to each of the N payable nodes (db_sqlite.cpp reward_handler), which over
// an interval is the same as weighting by time payable; here the weights are
// the seconds themselves.
//
// Within a node, as upstream's BlockchainSQLite::add_rewards: the operator
// fee (f_n basis points of the node's share) goes to contributor 0's
// beneficiary, and the rest to every contributor, the operator included, in
// proportion to its stake a_i of the deposit D_n = sum of stakes, each to its
// beneficiary (a contributor with no beneficiary set is paid at its staker
// address, as upstream defaults it). A fee above 10 000 bp is taken as
// 10 000 (oxend rejects such registrations; the contract does not check).
//
// With T the release amount plus the carry, every share is one floor of an
// exact quotient (upstream floors twice, in milli-atomic units; we floor
// once, in atomic units, with no intermediate rounding):
//
//	fee share          floor(T * w_n * f_n / (W * 10000))
//	contributor share  floor(T * w_n * (10000 - f_n) * a_i / (W * 10000 * D_n))
//
// Computed in 64/128-bit words when the values fit, else with big.Int; both
// give the same integers (tested).
//
// # Remainders
//
// The exact quotients sum to T, so the shares sum to at most T, short by
// the sum of their fractional parts: less than the number of shares in the
// release (a few thousand atomic units, a few millionths of a SESH, for
// thousands of nodes). That shortfall is the carry. It belongs to no address:
// it is added to the next release's T and split with it by the same rule
// (so it goes to whoever is payable then), and its remainder is carried
// again. A release with no payable seconds in its interval (nobody payable
// yet, or two releases in the same second) is carried whole. Hence, always:
// sum of rewards + carry = sum of releases, and rewards <= releases.
//
// # Exits and liquidations
//
// On ServiceNodeExit (oxen-core service_node_list.cpp, process_confirmed_event
// for eth::event::ServiceNodeExit; node.md §7.4 step 4):
//
//	returned = min(deposit, returnedAmount)
//	penalty  = deposit - returned    (the contract's liquidator + pool shares)
//	credit_i = a_i for each contributor, credit_0 = a_0 - penalty (operator)
//
// The contract returns the whole deposit on an exit and the deposit less
// liquidatorAmount and poolAmount on a liquidation (contracts.md §1.2), so
// the penalty is what the liquidator and the pool took; the operator bears it
// as upstream does. If the penalty exceeded the operator's stake (impossible
// under the contract's bounds: penalty <= deposit/4 <= operator stake)
// upstream would credit nobody; we split the returned amount pro rata by
// stake, rounded down, instead.
//
// Credits are pending until due = exit time + delay:
//   - ExitStakeDelay (120 s: upstream pays at the next oxen block, delay 1)
//     for an exit without penalty;
//   - LiquidationStakeDelay (30 days: DEREGISTRATION_LOCK_DURATION) when
//     there is a penalty or the node was liquidated. Upstream counts the 30
//     days from the deregistration, at least ETH_EXIT_BUFFER (7 days) before
//     the liquidation; the chain has no deregistration, so we count from the
//     liquidation itself, which can only lock longer.
//
// Returned stakes go to each contributor's staker address, as upstream
// (contributor.ethereum_address; rewards go to ethereum_beneficiary); Rules
// can send them to the beneficiary instead. The penalty is recorded against
// the operator's address (Account.Penalty), for display only.
//
// # Incremental ledger
//
// Ledger.Advance(input, at) applies what lies between its last block and at:
// new registrations, exits, releases, matured credits. Input may be the whole
// history each time or only what changed. Anything that contradicts what it
// already applied (an unseen node, exit or release at or below its block, a
// changed registration or release amount) is ErrInconsistent and leaves the
// ledger unchanged: the watcher only applies final blocks, so this is a bug
// upstream of the ledger, and the fix is to recompute with Compute. A Ledger
// remembers every node and release key it applied (a few hundred bytes each).
//
// Measured on two shared cores (bench_test.go): from scratch, 2,000 nodes
// (60 % solo, the rest 3-10 contributors) and a year of daily releases take
// about 0.1 s; one more release on a Ledger about 0.2 ms; a block without a
// release about 0.2 ms when the whole node list is passed again (less when
// only what changed is).
//
// # Claims
//
// Claimable(lifetime, recipient) says what claimRewards would pay after an
// updateRewardsBalance (max(lifetime, recorded) - claimed) and whether that
// update is needed (lifetime > recorded: the contract accepts only a strictly
// larger total, contracts.md §1.6 item 4).
package rewards
