package config

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
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
	Log      Log      `mapstructure:"log" yaml:"log" doc:"Logging."`
	Metrics  Metrics  `mapstructure:"metrics" yaml:"metrics" doc:"Prometheus metrics and health endpoints."`
	Chain    Chain    `mapstructure:"chain" yaml:"chain" doc:"The Arbitrum staking contracts this node follows."`
	Storage  Storage  `mapstructure:"storage" yaml:"storage" doc:"Client-facing HTTPS server (storage RPC, onion requests, node-to-node) and message storage."`
	RPC      RPC      `mapstructure:"rpc" yaml:"rpc" doc:"Plain-HTTP JSON-RPC for seeds, clients bootstrapping and operators."`
	Network  Network  `mapstructure:"network" yaml:"network" doc:"How this node is reached and finds its peers."`
	Onion    Onion    `mapstructure:"onion" yaml:"onion" doc:"Onion requests: relaying and proxying to HTTP servers."`
	Liveness Liveness `mapstructure:"liveness" yaml:"liveness" doc:"When this node signs liquidations of unreachable nodes."`
	DB       DB       `mapstructure:"db" yaml:"db" doc:"The node's bbolt database in the data dir."`
}

// Log configures zap.
type Log struct {
	Level  string `mapstructure:"level" yaml:"level" doc:"Minimum level: debug, info, warn or error."`
	Format string `mapstructure:"format" yaml:"format" doc:"console (human readable) or json."`
}

// Metrics configures the operator HTTP server (/metrics, /healthz, /readyz).
type Metrics struct {
	Listen string `mapstructure:"listen" yaml:"listen" doc:"host:port of /metrics, /healthz and /readyz; empty disables it. Keep it on loopback."`
	Pprof  bool   `mapstructure:"pprof" yaml:"pprof" doc:"Also serve Go's profiler (/debug/pprof/) on metrics.listen, for diagnosing CPU or memory use."`
}

// Chain configures the Arbitrum watcher.
type Chain struct {
	Network           string        `mapstructure:"network" yaml:"network" doc:"mainnet (Arbitrum One), testnet (Arbitrum Sepolia) or devnet; sets the chain id and contract addresses unless given below."`
	Providers         []string      `mapstructure:"providers" yaml:"providers" doc:"Arbitrum JSON-RPC URLs (http, https, ws, wss), preferred first; empty disables the watcher and the node stays not ready."`
	Finality          string        `mapstructure:"finality" yaml:"finality" doc:"Which blocks are applied: safe, finalized, or a confirmation depth in blocks (e.g. 64)."`
	PollInterval      time.Duration `mapstructure:"poll_interval" yaml:"poll_interval" doc:"How often to poll the providers for new blocks."`
	RequestTimeout    time.Duration `mapstructure:"request_timeout" yaml:"request_timeout" doc:"Timeout of one provider request before failing over."`
	MaxLogRange       uint64        `mapstructure:"max_log_range" yaml:"max_log_range" doc:"Most blocks per eth_getLogs; halved automatically when a provider refuses a range."`
	ChainID           uint64        `mapstructure:"chain_id" yaml:"chain_id" doc:"Chain id the providers must serve; 0 takes the network's."`
	RewardsContract   string        `mapstructure:"rewards_contract" yaml:"rewards_contract" doc:"ServiceNodeRewards address; empty takes the network's."`
	PoolContract      string        `mapstructure:"pool_contract" yaml:"pool_contract" doc:"RewardRatePool address; empty takes the network's."`
	FactoryContract   string        `mapstructure:"factory_contract" yaml:"factory_contract" doc:"ServiceNodeContributionFactory address; empty takes the network's."`
	StartBlock        uint64        `mapstructure:"start_block" yaml:"start_block" doc:"First block to scan; 0 takes the network's deployment block."`
	ReconcileInterval time.Duration `mapstructure:"reconcile_interval" yaml:"reconcile_interval" doc:"How often to compare the registry with allServiceNodeIDs(); 0 disables."`
	ReorgWindow       uint64        `mapstructure:"reorg_window" yaml:"reorg_window" doc:"How many applied blocks can be rolled back after a reorg."`
}

