package onion

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/sessiond/sessiond/internal/testvec"
)

// vectorsPath is shared/testdata/vectors.json (the test fails if it is missing).
func vectorsPath(t testing.TB) string { return testvec.Path(t) }

type vectorGroup struct {
	Source string            `json:"source"`
	Notes  string            `json:"notes"`
	Cases  []json.RawMessage `json:"cases"`
}

func loadGroup(t testing.TB, name string) vectorGroup {
	t.Helper()
	data, err := os.ReadFile(vectorsPath(t))
	if err != nil {
		t.Fatalf("read vectors: %v", err)
	}
	var all map[string]vectorGroup
	if err := json.Unmarshal(data, &all); err != nil {
		t.Fatalf("parse vectors: %v", err)
	}
	g, ok := all[name]
	if !ok || len(g.Cases) == 0 {
		t.Fatalf("vectors group %q missing or empty", name)
	}
	return g
}

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex %q: %v", s, err)
	}
	return b
}

func key32(t testing.TB, s string) [KeySize]byte {
	t.Helper()
	var k [KeySize]byte
	b := unhex(t, s)
	if len(b) != KeySize {
		t.Fatalf("key %q is %d bytes", s, len(b))
	}
	copy(k[:], b)
	return k
}

func keyPair(t testing.TB, secretHex, publicHex string) KeyPair {
	t.Helper()
	kp, err := KeyPairFromSecret(key32(t, secretHex))
	if err != nil {
		t.Fatalf("KeyPairFromSecret: %v", err)
	}
	if publicHex != "" && hex.EncodeToString(kp.Public[:]) != publicHex {
		t.Fatalf("public key of %s = %x, want %s", secretHex, kp.Public, publicHex)
	}
	return kp
}

type cryptoCase struct {
	Kind              string `json:"kind"`
	Name              string `json:"name"`
	Description       string `json:"description"`
	SecretKey         string `json:"x25519_secret_key"`
	PublicKey         string `json:"x25519_public_key"`
	EncType           string `json:"enc_type"`
	NodeSecret        string `json:"node_x25519_secret_key"`
	NodePublic        string `json:"node_x25519_public_key"`
	ClientPublic      string `json:"client_x25519_public_key"`
	Ciphertext        string `json:"ciphertext"`
	ExpectSuccess     bool   `json:"expect_success"`
	ExpectedPlaintext string `json:"expected_plaintext"`
	PlaintextLength   int    `json:"plaintext_length"`
	CiphertextLength  int    `json:"ciphertext_length"`
	OverheadBytes     int    `json:"overhead_bytes"`
}

