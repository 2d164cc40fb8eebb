package onion

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/chacha20poly1305"
)

// EncType is the cipher of one onion layer. The zero value is aes-gcm, the
// default upstream uses when enc_type is absent.
type EncType uint8

const (
	// EncAESGCM is "aes-gcm" (alias "gcm").
	EncAESGCM EncType = iota
	// EncXChaCha20 is "xchacha20" (alias "xchacha20-poly1305").
	EncXChaCha20
)

// Sizes of the wire format.
const (
	KeySize       = 32 // X25519 keys, Ed25519 public keys and layer keys
	TagSize       = 16 // GCM tag and Poly1305 tag
	GCMNonceSize  = 12
	XChaNonceSize = chacha20poly1305.NonceSizeX // 24
)

// ParseEncType parses an enc_type value as upstream does: "aes-gcm", "gcm",
// "xchacha20" and "xchacha20-poly1305". Names are case-sensitive. The legacy
// "aes-cbc"/"cbc" of storage server v2.8 is rejected, as in newer upstream.
// The error text is upstream's ("Invalid encryption type <name>").
func ParseEncType(s string) (EncType, error) {
	switch s {
	case "aes-gcm", "gcm":
		return EncAESGCM, nil
	case "xchacha20", "xchacha20-poly1305":
		return EncXChaCha20, nil
	}
	return 0, errors.New("Invalid encryption type " + s)
}

// String returns the canonical name ("aes-gcm" or "xchacha20") that upstream
// writes into JSON and into sn.onion_request.
func (e EncType) String() string {
	switch e {
	case EncAESGCM:
		return "aes-gcm"
	case EncXChaCha20:
		return "xchacha20"
	}
	return fmt.Sprintf("EncType(%d)", uint8(e))
}

// Valid reports whether e is one of the defined ciphers.
func (e EncType) Valid() bool { return e == EncAESGCM || e == EncXChaCha20 }

