package peer

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/sessiond/sessiond/internal/keys"
)

// Header names of the node-to-node transport. Requests carry all four
// (Recipient may be absent, see below); responses carry Pubkey, Timestamp and
// Signature.
const (
	// HeaderPubkey is the signer's Ed25519 public key, 64 hex digits.
	HeaderPubkey = "X-Snode-Pubkey"
	// HeaderTimestamp is the signing time in unix milliseconds, decimal.
	HeaderTimestamp = "X-Snode-Timestamp"
	// HeaderSignature is the 64-byte Ed25519 signature, 128 hex digits.
	HeaderSignature = "X-Snode-Signature"
	// HeaderRecipient is the Ed25519 key of the node the request is meant
	// for, 64 hex digits. It may be left out only on GET requests to a node
	// whose key the caller does not know yet (a seed): the signed recipient
	// is then 32 zero bytes.
	HeaderRecipient = "X-Snode-Recipient"
)

// Domain tags: the first bytes of every signed message, so that a signature
// made for one purpose can never be valid for another.
const (
	requestDomain  = "sessiond-snode-request-v1"
	responseDomain = "sessiond-snode-response-v1"
)

// DefaultWindow is how far a request or response timestamp may be from the
// local clock, either way.
const DefaultWindow = 60 * time.Second

// Limits of the signed request fields.
const (
	maxMethodLen = 255
	maxTargetLen = 65535
)

// RequestMessage returns the bytes a request signature covers:
//
//	offset  size  field
//	0       25    "sessiond-snode-request-v1" (ASCII domain tag)
//	25      1     0x00
//	26      1     len(method), 1..255
//	27      m     method, as sent (e.g. "POST")
//	27+m    2     len(target), big-endian, 0..65535
//	29+m    t     request target as sent on the request line: the escaped
//	              path plus "?" and the raw query if any (URL.RequestURI),
//	              e.g. "/snode/v1/announce"
//	29+m+t  32    recipient Ed25519 key (32 zero bytes: unknown, GET only)
//	61+m+t  32    sender Ed25519 key (also in HeaderPubkey)
//	93+m+t  8     timestamp, unix milliseconds, big-endian uint64
//	101+m+t 32    SHA-256 of the request body (of the empty string if none)
//
// It panics if method or target exceed their length limits; callers check
// them first (see SignRequest and VerifyRequest).
func RequestMessage(method, target string, recipient, sender [32]byte, tsMillis uint64, bodyHash [32]byte) []byte {
	if len(method) == 0 || len(method) > maxMethodLen || len(target) > maxTargetLen {
		panic("peer: request method or target out of range")
	}
	b := make([]byte, 0, len(requestDomain)+1+1+len(method)+2+len(target)+32+32+8+32)
	b = append(b, requestDomain...)
	b = append(b, 0)
	b = append(b, byte(len(method)))
	b = append(b, method...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(target)))
	b = append(b, target...)
	b = append(b, recipient[:]...)
	b = append(b, sender[:]...)
	b = binary.BigEndian.AppendUint64(b, tsMillis)
	return append(b, bodyHash[:]...)
}

