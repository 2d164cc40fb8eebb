// Package node owns a sessiond process's lifecycle. New constructs the node
// from its config and identity; Start brings subsystems up in order, undoing
// the started ones if a later one fails; Close stops them in reverse order and
// waits for every goroutine the node started.
//
// Stop order (Close):
//  1. stop accepting client and onion requests (HTTP shutdown with a deadline);
//  2. stop swarm and peer traffic;
//  3. stop the chain watcher;
//  4. stop the operator server, then flush and close bbolt last.
package node
