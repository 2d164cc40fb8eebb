package keys

import (
	"crypto/ed25519"
	"encoding/hex"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSignMatchesStdlib: the same bytes as crypto/ed25519 for random keys
// and messages of every length up to 300, and RFC 8032's test 3.
func TestSignMatchesStdlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		seed := make([]byte, ed25519.SeedSize)
		for i := range seed {
			seed[i] = byte(rng.Uint32())
		}
		priv := ed25519.NewKeyFromSeed(seed)
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(rng.Uint32())
		}
		require.Equal(t, ed25519.Sign(priv, msg), Sign(priv, msg), "message length %d", n)
	}
	seed, _ := hex.DecodeString("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
	msg, _ := hex.DecodeString("af82")
	want := "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
	require.Equal(t, want, hex.EncodeToString(Sign(ed25519.NewKeyFromSeed(seed), msg)))
}
