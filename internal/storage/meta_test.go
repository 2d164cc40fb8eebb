package storage

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestInfo(t *testing.T) {
	ts := newTestStore(t)
	st, body, raw := ts.call("info", map[string]any{"ignored": 1})
	require.Equal(t, 200, st, raw)
	require.Equal(t, []any{float64(2), float64(11), float64(0)}, body["version"])
	require.EqualValues(t, ts.clock.ms(), body["timestamp"])
	require.EqualValues(t, ts.clock.ms(), body["t"])
	require.Equal(t, `{"hf":[21,0],"t":1700000000000,"timestamp":1700000000000,"version":[2,11,0]}`, raw)
}

func TestGetSwarm(t *testing.T) {
	self := Contact{IP: "10.1.2.3", PortHTTPS: 22021, PortOMQ: 22020}
	copy(self.PubkeyX25519[:], bytesOf(0x22, 32))
	ts := newTestStore(t, func(o *Options) { o.Self = self })
	alice := newUser(t)
	for _, key := range []string{"pubkey", "pubKey"} {
		st, body, raw := ts.call("get_snodes_for_pubkey", map[string]any{key: alice.id})
		require.Equal(t, 200, st, raw)
		require.Equal(t, "0", body["swarm"])
		sn := body["snodes"].([]any)[0].(map[string]any)
		require.Equal(t, ts.nodePub, sn["pubkey_ed25519"])
		require.Equal(t, ts.nodePub, sn["pubkey_legacy"])
		require.Equal(t, strings.Repeat("22", 32), sn["pubkey_x25519"])
		require.Equal(t, "10.1.2.3", sn["ip"])
		require.Equal(t, "22021", sn["port"])
		require.True(t, strings.HasSuffix(sn["address"].(string), ".snode"))
		require.Len(t, sn["address"].(string), 52+6)
	}
	st, _, raw := ts.call("get_swarm", map[string]any{"pubkey": "05ab"})
	require.Equal(t, 400, st)
	require.Equal(t, "invalid request: Pubkey must be 66 hex digits/33 bytes long", raw)
	st, _, raw = ts.call("get_swarm", map[string]any{})
	require.Equal(t, 400, st)
	require.Equal(t, "invalid request: Required field 'pubkey' missing", raw)

	// No swarms known: empty list, id ffffffffffffffff.
	ts2 := newTestStore(t, func(o *Options) { o.Swarm = notOurs{SwarmInfo{ID: NoSwarmID}} })
	st, body, raw := ts2.call("get_swarm", map[string]any{"pubkey": alice.id})
	require.Equal(t, 200, st, raw)
	require.Equal(t, "ffffffffffffffff", body["swarm"])
	require.Equal(t, []any{}, body["snodes"])
}

type fakeOxend struct {
	res json.RawMessage
	err error
}

func (f fakeOxend) OxendRequest(_ context.Context, endpoint string, params json.RawMessage) (json.RawMessage, error) {
	return f.res, f.err
}

