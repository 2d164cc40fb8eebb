package storage

import (
	"bytes"
	"encoding/base64"
	"sort"
	"strconv"
)

type revokeReq struct {
	creds
	tokens []token
	ts     int64
	undo   bool // unrevoke_subaccount
}

func decodeTokens(list []string, what string) ([]token, error) {
	out := make([]token, 0, len(list))
	for _, s := range list {
		t, ok := decodeToken(s)
		if !ok {
			return nil, perr("invalid %s: expected base64 or hex-encoded subaccount tag", what)
		}
		out = append(out, t)
	}
	return out, nil
}

func parseRevoke(s *Store, f fields) (request, error) {
	var a authFields
	var e1, e2, e4 error
	a.pk, a.pkOK, e1 = f.str("pubkey")
	a.pkEd, a.pkEdOK, e2 = f.str("pubkey_ed25519")
	list, listOK, e3 := f.strList("revoke")
	a.sig, a.sigOK, e4 = f.str("signature")
	ts, tsOK, e5 := f.timestamp("timestamp")
	if err := firstErr(e1, e2, e3, e4, e5); err != nil {
		return nil, err
	}
	r := &revokeReq{}
	if err := a.load(&r.creds, s.opts.Testnet, false); err != nil {
		return nil, err
	}
	if err := requireField("revoke", listOK); err != nil {
		return nil, err
	}
	if len(list) > MaxRevocations {
		return nil, perr("invalid revoke: cannot revoke more than %d subaccounts at once", MaxRevocations)
	}
	toks, err := decodeTokens(list, "revoke")
	if err != nil {
		return nil, err
	}
	if err := requireField("timestamp", tsOK); err != nil {
		return nil, err
	}
	r.tokens, r.ts = toks, ts
	return r, nil
}

func parseUnrevoke(s *Store, f fields) (request, error) {
	var a authFields
	var e1, e2, e3 error
	a.pk, a.pkOK, e1 = f.str("pubkey")
	a.pkEd, a.pkEdOK, e2 = f.str("pubkey_ed25519")
	a.sig, a.sigOK, e3 = f.str("signature")
	ts, tsOK, e4 := f.timestamp("timestamp")
	list, listOK, e5 := f.strList("unrevoke")
	if err := firstErr(e1, e2, e3, e4, e5); err != nil {
		return nil, err
	}
	r := &revokeReq{undo: true}
	if err := a.load(&r.creds, s.opts.Testnet, false); err != nil {
		return nil, err
	}
	if err := requireField("timestamp", tsOK); err != nil {
		return nil, err
	}
	if err := requireField("unrevoke", listOK); err != nil {
		return nil, err
	}
	toks, err := decodeTokens(list, "unrevoke")
	if err != nil {
		return nil, err
	}
	r.tokens, r.ts = toks, ts
	return r, nil
}

func (r *revokeReq) run(rc *reqCtx) Response {
	s := rc.s
	name := "revoke_subaccount"
	if r.undo {
		name = "unrevoke_subaccount"
	}
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	if !withinWindow(r.ts, rc.now, signatureTolerance) {
		return textResponse(statusNotAcceptable, name+" timestamp too far from current time")
	}
	tail := strconv.AppendInt(nil, r.ts, 10)
	for i := range r.tokens {
		tail = append(tail, r.tokens[i][:]...)
	}
	if !s.verify(&r.creds, 0, false, append([]byte(name), tail...)) {
		return textResponse(statusUnauthorized, name+" signature verification failed")
	}
	wait := rc.forward()
	count := 0
	err := s.write(func(w *wtx) error {
		var err error
		if r.undo {
			count, err = w.unrevoke(&r.acct, r.tokens)
		} else {
			err = w.revoke(&r.acct, r.tokens)
		}
		return err
	})
	if err != nil {
		return rc.internalError(err)
	}
	b := make([]byte, 0, 128)
	b = append(b, '{')
	if r.undo {
		b = append(b, `"count":`...)
		b = appendInt(b, int64(count))
		b = append(b, ',')
	}
	b = append(b, `"signature":`...)
	b = rc.appendSignature(b, append([]byte(r.acct.Hex(s.opts.Testnet)), tail...))
	b = append(b, '}')
	res, _ := rc.swarmResponse(ownResult{body: b}, wait, "", s.nowMS())
	return res
}

