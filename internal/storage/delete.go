package storage

import (
	"bytes"
	"sort"
	"strconv"
)

// hashList validates a non-empty list of message hashes.
func hashList(msgs []string) error {
	if len(msgs) == 0 {
		return perr("messages does not contain any message hashes")
	}
	for _, m := range msgs {
		if len(m) != 43 || !isBase64(m) {
			return perr("invalid message hash: %s", m)
		}
	}
	return nil
}

type deleteReq struct {
	creds
	messages []string
	required bool
}

func parseDelete(s *Store, f fields) (request, error) {
	var a authFields
	msgs, msgsOK, e1 := f.strList("messages")
	var e2, e3, e5, e6, e7 error
	a.pk, a.pkOK, e2 = f.str("pubkey")
	a.pkEd, a.pkEdOK, e3 = f.str("pubkey_ed25519")
	required, _, e4 := f.boolean("required")
	a.sig, a.sigOK, e5 = f.str("signature")
	a.sa, a.saOK, e6 = f.str("subaccount")
	a.saSig, a.saSigOK, e7 = f.str("subaccount_sig")
	if err := firstErr(e1, e2, e3, e4, e5, e6, e7); err != nil {
		return nil, err
	}
	r := &deleteReq{required: required}
	if err := a.load(&r.creds, s.opts.Testnet, true); err != nil {
		return nil, err
	}
	if err := requireField("messages", msgsOK); err != nil {
		return nil, err
	}
	if err := hashList(msgs); err != nil {
		return nil, err
	}
	r.messages = msgs
	return r, nil
}

func (r *deleteReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	msg := []byte("delete")
	for _, h := range r.messages {
		msg = append(msg, h...)
	}
	if !s.verify(&r.creds, accessDelete, false, msg) {
		return textResponse(statusUnauthorized, "delete_msgs signature verification failed")
	}
	wait := rc.forward()
	var deleted []string
	err := s.write(func(w *wtx) error {
		deleted = deleted[:0]
		for _, h := range r.messages {
			raw, ok := hashKey(h)
			if !ok {
				continue
			}
			mk, v, ok := w.t.lookup(&r.acct, &raw)
			if !ok {
				continue
			}
			m := storedOf(mk, &v)
			if err := w.remove(&m); err != nil {
				return err
			}
			if err := w.tombstone(&r.acct, &raw, v.expiry); err != nil {
				return err
			}
			if v.expiry > w.now {
				deleted = append(deleted, h)
			}
		}
		return nil
	})
	if err != nil {
		return rc.internalError(err)
	}
	sort.Strings(deleted)

	sig := []byte(r.acct.Hex(s.opts.Testnet))
	for _, h := range r.messages {
		sig = append(sig, h...)
	}
	for _, h := range deleted {
		sig = append(sig, h...)
	}
	b := make([]byte, 0, 160+len(deleted)*46)
	b = append(b, `{"deleted":`...)
	b = appendStringList(b, deleted)
	b = append(b, `,"signature":`...)
	b = rc.appendSignature(b, sig)
	b = append(b, '}')
	res, peers := rc.swarmResponse(ownResult{body: b, deleted: len(deleted) > 0}, wait, "", s.nowMS())
	if r.required && res.Status == statusOK {
		// 404 unless some member deleted something. (For a forwarded request
		// upstream finds no "swarm" member and so always answers 404.)
		some := rc.recurse && len(deleted) > 0
		for _, p := range peers {
			if d := bytes.TrimSpace(p.field("deleted")); len(d) > 0 && !isEmptyJSON(d) {
				some = true
			}
		}
		if !some {
			res.Status = statusNotFound
		}
	}
	return res
}

// isEmptyJSON is nlohmann's empty(): null, [] and {} are empty.
func isEmptyJSON(v []byte) bool {
	switch string(bytes.Join(bytes.Fields(v), nil)) {
	case "null", "[]", "{}":
		return true
	}
	return false
}

// internalError answers a failed write: upstream lets the exception reach
// its generic handler.
func (rc *reqCtx) internalError(err error) Response {
	rc.s.lg.Sugar().Errorw("storage request failed", "method", rc.method, "error", err)
	return textResponse(statusInternalError, "request failed")
}

// nsAuthReq is the shape shared by delete_all, delete_before and expire_all:
// an account, a namespace (or "all"), one timestamp and a signature.
type nsAuthReq struct {
	creds
	ns nsVar
	ts int64
}

// parseNSAuth loads fields in upstream's (alphabetical) order; tsName is
// "timestamp", "before" or "expiry".
func parseNSAuth(s *Store, f fields, tsName string) (*nsAuthReq, error) {
	var a authFields
	var ts int64
	var tsOK bool
	var errs []error
	load := func(name string) {
		var err error
		switch name {
		case tsName:
			ts, tsOK, err = f.timestamp(name)
		case "pubkey":
			a.pk, a.pkOK, err = f.str(name)
		case "pubkey_ed25519":
			a.pkEd, a.pkEdOK, err = f.str(name)
		case "signature":
			a.sig, a.sigOK, err = f.str(name)
		case "subaccount":
			a.sa, a.saOK, err = f.str(name)
		case "subaccount_sig":
			a.saSig, a.saSigOK, err = f.str(name)
		}
		errs = append(errs, err)
	}
	var ns nsVar
	var nsErr error
	names := []string{tsName, "namespace", "pubkey", "pubkey_ed25519", "signature", "subaccount", "subaccount_sig"}
	sort.Strings(names)
	for _, n := range names {
		if n == "namespace" {
			ns, _, nsErr = f.namespaceOrAll(n)
			errs = append(errs, nsErr)
			continue
		}
		load(n)
	}
	if err := firstErr(errs...); err != nil {
		return nil, err
	}
	r := &nsAuthReq{ns: ns}
	if err := a.load(&r.creds, s.opts.Testnet, true); err != nil {
		return nil, err
	}
	if err := requireField(tsName, tsOK); err != nil {
		return nil, err
	}
	r.ts = ts
	return r, nil
}

