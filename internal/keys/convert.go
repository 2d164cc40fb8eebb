package keys

import (
	"crypto/ed25519"
	"crypto/sha512"
	"errors"
	"fmt"

	"filippo.io/edwards25519"
)

// ErrBadEd25519Key is returned when bytes do not decode to an Ed25519 point.
var ErrBadEd25519Key = errors.New("keys: invalid ed25519 public key")

// Ed25519PublicToX25519 converts an Ed25519 public key to its X25519 (Montgomery u)
// form, byte-for-byte as libsodium's crypto_sign_ed25519_pk_to_curve25519.
func Ed25519PublicToX25519(pub []byte) ([32]byte, error) {
	var out [32]byte
	if len(pub) != ed25519.PublicKeySize {
		return out, fmt.Errorf("%w: %d bytes, want %d", ErrBadEd25519Key, len(pub), ed25519.PublicKeySize)
	}
	p, err := new(edwards25519.Point).SetBytes(pub)
	if err != nil {
		return out, ErrBadEd25519Key
	}
	copy(out[:], p.BytesMontgomery())
	return out, nil
}

// Ed25519SeedToX25519Secret derives the X25519 secret scalar from an Ed25519 seed
// as libsodium's crypto_sign_ed25519_sk_to_curve25519 does: the first 32 bytes of
// SHA-512(seed), clamped.
func Ed25519SeedToX25519Secret(seed []byte) ([32]byte, error) {
	var out [32]byte
	if len(seed) != ed25519.SeedSize {
		return out, fmt.Errorf("keys: ed25519 seed is %d bytes, want %d", len(seed), ed25519.SeedSize)
	}
	h := sha512.Sum512(seed)
	copy(out[:], h[:32])
	out[0] &= 248
	out[31] &= 127
	out[31] |= 64
	return out, nil
}
