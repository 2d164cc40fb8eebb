package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"sync"
)

type infoReq struct{}

func parseInfo(*Store, fields) (request, error) { return infoReq{}, nil }

func (infoReq) run(rc *reqCtx) Response {
	s := rc.s
	now := s.nowMS()
	b := make([]byte, 0, 96)
	b = append(b, '{')
	b = appendHF(b, s.opts.Chain.Hardfork())
	b = append(b, ',')
	b = appendT(b, now)
	b = append(b, `,"timestamp":`...)
	b = appendInt(b, now)
	b = append(b, `,"version":`...)
	b = appendVersion(b, s.opts.Version)
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}

func appendVersion(b []byte, v [3]int) []byte {
	b = append(b, '[')
	for i, x := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(x), 10)
	}
	return append(b, ']')
}

type getSwarmReq struct{ acct Account }

func parseGetSwarm(s *Store, f fields) (request, error) {
	pkAlt, pkAltOK, e1 := f.str("pubKey")
	pk, pkOK, e2 := f.str("pubkey")
	if err := firstErr(e1, e2); err != nil {
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
	a, ok := ParseAccount(pk, s.opts.Testnet)
	if !ok {
		return nil, perr("Pubkey must be 66 hex digits/33 bytes long")
	}
	return getSwarmReq{a}, nil
}

func (r getSwarmReq) run(rc *reqCtx) Response {
	s := rc.s
	sw, _ := s.opts.Swarm.Lookup(r.acct.Key())
	b := make([]byte, 0, 128+len(sw.Members)*400)
	b = append(b, '{')
	b = appendHF(b, s.opts.Chain.Hardfork())
	b = append(b, ',')
	b = appendSwarmJSON(b, &sw)
	b = append(b, ',')
	b = appendT(b, s.nowMS())
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}

type oxendReq struct {
	endpoint string
	params   json.RawMessage // nil when absent or null
}

func parseOxendRequest(_ *Store, f fields) (request, error) {
	ep, epOK, err := f.str("endpoint")
	if err != nil {
		return nil, err
	}
	if err := requireField("endpoint", epOK); err != nil {
		return nil, err
	}
	if ep != "get_service_nodes" && ep != "ons_resolve" {
		return nil, perr("Invalid oxend endpoint '%s'", ep)
	}
	params, _ := f.get("params")
	return &oxendReq{endpoint: ep, params: params}, nil
}

func (r *oxendReq) run(rc *reqCtx) Response {
	var result json.RawMessage
	var err error
	if r.endpoint == "ons_resolve" {
		result, err = onsResolve(r.params)
	} else if o := rc.s.opts.Oxend; o != nil {
		result, err = o.OxendRequest(rc.ctx, r.endpoint, r.params)
	} else {
		err = errors.New("no oxend")
	}
	if err != nil {
		var oe *OxendError
		if errors.As(err, &oe) && oe.Message != "" {
			return textResponse(statusBadRequest, oe.Message)
		}
		return textResponse(statusBadRequest, "Unknown oxend error")
	}
	result = bytes.TrimSpace(result)
	if !json.Valid(result) {
		return textResponse(statusBadGateway, "oxend returned unparsable data")
	}
	b := make([]byte, 0, len(result)+64)
	b = append(b, '{')
	b = appendHF(b, rc.s.opts.Chain.Hardfork())
	b = append(b, `,"result":`...)
	b = append(b, result...)
	b = append(b, ',')
	b = appendT(b, rc.s.nowMS())
	b = append(b, '}')
	return jsonResponse(statusOK, b)
}

// onsResolve answers rpc.ons_resolve as oxend does for a name that is not
// registered (no names exist yet): the parameters are checked as oxend checks
// them, then the result is an empty object.
func onsResolve(params json.RawMessage) (json.RawMessage, error) {
	const prefix = "Unable to parse request: Failed to parse request parameters: "
	f := parseFields(params)
	nh, ok := f.get("name_hash")
	if !ok {
		return nil, &OxendError{prefix + "Required key 'name_hash' not found"}
	}
	var nameHash string
	if len(nh) == 0 || nh[0] != '"' || json.Unmarshal(nh, &nameHash) != nil {
		return nil, &OxendError{prefix + "[json.exception.type_error.302] type must be string"}
	}
	tv, ok := f.get("type")
	if !ok {
		return nil, &OxendError{prefix + "Required key 'type' not found"}
	}
	k, _, typ := classifyNumber(tv)
	if k != numUnsigned && k != numSigned {
		return nil, &OxendError{prefix + "Invalid value for 'type': value is not an integer"}
	}
	if typ < 0 || typ >= 6 { // ons::mapping_type has 6 values
		return nil, &OxendError{"Unable to resolve ONS address: 'type' parameter not specified"}
	}
	if !validNameHash(nameHash) {
		return nil, &OxendError{"Unable to resolve ONS address: invalid 'name_hash' value '" + nameHash + "'"}
	}
	return json.RawMessage(`{}`), nil
}

// validNameHash is oxend's name_hash_input_to_base64 succeeding: 32 raw
// bytes, 64 hex digits, or 43-44 base64 characters of 32 bytes.
func validNameHash(s string) bool {
	switch {
	case len(s) == 32:
		return true
	case len(s) == 64 && isHex(s):
		return true
	case len(s) >= 43 && len(s) <= 44 && isBase64(s):
		return len(decodeBase64(s)) == 32
	}
	return false
}

// batchReq is batch or sequence.
type batchReq struct {
	subs       []*parsed
	sequential bool
}

func parseBatch(s *Store, f fields) (request, error)    { return parseBatchLike(s, f, false) }
func parseSequence(s *Store, f fields) (request, error) { return parseBatchLike(s, f, true) }

func parseBatchLike(s *Store, f fields, sequential bool) (request, error) {
	v, ok := f.get("requests")
	var list []json.RawMessage
	if !ok || len(v) == 0 || v[0] != '[' || json.Unmarshal(v, &list) != nil || len(list) == 0 {
		return nil, perr(`Invalid batch request: no valid "requests" field`)
	}
	if len(list) > batchRequestMax {
		return nil, perr("Invalid batch request: subrequest limit exceeded")
	}
	r := &batchReq{sequential: sequential}
	for _, item := range list {
		item = bytes.TrimSpace(item)
		if len(item) == 0 || item[0] != '{' {
			return nil, perr("Invalid batch request: requests must be objects")
		}
		sub := parseFields(item)
		mv, mok := sub.raw("method")
		pv, pok := sub.raw("params")
		var name string
		if !mok || !pok || mv[0] != '"' || pv[0] != '{' || json.Unmarshal(mv, &name) != nil {
			return nil, perr("Invalid batch request: subrequests must have method/params keys")
		}
		if _, ok := methods[name]; !ok {
			return nil, perr(`Invalid batch subrequest: invalid method "%s"`, name)
		}
		p, err := s.parseRequest(name, pv)
		if err != nil {
			return nil, err
		}
		if p.m.meta {
			return nil, perr("Invalid batch subrequest: subrequests may not contain meta-requests")
		}
		r.subs = append(r.subs, p)
	}
	return r, nil
}

func (r *batchReq) run(rc *reqCtx) Response {
	results := make([]Response, len(r.subs))
	n := len(r.subs)
	if r.sequential {
		n = 0
		for i, p := range r.subs {
			results[i] = rc.s.run(rc.ctx, p, rc.client, true)
			n++
			if st := results[i].Status; st < 200 || st > 299 {
				break
			}
		}
	} else {
		var wg sync.WaitGroup
		for i, p := range r.subs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = rc.s.runSafe(rc.ctx, p, rc.client)
			}()
		}
		wg.Wait()
	}
	size := 16
	for _, res := range results[:n] {
		size += len(res.Body) + 24
	}
	b := make([]byte, 0, size)
	b = append(b, `{"results":[`...)
	for i, res := range results[:n] {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSubResult(b, res)
	}
	b = append(b, "]}"...)
	return jsonResponse(statusOK, b)
}

// runSafe runs a subrequest on another goroutine, turning a panic into 500.
func (s *Store) runSafe(ctx context.Context, p *parsed, c Client) (res Response) {
	defer func() {
		if r := recover(); r != nil {
			res = textResponse(statusInternalError, "request failed")
		}
	}()
	return s.run(ctx, p, c, true)
}

// appendSubResult writes {"body": ..., "code": N}: JSON bodies embedded,
// text bodies as strings.
func appendSubResult(b []byte, res Response) []byte {
	b = append(b, `{"body":`...)
	if res.JSON {
		b = append(b, res.Body...)
	} else {
		b = appendJSONString(b, string(res.Body))
	}
	b = append(b, `,"code":`...)
	b = strconv.AppendInt(b, int64(res.Status), 10)
	return append(b, '}')
}
