// Package peer is the node-to-node layer: an authenticated HTTPS transport between
// Session Nodes, signed node announcements that tell every node where its
// peers listen, and the network map that joins the registry, the swarms and
// those announcements into one view of the network.
//
// # Transport
//
// Nodes talk over HTTPS under /snode/v1/, on the same port as clients. A node
// connecting to another sends the TLS server name [ServerName]; for those
// connections the server presents a certificate for its Ed25519 node key and
// requires one from the client ([ServerTLSConfig], [ClientTLSConfig]), so the
// TLS 1.3 handshake proves both keys once per connection. [Auth] then admits
// a request by the client's proven key: a sender that is not a registered node
// (through [Members]), or a request that names another node as its recipient
// (HeaderRecipient; required except on GET), gets 401. [Client] checks after
// each exchange that the answer came from the key it meant. Session clients
// send no server name and see the ordinary self-signed certificate.
//
// Requests on connections without a proven key can be signed instead (a
// [ClientOptions.Signed] client): they carry the sender's key, a timestamp and
// a signature over the method, the request target, the recipient, the
// sender, the timestamp and the SHA-256 of the body ([RequestMessage]
// documents the exact bytes); a timestamp outside ±60 s or a bad signature
// gets 401, and the answer is signed too, bound to the request's signature
// ([ResponseMessage]). A Client whose peer proves no key in its handshake (a
// node older than the TLS identity) signs its requests to that peer from then
// on, so a network can be upgraded node by node. The handshake replaces about
// 40 % of the CPU a relayed onion hop cost with a signature on every request
// and answer.
//
// On those TLS connections nodes speak frames rather than HTTP/1.1 when both
// sides can: the client offers the ALPN protocol [FrameProto] and a server
// that serves it ([FrameServer], [OfferFrames]) selects it. A frame carries
// the same request or answer as HTTP (method, target, headers, body; status,
// headers, body) in a binary layout, many requests share one connection and
// are answered in any order, writes queued together leave in one system call,
// and the server runs each request through the same handler and [Auth] as
// HTTP. A server that selects "http/1.1" (an older node) is sent HTTP
// requests, and is offered frames again after 10 minutes. Frames cut a
// relayed onion hop's CPU by about a fifth against HTTP keep-alive.
//
// Either way the authenticated sender reaches handlers through the request
// context ([SenderFrom]). Requests time out after 5 s by default; tests
// partition peers through the injectable dialer or round tripper.
//
// # Announcements
//
// Each node periodically signs an [Announcement] (Ed25519 key, public IPv4,
// HTTPS, JSON-RPC and QUIC ports, versions, timestamp; byte layout in
// [Announcement.Message]) and pushes it to a random sample of peers
// (POST /snode/v1/announce). A receiver keeps it in its [Directory] if the key
// is a registered node's, the signature is by that key (so nobody can announce
// for another node), the timestamp is fresh (at most 10 min ahead of the local
// clock, at most two hours old) and newer than the one held, and, unless
// private addresses are allowed (devnets), the address is publicly routable.
// Newly accepted announcements are pushed on to a bounded random sample of
// peers (gossip); every node also periodically pulls the whole set from one
// random peer (GET /snode/v1/announcements), which repairs what gossip missed.
// A new node bootstraps from network.seeds: other nodes' HTTPS base URLs, or
// JSON-RPC URLs (path /json_rpc) whose get_service_nodes answer names peers to
// pull from. The directory persists in bbolt (schema.go) so a restart knows
// its peers.
//
// # Network map
//
// [NetworkMap] combines the registry's active nodes, the swarm map and the
// directory into [NodeInfo] records in a [Snapshot], the one view that the
// json_rpc node list, get_swarm and the 421 answers read.
//
// # Concurrency
//
// Client, Auth, Mux, Directory, Service and NetworkMap are safe for concurrent
// use. Directory and NetworkMap each guard their state with one mutex and
// never call out while holding it, except Directory calling Members (which
// must not call back into the directory).
package peer
