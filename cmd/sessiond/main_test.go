package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/cli"
)

// The test binary doubles as sessiond when this variable is set, so the
// tests drive a real process without building a second binary.
const asSessiond = "SESSIOND_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asSessiond) == "1" {
		os.Exit(cli.Main(context.Background(), os.Args[1:]))
	}
	os.Exit(m.Run())
}

func sessiond(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), asSessiond+"=1")
	return cmd
}

// startRun starts `sessiond run` and returns it with the metrics address read
// from its JSON log.
func startRun(t *testing.T, dir string) (*exec.Cmd, string) {
	t.Helper()
	cmd := sessiond(t, "run", "--data-dir", dir, "--metrics.listen", "127.0.0.1:0", "--log.format", "json")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addrc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var line struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "metrics server listening" {
				addrc <- line.Addr
			}
		}
	}()
	select {
	case a := <-addrc:
		return cmd, a
	case <-time.After(20 * time.Second):
		t.Fatal("sessiond run did not start its metrics server")
		return nil, ""
	}
}

func TestRunServesMetricsAndStopsOnSIGTERM(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node")
	out, err := sessiond(t, "init", "--data-dir", dir).CombinedOutput()
	require.NoError(t, err, string(out))

	cmd, addr := startRun(t, dir)
	resp, err := http.Get("http://" + addr + "/metrics")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Contains(t, string(body), "sessiond_build_info{")

	// A second node on the same data dir fails within 2 s, not a hang.
	start := time.Now()
	out, err = sessiond(t, "run", "--data-dir", dir, "--metrics.listen", "127.0.0.1:0").CombinedOutput()
	require.Error(t, err)
	require.Less(t, time.Since(start), 2*time.Second)
	require.Contains(t, string(out), "data dir in use by another sessiond")

	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "exit code must be 0 after SIGTERM")
	case <-time.After(2 * time.Second):
		t.Fatal("sessiond did not stop within 2 s of SIGTERM")
	}
}

func TestSecondSignalForcesExit(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node")
	out, err := sessiond(t, "init", "--data-dir", dir).CombinedOutput()
	require.NoError(t, err, string(out))
	cmd, _ := startRun(t, dir)
	// Two signals back to back: whichever path wins, the process ends promptly.
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			require.True(t, strings.Contains(err.Error(), "exit status 1"), "got %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("sessiond did not exit after two signals")
	}
}
