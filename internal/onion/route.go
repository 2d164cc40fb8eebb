package onion

import (
	"net/http"
	"strconv"
	"strings"
)

// RouteKind names what a hop does with its decrypted layer.
type RouteKind uint8

const (
	// RouteFinal: this node is the destination ("headers" present).
	RouteFinal RouteKind = iota + 1
	// RouteProxy: POST the layer to an HTTP(S) server ("host" present).
	RouteProxy
	// RouteRelay: forward the inner ciphertext to the next node.
	RouteRelay
)

func (k RouteKind) String() string {
	switch k {
	case RouteFinal:
		return "final"
	case RouteProxy:
		return "proxy"
	case RouteRelay:
		return "relay"
	}
	return "RouteKind(" + strconv.Itoa(int(k)) + ")"
}

// Route is the decision ParseInner makes for one decrypted layer. Its
// concrete type is *FinalDestination, *ProxyToServer or *RelayToNode.
type Route interface {
	Kind() RouteKind
	isRoute()
}

// FinalDestination: this node runs the request. Body is the client RPC JSON
// ({"method","params"}), as for POST /storage_rpc/v1.
type FinalDestination struct {
	Body []byte
	// JSON embeds a JSON result directly in the reply's "body" instead of
	// as a string ("json", default false).
	JSON bool
	// Base64 encodes the encrypted reply in base64 ("base64", default true).
	Base64 bool
}

// ReplyOptions returns the reply encoding the client asked for.
func (f *FinalDestination) ReplyOptions() ReplyOptions {
	return ReplyOptions{JSON: f.JSON, Base64: f.Base64}
}

// ProxyToServer: POST Payload to an HTTP(S) server. Call Validate before
// sending; upstream only checks the protocol and target at that point.
type ProxyToServer struct {
	// Payload is the entire decrypted layer ([N][inner][json], JSON
	// included): the server re-parses the same JSON for its own
	// ephemeral_key/enc_type.
	Payload  []byte
	Host     string
	Port     uint16 // default 443 (also for "http": upstream's default)
	Protocol string // default "https"
	Target   string
	// Method is the informational "method" string clients send ("POST");
	// upstream ignores it and always POSTs. Empty when absent or not a string.
	Method string
}

// RelayToNode: send Ciphertext to the node whose Ed25519 key is Destination,
// with EphemeralKey and EncType for that hop (sn.onion_request).
type RelayToNode struct {
	Ciphertext   []byte
	Destination  [KeySize]byte // next node's Ed25519 public key
	EphemeralKey [KeySize]byte // X25519 key the next hop decrypts with
	EncType      EncType       // default aes-gcm
}

func (*FinalDestination) Kind() RouteKind { return RouteFinal }
func (*ProxyToServer) Kind() RouteKind    { return RouteProxy }
func (*RelayToNode) Kind() RouteKind      { return RouteRelay }
func (*FinalDestination) isRoute()        {}
func (*ProxyToServer) isRoute()           {}
func (*RelayToNode) isRoute()             {}

// ParseInner interprets a decrypted layer [N][inner][json] as upstream's
// process_inner_request does, checking the JSON keys in this order:
// "headers" (any value) → FinalDestination; "host" → ProxyToServer;
// otherwise RelayToNode. Byte slices in the result alias plaintext. Every
// failure is an *Error 400 "Invalid json" (encrypted to the client).
func ParseInner(plaintext []byte) (Route, error) {
	inner, meta, err := ParseFrame(plaintext)
	if err != nil {
		return nil, errInvalidJSON(err)
	}
	obj, err := parseObject(meta)
	if err != nil {
		return nil, errInvalidJSON(err)
	}
	if _, ok := obj["headers"]; ok {
		f := &FinalDestination{Body: inner, Base64: true}
		if raw, ok := obj["json"]; ok {
			if f.JSON, err = jsonBool(raw); err != nil {
				return nil, errInvalidJSON(err)
			}
		}
		if raw, ok := obj["base64"]; ok {
			if f.Base64, err = jsonBool(raw); err != nil {
				return nil, errInvalidJSON(err)
			}
		}
		return f, nil
	}
	if raw, ok := obj["host"]; ok {
		p := &ProxyToServer{Payload: plaintext, Port: 443, Protocol: "https"}
		if p.Host, err = jsonString(raw); err != nil {
			return nil, errInvalidJSON(err)
		}
		raw, ok := obj["target"]
		if !ok {
			return nil, errInvalidJSON(missingKey("target"))
		}
		if p.Target, err = jsonString(raw); err != nil {
			return nil, errInvalidJSON(err)
		}
		if raw, ok := obj["port"]; ok {
			v, err := jsonUint(raw, 16)
			if err != nil {
				return nil, errInvalidJSON(err)
			}
			p.Port = uint16(v)
		}
		if raw, ok := obj["protocol"]; ok {
			if p.Protocol, err = jsonString(raw); err != nil {
				return nil, errInvalidJSON(err)
			}
		}
		if raw, ok := obj["method"]; ok {
			p.Method, _ = jsonString(raw)
		}
		return p, nil
	}
	r := &RelayToNode{Ciphertext: inner}
	for _, f := range []struct {
		key string
		dst *[KeySize]byte
	}{{"destination", &r.Destination}, {"ephemeral_key", &r.EphemeralKey}} {
		raw, ok := obj[f.key]
		if !ok {
			return nil, errInvalidJSON(missingKey(f.key))
		}
		s, err := jsonString(raw)
		if err != nil {
			return nil, errInvalidJSON(err)
		}
		if *f.dst, err = parseKeyHex(s); err != nil {
			return nil, errInvalidJSON(err)
		}
	}
	if raw, ok := obj["enc_type"]; ok {
		s, err := jsonString(raw)
		if err == nil {
			r.EncType, err = ParseEncType(s)
		}
		if err != nil {
			return nil, errInvalidJSON(err)
		}
	}
	return r, nil
}

