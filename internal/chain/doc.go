// Package chain is the Arbitrum watcher. It polls eth_getLogs by block range
// from one or more JSON-RPC providers (HTTP subscriptions do not exist, so it
// never subscribes), applies only final blocks (the provider's safe or
// finalized head, or a confirmation depth) to the registry together with its
// cursor, detects reorgs by block hash and rolls the registry back to the
// common ancestor, ranks providers by health and height, refuses providers
// that serve another chain or disagree on a final block, and halves its log
// range when a provider rejects a range as too large.
package chain