// ResponseMessage returns the bytes a response signature covers:
//
//	offset  size  field
//	0       26    "sessiond-snode-response-v1" (ASCII domain tag)
//	26      1     0x00
//	27      64    the request's signature (64 zero bytes if the request had
//	              none that could be parsed), binding the answer to it
//	91      2     HTTP status code, big-endian
//	93      32    responder Ed25519 key (also in HeaderPubkey)
//	125     8     timestamp, unix milliseconds, big-endian uint64
//	133     32    SHA-256 of the response body
//
// 165 bytes in all.
func ResponseMessage(reqSig [64]byte, status int, responder [32]byte, tsMillis uint64, bodyHash [32]byte) []byte {
	b := make([]byte, 0, len(responseDomain)+1+64+2+32+8+32)
	b = append(b, responseDomain...)
	b = append(b, 0)
	b = append(b, reqSig[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(status))
	b = append(b, responder[:]...)
	b = binary.BigEndian.AppendUint64(b, tsMillis)
	return append(b, bodyHash[:]...)
}

// AuthHeaders are the parsed signature headers of a request or response.
type AuthHeaders struct {
	Signer    [32]byte
	Timestamp uint64 // unix milliseconds
	Signature [64]byte
	// Recipient is the request's HeaderRecipient; zero when absent (and
	// always for responses).
	Recipient    [32]byte
	HasRecipient bool
}

// ErrNoAuth is returned by ParseAuthHeaders when none of the signature
// headers is present.
var ErrNoAuth = errors.New("peer: no signature headers")

// ParseAuthHeaders reads the signature headers. Each must appear at most once,
// keys and signatures are exact-length hex, the timestamp plain decimal digits
// (at most 19). withRecipient also reads HeaderRecipient (requests).
func ParseAuthHeaders(h http.Header, withRecipient bool) (AuthHeaders, error) {
	var a AuthHeaders
	pk, okPk, err := single(h, HeaderPubkey)
	if err != nil {
		return a, err
	}
	ts, okTs, err := single(h, HeaderTimestamp)
	if err != nil {
		return a, err
	}
	sig, okSig, err := single(h, HeaderSignature)
	if err != nil {
		return a, err
	}
	if !okPk && !okTs && !okSig {
		return a, ErrNoAuth
	}
	if err := decodeHexInto(a.Signer[:], pk, HeaderPubkey); err != nil {
		return a, err
	}
	if err := decodeHexInto(a.Signature[:], sig, HeaderSignature); err != nil {
		return a, err
	}
	if a.Timestamp, err = parseMillis(ts); err != nil {
		return a, err
	}
	if withRecipient {
		rc, ok, err := single(h, HeaderRecipient)
		if err != nil {
			return a, err
		}
		if ok {
			if err := decodeHexInto(a.Recipient[:], rc, HeaderRecipient); err != nil {
				return a, err
			}
			a.HasRecipient = true
		}
	}
	return a, nil
}

// set writes the headers; the recipient only if HasRecipient.
func (a *AuthHeaders) set(h http.Header) {
	h.Set(HeaderPubkey, hex.EncodeToString(a.Signer[:]))
	h.Set(HeaderTimestamp, strconv.FormatUint(a.Timestamp, 10))
	h.Set(HeaderSignature, hex.EncodeToString(a.Signature[:]))
	if a.HasRecipient {
		h.Set(HeaderRecipient, hex.EncodeToString(a.Recipient[:]))
	}
}

func single(h http.Header, name string) (string, bool, error) {
	vs := h.Values(name)
	switch len(vs) {
	case 0:
		return "", false, nil
	case 1:
		return vs[0], true, nil
	}
	return "", false, fmt.Errorf("peer: header %s given %d times", name, len(vs))
}

func decodeHexInto(dst []byte, s, name string) error {
	if len(s) != 2*len(dst) {
		return fmt.Errorf("peer: header %s: want %d hex digits, got %d characters", name, 2*len(dst), len(s))
	}
	if _, err := hex.Decode(dst, []byte(s)); err != nil {
		return fmt.Errorf("peer: header %s: %w", name, err)
	}
	return nil
}

func parseMillis(s string) (uint64, error) {
	if len(s) == 0 || len(s) > 19 {
		return 0, fmt.Errorf("peer: header %s: want 1 to 19 decimal digits", HeaderTimestamp)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("peer: header %s: want decimal digits", HeaderTimestamp)
		}
	}
	return strconv.ParseUint(s, 10, 64)
}

// bodyHash is the SHA-256 of a body.
func bodyHash(b []byte) [32]byte { return sha256.Sum256(b) }

// sign signs msg with priv into a fixed-size signature.
func sign(priv ed25519.PrivateKey, msg []byte) (s [64]byte) {
	copy(s[:], keys.Sign(priv, msg))
	return s
}

// verify checks an Ed25519 signature by key over msg.
func verify(key [32]byte, msg []byte, sig [64]byte) bool {
	return ed25519.Verify(key[:], msg, sig[:])
}

// pubkeyOf returns the 32-byte public key of priv.
func pubkeyOf(priv ed25519.PrivateKey) (k [32]byte) {
	copy(k[:], priv.Public().(ed25519.PublicKey))
	return k
}

// within reports whether a unix-millisecond timestamp is within window of now.
func within(tsMillis uint64, now time.Time, window time.Duration) bool {
	n := now.UnixMilli()
	if n < 0 || tsMillis > math.MaxInt64 {
		return false
	}
	d := int64(tsMillis) - n
	if d < 0 {
		d = -d
	}
	return d <= window.Milliseconds()
}
