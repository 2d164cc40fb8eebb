package onion

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"testing"
)

// fixedLayers are this package's own known answers. The keys are SHA-256 of
// "sessiond node 1", "sessiond node 2", "sessiond client 1", "sessiond client 2";
// the nonces are fixed. They were computed independently of this package
// (Python: cryptography's X25519/AESGCM/ChaCha20Poly1305, hashlib BLAKE2b,
// HMAC-SHA256, and a separate HChaCha20 for XChaCha20), and that
// implementation also reproduces the libsession-util vectors.
var fixedLayers = []struct {
	name                                   string
	enc                                    EncType
	nodeSec, nodePub, clientSec, clientPub string
	key                                    string // derived layer key
	plaintext, ciphertext                  string
}{
	{name: "gcm text", enc: EncAESGCM, nodeSec: "235ab39fc19d852691f4599102757554f0fa3ef916991b6e3d6e19aeddb1e4e6", nodePub: "b5144b050d0bd71a5a82dbc233aefa393ae6991b63b18d86ca3079c1c2809630", clientSec: "70b149cada7b8112504e5b4540361bd70389088fd9e9d2c7a2885ad248c1f62f", clientPub: "3eaa4796d7483d473038081d00a78e7c51ace1e2fca353c97d6aa1ef4483dd71", key: "589424580f356cf63bbc2ac2346109684d8d9591662b458cda9aca8093a5fabd", plaintext: "73657373696f6e64206f6e696f6e206c61796572", ciphertext: "000102030405060708090a0b197f9dd654235f9f860c936cd057f1c819bce383108e9b33d96bb8497dd593a8a137edf0"},
	{name: "xchacha text", enc: EncXChaCha20, nodeSec: "235ab39fc19d852691f4599102757554f0fa3ef916991b6e3d6e19aeddb1e4e6", nodePub: "b5144b050d0bd71a5a82dbc233aefa393ae6991b63b18d86ca3079c1c2809630", clientSec: "70b149cada7b8112504e5b4540361bd70389088fd9e9d2c7a2885ad248c1f62f", clientPub: "3eaa4796d7483d473038081d00a78e7c51ace1e2fca353c97d6aa1ef4483dd71", key: "ee70b77a33324ae4d17f767a4a7e307e8f6d6752b265be169f7757aa96544a46", plaintext: "73657373696f6e64206f6e696f6e206c61796572", ciphertext: "101112131415161718191a1b1c1d1e1f2021222324252627d2d80ef220adc6f0ef6ccfccb0fe1e7d7326bff869c40b83fdc6d49a07a0e5d5d3788dda"},
	{name: "gcm empty", enc: EncAESGCM, nodeSec: "5d6f8646d24a30d4c6279ab97aa7f10ceebc9f567b5d3a5963b6ffd238dc706f", nodePub: "b74d2ca2ae56b53af0e3f63f25ff900e699ac364bb06fae9d3b8abe0a53bfe0d", clientSec: "52122d554a8f129f965e40bc67b8f409b283f4359cabd4c497b6de40c03ce6cc", clientPub: "be47d25305f9367d847058a87c799fd4c156e037fe904e9681c51631ddf7646a", key: "90d740034e228c933ca6238dc3a073406cb074ee6b02c9a17d8a66a65c1557a8", plaintext: "", ciphertext: "ffffffffffffffffffffffff536fe0f9888c7c7fdcc5b0663fa7ef33"},
	{name: "xchacha empty", enc: EncXChaCha20, nodeSec: "5d6f8646d24a30d4c6279ab97aa7f10ceebc9f567b5d3a5963b6ffd238dc706f", nodePub: "b74d2ca2ae56b53af0e3f63f25ff900e699ac364bb06fae9d3b8abe0a53bfe0d", clientSec: "52122d554a8f129f965e40bc67b8f409b283f4359cabd4c497b6de40c03ce6cc", clientPub: "be47d25305f9367d847058a87c799fd4c156e037fe904e9681c51631ddf7646a", key: "6b53ad8622fcadb5cf50c503a1d41f8cc3b025a964d5ce5dd78924a304637e67", plaintext: "", ciphertext: "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee981cd6bfa5d42d94ff5c6c6222d6f327"},
	{name: "gcm final frame", enc: EncAESGCM, nodeSec: "5d6f8646d24a30d4c6279ab97aa7f10ceebc9f567b5d3a5963b6ffd238dc706f", nodePub: "b74d2ca2ae56b53af0e3f63f25ff900e699ac364bb06fae9d3b8abe0a53bfe0d", clientSec: "70b149cada7b8112504e5b4540361bd70389088fd9e9d2c7a2885ad248c1f62f", clientPub: "3eaa4796d7483d473038081d00a78e7c51ace1e2fca353c97d6aa1ef4483dd71", key: "ed9cd96413cc2e8f8f3b84dc8463cd61825dff402d9ff44e6fb24ffa8e202ab1", plaintext: "1d0000007b226d6574686f64223a22696e666f222c22706172616d73223a7b7d7d7b2268656164657273223a22227d", ciphertext: "6465666768696a6b6c6d6e6fb3f4b1d44f1bc043da81d1ca96b8e2c7917900f906507118e917ea324a7d60bf5b4cfd2ee019e4722a8720ed87f5c7a68b6cad34325aaef7be6d33eb33c4a5"},
	{name: "xchacha final frame", enc: EncXChaCha20, nodeSec: "235ab39fc19d852691f4599102757554f0fa3ef916991b6e3d6e19aeddb1e4e6", nodePub: "b5144b050d0bd71a5a82dbc233aefa393ae6991b63b18d86ca3079c1c2809630", clientSec: "52122d554a8f129f965e40bc67b8f409b283f4359cabd4c497b6de40c03ce6cc", clientPub: "be47d25305f9367d847058a87c799fd4c156e037fe904e9681c51631ddf7646a", key: "5e86e7ac0d6441ab801c3758f223a87bdb3de335e7604426bc538c741eb342c7", plaintext: "1d0000007b226d6574686f64223a22696e666f222c22706172616d73223a7b7d7d7b2268656164657273223a22227d", ciphertext: "c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf1db75434f83e83a3316a4e49944d93900c1cfd835caa43862a2f47ec961d08532b3fde94421290b46e3edbfb94d78cc285a80eb7994674b1495ae07061d339"},
}

