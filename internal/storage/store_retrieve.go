package storage

import (
	"encoding/json"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/sessiond/sessiond/internal/keys"
)

// MaxMessageSize is upstream's store::MAX_MESSAGE_BODY: the most data bytes
// a message may carry (102,400 base64 characters in JSON).
const MaxMessageSize = 76_800

type storeReq struct {
	creds
	msg   Message
	sigTS int64
}

// parseStringified is upstream's parse_stringified: an integer, or (store's
// backwards compatibility) a string holding one.
func parseStringified(f fields, name string, unsigned bool) (int64, bool, error) {
	v, ok := f.get(name)
	if !ok {
		return 0, false, nil
	}
	if len(v) > 0 && v[0] == '"' {
		var s string
		_ = json.Unmarshal(v, &s)
		bad := perr("Invalid value given for '%s': %s", name, dumpJSONString(s))
		if s == "" || s[0] == '+' || unsigned && s[0] == '-' {
			return 0, false, bad
		}
		if unsigned {
			u, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return 0, false, bad
			}
			return int64(u), true, nil
		}
		i, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, false, bad
		}
		return i, true, nil
	}
	k, u, i := classifyNumber(v)
	if unsigned {
		if k != numUnsigned {
			return 0, false, typeErr(name, "positive integer")
		}
		return int64(u), true, nil
	}
	if k != numUnsigned && k != numSigned {
		return 0, false, typeErr(name, "integer")
	}
	return i, true, nil
}

// dumpJSONString is nlohmann's dump() of a string value.
func dumpJSONString(s string) string { return string(appendJSONString(nil, s)) }

func parseStore(s *Store, f fields) (request, error) {
	data, dataOK, e1 := f.str("data")
	expiry, expiryOK, e2 := f.timestamp("expiry")
	ns, _, e3 := f.namespace("namespace")
	pkAlt, pkAltOK, e4 := f.str("pubKey")
	pk, pkOK, e5 := f.str("pubkey")
	pkEd, pkEdOK, e6 := f.str("pubkey_ed25519")
	sigTS, sigTSOK, e7 := f.timestamp("sig_timestamp")
	sig, sigOK, e8 := f.str("signature")
	sa, saOK, e9 := f.str("subaccount")
	saSig, saSigOK, e10 := f.str("subaccount_sig")
	if err := firstErr(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10); err != nil {
		return nil, err
	}
	ts, tsOK, err := parseStringified(f, "timestamp", false)
	if err != nil {
		return nil, err
	}
	ttl, ttlOK, err := parseStringified(f, "ttl", true)
	if err != nil {
		return nil, err
	}
	if err := requireField("timestamp", tsOK); err != nil {
		return nil, err
	}
	switch {
	case expiryOK && ttlOK:
		return nil, perr("Cannot specify both 'expiry' and 'ttl'")
	case !expiryOK && !ttlOK:
		return nil, perr("Required field 'expiry' or 'ttl' missing")
	}
	r := &storeReq{}
	r.msg.Timestamp = ts
	if expiryOK {
		r.msg.Expiry = expiry
	} else {
		r.msg.Expiry = ts + ttl // wraps like C++ for absurd values; the TTL check rejects them
	}
	switch {
	case pkOK && pkAltOK:
		return nil, perr("Cannot specify both 'pubkey' and 'pubKey'")
	case !pkOK && !pkAltOK:
		return nil, perr("Required field 'pubkey' missing")
	case !pkOK:
		pk = pkAlt
	}
	r.msg.Namespace = ns
	if sigOK {
		if err := loadSignature(&r.creds, pk, true, pkEd, pkEdOK, sig, true, s.opts.Testnet); err != nil {
			return nil, err
		}
		if err := loadSubaccount(&r.creds, sa, saOK, saSig, saSigOK); err != nil {
			return nil, err
		}
		r.sigTS = ts
		if sigTSOK {
			r.sigTS = sigTS
		}
	} else {
		a, err := loadPK(pk, true, s.opts.Testnet)
		if err != nil {
			return nil, err
		}
		r.acct = a
	}
	r.msg.Account = r.acct
	if !dataOK {
		return nil, perr("Required field 'data' missing")
	}
	if !isBase64(data) {
		return nil, perr("Invalid 'data' value: not base64 encoded")
	}
	if len(data) > MaxMessageSize/3*4 {
		return nil, perr("Message body exceeds maximum allowed length of %d bytes", MaxMessageSize)
	}
	r.msg.Data = decodeBase64(data)
	return r, nil
}

