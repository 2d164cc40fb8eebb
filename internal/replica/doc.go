// Package replica spreads storage across a swarm: it forwards recursive
// client requests to the other swarm members (storage.Forwarder), reconciles
// what the members hold (anti-entropy by per-account digests), moves data when
// the swarms change (hand-off), and tests peers' reachability.
//
// All node-to-node traffic uses the authenticated transport of package peer under
// /snode/v1/ (see Mount):
//
//	POST /snode/v1/storage_forward   {"method","params"} -> the peer's own signed result
//	POST /snode/v1/replica/digests   {"swarm","block","after","limit"} -> {"accounts":[{"a","d","n"}],"more"}
//	POST /snode/v1/replica/hashes    {"a":[accounts]} -> {"h":{account:[hashes]}}
//	POST /snode/v1/replica/fetch     {"w":[{"a","h":[...]}]} -> {"m":[...],"more"} (cut at BatchBytes)
//	POST /snode/v1/replica/push      {"m":[...]} -> {"stored":n} (421 if the receiver does not own them)
//	POST /snode/v1/replica/has       {"a","h"} -> {"has":bool}
//
// Known limitation: anti-entropy reconciles by hashes only, so a message
// deleted on some members but still held by one that missed the delete is
// copied back (there are no tombstones yet), and expiry changes are not
// reconciled (bulk copies keep the later expiry).
package replica
