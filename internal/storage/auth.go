package storage

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha512"
	"encoding/hex"
	"sync"

	"github.com/oasisprotocol/curve25519-voi/curve"
	"github.com/oasisprotocol/curve25519-voi/curve/scalar"

	"github.com/sessiond/sessiond/internal/keys"
)

// Subaccount access flags (upstream subaccount_access).
const (
	accessRead      byte = 0x01
	accessWrite     byte = 0x02
	accessDelete    byte = 0x04
	accessAnyPrefix byte = 0x08
)

// TokenLen is the length of a subaccount token: prefix, flags, two reserved
// bytes, then the subaccount's Ed25519 key.
const TokenLen = 36

// MaxRevocations is upstream's MAX_SUBACCOUNT_TOKENS: the most tokens one
// revoke accepts and the most revocations kept per account.
const MaxRevocations = 50

type token [TokenLen]byte

func (t *token) has(flags byte) bool { return t[1]&flags == flags }

// subaccount is a token plus the account owner's signature over it.
type subaccount struct {
	tok token
	sig [64]byte
}

// creds are a request's authentication fields.
type creds struct {
	acct   Account
	edPub  []byte // pubkey_ed25519, 32 bytes, or nil
	sub    *subaccount
	sig    [64]byte
	hasSig bool
}

// loadPK is upstream's load_pk: a required, valid pubkey.
func loadPK(pk string, present, testnet bool) (Account, error) {
	if !present {
		return Account{}, perr("Required field 'pubkey' missing")
	}
	a, ok := ParseAccount(pk, testnet)
	if !ok {
		return Account{}, perr("Pubkey must be 66 hex digits (33 bytes) long")
	}
	return a, nil
}

// loadSignature is upstream's load_pk_signature for JSON: pubkey, a required
// signature, and pubkey_ed25519 (05 accounts only).
func loadSignature(c *creds, pk string, pkOK bool, pkEd string, pkEdOK bool, sig string, sigOK, testnet bool) error {
	a, err := loadPK(pk, pkOK, testnet)
	if err != nil {
		return err
	}
	c.acct = a
	if !sigOK {
		return perr("Required field 'signature' missing")
	}
	if pkEdOK {
		if a[0] != 0x05 {
			return perr("pubkey_ed25519 is only permitted for 05[...] pubkeys")
		}
		switch len(pkEd) {
		case 64:
			if !isHex(pkEd) {
				return perr("invalid pubkey_ed25519: value is not hex")
			}
			c.edPub, _ = hex.DecodeString(pkEd)
		case 32:
			c.edPub = []byte(pkEd)
		default:
			return perr("Invalid pubkey_ed25519: expected 64 hex char or 32 byte pubkey")
		}
	}
	if !isSignatureB64(sig) {
		return perr("invalid signature: expected base64 encoded Ed25519 signature")
	}
	copy(c.sig[:], decodeBase64(sig))
	c.hasSig = true
	return nil
}

// isSignatureB64 accepts 86 base64 characters or 88 ending in "==".
func isSignatureB64(s string) bool {
	return isBase64(s) && (len(s) == 86 || len(s) == 88 && s[86:] == "==")
}

// loadSubaccount is upstream's load_subaccount for JSON.
func loadSubaccount(c *creds, sa string, saOK bool, saSig string, saSigOK bool) error {
	if !saOK || sa == "" {
		return nil
	}
	if !saSigOK {
		return perr("invalid subaccount: subaccount_sig is required when using subaccount")
	}
	s := &subaccount{}
	tok, ok := decodeToken(sa)
	if !ok {
		return perr("invalid subaccount: expected base64 or hex-encoded subaccount token")
	}
	s.tok = tok
	if !isSignatureB64(saSig) {
		return perr("invalid subaccount signature: expected base64 encoded Ed25519 signature")
	}
	copy(s.sig[:], decodeBase64(saSig))
	c.sub = s
	return nil
}

// decodeToken reads a JSON token: 48 base64 or 72 hex characters.
func decodeToken(s string) (token, bool) {
	var t token
	switch {
	case len(s) == TokenLen*4/3 && isBase64(s):
		copy(t[:], decodeBase64(s))
	case len(s) == TokenLen*2 && isHex(s):
		_, _ = hex.Decode(t[:], []byte(s))
	default:
		return t, false
	}
	return t, true
}

// authFields are the raw authentication fields of a signed account method.
type authFields struct {
	pk, pkEd, sig, sa, saSig           string
	pkOK, pkEdOK, sigOK, saOK, saSigOK bool
}

// load is upstream's load_pk_signature followed by load_subaccount.
func (a *authFields) load(c *creds, testnet, subaccounts bool) error {
	if err := loadSignature(c, a.pk, a.pkOK, a.pkEd, a.pkEdOK, a.sig, a.sigOK, testnet); err != nil {
		return err
	}
	if !subaccounts {
		return nil
	}
	return loadSubaccount(c, a.sa, a.saOK, a.saSig, a.saSigOK)
}

// verify is upstream's verify_signature: it checks c's signature over msg,
// with the subaccount's flags and revocation when a subaccount is used.
func (s *Store) verify(c *creds, required byte, skipRevoke bool, msg []byte) bool {
	pk := c.acct.Key()
	if (c.acct[0] == 0x05 || c.acct[0] == 0x00 && s.opts.Testnet) && c.edPub != nil {
		x, ok := s.keys.convert(c.edPub)
		if !ok || !bytes.Equal(x[:], c.acct.Key()) {
			return false
		}
		pk = c.edPub
	}
	if c.sub != nil {
		if !skipRevoke && s.isRevoked(&c.acct, &c.sub.tok) {
			return false
		}
		t := &c.sub.tok
		if t[0] != c.acct[0] && !t.has(accessAnyPrefix) {
			return false
		}
		if !t.has(required) {
			return false
		}
		if !s.keys.verify(pk, t[:], c.sub.sig[:]) {
			return false
		}
		pk = t[4:]
	}
	return s.keys.verify(pk, msg, c.sig[:])
}

