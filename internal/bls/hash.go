package bls

import (
	"errors"
	"hash"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"golang.org/x/crypto/sha3"
)

// This file is the contract's BN256G2.hashToG2(message, hashToG2Tag)
// (session-token-contracts contracts/libraries/BN256G2.sol, after the Zellic
// audit fixes), step by step:
//
//  1. for i = 0, 1, ..., 255: u = expand_message_xmd(message ‖ byte(i), DST,
//     128) with Keccak-256 (RFC 9380 §5.3.1, b_in_bytes 32, s_in_bytes 136);
//  2. x = (u[0:48] mod p) + (u[48:96] mod p)·i, sign bit u[127] & 1;
//  3. y = FQ2Sqrt(x³ + b'), the square root of herumi/mcl's Fp2::squareRoot;
//     reject y unless both of its components are non-zero and (x, y) is on
//     the twist; negate y if the sign bit is 1;
//  4. clear the cofactor: [z]P + ψ([3z]P) + ψ²([z]P) + ψ³(P).
//
// The counter is a Solidity uint8, so the contract reverts after 256 failed
// tries; each try succeeds with probability about 1/2.
//
// The contract's assembly expand_message_xmd never writes two bytes of b0's
// input (the high byte of I2OSP(128, 2) and the I2OSP(0, 1) separator) when
// (len(message)+1) mod 32 is 0, 30 or 31; it hashes whatever memory holds
// there. Here they are zero, as RFC 9380 says. They were zero too when the
// library, built with the contract's solc 0.8.30 settings, ran in an EVM on
// random messages of every length 0..69 (and longer ones) and agreed with this
// code. None of the four Session message formats has such a length (148, 84
// and 128 bytes), so only other uses could ever notice.

// ErrHashToG2Failed is returned when no counter 0..255 gives a point. The
// probability is about 2^-256; the contract reverts in that case.
var ErrHashToG2Failed = errors.New("bls: hash to G2 found no point in 256 tries")

const (
	// seedZ is the BN254 curve parameter z (x₀), the contract's
	// CURVE_ORDER_FACTOR.
	seedZ uint64 = 4965661367192848881

	keccakRate  = 136 // s_in_bytes of Keccak-256
	expandBytes = 128 // len_in_bytes of the contract's expand_message_xmd
	dstSize     = 32
)

var (
	// twistB is b' = 3/(9+i), the twist coefficient (TWISTBX + TWISTBY·i).
	twistB = func() bn254.E2 {
		var b, xi bn254.E2
		xi.A0.SetUint64(9)
		xi.A1.SetOne()
		b.A0.SetUint64(3)
		return *b.Div(&b, &xi)
	}()
	// psiX and psiY are ξ^((p−1)/3) and ξ^((p−1)/2) with ξ = 9+i, the
	// contract's FROBENIUS_COEFF_X and FROBENIUS_COEFF_Y.
	psiX = xiPow(3)
	psiY = xiPow(2)
)

func xiPow(div int64) bn254.E2 {
	var xi, r bn254.E2
	xi.A0.SetUint64(9)
	xi.A1.SetOne()
	e := new(big.Int).Sub(fp.Modulus(), big.NewInt(1))
	e.Div(e, big.NewInt(div))
	return *r.Exp(xi, e)
}

// MapResult is the outcome of the try-and-increment step of HashToG2.
type MapResult struct {
	// Point is on the twist but not in general in G2 (the cofactor is not
	// cleared yet).
	Point bn254.G2Affine
	// Counter is the byte i appended to the message that gave Point.
	Counter uint8
	// SignBit is u[127] & 1 of that try; y was negated when it is 1.
	SignBit uint8
}

