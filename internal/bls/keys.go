package bls

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Sizes of the encodings.
const (
	SecretKeySize = 32  // big-endian scalar
	PublicKeySize = 64  // G1: X ‖ Y, 32 bytes big-endian each
	SignatureSize = 128 // G2: X.real ‖ X.imag ‖ Y.real ‖ Y.imag
)

// Errors returned by the parsers and the aggregation functions. Parse errors
// wrap one of the first three, so callers can test them with errors.Is.
var (
	ErrInvalidSecretKey = errors.New("bls: invalid secret key")
	ErrInvalidPublicKey = errors.New("bls: invalid public key")
	ErrInvalidSignature = errors.New("bls: invalid signature")
	// ErrInfinity is returned when an aggregate or difference is the identity
	// point, which has no valid encoding as a key or signature here.
	ErrInfinity = errors.New("bls: result is the point at infinity")
	// ErrEmpty is returned when there is nothing to aggregate.
	ErrEmpty = errors.New("bls: nothing to aggregate")
)

// SecretKey is a BLS secret key in oxend's key_bls format: a 32-byte
// big-endian scalar. It is used as is, not reduced mod r (multiplying by it is
// the same as multiplying by its residue, since G1 and G2 have order r).
//
// String redacts the key; use the bytes (sk[:]) to write it to a key file.
type SecretKey [SecretKeySize]byte

// GenerateSecretKey draws a new secret key from r (crypto/rand.Reader if r
// is nil) as oxend does: 32 random bytes with the top bit cleared. The
// negligible draws that are 0 mod r are rejected and redrawn.
func GenerateSecretKey(r io.Reader) (SecretKey, error) {
	if r == nil {
		r = rand.Reader
	}
	for {
		var sk SecretKey
		if _, err := io.ReadFull(r, sk[:]); err != nil {
			return SecretKey{}, fmt.Errorf("bls: generate secret key: %w", err)
		}
		sk[0] &= 0x7f
		if sk.scalar().Sign() != 0 {
			return sk, nil
		}
	}
}

// ParseSecretKey decodes a 32-byte secret key, such as the content of an
// oxend key_bls file. Any value that is not 0 mod r is accepted, including
// values with the top bit set (oxend never generates those but would use
// them).
func ParseSecretKey(b []byte) (SecretKey, error) {
	var sk SecretKey
	if len(b) != SecretKeySize {
		return sk, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSecretKey, len(b), SecretKeySize)
	}
	copy(sk[:], b)
	if sk.scalar().Sign() == 0 {
		return SecretKey{}, fmt.Errorf("%w: zero mod the group order", ErrInvalidSecretKey)
	}
	return sk, nil
}

// scalar returns sk mod r.
func (sk SecretKey) scalar() *big.Int {
	s := new(big.Int).SetBytes(sk[:])
	return s.Mod(s, fr.Modulus())
}

// PublicKey returns sk·G1.
func (sk SecretKey) PublicKey() PublicKey {
	var p bn254.G1Affine
	p.ScalarMultiplicationBase(sk.scalar())
	return EncodeG1(&p)
}

// String implements fmt.Stringer without revealing the key.
func (sk SecretKey) String() string { return "bls.SecretKey(redacted)" }

// GoString implements fmt.GoStringer without revealing the key.
func (sk SecretKey) GoString() string { return sk.String() }

// PublicKey is a BLS public key: a G1 point encoded as X ‖ Y, each a 32-byte
// big-endian field element, as the contract's BLSPublicKey{X, Y}. The zero
// value is the identity and is not a valid key.
type PublicKey [PublicKeySize]byte

// ParsePublicKey decodes and validates a 64-byte public key: both
// coordinates must be below p, the point must be on the curve and must not be
// the identity.
func ParsePublicKey(b []byte) (PublicKey, error) {
	var pk PublicKey
	if len(b) != PublicKeySize {
		return pk, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidPublicKey, len(b), PublicKeySize)
	}
	copy(pk[:], b)
	if _, err := pk.Point(); err != nil {
		return PublicKey{}, err
	}
	return pk, nil
}

// PublicKeyFromHex parses a hex public key (128 hex digits, optional 0x).
func PublicKeyFromHex(s string) (PublicKey, error) {
	b, err := decodeHex(s)
	if err != nil {
		return PublicKey{}, fmt.Errorf("%w: %w", ErrInvalidPublicKey, err)
	}
	return ParsePublicKey(b)
}

