package keys

import (
	"crypto/ed25519"

	voi "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"
)

// Sign is ed25519.Sign (RFC 8032, deterministic: the same signature for the
// same key and message) computed with curve25519-voi, whose fixed-base
// multiplication takes about half the time of crypto/ed25519's on amd64
// (10 µs against 19 µs on the project's test machine). A node signs every
// store it answers, so this is on the hot path.
func Sign(priv ed25519.PrivateKey, msg []byte) []byte {
	return voi.Sign(voi.PrivateKey(priv), msg)
}
