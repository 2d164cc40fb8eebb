// Package storage is the Session message store of one node and the client
// storage RPC that reads and writes it, answering as upstream
// session-storage-server v2.8 does (spec/storage-rpc.md sections 1-5 and 9,
// plus revoked_subaccounts from newer versions).
//
// # Methods
//
// [Store.HandleJSON] takes a whole {"method","params"} body (HTTPS
// /storage_rpc/v1, the final hop of an onion request) and [Store.Handle] an
// already split method and params; both return a [Response] with the status
// code and body upstream would send. [Store.HandleForwarded] runs a request a
// swarm peer forwarded: it is re-verified in full, never forwarded again, and
// its result is not wrapped in a "swarm" map. The method layer is transport
// independent: it knows nothing about HTTP, rate limits or readiness.
//
// Request parsing mirrors upstream field by field, including its error texts
// ("invalid request: Required field 'pubkey' missing"), aliases (pubKey,
// lastHash, get_snodes_for_pubkey), stringified timestamp/ttl in store, single
// values where lists are expected, and null as absent. Authentication follows
// upstream's verify_signature: 05 accounts sign with pubkey_ed25519 (which
// must convert to the account's X25519 key), every other prefix verifies with
// the account key itself, subaccount tokens carry flags and can be revoked,
// and signature verification applies libsodium's extra checks (canonical S,
// no small-order R or A, canonical A) on top of crypto/ed25519.
//
// Recursive methods (store, delete, delete_all, delete_before, expire,
// expire_all, revoke_subaccount, unrevoke_subaccount) put this node's signed
// result into the "swarm" map under its Ed25519 key. A [Forwarder], when set,
// sends the original params to the other swarm members concurrently with the
// local write and returns their [PeerResult]s, which are merged into the same
// map; the status is 200 when any member succeeded. The 421 swarm check goes
// through a [SwarmView]; [NewSingleNodeView] makes this node the whole network.
//
// # Storage and durability
//
// Messages live in the node's shared bbolt file, in the buckets listed in
// schema.go: by account, namespace and insertion sequence, each account's hash
// index stored right after its messages (one store touches one region of the
// tree), and an expiry index. Every write goes through one writer goroutine
// that gathers all writes waiting while the previous transaction committed
// into a single bbolt transaction (group commit), then acknowledges each
// caller once the commit, and its fsync, returned: an acknowledged write is
// durable, and a lone writer pays one commit, with no batching delay. (Under
// concurrency the writer waits up to half a commit for more writers; see
// writer.go.)
//
// A batch made only of client stores of new messages takes a faster road:
// the writer appends them to a journal (storage-journal-0 and -1 next to the
// database: sequential appends, one fdatasync per batch), makes them visible
// to retrieves from memory and acknowledges them; a background applier copies
// each segment of the journal into bbolt in one transaction, where messages
// share the pages they land on. Every other write, and the other client reads,
// first wait until the journal is applied; the background scans of
// anti-entropy and hand-off read the database as applied. After a crash, Open
// applies what the journal holds before anything else (journal.go,
// fastpath.go, overlay.go). With 1,000,000 stored messages this acknowledges
// about 30 % more stores per second than committing each batch to bbolt.
// Whether a store's message is new is mostly answered from memory, by a
// Bloom filter of every hash held or tombstoned (hashfilter.go), instead of
// a B+tree lookup.
//
// For anti-entropy between swarm members the store keeps, in memory, the
// count and XOR of the held messages' hashes for each of 4,096 buckets of
// the swarm ring, moved by every commit, and lists accounts by bucket
// (storage_accounts), so that two members compare 4,096 sums and then only
// the accounts of the buckets that differ (sums.go, [Store.Sums],
// [Store.BucketAccountSums]).
//
// A message is live while its expiry is in the future. Reads never return
// expired messages, and the reaper (every Options.ReapPeriod) deletes them.
// When the database's used size reaches Options.MaxDBSize, new messages are
// refused as upstream refuses them when SQLite is full: the store's own swarm
// entry is {"failed": true, "query_failure": true}.
//
// # Deliberate differences from upstream v2.8
//
//   - Expired messages are invisible at once, not only after the next cleanup.
//   - delete_before with namespace "all" works (v2.8 fails with 500 on a
//     query bug) and answers like delete_all with "all".
//   - Revocations do not depend on the account having stored messages (v2.8
//     drops them with the account's last message and ignores revokes for
//     accounts without messages).
//   - retrieve with a signature but no timestamp is a 400 (v2.8 reads an
//     unset value).
//   - Only JSON is spoken; bt-encoded requests (OMQ, QUIC) are not implemented,
//     but every handler keeps upstream's "b64" distinction in one place
//     (reqCtx.b64) so that raw-bytes encoding can be added.
//
// Goroutines: [Store.Start] starts the writer, the reaper, the journal's
// applier and the background builds of the filter and the sums; [Store.Close]
// stops them and fails later writes with [ErrClosed]. All exported methods are
// safe for concurrent use.
package storage