func TestOxendRequest(t *testing.T) {
	ts := newTestStore(t)
	hash32 := b64(make([]byte, 32))
	for _, c := range []struct {
		name   string
		params map[string]any
		status int
		body   string
	}{
		{"ons not found", map[string]any{"endpoint": "ons_resolve", "params": map[string]any{"type": 0, "name_hash": hash32}}, 200, `{"hf":[21,0],"result":{},"t":1700000000000}`},
		{"ons hex hash", map[string]any{"endpoint": "ons_resolve", "params": map[string]any{"type": 0, "name_hash": strings.Repeat("ab", 32)}}, 200, `{"hf":[21,0],"result":{},"t":1700000000000}`},
		{"ons missing hash", map[string]any{"endpoint": "ons_resolve", "params": map[string]any{"type": 0}}, 400, "Unable to parse request: Failed to parse request parameters: Required key 'name_hash' not found"},
		{"ons no params", map[string]any{"endpoint": "ons_resolve"}, 400, "Unable to parse request: Failed to parse request parameters: Required key 'name_hash' not found"},
		{"ons bad type", map[string]any{"endpoint": "ons_resolve", "params": map[string]any{"type": 9, "name_hash": hash32}}, 400, "Unable to resolve ONS address: 'type' parameter not specified"},
		{"ons bad hash", map[string]any{"endpoint": "ons_resolve", "params": map[string]any{"type": 0, "name_hash": "xyz"}}, 400, "Unable to resolve ONS address: invalid 'name_hash' value 'xyz'"},
		{"service nodes without oxend", map[string]any{"endpoint": "get_service_nodes", "params": map[string]any{"active_only": true}}, 400, "Unknown oxend error"},
		{"bad endpoint", map[string]any{"endpoint": "get_info"}, 400, "invalid request: Invalid oxend endpoint 'get_info'"},
		{"no endpoint", map[string]any{}, 400, "invalid request: Required field 'endpoint' missing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call("oxend_request", c.params)
			require.Equal(t, c.status, st, raw)
			require.Equal(t, c.body, raw)
		})
	}

	ok := newTestStore(t, func(o *Options) {
		o.Oxend = fakeOxend{res: json.RawMessage(`{"service_node_states":[],"status":"OK"}`)}
	})
	st, body, raw := ok.call("oxend_request", map[string]any{"endpoint": "get_service_nodes"})
	require.Equal(t, 200, st, raw)
	require.Equal(t, "OK", body["result"].(map[string]any)["status"])
	bad := newTestStore(t, func(o *Options) { o.Oxend = fakeOxend{res: json.RawMessage(`{oops`)} })
	st, _, raw = bad.call("oxend_request", map[string]any{"endpoint": "get_service_nodes"})
	require.Equal(t, 502, st)
	require.Equal(t, "oxend returned unparsable data", raw)
	failing := newTestStore(t, func(o *Options) { o.Oxend = fakeOxend{err: &OxendError{"Bad things"}} })
	st, _, raw = failing.call("oxend_request", map[string]any{"endpoint": "get_service_nodes"})
	require.Equal(t, 400, st)
	require.Equal(t, "Bad things", raw)
	other := newTestStore(t, func(o *Options) { o.Oxend = fakeOxend{err: errors.New("timeout")} })
	st, _, raw = other.call("oxend_request", map[string]any{"endpoint": "get_service_nodes"})
	require.Equal(t, 400, st)
	require.Equal(t, "Unknown oxend error", raw)
}