func (r *storeReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	m := &r.msg
	publicIn := IsPublicInbox(m.Namespace)
	ttl, overflow := subOverflows(m.Expiry, m.Timestamp)
	maxTTL := int64(ttlMaximumPrivate)
	if publicIn {
		maxTTL = ttlMaximum
	}
	if overflow || ttl < ttlMinimum || ttl > maxTTL {
		return textResponse(statusForbidden, "Provided expiry/TTL is not valid.")
	}
	now := rc.now
	if m.Timestamp > now+storeTolerance || m.Expiry < now-storeTolerance {
		return textResponse(statusNotAcceptable, "Timestamp error: check your clock")
	}
	if !publicIn {
		if !r.hasSig {
			return textResponse(statusUnauthorized, fmt.Sprintf("store: signature required to store to namespace %d", m.Namespace))
		}
		if !withinWindow(r.sigTS, now, signatureTolerance) {
			return textResponse(statusNotAcceptable, "store signature timestamp too far from current time")
		}
		access := accessWrite
		if IsPublicOutbox(m.Namespace) {
			// Storing to a public outbox deletes the previous message.
			access |= accessDelete
		}
		msg := make([]byte, 0, 5+6+20)
		msg = append(msg, "store"...)
		msg = append(msg, nsSigString(m.Namespace)...)
		msg = strconv.AppendInt(msg, r.sigTS, 10)
		if !s.verify(&r.creds, access, false, msg) {
			return textResponse(statusUnauthorized, "store signature verification failed")
		}
	}

	wait := rc.forward()
	rawHash := messageHashRaw(&m.Account, m.Namespace, m.Data)
	m.Hash = hashString(&rawHash)

	// The node signature covers only the hash: make it while the write
	// waits for its commit (fsync), not after.
	sigc := make(chan []byte, 1)
	go func() { sigc <- keys.Sign(s.opts.Identity, []byte(m.Hash)) }()

	st := &storeOp{m: m, hash: rawHash}
	s.precheck(st)
	err := s.writeOp(func(w *wtx) error {
		var err error
		st.result, st.expiry, err = w.storeMessage(m, &rawHash)
		if err == nil && st.result == storeNew && s.opts.OnNewMessage != nil {
			w.newMsgs = append(w.newMsgs, *m)
		}
		return err
	}, st)
	result, expiry := st.result, st.expiry

	sig := <-sigc
	own := ownResult{}
	b := make([]byte, 0, 256)
	b = append(b, '{')
	switch {
	case err != nil:
		s.lg.Error("could not store message", zap.Error(err))
		own.failed = true
		b = append(b, `"failed":true,"query_failure":true,"reason":`...)
		b = appendJSONString(b, err.Error())
	case result == storeFull:
		if s.fullLog.Add(1)%100 == 1 {
			s.lg.Error("failed to store message: database is full", zap.Int64("max_db_size", s.opts.MaxDBSize))
		}
		s.m.dbFull.Inc()
		own.failed = true
		b = append(b, `"failed":true,"query_failure":true`...)
	default:
		if result != storeNew {
			b = append(b, `"already":true,`...)
		}
		b = append(b, `"expiry":`...)
		b = appendInt(b, expiry)
		b = append(b, `,"hash":`...)
		b = appendJSONString(b, m.Hash)
		b = append(b, `,"signature":`...)
		b = appendB64(b, sig)
	}
	if rc.recurse {
		// Deprecated "t" inside the entry node's own result, as upstream.
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendT(b, now)
	}
	b = append(b, '}')
	own.body = b
	topHash := ""
	if !own.failed {
		topHash = m.Hash
	}
	res, _ := rc.swarmResponse(own, wait, topHash, now)
	return res
}

// subOverflows returns a-b and whether it overflowed.
func subOverflows(a, b int64) (int64, bool) {
	d := a - b
	return d, (b < 0 && d < a) || (b > 0 && d > a)
}

type retrieveReq struct {
	creds
	ns        int16
	checkSig  bool
	timestamp int64
	lastHash  string
	maxCount  *int32
	maxSize   *int32
}

