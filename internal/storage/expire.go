package storage

import (
	"bytes"
	"sort"
	"strconv"
)

type expireAllReq struct{ *nsAuthReq }

func parseExpireAll(s *Store, f fields) (request, error) {
	r, err := parseNSAuth(s, f, "expiry")
	if err != nil {
		return nil, err
	}
	return expireAllReq{r}, nil
}

func (r expireAllReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	tol := rc.tolerance()
	if r.ts < rc.now-tol {
		return textResponse(statusNotAcceptable, "expire_all timestamp should be >= current time")
	}
	msg := []byte("expire_all" + r.ns.sigString())
	msg = strconv.AppendInt(msg, r.ts, 10)
	if !s.verify(&r.creds, accessDelete, false, msg) {
		return textResponse(statusUnauthorized, "expire_all signature verification failed")
	}
	wait := rc.forward()
	prefix := accountPrefix(&r.acct)
	if !r.ns.all {
		prefix = accountNSPrefix(&r.acct, r.ns.ns)
	}
	newExp := r.ts
	var affected []nsHash
	err := s.write(func(w *wtx) error {
		affected = affected[:0]
		// Only shortens: messages expiring after the new expiry.
		victims := w.t.collect(prefix, func(_ []byte, v *msgVal) bool {
			return v.expiry > newExp && v.expiry > w.now
		})
		for i := range victims {
			m := &victims[i]
			mk, v, ok := w.t.lookup(&r.acct, &m.hash)
			if !ok || !bytes.Equal(mk, m.key) {
				continue
			}
			if err := w.setExpiry(mk, &v, newExp); err != nil {
				return err
			}
			affected = append(affected, nsHash{m.ns, hashString(&m.hash)})
		}
		return nil
	})
	if err != nil {
		return rc.internalError(err)
	}
	b := rc.appendAffected(nil, "updated", &r.acct, r.ns, r.ts, affected)
	res, _ := rc.swarmResponse(ownResult{body: b}, wait, "", rc.now)
	return res
}

type expireReq struct {
	creds
	messages []string
	expiry   []int64
	shorten  bool
	extend   bool
}

func parseExpire(s *Store, f fields) (request, error) {
	var a authFields
	expiry, expiryOK, e1 := f.timestampList("expiry")
	extend, _, e2 := f.boolean("extend")
	msgs, msgsOK, e3 := f.strList("messages")
	var e4, e5, e7, e8, e9 error
	a.pk, a.pkOK, e4 = f.str("pubkey")
	a.pkEd, a.pkEdOK, e5 = f.str("pubkey_ed25519")
	shorten, _, e6 := f.boolean("shorten")
	a.sig, a.sigOK, e7 = f.str("signature")
	a.sa, a.saOK, e8 = f.str("subaccount")
	a.saSig, a.saSigOK, e9 = f.str("subaccount_sig")
	if err := firstErr(e1, e2, e3, e4, e5, e6, e7, e8, e9); err != nil {
		return nil, err
	}
	r := &expireReq{}
	if err := a.load(&r.creds, s.opts.Testnet, true); err != nil {
		return nil, err
	}
	if err := requireField("expiry", expiryOK); err != nil {
		return nil, err
	}
	if len(expiry) == 0 {
		return nil, perr("'expiry' does not contain any expiration timestamps")
	}
	if shorten && extend {
		return nil, perr("cannot specify both 'shorten' and 'extend'")
	}
	if err := requireField("messages", msgsOK); err != nil {
		return nil, err
	}
	if len(msgs) == 0 {
		return nil, perr("messages does not contain any message hashes")
	}
	if len(expiry) > 1 && len(expiry) != len(msgs) {
		return nil, perr("'expiry' must be a single expiry, or the same length as 'messages'")
	}
	if err := hashList(msgs); err != nil {
		return nil, err
	}
	r.messages, r.expiry, r.shorten, r.extend = msgs, expiry, shorten, extend
	return r, nil
}

