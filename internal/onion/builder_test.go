package onion

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// testNode is a service node with both keys.
type testNode struct {
	hop Hop
	kp  KeyPair
}

func newTestNodes(t testing.TB, rng *rand.ChaCha8, n int) []testNode {
	t.Helper()
	nodes := make([]testNode, n)
	for i := range nodes {
		var seed [32]byte
		rng.Read(seed[:])
		pub := ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey)
		kp, err := GenerateKeyPair(rng)
		if err != nil {
			t.Fatal(err)
		}
		copy(nodes[i].hop.Ed25519[:], pub)
		nodes[i].hop.X25519 = kp.Public
		nodes[i].kp = kp
	}
	return nodes
}

func hops(nodes []testNode) []Hop {
	h := make([]Hop, len(nodes))
	for i, n := range nodes {
		h[i] = n.hop
	}
	return h
}

// peel runs the request through the nodes as upstream would, checking every
// relay decision and hop number, and returns the last node's layer.
func peel(t testing.TB, request []byte, nodes []testNode) *Layer {
	t.Helper()
	req, layer, err := OpenEntry(nodes[0].kp, request)
	if err != nil {
		t.Fatalf("entry node: %v", err)
	}
	hop := req.HopNo
	for i := 1; i < len(nodes); i++ {
		relay, ok := layer.Route.(*RelayToNode)
		if !ok {
			t.Fatalf("hop %d: route %v, want relay", i-1, layer.Route.Kind())
		}
		if relay.Destination != nodes[i].hop.Ed25519 {
			t.Fatalf("hop %d relays to %x, want %x", i-1, relay.Destination, nodes[i].hop.Ed25519)
		}
		hop = ReceivedHopNo(NextHopNo(hop), true)
		if err := CheckHopNo(hop); err != nil {
			t.Fatal(err)
		}
		layer, err = OpenLayer(nodes[i].kp, relay.EncType, relay.EphemeralKey, relay.Ciphertext)
		if err != nil {
			t.Fatalf("hop %d: %v", i, err)
		}
	}
	return layer
}

func TestBuildPeelSnode(t *testing.T) {
	payload := []byte(`{"method":"retrieve","params":{"pubkey":"05abc"}}`)
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		for pathLen := 0; pathLen <= 3; pathLen++ {
			t.Run(fmt.Sprintf("%v/path%d", enc, pathLen), func(t *testing.T) {
				rng := rand.NewChaCha8([32]byte{byte(enc), byte(pathLen)})
				nodes := newTestNodes(t, rng, pathLen+1)
				b := Builder{EncType: enc, Rand: rng}
				o, err := b.BuildToSnode(hops(nodes[:pathLen]), nodes[pathLen].hop, payload)
				if err != nil {
					t.Fatal(err)
				}
				// Outer JSON exactly as libsession's nlohmann dump.
				_, meta, _ := ParseFrame(o.Request)
				if pathLen == 0 {
					if want := fmt.Sprintf(`{"enc_type":"%v","ephemeral_key":"%x"}`, enc, o.FinalKeyPair.Public); string(meta) != want {
						t.Fatalf("outer meta %s, want %s", meta, want)
					}
				} else if !strings.HasPrefix(string(meta), fmt.Sprintf(`{"enc_type":"%v","ephemeral_key":"`, enc)) {
					t.Fatalf("outer meta %s", meta)
				}
				layer := peel(t, o.Request, nodes)
				f, ok := layer.Route.(*FinalDestination)
				if !ok {
					t.Fatalf("last route %v", layer.Route.Kind())
				}
				if !bytes.Equal(f.Body, payload) || f.JSON || !f.Base64 {
					t.Fatalf("final %+v", f)
				}
				if !bytes.HasSuffix(layer.Plaintext, []byte(`{"headers":""}`)) {
					t.Fatalf("final layer %q", layer.Plaintext)
				}
				if layer.Key != o.FinalKey {
					t.Fatal("node and client final keys differ")
				}
				// The destination replies; intermediate hops pass it back as is.
				reply, err := SealReply(rng, layer.Key, 200, JSONBody([]byte(`{"hi": "123"}`)), f.ReplyOptions())
				if err != nil {
					t.Fatal(err)
				}
				r, err := o.OpenReply(reply)
				if err != nil {
					t.Fatal(err)
				}
				if r.Status != 200 || string(r.Body) != `"{\"hi\":\"123\"}"` || string(r.BodyBytes()) != `{"hi":"123"}` {
					t.Fatalf("reply %d %s", r.Status, r.Body)
				}
			})
		}
	}
}

