package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/sessiond/sessiond/internal/db"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout version of the storage buckets, kept in
// storage_meta/schema_version. Bump it with a migration in migrations below
// whenever a bucket or key layout changes.
const SchemaVersion uint64 = 2

// Top-level buckets owned by this package. All integers are big-endian so that
// byte order is numeric order. An account is the 33-byte prefixed key (network
// prefix byte, then the 32-byte key); a namespace is stored as the int16 plus
// 32768, as a uint16, so that keys sort by namespace; seq is a uint64 from
// storage_msgs' bucket sequence, increasing with every insert.
var (
	// bucketMeta holds:
	//   "schema_version" -> uint64
	//   "messages"       -> uint64, number of stored messages (live or not yet reaped)
	//   "bytes"          -> uint64, sum of their data lengths
	bucketMeta = []byte("storage_meta")

	// bucketMsgs holds each account's messages, in insertion order per
	// namespace, and right after them the account's hash index, so that a
	// store touches one region of the tree:
	//   account(33) || 0x00 || namespace(2) || seq(8)
	//     -> hash(32, raw BLAKE2b) || timestamp ms(8) || expiry ms(8) || data
	//   account(33) || 0x01 || hash(32) -> namespace(2) || seq(8)
	// A hash covers the whole account key, so an index per account is as
	// unique as upstream's global UNIQUE(hash).
	bucketMsgs = []byte("storage_msgs")

	// bucketExpiry is the expiry index the reaper walks:
	//   expiry ms(8) || storage_msgs message key(44) -> empty
	bucketExpiry = []byte("storage_expiry")

	// bucketRevoked holds revoked subaccount tokens, newest MaxRevocations per account:
	//   account(33) || token(36) -> revocation time ms(8)
	bucketRevoked = []byte("storage_revoked")

	// bucketTombstones holds the owners' deletes until the deleted messages
	// would have expired (see tombstones.go). Added without a schema version
	// bump: older versions ignore the bucket.
	bucketTombstones = []byte("storage_tombstones")

	// bucketAccounts lists the accounts holding messages by their digest
	// bucket (see sums.go), so that anti-entropy can compare one bucket's
	// accounts without walking the others (schema version 2):
	//   bucket(2) || account(33) -> empty
	bucketAccounts = []byte("storage_accounts")
)

// Keys of bucketMeta.
var (
	keySchemaVersion = []byte("schema_version")
	keyMessages      = []byte("messages")
	keyBytes         = []byte("bytes")
)

// allBuckets are created by Open.
var allBuckets = [][]byte{bucketMeta, bucketMsgs, bucketExpiry, bucketRevoked, bucketTombstones, bucketAccounts}

// migrations[v] upgrades the storage buckets from version v to v+1.
var migrations = map[uint64]func(tx *bolt.Tx) error{
	1: indexAccounts, // storage_accounts
}

// errSchemaTooNew is returned by Open for buckets written by a newer sessiond.
var errSchemaTooNew = errors.New("storage: schema is newer than this sessiond")

// Key sizes.
const (
	accountLen   = 33
	nsKeyLen     = 2
	seqLen       = 8
	msgKeyLen    = accountLen + 1 + nsKeyLen + seqLen // 44
	hashKeyLen   = accountLen + 1 + 32                // 66
	expiryKeyLen = 8 + msgKeyLen                      // 52
	tagMsg       = 0x00                               // message entries of an account
	tagHash      = 0x01                               // hash index entries of an account
	msgHeaderLen = 32 + 8 + 8                         // hash, timestamp, expiry
)

// initSchema creates the buckets and checks or migrates the schema version.
func initSchema(tx *bolt.Tx) error {
	for _, b := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return fmt.Errorf("create bucket %s: %w", b, err)
		}
	}
	meta := tx.Bucket(bucketMeta)
	err := db.MigrateSchema(tx, meta, keySchemaVersion, SchemaVersion, migrations, "storage")
	if errors.Is(err, db.ErrSchemaTooNew) {
		return fmt.Errorf("%w: %w", errSchemaTooNew, err)
	}
	return err
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// nsKey encodes a namespace so that byte order is numeric order.
func nsKey(ns int16) [2]byte {
	var b [2]byte
	binary.BigEndian.PutUint16(b[:], uint16(int32(ns)+32768))
	return b
}

func nsFromKey(b []byte) int16 { return int16(int32(binary.BigEndian.Uint16(b)) - 32768) }

// msgKey is the storage_msgs key of a message.
func msgKey(a *Account, ns int16, seq uint64) []byte {
	k := make([]byte, msgKeyLen)
	copy(k, a[:])
	k[accountLen] = tagMsg
	n := nsKey(ns)
	copy(k[accountLen+1:], n[:])
	binary.BigEndian.PutUint64(k[accountLen+1+nsKeyLen:], seq)
	return k
}

// msgKeyNS is the namespace of a message key.
func msgKeyNS(mk []byte) int16 { return nsFromKey(mk[accountLen+1:]) }

// accountPrefix is the storage_msgs key prefix of an account's messages.
func accountPrefix(a *Account) []byte {
	k := make([]byte, accountLen+1)
	copy(k, a[:])
	k[accountLen] = tagMsg
	return k
}

// accountNSPrefix is the storage_msgs key prefix of one account and namespace.
func accountNSPrefix(a *Account, ns int16) []byte {
	k := make([]byte, accountLen+1+nsKeyLen)
	copy(k, a[:])
	k[accountLen] = tagMsg
	n := nsKey(ns)
	copy(k[accountLen+1:], n[:])
	return k
}

// hashIdxKey is the storage_msgs key of an account's hash index entry.
func hashIdxKey(a []byte, h *[32]byte) []byte {
	k := make([]byte, hashKeyLen)
	copy(k, a[:accountLen])
	k[accountLen] = tagHash
	copy(k[accountLen+1:], h[:])
	return k
}

func expiryKey(expiry int64, mk []byte) []byte {
	k := make([]byte, expiryKeyLen)
	binary.BigEndian.PutUint64(k, uint64(expiry))
	copy(k[8:], mk)
	return k
}

// msgVal is a decoded storage_msgs value. Data aliases the transaction's
// memory: copy it before the transaction ends.
type msgVal struct {
	hash      [32]byte
	timestamp int64
	expiry    int64
	data      []byte
}

func decodeMsgVal(v []byte) (msgVal, bool) {
	if len(v) < msgHeaderLen {
		return msgVal{}, false
	}
	var m msgVal
	copy(m.hash[:], v[:32])
	m.timestamp = int64(binary.BigEndian.Uint64(v[32:]))
	m.expiry = int64(binary.BigEndian.Uint64(v[40:]))
	m.data = v[msgHeaderLen:]
	return m, true
}

func encodeMsgVal(hash *[32]byte, timestamp, expiry int64, data []byte) []byte {
	v := make([]byte, msgHeaderLen+len(data))
	copy(v, hash[:])
	binary.BigEndian.PutUint64(v[32:], uint64(timestamp))
	binary.BigEndian.PutUint64(v[40:], uint64(expiry))
	copy(v[msgHeaderLen:], data)
	return v
}
