package onion

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func BenchmarkPeelLayer(b *testing.B) {
	payload := bytes.Repeat([]byte{'a'}, 1024)
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		b.Run(enc.String(), func(b *testing.B) {
			rng := rand.NewChaCha8([32]byte{byte(enc)})
			nodes := newTestNodes(b, rng, 1)
			o, err := Builder{EncType: enc, Rand: rng}.BuildToSnode(nil, nodes[0].hop, payload)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(payload)))
			b.ReportAllocs()
			for b.Loop() {
				_, l, err := OpenEntry(nodes[0].kp, o.Request)
				if err != nil || l.Route.Kind() != RouteFinal {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBuild3Hop(b *testing.B) {
	payload := bytes.Repeat([]byte{'a'}, 1024)
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		b.Run(enc.String(), func(b *testing.B) {
			rng := rand.NewChaCha8([32]byte{7, byte(enc)})
			nodes := newTestNodes(b, rng, 4)
			bl := Builder{EncType: enc, Rand: rng}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bl.BuildToSnode(hops(nodes[:3]), nodes[3].hop, payload); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
