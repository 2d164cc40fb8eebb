package cli

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/keys"
)

// run executes sessiond in-process and returns exit code, stdout, stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	app := &App{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Exit: func(code int) { t.Fatalf("forced exit %d", code) }}
	code := app.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func showConfig(t *testing.T, args ...string) map[string]shownValue {
	t.Helper()
	code, out, errs := run(t, append([]string{"config", "show", "--json"}, args...)...)
	require.Equal(t, 0, code, errs)
	var rows []shownValue
	require.NoError(t, json.Unmarshal([]byte(out), &rows))
	m := map[string]shownValue{}
	for _, r := range rows {
		m[r.Key] = r
	}
	return m
}

func TestConfigPrecedence(t *testing.T) {
	for _, tc := range []struct {
		name       string
		file, env  string // log.level from each; "" = unset
		flag       string
		want, from string
	}{
		{"default", "", "", "", "info", SourceDefault},
		{"file over default", "warn", "", "", "warn", SourceFile},
		{"env over file", "warn", "error", "", "error", SourceEnv},
		{"env alone", "", "error", "", "error", SourceEnv},
		{"flag over env and file", "warn", "error", "debug", "debug", SourceFlag},
		{"flag over file", "warn", "", "debug", "debug", SourceFlag},
		{"flag alone", "", "", "debug", "debug", SourceFlag},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.file != "" {
				require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte("log:\n  level: "+tc.file+"\n"), 0o600))
			}
			if tc.env != "" {
				t.Setenv("SESSIOND_LOG_LEVEL", tc.env)
			}
			args := []string{"--data-dir", dir}
			if tc.flag != "" {
				args = append(args, "--log.level", tc.flag)
			}
			got := showConfig(t, args...)["log.level"]
			require.Equal(t, tc.want, got.Value)
			require.Equal(t, tc.from, got.Source)
		})
	}
}

func TestConfigEnvOnlyTypedKey(t *testing.T) {
	t.Setenv("SESSIOND_DB_LOCK_TIMEOUT", "3s")
	got := showConfig(t, "--data-dir", t.TempDir())["db.lock_timeout"]
	require.Equal(t, SourceEnv, got.Source)
	require.EqualValues(t, 3e9, got.Value)
}

func TestConfigRejectsUnknownKeyWithLine(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sessiond.yaml"), []byte("log:\n  level: info\n  levle: debug\n"), 0o600))
	code, _, errs := run(t, "config", "show", "--data-dir", dir)
	require.Equal(t, 1, code)
	require.Contains(t, errs, `line 3: unknown key "log.levle"`)
}

func TestConfigInvalidValueNamesKey(t *testing.T) {
	t.Setenv("SESSIOND_CHAIN_NETWORK", "moonnet")
	code, _, errs := run(t, "config", "show", "--data-dir", t.TempDir())
	require.Equal(t, 1, code)
	require.Contains(t, errs, "chain.network")
}

func TestConfigExplicitFileMissing(t *testing.T) {
	code, _, errs := run(t, "config", "show", "--data-dir", t.TempDir(), "--config", "/nonexistent/x.yaml")
	require.Equal(t, 1, code)
	require.Contains(t, errs, "/nonexistent/x.yaml")
}

func TestInitCreatesAndRefusesOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "node")
	code, out, errs := run(t, "init", "--data-dir", dir, "--network", "devnet")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, "pubkey_ed25519")
	fi, err := os.Stat(dir)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o700), fi.Mode().Perm())
	for _, f := range []string{keys.Ed25519File, keys.BLSFile, "sessiond.yaml"} {
		fi, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		require.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), f)
	}
	require.Equal(t, "devnet", showConfig(t, "--data-dir", dir)["chain.network"].Value)

	before, err := os.ReadFile(filepath.Join(dir, keys.Ed25519File))
	require.NoError(t, err)
	code, _, errs = run(t, "init", "--data-dir", dir)
	require.Equal(t, 1, code)
	require.Contains(t, errs, "refusing to overwrite")
	after, err := os.ReadFile(filepath.Join(dir, keys.Ed25519File))
	require.NoError(t, err)
	require.Equal(t, before, after)

	code, _, errs = run(t, "init", "--data-dir", t.TempDir(), "--network", "moonnet")
	require.Equal(t, 1, code)
	require.Contains(t, errs, "--network")
}

