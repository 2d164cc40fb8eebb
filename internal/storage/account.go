package storage

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"

	"golang.org/x/crypto/blake2b"
)

// Account is a prefixed account key as sent on the wire: the network prefix
// byte (05 Session ID, 03 group, ...) then the 32-byte key. Different prefixes
// with the same key are different accounts.
type Account [33]byte

// Prefix is the network prefix byte.
func (a *Account) Prefix() byte { return a[0] }

// Key is the 32-byte key after the prefix.
func (a *Account) Key() []byte { return a[1:] }

// Hex is upstream's prefixed_hex: 66 lowercase hex digits. On testnet a 00
// prefix is left out, as upstream does.
func (a *Account) Hex(testnet bool) string {
	if testnet && a[0] == 0 {
		return hex.EncodeToString(a[1:])
	}
	return hex.EncodeToString(a[:])
}

// ParseAccount decodes a pubkey value as upstream's user_pubkey::load: 66 hex
// digits (either case) or 33 raw bytes; on testnet also 64 hex digits or 32
// raw bytes with an implied 05 prefix. (Upstream takes a 33-byte string as raw
// bytes even in JSON, and so does this.)
func ParseAccount(s string, testnet bool) (Account, bool) {
	var a Account
	switch {
	case len(s) == 2*accountLen && isHex(s):
		_, _ = hex.Decode(a[:], []byte(s))
		return a, true
	case len(s) == accountLen:
		copy(a[:], s)
		return a, true
	case testnet && len(s) == 2*(accountLen-1) && isHex(s):
		a[0] = 0x05
		_, _ = hex.Decode(a[1:], []byte(s))
		return a, true
	case testnet && len(s) == accountLen-1:
		a[0] = 0x05
		copy(a[1:], s)
		return a, true
	}
	return Account{}, false
}

// Namespace classes (upstream oxenss/common/namespace.h). Go's % truncates
// toward zero as C++'s does.

// IsPublicInbox reports namespaces anyone may store to: those divisible by 10.
func IsPublicInbox(ns int16) bool { return ns%10 == 0 }

// IsPublicOutbox reports the single-message, publicly readable namespaces
// -1, -21, -41, ...
func IsPublicOutbox(ns int16) bool { return ns < 0 && (-int32(ns))%20 == 1 }

// IsNoAuthRetrieve reports namespaces retrievable without a signature: the
// public outboxes and -10 (legacy closed groups).
func IsNoAuthRetrieve(ns int16) bool { return ns == -10 || IsPublicOutbox(ns) }

// IsUnrevocable reports namespaces -11, -111, -211, ... from which a revoked
// subaccount may still retrieve.
func IsUnrevocable(ns int16) bool { return ns < 0 && (-int32(ns))%100 == 11 }

// nsSigString is the namespace as it appears in signed strings and the
// message hash: empty for 0, else decimal.
func nsSigString(ns int16) string {
	if ns == 0 {
		return ""
	}
	return strconv.Itoa(int(ns))
}

// Message is one stored message.
type Message struct {
	Account   Account
	Namespace int16
	// Hash is the 43-character unpadded base64 message hash.
	Hash string
	// Timestamp and Expiry are unix milliseconds.
	Timestamp int64
	Expiry    int64
	Data      []byte
}

// MessageHash is upstream's computeMessageHash: unpadded standard base64 of
// the unkeyed BLAKE2b-256 of the prefix byte, the 32-byte key, the namespace
// (empty for 0, else decimal) and the raw data.
func MessageHash(a *Account, ns int16, data []byte) string {
	raw := messageHashRaw(a, ns, data)
	return base64.RawStdEncoding.EncodeToString(raw[:])
}

func messageHashRaw(a *Account, ns int16, data []byte) [32]byte {
	h, _ := blake2b.New256(nil)
	h.Write(a[:])
	if ns != 0 {
		var nb [8]byte
		h.Write(strconv.AppendInt(nb[:0], int64(ns), 10))
	}
	h.Write(data)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// hashKey decodes a 43-character hash string to its raw 32 bytes. It accepts
// only the canonical encoding (what MessageHash produces): upstream compares
// hash strings, so a non-canonical spelling never matches a stored message.
func hashKey(s string) ([32]byte, bool) {
	var out [32]byte
	if len(s) != 43 {
		return out, false
	}
	n, err := strictRawB64.Decode(out[:], []byte(s))
	if err != nil || n != 32 {
		return [32]byte{}, false
	}
	return out, true
}

func hashString(raw *[32]byte) string { return rawB64.EncodeToString(raw[:]) }

var (
	rawB64       = base64.RawStdEncoding
	strictRawB64 = base64.RawStdEncoding.Strict()
)

// isBase64 is oxenc::is_base64: standard alphabet, an optional '=' or "=="
// only when it pads the length to a multiple of 4, and never a 4n+1 length.
func isBase64(s string) bool {
	n := len(s)
	if n%4 == 1 {
		return false
	}
	if n > 0 && n%4 == 0 {
		if s[n-1] == '=' {
			n--
			if s[n-1] == '=' {
				n--
			}
		}
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
			return false
		}
	}
	return true
}

// decodeBase64 decodes a string isBase64 accepted, ignoring padding bits as
// oxenc does.
func decodeBase64(s string) []byte {
	for len(s) > 0 && s[len(s)-1] == '=' {
		s = s[:len(s)-1]
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(s)))
	n, _ := base64.RawStdEncoding.Decode(out, []byte(s))
	return out[:n]
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}
