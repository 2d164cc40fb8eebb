package peer

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/db"
	"github.com/sessiond/sessiond/internal/version"
)

// Defaults of Options.
const (
	DefaultAnnounceInterval = 30 * time.Minute
	DefaultSyncInterval     = 10 * time.Minute
	DefaultGossipFanout     = 6
	// DefaultGossipDelay gathers announcements accepted close together into
	// one push.
	DefaultGossipDelay = 500 * time.Millisecond
	// DefaultFlushInterval is how often accepted announcements reach bbolt.
	DefaultFlushInterval = 2 * time.Second
)

// DefaultStorageVersion is the storage server version announced when
// Options.StorageVersion is zero; keep it equal to storage.DefaultVersion
// (the node passes that one explicitly).
var DefaultStorageVersion = [3]uint16{2, 11, 0}

// Options configure a Service. The first group maps the node's network
// config; the second are dependencies the node wires in.
type Options struct {
	// PublicIP is this node's public IPv4 address. Invalid (zero) disables
	// announcing: the node still learns its peers.
	PublicIP netip.Addr
	// HTTPSPort is the storage HTTPS port (22021), where /snode/v1 is served.
	HTTPSPort uint16
	// RPCPort is the plain-HTTP JSON-RPC port (22023), 0 if disabled.
	RPCPort uint16
	// QUICPort is the storage QUIC/OMQ port, 0 if none.
	QUICPort uint16
	// Seeds are other nodes' URLs to bootstrap from: an HTTPS base URL
	// ("https://ip:22021") is asked for its announcements directly; a URL
	// whose path is /json_rpc ("http://ip:22023/json_rpc") is asked for
	// get_service_nodes, and the nodes it lists are asked in turn.
	Seeds []string
	// AllowPrivate accepts non-public peer addresses (devnets, tests).
	AllowPrivate bool
	// AnnounceInterval is how often this node signs and pushes its
	// announcement; 0 means DefaultAnnounceInterval.
	AnnounceInterval time.Duration
	// SyncInterval is how often the whole announcement set is pulled from one
	// random peer (from the seeds while no peer is known); 0 means
	// DefaultSyncInterval.
	SyncInterval time.Duration
	// GossipFanout is how many random peers each announcement is pushed to;
	// 0 means DefaultGossipFanout.
	GossipFanout int
	// GossipDelay is how long newly accepted announcements wait to be pushed
	// on together; 0 means DefaultGossipDelay.
	GossipDelay time.Duration
	// RequestTimeout bounds each node-to-node request; 0 means DefaultTimeout.
	RequestTimeout time.Duration
	// MaxAnnouncementAge is the oldest announcement accepted; 0 means
	// DefaultMaxAge. Keep it several AnnounceIntervals.
	MaxAnnouncementAge time.Duration

	// Identity is the node's Ed25519 key. Required.
	Identity ed25519.PrivateKey
	// Members decides which nodes are admitted (RegistryMembers over the
	// node's registry). Required.
	Members Members
	// DB persists the directory; nil keeps it in memory.
	DB *db.DB
	// Transport and DialContext replace the HTTPS transport or its dialer
	// (see ClientOptions).
	Transport   http.RoundTripper
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// Registerer receives the sessiond_peer_* metrics; nil: not registered.
	Registerer prometheus.Registerer
	// Logger may be nil.
	Logger *zap.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Version is the announced sessiond version; "" means version.Version.
	Version string
	// StorageVersion is the announced storage server version; zero means
	// DefaultStorageVersion.
	StorageVersion [3]uint16
	// FlushInterval is how often the directory is written to bbolt; 0 means
	// DefaultFlushInterval.
	FlushInterval time.Duration
}

func (o *Options) setDefaults() {
	if o.AnnounceInterval <= 0 {
		o.AnnounceInterval = DefaultAnnounceInterval
	}
	if o.SyncInterval <= 0 {
		o.SyncInterval = DefaultSyncInterval
	}
	if o.GossipFanout <= 0 {
		o.GossipFanout = DefaultGossipFanout
	}
	if o.GossipDelay <= 0 {
		o.GossipDelay = DefaultGossipDelay
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultTimeout
	}
	if o.MaxAnnouncementAge <= 0 {
		o.MaxAnnouncementAge = DefaultMaxAge
	}
	if o.Logger == nil {
		o.Logger = zap.NewNop()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Version == "" {
		o.Version = version.Version
	}
	if o.StorageVersion == ([3]uint16{}) {
		o.StorageVersion = DefaultStorageVersion
	}
	if o.FlushInterval <= 0 {
		o.FlushInterval = DefaultFlushInterval
	}
}

// validate checks what setDefaults cannot fix.
func (o *Options) validate() error {
	if len(o.Identity) != ed25519.PrivateKeySize {
		return errors.New("peer: Options.Identity is required")
	}
	if o.Members == nil {
		return errors.New("peer: Options.Members is required")
	}
	if o.PublicIP.IsValid() {
		ip := o.PublicIP.Unmap()
		switch {
		case !ip.Is4():
			return fmt.Errorf("peer: public IP %s is not an IPv4 address", o.PublicIP)
		case !o.AllowPrivate && !IsPublicIPv4(ip):
			return fmt.Errorf("peer: public IP %s is not publicly routable (private addresses are only allowed on devnets)", o.PublicIP)
		case o.HTTPSPort == 0:
			return errors.New("peer: the HTTPS port is required to announce")
		}
		o.PublicIP = ip
	}
	if len(o.Version) > MaxVersionLen {
		o.Version = o.Version[:MaxVersionLen]
	}
	for _, s := range o.Seeds {
		if _, err := parseSeed(s); err != nil {
			return err
		}
	}
	return nil
}

// seed is a parsed Options.Seeds entry.
type seed struct {
	raw     string
	jsonRPC bool   // a JSON-RPC endpoint (path /json_rpc)
	base    string // HTTPS base URL, for node seeds
}

func parseSeed(s string) (seed, error) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return seed{}, fmt.Errorf("peer: seed %q: want an https://host:port node URL or an http(s)://host:port/json_rpc URL", s)
	}
	if u.Path == "/json_rpc" {
		return seed{raw: s, jsonRPC: true}, nil
	}
	if u.Scheme != "https" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return seed{}, fmt.Errorf("peer: seed %q: a node seed is an https://host:port URL without a path", s)
	}
	return seed{raw: s, base: "https://" + u.Host}, nil
}
