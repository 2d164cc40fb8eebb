// Package devnet runs a local staking chain: the in-process simulated
// backend (served over HTTP on loopback so node processes reach it like any
// provider) or any JSON-RPC endpoint such as geth --dev, the devnet contract
// set deployed in the upstream order, funded accounts, and node
// registrations (solo and multi-contributor) made with the nodes' real keys
// through the same calldata `sessiond prepare_registration` prints.
package devnet