// PublicKeyFromXY builds a public key from the contract's (X, Y) words.
func PublicKeyFromXY(x, y *big.Int) (PublicKey, error) {
	var pk PublicKey
	if !fitsWord(x) || !fitsWord(y) {
		return pk, fmt.Errorf("%w: coordinate out of range", ErrInvalidPublicKey)
	}
	x.FillBytes(pk[0:32])
	y.FillBytes(pk[32:64])
	return ParsePublicKey(pk[:])
}

// Point decodes and validates pk.
func (pk PublicKey) Point() (bn254.G1Affine, error) {
	var p bn254.G1Affine
	if err := p.X.SetBytesCanonical(pk[0:32]); err != nil {
		return p, fmt.Errorf("%w: X not below the field modulus", ErrInvalidPublicKey)
	}
	if err := p.Y.SetBytesCanonical(pk[32:64]); err != nil {
		return p, fmt.Errorf("%w: Y not below the field modulus", ErrInvalidPublicKey)
	}
	if p.IsInfinity() {
		return p, fmt.Errorf("%w: point at infinity", ErrInvalidPublicKey)
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: not on the curve", ErrInvalidPublicKey)
	}
	return p, nil
}

// XY returns the contract's BLSPublicKey words (X, Y).
func (pk PublicKey) XY() (x, y *big.Int) {
	return new(big.Int).SetBytes(pk[0:32]), new(big.Int).SetBytes(pk[32:64])
}

// Hex returns the key as 128 lowercase hex digits without 0x, as oxend's RPC
// prints it.
func (pk PublicKey) Hex() string { return hex.EncodeToString(pk[:]) }

// String returns pk.Hex().
func (pk PublicKey) String() string { return pk.Hex() }

// MarshalText implements encoding.TextMarshaler (hex, no 0x).
func (pk PublicKey) MarshalText() ([]byte, error) { return []byte(pk.Hex()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it validates the key.
func (pk *PublicKey) UnmarshalText(text []byte) error {
	v, err := PublicKeyFromHex(string(text))
	if err != nil {
		return err
	}
	*pk = v
	return nil
}

// EncodeG1 encodes a G1 point as X ‖ Y (the identity encodes as all zeros).
func EncodeG1(p *bn254.G1Affine) PublicKey {
	var pk PublicKey
	x, y := p.X.Bytes(), p.Y.Bytes()
	copy(pk[0:32], x[:])
	copy(pk[32:64], y[:])
	return pk
}

// AggregatePublicKeys returns the sum of the keys. It fails with ErrEmpty for
// no keys, with a wrapped ErrInvalidPublicKey if one does not parse, and
// with ErrInfinity if the sum is the identity.
func AggregatePublicKeys(pks ...PublicKey) (PublicKey, error) {
	if len(pks) == 0 {
		return PublicKey{}, ErrEmpty
	}
	var acc bn254.G1Jac
	if err := addG1(&acc, pks, false); err != nil {
		return PublicKey{}, err
	}
	return g1Result(&acc)
}

// SubtractPublicKeys returns agg − Σ sub. With agg the contract's aggregate
// of every registered key and sub the non-signers' keys, the result is the key
// the contract checks an aggregate signature against.
func SubtractPublicKeys(agg PublicKey, sub ...PublicKey) (PublicKey, error) {
	var acc bn254.G1Jac
	if err := addG1(&acc, []PublicKey{agg}, false); err != nil {
		return PublicKey{}, err
	}
	if err := addG1(&acc, sub, true); err != nil {
		return PublicKey{}, err
	}
	return g1Result(&acc)
}

// addG1 adds (or, with negate, subtracts) the keys into acc. Any G1Jac with
// Z = 0, including the zero value, is the identity for AddMixed.
func addG1(acc *bn254.G1Jac, pks []PublicKey, negate bool) error {
	for i := range pks {
		p, err := pks[i].Point()
		if err != nil {
			return fmt.Errorf("key %d: %w", i, err)
		}
		if negate {
			p.Neg(&p)
		}
		acc.AddMixed(&p)
	}
	return nil
}

func g1Result(acc *bn254.G1Jac) (PublicKey, error) {
	var p bn254.G1Affine
	p.FromJacobian(acc)
	if p.IsInfinity() {
		return PublicKey{}, ErrInfinity
	}
	return EncodeG1(&p), nil
}

// decodeHex decodes hex with an optional 0x prefix.
func decodeHex(s string) ([]byte, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	return hex.DecodeString(s)
}

// fitsWord reports whether v is a valid uint256.
func fitsWord(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.BitLen() <= 256 }
