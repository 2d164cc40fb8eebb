// Package replica spreads storage across a swarm: it forwards recursive
// client requests to the other swarm members (storage.Forwarder), reconciles
// what the members hold (anti-entropy: bucket sums, then the account sums of
// the buckets that differ; sums.go), moves data when the swarms change
// (hand-off), and tests peers' reachability.
//
// All node-to-node traffic uses the authenticated transport of package peer under
// /snode/v1/ (see Mount):
//
//	POST /snode/v1/storage_forward   {"method","params"} -> the peer's own signed result
//	POST /snode/v1/replica/sums      {"block"} -> {"buckets":[{"b","n","x"}],"held"} (503 while not built)
//	POST /snode/v1/replica/bucket_sums {"swarm","block","buckets":[...],"after","limit"} -> {"accounts":[{"a","d","n"}],"more"}
//	POST /snode/v1/replica/digests   {"swarm","block","after","limit"} -> {"accounts":[{"a","d","n"}],"more"} (every account; for peers without sums)
//	POST /snode/v1/replica/hashes    {"a":[accounts]} -> {"h":{account:[hashes]}}
//	POST /snode/v1/replica/fetch     {"w":[{"a","h":[...]}]} -> {"m":[...],"more"} (cut at BatchBytes)
//	POST /snode/v1/replica/push      {"m":[...]} -> {"stored":n} (421 if the receiver does not own them)
//	POST /snode/v1/replica/has       {"a","h"} -> {"has":bool}
//
// A message its owner deleted leaves a tombstone (package storage), so a
// member that missed the delete cannot copy it back. Known limitation:
// anti-entropy reconciles by hashes only, so expiry changes are not
// reconciled (bulk copies keep the later expiry).
package replica
