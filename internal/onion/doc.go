// Package onion is the network-free core of Session onion requests: the hop
// ciphers, the "v2" framing, the per-hop dispatch decision, the final node's
// reply encoding, and a client-side onion builder. It follows
// /work/shared/spec/onion.md and upstream session-storage-server
// (oxenss/crypto/channel_encryption.cpp, oxenss/rpc/onion_processing.cpp,
// oxenss/rpc/request_handler.cpp) and libsession-util (src/onionreq/). The
// crypto, framing and parsing files do no I/O; [Handler] (handler.go) is the
// node side that serves them over HTTP.
//
// # Ciphers
//
// Every hop is encrypted to the hop's X25519 key with a fresh ephemeral X25519
// key of the client. The shared secret S = X25519(secret, peer public) becomes
// a 32-byte layer key:
//
//   - aes-gcm: HMAC-SHA256(key = "LOKI", message = S); AES-256-GCM, wire form
//     12-byte IV ‖ ciphertext ‖ 16-byte tag (+28 bytes);
//   - xchacha20: unkeyed BLAKE2b-256(S ‖ client public ‖ node public);
//     XChaCha20-Poly1305-IETF, wire form 24-byte nonce ‖ ciphertext ‖ tag
//     (+40 bytes).
//
// No AAD is used. The same layer key encrypts the final node's reply. See
// [DeriveKey], [LayerKey], [Encrypt] and [Decrypt]; [Role] says which side
// the local key pair belongs to (it only matters for xchacha20).
//
// # Framing
//
// Each layer is [uint32 LE N][N bytes][UTF-8 JSON to the end]. [ParseFrame]
// splits it, [BuildFrame] joins it, and [ParseEntryRequest] reads the first
// hop's outer metadata (ephemeral_key, enc_type, hop_no).
//
// # Per-hop processing
//
// A node calls [OpenLayer] with its X25519 key pair. It decrypts the layer and
// runs [ParseInner], which decides, in upstream's order:
//
//  1. "headers" present: [*FinalDestination] (the body is the client RPC
//     request; "json" and "base64" select the reply encoding);
//  2. "host" present: [*ProxyToServer] (the whole plaintext is POSTed to the
//     server; check it with [ProxyToServer.Validate] first);
//  3. otherwise: [*RelayToNode] (forward the inner ciphertext to the node
//     whose Ed25519 key is "destination").
//
// Failures are [*Error] values carrying the HTTP status and body text upstream
// answers with, and whether that answer is encrypted to the client. Encrypted
// answers (and every final-destination reply) go out as HTTP 200 with the
// real status inside the encrypted {"body","status"} JSON; see [SealReply].
//
// Hop numbers: [EntryHopNo], [NextHopNo], [ReceivedHopNo], [CheckHopNo] and
// [MaxHops].
//
// # Client side
//
// [Builder] builds a request the way libsession-util's onionreq::Builder does
// (a path of relay hops followed by a service-node or HTTP-server destination)
// and returns an [Onion] that can open the destination's reply.
//
// # Node handler
//
// [NewHandler] builds the node side: [Handler.Entry] serves POST /onion_req/v2
// on the storage HTTPS port, [Handler.Relay] serves POST /snode/v1/onion_req
// behind peer authentication (the sn.onion_request equivalent; its body is
// the bencoded {"data","enc_type","ephemeral_key","hop_no"} dict of
// [EncodeRelay]). A final layer runs the storage RPC and encrypts the reply
// once; a relay layer sends the inner ciphertext to the next registered node
// and passes its answer up unchanged (502 "Next node not found: <pk>", 502
// "Next node unreachable: <pk>", 504 "Request time out"); a proxy layer POSTs
// the plaintext to an HTTP(S) server (25 s, size-capped, rate-limited, and by
// default refused for private, loopback and link-local addresses, checked on
// the dialed address). Metrics: sessiond_onion_requests_total{via,outcome}
// and sessiond_onion_hop_duration_seconds{route}. [BEncode], [BDecode],
// [V4Request] and [ParseV4] are the bencode helpers for relay payloads and
// v4 server requests (spec §7).
package onion