func TestFixedLayerKeys(t *testing.T) {
	for _, c := range fixedLayers {
		t.Run(c.name, func(t *testing.T) {
			node := keyPair(t, c.nodeSec, c.nodePub)
			client := keyPair(t, c.clientSec, c.clientPub)
			nk, err := DeriveKey(c.enc, RoleNode, node, client.Public)
			if err != nil {
				t.Fatal(err)
			}
			ck, err := DeriveKey(c.enc, RoleClient, client, node.Public)
			if err != nil {
				t.Fatal(err)
			}
			if hex.EncodeToString(nk.key[:]) != c.key || ck.key != nk.key || nk.EncType() != c.enc {
				t.Fatalf("node key %x, client key %x, want %s", nk.key, ck.key, c.key)
			}
			ct := unhex(t, c.ciphertext)
			pt, err := Decrypt(c.enc, RoleNode, node, client.Public, ct)
			if err != nil || hex.EncodeToString(pt) != c.plaintext {
				t.Fatalf("decrypt = %x, %v", pt, err)
			}
			// Deterministic encryption: the nonce is the first bytes of ct.
			nonce := bytes.NewReader(ct[:c.enc.NonceSize()])
			got, err := Encrypt(nonce, c.enc, RoleClient, client, node.Public, pt)
			if err != nil || !bytes.Equal(got, ct) {
				t.Fatalf("encrypt = %x, %v; want %x", got, err, ct)
			}
			// Every single-bit flip must fail authentication.
			for i := range ct {
				bad := bytes.Clone(ct)
				bad[i] ^= 0x80
				if _, err := nk.Open(bad); !errors.Is(err, ErrInvalidCiphertext) {
					t.Fatalf("flip at %d: err %v", i, err)
				}
			}
			// A layer holding a frame parses into a route.
			if bytes.HasSuffix(pt, []byte(`{"headers":""}`)) {
				l, err := OpenLayer(node, c.enc, client.Public, ct)
				if err != nil {
					t.Fatal(err)
				}
				f, ok := l.Route.(*FinalDestination)
				if !ok || string(f.Body) != `{"method":"info","params":{}}` || f.JSON || !f.Base64 {
					t.Fatalf("route %#v", l.Route)
				}
			}
		})
	}
}

func TestXChaChaKeyOrderMatters(t *testing.T) {
	c := fixedLayers[1]
	node := keyPair(t, c.nodeSec, c.nodePub)
	client := keyPair(t, c.clientSec, c.clientPub)
	ct := unhex(t, c.ciphertext)
	// Upstream: a node-side box that wrongly thinks it is the client fails.
	if _, err := Decrypt(EncXChaCha20, RoleClient, node, client.Public, ct); !errors.Is(err, ErrInvalidCiphertext) {
		t.Fatalf("wrong role decrypted: %v", err)
	}
	// aes-gcm keys do not depend on the role.
	a, _ := DeriveKey(EncAESGCM, RoleClient, node, client.Public)
	b, _ := DeriveKey(EncAESGCM, RoleNode, node, client.Public)
	if a.key != b.key {
		t.Fatal("aes-gcm key depends on the role")
	}
}

