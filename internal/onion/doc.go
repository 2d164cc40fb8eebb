// Package onion is the network-free core of Session onion requests: the hop
// ciphers, the "v2" framing, the per-hop dispatch decision, the final node's
// reply encoding, and a client-side onion builder. It follows
// /work/shared/spec/onion.md and upstream session-storage-server
// (oxenss/crypto/channel_encryption.cpp, oxenss/rpc/onion_processing.cpp,
// oxenss/rpc/request_handler.cpp) and libsession-util (src/onionreq/). It does
// no I/O: transports (HTTPS, QUIC, node-to-node relaying) live elsewhere and
// call into this package.
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
package onion