// verifyEd25519 is libsodium's crypto_sign_verify_detached: crypto/ed25519's
// check plus libsodium's rejection of small-order R, small-order or
// non-canonical public keys (crypto/ed25519 already rejects S >= L).
func verifyEd25519(pub, msg, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
		return false
	}
	if hasSmallOrder(sig[:32]) || !isCanonicalPoint(pub) || hasSmallOrder(pub) {
		return false
	}
	return ed25519.Verify(pub, msg, sig)
}

// smallOrderBlacklist is libsodium's list of encodings of points of small
// order (compared with the sign bit of the last byte cleared).
var smallOrderBlacklist = [7][32]byte{
	// 0 (order 4)
	{},
	// 1 (order 1)
	{0x01},
	// order 8
	{0x26, 0xe8, 0x95, 0x8f, 0xc2, 0xb2, 0x27, 0xb0, 0x45, 0xc3, 0xf4, 0x89, 0xf2, 0xef, 0x98, 0xf0,
		0xd5, 0xdf, 0xac, 0x05, 0xd3, 0xc6, 0x33, 0x39, 0xb1, 0x38, 0x02, 0x88, 0x6d, 0x53, 0xfc, 0x05},
	// order 8
	{0xc7, 0x17, 0x6a, 0x70, 0x3d, 0x4d, 0xd8, 0x4f, 0xba, 0x3c, 0x0b, 0x76, 0x0d, 0x10, 0x67, 0x0f,
		0x2a, 0x20, 0x53, 0xfa, 0x2c, 0x39, 0xcc, 0xc6, 0x4e, 0xc7, 0xfd, 0x77, 0x92, 0xac, 0x03, 0x7a},
	// p-1 (order 2)
	{0xec, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
	// p (= 0, order 4)
	{0xed, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
	// p+1 (= 1, order 1)
	{0xee, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
}

func hasSmallOrder(p []byte) bool {
	for i := range smallOrderBlacklist {
		bl := &smallOrderBlacklist[i]
		if bytes.Equal(p[:31], bl[:31]) && p[31]&0x7f == bl[31] {
			return true
		}
	}
	return false
}

// isCanonicalPoint is libsodium's ge25519_is_canonical: the y coordinate
// (sign bit cleared) is below p = 2^255-19.
func isCanonicalPoint(p []byte) bool {
	if p[31]&0x7f != 0x7f {
		return true
	}
	for i := 30; i >= 1; i-- {
		if p[i] != 0xff {
			return true
		}
	}
	return p[0] < 0xed
}

// keyCache memoizes per Ed25519 public key what verification needs: the
// decoded (negated) point, whether libsodium accepts the key at all, and its
// X25519 conversion. Clients sign every request with the same key, and
// decoding a point costs a field exponentiation. Bounded; cleared when full.
type keyCache struct {
	mu sync.RWMutex
	m  map[[32]byte]*keyInfo
}

type keyInfo struct {
	valid bool // canonical, not of small order, decodes to a point
	negA  curve.EdwardsPoint
	x     [32]byte // X25519 form, when xok
	xok   bool
}

const keyCacheMax = 1 << 14

// get returns pub's entry; pub is 32 bytes.
func (c *keyCache) get(pub []byte) *keyInfo {
	var k [32]byte
	copy(k[:], pub)
	c.mu.RLock()
	ki, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return ki
	}
	ki = &keyInfo{}
	if isCanonicalPoint(pub) && !hasSmallOrder(pub) {
		c := curve.CompressedEdwardsY(k)
		var a curve.EdwardsPoint
		if _, err := a.SetCompressedY(&c); err == nil {
			ki.valid = true
			ki.negA.Neg(&a)
		}
	}
	if x, err := keys.Ed25519PublicToX25519(pub); err == nil {
		ki.x, ki.xok = x, true
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= keyCacheMax {
		c.m = make(map[[32]byte]*keyInfo, 1024)
	}
	c.m[k] = ki
	c.mu.Unlock()
	return ki
}

// convert is the libsodium-exact X25519 form of an Ed25519 public key.
func (c *keyCache) convert(ed []byte) ([32]byte, bool) {
	if len(ed) != 32 {
		return [32]byte{}, false
	}
	ki := c.get(ed)
	return ki.x, ki.xok
}

// verify is verifyEd25519 with the key's decoding cached, computed with
// curve25519-voi's variable-time double-base multiplication (about 40 %
// faster than crypto/ed25519's). The check is crypto/ed25519's, cofactorless:
// the encoding of [S]B - [k]A must equal R's bytes.
func (c *keyCache) verify(pub, msg, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize || hasSmallOrder(sig[:32]) {
		return false
	}
	ki := c.get(pub)
	if !ki.valid {
		return false
	}
	var S, k scalar.Scalar
	if _, err := S.SetCanonicalBytes(sig[32:]); err != nil {
		return false
	}
	h := sha512.New()
	h.Write(sig[:32])
	h.Write(pub)
	h.Write(msg)
	var digest [64]byte
	if _, err := k.SetBytesModOrderWide(h.Sum(digest[:0])); err != nil {
		return false
	}
	var R curve.EdwardsPoint
	R.DoubleScalarMulBasepointVartime(&k, &ki.negA, &S)
	var enc curve.CompressedEdwardsY
	enc.SetEdwardsPoint(&R)
	return bytes.Equal(enc[:], sig[:32])
}
