package onion

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// ReplyOptions is how the final node encodes its reply.
type ReplyOptions struct {
	// JSON embeds a JSON result as is in "body" rather than dumped into a
	// string ("json" in the final layer, default false).
	JSON bool
	// Base64 base64-encodes the encrypted reply ("base64", default true).
	Base64 bool
}

// DefaultReplyOptions are upstream's defaults: double-encoded JSON, base64.
// Encrypted errors ("Invalid json", "Invalid url") always use them.
var DefaultReplyOptions = ReplyOptions{JSON: false, Base64: true}

// ReplyBody is the result of the request a final node ran: either text or a
// JSON value (an RPC result). Binary results must be turned into text first
// (newer upstream base64-encodes them).
type ReplyBody struct {
	text   string
	json   json.RawMessage
	isJSON bool
}

// TextBody is a string result; it goes into "body" as a JSON string.
func TextBody(s string) ReplyBody { return ReplyBody{text: s} }

// JSONBody is a JSON result; it goes into "body" dumped to a string, or
// embedded when ReplyOptions.JSON is set. It must be valid JSON.
func JSONBody(v json.RawMessage) ReplyBody { return ReplyBody{json: v, isJSON: true} }

// MarshalReply returns the plaintext of a final node's reply, as upstream's
// wrap_proxy_response writes it: compact JSON with sorted keys,
// {"body":<body>,"status":<status>}. A text body is a JSON string; a JSON body
// is dumped into a string unless embedJSON is set, then it is embedded
// (compacted). Strings are escaped like nlohmann's dump (no HTML escaping;
// invalid UTF-8 becomes U+FFFD where upstream would fail).
func MarshalReply(status int, body ReplyBody, embedJSON bool) ([]byte, error) {
	var enc []byte
	var err error
	switch {
	case !body.isJSON:
		enc, err = marshalCompact(body.text)
	default:
		var c bytes.Buffer
		if err = json.Compact(&c, body.json); err != nil {
			return nil, fmt.Errorf("onion: reply body is not valid JSON: %w", err)
		}
		if embedJSON {
			enc = c.Bytes()
		} else {
			enc, err = marshalCompact(c.String())
		}
	}
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(enc)+32)
	out = append(out, `{"body":`...)
	out = append(out, enc...)
	out = append(out, `,"status":`...)
	out = strconv.AppendInt(out, int64(status), 10)
	return append(out, '}'), nil
}

// SealReply builds the final node's reply: MarshalReply, encrypted with the
// layer key (random nonce from r, nil for crypto/rand), then base64 (padded,
// standard alphabet) unless opts.Base64 is false. The result is sent with
// HTTP 200 whatever status is; intermediate hops pass it back unchanged.
func SealReply(r io.Reader, key LayerKey, status int, body ReplyBody, opts ReplyOptions) ([]byte, error) {
	pt, err := MarshalReply(status, body, opts.JSON)
	if err != nil {
		return nil, err
	}
	ct, err := key.Seal(r, pt)
	if err != nil {
		return nil, err
	}
	if !opts.Base64 {
		return ct, nil
	}
	out := make([]byte, base64.StdEncoding.EncodedLen(len(ct)))
	base64.StdEncoding.Encode(out, ct)
	return out, nil
}

// SealError encrypts an *Error that upstream answers encrypted (Encrypted
// true: "Invalid json", "Invalid url") to the client with the layer key and
// DefaultReplyOptions. Send the result with HTTP 200.
func (l *Layer) SealError(r io.Reader, e *Error) ([]byte, error) {
	if l == nil || l.Key.IsZero() {
		return nil, errors.New("onion: no layer key to encrypt the error with")
	}
	return SealReply(r, l.Key, e.Status, TextBody(e.Message), DefaultReplyOptions)
}

// Reply is a decrypted final-node reply, seen by the client.
type Reply struct {
	Status int
	// Body is the raw JSON of "body": a JSON string for text and
	// double-encoded JSON results, or the embedded JSON value.
	Body json.RawMessage
}

// BodyBytes returns the body's content: the unquoted string when Body is a
// JSON string, otherwise the raw JSON.
func (r *Reply) BodyBytes() []byte {
	if jsonTypeName(r.Body) == "string" {
		var s string
		if json.Unmarshal(r.Body, &s) == nil {
			return []byte(s)
		}
	}
	return r.Body
}

// ParseReply parses a decrypted reply {"body":…,"status":N}.
func ParseReply(plaintext []byte) (*Reply, error) {
	obj, err := parseObject(plaintext)
	if err != nil {
		return nil, fmt.Errorf("onion: reply: %w", err)
	}
	raw, ok := obj["status"]
	if !ok {
		return nil, errors.New("onion: reply has no status")
	}
	st, err := jsonInt(raw, 32)
	if err != nil {
		return nil, fmt.Errorf("onion: reply status: %w", err)
	}
	return &Reply{Status: int(st), Body: obj["body"]}, nil
}

// OpenReply is the client side of SealReply: it base64-decodes data when
// base64Encoded is set, decrypts it with the final layer's key and parses it.
func OpenReply(key LayerKey, data []byte, base64Encoded bool) (*Reply, error) {
	ct := data
	if base64Encoded {
		var err error
		if ct, err = decodeBase64(data); err != nil {
			return nil, err
		}
	}
	pt, err := key.Open(ct)
	if err != nil {
		return nil, err
	}
	return ParseReply(pt)
}

func decodeBase64(data []byte) ([]byte, error) {
	out := make([]byte, base64.StdEncoding.DecodedLen(len(data)))
	n, err := base64.StdEncoding.Decode(out, data)
	if err != nil {
		n, err = base64.RawStdEncoding.Decode(out, data)
		if err != nil {
			return nil, fmt.Errorf("onion: reply is not base64: %w", err)
		}
	}
	return out[:n], nil
}
