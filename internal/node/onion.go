package node

import (
	"time"

	"github.com/sessiond/sessiond/internal/onion"
	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/rpc"
	"github.com/sessiond/sessiond/internal/storage"
)

// mountOnion serves /onion_req/v2 on the HTTPS server and the node-to-node
// relay endpoint on /snode/v1.
func (n *Node) mountOnion(ss *rpc.StorageServer, svc *peer.Service, st *storage.Store, nm *peer.NetworkMap) error {
	id := n.opts.Identity
	xkp, err := onion.KeyPairFromSecret(id.X25519Secret)
	if err != nil {
		return err
	}
	// Relays wait up to upstream's 30 s for the rest of the path, longer than
	// the peer service's own request timeout.
	relay := peer.NewClient(peer.ClientOptions{Identity: id.Ed25519, Timeout: onion.RelayTimeoutSeconds * time.Second, DialContext: n.peerDialer(),
		// Replies of relays are encrypted for the client, who checks them;
		// this node only passes them up.
		UnverifiedResponses: true})
	rate := n.cfg.Onion.ProxyRate
	if rate == 0 {
		rate = -1 // no limit
	}
	h, err := onion.NewHandler(onion.Options{
		X25519:  xkp,
		Ed25519: [32]byte(id.Ed25519Public()),
		Storage: st,
		Peers:   relay,
		Nodes:   onion.SnapshotNodes(nm.Snapshot),
		Proxy: onion.ProxyOptions{
			AllowPrivate:  n.cfg.Onion.ProxyAllowPrivate,
			RatePerSecond: float64(rate),
			UserAgent:     "Oxen Storage Server/" + st.VersionString(),
		},
		Ready:      n.health.Ready,
		Logger:     n.lg.Named("onion"),
		Registerer: n.reg,
		Now:        n.opts.Now,
	})
	if err != nil {
		return err
	}
	ss.Handle("POST "+onion.PathEntry, h.Entry())
	svc.Handle("POST "+onion.PathRelay, h.Relay())
	return nil
}
