//go:build !linux

package storage

// releaseMapped is a no-op where madvise is not wired up.
func (s *Store) releaseMapped() error { return nil }

func fileRSS() int64 { return 0 }

// mapSplit is unused where splitMapped is a no-op.
type mapSplit struct{}

// splitMapped is a no-op where madvise is not wired up.
func (s *Store) splitMapped() error { return nil }
