package storage

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// mappings counts the VMAs of this process that map path.
func mappings(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/maps")
	require.NoError(t, err)
	return bytes.Count(b, []byte(" "+path+"\n"))
}

// The store cuts the database mapping into small VMAs (so that fault-around
// stays within a few pages), again after bbolt remaps a grown file, and the
// data reads as before.
func TestMappingSplit(t *testing.T) {
	ts := newTestStore(t)
	waitFirstReap(t, ts)
	path := ts.db.Path()
	id := newUser(t).id
	a, ok := ParseAccount(id, false)
	require.True(t, ok)
	now := time.Now().UnixMilli()
	fill := func(from, n int) {
		msgs := make([]Message, n)
		for i := range msgs {
			msgs[i] = Message{Account: a, Namespace: -10, Timestamp: now, Expiry: now + 600_000,
				Data: append(bytes.Repeat([]byte{'x'}, 1000), fmt.Sprint(from+i)...)}
		}
		stored, err := ts.StoreBulk(msgs)
		require.NoError(t, err)
		require.Equal(t, n, stored)
	}
	split := func(minVMAs int) {
		t.Helper()
		require.Eventually(t, func() bool { return mappings(t, path) >= minVMAs }, 5*time.Second, 20*time.Millisecond,
			"%d mappings of the database", mappings(t, path))
	}
	fill(0, 4000) // about 10 MB
	size := func() int64 { fi, err := os.Stat(path); require.NoError(t, err); return fi.Size() }
	s1 := size()
	split(int(s1 / (4 * int64(os.Getpagesize())) / 2))
	fill(4000, 8000) // grows past bbolt's mapping: it remaps
	s2 := size()
	require.Greater(t, s2, 2*s1)
	split(int(s2 / (4 * int64(os.Getpagesize())) / 2))

	st, body, _ := ts.call("retrieve", map[string]any{"pubkey": id, "namespace": -10})
	require.Equal(t, 200, st)
	msgs := body["messages"].([]any)
	require.NotEmpty(t, msgs)
	require.Equal(t, true, body["more"], "a retrieve answers its first page")
	require.Equal(t, strings.Repeat("x", 1000)+"0", string(mustB64(t, msgs[0].(map[string]any)["data"].(string))))
	require.EqualValues(t, 12000, ts.MessageCount())
}

func mustB64(t *testing.T, s string) []byte {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(s)
	require.NoError(t, err)
	return b
}
