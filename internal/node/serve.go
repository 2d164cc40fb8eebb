package node

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"

	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/replica"
	"github.com/sessiond/sessiond/internal/rpc"
	"github.com/sessiond/sessiond/internal/storage"
	"github.com/sessiond/sessiond/internal/swarm"
)

// startNetwork starts the peer service (announcements, /snode/v1), the
// network map, the message store and the HTTP servers: the client HTTPS
// server (storage RPC, json_rpc, node-to-node) and plain-HTTP json_rpc.
func (n *Node) startNetwork(ctx context.Context) error {
	c := n.cfg
	lg := n.lg
	var publicIP netip.Addr
	if c.Network.PublicIP != "" {
		publicIP = netip.MustParseAddr(c.Network.PublicIP) // validated by config
	}
	var rpcPort uint16

	// Listeners first: a port in use fails start-up before anything runs, and
	// port 0 (tests) resolves to the real port the node announces.
	j := rpc.NewJSONRPC(lg.Named("json_rpc"))
	var plain *rpc.Plain
	if c.RPC.Listen != "" {
		p, err := rpc.NewPlain(c.RPC.Listen, j, lg.Named("json_rpc"))
		if err != nil {
			return err
		}
		plain = p
		rpcPort = uint16(p.Addr().(*net.TCPAddr).Port)
		n.stops = append(n.stops, stopFunc{"json_rpc server", p.Close})
	}

	view := &swarmView{}          // its network map is set below, before anything serves
	fwd := replica.NewForwarder() // bound to the peer client below
	st, err := storage.Open(n.db, storage.Options{
		Identity:   n.opts.Identity.Ed25519,
		Swarm:      view,
		Forwarder:  fwd,
		Oxend:      oxendRPC{j},
		Now:        n.opts.Now,
		MaxDBSize:  int64(c.Storage.MaxDBSizeMB) << 20,
		ReapPeriod: c.Storage.ReapEvery,
	}, lg.Named("storage"), n.reg)
	if err != nil {
		return err
	}
	n.store = st
	if err := st.Start(); err != nil {
		return err
	}
	n.stops = append(n.stops, stopFunc{"storage", st.Close})

	// Other nodes connect with peer.ServerName and prove their keys in the
	// TLS handshake; clients get the certificate above.
	peerTLS, err := peer.ServerTLSConfig(n.opts.Identity.Ed25519, n.opts.Now())
	if err != nil {
		return err
	}
	// Every node-to-node request checks its sender's registration: from
	// memory, reset at each registry advance.
	members := peer.NewCachedMembers(peer.RegistryMembers(n.registry))
	// They speak frames (peer.FrameProto) rather than HTTP when both sides
	// can.
	frames := peer.NewFrameServer(peer.FrameServerOptions{Members: members, Logger: lg.Named("peer"), Registerer: n.reg})
	ss, err := rpc.NewStorageServer(rpc.StorageServerConfig{
		Addr:         c.Storage.Listen,
		TLSDir:       n.opts.DataDir,
		Handler:      st,
		Ready:        n.health,
		Version:      st.VersionString(),
		PubkeyLegacy: n.opts.Identity.Ed25519Public(),
		Now:          n.opts.Now,

		ConfigForClient: peer.SelectPeerTLS(peer.OfferFrames(peerTLS)),
		NextProtos:      map[string]func(*http.Server, *tls.Conn, http.Handler){peer.FrameProto: frames.ServeConn},
		OnShutdown:      []func(){frames.Shutdown},
	}, lg.Named("https"), n.reg)
	if err != nil {
		return err
	}
	svc, err := peer.New(peer.Options{
		PublicIP:         publicIP,
		HTTPSPort:        uint16(ss.Addr().(*net.TCPAddr).Port),
		RPCPort:          rpcPort,
		Seeds:            c.Network.Seeds,
		AllowPrivate:     c.Network.AllowPrivate,
		AnnounceInterval: c.Network.AnnounceInterval,
		Identity:         n.opts.Identity.Ed25519,
		DialContext:      n.peerDialer(),
		Members:          members,
		DB:               n.db,
		Registerer:       n.reg,
		Logger:           lg.Named("peer"),
		Now:              n.opts.Now,
		StorageVersion:   [3]uint16{uint16(storage.DefaultVersion[0]), uint16(storage.DefaultVersion[1]), uint16(storage.DefaultVersion[2])},
	})
	if err != nil {
		return err
	}
	nm := peer.NewNetworkMap(peer.MapOptions{Registry: n.registry, Swarms: n.registry, Contacts: svc.Directory(), Self: svc.Self()})
	n.netmap = nm
	rpc.RegisterServiceNodes(j, nm, rpc.ServiceNodesOptions{})

	view.nm = nm
	if err := registerSwarmMetrics(n.reg, nm); err != nil {
		return err
	}
	rep, err := replica.New(replica.Options{Store: st, Client: svc.Client(), Map: nm,
		Identity: n.opts.Identity.Ed25519, Forwarder: fwd, Logger: lg.Named("replica"),
		Registerer: n.reg, Now: n.opts.Now, DialContext: n.peerDialer(),
		OnReady: func(r string) { n.health.Set("replica", r) }})
	if err != nil {
		return err
	}
	rep.Mount(svc)
	n.reachability = rep
	// Clients get 503 until the first sync with the swarm has run.
	n.health.Set("replica", "starting")
	if err := n.mountOnion(ss, svc, st, nm); err != nil {
		return err
	}
	if err := n.startSigning(svc, j); err != nil {
		return err
	}
	ss.Handle("POST /json_rpc", j)
	ss.HandlePrefix("/snode/v1/", svc.Handler())
	n.https = ss

	// Peer traffic runs until the node context ends (stop step 2).
	n.goAttach(func(ctx context.Context) {
		if err := svc.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			lg.Error("peer service stopped", zap.Error(err))
		}
	})
	n.goAttach(func(ctx context.Context) {
		if err := rep.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
			lg.Error("replica stopped", zap.Error(err))
		}
	})
	n.registry.OnAdvance(func(registry.Block) { members.Reset(); svc.Kick(); rep.Kick() })

	// Servers last: clients are served once everything behind them runs;
	// they stop first.
	ss.Start()
	n.stops = append(n.stops, stopFunc{"https server", ss.Close})
	if plain != nil {
		plain.Start()
	}
	lg.Info("serving", zap.Stringer("https", ss.Addr()), zap.Uint16("json_rpc_port", rpcPort),
		zap.String("public_ip", c.Network.PublicIP))
	if !publicIP.IsValid() {
		lg.Warn("network.public_ip is not set: this node does not announce itself and clients cannot reach it")
	}
	return nil
}