func parseRetrieve(s *Store, f fields) (request, error) {
	lastHashAlt, lastHashAltOK, e1 := f.str("lastHash")
	lastHash, lastHashOK, e2 := f.str("last_hash")
	maxCount, maxCountOK, e3 := f.int32Field("max_count")
	maxSize, maxSizeOK, e4 := f.int32Field("max_size")
	ns, nsOK, e5 := f.namespace("namespace")
	pkAlt, pkAltOK, e6 := f.str("pubKey")
	pk, pkOK, e7 := f.str("pubkey")
	pkEd, pkEdOK, e8 := f.str("pubkey_ed25519")
	sig, sigOK, e9 := f.str("signature")
	sa, saOK, e10 := f.str("subaccount")
	saSig, saSigOK, e11 := f.str("subaccount_sig")
	ts, tsOK, e12 := f.timestamp("timestamp")
	if err := firstErr(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12); err != nil {
		return nil, err
	}
	switch {
	case pkOK && pkAltOK:
		return nil, perr("Cannot specify both 'pubkey' and 'pubKey'")
	case !pkOK && !pkAltOK:
		return nil, perr("Required field 'pubkey' missing")
	case !pkOK:
		pk = pkAlt
	}
	r := &retrieveReq{ns: ns}
	if pkEdOK || sigOK || tsOK || (nsOK && !IsNoAuthRetrieve(ns)) {
		if err := loadSignature(&r.creds, pk, true, pkEd, pkEdOK, sig, sigOK, s.opts.Testnet); err != nil {
			return nil, err
		}
		if err := loadSubaccount(&r.creds, sa, saOK, saSig, saSigOK); err != nil {
			return nil, err
		}
		// Upstream reads the timestamp here without checking it is there.
		if err := requireField("timestamp", tsOK); err != nil {
			return nil, err
		}
		r.timestamp = ts
		r.checkSig = true
	} else {
		a, err := loadPK(pk, true, s.opts.Testnet)
		if err != nil {
			return nil, err
		}
		r.acct = a
	}
	if lastHashOK && lastHashAltOK {
		return nil, perr("Cannot specify both 'last_hash' and 'lastHash'")
	}
	if lastHashAltOK {
		lastHash, lastHashOK = lastHashAlt, true
	}
	if lastHashOK && lastHash != "" {
		if len(lastHash) != 43 {
			return nil, perr("Invalid last_hash: expected base64 (43 chars)")
		}
		if !isBase64(lastHash) {
			return nil, perr("Invalid last_hash: not base64")
		}
		r.lastHash = lastHash
	}
	if maxCountOK {
		r.maxCount = &maxCount
	}
	if maxSizeOK {
		r.maxSize = &maxSize
	}
	return r, nil
}

func (r *retrieveReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	now := rc.now
	if !IsNoAuthRetrieve(r.ns) && !r.checkSig {
		return textResponse(statusUnauthorized, "retrieve: request signature required")
	}
	if r.checkSig {
		if !withinWindow(r.timestamp, now, signatureTolerance) {
			return textResponse(statusNotAcceptable, "retrieve timestamp too far from current time")
		}
		msg := make([]byte, 0, 8+6+20)
		msg = append(msg, "retrieve"...)
		msg = append(msg, nsSigString(r.ns)...)
		msg = strconv.AppendInt(msg, r.timestamp, 10)
		if !s.verify(&r.creds, accessRead, IsUnrevocable(r.ns), msg) {
			return textResponse(statusUnauthorized, "retrieve signature verification failed")
		}
	}
	lim := retrieveLimits(r.maxCount, r.maxSize)
	b := make([]byte, 0, 2048)
	b = append(b, `{`...)
	b = appendHF(b, s.opts.Chain.Hardfork())
	b = append(b, `,"messages":[`...)
	var more bool
	var ov []*journalRecord
	if s.fast != nil {
		ov = s.fast.ov.list(&r.acct, r.ns) // before the transaction: see tables.retrieve
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		t := tablesOf(tx)
		b, more = t.retrieve(b, &r.acct, r.ns, r.lastHash, lim, now, ov)
		return nil
	})
	if err != nil {
		s.lg.Error("could not retrieve messages", zap.Error(err))
		return textResponse(statusInternalError, "Internal Server Error. Could not retrieve messages for "+obfuscate(&r.acct))
	}
	b = append(b, `],"more":`...)
	b = appendBool(b, more)
	b = append(b, ',')
	b = appendT(b, now)
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}

// obfuscate is upstream's obfuscate_pubkey: the first two and last bytes.
func obfuscate(a *Account) string {
	const hx = "0123456789abcdef"
	k := a.Key()
	return string([]byte{hx[k[0]>>4], hx[k[0]&15], hx[k[1]>>4], hx[k[1]&15]}) + "…" +
		string([]byte{hx[k[31]>>4], hx[k[31]&15]})
}