type deleteAllReq struct{ *nsAuthReq }

func parseDeleteAll(s *Store, f fields) (request, error) {
	r, err := parseNSAuth(s, f, "timestamp")
	if err != nil {
		return nil, err
	}
	return deleteAllReq{r}, nil
}

func (r deleteAllReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	tol := rc.tolerance()
	if !withinWindow(r.ts, rc.now, tol) {
		return textResponse(statusNotAcceptable, "delete_all timestamp too far from current time")
	}
	msg := []byte("delete_all" + r.ns.sigString())
	msg = strconv.AppendInt(msg, r.ts, 10)
	if !s.verify(&r.creds, accessDelete, false, msg) {
		return textResponse(statusUnauthorized, "delete_all signature verification failed")
	}
	return rc.deleteWhere(&r.creds.acct, r.ns, r.ts, func(*msgVal) bool { return true })
}

type deleteBeforeReq struct{ *nsAuthReq }

func parseDeleteBefore(s *Store, f fields) (request, error) {
	r, err := parseNSAuth(s, f, "before")
	if err != nil {
		return nil, err
	}
	return deleteBeforeReq{r}, nil
}

func (r deleteBeforeReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	if r.ts > rc.now+60_000 {
		return textResponse(statusUnauthorized, "delete_before timestamp too far in the future")
	}
	msg := []byte("delete_before" + r.ns.sigString())
	msg = strconv.AppendInt(msg, r.ts, 10)
	if !s.verify(&r.creds, accessDelete, false, msg) {
		return textResponse(statusUnauthorized, "delete_before signature verification failed")
	}
	before := r.ts
	return rc.deleteWhere(&r.creds.acct, r.ns, r.ts, func(v *msgVal) bool { return v.timestamp <= before })
}

// nsHash is an affected message of a namespace-scoped bulk operation.
type nsHash struct {
	ns   int16
	hash string
}

// deleteWhere deletes the account's messages in ns (or all namespaces) that
// match keep, and answers with the sorted deleted hashes signed over
// PUBKEY_HEX || sigTS || hashes.
func (rc *reqCtx) deleteWhere(a *Account, ns nsVar, sigTS int64, keep func(*msgVal) bool) Response {
	s := rc.s
	wait := rc.forward()
	prefix := accountPrefix(a)
	if !ns.all {
		prefix = accountNSPrefix(a, ns.ns)
	}
	var affected []nsHash
	err := s.write(func(w *wtx) error {
		affected = affected[:0]
		victims := w.t.collect(prefix, func(_ []byte, v *msgVal) bool { return keep(v) })
		for i := range victims {
			m := &victims[i]
			if err := w.remove(m); err != nil {
				return err
			}
			if err := w.tombstone(a, &m.hash, m.expiry); err != nil {
				return err
			}
			if m.expiry > w.now {
				affected = append(affected, nsHash{m.ns, hashString(&m.hash)})
			}
		}
		return nil
	})
	if err != nil {
		return rc.internalError(err)
	}
	b := rc.appendAffected(nil, "deleted", a, ns, sigTS, affected)
	res, _ := rc.swarmResponse(ownResult{body: b}, wait, "", rc.now)
	return res
}

// appendAffected writes {"<key>": hashes or {ns: hashes}, "signature": ...}
// as upstream's handle_action_one_ns / handle_action_all_ns.
func (rc *reqCtx) appendAffected(b []byte, key string, a *Account, ns nsVar, sigTS int64, affected []nsHash) []byte {
	sort.SliceStable(affected, func(i, j int) bool { return affected[i].hash < affected[j].hash })
	sig := []byte(a.Hex(rc.s.opts.Testnet))
	sig = strconv.AppendInt(sig, sigTS, 10)
	for _, x := range affected {
		sig = append(sig, x.hash...)
	}
	b = append(b, `{"`...)
	b = append(b, key...)
	b = append(b, `":`...)
	if ns.all {
		// {ns: [hashes]}, namespaces ordered as strings (std::map<string>).
		groups := map[string][]string{}
		var names []string
		for _, x := range affected {
			k := strconv.Itoa(int(x.ns))
			if _, ok := groups[k]; !ok {
				names = append(names, k)
			}
			groups[k] = append(groups[k], x.hash)
		}
		sort.Strings(names)
		b = append(b, '{')
		for i, n := range names {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, n)
			b = append(b, ':')
			b = appendStringList(b, groups[n])
		}
		b = append(b, '}')
	} else {
		hs := make([]string, len(affected))
		for i, x := range affected {
			hs[i] = x.hash
		}
		b = appendStringList(b, hs)
	}
	b = append(b, `,"signature":`...)
	b = rc.appendSignature(b, sig)
	return append(b, '}')
}

// tolerance is the signature window of delete_all and expire_all: wider for a
// request a swarm peer forwarded, as upstream allows for the forwarding delay.
func (rc *reqCtx) tolerance() int64 {
	if !rc.recurse {
		return signatureToleranceFwd
	}
	return int64(signatureTolerance)
}