// swarmView answers the storage 421 check from the network map.
type swarmView struct{ nm *peer.NetworkMap }

func (v *swarmView) Lookup(key []byte) (storage.SwarmInfo, bool) {
	s, err := v.nm.Snapshot()
	if err != nil {
		return storage.SwarmInfo{ID: storage.NoSwarmID}, false
	}
	id, members, ours := s.Lookup(key)
	if id == uint64(swarm.UnassignedID) {
		return storage.SwarmInfo{ID: storage.NoSwarmID}, false
	}
	out := storage.SwarmInfo{ID: id}
	for _, m := range members {
		if !m.Reachable() {
			continue // newer storage servers leave out members without contact info
		}
		out.Members = append(out.Members, storage.Contact{
			PubkeyLegacy:  m.PubkeyEd25519,
			PubkeyEd25519: m.PubkeyEd25519,
			PubkeyX25519:  m.PubkeyX25519,
			IP:            m.PublicIP.String(),
			PortHTTPS:     m.StoragePort,
			PortOMQ:       m.StorageQUICPort,
		})
	}
	return out, ours
}

// oxendRPC answers the storage method oxend_request from the node's own
// json_rpc (sessiond has no oxend: the node list is local).
type oxendRPC struct{ j *rpc.JSONRPC }

func (o oxendRPC) OxendRequest(ctx context.Context, endpoint string, params json.RawMessage) (json.RawMessage, error) {
	out, err := o.j.Call(ctx, endpoint, params)
	var re *rpc.RPCError
	if errors.As(err, &re) {
		return nil, &storage.OxendError{Message: re.Message}
	}
	if err != nil {
		return nil, fmt.Errorf("oxend_request %s: %w", endpoint, err)
	}
	return out, nil
}

// peerDialer dials node-to-node connections: through the fault injector on a
// test network with network.fault_injection, else nil (the default dialer).
func (n *Node) peerDialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	if n.faults == nil {
		return nil
	}
	return n.faults.DialContext
}