// HashToG2 hashes msg to G2 exactly as the contract's
// BN256G2.hashToG2(msg, dst) and returns the point and the counter at which
// try-and-increment succeeded. dst is the domain's hash-to-field tag
// (Domain.HashToFieldTag). The error is ErrHashToG2Failed, for about 2^-256
// of all messages.
func HashToG2(dst [32]byte, msg []byte) (bn254.G2Affine, uint8, error) {
	m, err := MapToTwist(dst, msg)
	if err != nil {
		return bn254.G2Affine{}, 0, err
	}
	return ClearCofactor(&m.Point), m.Counter, nil
}

// MapToTwist runs steps 1-3 of HashToG2 (try-and-increment) and returns the
// point before cofactor clearing.
func MapToTwist(dst [32]byte, msg []byte) (MapResult, error) {
	var (
		xmd  = newExpander(&dst)
		u    [expandBytes]byte
		x    bn254.E2
		y, t bn254.E2
		p    bn254.G2Affine
	)
	for i := 0; i < 256; i++ {
		xmd.expand(&u, msg, byte(i))
		x.A0.SetBytes(u[0:48]) // reduces mod p
		x.A1.SetBytes(u[48:96])
		sign := u[expandBytes-1] & 1

		t.Square(&x).Mul(&t, &x).Add(&t, &twistB) // y² = x³ + b'
		y.A0, y.A1 = sqrtFp2MCL(&t.A0, &t.A1)
		if y.A0.IsZero() || y.A1.IsZero() {
			continue
		}
		if sign == 1 {
			y.Neg(&y)
		}
		p.X, p.Y = x, y
		if !p.IsOnCurve() {
			continue
		}
		return MapResult{Point: p, Counter: uint8(i), SignBit: sign}, nil
	}
	return MapResult{}, ErrHashToG2Failed
}

// ClearCofactor maps a point of the twist into G2 with the contract's
// ECTwistMulByCofactor (Fuentes-Castañeda, Knapp and Rodríguez-Henríquez):
// [z]P + ψ([3z]P) + ψ²([z]P) + ψ³(P). Other cofactor-clearing maps give
// other (equally valid) points, so this one is spelled out rather than taken
// from a library.
func ClearCofactor(p *bn254.G2Affine) bn254.G2Affine {
	var pj, t0, t1, t2, t3 bn254.G2Jac
	pj.FromAffine(p)

	t0 = mulBySeed(p)             // [z]P
	t1.Double(&t0).AddAssign(&t0) // [3z]P
	t1 = psi(&t1)                 // ψ([3z]P)
	t2 = psi(&t0)
	t2 = psi(&t2) // ψ²([z]P)
	t3 = psi(&pj)
	t3 = psi(&t3)
	t3 = psi(&t3) // ψ³(P)
	t0.AddAssign(&t1).AddAssign(&t2).AddAssign(&t3)

	var r bn254.G2Affine
	r.FromJacobian(&t0)
	return r
}

// mulBySeed returns [z]p by plain double-and-add. p is not in G2, so the
// library's GLV/GLS scalar multiplication, which assumes the order-r
// subgroup, must not be used here.
func mulBySeed(p *bn254.G2Affine) bn254.G2Jac {
	var r bn254.G2Jac
	r.FromAffine(p)
	for i := bits.Len64(seedZ) - 2; i >= 0; i-- {
		r.DoubleAssign()
		if seedZ>>uint(i)&1 == 1 {
			r.AddMixed(p)
		}
	}
	return r
}

// psi is the twist Frobenius ψ(x, y) = (conj(x)·ξ^((p−1)/3),
// conj(y)·ξ^((p−1)/2)). Conjugation is a field automorphism, so in Jacobian
// coordinates Z is just conjugated.
func psi(q *bn254.G2Jac) bn254.G2Jac {
	var r bn254.G2Jac
	r.X.Conjugate(&q.X).Mul(&r.X, &psiX)
	r.Y.Conjugate(&q.Y).Mul(&r.Y, &psiY)
	r.Z.Conjugate(&q.Z)
	return r
}

