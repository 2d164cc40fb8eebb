//go:build linux

package storage

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMapped drops the database's mapped pages from this process's
// resident set (madvise MADV_DONTNEED on bbolt's read-only shared file
// mapping). The pages stay in the kernel's page cache: the next access is a
// minor fault, and no data changes. Without this, every page a read or a
// write touched stays in RSS, which then tracks the file size (about 600 MB
// at a million messages) rather than the working set.
func (s *Store) releaseMapped() error {
	return s.withMapping(func(base uintptr, size int64) error { return madvise(base, size, syscall.MADV_DONTNEED) })
}

// withMapping calls fn with the database mapping's address and the bytes of
// it in use, if any. It runs inside a read transaction: bbolt remaps only
// under an exclusive lock that open transactions hold off, so the mapping
// cannot move meanwhile.
func (s *Store) withMapping(fn func(base uintptr, size int64) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		info := s.db.Info()
		size := tx.Size()
		if info == nil || info.Data == 0 || size <= 0 {
			return nil
		}
		return fn(info.Data, size)
	})
}

func madvise(addr uintptr, n int64, advice int) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(n), uintptr(advice)); errno != 0 {
		return errno
	}
	return nil
}

// The kernel maps up to 16 neighbouring pages (64 KiB, "fault-around")
// with each page fault on a file mapping, if they are in the page cache and
// inside the same VMA. For a B+tree read at random that multiplies the
// resident set by up to 16 (3,000 random pages of a cached 600 MB file:
// 164 MB resident) and, where mapping a page is expensive (a virtual
// machine here paid about 2.5 µs per page mapped), the CPU too. splitMapped
// cuts the database mapping into VMAs of a few pages by giving alternate
// chunks a different flag that changes nothing else (MADV_DONTDUMP: left
// out of core dumps), so fault-around stops at the chunk's edge (the same
// 3,000 pages: 46 MB resident with 4-page chunks, and faster).

const (
	// splitMinPages and splitMaxPages bound a chunk's size in pages, tried
	// from the smallest, doubling; 16 pages would be fault-around's own
	// window.
	splitMinPages = 4
	splitMaxPages = 8
	// splitRedo is how often the whole mapping is split again: bbolt may
	// remap a grown file at the same address, which splitMapped cannot
	// tell from the mapping it split. Chunks already split cost one system
	// call each and change nothing.
	splitRedo = time.Minute
)

// mapSplit is what splitMapped last did.
type mapSplit struct {
	base  uintptr   // mapping address it split
	end   int64     // bytes of it split
	chunk int64     // chunk size in bytes, 0: not split
	off   bool      // the mapping is too large to split with this map limit
	at    time.Time // when it last split from the start
	// failed is set after a madvise error (logged once): no more splits.
	failed bool
}

// splitMapped splits the database mapping into small VMAs (see above), from
// where the last call stopped, or from the start if bbolt remapped the file
// elsewhere and every splitRedo.
// It runs inside a read transaction so that the mapping cannot move.
func (s *Store) splitMapped() error {
	return s.withMapping(func(base uintptr, size int64) error {
		sp := &s.split
		if sp.failed {
			return nil
		}
		if sp.base != base || time.Since(sp.at) > splitRedo {
			*sp = mapSplit{base: base, at: time.Now()}
		}
		if sp.off || size <= sp.end {
			return nil
		}
		if sp.chunk == 0 {
			// Leave most of the process's map limit to everything else.
			limit := int64(maxMapCount()) * 6 / 10
			for pages := int64(splitMinPages); pages <= splitMaxPages; pages *= 2 {
				if c := pages * int64(os.Getpagesize()); size/c <= limit {
					sp.chunk = c
					break
				}
			}
			if sp.chunk == 0 {
				sp.off = true
				return nil
			}
		}
		for off := sp.end - sp.end%sp.chunk; off < size; off += sp.chunk {
			advice := unix.MADV_DODUMP
			if (off/sp.chunk)%2 == 0 {
				advice = unix.MADV_DONTDUMP
			}
			if err := madvise(base+uintptr(off), min(sp.chunk, size-off), advice); err != nil {
				sp.failed = true
				return err
			}
		}
		sp.end = size
		return nil
	})
}

// maxMapCount is vm.max_map_count, the most mappings a process may have.
func maxMapCount() int {
	if b, err := os.ReadFile("/proc/sys/vm/max_map_count"); err == nil {
		if n, err := strconv.Atoi(string(bytes.TrimSpace(b))); err == nil && n > 0 {
			return n
		}
	}
	return 65530
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
