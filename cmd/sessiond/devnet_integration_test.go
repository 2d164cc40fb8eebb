//go:build integration

package main

import (
	"bufio"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The main job as a test: `sessiond devnet` (embedded chain, contracts, node
// processes) becomes ready, a message sent through a 3-hop onion path to a
// new Session ID is retrieved through another path, and Ctrl-C stops it all.
func TestIntegrationDevnetOnionRoundTrip(t *testing.T) {
	dir := t.TempDir()
	dn := sessiond(t, "devnet", "--nodes", "5", "--data-dir", filepath.Join(dir, "devnet"), "--wait", "3m")
	out, err := dn.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, dn.Start())
	defer func() { _ = dn.Process.Kill(); _ = dn.Wait() }()

	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "devnet ready:") {
				ready <- sc.Text()
			}
		}
	}()
	var line string
	select {
	case line = <-ready:
	case <-time.After(4 * time.Minute):
		t.Fatal("devnet did not become ready")
	}
	seed := regexp.MustCompile(`seed (\S+),`).FindStringSubmatch(line)
	require.Len(t, seed, 2, line)

	key := filepath.Join(dir, "alice.key")
	idOut, err := sessiond(t, "client", "keygen", "--out", key).Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(idOut)), "\n")
	to := lines[len(lines)-1]
	require.Regexp(t, `^05[0-9a-f]{64}$`, to)

	msg := "hello through three hops " + time.Now().Format(time.RFC3339Nano)
	sent, err := sessiond(t, "client", "send", "--seed", seed[1], "--to", to, "--data", msg).CombinedOutput()
	require.NoError(t, err, string(sent))
	got, err := sessiond(t, "client", "receive", "--seed", seed[1], "--key", key).CombinedOutput()
	require.NoError(t, err, string(got))
	require.Contains(t, string(got), msg)

	require.NoError(t, dn.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { done <- dn.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "devnet exits 0 on Ctrl-C")
	case <-time.After(60 * time.Second):
		t.Fatal("devnet did not stop after SIGINT")
	}
}
