// Package client is a Go Session client for sessiond networks: it bootstraps
// the node list from a seed json_rpc URL (get_service_nodes), builds onion
// paths of distinct nodes (not all from one swarm) with onion.Builder, finds
// a recipient's swarm with get_swarm, and sends storage RPC requests (store,
// retrieve, or any method) through onion paths with either cipher, or
// directly to /storage_rpc/v1. It signs requests with a Session ID's key
// (05 + the X25519 form of an Ed25519 key, sending pubkey_ed25519). A hop that
// fails is named in a *HopError and avoided by the retry on a new path.
package client
