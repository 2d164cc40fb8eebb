//go:build integration

package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// devnetProc is a `sessiond devnet` process started by startDevnet.
type devnetProc struct {
	Dir   string // its --data-dir: node-00, node-01, ...
	Ready string // its "devnet ready:" line

	cmd    *exec.Cmd
	exited chan struct{} // closed once Wait returned
	err    error         // Wait's result
	once   sync.Once
}

// startDevnet runs `sessiond devnet --nodes n --data-dir DIR args...` and
// waits up to 4 minutes for its ready line. It is stopped (SIGINT) at
// cleanup; when the test failed, the ends of the devnet's output and of the
// nodes' logs go to the test log.
func startDevnet(t *testing.T, n int, args ...string) *devnetProc {
	t.Helper()
	root := t.TempDir()
	d := &devnetProc{Dir: filepath.Join(root, "devnet"), exited: make(chan struct{})}
	d.cmd = sessiond(t, append([]string{"devnet", "--nodes", strconv.Itoa(n), "--data-dir", d.Dir}, args...)...)
	stdout, err := d.cmd.StdoutPipe()
	require.NoError(t, err)
	stderr, err := os.Create(filepath.Join(root, "devnet.log"))
	require.NoError(t, err)
	d.cmd.Stderr = stderr
	require.NoError(t, d.cmd.Start())
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "devnet ready:") {
				ready <- sc.Text()
			}
		}
		d.err = d.cmd.Wait()
		close(d.exited)
	}()
	t.Cleanup(func() {
		_ = d.stop()
		stderr.Close()
		if t.Failed() {
			logTails(t, stderr.Name(), filepath.Join(d.Dir, "node-*", "sessiond.log"))
		}
	})
	select {
	case d.Ready = <-ready:
	case <-d.exited:
		t.Fatalf("sessiond devnet exited before it was ready: %v", d.err)
	case <-time.After(4 * time.Minute):
		t.Fatal("sessiond devnet was not ready within 4 minutes")
	}
	return d
}

// field is the value after name in the ready line ("seed URL," ...).
func (d *devnetProc) field(t *testing.T, name string) string {
	t.Helper()
	m := regexp.MustCompile(name + ` (\S+),`).FindStringSubmatch(d.Ready)
	require.Len(t, m, 2, "%q in %q", name, d.Ready)
	return m[1]
}

// node is node i's data dir.
func (d *devnetProc) node(i int) string { return filepath.Join(d.Dir, fmt.Sprintf("node-%02d", i)) }

// stop sends SIGINT (Ctrl-C) and returns the exit error, killing the
// process if it has not exited after 60 s. Later calls return the same.
func (d *devnetProc) stop() error {
	d.once.Do(func() {
		_ = d.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-d.exited:
		case <-time.After(60 * time.Second):
			_ = d.cmd.Process.Kill()
			<-d.exited
			d.err = errors.New("sessiond devnet did not stop within 60 s of SIGINT")
		}
	})
	return d.err
}

// logTails prints the end of each file matching patterns.
func logTails(t *testing.T, patterns ...string) {
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
			t.Logf("--- %s (last lines)\n%s", f, strings.Join(lines[max(0, len(lines)-15):], "\n"))
		}
	}
}
