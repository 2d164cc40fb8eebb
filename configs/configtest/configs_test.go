package configtest

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
	"go.yaml.in/yaml/v3"

	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/node"
)

const configsDir = ".."

var (
	// registeredRe finds collector names in the source: Name: "sessiond_...".
	registeredRe = regexp.MustCompile(`Name:\s*"(sessiond_[a-zA-Z0-9_]+)"`)
	// exportedRe finds metric names in a /metrics exposition.
	exportedRe = regexp.MustCompile(`(?m)^(sessiond_[a-zA-Z0-9_]+)[{ ]`)
	// queriedRe finds sessiond metric names in a PromQL expression.
	queriedRe = regexp.MustCompile(`\bsessiond_[a-zA-Z0-9_]+`)
)

// sourceMetrics returns every sessiond_* collector name registered in the
// non-test Go files under internal/, including those that only appear once
// traffic flows.
func sourceMetrics(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	err := filepath.WalkDir(filepath.Join("..", "..", "internal"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range registeredRe.FindAllSubmatch(b, -1) {
			names[string(m[1])] = true
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, names, "no Name: \"sessiond_...\" found under internal/")
	return names
}

// scrapeNode starts a node in-process and returns the sessiond_* names (with
// histogram suffixes) it exports on /metrics right after start.
func scrapeNode(t *testing.T) map[string]bool {
	t.Helper()
	id, err := keys.Generate(bytes.NewReader(bytes.Repeat([]byte{7}, 128)))
	require.NoError(t, err)
	n, err := node.New(config.Test(), node.Options{DataDir: t.TempDir(), Identity: id, Logger: zaptest.NewLogger(t)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = n.Close() })
	require.NoError(t, n.Start(t.Context()))

	resp, err := http.Get("http://" + n.MetricsAddr().String() + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	names := map[string]bool{}
	for _, m := range exportedRe.FindAllSubmatch(body, -1) {
		names[string(m[1])] = true
	}
	require.True(t, names["sessiond_build_info"], "scrape lacks sessiond_build_info:\n%s", body)
	return names
}

// baseName maps a queried series name to its metric family: histogram and
// summary series carry _bucket, _sum or _count.
func baseName(name string, known map[string]bool) string {
	for _, suf := range []string{"_bucket", "_sum", "_count"} {
		if b, ok := strings.CutSuffix(name, suf); ok && known[b] {
			return b
		}
	}
	return name
}

// dashboardExprs returns every PromQL string of the dashboard: panel target
// "expr" fields and templating "query"/"definition" fields.
func dashboardExprs(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(configsDir, "grafana-dashboard.json"))
	require.NoError(t, err)
	var doc any
	require.NoError(t, json.Unmarshal(b, &doc), "grafana-dashboard.json is not valid JSON")
	var exprs []string
	var walk func(v any, inTemplating bool)
	walk = func(v any, inTemplating bool) {
		switch v := v.(type) {
		case map[string]any:
			for k, c := range v {
				if s, ok := c.(string); ok && (k == "expr" || (inTemplating && (k == "query" || k == "definition"))) {
					exprs = append(exprs, s)
					continue
				}
				walk(c, inTemplating || k == "templating")
			}
		case []any:
			for _, c := range v {
				walk(c, inTemplating)
			}
		}
	}
	walk(doc, false)
	require.NotEmpty(t, exprs, "the dashboard has no queries")
	return exprs
}

type ruleFile struct {
	Groups []struct {
		Name     string `yaml:"name"`
		Interval string `yaml:"interval"`
		Rules    []struct {
			Alert         string            `yaml:"alert"`
			Record        string            `yaml:"record"`
			Expr          string            `yaml:"expr"`
			For           string            `yaml:"for"`
			KeepFiringFor string            `yaml:"keep_firing_for"`
			Labels        map[string]string `yaml:"labels"`
			Annotations   map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

func alertExprs(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(configsDir, "alerts.yml"))
	require.NoError(t, err)
	var rf ruleFile
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	require.NoError(t, dec.Decode(&rf), "alerts.yml is not a Prometheus rule file")
	var exprs []string
	for _, g := range rf.Groups {
		for _, r := range g.Rules {
			require.NotEmpty(t, r.Expr, "rule %q in group %q has no expr", r.Alert+r.Record, g.Name)
			exprs = append(exprs, r.Expr)
		}
	}
	require.NotEmpty(t, exprs, "alerts.yml has no rules")
	return exprs
}

func TestQueriesUseExportedMetrics(t *testing.T) {
	registered := sourceMetrics(t)
	scraped := scrapeNode(t)

	// Every family the node exports must be found by the source scan, or the
	// scan is missing a registration style.
	for name := range scraped {
		require.True(t, registered[baseName(name, registered)],
			"the node exports %s but no Name: %q was found under internal/", name, baseName(name, registered))
	}

	known := map[string]bool{}
	for n := range registered {
		known[n] = true
	}
	for n := range scraped {
		known[baseName(n, registered)] = true
	}

	used := map[string]bool{}
	check := func(file string, exprs []string) {
		var missing []string
		for _, e := range exprs {
			for _, name := range queriedRe.FindAllString(e, -1) {
				b := baseName(name, known)
				if !known[b] {
					missing = append(missing, name+" in: "+e)
					continue
				}
				used[b] = true
			}
		}
		require.Empty(t, missing, "%s queries metrics the node does not export", file)
	}
	check("grafana-dashboard.json", dashboardExprs(t))
	check("alerts.yml", alertExprs(t))

	var unused []string
	for n := range registered {
		if !used[n] {
			unused = append(unused, n)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Logf("metrics neither charted nor alerted on: %s", strings.Join(unused, ", "))
	}
}

// loadExample runs a config file through the strict key check, decodes it
// onto the defaults and validates it.
func loadExample(t *testing.T, data []byte) config.Config {
	t.Helper()
	_, err := config.CheckYAML(data)
	require.NoError(t, err)
	cfg := config.Default()
	require.NoError(t, yaml.Unmarshal(data, &cfg))
	require.NoError(t, cfg.Validate())
	return cfg
}

func TestExampleConfigsValidate(t *testing.T) {
	for _, network := range []string{"mainnet", "testnet"} {
		t.Run(network, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(configsDir, network+".yaml"))
			require.NoError(t, err)

			cfg := loadExample(t, data)
			require.Equal(t, network, cfg.Chain.Network)
			require.NotEmpty(t, cfg.Chain.Providers, "the example should show where the provider URL goes")
			require.Empty(t, cfg.Network.PublicIP, "public_ip is a commented placeholder")

			// The commented public_ip placeholder must be valid once uncommented.
			re := regexp.MustCompile(`(?m)^(\s*)#\s*(public_ip:.*)$`)
			require.True(t, re.Match(data), "no commented network.public_ip placeholder")
			cfg = loadExample(t, re.ReplaceAll(data, []byte("$1$2")))
			require.NotEmpty(t, cfg.Network.PublicIP)
		})
	}
}

func TestSystemdUnitVerifies(t *testing.T) {
	unit, err := os.ReadFile(filepath.Join(configsDir, "sessiond.service"))
	require.NoError(t, err)
	for _, want := range []string{
		"User=sessiond",
		"ExecStart=/usr/local/bin/sessiond run --data-dir /var/lib/sessiond",
		"StateDirectory=sessiond", "StateDirectoryMode=0700",
		"NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/var/lib/sessiond",
		"Restart=on-failure", "CapabilityBoundingSet=\n",
		"StandardOutput=journal", "StandardError=journal",
	} {
		require.Contains(t, string(unit), want)
	}

	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not on PATH; install systemd to verify configs/sessiond.service")
	}
	// The binary is not installed here: verify a copy that runs /bin/true.
	re := regexp.MustCompile(`(?m)^ExecStart=.*$`)
	path := filepath.Join(t.TempDir(), "sessiond.service")
	require.NoError(t, os.WriteFile(path, re.ReplaceAll(unit, []byte("ExecStart=/bin/true")), 0o644))
	out, err := exec.CommandContext(t.Context(), sa, "verify", path).CombinedOutput()
	require.NoError(t, err, "systemd-analyze verify:\n%s", out)
	// verify exits 0 on unknown keys; any remark about the unit is a failure.
	var remarks []string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, path) {
			remarks = append(remarks, l)
		}
	}
	require.True(t, slices.Equal(remarks, nil), "systemd-analyze verify remarks:\n%s", out)
}