func TestDecryptRejectsShortAndLowOrder(t *testing.T) {
	node, _ := GenerateKeyPair(nil)
	client, _ := GenerateKeyPair(nil)
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		for n := 0; n < enc.Overhead(); n++ {
			_, err := Decrypt(enc, RoleNode, node, client.Public, make([]byte, n))
			if !errors.Is(err, ErrInvalidCiphertext) {
				t.Fatalf("%v: %d bytes: %v", enc, n, err)
			}
		}
		// Empty plaintext round trip: exactly the overhead.
		ct, err := Encrypt(nil, enc, RoleClient, client, node.Public, nil)
		if err != nil || len(ct) != enc.Overhead() {
			t.Fatalf("%v: empty encrypt %d bytes, %v", enc, len(ct), err)
		}
		if pt, err := Decrypt(enc, RoleNode, node, client.Public, ct); err != nil || pt == nil || len(pt) != 0 {
			t.Fatalf("%v: empty decrypt %v %v", enc, pt, err)
		}
		// Low-order points give an all-zero shared secret (libsodium's
		// crypto_scalarmult fails on them too).
		for _, low := range []string{
			"0000000000000000000000000000000000000000000000000000000000000000",
			"0100000000000000000000000000000000000000000000000000000000000000",
			"e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
			"ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
		} {
			_, err := Decrypt(enc, RoleNode, node, key32(t, low), make([]byte, 64))
			if !errors.Is(err, ErrInvalidCiphertext) {
				t.Fatalf("%v: low-order key %s: %v", enc, low, err)
			}
			if _, err := OpenLayer(node, enc, key32(t, low), make([]byte, 64)); !errors.Is(err, ErrInvalidCiphertext) {
				t.Fatalf("%v: OpenLayer low-order key: %v", enc, err)
			}
		}
	}
}

func TestParseEncType(t *testing.T) {
	for _, c := range []struct {
		in   string
		want EncType
		ok   bool
	}{
		{"aes-gcm", EncAESGCM, true},
		{"gcm", EncAESGCM, true},
		{"xchacha20", EncXChaCha20, true},
		{"xchacha20-poly1305", EncXChaCha20, true},
		{"aes-cbc", 0, false}, // v2.8 only; dropped upstream
		{"cbc", 0, false},
		{"AES-GCM", 0, false},
		{"XChaCha20", 0, false},
		{"", 0, false},
		{" gcm", 0, false},
	} {
		got, err := ParseEncType(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("ParseEncType(%q) = %v, %v", c.in, got, err)
		}
		if !c.ok && err != nil && err.Error() != "Invalid encryption type "+c.in {
			t.Errorf("error text %q", err)
		}
	}
	if EncAESGCM.String() != "aes-gcm" || EncXChaCha20.String() != "xchacha20" {
		t.Fatal("canonical names")
	}
	if EncAESGCM.Overhead() != 28 || EncXChaCha20.Overhead() != 40 {
		t.Fatal("overheads")
	}
	var v struct{ E EncType }
	if err := json.Unmarshal([]byte(`{"E":"xchacha20-poly1305"}`), &v); err != nil || v.E != EncXChaCha20 {
		t.Fatalf("UnmarshalText: %v %v", v.E, err)
	}
	if b, err := json.Marshal(v); err != nil || string(b) != `{"E":"xchacha20"}` {
		t.Fatalf("MarshalText: %s %v", b, err)
	}
	if _, err := EncType(7).MarshalText(); err == nil {
		t.Fatal("invalid EncType marshalled")
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("no entropy") }

func TestRandomnessFailure(t *testing.T) {
	node, _ := GenerateKeyPair(nil)
	if _, err := GenerateKeyPair(failingReader{}); err == nil {
		t.Fatal("GenerateKeyPair ignored a failing reader")
	}
	k, _ := DeriveKey(EncXChaCha20, RoleClient, node, node.Public)
	if _, err := k.Seal(failingReader{}, []byte("x")); err == nil {
		t.Fatal("Seal ignored a failing reader")
	}
	if _, err := (LayerKey{}).Seal(nil, nil); err == nil {
		t.Fatal("zero LayerKey sealed")
	}
	if _, err := (Builder{Rand: failingReader{}}).BuildToSnode(nil, Hop{X25519: node.Public}, nil); err == nil {
		t.Fatal("Builder ignored a failing reader")
	}
}
