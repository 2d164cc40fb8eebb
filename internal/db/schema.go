package db

import bolt "go.etcd.io/bbolt"

// SchemaVersion is the layout version written to meta/schema_version. Bump it
// with a migration in migrations below whenever a bucket or key layout changes.
const SchemaVersion uint64 = 1

// FileName is the bbolt file inside the data dir.
const FileName = "sessiond.db"

// Top-level buckets. Key layouts are documented beside each owner's accessors;
// integers are big-endian so that byte order is numeric order.
var (
	// BucketMeta (owner: db) holds:
	//   "schema_version" -> uint64 BE
	//   "created"        -> unix seconds uint64 BE, written once
	BucketMeta = []byte("meta")
)

// Keys of BucketMeta.
var (
	KeySchemaVersion = []byte("schema_version")
	KeyCreated       = []byte("created")
)

// allBuckets are created on open.
var allBuckets = [][]byte{BucketMeta}

// migrations[v] upgrades a database at version v to v+1. Empty while the
// schema is at its first version.
var migrations = map[uint64]func(tx *bolt.Tx) error{}