// MarshalText implements encoding.TextMarshaler with the canonical name.
func (e EncType) MarshalText() ([]byte, error) {
	if !e.Valid() {
		return nil, fmt.Errorf("onion: invalid %v", e)
	}
	return []byte(e.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseEncType.
func (e *EncType) UnmarshalText(b []byte) error {
	v, err := ParseEncType(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// NonceSize is the length of the random IV/nonce that starts a ciphertext.
func (e EncType) NonceSize() int {
	if e == EncXChaCha20 {
		return XChaNonceSize
	}
	return GCMNonceSize
}

// Overhead is the ciphertext length minus the plaintext length: 28 for
// aes-gcm (IV + tag) and 40 for xchacha20 (nonce + tag).
func (e EncType) Overhead() int { return e.NonceSize() + TagSize }

// KeyPair is an X25519 key pair. Secret is stored unclamped, as libsodium
// does; clamping happens inside X25519. Build it with KeyPairFromSecret or
// GenerateKeyPair: they also cache the parsed private key, which saves a
// scalar multiplication in every DeriveKey. A KeyPair literal works too, only
// slower.
type KeyPair struct {
	Public [KeySize]byte
	Secret [KeySize]byte

	priv *ecdh.PrivateKey // cached parse of Secret; nil in literals
}

// KeyPairFromSecret computes the public key of an X25519 secret key.
func KeyPairFromSecret(secret [KeySize]byte) (KeyPair, error) {
	priv, err := ecdh.X25519().NewPrivateKey(secret[:])
	if err != nil {
		return KeyPair{}, err
	}
	kp := KeyPair{Secret: secret, priv: priv}
	copy(kp.Public[:], priv.PublicKey().Bytes())
	return kp, nil
}

// privateKey returns the cached private key when it still matches Secret.
func (kp *KeyPair) privateKey() (*ecdh.PrivateKey, error) {
	if kp.priv != nil && [KeySize]byte(kp.priv.Bytes()) == kp.Secret {
		return kp.priv, nil
	}
	return ecdh.X25519().NewPrivateKey(kp.Secret[:])
}

// GenerateKeyPair makes a fresh X25519 key pair from 32 bytes of r (like
// libsodium's crypto_box_keypair). A nil r means crypto/rand.
func GenerateKeyPair(r io.Reader) (KeyPair, error) {
	var secret [KeySize]byte
	if _, err := io.ReadFull(randReader(r), secret[:]); err != nil {
		return KeyPair{}, fmt.Errorf("onion: reading randomness: %w", err)
	}
	return KeyPairFromSecret(secret)
}

func randReader(r io.Reader) io.Reader {
	if r == nil {
		return rand.Reader
	}
	return r
}

// Role says which end of a hop the local key pair is. It decides the order
// of the public keys in the xchacha20 key hash, which is always
// client public ‖ node public; aes-gcm keys do not depend on it.
type Role uint8

const (
	// RoleNode is the receiving end: a service node, or a server behind a
	// proxy hop (upstream ChannelEncryption with server=true).
	RoleNode Role = iota
	// RoleClient is the end that chose the ephemeral key.
	RoleClient
)

// LayerKey is the symmetric key of one hop, derived once and used both to
// open the hop's layer and to seal the reply. The zero value is unusable.
type LayerKey struct {
	enc EncType
	key [KeySize]byte
	set bool
}

// EncType returns the cipher the key belongs to.
func (k LayerKey) EncType() EncType { return k.enc }

// IsZero reports whether k was never derived.
func (k LayerKey) IsZero() bool { return !k.set }

var hmacSalt = []byte("LOKI")

// DeriveKey derives the symmetric key of one hop from the local key pair and
// the remote public key. A remote key of small order (all-zero shared secret)
// is rejected, as libsodium's crypto_scalarmult does; the error matches
// ErrInvalidCiphertext.
func DeriveKey(enc EncType, role Role, local KeyPair, remote [KeySize]byte) (LayerKey, error) {
	if !enc.Valid() {
		return LayerKey{}, fmt.Errorf("onion: invalid %v", enc)
	}
	priv, err := local.privateKey()
	if err != nil {
		return LayerKey{}, err
	}
	pub, err := ecdh.X25519().NewPublicKey(remote[:])
	if err != nil {
		return LayerKey{}, fmt.Errorf("%w: %v", ErrInvalidCiphertext, err)
	}
	shared, err := priv.ECDH(pub)
	if err != nil {
		return LayerKey{}, fmt.Errorf("%w: shared key derivation failed: %v", ErrInvalidCiphertext, err)
	}
	k := LayerKey{enc: enc, set: true}
	switch enc {
	case EncAESGCM:
		mac := hmac.New(sha256.New, hmacSalt)
		mac.Write(shared)
		mac.Sum(k.key[:0])
	case EncXChaCha20:
		h, _ := blake2b.New256(nil)
		h.Write(shared)
		if role == RoleClient {
			h.Write(local.Public[:])
			h.Write(remote[:])
		} else {
			h.Write(remote[:])
			h.Write(local.Public[:])
		}
		h.Sum(k.key[:0])
	}
	return k, nil
}

func (k LayerKey) aead() (cipher.AEAD, error) {
	if !k.set {
		return nil, errors.New("onion: zero LayerKey")
	}
	if k.enc == EncXChaCha20 {
		return chacha20poly1305.NewX(k.key[:])
	}
	block, err := aes.NewCipher(k.key[:])
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// Seal encrypts plaintext with a fresh random nonce read from r (nil means
// crypto/rand) and returns nonce ‖ ciphertext ‖ tag.
func (k LayerKey) Seal(r io.Reader, plaintext []byte) ([]byte, error) {
	a, err := k.aead()
	if err != nil {
		return nil, err
	}
	ns := a.NonceSize()
	out := make([]byte, ns, ns+len(plaintext)+a.Overhead())
	var nonce [XChaNonceSize]byte
	if _, err := io.ReadFull(randReader(r), nonce[:ns]); err != nil {
		return nil, fmt.Errorf("onion: reading randomness: %w", err)
	}
	copy(out, nonce[:ns])
	return a.Seal(out, nonce[:ns], plaintext, nil), nil
}

// Open decrypts nonce ‖ ciphertext ‖ tag. Errors match ErrInvalidCiphertext.
func (k LayerKey) Open(ciphertext []byte) ([]byte, error) {
	a, err := k.aead()
	if err != nil {
		return nil, err
	}
	ns := a.NonceSize()
	if len(ciphertext) < ns+a.Overhead() {
		return nil, fmt.Errorf("%w: %d bytes is shorter than %s nonce and tag (%d)",
			ErrInvalidCiphertext, len(ciphertext), k.enc, ns+a.Overhead())
	}
	pt, err := a.Open(nil, ciphertext[:ns], ciphertext[ns:], nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %s authentication failed", ErrInvalidCiphertext, k.enc)
	}
	if pt == nil {
		pt = []byte{}
	}
	return pt, nil
}

// Encrypt derives the hop key and seals plaintext (see DeriveKey and
// LayerKey.Seal). The node uses it with RoleNode for replies; a client uses
// it with RoleClient and its ephemeral key pair to build a layer.
func Encrypt(r io.Reader, enc EncType, role Role, local KeyPair, remote [KeySize]byte, plaintext []byte) ([]byte, error) {
	k, err := DeriveKey(enc, role, local, remote)
	if err != nil {
		return nil, err
	}
	return k.Seal(r, plaintext)
}

// Decrypt derives the hop key and opens ciphertext (see DeriveKey and
// LayerKey.Open). A node passes RoleNode, its own key pair and the hop's
// ephemeral key; a client passes RoleClient, its ephemeral key pair and the
// node's key. Errors match ErrInvalidCiphertext.
func Decrypt(enc EncType, role Role, local KeyPair, remote [KeySize]byte, ciphertext []byte) ([]byte, error) {
	k, err := DeriveKey(enc, role, local, remote)
	if err != nil {
		return nil, err
	}
	return k.Open(ciphertext)
}
