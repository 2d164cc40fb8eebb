package storage

import (
	"os"

	"golang.org/x/sys/unix"
)

// preallocate gives f at least size bytes of allocated space (the file's
// size grows to it), so that appends below it do not change metadata.
func preallocate(f *os.File, size int64) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if st.Size() >= size {
		return nil
	}
	if err := unix.Fallocate(int(f.Fd()), 0, 0, size); err != nil {
		// Not every filesystem supports it, and a full disk is reported by
		// the appends that need the space: appends then grow the file.
		if err == unix.EOPNOTSUPP || err == unix.ENOSPC {
			return nil
		}
		return err
	}
	return nil
}

// fdatasync flushes f's data (and only the metadata needed to read it).
func fdatasync(f *os.File) error { return unix.Fdatasync(int(f.Fd())) }
