package storage

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"testing"

	"filippo.io/edwards25519"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/testvec"
)

type hashCase struct {
	Description  string `json:"description"`
	Account      string `json:"account"`
	Namespace    int16  `json:"namespace"`
	DataBase64   string `json:"data_base64"`
	ExpectedHash string `json:"expected_hash"`
}

func TestMessageHashVectors(t *testing.T) {
	g := testvec.Load[hashCase](t, "message_hash")
	for _, c := range g.Cases {
		t.Run(c.Description, func(t *testing.T) {
			a, ok := ParseAccount(c.Account, false)
			require.True(t, ok)
			data, err := base64.StdEncoding.DecodeString(c.DataBase64)
			require.NoError(t, err)
			require.Equal(t, c.ExpectedHash, MessageHash(&a, c.Namespace, data))
			raw, ok := hashKey(c.ExpectedHash)
			require.True(t, ok)
			require.Equal(t, c.ExpectedHash, hashString(&raw))
		})
	}
}

// The namespace enters the hash as decimal text; the store answers with the
// same hash the vector function gives.
func TestMessageHashNamespaces(t *testing.T) {
	a, _ := ParseAccount("05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48", false)
	require.NotEqual(t, MessageHash(&a, 0, []byte("x")), MessageHash(&a, 1, []byte("x")))
	// Upstream's concatenation makes these collide; so must we.
	require.Equal(t, MessageHash(&a, 1, []byte("2x")), MessageHash(&a, 12, []byte("x")))
	require.Equal(t, MessageHash(&a, -5, []byte("x")), MessageHash(&a, 0, []byte("-5x")))
}

func TestHashKeyCanonicalOnly(t *testing.T) {
	a, _ := ParseAccount("05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48", false)
	h := MessageHash(&a, 0, []byte("hello"))
	_, ok := hashKey(h)
	require.True(t, ok)
	// Same 32 bytes, non-zero padding bits in the last character.
	last := h[42]
	alt := []byte(h)
	alt[42] = last + 1
	_, ok = hashKey(string(alt))
	require.False(t, ok)
	_, ok = hashKey(h[:42])
	require.False(t, ok)
}

func TestIsBase64(t *testing.T) {
	for s, want := range map[string]bool{
		"":         true,
		"QQ":       true,
		"QQ==":     true,
		"QUI=":     true,
		"QUJD":     true,
		"Q":        false, // 4n+1
		"QQ=":      false,
		"Q===":     false,
		"QU-_":     false, // URL alphabet
		"QU\nJ":    false,
		"QUJD\n":   false,
		"QUJDRA==": true,
	} {
		require.Equal(t, want, isBase64(s), "%q", s)
	}
	require.Equal(t, []byte("ABCD"), decodeBase64("QUJDRA=="))
	require.Equal(t, []byte("ABCD"), decodeBase64("QUJDRB")) // padding bits ignored, as oxenc
}

func TestParseAccount(t *testing.T) {
	hexID := "05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48"
	a, ok := ParseAccount(hexID, false)
	require.True(t, ok)
	require.Equal(t, hexID, a.Hex(false))
	up, ok := ParseAccount("05FFBA630924AA1224BB930DDE21C0D11BF004608F2812217F8AC812D6C7E3AD48", false)
	require.True(t, ok)
	require.Equal(t, a, up)
	_, ok = ParseAccount(hexID[2:], false)
	require.False(t, ok)
	tn, ok := ParseAccount(hexID[2:], true)
	require.True(t, ok)
	require.Equal(t, a, tn)
	_, ok = ParseAccount("zz"+hexID[2:], false)
	require.False(t, ok)
	raw, ok := ParseAccount(string(a[:]), false) // 33 raw bytes, as upstream
	require.True(t, ok)
	require.Equal(t, a, raw)
	zero := Account{}
	require.Equal(t, hex.EncodeToString(zero[1:]), zero.Hex(true))
}

func TestNamespaceClasses(t *testing.T) {
	for _, c := range []struct {
		ns                                 int16
		inbox, outbox, noauth, unrevocable bool
	}{
		{0, true, false, false, false},
		{-10, true, false, true, false},
		{10, true, false, false, false},
		{-30, true, false, false, false},
		{1, false, false, false, false},
		{-1, false, true, true, false},
		{-21, false, true, true, false},
		{-41, false, true, true, false},
		{-11, false, false, false, true},
		{-111, false, false, false, true},
		{-211, false, false, false, true},
		{11, false, false, false, false},
		{-32768, false, false, false, false},
		{32767, false, false, false, false},
		{-32761, false, true, true, false},
	} {
		require.Equal(t, c.inbox, IsPublicInbox(c.ns), "inbox %d", c.ns)
		require.Equal(t, c.outbox, IsPublicOutbox(c.ns), "outbox %d", c.ns)
		require.Equal(t, c.noauth, IsNoAuthRetrieve(c.ns), "noauth %d", c.ns)
		require.Equal(t, c.unrevocable, IsUnrevocable(c.ns), "unrevocable %d", c.ns)
	}
}

