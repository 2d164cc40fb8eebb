package db

import (
	"errors"
	"fmt"
	"os"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDiskErrorSaysWhatToDo(t *testing.T) {
	const path = "/srv/node/sessiond.db"
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"no space", &os.PathError{Op: "write", Path: path, Err: syscall.ENOSPC},
			[]string{"disk full: cannot write /srv/node/sessiond.db: no space left on device", "free space on the filesystem of /srv/node", "storage.max_db_size_mb"}},
		{"quota", fmt.Errorf("commit: %w", &os.PathError{Op: "write", Path: path, Err: syscall.EDQUOT}),
			[]string{"disk quota exceeded: cannot write /srv/node/sessiond.db", "raise the disk quota"}},
		{"file size limit", &os.PathError{Op: "write", Path: path, Err: syscall.EFBIG},
			[]string{"file size limit reached: cannot grow /srv/node/sessiond.db: file too large", "ulimit -f unlimited", "LimitFSIZE=infinity"}},
		// bbolt formats a failed resize with %s: only the text is left.
		{"file size limit as text", errors.New("file resize error: truncate " + path + ": file too large"),
			[]string{"file size limit reached", "ulimit -f unlimited"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := DiskError(path, tc.err)
			require.Error(t, err)
			for _, w := range tc.want {
				require.Contains(t, err.Error(), w)
			}
			var se *SpaceError
			require.ErrorAs(t, err, &se)
			require.Equal(t, path, se.Path)
			require.ErrorIs(t, err, tc.err, "the system error stays inspectable")
		})
	}
	require.NoError(t, DiskError(path, errors.New("permission denied")))
}