// revoke adds tokens to the account's revocation list (refreshing the time
// of ones already there) and keeps the newest MaxRevocations.
func (w *wtx) revoke(a *Account, toks []token) error {
	if len(toks) == 0 {
		return nil
	}
	for i := range toks {
		k := revokedKey(a, &toks[i])
		if cur := w.t.revoked().Get(k); cur != nil && getI64(cur) >= w.now {
			continue
		}
		if err := w.t.revoked().Put(k, u64(uint64(w.now))); err != nil {
			return err
		}
	}
	type entry struct {
		key []byte
		ts  int64
	}
	var all []entry
	c := w.t.revoked().Cursor()
	for k, v := c.Seek(a[:]); k != nil && bytes.HasPrefix(k, a[:]); k, v = c.Next() {
		all = append(all, entry{bytes.Clone(k), getI64(v)})
	}
	if len(all) <= MaxRevocations {
		return nil
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].ts > all[j].ts })
	for _, e := range all[MaxRevocations:] {
		if err := w.t.revoked().Delete(e.key); err != nil {
			return err
		}
	}
	return nil
}

// unrevoke removes tokens from the revocation list, returning how many were
// there.
func (w *wtx) unrevoke(a *Account, toks []token) (int, error) {
	n := 0
	for i := range toks {
		k := revokedKey(a, &toks[i])
		if w.t.revoked().Get(k) == nil {
			continue
		}
		if err := w.t.revoked().Delete(k); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

type revokedListReq struct {
	creds
	ts int64
}

// parseRevokedSubaccounts is the SS@new (2.11) method: pubkey, timestamp,
// signature, verified with the account key itself.
func parseRevokedSubaccounts(s *Store, f fields) (request, error) {
	pk, pkOK, e1 := f.str("pubkey")
	sig, sigOK, e2 := f.str("signature")
	ts, tsOK, e3 := f.timestamp("timestamp")
	if err := firstErr(e1, e2, e3); err != nil {
		return nil, err
	}
	r := &revokedListReq{}
	if err := loadSignature(&r.creds, pk, pkOK, "", false, sig, sigOK, s.opts.Testnet); err != nil {
		return nil, err
	}
	if err := requireField("timestamp", tsOK); err != nil {
		return nil, err
	}
	r.ts = ts
	return r, nil
}

func (r *revokedListReq) run(rc *reqCtx) Response {
	s := rc.s
	if res, ok := rc.checkSwarm(&r.acct); !ok {
		return res
	}
	if !withinWindow(r.ts, rc.now, signatureTolerance) {
		return textResponse(statusNotAcceptable, "revoked_subaccounts timestamp too far from current time")
	}
	msg := strconv.AppendInt([]byte("revoked_subaccounts"), r.ts, 10)
	if !s.keys.verify(r.acct.Key(), msg, r.sig[:]) {
		return textResponse(statusUnauthorized, "revoked_subaccounts signature verification failed")
	}
	type entry struct {
		tok []byte
		ts  int64
	}
	var list []entry
	err := s.viewApplied(func(t *tables) { // revocations are never journaled
		c := t.revoked().Cursor()
		for k, v := c.Seek(r.acct[:]); k != nil && bytes.HasPrefix(k, r.acct[:]); k, v = c.Next() {
			list = append(list, entry{bytes.Clone(k[accountLen:]), getI64(v)})
		}
	})
	if err != nil {
		return rc.internalError(err)
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].ts < list[j].ts })
	b := make([]byte, 0, 64+len(list)*52)
	b = append(b, '{')
	b = appendHF(b, s.opts.Chain.Hardfork())
	b = append(b, `,"revoked_subaccounts":[`...)
	for i, e := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = base64.StdEncoding.AppendEncode(b, e.tok)
		b = append(b, '"')
	}
	b = append(b, "],"...)
	b = appendT(b, rc.now)
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}
