package onion

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

// Hop is a service node on an onion path: its Ed25519 key (the "destination"
// the previous hop relays to) and its X25519 key (the layer is encrypted to
// it).
type Hop struct {
	Ed25519 [KeySize]byte
	X25519  [KeySize]byte
}

// ServerDestination is an HTTP(S) server reached through the last path hop
// (libsession set_server_destination).
type ServerDestination struct {
	Host     string
	Target   string // e.g. "/oxen/v4/lsrpc"
	Protocol string // "https" or "http"
	Port     uint16 // 0 means 443 for https, 80 otherwise
	X25519   [KeySize]byte
}

// Builder builds onion requests like libsession-util's onionreq::Builder:
// the payload is encrypted to the destination with ephemeral key A_n, then
// wrapped once per path hop (last hop first), each layer with its own fresh
// ephemeral key, and finally framed with the first hop's ephemeral key.
// The zero value builds aes-gcm onions with crypto/rand.
type Builder struct {
	EncType EncType
	// Rand supplies ephemeral secret keys and nonces; nil means crypto/rand.
	Rand io.Reader
	// HopNo, when positive, is sent as "hop_no" in the outer JSON to hide
	// the path position (libsession never sets it).
	HopNo int
	// ReplyJSON asks a service-node destination to embed JSON results
	// ("json": true); ReplyRaw asks for the encrypted reply without base64
	// ("base64": false). By default the final layer's JSON is {"headers":""}.
	ReplyJSON bool
	ReplyRaw  bool
}

// Onion is a built request and what the client keeps to read the reply.
type Onion struct {
	// Request is the first hop's body (POST /onion_req/v2 or QUIC onion_req).
	Request []byte
	EncType EncType
	// FinalKeyPair is the ephemeral key pair of the destination's layer and
	// FinalKey the layer key it shares with DestinationX25519.
	FinalKeyPair      KeyPair
	FinalKey          LayerKey
	DestinationX25519 [KeySize]byte
	// Reply is how a service-node destination encodes its reply.
	Reply ReplyOptions
}

type relayRoute struct {
	Destination  string `json:"destination"`
	EncType      string `json:"enc_type"`
	EphemeralKey string `json:"ephemeral_key"`
}

type serverRoute struct {
	EncType      string `json:"enc_type"`
	EphemeralKey string `json:"ephemeral_key"`
	Host         string `json:"host"`
	Method       string `json:"method"`
	Port         uint16 `json:"port"`
	Protocol     string `json:"protocol"`
	Target       string `json:"target"`
}

type finalControl struct {
	Base64  *bool  `json:"base64,omitempty"`
	Headers string `json:"headers"`
	JSON    bool   `json:"json,omitempty"`
}

type outerMeta struct {
	EncType      string `json:"enc_type"`
	EphemeralKey string `json:"ephemeral_key"`
	HopNo        int    `json:"hop_no,omitempty"`
}

// BuildToSnode builds a request that path relays to the service node dest,
// which runs payload (the client RPC JSON {"method","params"}). An empty
// path sends the request straight to dest.
func (b Builder) BuildToSnode(path []Hop, dest Hop, payload []byte) (*Onion, error) {
	ctl := finalControl{JSON: b.ReplyJSON}
	if b.ReplyRaw {
		f := false
		ctl.Base64 = &f
	}
	ctlJSON, err := marshalCompact(ctl)
	if err != nil {
		return nil, err
	}
	inner, err := BuildFrame(payload, ctlJSON)
	if err != nil {
		return nil, err
	}
	return b.build(path, dest.X25519, inner, func(final KeyPair) any {
		return relayRoute{
			Destination:  hex.EncodeToString(dest.Ed25519[:]),
			EncType:      b.EncType.String(),
			EphemeralKey: hex.EncodeToString(final.Public[:]),
		}
	})
}

