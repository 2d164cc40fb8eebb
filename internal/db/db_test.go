package db

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
)

func TestOpenCreatesSchema(t *testing.T) {
	dir := t.TempDir()
	now := time.Unix(1_700_000_000, 0)
	d, err := Open(dir, Options{Now: func() time.Time { return now }})
	require.NoError(t, err)
	v, err := d.SchemaVersionOf()
	require.NoError(t, err)
	require.Equal(t, SchemaVersion, v)
	require.NoError(t, d.View(func(tx *bolt.Tx) error {
		require.Equal(t, U64(uint64(now.Unix())), tx.Bucket(BucketMeta).Get(KeyCreated))
		return nil
	}))
	require.NoError(t, d.Close())

	// Reopen keeps the creation stamp.
	d, err = Open(dir, Options{Now: func() time.Time { return now.Add(time.Hour) }})
	require.NoError(t, err)
	require.NoError(t, d.View(func(tx *bolt.Tx) error {
		require.Equal(t, U64(uint64(now.Unix())), tx.Bucket(BucketMeta).Get(KeyCreated))
		return nil
	}))
	require.NoError(t, d.Close())
}

func TestSecondOpenFailsFastWithInUse(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir, Options{})
	require.NoError(t, err)
	defer d.Close()
	start := time.Now()
	_, err = Open(dir, Options{LockTimeout: 200 * time.Millisecond})
	require.ErrorIs(t, err, ErrInUse)
	require.Contains(t, err.Error(), "data dir in use by another sessiond")
	require.Less(t, time.Since(start), 2*time.Second)
}

func TestRefusesNewerSchema(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir, Options{})
	require.NoError(t, err)
	require.NoError(t, d.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(BucketMeta).Put(KeySchemaVersion, U64(SchemaVersion+1))
	}))
	require.NoError(t, d.Close())
	_, err = Open(dir, Options{})
	require.True(t, errors.Is(err, ErrTooNew), "got %v", err)
}
