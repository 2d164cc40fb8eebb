package db

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrInUse is returned when another process holds the data dir's database.
var ErrInUse = errors.New("data dir in use by another sessiond")

// ErrTooNew is returned when the database was written by a newer sessiond.
var ErrTooNew = errors.New("db: schema is newer than this sessiond")

// Options configure Open.
type Options struct {
	// LockTimeout bounds the wait for the file lock held by another process.
	LockTimeout time.Duration
	// Now is the clock for the creation stamp; nil means time.Now.
	Now func() time.Time
}

// DB is the open database.
type DB struct {
	*bolt.DB
	path string
}

// Open opens (creating if needed) dir/sessiond.db, takes its exclusive lock,
// creates the top-level buckets and checks or migrates the schema version.
func Open(dir string, o Options) (*DB, error) {
	if o.LockTimeout <= 0 {
		o.LockTimeout = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	path := filepath.Join(dir, FileName)
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{
		Timeout:         o.LockTimeout,
		FreelistType:    bolt.FreelistMapType,
		NoFreelistSync:  true, // smaller commits (the freelist is rebuilt on open)
		InitialMmapSize: 64 << 20,
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w (stop the other process, or use another --data-dir)", path, ErrInUse)
	}
	if err != nil {
		if e := DiskError(path, err); e != nil {
			return nil, e
		}
		return nil, fmt.Errorf("open bbolt %s: %w", path, err)
	}
	d := &DB{DB: bdb, path: path}
	if err := d.init(o.Now()); err != nil {
		_ = bdb.Close()
		if e := DiskError(path, err); e != nil {
			return nil, e
		}
		return nil, err
	}
	return d, nil
}

// SpaceError is a write that failed because the disk is full (ENOSPC), a
// quota is used up (EDQUOT) or a file size limit was met (EFBIG). Its message
// says what to do; it wraps the system error.
type SpaceError struct {
	Path string
	Err  error
	msg  string
}

func (e *SpaceError) Error() string { return e.msg }
func (e *SpaceError) Unwrap() error { return e.Err }

// DiskError returns a *SpaceError explaining err when it is a full disk, a
// quota or a file size limit met while writing path; otherwise nil.
func DiskError(path string, err error) error {
	dir := filepath.Dir(path)
	cause := err
	var pe *os.PathError
	if errors.As(err, &pe) {
		cause = pe.Err // the path is in the message already
	}
	// bbolt reports a failed file resize as text only.
	s := err.Error()
	var msg string
	switch {
	case errors.Is(err, syscall.ENOSPC) || strings.Contains(s, syscall.ENOSPC.Error()):
		msg = fmt.Sprintf("disk full: cannot write %s: %v; free space on the filesystem of %s (df -h %s), or lower storage.max_db_size_mb", path, cause, dir, dir)
	case errors.Is(err, syscall.EDQUOT) || strings.Contains(s, syscall.EDQUOT.Error()):
		msg = fmt.Sprintf("disk quota exceeded: cannot write %s: %v; raise the disk quota of the user running sessiond or free space in %s, or lower storage.max_db_size_mb", path, cause, dir)
	case errors.Is(err, syscall.EFBIG) || strings.Contains(s, syscall.EFBIG.Error()):
		msg = fmt.Sprintf("file size limit reached: cannot grow %s: %v; raise the process's file size limit (ulimit -f unlimited, or LimitFSIZE=infinity in the systemd unit), or if the filesystem caps file sizes set storage.max_db_size_mb below the cap", path, cause)
	default:
		return nil
	}
	return &SpaceError{Path: path, Err: err, msg: msg}
}

// Path is the database file's path.
func (d *DB) Path() string { return d.path }

// Size is the database file's size in bytes.
func (d *DB) Size() (int64, error) {
	fi, err := os.Stat(d.path)
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}

func (d *DB) init(now time.Time) error {
	return d.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return fmt.Errorf("create bucket %s: %w", b, err)
			}
		}
		meta := tx.Bucket(BucketMeta)
		if meta.Get(KeyCreated) == nil {
			if err := meta.Put(KeyCreated, U64(uint64(now.Unix()))); err != nil {
				return err
			}
		}
		if err := MigrateSchema(tx, meta, KeySchemaVersion, SchemaVersion, migrations, "db"); err != nil {
			if errors.Is(err, ErrSchemaTooNew) {
				return &tooNewError{path: d.path, err: err}
			}
			return err
		}
		return nil
	})
}

// tooNewError is ErrTooNew with the file and the versions (from err).
type tooNewError struct {
	path string
	err  error
}

func (e *tooNewError) Error() string   { return e.path + ": " + e.err.Error() }
func (e *tooNewError) Unwrap() []error { return []error{ErrTooNew, e.err} }

// ErrSchemaTooNew is wrapped by MigrateSchema when stored data is newer than
// this binary.
var ErrSchemaTooNew = errors.New("schema is newer than this sessiond")

// MigrateSchema checks the schema version stored under key in meta and runs
// migrations[v] (v to v+1) until it reaches want, then stores want. name
// labels errors ("db", "storage"). Each owner of buckets keeps its own
// version and migrations and calls this in its own transaction.
func MigrateSchema(tx *bolt.Tx, meta *bolt.Bucket, key []byte, want uint64, migrations map[uint64]func(*bolt.Tx) error, name string) error {
	v := want
	if raw := meta.Get(key); raw != nil {
		if len(raw) != 8 {
			return fmt.Errorf("%s: corrupt schema_version (%d bytes)", name, len(raw))
		}
		v = binary.BigEndian.Uint64(raw)
	}
	if v > want {
		return fmt.Errorf("%s: %w: stored schema %d, this binary knows %d; upgrade sessiond", name, ErrSchemaTooNew, v, want)
	}
	for ; v < want; v++ {
		m, ok := migrations[v]
		if !ok {
			return fmt.Errorf("%s: no migration from schema %d", name, v)
		}
		if err := m(tx); err != nil {
			return fmt.Errorf("%s: migrate schema %d to %d: %w", name, v, v+1, err)
		}
	}
	return meta.Put(key, U64(want))
}

// SchemaVersionOf reads the stored schema version.
func (d *DB) SchemaVersionOf() (uint64, error) {
	var v uint64
	err := d.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(BucketMeta).Get(KeySchemaVersion)
		if len(raw) != 8 {
			return errors.New("db: schema_version missing")
		}
		v = binary.BigEndian.Uint64(raw)
		return nil
	})
	return v, err
}

// U64 encodes v big-endian.
func U64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}
