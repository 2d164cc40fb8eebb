package bls

import (
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// g1Gen is the contract's P1() = (1, 2).
var g1Gen = func() bn254.G1Affine {
	_, _, g, _ := bn254.Generators()
	return g
}()

// Sign returns sk·H(msg) with the domain's hash-to-field tag as DST, as
// oxend's BLSSigner::signSig2. msg is the full message, tag included (see
// the *Message builders). Sign panics only if HashToG2 fails, which happens
// for about 2^-256 of all messages and makes the contract revert too.
func Sign(sk SecretKey, dom Domain, msg []byte) Signature {
	return SignWithDST(sk, dom.HashToFieldTag(), msg)
}

// SignWithDST is Sign with an explicit hash-to-G2 DST.
func SignWithDST(sk SecretKey, dst [32]byte, msg []byte) Signature {
	h, _, err := HashToG2(dst, msg)
	if err != nil {
		panic(err)
	}
	var s bn254.G2Affine
	s.ScalarMultiplication(&h, sk.scalar())
	return EncodeG2(&s)
}

// Verify reports whether sig is a valid signature of msg by pk in the
// domain: the contract's Pairing.pairing2(P1(), sig, −pk, H(msg)) check,
// e(G1, σ)·e(−pk, H(msg)) == 1. For an aggregate signature pass the
// aggregate key (AggregatePublicKeys, or SubtractPublicKeys of the
// non-signers from the contract's total). Invalid encodings give false.
func Verify(pk PublicKey, dom Domain, msg []byte, sig Signature) bool {
	return VerifyWithDST(pk, dom.HashToFieldTag(), msg, sig)
}

// VerifyWithDST is Verify with an explicit hash-to-G2 DST.
func VerifyWithDST(pk PublicKey, dst [32]byte, msg []byte, sig Signature) bool {
	p, err := pk.Point()
	if err != nil {
		return false
	}
	s, err := sig.Point()
	if err != nil {
		return false
	}
	h, _, err := HashToG2(dst, msg)
	if err != nil {
		return false
	}
	p.Neg(&p)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{g1Gen, p}, []bn254.G2Affine{s, h})
	return err == nil && ok
}

// ProofOfPossession signs the registration proof of possession for sk's
// public key (ProofOfPossessionMessage), the blsSignature argument of
// addBLSPublicKey and of the multi-contributor registration.
func ProofOfPossession(sk SecretKey, dom Domain, operator common.Address, ed25519Pub [32]byte) Signature {
	return Sign(sk, dom, ProofOfPossessionMessage(dom, sk.PublicKey(), operator, ed25519Pub))
}

// VerifyProofOfPossession reports whether sig is pk's proof of possession
// for the operator and Ed25519 key, as the contract's
// _validateProofOfPossession checks it.
func VerifyProofOfPossession(pk PublicKey, dom Domain, operator common.Address, ed25519Pub [32]byte, sig Signature) bool {
	return Verify(pk, dom, ProofOfPossessionMessage(dom, pk, operator, ed25519Pub), sig)
}
