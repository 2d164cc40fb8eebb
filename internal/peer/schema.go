package peer

// Buckets of the peer directory in the node's bbolt file. Only this package
// reads or writes them.
var (
	// bucketAnnouncements: node Ed25519 key (32 bytes) -> that node's newest
	// accepted announcement, in wire form (the JSON of Announcement, with
	// its signature), so that a reload re-validates exactly what was signed.
	bucketAnnouncements = []byte("peer_announcements")
	// bucketMeta: keySchema -> schema version of the peer buckets, uint64
	// big-endian.
	bucketMeta = []byte("peer_meta")
)

// Keys of bucketMeta.
var keySchema = []byte("schema_version")

// schemaVersion is the layout version of the peer buckets. Bump it with a
// migration in openStore when a layout changes. Announcements are
// re-learned from the network in minutes, so a migration may also just empty
// bucketAnnouncements.
const schemaVersion uint64 = 1

var allBuckets = [][]byte{bucketAnnouncements, bucketMeta}