// BuildToServer builds a request whose last path hop proxies it to the HTTP
// server dest; payload (e.g. a v4 bencoded request) is encrypted directly to
// the server's X25519 key.
func (b Builder) BuildToServer(path []Hop, dest ServerDestination, payload []byte) (*Onion, error) {
	if dest.Host == "" || dest.Target == "" || dest.Protocol == "" {
		return nil, errors.New("onion: server destination needs host, target and protocol")
	}
	port := dest.Port
	if port == 0 {
		port = 80
		if dest.Protocol == "https" {
			port = 443
		}
	}
	return b.build(path, dest.X25519, payload, func(final KeyPair) any {
		return serverRoute{
			EncType:      b.EncType.String(),
			EphemeralKey: hex.EncodeToString(final.Public[:]),
			Host:         dest.Host,
			Method:       "POST",
			Port:         port,
			Protocol:     dest.Protocol,
			Target:       dest.Target,
		}
	})
}

// build encrypts destPlain to destX25519 and wraps it for every path hop.
// lastRoute gives the routing JSON of the last path hop.
func (b Builder) build(path []Hop, destX25519 [KeySize]byte, destPlain []byte, lastRoute func(KeyPair) any) (*Onion, error) {
	if !b.EncType.Valid() {
		return nil, fmt.Errorf("onion: invalid %v", b.EncType)
	}
	final, err := GenerateKeyPair(b.Rand)
	if err != nil {
		return nil, err
	}
	finalKey, err := DeriveKey(b.EncType, RoleClient, final, destX25519)
	if err != nil {
		return nil, err
	}
	blob, err := finalKey.Seal(b.Rand, destPlain)
	if err != nil {
		return nil, err
	}
	eph := final // the key pair the current blob is encrypted with
	for i := len(path) - 1; i >= 0; i-- {
		var route any
		if i == len(path)-1 {
			route = lastRoute(final)
		} else {
			route = relayRoute{
				Destination:  hex.EncodeToString(path[i+1].Ed25519[:]),
				EncType:      b.EncType.String(),
				EphemeralKey: hex.EncodeToString(eph.Public[:]),
			}
		}
		routeJSON, err := marshalCompact(route)
		if err != nil {
			return nil, err
		}
		data, err := BuildFrame(blob, routeJSON)
		if err != nil {
			return nil, err
		}
		if eph, err = GenerateKeyPair(b.Rand); err != nil {
			return nil, err
		}
		if blob, err = Encrypt(b.Rand, b.EncType, RoleClient, eph, path[i].X25519, data); err != nil {
			return nil, err
		}
	}
	meta, err := marshalCompact(outerMeta{
		EncType:      b.EncType.String(),
		EphemeralKey: hex.EncodeToString(eph.Public[:]),
		HopNo:        max(0, b.HopNo),
	})
	if err != nil {
		return nil, err
	}
	req, err := BuildFrame(blob, meta)
	if err != nil {
		return nil, err
	}
	return &Onion{
		Request:           req,
		EncType:           b.EncType,
		FinalKeyPair:      final,
		FinalKey:          finalKey,
		DestinationX25519: destX25519,
		Reply:             ReplyOptions{JSON: b.ReplyJSON, Base64: !b.ReplyRaw},
	}, nil
}

// Decrypt opens a ciphertext the destination encrypted with the final layer
// key. Like libsession's ResponseParser, an xchacha20 onion whose reply does
// not open with xchacha20 is retried as aes-gcm (old servers answered errors
// with aes-gcm).
func (o *Onion) Decrypt(ciphertext []byte) ([]byte, error) {
	pt, err := o.FinalKey.Open(ciphertext)
	if err == nil || o.EncType != EncXChaCha20 {
		return pt, err
	}
	k, kerr := DeriveKey(EncAESGCM, RoleClient, o.FinalKeyPair, o.DestinationX25519)
	if kerr != nil {
		return nil, err
	}
	if pt, gerr := k.Open(ciphertext); gerr == nil {
		return pt, nil
	}
	return nil, err
}

// OpenReply decodes a service-node destination's reply body (base64 unless
// the onion asked otherwise), decrypts it and parses {"body","status"}.
func (o *Onion) OpenReply(body []byte) (*Reply, error) {
	ct := body
	if o.Reply.Base64 {
		var err error
		if ct, err = decodeBase64(body); err != nil {
			return nil, err
		}
	}
	pt, err := o.Decrypt(ct)
	if err != nil {
		return nil, err
	}
	return ParseReply(pt)
}
