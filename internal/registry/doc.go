// Package registry is the node's view of the staking contracts: service
// nodes with their keys, contributors and stakes, contribution contracts
// awaiting contributors, reward balances and claims, pool releases and
// contract parameters. It lives in bbolt and is written only by the chain
// watcher, one final block range per transaction together with the watcher's
// cursor, so a crash never leaves half an update.
//
// Every write is journaled per block: the previous value of each key goes into
// an undo log, so a reorg that reaches below the applied head is undone exactly
// by Rollback, and re-applied from the new chain. Journals older than the
// reorg window are pruned.
//
// Other packages read the registry through its query methods; none touches its
// buckets.
package registry
