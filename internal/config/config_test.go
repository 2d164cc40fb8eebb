package config

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite configs/sessiond.example.yaml")

func TestDefaultAndTestValidate(t *testing.T) {
	for name, c := range map[string]Config{"default": Default(), "test": Test()} {
		require.NoError(t, c.Validate(), name)
	}
}

func TestValidateNamesKey(t *testing.T) {
	for _, tc := range []struct {
		key    string
		mutate func(*Config)
	}{
		{"log.level", func(c *Config) { c.Log.Level = "loud" }},
		{"log.format", func(c *Config) { c.Log.Format = "xml" }},
		{"metrics.listen", func(c *Config) { c.Metrics.Listen = "nowhere" }},
		{"metrics.listen", func(c *Config) { c.Metrics.Listen = "127.0.0.1:99999" }},
		{"chain.network", func(c *Config) { c.Chain.Network = "moonnet" }},
		{"db.lock_timeout", func(c *Config) { c.DB.LockTimeout = 0 }},
		{"chain.providers", func(c *Config) { c.Chain.Providers = []string{"ftp://x"} }},
		{"storage.listen", func(c *Config) { c.Storage.Listen = "22021" }},
		{"storage.max_db_size_mb", func(c *Config) { c.Storage.MaxDBSizeMB = 1 }},
		{"rpc.listen", func(c *Config) { c.RPC.Listen = "x" }},
		{"network.public_ip", func(c *Config) { c.Network.PublicIP = "10.0.0.1" }},
		{"network.public_ip", func(c *Config) { c.Network.PublicIP = "::1" }},
		{"network.fault_injection", func(c *Config) { c.Network.FaultInjection = true }},
		{"network.seeds", func(c *Config) { c.Network.Seeds = []string{"ftp://x"} }},
		{"chain.finality", func(c *Config) { c.Chain.Finality = "latest" }},
		{"chain.max_log_range", func(c *Config) { c.Chain.MaxLogRange = 0 }},
		{"chain.rewards_contract", func(c *Config) { c.Chain.RewardsContract = "0x1234" }},
		{"chain.rewards_contract", func(c *Config) {
			c.Chain.Network, c.Chain.Providers = "devnet", []string{"http://127.0.0.1:8545"}
		}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			c := Default()
			tc.mutate(&c)
			err := c.Validate()
			require.ErrorContains(t, err, "config "+tc.key+":")
			var se *SectionError
			require.True(t, errors.As(err, &se))
			require.Equal(t, tc.key, se.Section+"."+se.Key)
		})
	}
}

func TestFieldsCoverEveryLeafOnce(t *testing.T) {
	seen := map[string]bool{}
	c := Default()
	for _, f := range Fields() {
		require.False(t, seen[f.Key], "duplicate key %s", f.Key)
		seen[f.Key] = true
		require.NotEmpty(t, f.Doc, "key %s has no doc", f.Key)
		require.True(t, strings.HasPrefix(f.EnvName(), "SESSIOND_"))
		_ = f.Value(&c)
	}
	require.Contains(t, seen, "log.level")
	require.Contains(t, seen, "metrics.listen")
	require.Equal(t, "SESSIOND_DB_LOCK_TIMEOUT", EnvName("db.lock_timeout"))
}

func TestCheckYAML(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		wantErr    []string
		wantSet    []string
	}{
		{name: "empty", yaml: ""},
		{name: "comments only", yaml: "# nothing\n"},
		{name: "good", yaml: "log:\n  level: debug\nmetrics:\n  listen: 127.0.0.1:1\n", wantSet: []string{"log.level", "metrics.listen"}},
		{name: "unknown leaf", yaml: "log:\n  level: debug\n  colour: true\n", wantErr: []string{`line 3: unknown key "log.colour"`}},
		{name: "unknown section", yaml: "\n\nstorrage:\n  listen: x\n", wantErr: []string{`line 3: unknown key "storrage"`}},
		{name: "two unknown", yaml: "log:\n  lvl: 1\nfoo: 2\n", wantErr: []string{`line 2: unknown key "log.lvl"`, `line 3: unknown key "foo"`}},
		{name: "section not a mapping", yaml: "log: debug\n", wantErr: []string{`line 1: "log" must be a mapping`}},
		{name: "duplicate", yaml: "log:\n  level: debug\n  level: info\n", wantErr: []string{`duplicate key "log.level"`}},
		{name: "top level list", yaml: "- a\n", wantErr: []string{"top level must be a mapping"}},
		{name: "syntax", yaml: "log:\n  level: [\n", wantErr: []string{"config file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := CheckYAML([]byte(tc.yaml))
			if len(tc.wantErr) == 0 {
				require.NoError(t, err)
				require.Equal(t, tc.wantSet, set)
				return
			}
			for _, w := range tc.wantErr {
				require.ErrorContains(t, err, w)
			}
		})
	}
}

// TestExampleInSync keeps configs/sessiond.example.yaml equal to the defaults.
// Regenerate with: go test ./internal/config -run TestExampleInSync -update
func TestExampleInSync(t *testing.T) {
	path := filepath.Join("..", "..", "configs", "sessiond.example.yaml")
	got := ExampleYAML(Default())
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run: go test ./internal/config -run TestExampleInSync -update")
	require.Equal(t, string(want), string(got), "configs/sessiond.example.yaml is stale; run make generate")
	// The example must itself be a valid config that sets every key.
	set, err := CheckYAML(got)
	require.NoError(t, err)
	require.Len(t, set, len(Fields()))
}

func TestFormatValue(t *testing.T) {
	require.Equal(t, "1.5s", FormatValue(1500*time.Millisecond))
	require.Equal(t, "[a, b]", FormatValue([]string{"a", "b"}))
	require.Equal(t, "x", FormatValue("x"))
}

func TestProviderErrorsNeverEchoURL(t *testing.T) {
	c := Default()
	c.Chain.Providers = []string{"htp://arb.example/v2/SECRET"}
	err := c.Validate()
	require.Error(t, err)
	require.NotContains(t, err.Error(), "SECRET")
}