// Storage configures the HTTPS server and the message store.
type Storage struct {
	Listen      string        `mapstructure:"listen" yaml:"listen" doc:"host:port of the HTTPS server: /storage_rpc/v1, /onion_req/v2, /ping_test/v1, /json_rpc and /snode/v1 (upstream port 22021)."`
	MaxDBSizeMB uint64        `mapstructure:"max_db_size_mb" yaml:"max_db_size_mb" doc:"Cap on the message database in MiB; new messages are refused above it (upstream: 10240)."`
	ReapEvery   time.Duration `mapstructure:"reap_every" yaml:"reap_every" doc:"How often expired messages are deleted."`
}

// RPC configures the plain-HTTP JSON-RPC server.
type RPC struct {
	Listen string `mapstructure:"listen" yaml:"listen" doc:"host:port of /json_rpc over plain HTTP (upstream port 22023); empty disables it."`
}

// Network configures announcements and peers.
type Network struct {
	PublicIP         string        `mapstructure:"public_ip" yaml:"public_ip" doc:"This node's public IPv4 address, announced to the network; empty: the node does not announce itself and clients cannot reach it."`
	Seeds            []string      `mapstructure:"seeds" yaml:"seeds" doc:"Other nodes to bootstrap from: https://IP:22021 or http://IP:22023/json_rpc."`
	AllowPrivate     bool          `mapstructure:"allow_private" yaml:"allow_private" doc:"Accept peers on private or loopback addresses (devnets only)."`
	AnnounceInterval time.Duration `mapstructure:"announce_interval" yaml:"announce_interval" doc:"How often this node signs and sends its announcement."`
	FaultInjection   bool          `mapstructure:"fault_injection" yaml:"fault_injection" doc:"Test networks only (refused unless chain.network is devnet): serve /debug/faults on metrics.listen to block or slow this node's connections to peers."`
}

// Liveness configures liquidation signing.
type Liveness struct {
	LiquidateAfter time.Duration `mapstructure:"liquidate_after" yaml:"liquidate_after" doc:"Sign a liquidation for a node that stayed unreachable in this node's own tests this long."`
}

// Onion configures onion requests.
type Onion struct {
	ProxyAllowPrivate bool `mapstructure:"proxy_allow_private" yaml:"proxy_allow_private" doc:"Let onion requests reach private, loopback and link-local HTTP servers (devnets only: otherwise the node is an open door into its own network)."`
	ProxyRate         int  `mapstructure:"proxy_rate" yaml:"proxy_rate" doc:"Onion requests proxied to HTTP servers per second, node-wide; 0 disables the limit."`
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
		Chain: Chain{
			Network:           "mainnet",
			Providers:         []string{},
			Finality:          "safe",
			PollInterval:      5 * time.Second,
			RequestTimeout:    10 * time.Second,
			MaxLogRange:       2000,
			ReconcileInterval: time.Hour,
			ReorgWindow:       5000,
		},
		DB:       DB{LockTimeout: time.Second},
		Storage:  Storage{Listen: "0.0.0.0:22021", MaxDBSizeMB: 10240, ReapEvery: 10 * time.Second},
		RPC:      RPC{Listen: "0.0.0.0:22023"},
		Network:  Network{Seeds: []string{}, AnnounceInterval: 30 * time.Minute},
		Onion:    Onion{ProxyRate: 50},
		Liveness: Liveness{LiquidateAfter: 24 * time.Hour},
	}
}

