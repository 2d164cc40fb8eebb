//go:build linux

package storage

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped drops the database's mapped pages from this process's
// resident set (madvise MADV_DONTNEED on bbolt's read-only shared file
// mapping). The pages stay in the kernel's page cache: the next access is a
// minor fault, and no data changes. Without this, every page a read or a
// write touched stays in RSS, which then tracks the file size (about 600 MB
// at a million messages) rather than the working set.
func (s *Store) releaseMapped() error { return s.adviseMapped(syscall.MADV_DONTNEED) }

// adviseMapped applies madvise to the whole mapping. It runs inside a read
// transaction: bbolt remaps only under an exclusive lock that open
// transactions hold off, so the mapping cannot move meanwhile.
func (s *Store) adviseMapped(advice int) error {
	return s.db.View(func(tx *bolt.Tx) error {
		info := s.db.Info()
		size := tx.Size()
		if info == nil || info.Data == 0 || size <= 0 {
			return nil
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(size), uintptr(advice)); errno != 0 {
			return errno
		}
		return nil
	})
}

// fileRSS is the process's file-backed resident memory (RssFile of
// /proc/self/status) in bytes, 0 when unknown.
func fileRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte("RssFile:")) {
			continue
		}
		fs := bytes.Fields(line[len("RssFile:"):])
		if len(fs) == 2 {
			if kb, err := strconv.ParseInt(string(fs[0]), 10, 64); err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
