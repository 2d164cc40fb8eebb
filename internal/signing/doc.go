// Package signing is the BLS signing network: every Session Node signs, with
// its registered BLS key, what it computes or observes itself (a reward
// balance, an exit, a liquidation), and any node aggregates the network's
// signatures into the one signature, with the list of non-signers, that the
// ServiceNodeRewards contract verifies (contracts.md §2; node.md §4.4, §4.5).
//
// # Signer
//
// Signer serves three authenticated node-to-node endpoints, mounted through
// peer.Service.Handle (so only registered nodes may ask):
//
//	POST /snode/v1/bls/rewards      {"address","height"}        -> {"address","amount","height","signature"}
//	POST /snode/v1/bls/exit         {"bls_pubkey","timestamp"}  -> {"remove","timestamp","signature"}
//	POST /snode/v1/bls/liquidation  {"bls_pubkey","timestamp"}  -> {"remove","timestamp","signature"}
//
// Signatures are 128-byte BLS signatures in hex (bls.Signature), amounts JSON
// numbers in atomic SESH. Refusals use upstream's status codes (StatusError):
// 400 bad request or an exit timestamp more than 3 minutes from the signer's
// clock, 403 not removable / not liquidatable, 410 balances for that height
// not available, 503 the signer failed.
//
// A reward balance is the lifetime total internal/rewards computes from the
// signer's own registry at the requested final block (Book). "410" covers
// every height the signer will not compute: above its applied final block
// (it has not caught up: the aggregator is ahead), more than Window blocks
// below it (too old: upstream keeps 5 blocks), or a block whose time it
// cannot learn (balances depend on block time, and the registry keeps only
// its cursor's; BlockTimes asks the provider for the others).
//
// # Removable and liquidatable
//
// Upstream decides with its appchain's recently_removed_nodes; here the chain
// itself and this node's own reachability tests decide (Checker, ExitRules):
// a node is removable UnlockDelay (15 days) after its first exit request, in
// chain time; it is liquidatable ExitBuffer (7 days) later if still
// registered, or when Liveness says this node's own tests have seen it
// unreachable for liveness.liquidate_after (24 h). Nodes sign liquidations
// only for peers their own tests saw fail: the network signs a liquidation
// only when enough nodes independently saw the failure.
//
// # Aggregator
//
// Aggregator asks every registered node (the contract's allServiceNodeIDs)
// in parallel with a 5 s timeout per request (this node signs in process),
// checks each answer (the fields match the request and this node's own
// amount), adds the signatures, verifies the aggregate once against the sum
// of the signers' registered keys and, only if that fails, verifies each
// signature and drops the bad ones, as upstream does. A node whose answer is
// malformed or whose signature does not verify is not asked again for
// SkipFor (5 min). The registered nodes that did not contribute are the
// non-signers, by contract id; when there are more than the contract's
// blsNonSignerThreshold = min(totalNodes/3, blsNonSignerThresholdMax) (the
// max from the registry's parameters, else 4000), the aggregator refuses
// with a *NonSignerError instead of returning a signature the contract would
// reject. Reward aggregates are cached per (address, height) while the height
// is in the window, exit and liquidation aggregates for ExitCacheTTL (10 min)
// from their timestamp.
//
// A non-signer's reason is in Aggregate.Missing: unreachable, refused (with
// its status), a different amount, or a bad signature.
//
// # Concurrency
//
// Book, Signer, Checker, Liveness, Tracker and Aggregator are safe for
// concurrent use. The Aggregator holds one mutex over its caches and skip
// list and never calls out while holding it.
package signing
