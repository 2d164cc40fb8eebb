package registry

// Buckets of the registry. Integers are big-endian so byte order is numeric
// order; values are JSON unless noted.
var (
	// bucketMeta: "cursor" -> block number (8) || block hash (32) of the last
	// applied block; "synced_at" -> unix seconds (8) of the last advance.
	bucketMeta = []byte("reg_meta")
	// bucketNodes: service node id (8) -> Node. Exited nodes stay, with Exited set.
	bucketNodes = []byte("reg_nodes")
	// bucketEd25519: ed25519 pubkey (32) -> id (8), registered nodes only.
	bucketEd25519 = []byte("reg_ed25519")
	// bucketBLS: bls pubkey X||Y (64) -> id (8), registered nodes only.
	bucketBLS = []byte("reg_bls")
	// bucketRecipients: address (20) -> Recipient (the contract's rewards/claimed).
	bucketRecipients = []byte("reg_recipients")
	// bucketParams: parameter name (ASCII) -> decimal string.
	bucketParams = []byte("reg_params")
	// bucketReleases: block (8) || log index (4) -> Release (pool FundsReleased).
	bucketReleases = []byte("reg_releases")
	// bucketContribs: contribution contract address (20) -> Contribution.
	bucketContribs = []byte("reg_contribs")
	// bucketSwarms: ed25519 pubkey (32) -> swarm id (8), for active nodes; the
	// assignment after the last applied block that changed the active set.
	bucketSwarms = []byte("reg_swarms")
	// bucketHashes: block number (8) -> block hash (32), for every applied
	// range end and every block with events, within the reorg window.
	bucketHashes = []byte("reg_hashes")
	// bucketUndo: block number (8) || sequence (4) -> undo record (binary, see
	// journal.go), within the reorg window.
	bucketUndo = []byte("reg_undo")
)

var allBuckets = [][]byte{
	bucketMeta, bucketNodes, bucketEd25519, bucketBLS, bucketRecipients,
	bucketParams, bucketReleases, bucketContribs, bucketSwarms, bucketHashes, bucketUndo,
}

// Keys of bucketMeta.
var (
	keyCursor = []byte("cursor")
	// keySwarmPending: block number (8) || block hash (32) of the last block
	// of the current swarm epoch that changed the active set; absent when the
	// epoch has no change yet. Journaled.
	keySwarmPending = []byte("swarm_pending")
)
