package bls

import (
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Signature is a BLS signature: a G2 point encoded in the contract's
// BLSSignatureParams order sigs0..sigs3 = X.real ‖ X.imag ‖ Y.real ‖ Y.imag,
// each a 32-byte big-endian field element. This is also the order oxend
// prints and sends (bls_signature, the "signature" of bls_rewards_request).
type Signature [SignatureSize]byte

// ParseSignature decodes and validates a 128-byte signature: every word
// below p, the point on the twist, in the order-r subgroup (the pairing
// precompile rejects anything else) and not the identity.
func ParseSignature(b []byte) (Signature, error) {
	var s Signature
	if len(b) != SignatureSize {
		return s, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSignature, len(b), SignatureSize)
	}
	copy(s[:], b)
	if _, err := s.Point(); err != nil {
		return Signature{}, err
	}
	return s, nil
}

// SignatureFromHex parses a hex signature (256 hex digits, optional 0x).
func SignatureFromHex(str string) (Signature, error) {
	b, err := decodeHex(str)
	if err != nil {
		return Signature{}, fmt.Errorf("%w: %w", ErrInvalidSignature, err)
	}
	return ParseSignature(b)
}

// SignatureFromWords builds a signature from the contract's sigs0..sigs3.
func SignatureFromWords(w [4]*big.Int) (Signature, error) {
	var s Signature
	for i, v := range w {
		if !fitsWord(v) {
			return Signature{}, fmt.Errorf("%w: sigs%d out of range", ErrInvalidSignature, i)
		}
		v.FillBytes(s[32*i : 32*i+32])
	}
	return ParseSignature(s[:])
}

// Words returns sigs0..sigs3 for a BLSSignatureParams call argument.
func (s Signature) Words() [4]*big.Int {
	var w [4]*big.Int
	for i := range w {
		w[i] = new(big.Int).SetBytes(s[32*i : 32*i+32])
	}
	return w
}

// Point decodes and validates s (see ParseSignature).
func (s Signature) Point() (bn254.G2Affine, error) {
	var p bn254.G2Affine
	for i, e := range g2Words(&p) {
		if err := e.SetBytesCanonical(s[32*i : 32*i+32]); err != nil {
			return p, fmt.Errorf("%w: sigs%d not below the field modulus", ErrInvalidSignature, i)
		}
	}
	if p.IsInfinity() {
		return p, fmt.Errorf("%w: point at infinity", ErrInvalidSignature)
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: not on the twist", ErrInvalidSignature)
	}
	if !p.IsInSubGroup() {
		return p, fmt.Errorf("%w: not in the G2 subgroup", ErrInvalidSignature)
	}
	return p, nil
}

// Hex returns the signature as 256 lowercase hex digits without 0x.
func (s Signature) Hex() string { return hex.EncodeToString(s[:]) }

// String returns s.Hex().
func (s Signature) String() string { return s.Hex() }

// MarshalText implements encoding.TextMarshaler (hex, no 0x).
func (s Signature) MarshalText() ([]byte, error) { return []byte(s.Hex()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it validates the
// signature.
func (s *Signature) UnmarshalText(text []byte) error {
	v, err := SignatureFromHex(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// EncodeG2 encodes a G2 point in the contract's sigs0..sigs3 order (the
// identity encodes as all zeros). It does not validate p.
func EncodeG2(p *bn254.G2Affine) Signature {
	var s Signature
	for i, e := range g2Words(p) {
		b := e.Bytes()
		copy(s[32*i:32*i+32], b[:])
	}
	return s
}

// g2Words returns the coordinates of p in sigs0..sigs3 order.
func g2Words(p *bn254.G2Affine) [4]*fp.Element {
	return [4]*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1}
}

// AggregateSignatures returns the sum of the signatures, which verifies
// against the sum of the signers' keys. It fails with ErrEmpty for none, a
// wrapped ErrInvalidSignature if one does not parse, and ErrInfinity if the
// sum is the identity.
func AggregateSignatures(sigs ...Signature) (Signature, error) {
	if len(sigs) == 0 {
		return Signature{}, ErrEmpty
	}
	var acc bn254.G2Jac
	if err := addG2(&acc, sigs, false); err != nil {
		return Signature{}, err
	}
	return g2Result(&acc)
}

// SubtractSignatures returns agg − Σ sub, for instance to drop signatures
// that failed individual verification from an aggregate (oxend's
// signature_aggregator::subtract).
func SubtractSignatures(agg Signature, sub ...Signature) (Signature, error) {
	var acc bn254.G2Jac
	if err := addG2(&acc, []Signature{agg}, false); err != nil {
		return Signature{}, err
	}
	if err := addG2(&acc, sub, true); err != nil {
		return Signature{}, err
	}
	return g2Result(&acc)
}

// addG2 adds (or, with negate, subtracts) the signatures into acc. Any G2Jac
// with Z = 0, including the zero value, is the identity for AddMixed.
func addG2(acc *bn254.G2Jac, sigs []Signature, negate bool) error {
	for i := range sigs {
		p, err := sigs[i].Point()
		if err != nil {
			return fmt.Errorf("signature %d: %w", i, err)
		}
		if negate {
			p.Neg(&p)
		}
		acc.AddMixed(&p)
	}
	return nil
}

func g2Result(acc *bn254.G2Jac) (Signature, error) {
	var p bn254.G2Affine
	p.FromJacobian(acc)
	if p.IsInfinity() {
		return Signature{}, ErrInfinity
	}
	return EncodeG2(&p), nil
}