func TestKeysShowNeverPrintsSecrets(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir)
	require.Equal(t, 0, code, errs)
	code, out, errs := run(t, "keys", "show", "--data-dir", dir, "--json")
	require.Equal(t, 0, code, errs)
	var pub keys.Public
	require.NoError(t, json.Unmarshal([]byte(out), &pub))
	require.Len(t, pub.Ed25519, 64)
	require.Len(t, pub.X25519, 64)
	require.Len(t, pub.BLS, 128)
	id, err := keys.Load(dir)
	require.NoError(t, err)
	require.Equal(t, id.Public(), pub)
	_, text, _ := run(t, "keys", "show", "--data-dir", dir)
	for _, secret := range [][]byte{id.Ed25519.Seed(), id.BLS[:], id.X25519Secret[:]} {
		require.NotContains(t, out, hex.EncodeToString(secret))
		require.NotContains(t, text, hex.EncodeToString(secret))
	}
}

func TestImportOxend(t *testing.T) {
	vec := "../../testdata/keys/oxend/key_ed25519"
	var want struct {
		PubkeyEd25519 string `json:"pubkey_ed25519"`
	}
	js, err := os.ReadFile("../../testdata/keys/oxend/expected.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(js, &want))

	dir := filepath.Join(t.TempDir(), "imported")
	code, out, errs := run(t, "keys", "import-oxend", "--data-dir", dir, "--ed25519", vec)
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, want.PubkeyEd25519)
	require.Contains(t, out, "generated a new BLS key")
	_, out, _ = run(t, "keys", "show", "--data-dir", dir, "--json")
	require.Contains(t, out, want.PubkeyEd25519)

	// A second import keeps the keys unless --force.
	code, _, errs = run(t, "keys", "import-oxend", "--data-dir", dir, "--ed25519", vec)
	require.Equal(t, 1, code)
	require.Contains(t, errs, "--force")

	// With a BLS file, the BLS key is the file's.
	blsFile := filepath.Join(t.TempDir(), "key_bls")
	blsRaw := bytes.Repeat([]byte{0x11}, 32)
	require.NoError(t, os.WriteFile(blsFile, blsRaw, 0o600))
	code, _, errs = run(t, "keys", "import-oxend", "--data-dir", dir, "--ed25519", vec, "--bls", blsFile, "--force")
	require.Equal(t, 0, code, errs)
	id, err := keys.Load(dir)
	require.NoError(t, err)
	require.Equal(t, blsRaw, id.BLS[:])

	raw, err := os.ReadFile(vec)
	require.NoError(t, err)
	bad := t.TempDir()
	for _, tc := range []struct{ name, data, want string }{
		{"truncated", string(raw[:63]), "is 63 bytes, want 64"},
		{"mismatched", string(raw[:32]) + string(bytes.Repeat([]byte{0}, 32)), "does not match its seed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(bad, tc.name)
			require.NoError(t, os.WriteFile(p, []byte(tc.data), 0o600))
			code, _, errs := run(t, "keys", "import-oxend", "--data-dir", filepath.Join(bad, "dd-"+tc.name), "--ed25519", p)
			require.Equal(t, 1, code)
			require.Contains(t, errs, tc.want)
			require.Contains(t, errs, p)
			_, err := os.Stat(filepath.Join(bad, "dd-"+tc.name, keys.Ed25519File))
			require.ErrorIs(t, err, os.ErrNotExist, "nothing written on bad input")
		})
	}
	t.Run("bad bls", func(t *testing.T) {
		p := filepath.Join(bad, "short_bls")
		require.NoError(t, os.WriteFile(p, []byte("short"), 0o600))
		code, _, errs := run(t, "keys", "import-oxend", "--data-dir", filepath.Join(bad, "dd-bls"), "--ed25519", vec, "--bls", p)
		require.Equal(t, 1, code)
		require.Contains(t, errs, "--bls")
	})
}

func TestRunRefusesLooseKeyPermissions(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir)
	require.Equal(t, 0, code, errs)
	p := filepath.Join(dir, keys.BLSFile)
	require.NoError(t, os.Chmod(p, 0o640))
	code, _, errs = run(t, "run", "--data-dir", dir, "--metrics.listen", "127.0.0.1:0")
	require.Equal(t, 1, code)
	require.Contains(t, errs, p)
	require.Contains(t, errs, "chmod 600")
}

func TestRunMissingDataDir(t *testing.T) {
	d := filepath.Join(t.TempDir(), "nope")
	code, _, errs := run(t, "run", "--data-dir", d)
	require.Equal(t, 1, code)
	require.Contains(t, errs, "sessiond init --data-dir "+d)
}

func TestVersion(t *testing.T) {
	code, out, _ := run(t, "version")
	require.Equal(t, 0, code)
	require.True(t, strings.HasPrefix(out, "sessiond "))
}

func freeLocalPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().String()
}
