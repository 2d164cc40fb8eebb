package onion

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// MaxRequestSize is the largest request body upstream accepts (HTTPS body
// and OMQ message limit, 10 MiB). The HTTPS layer answers 413 above it.
const MaxRequestSize = 10 << 20

// lengthPrefixSize is the size of the little-endian uint32 that starts a frame.
const lengthPrefixSize = 4

// ParseFrame splits body = [uint32 LE N][N bytes][JSON] into the N-byte part
// and the JSON text that runs to the end. It only checks bounds; the returned
// slices alias body. The JSON is not validated here (ParseEntryRequest and
// ParseInner parse it). Error texts follow upstream parse_combined_payload.
func ParseFrame(body []byte) (ciphertext []byte, meta json.RawMessage, err error) {
	if len(body) > MaxRequestSize {
		return nil, nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(body), MaxRequestSize)
	}
	if len(body) < lengthPrefixSize {
		return nil, nil, errors.New("Unexpected payload size; expected ciphertext size")
	}
	n := uint64(binary.LittleEndian.Uint32(body))
	rest := body[lengthPrefixSize:]
	if uint64(len(rest)) < n {
		return nil, nil, fmt.Errorf("Unexpected payload size %d, expected >= %d", len(rest), n)
	}
	return rest[:n:n], json.RawMessage(rest[n:]), nil
}

// BuildFrame returns [uint32 LE len(inner)][inner][meta]. meta should be a
// JSON object; it is copied as is.
func BuildFrame(inner, meta []byte) ([]byte, error) {
	if uint64(len(inner)) > math.MaxUint32 {
		return nil, fmt.Errorf("onion: frame part of %d bytes does not fit a uint32 length", len(inner))
	}
	out := make([]byte, lengthPrefixSize, lengthPrefixSize+len(inner)+len(meta))
	binary.LittleEndian.PutUint32(out, uint32(len(inner)))
	out = append(out, inner...)
	return append(out, meta...), nil
}

// EntryRequest is a first-hop request (POST /onion_req/v2 body, or the QUIC
// onion_req body) after parsing its outer frame.
type EntryRequest struct {
	Ciphertext   []byte        // the first hop's layer; aliases the body
	EphemeralKey [KeySize]byte // the client's X25519 key for this hop
	EncType      EncType       // default aes-gcm
	HopNo        int           // EntryHopNo of the optional "hop_no" (default 0)
}

// ParseEntryRequest parses a first-hop request body: the frame, then from
// the JSON "ephemeral_key" (required, 64 hex), "enc_type" (optional) and
// "hop_no" (optional), in upstream's order. Errors are *Error values with
// status 400 and the body "Error parsing onion request: <reason>" (413 for a
// body above MaxRequestSize), all unencrypted.
func ParseEntryRequest(body []byte) (*EntryRequest, error) {
	ct, meta, err := ParseFrame(body)
	if err != nil {
		e := errBadRequest(err)
		if errors.Is(err, ErrTooLarge) {
			e.Status = 413
		}
		return nil, e
	}
	obj, err := parseObject(meta)
	if err != nil {
		return nil, errBadRequest(err)
	}
	req := &EntryRequest{Ciphertext: ct}
	raw, ok := obj["ephemeral_key"]
	if !ok {
		return nil, errBadRequest(missingKey("ephemeral_key"))
	}
	s, err := jsonString(raw)
	if err != nil {
		return nil, errBadRequest(err)
	}
	if req.EphemeralKey, err = parseKeyHex(s); err != nil {
		return nil, errBadRequest(err)
	}
	if raw, ok := obj["enc_type"]; ok {
		if s, err = jsonString(raw); err == nil {
			req.EncType, err = ParseEncType(s)
		}
		if err != nil {
			return nil, errBadRequest(err)
		}
	}
	if raw, ok := obj["hop_no"]; ok {
		v, err := jsonInt(raw, 32)
		if err != nil {
			return nil, errBadRequest(err)
		}
		req.HopNo = EntryHopNo(int(v))
	}
	return req, nil
}

// parseKeyHex decodes a 32-byte key from exactly 64 hex digits (either case),
// with upstream's error texts (crypto::detail::load_from_hex).
func parseKeyHex(s string) ([KeySize]byte, error) {
	var k [KeySize]byte
	if len(s)%2 != 0 {
		return k, errors.New("Hex key data is invalid: data is not hex")
	}
	for i := 0; i < len(s); i++ {
		if !isHexDigit(s[i]) {
			return k, errors.New("Hex key data is invalid: data is not hex")
		}
	}
	if len(s) != 2*KeySize {
		// Upstream prints the key length in bytes here ("32 hex digits").
		return k, fmt.Errorf("Hex key data is invalid: expected %d hex digits, received %d", KeySize, len(s))
	}
	if _, err := hex.Decode(k[:], []byte(s)); err != nil {
		return k, errors.New("Hex key data is invalid: data is not hex")
	}
	return k, nil
}

func isHexDigit(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}
