package client

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/sessiond/sessiond/internal/keys"
)

// Identity is a Session ID's key: an Ed25519 key whose X25519 form, prefixed
// with 05, is the Session ID.
type Identity struct {
	Ed25519 ed25519.PrivateKey
	X25519  [32]byte // public
}

// NewIdentity derives the Session ID of an Ed25519 key.
func NewIdentity(priv ed25519.PrivateKey) (*Identity, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return nil, errors.New("client: bad ed25519 key size")
	}
	x, err := keys.Ed25519PublicToX25519(priv.Public().(ed25519.PublicKey))
	if err != nil {
		return nil, err
	}
	return &Identity{Ed25519: priv, X25519: x}, nil
}

// GenerateIdentity makes a fresh Session ID key (r nil: crypto/rand).
func GenerateIdentity(r io.Reader) (*Identity, error) {
	_, priv, err := ed25519.GenerateKey(r)
	if err != nil {
		return nil, err
	}
	return NewIdentity(priv)
}

// SessionID is "05" + hex X25519 public key.
func (id *Identity) SessionID() string { return "05" + hex.EncodeToString(id.X25519[:]) }

// Ed25519Hex is the hex Ed25519 public key (pubkey_ed25519).
func (id *Identity) Ed25519Hex() string {
	return hex.EncodeToString(id.Ed25519.Public().(ed25519.PublicKey))
}

// Sign signs msg and returns it base64 (as the storage RPC expects).
func (id *Identity) Sign(msg []byte) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(id.Ed25519, msg))
}

// nsSig is the namespace in signed strings: empty for 0.
func nsSig(ns int16) string {
	if ns == 0 {
		return ""
	}
	return strconv.Itoa(int(ns))
}

// SaveIdentity writes the key file (64-byte libsodium secret key, seed then
// public key, as keys.Ed25519File) with mode 0600; it refuses to overwrite.
func SaveIdentity(path string, id *Identity) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(id.Ed25519); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// LoadIdentity reads a key file written by SaveIdentity.
func LoadIdentity(path string) (*Identity, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	priv, err := keys.ParseEd25519File(b)
	if err != nil {
		return nil, fmt.Errorf("client: key file %s: %w", path, err)
	}
	return NewIdentity(priv)
}

// ParseSessionID checks a 05-prefixed Session ID (66 hex digits).
func ParseSessionID(s string) (string, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 33 || b[0] != 0x05 {
		return "", fmt.Errorf("client: %q is not a Session ID (05 + 64 hex digits)", s)
	}
	return s, nil
}