func TestVectorsOnionCrypto(t *testing.T) {
	g := loadGroup(t, "onion_crypto")
	var cases []cryptoCase
	secrets := map[string]string{} // public hex -> secret hex
	for _, raw := range g.Cases {
		var c cryptoCase
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, c)
		if c.Kind == "x25519_keypair" {
			secrets[c.PublicKey] = c.SecretKey
		}
	}
	counts := map[string]int{}
	for i, c := range cases {
		counts[c.Kind]++
		name := c.Kind + "/" + c.Name + c.Description
		t.Run(name, func(t *testing.T) {
			switch c.Kind {
			case "x25519_keypair":
				keyPair(t, c.SecretKey, c.PublicKey)
			case "decrypt":
				enc, err := ParseEncType(c.EncType)
				if err != nil {
					t.Fatal(err)
				}
				node := keyPair(t, c.NodeSecret, c.NodePublic)
				clientPub := key32(t, c.ClientPublic)
				ct := unhex(t, c.Ciphertext)
				pt, err := Decrypt(enc, RoleNode, node, clientPub, ct)
				if !c.ExpectSuccess {
					if err == nil {
						t.Fatalf("decrypt succeeded (%q), want failure", pt)
					}
					if !errors.Is(err, ErrInvalidCiphertext) {
						t.Fatalf("error %v does not match ErrInvalidCiphertext", err)
					}
					// The node-level entry point reports upstream's 400.
					_, lerr := OpenLayer(node, enc, clientPub, ct)
					var oe *Error
					if !errors.As(lerr, &oe) || oe.Status != 400 || oe.Message != "Invalid ciphertext" || oe.Encrypted {
						t.Fatalf("OpenLayer error = %#v", lerr)
					}
					return
				}
				if err != nil {
					t.Fatalf("decrypt: %v", err)
				}
				if string(pt) != c.ExpectedPlaintext {
					t.Fatalf("plaintext %q, want %q", pt, c.ExpectedPlaintext)
				}
				if len(ct) != len(pt)+enc.Overhead() {
					t.Fatalf("ciphertext %d bytes for %d plaintext, overhead %d", len(ct), len(pt), enc.Overhead())
				}
				// The client holds the same key: it decrypts the same
				// ciphertext, and a fresh client encryption opens at the node.
				if sec, ok := secrets[c.ClientPublic]; ok {
					client := keyPair(t, sec, c.ClientPublic)
					pt2, err := Decrypt(enc, RoleClient, client, node.Public, ct)
					if err != nil || string(pt2) != c.ExpectedPlaintext {
						t.Fatalf("client-side decrypt = %q, %v", pt2, err)
					}
					ct2, err := Encrypt(nil, enc, RoleClient, client, node.Public, pt)
					if err != nil {
						t.Fatal(err)
					}
					if pt3, err := Decrypt(enc, RoleNode, node, clientPub, ct2); err != nil || !bytes.Equal(pt3, pt) {
						t.Fatalf("re-encrypted round trip = %q, %v", pt3, err)
					}
				} else {
					t.Fatalf("case %d: no key pair case for client %s", i, c.ClientPublic)
				}
			case "overhead":
				enc, err := ParseEncType(c.EncType)
				if err != nil {
					t.Fatal(err)
				}
				if enc.Overhead() != c.OverheadBytes {
					t.Fatalf("Overhead() = %d, want %d", enc.Overhead(), c.OverheadBytes)
				}
				a, _ := GenerateKeyPair(nil)
				b, _ := GenerateKeyPair(nil)
				pt := bytes.Repeat([]byte{'x'}, c.PlaintextLength)
				for _, role := range []Role{RoleClient, RoleNode} {
					ct, err := Encrypt(nil, enc, role, a, b.Public, pt)
					if err != nil {
						t.Fatal(err)
					}
					if len(ct) != c.CiphertextLength || len(ct)-len(pt) != c.OverheadBytes {
						t.Fatalf("ciphertext length %d, want %d", len(ct), c.CiphertextLength)
					}
				}
			default:
				t.Fatalf("unknown kind %q", c.Kind)
			}
		})
	}
	if want := map[string]int{"x25519_keypair": 6, "decrypt": 13, "overhead": 4}; len(cases) != 23 ||
		counts["x25519_keypair"] != want["x25519_keypair"] || counts["decrypt"] != want["decrypt"] || counts["overhead"] != want["overhead"] {
		t.Fatalf("ran %d cases %v, want 23 %v", len(cases), counts, want)
	}
}

type frameCase struct {
	Description              string `json:"description"`
	Frame                    string `json:"frame"`
	NodeSecret               string `json:"node_x25519_secret_key"`
	NodePublic               string `json:"node_x25519_public_key"`
	ClientSecret             string `json:"client_x25519_secret_key"`
	ExpectedCiphertextLength int    `json:"expected_ciphertext_length"`
	ExpectedCiphertext       string `json:"expected_ciphertext"`
	ExpectedMetadataJSON     string `json:"expected_metadata_json"`
	ExpectedEncType          string `json:"expected_enc_type"`
	ExpectedEphemeralKey     string `json:"expected_ephemeral_key"`
	ExpectedPayload          string `json:"expected_payload"`
	ReplyPlaintext           string `json:"reply_plaintext"`
	ExpectedReplyLength      int    `json:"expected_reply_length"`
}

