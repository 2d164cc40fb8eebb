// Package bls implements the BLS signature scheme of the Session Token staking
// contracts (session-foundation/session-token-contracts, ServiceNodeRewards and
// libraries/BN256G2.sol) on BN254 (alt_bn128), byte for byte as the contract
// checks it on Arbitrum and as oxend (oxen-core src/bls) produces it.
//
// Scheme:
//
//   - A secret key is a 32-byte big-endian scalar, not reduced mod r (oxend's
//     key_bls file format). A public key is sk·G1 with G1 = (1, 2), encoded as
//     64 bytes X ‖ Y big-endian, the contract's BLSPublicKey.
//   - Messages are hashed to G2 with the contract's try-and-increment map (see
//     [HashToG2]); a signature is sk·H(m) on G2, encoded as 128 bytes in the
//     contract's BLSSignatureParams order sigs0..sigs3 = X.real, X.imag,
//     Y.real, Y.imag. (The EVM pairing precompile takes the imaginary part of
//     each coordinate first; the contract does that swap itself, so
//     [Signature.Words] are passed to it unchanged.)
//   - Verification is the contract's pairing check e(G1, σ)·e(−pk, H(m)) == 1.
//     Aggregation is point addition on both groups; the contract verifies an
//     aggregate against its stored sum of all keys minus the non-signers' keys
//     ([SubtractPublicKeys]).
//   - Every signed message starts with a 32-byte domain tag, keccak256(base ‖
//     uint256(chainid) ‖ rewards contract), and the hash-to-G2 DST is the tag of
//     [BaseHashToField] for the same chain and contract ([Domain]).
//
// Parsing validates: public keys must be on the curve and not the identity;
// signatures must be on the twist, in the order-r subgroup (as the precompile
// requires) and not the identity. Verify never panics on bad input; it
// returns false.
//
// Arithmetic comes from gnark-crypto's ecc/bn254. Only the Session-specific
// parts (the Keccak expand_message_xmd, mcl's Fp2 square root, the exact
// cofactor clearing, the encodings and the message formats) live here.
//
// All functions are safe for concurrent use.
package bls