func TestBase32z(t *testing.T) {
	require.Equal(t, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", base32z(make([]byte, 32)))
	require.Equal(t, "9999999999999999999999999999999999999999999999999999"[:51]+"o", base32z(bytesOf(0xff, 32)))
	require.Equal(t, "", base32z(nil))
	require.Equal(t, "o", base32z([]byte{0x80})[:1])
}

func bytesOf(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

// The blacklist really lists small-order points, and verification rejects
// what libsodium rejects while accepting ordinary signatures.
func TestVerifyLibsodiumChecks(t *testing.T) {
	for i, enc := range smallOrderBlacklist {
		p, err := new(edwards25519.Point).SetBytes(enc[:])
		if err != nil {
			continue // non-canonical encodings of 0 and 1 (p, p+1) do not decode in Go
		}
		q := new(edwards25519.Point).MultByCofactor(p)
		require.Equal(t, 1, q.Equal(edwards25519.NewIdentityPoint()), "entry %d is not of small order", i)
	}

	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	msg := []byte("retrieve1700000000000")
	sig := ed25519.Sign(priv, msg)
	require.True(t, verifyEd25519(pub, msg, sig))
	require.False(t, verifyEd25519(pub, []byte("other"), sig))
	require.False(t, verifyEd25519(pub[:31], msg, sig))

	// Identity public key: crypto/ed25519 accepts R = [S]B for any message;
	// libsodium, and we, reject the small-order key.
	ident := smallOrderBlacklist[1][:]
	s := edwards25519.NewScalar()
	R := new(edwards25519.Point).ScalarBaseMult(s)
	forged := append(R.Bytes(), s.Bytes()...)
	require.True(t, ed25519.Verify(ident, msg, forged))
	require.False(t, verifyEd25519(ident, msg, forged))

	// Non-canonical key encodings are rejected.
	nc := bytesOf(0xff, 32)
	nc[0], nc[31] = 0xee, 0x7f
	require.False(t, isCanonicalPoint(nc))
	require.True(t, isCanonicalPoint(pub))
}

// The cached verifier agrees with crypto/ed25519 plus libsodium's checks.
func TestKeyCacheVerify(t *testing.T) {
	var kc keyCache
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	msg := []byte("retrieve-101700000000000")
	sig := ed25519.Sign(priv, msg)
	require.True(t, kc.verify(pub, msg, sig))
	require.True(t, kc.verify(pub, msg, sig), "cached")
	require.False(t, kc.verify(pub, append(msg, 'x'), sig))
	bad := append([]byte(nil), sig...)
	bad[63] |= 0xf0 // S >= L
	require.False(t, kc.verify(pub, msg, bad))
	require.False(t, kc.verify(smallOrderBlacklist[1][:], msg, sig))
	x, ok := kc.convert(pub)
	require.True(t, ok)
	want, _ := keysConvert(pub)
	require.Equal(t, want, x)
}

// The cached verifier (curve25519-voi) and crypto/ed25519 with libsodium's
// checks agree on valid signatures of random keys and on each byte-flipped
// variant of them.
func TestKeyCacheVerifyRandom(t *testing.T) {
	var kc keyCache
	for i := range 300 {
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		require.NoError(t, err)
		msg := fmt.Appendf(nil, "retrieve%d%d", i, 1700000000000+i)
		sig := ed25519.Sign(priv, msg)
		require.True(t, kc.verify(pub, msg, sig))
		for _, pos := range []int{0, 17, 31, 32, 50, 63} {
			bad := append([]byte(nil), sig...)
			bad[pos] ^= 1 << (i % 8)
			require.Equal(t, verifyEd25519(pub, msg, bad), kc.verify(pub, msg, bad), "key %d, byte %d", i, pos)
		}
		badPub := append([]byte(nil), pub...)
		badPub[i%32] ^= 0x10
		require.Equal(t, verifyEd25519(badPub, msg, sig), kc.verify(badPub, msg, sig), "key %d, changed key", i)
		require.False(t, kc.verify(pub, append(msg, '0'), sig))
	}
}

func FuzzVerifyEquivalence(f *testing.F) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := []byte("m")
	f.Add([]byte(pub), msg, ed25519.Sign(priv, msg))
	f.Add(smallOrderBlacklist[2][:], msg, make([]byte, 64))
	var kc keyCache
	f.Fuzz(func(t *testing.T, pub, msg, sig []byte) {
		if len(pub) != 32 || len(sig) != 64 {
			return
		}
		if a, b := kc.verify(pub, msg, sig), verifyEd25519(pub, msg, sig); a != b {
			t.Fatalf("cached %v, direct %v", a, b)
		}
	})
}

func BenchmarkVerifyCached(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := []byte("retrieve-101700000000000")
	sig := ed25519.Sign(priv, msg)
	var kc keyCache
	b.Run("crypto/ed25519", func(b *testing.B) {
		for b.Loop() {
			ed25519.Verify(pub, msg, sig)
		}
	})
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			kc.verify(pub, msg, sig)
		}
	})
}
