package keys

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/curve25519"

	"github.com/sessiond/sessiond/internal/testvec"
)

type convCase struct {
	Kind                    string `json:"kind"`
	Ed25519PublicKey        string `json:"ed25519_public_key"`
	ExpectedX25519PublicKey string `json:"expected_x25519_public_key"`
	Ed25519SecretKey        string `json:"ed25519_secret_key"`
	Ed25519Seed             string `json:"ed25519_seed"`
	ExpectedX25519SecretKey string `json:"expected_x25519_secret_key"`
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	require.NoError(t, err)
	return b
}

func TestX25519ConversionVectors(t *testing.T) {
	g := testvec.Load[convCase](t, "ed25519_to_x25519")
	var pubs, secs int
	for _, c := range g.Cases {
		switch c.Kind {
		case "public_key":
			got, err := Ed25519PublicToX25519(unhex(t, c.Ed25519PublicKey))
			require.NoError(t, err)
			require.Equal(t, c.ExpectedX25519PublicKey, hex.EncodeToString(got[:]))
			pubs++
		case "secret_key":
			got, err := Ed25519SeedToX25519Secret(unhex(t, c.Ed25519Seed))
			require.NoError(t, err)
			require.Equal(t, c.ExpectedX25519SecretKey, hex.EncodeToString(got[:]))
			// The 64-byte form must parse as a consistent oxend key file.
			_, err = ParseEd25519File(unhex(t, c.Ed25519SecretKey))
			require.NoError(t, err)
			secs++
		default:
			t.Fatalf("unknown case kind %q", c.Kind)
		}
	}
	require.Positive(t, pubs)
	require.Positive(t, secs)
}

func TestEd25519PublicToX25519Rejects(t *testing.T) {
	_, err := Ed25519PublicToX25519(make([]byte, 31))
	require.ErrorIs(t, err, ErrBadEd25519Key)
	// y = 2 is not on the curve.
	bad := make([]byte, 32)
	bad[0] = 2
	_, err = Ed25519PublicToX25519(bad)
	require.ErrorIs(t, err, ErrBadEd25519Key)
}

func TestOxendKeyFileVector(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/keys/oxend/key_ed25519")
	require.NoError(t, err)
	var want struct {
		PubkeyEd25519 string `json:"pubkey_ed25519"`
		X25519Secret  string `json:"x25519_secret"`
	}
	js, err := os.ReadFile("../../testdata/keys/oxend/expected.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(js, &want))

	priv, err := ParseEd25519File(raw)
	require.NoError(t, err)
	id, err := New(priv, fixedBLS())
	require.NoError(t, err)
	require.Equal(t, want.PubkeyEd25519, id.Public().Ed25519)
	require.Equal(t, want.X25519Secret, hex.EncodeToString(id.X25519Secret[:]))
	xpub, err := curve25519.X25519(id.X25519Secret[:], curve25519.Basepoint)
	require.NoError(t, err)
	require.Equal(t, hex.EncodeToString(xpub), id.Public().X25519)
}

func TestParseEd25519FileErrors(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/keys/oxend/key_ed25519")
	require.NoError(t, err)
	for _, tc := range []struct {
		name, data, want string
	}{
		{"truncated", string(raw[:40]), "is 40 bytes, want 64"},
		{"empty", "", "is 0 bytes, want 64"},
		{"too long", string(raw) + "\n", "is 65 bytes, want 64"},
		{"mismatched public half", string(raw[:32]) + strings.Repeat("\x01", 32), "public key half does not match its seed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseEd25519File([]byte(tc.data))
			require.ErrorContains(t, err, tc.want)
			// The error must not leak key material.
			require.NotContains(t, err.Error(), hex.EncodeToString(raw[:32]))
		})
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	id, err := Generate(bytes.NewReader(bytes.Repeat([]byte{7}, 128)))
	require.NoError(t, err)
	require.NoError(t, id.Save(dir, false))
	for _, f := range []string{Ed25519File, BLSFile} {
		fi, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		require.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), f)
	}
	got, err := Load(dir)
	require.NoError(t, err)
	require.Equal(t, id.Public(), got.Public())
	require.True(t, ed25519.PrivateKey(got.Ed25519).Equal(id.Ed25519))

	require.ErrorIs(t, id.Save(dir, false), ErrKeysExist)
	require.NoError(t, id.Save(dir, true))
}

func TestLoadRefusesLoosePermissions(t *testing.T) {
	for _, f := range []string{Ed25519File, BLSFile} {
		t.Run(f, func(t *testing.T) {
			dir := t.TempDir()
			id, err := Generate(bytes.NewReader(bytes.Repeat([]byte{9}, 128)))
			require.NoError(t, err)
			require.NoError(t, id.Save(dir, false))
			path := filepath.Join(dir, f)
			require.NoError(t, os.Chmod(path, 0o644))
			_, err = Load(dir)
			var pe *PermissionError
			require.True(t, errors.As(err, &pe), "got %v", err)
			require.Equal(t, path, pe.Path)
			require.ErrorContains(t, err, "chmod 600 "+path)
		})
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(t.TempDir())
	require.ErrorContains(t, err, "run `sessiond init`")
}
