package bls

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/stretchr/testify/require"
)

// Keys and signatures arrive from peers and from the chain, so the parsers
// must reject anything invalid without panicking, and anything they accept
// must round-trip and be usable.

func FuzzParsePublicKey(f *testing.F) {
	for _, v := range loadBLSVectors(f) {
		for _, g := range []*vecG1{v.BLSPublicKey, v.AggregatePublicKey} {
			if g != nil {
				f.Add(unhex(f, g.X+g.Y))
			}
		}
	}
	pk := testKeys(f, 1)[0].PublicKey()
	f.Add(pk[:])
	f.Add(make([]byte, PublicKeySize))
	f.Add(bytes.Repeat([]byte{0xff}, PublicKeySize))
	mod := fp.Modulus().Bytes()
	f.Add(append(bytes.Clone(mod), mod...))
	f.Add([]byte{1, 2, 3})

	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4*PublicKeySize {
			return
		}
		pk, err := ParsePublicKey(data)
		_, _ = PublicKeyFromHex(string(data))
		var txt PublicKey
		_ = txt.UnmarshalText(data)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidPublicKey)
			require.Equal(t, PublicKey{}, pk)
			return
		}
		require.Equal(t, data, pk[:])
		p, err := pk.Point()
		require.NoError(t, err)
		require.True(t, p.IsOnCurve())
		require.Equal(t, pk, EncodeG1(&p))
		agg, err := AggregatePublicKeys(pk)
		require.NoError(t, err)
		require.Equal(t, pk, agg)
		back, err := PublicKeyFromHex(pk.Hex())
		require.NoError(t, err)
		require.Equal(t, pk, back)
		require.False(t, Verify(pk, testDomain, data, Signature{}))
	})
}

func FuzzParseSignature(f *testing.F) {
	for _, v := range loadBLSVectors(f) {
		for _, g := range []*vecG2{v.Signature, v.PreCofactorPoint, v.ExpectedPoint} {
			if g != nil {
				s := g.bytes(f)
				f.Add(s[:])
			}
		}
	}
	sig := Sign(testKeys(f, 1)[0], testDomain, []byte("seed"))
	f.Add(sig[:])
	f.Add(make([]byte, SignatureSize))
	f.Add(bytes.Repeat([]byte{0xff}, SignatureSize))
	f.Add(bytes.Repeat(fp.Modulus().Bytes(), 4))
	f.Add([]byte{})

	pk := testKeys(f, 1)[0].PublicKey()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4*SignatureSize {
			return
		}
		sig, err := ParseSignature(data)
		_, _ = SignatureFromHex(string(data))
		var txt Signature
		_ = txt.UnmarshalText(data)
		if err != nil {
			require.ErrorIs(t, err, ErrInvalidSignature)
			require.Equal(t, Signature{}, sig)
			if len(data) == SignatureSize {
				require.False(t, Verify(pk, testDomain, nil, Signature(data)))
			}
			return
		}
		require.Equal(t, data, sig[:])
		p, err := sig.Point()
		require.NoError(t, err)
		require.True(t, p.IsInSubGroup())
		require.Equal(t, sig, EncodeG2(&p))
		back, err := SignatureFromWords(sig.Words())
		require.NoError(t, err)
		require.Equal(t, sig, back)
		agg, err := AggregateSignatures(sig)
		require.NoError(t, err)
		require.Equal(t, sig, agg)
	})
}

// Whatever the message, H(m) is a point of G2 and agrees with the
// try-and-increment step.
func FuzzHashToG2(f *testing.F) {
	for _, v := range vectorsOfKind(f, "hash_to_g2") {
		f.Add(unhex(f, v.DST), unhex(f, v.Message))
	}
	f.Add(make([]byte, 32), []byte{})
	f.Fuzz(func(t *testing.T, dstIn, msg []byte) {
		if len(msg) > 1024 {
			return
		}
		var dst [32]byte
		copy(dst[:], dstIn)
		h, counter, err := HashToG2(dst, msg)
		require.NoError(t, err)
		require.True(t, h.IsInSubGroup())
		require.False(t, h.IsInfinity())
		m, err := MapToTwist(dst, msg)
		require.NoError(t, err)
		require.Equal(t, m.Counter, counter)
		require.False(t, m.Point.Y.A0.IsZero() || m.Point.Y.A1.IsZero())
		c := ClearCofactor(&m.Point)
		require.True(t, c.Equal(&h))
	})
}