// Test returns a configuration for tests: ephemeral ports, short timeouts,
// debug logging.
func Test() Config {
	c := Default()
	c.Log.Level = "debug"
	c.Metrics.Listen = "127.0.0.1:0"
	c.Chain.Network = "devnet"
	c.Chain.PollInterval = 100 * time.Millisecond
	c.Chain.RequestTimeout = 2 * time.Second
	c.DB.LockTimeout = 100 * time.Millisecond
	c.Storage.Listen = "127.0.0.1:0"
	c.Storage.MaxDBSizeMB = 256
	c.Storage.ReapEvery = time.Second
	c.RPC.Listen = "127.0.0.1:0"
	c.Network.PublicIP = "127.0.0.1"
	c.Network.AllowPrivate = true
	c.Network.AnnounceInterval = time.Minute
	c.Onion.ProxyAllowPrivate = true
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
	var errs []error
	if c.Network.FaultInjection && c.Chain.Network != "devnet" {
		errs = append(errs, &SectionError{"network", "fault_injection", fmt.Errorf("only on devnet (chain.network is %q)", c.Chain.Network)})
	}
	return errors.Join(c.Log.validate(), c.Metrics.validate(), c.Chain.validate(), c.DB.validate(),
		c.Storage.validate(), c.RPC.validate(), c.Network.validate(), c.Onion.validate(), c.Liveness.validate(), errors.Join(errs...))
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
	var errs []error
	if !slices.Contains(Networks, c.Network) {
		errs = append(errs, &SectionError{"chain", "network", fmt.Errorf("%q is not one of %s", c.Network, strings.Join(Networks, ", "))})
	}
	for _, p := range c.Providers {
		u, err := url.Parse(p)
		if err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
			// Never echo the URL: provider URLs carry API keys.
			errs = append(errs, &SectionError{"chain", "providers", errors.New("each provider must be an http(s):// or ws(s):// URL")})
			break
		}
	}
	if c.Finality != "safe" && c.Finality != "finalized" {
		if _, err := strconv.ParseUint(c.Finality, 10, 64); err != nil {
			errs = append(errs, &SectionError{"chain", "finality", fmt.Errorf("%q is not safe, finalized or a block depth", c.Finality)})
		}
	}
	if c.PollInterval <= 0 {
		errs = append(errs, &SectionError{"chain", "poll_interval", errors.New("must be positive")})
	}
	if c.RequestTimeout <= 0 {
		errs = append(errs, &SectionError{"chain", "request_timeout", errors.New("must be positive")})
	}
	if c.MaxLogRange == 0 {
		errs = append(errs, &SectionError{"chain", "max_log_range", errors.New("must be at least 1")})
	}
	for key, v := range map[string]string{"rewards_contract": c.RewardsContract, "pool_contract": c.PoolContract, "factory_contract": c.FactoryContract} {
		if v != "" && !isHexAddress(v) {
			errs = append(errs, &SectionError{"chain", key, fmt.Errorf("%q is not a 0x-prefixed 20-byte hex address", v)})
		}
	}
	if c.Network == "devnet" && len(c.Providers) > 0 && (c.RewardsContract == "" || c.PoolContract == "" || c.FactoryContract == "") {
		errs = append(errs, &SectionError{"chain", "rewards_contract", errors.New("devnet has no preset contracts: set chain.rewards_contract, chain.pool_contract and chain.factory_contract")})
	}
	return errors.Join(errs...)
}

func isHexAddress(s string) bool {
	if len(s) != 42 || (s[:2] != "0x" && s[:2] != "0X") {
		return false
	}
	for _, r := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
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

func (s Storage) validate() error {
	var errs []error
	if err := checkHostPort(s.Listen); err != nil {
		errs = append(errs, &SectionError{"storage", "listen", err})
	}
	if s.MaxDBSizeMB < 16 {
		errs = append(errs, &SectionError{"storage", "max_db_size_mb", fmt.Errorf("%d MiB is too small (at least 16)", s.MaxDBSizeMB)})
	}
	if s.ReapEvery <= 0 {
		errs = append(errs, &SectionError{"storage", "reap_every", errors.New("must be positive")})
	}
	return errors.Join(errs...)
}

func (r RPC) validate() error {
	if r.Listen == "" {
		return nil
	}
	if err := checkHostPort(r.Listen); err != nil {
		return &SectionError{"rpc", "listen", err}
	}
	return nil
}

func (n Network) validate() error {
	var errs []error
	if n.PublicIP != "" {
		ip, err := netip.ParseAddr(n.PublicIP)
		if err != nil || !ip.Is4() || ip.IsUnspecified() {
			errs = append(errs, &SectionError{"network", "public_ip", fmt.Errorf("%q is not a usable IPv4 address", n.PublicIP)})
		} else if !n.AllowPrivate && (ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast()) {
			errs = append(errs, &SectionError{"network", "public_ip", fmt.Errorf("%s is not a public address (set network.allow_private on a devnet)", n.PublicIP)})
		}
	}
	for _, s := range n.Seeds {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			errs = append(errs, &SectionError{"network", "seeds", fmt.Errorf("%q is not an http(s) URL", s)})
		}
	}
	if n.AnnounceInterval < time.Second {
		errs = append(errs, &SectionError{"network", "announce_interval", errors.New("must be at least 1s")})
	}
	return errors.Join(errs...)
}

func (o Onion) validate() error {
	if o.ProxyRate < 0 {
		return &SectionError{"onion", "proxy_rate", errors.New("must not be negative")}
	}
	return nil
}

func (l Liveness) validate() error {
	if l.LiquidateAfter < time.Minute {
		return &SectionError{"liveness", "liquidate_after", errors.New("must be at least 1m")}
	}
	return nil
}