func (r *expireReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	now := rc.now
	// The expiries applied (capped); the request keeps the asked ones, which
	// the signature (also a forwarded request's) covers.
	applied := make([]int64, len(r.expiry))
	for i, e := range r.expiry {
		if e < now-60_000 {
			return textResponse(statusUnauthorized, "expire: timestamp should be >= current time")
		}
		applied[i] = min(now+ttlMaximumPrivate, e)
	}
	if len(r.expiry) > 1 && !hfAtLeast(s.opts.Chain.Hardfork(), multiExpiryHardforkMaj, multiExpiryHardforkMin) {
		return textResponse(statusForbidden, "expire: multi-expiry requests are not yet active on the network")
	}
	mode := ""
	switch {
	case r.shorten:
		mode = "shorten"
	case r.extend:
		mode = "extend"
	}
	msg := []byte("expire" + mode)
	for _, e := range r.expiry {
		msg = strconv.AppendInt(msg, e, 10)
	}
	for _, h := range r.messages {
		msg = append(msg, h...)
	}
	if !s.verify(&r.creds, accessWrite, false, msg) {
		return textResponse(statusUnauthorized, "expire: signature verification failed")
	}
	extendOnly := r.extend
	if r.sub != nil && !r.sub.tok.has(accessDelete) {
		// Write without Delete may only extend: shortening to "very soon" is
		// close to deleting.
		if r.shorten {
			return textResponse(statusBadRequest, "expire: shorten parameter cannot be used with this subaccount token (missing delete access)")
		}
		extendOnly = true
	}

	wait := rc.forward()
	type upd struct {
		hash string
		exp  int64
	}
	var updated []upd
	var unchangedH []string
	var unchangedE []int64
	err := s.write(func(w *wtx) error {
		updated = updated[:0]
		seen := map[string]bool{}
		for i, h := range r.messages {
			if len(applied) == 1 && seen[h] {
				continue // one UPDATE ... IN (...) touches a row once
			}
			seen[h] = true
			exp := applied[0]
			if len(applied) > 1 {
				exp = applied[i]
			}
			raw, ok := hashKey(h)
			if !ok {
				continue
			}
			mk, v, ok := w.t.lookup(&r.acct, &raw)
			if !ok || v.expiry <= w.now {
				continue
			}
			if extendOnly && !(v.expiry < exp) || r.shorten && !(v.expiry > exp) {
				continue
			}
			if err := w.setExpiry(mk, &v, exp); err != nil {
				return err
			}
			updated = append(updated, upd{h, exp})
		}
		unchangedH, unchangedE = nil, nil
		if r.extend || r.shorten {
			done := map[string]bool{}
			for _, u := range updated {
				done[u.hash] = true
			}
			var rest []string
			for _, h := range r.messages {
				if !done[h] {
					rest = append(rest, h)
				}
			}
			if len(rest) > 0 {
				unchangedH, unchangedE = w.t.expiries(&r.acct, rest, w.now)
			}
		}
		return nil
	})
	if err != nil {
		return rc.internalError(err)
	}
	sort.SliceStable(updated, func(i, j int) bool { return updated[i].hash < updated[j].hash })

	var expPart []int64
	if len(r.expiry) > 1 {
		for _, u := range updated {
			expPart = append(expPart, u.exp)
		}
	} else {
		expPart = []int64{applied[0]}
	}
	sig := []byte(r.acct.Hex(s.opts.Testnet))
	for _, e := range expPart {
		sig = strconv.AppendInt(sig, e, 10)
	}
	for _, h := range r.messages {
		sig = append(sig, h...)
	}
	for _, u := range updated {
		sig = append(sig, u.hash...)
	}
	for i, h := range unchangedH {
		sig = append(sig, h...)
		sig = strconv.AppendInt(sig, unchangedE[i], 10)
	}

	b := make([]byte, 0, 256+len(updated)*60+len(unchangedH)*60)
	b = append(b, `{"expiry":`...)
	if len(r.expiry) > 1 {
		b = append(b, '[')
		for i, e := range expPart {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendInt(b, e)
		}
		b = append(b, ']')
	} else {
		b = appendInt(b, applied[0])
	}
	b = append(b, `,"signature":`...)
	b = rc.appendSignature(b, sig)
	if r.shorten || r.extend {
		b = append(b, `,"unchanged":{`...)
		for i, h := range unchangedH {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, h)
			b = append(b, ':')
			b = appendInt(b, unchangedE[i])
		}
		b = append(b, '}')
	}
	b = append(b, `,"updated":[`...)
	for i, u := range updated {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, u.hash)
	}
	b = append(b, "]}"...)
	res, _ := rc.swarmResponse(ownResult{body: b}, wait, "", now)
	return res
}

type getExpiriesReq struct {
	creds
	messages []string
	ts       int64
}

func parseGetExpiries(s *Store, f fields) (request, error) {
	var a authFields
	msgs, msgsOK, e1 := f.strList("messages")
	var e2, e3, e4, e5, e6 error
	a.pk, a.pkOK, e2 = f.str("pubkey")
	a.pkEd, a.pkEdOK, e3 = f.str("pubkey_ed25519")
	a.sig, a.sigOK, e4 = f.str("signature")
	a.sa, a.saOK, e5 = f.str("subaccount")
	a.saSig, a.saSigOK, e6 = f.str("subaccount_sig")
	ts, tsOK, e7 := f.timestamp("timestamp")
	if err := firstErr(e1, e2, e3, e4, e5, e6, e7); err != nil {
		return nil, err
	}
	r := &getExpiriesReq{}
	if err := a.load(&r.creds, s.opts.Testnet, true); err != nil {
		return nil, err
	}
	if err := requireField("timestamp", tsOK); err != nil {
		return nil, err
	}
	r.ts = ts
	if err := requireField("messages", msgsOK); err != nil {
		return nil, err
	}
	if len(msgs) == 0 {
		return nil, perr("messages does not contain any message hashes")
	}
	r.messages = msgs
	return r, nil
}

func (r *getExpiriesReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	if !withinWindow(r.ts, rc.now, signatureTolerance) {
		return textResponse(statusNotAcceptable, "get_expiries timestamp too far from current time")
	}
	msg := []byte("get_expiries")
	msg = strconv.AppendInt(msg, r.ts, 10)
	for _, h := range r.messages {
		msg = append(msg, h...)
	}
	if !s.verify(&r.creds, accessRead, false, msg) {
		return textResponse(statusUnauthorized, "get_expiries signature verification failed")
	}
	var hs []string
	var exps []int64
	if err := s.view(func(t *tables) { hs, exps = t.expiries(&r.acct, r.messages, rc.now) }); err != nil {
		return rc.internalError(err)
	}
	b := make([]byte, 0, 16+len(hs)*60)
	b = append(b, `{"expiries":{`...)
	for i, h := range hs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, h)
		b = append(b, ':')
		b = appendInt(b, exps[i])
	}
	b = append(b, "}}"...)
	return jsonResponse(statusOK, b)
}
