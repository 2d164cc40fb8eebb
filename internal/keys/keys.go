package keys

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/crypto/curve25519"

	"github.com/sessiond/sessiond/internal/bls"
)

// File names inside the data dir, as oxend names them.
const (
	Ed25519File = "key_ed25519"
	BLSFile     = "key_bls"
)

// ErrKeysExist is returned when refusing to overwrite an existing identity.
var ErrKeysExist = errors.New("keys: key files already exist")

// Identity is a node's secret and public keys.
type Identity struct {
	Ed25519      ed25519.PrivateKey
	X25519Secret [32]byte
	X25519Public [32]byte
	BLS          bls.SecretKey
	BLSPublic    bls.PublicKey
}

// Public is what a node may show: its public keys, hex encoded.
type Public struct {
	Ed25519 string `json:"pubkey_ed25519"`
	X25519  string `json:"pubkey_x25519"`
	BLS     string `json:"pubkey_bls"`
}

// Generate creates a fresh identity from r (crypto/rand.Reader in production).
func Generate(r io.Reader) (*Identity, error) {
	_, edPriv, err := ed25519.GenerateKey(r)
	if err != nil {
		return nil, fmt.Errorf("generate ed25519 key: %w", err)
	}
	sk, err := bls.GenerateSecretKey(r)
	if err != nil {
		return nil, fmt.Errorf("generate bls key: %w", err)
	}
	return New(edPriv, sk)
}

// New builds an identity from its two secrets.
func New(edPriv ed25519.PrivateKey, sk bls.SecretKey) (*Identity, error) {
	if len(edPriv) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("keys: ed25519 secret key is %d bytes, want %d", len(edPriv), ed25519.PrivateKeySize)
	}
	id := &Identity{Ed25519: edPriv, BLS: sk, BLSPublic: sk.PublicKey()}
	var err error
	if id.X25519Secret, err = Ed25519SeedToX25519Secret(edPriv.Seed()); err != nil {
		return nil, err
	}
	if id.X25519Public, err = Ed25519PublicToX25519(edPriv.Public().(ed25519.PublicKey)); err != nil {
		return nil, err
	}
	// The converted secret must produce the converted public key; anything else
	// means the Ed25519 key is not well formed.
	pub, err := curve25519.X25519(id.X25519Secret[:], curve25519.Basepoint)
	if err != nil || !bytes.Equal(pub, id.X25519Public[:]) {
		return nil, errors.New("keys: ed25519 key does not convert to a consistent x25519 key")
	}
	return id, nil
}

// Ed25519Public returns the Ed25519 public key.
func (id *Identity) Ed25519Public() ed25519.PublicKey {
	return id.Ed25519.Public().(ed25519.PublicKey)
}

// Public returns the hex public keys.
func (id *Identity) Public() Public {
	return Public{
		Ed25519: hex.EncodeToString(id.Ed25519Public()),
		X25519:  hex.EncodeToString(id.X25519Public[:]),
		BLS:     hex.EncodeToString(id.BLSPublic[:]),
	}
}

// ParseEd25519File decodes an oxend key_ed25519 file: the 64-byte libsodium
// secret key (seed then public key). The public half must match the seed.
func ParseEd25519File(data []byte) (ed25519.PrivateKey, error) {
	if len(data) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("ed25519 key file is %d bytes, want %d (libsodium secret key: 32-byte seed then 32-byte public key)", len(data), ed25519.PrivateKeySize)
	}
	priv := ed25519.NewKeyFromSeed(data[:ed25519.SeedSize])
	if !bytes.Equal(priv[ed25519.SeedSize:], data[ed25519.SeedSize:]) {
		return nil, errors.New("ed25519 key file is inconsistent: its public key half does not match its seed")
	}
	return priv, nil
}

// ParseBLSFile decodes an oxend key_bls file (32-byte big-endian secret).
func ParseBLSFile(data []byte) (bls.SecretKey, error) {
	sk, err := bls.ParseSecretKey(data)
	if err != nil {
		return bls.SecretKey{}, fmt.Errorf("bls key file: %w", err)
	}
	return sk, nil
}

// Exists reports whether dir holds any key file.
func Exists(dir string) bool {
	for _, f := range []string{Ed25519File, BLSFile} {
		if _, err := os.Lstat(filepath.Join(dir, f)); err == nil {
			return true
		}
	}
	return false
}

// Save writes the key files into dir with mode 0600. Unless overwrite is set
// it refuses to replace existing key files.
func (id *Identity) Save(dir string, overwrite bool) error {
	if !overwrite && Exists(dir) {
		return fmt.Errorf("%w in %s (refusing to overwrite a node identity)", ErrKeysExist, dir)
	}
	if err := writeSecret(filepath.Join(dir, Ed25519File), id.Ed25519); err != nil {
		return err
	}
	return writeSecret(filepath.Join(dir, BLSFile), id.BLS[:])
}

// Load reads the identity from dir, refusing key files that group or others
// can read.
func Load(dir string) (*Identity, error) {
	edRaw, err := readSecret(filepath.Join(dir, Ed25519File))
	if err != nil {
		return nil, err
	}
	edPriv, err := ParseEd25519File(edRaw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, Ed25519File), err)
	}
	blsRaw, err := readSecret(filepath.Join(dir, BLSFile))
	if err != nil {
		return nil, err
	}
	sk, err := ParseBLSFile(blsRaw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, BLSFile), err)
	}
	return New(edPriv, sk)
}

// PermissionError reports a key file readable by group or others.
type PermissionError struct {
	Path string
	Mode os.FileMode
}

func (e *PermissionError) Error() string {
	return fmt.Sprintf("key file %s has mode %#o and is readable by group or others; fix with: chmod 600 %s", e.Path, e.Mode.Perm(), e.Path)
}

func readSecret(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("key file %s is missing: run `sessiond init` or `sessiond keys import-oxend` first", path)
		}
		return nil, fmt.Errorf("key file: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, &PermissionError{Path: path, Mode: fi.Mode()}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	return b, nil
}

// writeSecret writes data to path atomically with mode 0600.
func writeSecret(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write key file %s: %w", path, err)
	}
	return nil
}
