//go:build !linux

package storage

import "os"

// preallocate is a no-op where fallocate is not wired up: appends grow the
// file.
func preallocate(*os.File, int64) error { return nil }

// fdatasync falls back to a full fsync.
func fdatasync(f *os.File) error { return f.Sync() }
