package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/keys"
)

// startupCase is one start-up problem an operator can meet. The node either
// refuses to start (exit code 1, the last stderr line is the error) or, for
// chain providers, starts and says what is wrong on /readyz. Either way the
// text must name the problem and say what to do.
type startupCase struct {
	name string
	// setup prepares the data dir (initialised, with startupConfig) and
	// returns extra `run` arguments and environment variables.
	setup func(t *testing.T, dir string) (args, env []string)
	// shell, when set, runs sessiond through `sh -c shell` (with "$0" "$@"
	// the sessiond command line), e.g. to lower a resource limit.
	shell   string
	ready   bool                      // starts; the problem is on /readyz
	problem func(dir string) []string // what is wrong
	remedy  func(dir string) []string // what to do
	absent  func(dir string) []string // must not appear (secrets, stutter)
	skip    func(t *testing.T)        // skips where the mechanism is missing
}

func lines(s ...string) func(string) []string { return func(string) []string { return s } }

// startupConfig is what every case starts from: loopback ephemeral ports, the
// testnet presets (contract addresses known, no chain.providers) and a short
// database lock timeout.
const startupConfig = `chain:
  network: testnet
  poll_interval: 100ms
  request_timeout: 1s
metrics:
  listen: 127.0.0.1:0
storage:
  listen: 127.0.0.1:0
rpc:
  listen: 127.0.0.1:0
network:
  public_ip: 127.0.0.1
  allow_private: true
db:
  lock_timeout: 200ms
`

func appendConfig(t *testing.T, dir, yaml string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, "sessiond.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(yaml)
	require.NoError(t, err)
	require.NoError(t, f.Close())
}

