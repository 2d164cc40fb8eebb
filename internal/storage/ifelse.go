package storage

import (
	"encoding/json"
	"slices"
)

// ifElseReq is the conditional meta-request.
type ifElseReq struct {
	heightGE, heightLT *int32
	hfGE, hfLT         []int32 // 2 elements, or nil
	vGE, vLT           []int32 // 3 elements, or nil
	then, els          *parsed
}

// fixed is upstream's to_fixed_array: nil for a missing or empty list,
// otherwise n elements, zero-padded or cut.
func fixed(v []int32, ok bool, n int) []int32 {
	if !ok || len(v) == 0 {
		return nil
	}
	out := make([]int32, n)
	copy(out, v)
	return out
}

func parseIfElse(s *Store, f fields) (request, error) {
	cond, ok := f.raw("if")
	if !ok || cond[0] != '{' {
		return nil, perr(`Invalid ifelse request: no valid "if" field`)
	}
	c := parseFields(cond)
	hge, hgeOK, e1 := c.int32Field("height_at_least")
	hlt, hltOK, e2 := c.int32Field("height_before")
	fge, fgeOK, e3 := c.intList("hf_at_least")
	flt, fltOK, e4 := c.intList("hf_before")
	vge, vgeOK, e5 := c.intList("v_at_least")
	vlt, vltOK, e6 := c.intList("v_before")
	if err := firstErr(e1, e2, e3, e4, e5, e6); err != nil {
		return nil, err
	}
	r := &ifElseReq{
		hfGE: fixed(fge, fgeOK, 2), hfLT: fixed(flt, fltOK, 2),
		vGE: fixed(vge, vgeOK, 3), vLT: fixed(vlt, vltOK, 3),
	}
	if hgeOK {
		r.heightGE = &hge
	}
	if hltOK {
		r.heightLT = &hlt
	}
	if r.heightGE == nil && r.heightLT == nil && r.hfGE == nil && r.hfLT == nil && r.vGE == nil && r.vLT == nil {
		return nil, perr(`Invalid ifelse request: must specify at least one "if" condition`)
	}
	var err error
	if r.then, err = parseBranch(s, f, "then"); err != nil {
		return nil, err
	}
	if r.els, err = parseBranch(s, f, "else"); err != nil {
		return nil, err
	}
	if r.then == nil && r.els == nil {
		return nil, perr(`Invalid ifelse request: at least one of "then"/"else" required`)
	}
	return r, nil
}

// parseBranch loads "then" or "else": {method, params}, where method may be
// any method, meta-requests included. Upstream's parseFields drops nulls too
// late to matter: a null branch is "not an object".
func parseBranch(s *Store, f fields, key string) (*parsed, error) {
	v, ok := f.raw(key)
	if !ok {
		return nil, nil
	}
	if v[0] != '{' {
		return nil, perr("Invalid ifelse request: %s must be an object", key)
	}
	sub := parseFields(v)
	mv, mok := sub.raw("method")
	pv, pok := sub.raw("params")
	var name string
	if !mok || !pok || len(mv) == 0 || mv[0] != '"' || json.Unmarshal(mv, &name) != nil {
		return nil, perr("Invalid ifelse request: %s must have method/params keys", key)
	}
	if _, ok := methods[name]; !ok {
		return nil, perr(`Invalid ifelse request method "%s"`, key)
	}
	return s.parseRequest(name, pv)
}

func lessArr(a, b []int32) bool { return slices.Compare(a, b) < 0 }

func (r *ifElseReq) condition(hf [2]int, v [3]int, height uint64) bool {
	ok := true
	if r.hfGE != nil || r.hfLT != nil {
		cur := []int32{int32(hf[0]), int32(hf[1])}
		if r.hfGE != nil {
			ok = ok && !lessArr(cur, r.hfGE)
		}
		if r.hfLT != nil {
			ok = ok && lessArr(cur, r.hfLT)
		}
	}
	if r.vGE != nil || r.vLT != nil {
		cur := []int32{int32(v[0]), int32(v[1]), int32(v[2])}
		if r.vGE != nil {
			ok = ok && !lessArr(cur, r.vGE)
		}
		if r.vLT != nil {
			ok = ok && lessArr(cur, r.vLT)
		}
	}
	if r.heightGE != nil || r.heightLT != nil {
		h := int32(height)
		if r.heightGE != nil {
			ok = ok && h >= *r.heightGE
		}
		if r.heightLT != nil {
			ok = ok && h < *r.heightLT
		}
	}
	return ok
}

func (r *ifElseReq) run(rc *reqCtx) Response {
	s := rc.s
	hf := s.opts.Chain.Hardfork()
	height := s.opts.Chain.Height()
	cond := r.condition(hf, s.opts.Version, height)
	branch := r.els
	if cond {
		branch = r.then
	}
	var sub *Response
	if branch != nil {
		res := s.run(rc.ctx, branch, rc.client, true)
		sub = &res
	}
	b := make([]byte, 0, 128)
	b = append(b, `{"condition":`...)
	b = appendBool(b, cond)
	b = append(b, `,"height":`...)
	b = appendInt(b, int64(height))
	b = append(b, ',')
	b = appendHF(b, hf)
	if sub != nil {
		b = append(b, `,"result":`...)
		b = appendSubResult(b, *sub)
	}
	b = append(b, `,"v":`...)
	b = appendVersion(b, s.opts.Version)
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}
