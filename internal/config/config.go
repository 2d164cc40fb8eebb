package config

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"time"
)

// FileName is the config file `sessiond init` writes into the data dir.
const FileName = "sessiond.yaml"

// Networks are the names accepted by chain.network and `init --network`.
var Networks = []string{"mainnet", "testnet", "devnet"}

// Config is the whole node configuration. Field tags:
//   - mapstructure / yaml: the key segment;
//   - doc: one line of help, used in flag usage and the generated example file.
type Config struct {
	Log     Log     `mapstructure:"log" yaml:"log" doc:"Logging."`
	Metrics Metrics `mapstructure:"metrics" yaml:"metrics" doc:"Prometheus metrics and health endpoints."`
	Chain   Chain   `mapstructure:"chain" yaml:"chain" doc:"The Arbitrum staking contracts this node follows."`
	DB      DB      `mapstructure:"db" yaml:"db" doc:"The node's bbolt database in the data dir."`
}

// Log configures zap.
type Log struct {
	Level  string `mapstructure:"level" yaml:"level" doc:"Minimum level: debug, info, warn or error."`
	Format string `mapstructure:"format" yaml:"format" doc:"console (human readable) or json."`
}

// Metrics configures the operator HTTP server (/metrics, /healthz, /readyz).
type Metrics struct {
	Listen string `mapstructure:"listen" yaml:"listen" doc:"host:port of /metrics, /healthz and /readyz; empty disables it. Keep it on loopback."`
}

// Chain selects the network. Later sections (providers, finality) join it.
type Chain struct {
	Network string `mapstructure:"network" yaml:"network" doc:"mainnet (Arbitrum One), testnet (Arbitrum Sepolia) or devnet."`
}

// DB configures the bbolt database.
type DB struct {
	LockTimeout time.Duration `mapstructure:"lock_timeout" yaml:"lock_timeout" doc:"How long to wait for the data dir lock before failing because another sessiond holds it."`
}

// Default returns the configuration used when nothing overrides a key.
func Default() Config {
	return Config{
		Log:     Log{Level: "info", Format: "console"},
		Metrics: Metrics{Listen: "127.0.0.1:22029"},
		Chain:   Chain{Network: "mainnet"},
		DB:      DB{LockTimeout: time.Second},
	}
}

// Test returns a configuration for tests: ephemeral ports, short timeouts,
// debug logging.
func Test() Config {
	c := Default()
	c.Log.Level = "debug"
	c.Metrics.Listen = "127.0.0.1:0"
	c.Chain.Network = "devnet"
	c.DB.LockTimeout = 100 * time.Millisecond
	return c
}

// SectionError is a validation error inside one config section. Its message
// names the full dotted key.
type SectionError struct {
	Section string
	Key     string
	Err     error
}

func (e *SectionError) Error() string {
	return fmt.Sprintf("config %s.%s: %v", e.Section, e.Key, e.Err)
}

func (e *SectionError) Unwrap() error { return e.Err }

// Validate checks every section and returns all problems joined.
func (c *Config) Validate() error {
	return errors.Join(c.Log.validate(), c.Metrics.validate(), c.Chain.validate(), c.DB.validate())
}

func (l Log) validate() error {
	var errs []error
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, strings.ToLower(l.Level)) {
		errs = append(errs, &SectionError{"log", "level", fmt.Errorf("%q is not one of debug, info, warn, error", l.Level)})
	}
	if l.Format != "console" && l.Format != "json" {
		errs = append(errs, &SectionError{"log", "format", fmt.Errorf("%q is not console or json", l.Format)})
	}
	return errors.Join(errs...)
}

func (m Metrics) validate() error {
	if m.Listen == "" {
		return nil
	}
	if err := checkHostPort(m.Listen); err != nil {
		return &SectionError{"metrics", "listen", err}
	}
	return nil
}

func (c Chain) validate() error {
	if !slices.Contains(Networks, c.Network) {
		return &SectionError{"chain", "network", fmt.Errorf("%q is not one of %s", c.Network, strings.Join(Networks, ", "))}
	}
	return nil
}

func (d DB) validate() error {
	if d.LockTimeout <= 0 {
		return &SectionError{"db", "lock_timeout", fmt.Errorf("must be positive, got %s", d.LockTimeout)}
	}
	return nil
}

// checkHostPort accepts host:port with a numeric port (0 allowed for tests).
func checkHostPort(s string) error {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return fmt.Errorf("%q is not host:port: %w", s, err)
	}
	var p int
	if _, err := fmt.Sscanf(port, "%d", &p); err != nil || p < 0 || p > 65535 {
		return fmt.Errorf("%q has no valid port", s)
	}
	return nil
}