// closedLoopbackAddr is a loopback address nothing listens on.
func closedLoopbackAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// otherChainProvider is a JSON-RPC server that says it is Arbitrum One
// (chain id 42161) and knows nothing else.
func otherChainProvider(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		result := `null`
		if req.Method == "eth_chainId" {
			result = `"0xa4b1"`
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%s}`, req.ID, result)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func startupCases() []startupCase {
	none := func(*testing.T, string) ([]string, []string) { return nil, nil }
	yamlCase := func(yaml string) func(*testing.T, string) ([]string, []string) {
		return func(t *testing.T, dir string) ([]string, []string) { appendConfig(t, dir, yaml); return nil, nil }
	}
	inFile := func(dir string) []string {
		return []string{"set in " + filepath.Join(dir, "sessiond.yaml") + ": fix or remove it there"}
	}
	needLinux := func(t *testing.T) {
		if runtime.GOOS != "linux" {
			t.Skip("uses /dev/full and Linux's RLIMIT_FSIZE semantics")
		}
	}
	return []startupCase{
		{
			name:    "unknown config key",
			setup:   yamlCase("log:\n  levle: debug\n"),
			problem: lines(`unknown key "log.levle"`, "sessiond.yaml: config file line"),
			remedy:  lines(`did you mean "log.level"?`, "fix its spelling or remove it", "`sessiond config example` lists every key"),
		},
		{
			name:    "invalid config value",
			setup:   yamlCase("log:\n  level: loud\n"),
			problem: lines(`config log.level: "loud" is not one of debug, info, warn, error`),
			remedy:  inFile,
		},
		{
			name:    "config value of the wrong type",
			setup:   yamlCase("onion:\n  proxy_rate: lots\n"),
			problem: lines(`config onion.proxy_rate: "lots"`),
			remedy:  func(dir string) []string { return append(inFile(dir), "is not a whole number") },
		},
		{
			name: "invalid value from the environment",
			setup: func(*testing.T, string) ([]string, []string) {
				return nil, []string{"SESSIOND_CHAIN_POLL_INTERVAL=soon"}
			},
			problem: lines(`config chain.poll_interval: "soon"`),
			remedy:  lines("is not a duration such as 500ms, 30s or 1h", "set by the environment variable SESSIOND_CHAIN_POLL_INTERVAL: fix or unset it"),
		},
		{
			name: "invalid value from a flag",
			setup: func(*testing.T, string) ([]string, []string) {
				return []string{"--rpc.listen", "nowhere"}, nil
			},
			problem: lines(`config rpc.listen: "nowhere" is not host:port`),
			remedy:  lines("set by the flag --rpc.listen: fix it"),
		},
		{
			name: "YAML syntax error",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				appendConfig(t, dir, "log:\n level: [\n")
				return nil, nil
			},
			problem: lines("sessiond.yaml: config file: yaml: line"),
			remedy:  lines("fix the YAML", "`sessiond config example` shows the layout"),
		},
		{
			name: "missing --config file",
			setup: func(_ *testing.T, dir string) ([]string, []string) {
				return []string{"--config", filepath.Join(dir, "nope.yaml")}, nil
			},
			problem: func(dir string) []string {
				return []string{"config file " + filepath.Join(dir, "nope.yaml") + " does not exist"}
			},
			remedy: func(dir string) []string {
				return []string{"fix the --config path, or leave --config out to use " + filepath.Join(dir, "sessiond.yaml")}
			},
		},
		{
			name: "storage port in use",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				ln, err := net.Listen("tcp", "127.0.0.1:0")
				require.NoError(t, err)
				t.Cleanup(func() { _ = ln.Close() })
				appendConfig(t, dir, "# busy "+ln.Addr().String()+"\n")
				return []string{"--storage.listen", ln.Addr().String()}, nil
			},
			problem: func(dir string) []string {
				return []string{"storage.listen " + busyAddr(dir) + ": address already in use"}
			},
			remedy: lines("stop the process listening there or set storage.listen to a free address"),
		},
		{
			name: "data dir in use",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				d, err := db.Open(dir, db.Options{})
				require.NoError(t, err)
				t.Cleanup(func() { _ = d.Close() })
				return nil, nil
			},
			problem: func(dir string) []string {
				return []string{filepath.Join(dir, "sessiond.db") + ": data dir in use by another sessiond"}
			},
			remedy: lines("stop the other process, or use another --data-dir"),
		},
		{
			name: "key file readable by others",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				require.NoError(t, os.Chmod(filepath.Join(dir, keys.Ed25519File), 0o644))
				return nil, nil
			},
			problem: func(dir string) []string {
				return []string{"key file " + filepath.Join(dir, keys.Ed25519File) + " has mode 0644 and is readable by group or others"}
			},
			remedy: func(dir string) []string { return []string{"chmod 600 " + filepath.Join(dir, keys.Ed25519File)} },
		},
		{
			name: "key file missing",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				require.NoError(t, os.Remove(filepath.Join(dir, keys.BLSFile)))
				return nil, nil
			},
			problem: func(dir string) []string {
				return []string{"key file " + filepath.Join(dir, keys.BLSFile) + " is missing"}
			},
			remedy: lines("run `sessiond init` or `sessiond keys import-oxend` first"),
		},
		{
			name: "database from a newer sessiond",
			setup: func(t *testing.T, dir string) ([]string, []string) {
				d, err := db.Open(dir, db.Options{})
				require.NoError(t, err)
				require.NoError(t, d.Update(func(tx *bolt.Tx) error {
					return tx.Bucket(db.BucketMeta).Put(db.KeySchemaVersion, db.U64(db.SchemaVersion+1))
				}))
				require.NoError(t, d.Close())
				return nil, nil
			},
			problem: func(dir string) []string {
				return []string{fmt.Sprintf("%s: db: schema is newer than this sessiond: stored schema %d, this binary knows %d",
					filepath.Join(dir, "sessiond.db"), db.SchemaVersion+1, db.SchemaVersion)}
			},
			remedy: lines("; upgrade sessiond"),
		},
		{
			// The kernel's own ENOSPC: the database file is /dev/full, which
			// refuses every write as a full disk does.
			name: "disk full",
			skip: needLinux,
			setup: func(t *testing.T, dir string) ([]string, []string) {
				require.NoError(t, os.Symlink("/dev/full", filepath.Join(dir, "sessiond.db")))
				return nil, nil
			},
			problem: func(dir string) []string {
				return []string{"disk full: cannot write " + filepath.Join(dir, "sessiond.db") + ": no space left on device"}
			},
			remedy: func(dir string) []string {
				return []string{"free space on the filesystem of " + dir + " (df -h " + dir + ")", "or lower storage.max_db_size_mb"}
			},
		},
		{
			// A real file size limit (RLIMIT_FSIZE; `ulimit -f 2048` is 1 or
			// 2 MiB as the shell counts 512- or 1024-byte blocks): the new
			// database's first transaction grows the file by 16 MiB, past it.
			// Go ignores SIGXFSZ, so the resize fails with EFBIG.
			name:  "file size limit",
			skip:  needLinux,
			setup: none,
			shell: `ulimit -f 2048 && exec "$0" "$@"`,
			problem: func(dir string) []string {
				return []string{"file size limit reached: cannot grow " + filepath.Join(dir, "sessiond.db"), "file too large"}
			},
			remedy: lines("raise the process's file size limit (ulimit -f unlimited, or LimitFSIZE=infinity in the systemd unit)"),
		},
		{
			// Below the 16 KiB bbolt writes when it creates the file.
			name:  "file size limit on the first write",
			skip:  needLinux,
			setup: none,
			shell: `ulimit -f 8 && exec "$0" "$@"`,
			problem: func(dir string) []string {
				return []string{"file size limit reached: cannot grow " + filepath.Join(dir, "sessiond.db") + ": file too large"}
			},
			remedy: lines("ulimit -f unlimited"),
		},
		{
			// The node runs (the provider may come back) and /readyz says
			// why it is not ready, without the URL's path (API keys live there).
			name:  "chain provider unreachable",
			ready: true,
			setup: func(t *testing.T, dir string) ([]string, []string) {
				addr := closedLoopbackAddr(t)
				appendConfig(t, dir, "# provider "+addr+"\n")
				return []string{"--chain.providers", "http://" + addr + "/v2/SECRETAPIKEY"}, nil
			},
			problem: func(dir string) []string {
				return []string{"chain: no usable provider: http://" + commentValue(dir, "provider") + ": dial tcp", "connection refused"}
			},
			remedy: lines("check that the provider is up and reachable from this host and that its URL in chain.providers is right", "or add a second provider"),
			absent: lines("SECRETAPIKEY", "chain: chain:"),
		},
		{
			name:  "chain provider on another chain",
			ready: true,
			setup: func(t *testing.T, dir string) ([]string, []string) {
				return []string{"--chain.providers", otherChainProvider(t)}, nil
			},
			problem: lines("chain: no usable provider: http://127.0.0.1:", "serves chain id 42161, want 421614"),
			remedy:  lines("point chain.providers at an endpoint of chain id 421614 (chain.network testnet), or set chain.network to the provider's network"),
			absent:  lines("chain: chain:"),
		},
	}
}

// busyAddr and commentValue read back values a setup recorded as comments
// in the config file (setups run before the expectations are built).
func busyAddr(dir string) string { return commentValue(dir, "busy") }

func commentValue(dir, name string) string {
	b, _ := os.ReadFile(filepath.Join(dir, "sessiond.yaml"))
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "# "+name+" "); ok {
			return v
		}
	}
	return "(" + name + " not recorded)"
}

// Every start-up error an operator can hit says what is wrong and what to do,
// from a real `sessiond run`.
func TestStartupErrorsSayWhatToDo(t *testing.T) {
	for _, tc := range startupCases() {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			if tc.skip != nil {
				tc.skip(t)
			}
			dir := filepath.Join(t.TempDir(), "node")
			out, err := sessiond(t, "init", "--data-dir", dir, "--network", "testnet").CombinedOutput()
			require.NoError(t, err, string(out))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte(startupConfig), 0o600))
			args, env := tc.setup(t, dir)
			args = append([]string{"run", "--data-dir", dir, "--log.format", "json"}, args...)

			start := time.Now()
			var text string
			if tc.ready {
				text = readyzWhenNotReady(t, startupCmd(t, tc.shell, env, args), tc.problem(dir))
			} else {
				text = startupFailure(t, startupCmd(t, tc.shell, env, args))
			}
			for _, want := range tc.problem(dir) {
				require.Contains(t, text, want, "the message does not name the problem")
			}
			for _, want := range tc.remedy(dir) {
				require.Contains(t, text, want, "the message does not say what to do")
			}
			if tc.absent != nil {
				for _, no := range tc.absent(dir) {
					require.NotContains(t, text, no)
				}
			}
			t.Logf("%.1fs: %s", time.Since(start).Seconds(), text)
		})
	}
}

func startupCmd(t *testing.T, shell string, env, args []string) *exec.Cmd {
	t.Helper()
	cmd := sessiond(t, args...)
	if shell != "" {
		sh, err := exec.LookPath("sh")
		if err != nil {
			t.Skip("no sh")
		}
		cmd = exec.Command(sh, append([]string{"-c", shell, cmd.Path}, args...)...)
		cmd.Env = append(os.Environ(), asSessiond+"=1")
	}
	cmd.Env = append(cmd.Env, env...)
	return cmd
}

// startupFailure runs cmd, which must exit with code 1 within 10 s, and
// returns its error line (the last line of stderr, "sessiond: ...").
func startupFailure(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("sessiond run did not fail within 10 s; stderr:\n%s", stderr.String())
	}
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee), "sessiond run must fail, got %v; stderr:\n%s", err, stderr.String())
	require.Equal(t, 1, ee.ExitCode(), stderr.String())
	all := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	var msg []string
	for i := len(all) - 1; i >= 0; i-- {
		msg = append([]string{all[i]}, msg...)
		if strings.HasPrefix(all[i], "sessiond: ") {
			return strings.Join(msg, "\n")
		}
	}
	t.Fatalf("no \"sessiond: \" error line in stderr:\n%s", stderr.String())
	return ""
}

// readyzWhenNotReady starts cmd (a node logging JSON), waits until its
// /readyz answers 503 with a reason containing every string of want, stops
// the node with SIGTERM (it must exit 0) and returns the /readyz body.
func readyzWhenNotReady(t *testing.T, cmd *exec.Cmd, want []string) string {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	addrc := make(chan string, 1)
	var mu sync.Mutex
	var logs strings.Builder
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			mu.Lock()
			logs.WriteString(sc.Text() + "\n")
			mu.Unlock()
			var l struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &l) == nil && l.Msg == "metrics server listening" {
				addrc <- l.Addr
			}
		}
		done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
	})
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("sessiond run exited (%v) instead of starting:\n%s", err, logs.String())
	case <-time.After(10 * time.Second):
		t.Fatal("sessiond run did not start its metrics server")
	}
	var body string
	explained := func() bool {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body = string(b)
		if resp.StatusCode != http.StatusServiceUnavailable {
			return false
		}
		for _, w := range want {
			if !strings.Contains(body, w) {
				return false
			}
		}
		return true
	}
	if !assert.Eventually(t, explained, 10*time.Second, 20*time.Millisecond) {
		t.Fatalf("/readyz never explained the problem; last body: %s", body)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-done:
		mu.Lock()
		defer mu.Unlock()
		require.NoError(t, err, "a node that is not ready still stops cleanly; log:\n%s", logs.String())
	case <-time.After(5 * time.Second):
		t.Fatal("sessiond did not stop after SIGTERM")
	}
	return body
}