func TestVectorsOnionFrames(t *testing.T) {
	g := loadGroup(t, "onion_frames")
	if len(g.Cases) != 2 {
		t.Fatalf("%d onion_frames cases, want 2", len(g.Cases))
	}
	for _, raw := range g.Cases {
		var c frameCase
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatal(err)
		}
		t.Run(c.Description, func(t *testing.T) {
			frame := unhex(t, c.Frame)
			ct, meta, err := ParseFrame(frame)
			if err != nil {
				t.Fatalf("ParseFrame: %v", err)
			}
			if len(ct) != c.ExpectedCiphertextLength || hex.EncodeToString(ct) != c.ExpectedCiphertext {
				t.Fatalf("ciphertext %x (%d bytes), want %s (%d)", ct, len(ct), c.ExpectedCiphertext, c.ExpectedCiphertextLength)
			}
			if string(meta) != c.ExpectedMetadataJSON {
				t.Fatalf("metadata %q, want %q", meta, c.ExpectedMetadataJSON)
			}
			if rebuilt, err := BuildFrame(ct, meta); err != nil || !bytes.Equal(rebuilt, frame) {
				t.Fatalf("BuildFrame does not reproduce the frame: %v", err)
			}

			req, err := ParseEntryRequest(frame)
			if err != nil {
				t.Fatalf("ParseEntryRequest: %v", err)
			}
			if req.EncType.String() != c.ExpectedEncType || hex.EncodeToString(req.EphemeralKey[:]) != c.ExpectedEphemeralKey || req.HopNo != 0 {
				t.Fatalf("entry request %v %x hop %d", req.EncType, req.EphemeralKey, req.HopNo)
			}
			if !bytes.Equal(req.Ciphertext, ct) {
				t.Fatal("entry ciphertext differs from ParseFrame's")
			}

			node := keyPair(t, c.NodeSecret, c.NodePublic)
			client := keyPair(t, c.ClientSecret, c.ExpectedEphemeralKey)
			key, err := DeriveKey(req.EncType, RoleNode, node, req.EphemeralKey)
			if err != nil {
				t.Fatal(err)
			}
			pt, err := key.Open(req.Ciphertext)
			if err != nil || string(pt) != c.ExpectedPayload {
				t.Fatalf("payload %q, %v; want %q", pt, err, c.ExpectedPayload)
			}

			// The reply is encrypted with the same key; the client opens it
			// with its ephemeral secret and the node's public key.
			reply, err := key.Seal(nil, []byte(c.ReplyPlaintext))
			if err != nil {
				t.Fatal(err)
			}
			if len(reply) != c.ExpectedReplyLength {
				t.Fatalf("reply %d bytes, want %d", len(reply), c.ExpectedReplyLength)
			}
			got, err := Decrypt(req.EncType, RoleClient, client, node.Public, reply)
			if err != nil || string(got) != c.ReplyPlaintext {
				t.Fatalf("client reply decrypt = %q, %v", got, err)
			}

			// "Hello world" is not [N][inner][json]: a node answers the
			// encrypted 400 "Invalid json", which the client can read.
			req2, layer, err := OpenEntry(node, frame)
			if req2 == nil || layer == nil || string(layer.Plaintext) != c.ExpectedPayload || !errors.Is(err, ErrInvalidJSON) {
				t.Fatalf("OpenEntry = %v, %v, %v", req2, layer, err)
			}
			var oe *Error
			if !errors.As(err, &oe) || !oe.Encrypted || oe.Status != 400 || oe.Message != "Invalid json" {
				t.Fatalf("error %#v", err)
			}
			sealed, err := layer.SealError(nil, oe)
			if err != nil {
				t.Fatal(err)
			}
			clientKey, _ := DeriveKey(req.EncType, RoleClient, client, node.Public)
			r, err := OpenReply(clientKey, sealed, true)
			if err != nil || r.Status != 400 || string(r.BodyBytes()) != "Invalid json" {
				t.Fatalf("error reply = %+v, %v", r, err)
			}
		})
	}
}