func TestBuildRelayJSONMatchesLibsession(t *testing.T) {
	rng := rand.NewChaCha8([32]byte{9})
	nodes := newTestNodes(t, rng, 3)
	o, err := Builder{EncType: EncXChaCha20, Rand: rng}.BuildToSnode(hops(nodes[:2]), nodes[2].hop, []byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	_, layer, err := OpenEntry(nodes[0].kp, o.Request)
	if err != nil {
		t.Fatal(err)
	}
	relay := layer.Route.(*RelayToNode)
	_, meta, _ := ParseFrame(layer.Plaintext)
	want := fmt.Sprintf(`{"destination":"%x","enc_type":"xchacha20","ephemeral_key":"%x"}`, nodes[1].hop.Ed25519, relay.EphemeralKey)
	if string(meta) != want {
		t.Fatalf("relay JSON %s\nwant %s", meta, want)
	}
	layer, err = OpenLayer(nodes[1].kp, relay.EncType, relay.EphemeralKey, relay.Ciphertext)
	if err != nil {
		t.Fatal(err)
	}
	_, meta, _ = ParseFrame(layer.Plaintext)
	want = fmt.Sprintf(`{"destination":"%x","enc_type":"xchacha20","ephemeral_key":"%x"}`, nodes[2].hop.Ed25519, o.FinalKeyPair.Public)
	if string(meta) != want {
		t.Fatalf("last relay JSON %s\nwant %s", meta, want)
	}
}

func TestBuildDeterministic(t *testing.T) {
	nodes := newTestNodes(t, rand.NewChaCha8([32]byte{1}), 4)
	build := func() []byte {
		o, err := Builder{EncType: EncXChaCha20, Rand: rand.NewChaCha8([32]byte{2})}.BuildToSnode(hops(nodes[:3]), nodes[3].hop, []byte("x"))
		if err != nil {
			t.Fatal(err)
		}
		return o.Request
	}
	a, b := build(), build()
	if !bytes.Equal(a, b) {
		t.Fatal("same randomness gave different onions")
	}
	// Size: payload + per-layer framing and overhead.
	if len(a) < 4*40 {
		t.Fatalf("onion only %d bytes", len(a))
	}
}

func TestBuildOptionsAndHopNo(t *testing.T) {
	rng := rand.NewChaCha8([32]byte{3})
	nodes := newTestNodes(t, rng, 2)
	b := Builder{EncType: EncAESGCM, Rand: rng, HopNo: 7, ReplyJSON: true, ReplyRaw: true}
	o, err := b.BuildToSnode(hops(nodes[:1]), nodes[1].hop, []byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	req, err := ParseEntryRequest(o.Request)
	if err != nil || req.HopNo != 7 {
		t.Fatalf("hop_no %v %v", req, err)
	}
	layer := peel(t, o.Request, nodes)
	if !bytes.HasSuffix(layer.Plaintext, []byte(`{"base64":false,"headers":"","json":true}`)) {
		t.Fatalf("control JSON in %q", layer.Plaintext)
	}
	f := layer.Route.(*FinalDestination)
	reply, err := SealReply(rng, layer.Key, 200, JSONBody([]byte(` {"a": [1, 2]} `)), f.ReplyOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(reply) != len(`{"body":{"a":[1,2]},"status":200}`)+28 {
		t.Fatalf("raw reply %d bytes", len(reply))
	}
	r, err := o.OpenReply(reply)
	if err != nil || r.Status != 200 || string(r.Body) != `{"a":[1,2]}` || string(r.BodyBytes()) != `{"a":[1,2]}` {
		t.Fatalf("reply %+v %v", r, err)
	}
}

func TestBuildPeelServer(t *testing.T) {
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		t.Run(enc.String(), func(t *testing.T) {
			rng := rand.NewChaCha8([32]byte{4, byte(enc)})
			nodes := newTestNodes(t, rng, 3)
			server, _ := GenerateKeyPair(rng)
			payload := []byte("l30:{\"method\":\"GET\",\"endpoint\":\"/\"}e")
			dest := ServerDestination{Host: "open.getsession.org", Target: "/oxen/v4/lsrpc", Protocol: "https", X25519: server.Public}
			o, err := Builder{EncType: enc, Rand: rng}.BuildToServer(hops(nodes), dest, payload)
			if err != nil {
				t.Fatal(err)
			}
			layer := peel(t, o.Request, nodes)
			p, ok := layer.Route.(*ProxyToServer)
			if !ok {
				t.Fatalf("route %v", layer.Route.Kind())
			}
			if p.Host != dest.Host || p.Target != dest.Target || p.Port != 443 || p.Protocol != "https" || p.Method != "POST" {
				t.Fatalf("proxy %+v", p)
			}
			if err := p.Validate(); err != nil {
				t.Fatal(err)
			}
			if p.URL() != "https://open.getsession.org/oxen/v4/lsrpc" {
				t.Fatal(p.URL())
			}
			if !bytes.Equal(p.Payload, layer.Plaintext) {
				t.Fatal("proxy payload is not the whole layer")
			}
			_, meta, _ := ParseFrame(p.Payload)
			want := fmt.Sprintf(`{"enc_type":"%v","ephemeral_key":"%x","host":"open.getsession.org","method":"POST","port":443,"protocol":"https","target":"/oxen/v4/lsrpc"}`, enc, o.FinalKeyPair.Public)
			if string(meta) != want {
				t.Fatalf("server route %s\nwant %s", meta, want)
			}
			// The server re-parses the same frame and decrypts with its key.
			sreq, err := ParseEntryRequest(p.Payload)
			if err != nil {
				t.Fatal(err)
			}
			skey, err := DeriveKey(sreq.EncType, RoleNode, server, sreq.EphemeralKey)
			if err != nil {
				t.Fatal(err)
			}
			got, err := skey.Open(sreq.Ciphertext)
			if err != nil || !bytes.Equal(got, payload) {
				t.Fatalf("server payload %q %v", got, err)
			}
			// v4 reply: raw encrypted bytes.
			body := []byte("l23:{\"code\":200,\"headers\":{}}2:hie")
			ct, _ := skey.Seal(rng, body)
			if pt, err := o.Decrypt(ct); err != nil || !bytes.Equal(pt, body) {
				t.Fatalf("client decrypt %q %v", pt, err)
			}
		})
	}
	// http without a port gets 80 from the builder.
	rng := rand.NewChaCha8([32]byte{5})
	nodes := newTestNodes(t, rng, 1)
	server, _ := GenerateKeyPair(rng)
	o, err := Builder{Rand: rng}.BuildToServer(hops(nodes), ServerDestination{Host: "h", Target: "/loki/v3/lsrpc", Protocol: "http", X25519: server.Public}, nil)
	if err != nil {
		t.Fatal(err)
	}
	l := peel(t, o.Request, nodes)
	if p := l.Route.(*ProxyToServer); p.Port != 80 || p.URL() != "http://h/loki/v3/lsrpc" {
		t.Fatalf("%+v", p)
	}
	if _, err := (Builder{}).BuildToServer(nil, ServerDestination{Host: "h"}, nil); err == nil {
		t.Fatal("incomplete server destination accepted")
	}
}

func TestReplyFallbackToGCM(t *testing.T) {
	rng := rand.NewChaCha8([32]byte{6})
	nodes := newTestNodes(t, rng, 2)
	o, err := Builder{EncType: EncXChaCha20, Rand: rng}.BuildToSnode(hops(nodes[:1]), nodes[1].hop, []byte("{}"))
	if err != nil {
		t.Fatal(err)
	}
	// A legacy server answering with aes-gcm to an xchacha20 request.
	gcm, _ := DeriveKey(EncAESGCM, RoleNode, nodes[1].kp, o.FinalKeyPair.Public)
	reply, _ := SealReply(rng, gcm, 400, TextBody("nope"), DefaultReplyOptions)
	r, err := o.OpenReply(reply)
	if err != nil || r.Status != 400 || string(r.BodyBytes()) != "nope" {
		t.Fatalf("%+v %v", r, err)
	}
	if _, err := o.OpenReply([]byte("!!!")); err == nil {
		t.Fatal("bad base64 accepted")
	}
	if _, err := o.Decrypt(make([]byte, 60)); !errors.Is(err, ErrInvalidCiphertext) {
		t.Fatalf("garbage: %v", err)
	}
}

func TestMarshalReply(t *testing.T) {
	for _, c := range []struct {
		status int
		body   ReplyBody
		embed  bool
		want   string
	}{
		// request_handler.h FinalDestinationInfo comment.
		{200, JSONBody([]byte(`{"hi": "123"}`)), false, `{"body":"{\"hi\":\"123\"}","status":200}`},
		{200, JSONBody([]byte(`{"hi": "123"}`)), true, `{"body":{"hi":"123"},"status":200}`},
		{400, TextBody("Invalid json"), false, `{"body":"Invalid json","status":400}`},
		{400, TextBody("Invalid url"), true, `{"body":"Invalid url","status":400}`},
		{421, TextBody("<a&b>\n\"é\"\x01"), false, `{"body":"<a&b>\n\"é\"\u0001","status":421}`},
		{200, TextBody(""), false, `{"body":"","status":200}`},
		{200, JSONBody([]byte(`"s"`)), false, `{"body":"\"s\"","status":200}`},
		{200, JSONBody([]byte(`[1, 2.5, null]`)), true, `{"body":[1,2.5,null],"status":200}`},
	} {
		got, err := MarshalReply(c.status, c.body, c.embed)
		if err != nil || string(got) != c.want {
			t.Errorf("MarshalReply = %s, %v; want %s", got, err, c.want)
		}
		r, err := ParseReply(got)
		if err != nil || r.Status != c.status {
			t.Errorf("ParseReply(%s) = %+v, %v", got, r, err)
		}
	}
	if _, err := MarshalReply(200, JSONBody([]byte(`{`)), true); err == nil {
		t.Fatal("invalid JSON body accepted")
	}
	for _, bad := range []string{`{}`, `{"status":"200"}`, `[]`, `x`} {
		if _, err := ParseReply([]byte(bad)); err == nil {
			t.Errorf("ParseReply(%s) accepted", bad)
		}
	}
}

func TestSealReplyEncoding(t *testing.T) {
	node, _ := GenerateKeyPair(nil)
	client, _ := GenerateKeyPair(nil)
	for _, enc := range []EncType{EncAESGCM, EncXChaCha20} {
		nk, _ := DeriveKey(enc, RoleNode, node, client.Public)
		ck, _ := DeriveKey(enc, RoleClient, client, node.Public)
		pt, _ := MarshalReply(200, TextBody("ok"), false)
		b64, err := SealReply(nil, nk, 200, TextBody("ok"), DefaultReplyOptions)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := base64.StdEncoding.DecodeString(string(b64))
		if err != nil || len(raw) != len(pt)+enc.Overhead() {
			t.Fatalf("%v: base64 reply: %v", enc, err)
		}
		r, err := OpenReply(ck, b64, true)
		if err != nil || r.Status != 200 || string(r.BodyBytes()) != "ok" {
			t.Fatalf("%v: %+v %v", enc, r, err)
		}
		// Unpadded base64 is accepted by the client too.
		if _, err := OpenReply(ck, bytes.TrimRight(b64, "="), true); err != nil {
			t.Fatalf("%v: unpadded: %v", enc, err)
		}
		rawReply, _ := SealReply(nil, nk, 200, TextBody("ok"), ReplyOptions{Base64: false})
		if _, err := OpenReply(ck, rawReply, false); err != nil {
			t.Fatalf("%v: raw: %v", enc, err)
		}
		if _, err := (*Layer)(nil).SealError(nil, errInvalidURL()); err == nil {
			t.Fatal("nil layer sealed")
		}
		l := &Layer{Key: nk}
		sealed, _ := l.SealError(nil, errInvalidURL())
		r, err = OpenReply(ck, sealed, true)
		if err != nil || r.Status != 400 || string(r.Body) != `"Invalid url"` {
			t.Fatalf("%v: sealed error %+v %v", enc, r, err)
		}
	}
}
