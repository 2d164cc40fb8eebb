// Package keys holds a node's identity: the Ed25519 key (which is also its
// X25519 onion key, converted as libsodium does) and the BN254 BLS key the
// staking contract knows it by. Key files use oxend's on-disk formats, so an
// Oxen service node's data can be imported unchanged:
//
//	key_ed25519  64 bytes: libsodium secret key, seed then public key
//	key_bls      32 bytes: BLS secret scalar, big-endian
//
// Files are written 0600 and loading refuses files readable by group or
// others. Secrets never appear in errors or logs.
package keys
