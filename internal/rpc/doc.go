// Package rpc holds sessiond's HTTP servers and their handlers: the operator
// server (/metrics, /healthz, /readyz) and, as the node grows, the client
// storage RPC, onion requests and json_rpc. Each server listens when started,
// serves on a goroutine it tracks, and stops with a bounded graceful shutdown.
package rpc