// sqrtFp2MCL is the contract's FQ2Sqrt(c, d), a translation of mcl's
// Fp2::squareRoot. It returns a root of c + d·i, or a value with a zero
// component when it finds none (the caller rejects those). The choice of
// root matters for H(m), so every step follows the contract:
//
//	d = 0:  (√c, 0) if c is a square, else (0, c^((p+1)/4))
//	t1 = √(c² + d²)                      (no root: fail)
//	t2 = (c + t1)/2, or (c − t1)/2 if that is not a square
//	a  = √t2                             (no root: fail)
//	b  = d / 2a                          (2a = 0 gives b = 0, as modexp does)
//
// with √v always v^((p+1)/4), the contract's modexp.
func sqrtFp2MCL(c, d *fp.Element) (a, b fp.Element) {
	if d.IsZero() {
		r, ok := sqrtFp(c)
		if ok {
			return r, fp.Element{}
		}
		return fp.Element{}, r
	}
	var t1, t2 fp.Element
	t1.Square(c)
	t2.Square(d)
	t1.Add(&t1, &t2)
	t1, ok := sqrtFp(&t1)
	if !ok {
		return fp.Element{}, fp.Element{}
	}
	t2.Add(c, &t1)
	t2.Halve()
	a, ok = sqrtFp(&t2)
	if !ok {
		t2.Sub(c, &t1)
		t2.Halve()
		if a, ok = sqrtFp(&t2); !ok {
			return fp.Element{}, fp.Element{}
		}
	}
	t2.Double(&a)
	t2.Inverse(&t2) // 0 stays 0
	b.Mul(d, &t2)
	return a, b
}

// sqrtFp returns v^((p+1)/4) and whether it squares to v.
func sqrtFp(v *fp.Element) (fp.Element, bool) {
	var r, sq fp.Element
	r.ExpBySqrtPp1o4(*v)
	sq.Square(&r)
	return r, sq.Equal(v)
}

// expander computes the contract's expandMessageXMDKeccak256 for a fixed
// 32-byte DST and a 128-byte output. h is Keccak-256 except in tests, which
// check the construction against other implementations with SHA-256.
type expander struct {
	h    hash.Hash // 32-byte output
	zPad []byte    // I2OSP(0, s_in_bytes), s_in_bytes = h.BlockSize()
	dst  *[32]byte
	b0   [32]byte
}

var keccakZPad [keccakRate]byte

func newExpander(dst *[32]byte) *expander {
	return &expander{h: sha3.NewLegacyKeccak256(), zPad: keccakZPad[:], dst: dst}
}

// expand writes expand_message_xmd(msg ‖ counter, dst, 128) to out:
//
//	b0 = H(Z_pad ‖ msg' ‖ I2OSP(128, 2) ‖ 0x00 ‖ DST ‖ I2OSP(32, 1))
//	b1 = H(b0 ‖ 0x01 ‖ DST ‖ 0x20)
//	bj = H((b0 ⊕ b(j−1)) ‖ j ‖ DST ‖ 0x20), j = 2..4
func (e *expander) expand(out *[expandBytes]byte, msg []byte, counter byte) {
	h := e.h
	h.Reset()
	h.Write(e.zPad)
	h.Write(msg)
	h.Write([]byte{counter, expandBytes >> 8, expandBytes & 0xff, 0})
	h.Write(e.dst[:])
	h.Write([]byte{dstSize})
	h.Sum(e.b0[:0])

	var in, bj [32]byte
	in = e.b0
	for j := 1; j <= expandBytes/32; j++ {
		if j > 1 {
			for k := range in {
				in[k] = e.b0[k] ^ bj[k]
			}
		}
		h.Reset()
		h.Write(in[:])
		h.Write([]byte{byte(j)})
		h.Write(e.dst[:])
		h.Write([]byte{dstSize})
		h.Sum(bj[:0])
		copy(out[32*(j-1):], bj[:])
	}
}
