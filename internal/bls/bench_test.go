package bls

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func benchRewardMessage() []byte {
	return RewardMessage(testDomain, common.HexToAddress("0x3ac81340eb9bcf107238789524050fb77707088f"), big.NewInt(102434883718711))
}

func BenchmarkSign(b *testing.B) {
	sk := testKeys(b, 1)[0]
	msg := benchRewardMessage()
	for b.Loop() {
		Sign(sk, testDomain, msg)
	}
}

func BenchmarkVerify(b *testing.B) {
	sk := testKeys(b, 1)[0]
	pk := sk.PublicKey()
	msg := benchRewardMessage()
	sig := Sign(sk, testDomain, msg)
	for b.Loop() {
		if !Verify(pk, testDomain, msg, sig) {
			b.Fatal("verify failed")
		}
	}
}

func BenchmarkHashToG2(b *testing.B) {
	dst := testDomain.HashToFieldTag()
	msg := benchRewardMessage()
	for b.Loop() {
		if _, _, err := HashToG2(dst, msg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSignature(b *testing.B) {
	sig := Sign(testKeys(b, 1)[0], testDomain, benchRewardMessage())
	for b.Loop() {
		if _, err := ParseSignature(sig[:]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAggregateSignatures100(b *testing.B) {
	msg := benchRewardMessage()
	sks := testKeys(b, 100)
	sigs := make([]Signature, len(sks))
	for i, sk := range sks {
		sigs[i] = Sign(sk, testDomain, msg)
	}
	for b.Loop() {
		if _, err := AggregateSignatures(sigs...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAggregatePublicKeys100(b *testing.B) {
	sks := testKeys(b, 100)
	pks := make([]PublicKey, len(sks))
	for i, sk := range sks {
		pks[i] = sk.PublicKey()
	}
	for b.Loop() {
		if _, err := AggregatePublicKeys(pks...); err != nil {
			b.Fatal(err)
		}
	}
}