// IsTargetAllowed reports whether a proxy target is allowed: it starts with
// "/loki/" or "/oxen/", ends with "/lsrpc" and has no '?'.
func IsTargetAllowed(target string) bool {
	return (strings.HasPrefix(target, "/loki/") || strings.HasPrefix(target, "/oxen/")) &&
		strings.HasSuffix(target, "/lsrpc") && !strings.Contains(target, "?")
}

// Validate checks the protocol ("http" or "https") and the target
// (IsTargetAllowed). The error is an *Error 400 "Invalid url", encrypted.
func (p *ProxyToServer) Validate() error {
	if (p.Protocol != "http" && p.Protocol != "https") || !IsTargetAllowed(p.Target) {
		return errInvalidURL()
	}
	return nil
}

// URL is the address upstream POSTs to: protocol://host[:port]/target, with
// the port left out when it is the protocol's default (443 for https, 80 for
// http).
func (p *ProxyToServer) URL() string {
	var b strings.Builder
	b.WriteString(p.Protocol)
	b.WriteString("://")
	b.WriteString(p.Host)
	def := uint16(80)
	if p.Protocol == "https" {
		def = 443
	}
	if p.Port != def {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(int(p.Port)))
	}
	if !strings.HasPrefix(p.Target, "/") {
		b.WriteByte('/')
	}
	b.WriteString(p.Target)
	return b.String()
}

// Hop numbers and limits.
const (
	// MaxHops is the largest hop_no a node accepts on sn.onion_request.
	MaxHops = 15
	// RelayTimeoutSeconds is the sn.onion_request timeout; on expiry the
	// relaying node answers RelayTimeout().
	RelayTimeoutSeconds = 30
	// ProxyTimeoutSeconds is the timeout of a proxied HTTP request (504 on
	// timeout, 502 with the client library's error text on other failures).
	ProxyTimeoutSeconds = 25
)

// EntryHopNo is the hop number of the entry node: the client's optional
// "hop_no" clamped at 0 (absent means 0). The entry node does not check it
// against MaxHops; the next hop does.
func EntryHopNo(clientHopNo int) int { return max(0, clientHopNo) }

// NextHopNo is the hop_no a node puts into sn.onion_request: its own plus 1.
func NextHopNo(hopNo int) int { return hopNo + 1 }

// ReceivedHopNo is the hop number of a node that received sn.onion_request:
// a missing (present=false) or lower-than-1 hop_no counts as 1.
func ReceivedHopNo(hopNo int, present bool) int {
	if !present || hopNo < 1 {
		return 1
	}
	return hopNo
}

// CheckHopNo rejects a received hop number above MaxHops with upstream's
// unencrypted 400 "onion request max path length exceeded". It applies to
// sn.onion_request only, before decryption.
func CheckHopNo(hopNo int) error {
	if hopNo > MaxHops {
		return &Error{Status: http.StatusBadRequest, Message: "onion request max path length exceeded", Kind: ErrTooManyHops}
	}
	return nil
}

// Layer is one decrypted hop: the key for replies and the routing decision.
type Layer struct {
	Key       LayerKey
	Plaintext []byte
	Route     Route
}

// OpenLayer decrypts a hop's ciphertext with the node's key pair and the
// hop's ephemeral key, then parses it (ParseInner). On a decryption failure
// it returns (nil, *Error "Invalid ciphertext"). On a parse failure it
// returns the Layer (Key and Plaintext set, Route nil) with an *Error
// "Invalid json", so the caller can encrypt that answer with Layer.SealError.
func OpenLayer(node KeyPair, enc EncType, ephemeral [KeySize]byte, ciphertext []byte) (*Layer, error) {
	key, err := DeriveKey(enc, RoleNode, node, ephemeral)
	if err != nil {
		return nil, errInvalidCiphertext(err)
	}
	pt, err := key.Open(ciphertext)
	if err != nil {
		return nil, errInvalidCiphertext(err)
	}
	l := &Layer{Key: key, Plaintext: pt}
	if l.Route, err = ParseInner(pt); err != nil {
		return l, err
	}
	return l, nil
}

// OpenEntry parses a first-hop request body and opens its layer
// (ParseEntryRequest then OpenLayer).
func OpenEntry(node KeyPair, body []byte) (*EntryRequest, *Layer, error) {
	req, err := ParseEntryRequest(body)
	if err != nil {
		return nil, nil, err
	}
	l, err := OpenLayer(node, req.EncType, req.EphemeralKey, req.Ciphertext)
	return req, l, err
}