func TestBatchAndSequence(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	grp := newGroup(t)
	now := ts.clock.ms()
	store := func(data string) map[string]any {
		return map[string]any{"method": "store", "params": map[string]any{"pubkey": grp.id, "namespace": -10, "timestamp": now, "ttl": 60_000, "data": b64([]byte(data))}}
	}
	bad := map[string]any{"method": "retrieve", "params": map[string]any{"pubkey": alice.id}} // 401
	info := map[string]any{"method": "info", "params": map[string]any{}}

	st, body, raw := ts.call("batch", map[string]any{"requests": []any{store("a"), bad, store("b"), info}})
	require.Equal(t, 200, st, raw)
	res := body["results"].([]any)
	require.Len(t, res, 4)
	require.EqualValues(t, 200, res[0].(map[string]any)["code"])
	require.EqualValues(t, 401, res[1].(map[string]any)["code"])
	require.Equal(t, "retrieve: request signature required", res[1].(map[string]any)["body"])
	require.EqualValues(t, 200, res[2].(map[string]any)["code"])
	require.Len(t, res[2].(map[string]any)["body"].(map[string]any)["hash"], 43)
	require.EqualValues(t, 2, ts.MessageCount())

	st, body, raw = ts.call("sequence", map[string]any{"requests": []any{store("c"), bad, store("d")}})
	require.Equal(t, 200, st, raw)
	require.Len(t, body["results"].([]any), 2, "stops after the failure")
	require.EqualValues(t, 3, ts.MessageCount())

	many := make([]any, 21)
	for i := range many {
		many[i] = info
	}
	for _, c := range []struct {
		name   string
		params map[string]any
		text   string
	}{
		{"no requests", map[string]any{}, `invalid request: Invalid batch request: no valid "requests" field`},
		{"empty", map[string]any{"requests": []any{}}, `invalid request: Invalid batch request: no valid "requests" field`},
		{"too many", map[string]any{"requests": many}, "invalid request: Invalid batch request: subrequest limit exceeded"},
		{"not objects", map[string]any{"requests": []any{1}}, "invalid request: Invalid batch request: requests must be objects"},
		{"no params", map[string]any{"requests": []any{map[string]any{"method": "info"}}}, "invalid request: Invalid batch request: subrequests must have method/params keys"},
		{"unknown method", map[string]any{"requests": []any{map[string]any{"method": "x", "params": map[string]any{}}}}, `invalid request: Invalid batch subrequest: invalid method "x"`},
		{"nested batch", map[string]any{"requests": []any{map[string]any{"method": "batch", "params": map[string]any{"requests": []any{info}}}}}, "invalid request: Invalid batch subrequest: subrequests may not contain meta-requests"},
		{"sub parse error", map[string]any{"requests": []any{map[string]any{"method": "store", "params": map[string]any{}}}}, "invalid request: Required field 'timestamp' missing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call("batch", c.params)
			require.Equal(t, 400, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
	// The maximum, 20, is fine.
	st, body, _ = ts.call("batch", map[string]any{"requests": many[:20]})
	require.Equal(t, 200, st)
	require.Len(t, body["results"].([]any), 20)
}

func TestIfElse(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.Chain = fixedChain{hf: [2]int{19, 4}, height: 1000} })
	info := map[string]any{"method": "info", "params": map[string]any{}}
	bad := map[string]any{"method": "get_swarm", "params": map[string]any{}}
	batch := map[string]any{"method": "batch", "params": map[string]any{"requests": []any{info}}}
	for _, c := range []struct {
		name   string
		cond   map[string]any
		want   bool
		result bool
	}{
		{"hf at least", map[string]any{"hf_at_least": []int{19, 4}}, true, true},
		{"hf at least, padded", map[string]any{"hf_at_least": []int{20}}, false, false},
		{"hf before", map[string]any{"hf_before": []int{19, 5}}, true, true},
		{"version", map[string]any{"v_at_least": []int{2, 11}}, true, true},
		{"version before", map[string]any{"v_before": []int{2, 8, 0}}, false, false},
		{"height", map[string]any{"height_at_least": 1000, "height_before": 1001}, true, true},
		{"and", map[string]any{"height_at_least": 1000, "hf_at_least": []int{19, 5}}, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, body, raw := ts.call("ifelse", map[string]any{"if": c.cond, "then": info})
			require.Equal(t, 200, st, raw)
			require.Equal(t, c.want, body["condition"])
			require.EqualValues(t, 1000, body["height"])
			require.Equal(t, []any{float64(19), float64(4)}, body["hf"])
			require.Equal(t, []any{float64(2), float64(11), float64(0)}, body["v"])
			if c.result {
				r := body["result"].(map[string]any)
				require.EqualValues(t, 200, r["code"])
				require.Equal(t, "info", func() string {
					if _, ok := r["body"].(map[string]any)["version"]; ok {
						return "info"
					}
					return ""
				}())
			} else {
				require.Nil(t, body["result"])
			}
		})
	}
	st, body, raw := ts.call("ifelse", map[string]any{"if": map[string]any{"hf_before": []int{1}}, "then": info, "else": batch})
	require.Equal(t, 200, st, raw)
	require.Len(t, body["result"].(map[string]any)["body"].(map[string]any)["results"], 1)
	// A failing branch is a 200 carrying the code and the text body.
	st, body, raw = ts.call("ifelse", map[string]any{"if": map[string]any{"hf_at_least": []int{1}}, "then": map[string]any{"method": "retrieve", "params": map[string]any{"pubkey": newUser(t).id}}})
	require.Equal(t, 200, st, raw)
	require.EqualValues(t, 401, body["result"].(map[string]any)["code"])
	// Nested ifelse.
	st, body, raw = ts.call("ifelse", map[string]any{"if": map[string]any{"hf_at_least": []int{1}}, "then": map[string]any{"method": "ifelse", "params": map[string]any{"if": map[string]any{"height_before": 5}, "else": info}}})
	require.Equal(t, 200, st, raw)
	require.Equal(t, false, body["result"].(map[string]any)["body"].(map[string]any)["condition"])

	for _, c := range []struct {
		name   string
		params map[string]any
		text   string
	}{
		{"no if", map[string]any{"then": info}, `invalid request: Invalid ifelse request: no valid "if" field`},
		{"empty if", map[string]any{"if": map[string]any{}, "then": info}, `invalid request: Invalid ifelse request: must specify at least one "if" condition`},
		{"bad condition", map[string]any{"if": map[string]any{"hf_at_least": "19"}, "then": info}, "invalid request: Invalid value given for 'hf_at_least': expected integer array"},
		{"no branch", map[string]any{"if": map[string]any{"height_before": 5}}, `invalid request: Invalid ifelse request: at least one of "then"/"else" required`},
		{"branch not object", map[string]any{"if": map[string]any{"height_before": 5}, "then": 5}, "invalid request: Invalid ifelse request: then must be an object"},
		{"null branch", map[string]any{"if": map[string]any{"height_before": 5}, "else": nil}, "invalid request: Invalid ifelse request: else must be an object"},
		{"branch without params", map[string]any{"if": map[string]any{"height_before": 5}, "then": map[string]any{"method": "info"}}, "invalid request: Invalid ifelse request: then must have method/params keys"},
		{"unknown method", map[string]any{"if": map[string]any{"height_before": 5}, "then": map[string]any{"method": "x", "params": 1}}, `invalid request: Invalid ifelse request method "then"`},
		{"branch parse error", map[string]any{"if": map[string]any{"height_before": 5}, "then": bad}, "invalid request: Required field 'pubkey' missing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call("ifelse", c.params)
			require.Equal(t, 400, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
}

func TestRevokeSubaccount(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	now := ts.clock.ms()
	var toks [][]byte
	var tokStrs []string
	for range 3 {
		tok, s, _ := makeToken(grp, newUser(t), 0x03, accessRead)
		toks = append(toks, tok)
		tokStrs = append(tokStrs, s)
	}
	st, body, raw := ts.call("revoke_subaccount", merge(grp.auth("revoke_subaccount", now, toks[0], toks[1]), map[string]any{"timestamp": now, "revoke": tokStrs[:2]}))
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	require.Nil(t, own["count"], "revoke answers no count")
	ts.checkNodeSig(own, grp.id, now, toks[0], toks[1])

	// revoked_subaccounts lists them (signed by the account key itself).
	st, body, raw = ts.call("revoked_subaccounts", map[string]any{"pubkey": grp.id, "timestamp": now, "signature": grp.sign("revoked_subaccounts", now)})
	require.Equal(t, 200, st, raw)
	require.ElementsMatch(t, []any{tokStrs[0], tokStrs[1]}, body["revoked_subaccounts"])
	require.NotNil(t, body["t"])

	st, body, raw = ts.call("unrevoke_subaccount", merge(grp.auth("unrevoke_subaccount", now, toks[1], toks[2]), map[string]any{"timestamp": now, "unrevoke": []string{tokStrs[1], tokStrs[2]}}))
	require.Equal(t, 200, st, raw)
	own = ts.own(body)
	require.EqualValues(t, 1, own["count"])
	ts.checkNodeSig(own, grp.id, now, toks[1], toks[2])

	// Only the newest 50 revocations are kept.
	var many []string
	var manyRaw [][]byte
	for range MaxRevocations {
		tok, s, _ := makeToken(grp, newUser(t), 0x03, accessRead)
		many, manyRaw = append(many, s), append(manyRaw, tok)
	}
	ts.clock.Add(1e6)
	now2 := ts.clock.ms()
	parts := []any{"revoke_subaccount", now2}
	for _, r := range manyRaw {
		parts = append(parts, r)
	}
	st, _, raw = ts.call("revoke_subaccount", merge(grp.auth(parts...), map[string]any{"timestamp": now2, "revoke": many}))
	require.Equal(t, 200, st, raw)
	_, body, _ = ts.call("revoked_subaccounts", map[string]any{"pubkey": grp.id, "timestamp": now2, "signature": grp.sign("revoked_subaccounts", now2)})
	list := body["revoked_subaccounts"].([]any)
	require.Len(t, list, MaxRevocations)
	require.NotContains(t, list, tokStrs[0], "the oldest was dropped")

	tooMany := append(many, tokStrs[0])
	for _, c := range []struct {
		name, method string
		params       map[string]any
		status       int
		text         string
	}{
		{"too many", "revoke_subaccount", merge(grp.auth("x"), map[string]any{"timestamp": now, "revoke": tooMany}), 400, "invalid request: invalid revoke: cannot revoke more than 50 subaccounts at once"},
		{"bad token", "revoke_subaccount", merge(grp.auth("x"), map[string]any{"timestamp": now, "revoke": "abc"}), 400, "invalid request: invalid revoke: expected base64 or hex-encoded subaccount tag"},
		{"bad unrevoke token", "unrevoke_subaccount", merge(grp.auth("x"), map[string]any{"timestamp": now, "unrevoke": "abc"}), 400, "invalid request: invalid unrevoke: expected base64 or hex-encoded subaccount tag"},
		{"missing revoke", "revoke_subaccount", merge(grp.auth("x"), map[string]any{"timestamp": now}), 400, "invalid request: Required field 'revoke' missing"},
		{"old timestamp", "revoke_subaccount", merge(grp.auth("revoke_subaccount", now-60_001, toks[0]), map[string]any{"timestamp": now - 60_001, "revoke": tokStrs[0]}), 406, "revoke_subaccount timestamp too far from current time"},
		{"bad signature", "unrevoke_subaccount", merge(grp.auth("revoke_subaccount", now, toks[0]), map[string]any{"timestamp": now, "unrevoke": tokStrs[0]}), 401, "unrevoke_subaccount signature verification failed"},
		{"list: bad signature", "revoked_subaccounts", map[string]any{"pubkey": grp.id, "timestamp": now, "signature": grp.sign("revoked_subaccounts", now+1)}, 401, "revoked_subaccounts signature verification failed"},
		{"list: old timestamp", "revoked_subaccounts", map[string]any{"pubkey": grp.id, "timestamp": now - 60_001, "signature": grp.sign("revoked_subaccounts", now-60_001)}, 406, "revoked_subaccounts timestamp too far from current time"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call(c.method, c.params)
			require.Equal(t, c.status, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
}

// fakeForwarder answers for two peers.
type fakeForwarder struct {
	mu     sync.Mutex
	calls  []string
	params []json.RawMessage
	res    map[string]PeerResult
}

func (f *fakeForwarder) Forward(_ context.Context, method string, params json.RawMessage) map[string]PeerResult {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, method)
	f.params = append(f.params, params)
	return f.res
}

func TestForwarderMerge(t *testing.T) {
	fw := &fakeForwarder{res: map[string]PeerResult{
		"aa" + strings.Repeat("0", 62): {Body: json.RawMessage(`{"deleted":[],"signature":"x"}`)},
		"bb" + strings.Repeat("0", 62): {Failed: true, Timeout: true},
		"cc" + strings.Repeat("0", 62): {Failed: true, Code: 401, Reason: "no"},
		"dd" + strings.Repeat("0", 62): {Failed: true, BadPeerResponse: true},
	}}
	ts := newTestStore(t, func(o *Options) { o.Forwarder = fw })
	grp := newGroup(t)
	now := ts.clock.ms()
	h := ts.storeMsg(grp.id, -10, []byte("x"), 60_000)
	params := merge(grp.auth("delete", h), map[string]any{"messages": []string{h}})
	st, body, raw := ts.call("delete", params)
	require.Equal(t, 200, st, raw)
	sw := body["swarm"].(map[string]any)
	require.Len(t, sw, 5)
	require.Equal(t, map[string]any{"failed": true, "timeout": true}, sw["bb"+strings.Repeat("0", 62)])
	require.Equal(t, map[string]any{"failed": true, "code": "401", "reason": "no"}, sw["cc"+strings.Repeat("0", 62)])
	require.Equal(t, map[string]any{"failed": true, "bad_peer_response": true}, sw["dd"+strings.Repeat("0", 62)])
	require.Equal(t, []string{"store", "delete"}, fw.calls)
	var sent map[string]any
	require.NoError(t, json.Unmarshal(fw.params[1], &sent))
	require.Equal(t, params["signature"], sent["signature"], "peers get the client's params")

	// The status is 500 only when every member failed.
	fw.res = map[string]PeerResult{"bb" + strings.Repeat("0", 62): {Failed: true, Timeout: true}}
	full := newTestStore(t, func(o *Options) { o.Forwarder = fw; o.MaxDBSize = 1 })
	st, _, _ = full.call("store", map[string]any{"pubkey": grp.id, "timestamp": now, "ttl": 60_000, "data": "AA=="})
	require.Equal(t, 500, st)
	fw.res = map[string]PeerResult{"bb" + strings.Repeat("0", 62): {Body: json.RawMessage(`{"hash":"h"}`)}}
	st, body, _ = full.call("store", map[string]any{"pubkey": grp.id, "timestamp": now, "ttl": 60_000, "data": "AA=="})
	require.Equal(t, 200, st)
	require.Nil(t, body["hash"], "no top-level hash when this node failed")
	fw.res = map[string]PeerResult{"bb" + strings.Repeat("0", 62): {Body: json.RawMessage(`{"failed":true,"query_failure":true}`)}}
	st, _, _ = full.call("store", map[string]any{"pubkey": grp.id, "timestamp": now, "ttl": 60_000, "data": "AA=="})
	require.Equal(t, 500, st, "a peer body with failed counts as failed")

	// delete "required": a peer that deleted something makes it 200.
	fw.res = map[string]PeerResult{"bb" + strings.Repeat("0", 62): {Body: json.RawMessage(`{"deleted":["` + h + `"],"signature":"x"}`)}}
	st, _, _ = ts.call("delete", merge(params, map[string]any{"required": true}))
	require.Equal(t, 200, st)
	fw.res = nil
	st, _, _ = ts.call("delete", merge(params, map[string]any{"required": true}))
	require.Equal(t, 404, st)
}

func TestHandleForwarded(t *testing.T) {
	fw := &fakeForwarder{}
	ts := newTestStore(t, func(o *Options) { o.Forwarder = fw })
	alice := newUser(t)
	now := ts.clock.ms()
	raw, _ := json.Marshal(map[string]any{"pubkey": alice.id, "timestamp": now, "ttl": 60_000, "data": b64([]byte("fwd"))})
	res := ts.HandleForwarded(context.Background(), "store", raw)
	st, body, txt := decodeRes(t, res)
	require.Equal(t, 200, st, txt)
	require.Nil(t, body["swarm"])
	require.Nil(t, body["t"])
	require.Len(t, body["hash"], 43)
	ts.checkNodeSig(body, body["hash"].(string))
	require.Empty(t, fw.calls, "forwarded requests are not forwarded again")

	res = ts.HandleForwarded(context.Background(), "retrieve", raw)
	require.Equal(t, 400, res.Status)
	require.Equal(t, "invalid request: received invalid forwarded non-forwardable request", string(res.Body))

	// delete_all accepts 70 s when forwarded.
	old := now - 65_000
	raw, _ = json.Marshal(merge(alice.auth("delete_all", old), map[string]any{"timestamp": old}))
	require.Equal(t, 200, ts.HandleForwarded(context.Background(), "delete_all", raw).Status)
	require.Equal(t, 406, ts.Handle(context.Background(), "delete_all", raw, Client{}).Status)
}
