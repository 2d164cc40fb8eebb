package storage

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// notOurs is a SwarmView for which no account is this node's.
type notOurs struct{ sw SwarmInfo }

func (n notOurs) Lookup([]byte) (SwarmInfo, bool) { return n.sw, false }

func TestStore(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	grp := newGroup(t)
	now := ts.clock.ms()
	data := []byte("hello world")
	base := func(extra map[string]any) map[string]any {
		return merge(map[string]any{"pubkey": alice.id, "timestamp": now, "ttl": 60_000, "data": b64(data)}, extra)
	}
	del := func(m map[string]any, keys ...string) map[string]any {
		for _, k := range keys {
			delete(m, k)
		}
		return m
	}
	bigData := b64(make([]byte, MaxMessageSize+3))
	priv := func(ns int, signer *user, sigTS int64) map[string]any {
		return merge(signer.auth("store", nsSigString(int16(ns)), sigTS), map[string]any{
			"namespace": ns, "timestamp": now, "ttl": 60_000, "data": b64([]byte(fmt.Sprint("p", ns, sigTS))), "sig_timestamp": sigTS,
		})
	}
	cases := []struct {
		name   string
		params map[string]any
		status int
		text   string // text body, for errors
	}{
		{"public inbox, unsigned", base(nil), 200, ""},
		{"pubKey alias", del(base(map[string]any{"pubKey": alice.id, "data": b64([]byte("alias"))}), "pubkey"), 200, ""},
		{"stringified timestamp and ttl", base(map[string]any{"timestamp": fmt.Sprint(now), "ttl": "60000", "data": b64([]byte("str"))}), 200, ""},
		{"absolute expiry", del(base(map[string]any{"expiry": now + 60_000, "data": b64([]byte("abs"))}), "ttl"), 200, ""},
		{"namespace 10 public", base(map[string]any{"namespace": 10}), 200, ""},
		{"signed private namespace", priv(3, alice, now), 200, ""},
		{"signed group namespace", priv(11, grp, now), 200, ""},
		{"signed, sig_timestamp defaults to timestamp", del(priv(5, alice, now), "sig_timestamp"), 200, ""},

		{"missing pubkey", del(base(nil), "pubkey"), 400, "invalid request: Required field 'pubkey' missing"},
		{"both pubkeys", base(map[string]any{"pubKey": alice.id}), 400, "invalid request: Cannot specify both 'pubkey' and 'pubKey'"},
		{"bad pubkey", base(map[string]any{"pubkey": "05abc"}), 400, "invalid request: Pubkey must be 66 hex digits (33 bytes) long"},
		{"missing timestamp", del(base(nil), "timestamp"), 400, "invalid request: Required field 'timestamp' missing"},
		{"float timestamp", base(map[string]any{"timestamp": 1.5}), 400, "invalid request: Invalid value given for 'timestamp': expected integer"},
		{"bad stringified timestamp", base(map[string]any{"timestamp": "12x"}), 400, `invalid request: Invalid value given for 'timestamp': "12x"`},
		{"negative ttl", base(map[string]any{"ttl": -5}), 400, "invalid request: Invalid value given for 'ttl': expected positive integer"},
		{"bad stringified ttl", base(map[string]any{"ttl": "-5"}), 400, `invalid request: Invalid value given for 'ttl': "-5"`},
		{"both expiry and ttl", base(map[string]any{"expiry": now + 60_000}), 400, "invalid request: Cannot specify both 'expiry' and 'ttl'"},
		{"neither expiry nor ttl", del(base(nil), "ttl"), 400, "invalid request: Required field 'expiry' or 'ttl' missing"},
		{"expiry in seconds", del(base(map[string]any{"expiry": 999_999_999}), "ttl"), 400, "invalid request: Invalid timestamp for 'expiry': timestamp must be in milliseconds"},
		{"missing data", del(base(nil), "data"), 400, "invalid request: Required field 'data' missing"},
		{"data not a string", base(map[string]any{"data": 5}), 400, "invalid request: Invalid value given for 'data': expected string"},
		{"data not base64", base(map[string]any{"data": "a!b="}), 400, "invalid request: Invalid 'data' value: not base64 encoded"},
		{"data too long", base(map[string]any{"data": bigData}), 400, "invalid request: Message body exceeds maximum allowed length of 76800 bytes"},
		{"namespace out of range", base(map[string]any{"namespace": 40000}), 400, "invalid request: Invalid value given for 'namespace': value out of range"},
		{"namespace not integer", base(map[string]any{"namespace": "5"}), 400, "invalid request: Invalid value given for 'namespace': expected 16-bit integer"},
		{"pubkey_ed25519 on 03", merge(priv(11, grp, now), map[string]any{"pubkey_ed25519": alice.edHex()}), 400, "invalid request: pubkey_ed25519 is only permitted for 05[...] pubkeys"},
		{"pubkey_ed25519 not hex", merge(priv(3, alice, now), map[string]any{"pubkey_ed25519": strings.Repeat("z", 64)}), 400, "invalid request: invalid pubkey_ed25519: value is not hex"},
		{"pubkey_ed25519 bad length", merge(priv(3, alice, now), map[string]any{"pubkey_ed25519": "abcd"}), 400, "invalid request: Invalid pubkey_ed25519: expected 64 hex char or 32 byte pubkey"},
		{"signature not base64", merge(priv(3, alice, now), map[string]any{"signature": "abc"}), 400, "invalid request: invalid signature: expected base64 encoded Ed25519 signature"},
		{"subaccount without sig", merge(priv(3, alice, now), map[string]any{"subaccount": strings.Repeat("A", 48)}), 400, "invalid request: invalid subaccount: subaccount_sig is required when using subaccount"},
		{"subaccount bad encoding", merge(priv(3, alice, now), map[string]any{"subaccount": "abc", "subaccount_sig": alice.sign("x")}), 400, "invalid request: invalid subaccount: expected base64 or hex-encoded subaccount token"},

		{"ttl too short", base(map[string]any{"ttl": 9_999}), 403, "Provided expiry/TTL is not valid."},
		{"ttl too long for public", base(map[string]any{"ttl": 14*day + 1}), 403, "Provided expiry/TTL is not valid."},
		{"ttl 30 days private ok", merge(priv(2, alice, now), map[string]any{"ttl": 30 * day}), 200, ""},
		{"ttl too long for private", merge(priv(2, alice, now), map[string]any{"ttl": 30*day + 1}), 403, "Provided expiry/TTL is not valid."},
		{"timestamp in future", base(map[string]any{"timestamp": now + 10_001}), 406, "Timestamp error: check your clock"},
		{"already expired", base(map[string]any{"timestamp": now - 100_000, "ttl": 89_999}), 406, "Timestamp error: check your clock"},
		{"private without signature", base(map[string]any{"namespace": 3}), 401, "store: signature required to store to namespace 3"},
		{"negative private without signature", base(map[string]any{"namespace": -21}), 401, "store: signature required to store to namespace -21"},
		{"signature timestamp too old", priv(3, alice, now-60_001), 406, "store signature timestamp too far from current time"},
		{"signature timestamp too new", priv(3, alice, now+60_001), 406, "store signature timestamp too far from current time"},
		{"wrong signer", merge(priv(3, alice, now), map[string]any{"signature": grp.sign("store", "3", now)}), 401, "store signature verification failed"},
		{"05 without pubkey_ed25519", del(priv(3, alice, now), "pubkey_ed25519"), 401, "store signature verification failed"},
		{"pubkey_ed25519 of someone else", merge(priv(3, alice, now), map[string]any{"pubkey_ed25519": newUser(t).edHex()}), 401, "store signature verification failed"},
		{"signature over other namespace", merge(priv(3, alice, now), map[string]any{"signature": alice.sign("store", "4", now)}), 401, "store signature verification failed"},
		{"public inbox ignores a bad signature", base(map[string]any{"signature": grp.sign("nothing"), "data": b64([]byte("ign"))}), 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, body, raw := ts.call("store", c.params)
			require.Equal(t, c.status, st, raw)
			if c.status != 200 {
				require.Equal(t, c.text, raw)
				return
			}
			own := ts.own(body)
			hash := own["hash"].(string)
			require.Equal(t, hash, body["hash"])
			require.Len(t, hash, 43)
			ts.checkNodeSig(own, hash)
			require.NotNil(t, body["t"])
			require.Equal(t, []any{float64(21), float64(0)}, body["hf"])
			require.EqualValues(t, now, own["t"])
		})
	}
}

func TestStoreDuplicateAndExtend(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	now := ts.clock.ms()
	params := map[string]any{"pubkey": alice.id, "timestamp": now, "ttl": 60_000, "data": b64([]byte("dup"))}
	st, body, _ := ts.call("store", params)
	require.Equal(t, 200, st)
	own := ts.own(body)
	require.Nil(t, own["already"])
	require.EqualValues(t, now+60_000, own["expiry"])
	a, _ := ParseAccount(alice.id, false)
	require.Equal(t, MessageHash(&a, 0, []byte("dup")), own["hash"])

	// Same message, shorter expiry: already, expiry unchanged.
	params["ttl"] = 30_000
	_, body, _ = ts.call("store", params)
	own = ts.own(body)
	require.Equal(t, true, own["already"])
	require.EqualValues(t, now+60_000, own["expiry"])

	// Longer expiry: already, extended.
	params["ttl"] = 120_000
	_, body, _ = ts.call("store", params)
	own = ts.own(body)
	require.Equal(t, true, own["already"])
	require.EqualValues(t, now+120_000, own["expiry"])
	require.EqualValues(t, 1, ts.MessageCount())
}

func TestStoreWrongSwarm(t *testing.T) {
	other := SwarmInfo{ID: 0xabc, Members: []Contact{{IP: "1.2.3.4", PortHTTPS: 22021, PortOMQ: 22020}}}
	ts := newTestStore(t, func(o *Options) { o.Swarm = notOurs{other} })
	alice := newUser(t)
	now := ts.clock.ms()
	for _, m := range []struct {
		method string
		params map[string]any
	}{
		{"store", map[string]any{"pubkey": alice.id, "timestamp": now, "ttl": 60_000, "data": ""}},
		{"retrieve", map[string]any{"pubkey": alice.id, "namespace": -10}},
		{"delete_all", merge(alice.auth("delete_all", now), map[string]any{"timestamp": now})},
	} {
		st, body, raw := ts.call(m.method, m.params)
		require.Equal(t, 421, st, raw)
		require.Equal(t, "abc", body["swarm"])
		sn := body["snodes"].([]any)[0].(map[string]any)
		require.Equal(t, "1.2.3.4", sn["ip"])
		require.Equal(t, "22021", sn["port"])
		require.EqualValues(t, 22021, sn["port_https"])
		require.EqualValues(t, 22020, sn["port_omq"])
		require.EqualValues(t, 22020, sn["port_quic"])
		require.Equal(t, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy.snode", sn["address"])
		require.NotNil(t, body["t"])
		require.NotNil(t, body["hf"])
	}
}

func TestStorePublicOutboxKeepsOne(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	h1 := ts.storeSigned(grp, -1, []byte("first"), 60_000)
	h2 := ts.storeSigned(grp, -1, []byte("second"), 60_000)
	require.NotEqual(t, h1, h2)
	st, body, raw := ts.call("retrieve", map[string]any{"pubkey": grp.id, "namespace": -1})
	require.Equal(t, 200, st, raw)
	msgs := body["messages"].([]any)
	require.Len(t, msgs, 1)
	require.Equal(t, h2, msgs[0].(map[string]any)["hash"])
	require.EqualValues(t, 1, ts.MessageCount())
}

func TestStoreSubaccount(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	member := newUser(t)
	now := ts.clock.ms()
	storeAs := func(ns int, prefix, flags byte) (int, string) {
		_, tokB64, tokSig := makeToken(grp, member, prefix, flags)
		st, _, raw := ts.call("store", map[string]any{
			"pubkey": grp.id, "namespace": ns, "timestamp": now, "ttl": 60_000,
			"data": b64([]byte(fmt.Sprint(ns, prefix, flags))), "subaccount": tokB64, "subaccount_sig": tokSig,
			"signature": member.sign("store", nsSigString(int16(ns)), now),
		})
		return st, raw
	}
	st, raw := storeAs(11, 0x03, accessWrite)
	require.Equal(t, 200, st, raw)
	st, _ = storeAs(11, 0x03, accessRead)
	require.Equal(t, 401, st, "read-only token cannot store")
	st, _ = storeAs(11, 0x05, accessWrite)
	require.Equal(t, 401, st, "prefix mismatch")
	st, raw = storeAs(12, 0x05, accessWrite|accessAnyPrefix)
	require.Equal(t, 200, st, raw)
	st, _ = storeAs(-21, 0x03, accessWrite)
	require.Equal(t, 401, st, "outbox needs delete too")
	st, raw = storeAs(-21, 0x03, accessWrite|accessDelete)
	require.Equal(t, 200, st, raw)

	// Token signed by someone else.
	tok, tokB64, _ := makeToken(grp, member, 0x03, accessWrite)
	st, _, _ = ts.call("store", map[string]any{
		"pubkey": grp.id, "namespace": 11, "timestamp": now, "ttl": 60_000, "data": b64([]byte("x")),
		"subaccount": tokB64, "subaccount_sig": b64(ed25519.Sign(member.priv, tok)),
		"signature": member.sign("store", "11", now),
	})
	require.Equal(t, 401, st)
	// Hex token encoding is accepted too.
	_, _, tokSig := makeToken(grp, member, 0x03, accessWrite)
	st, _, raw = ts.call("store", map[string]any{
		"pubkey": grp.id, "namespace": 11, "timestamp": now, "ttl": 60_000, "data": b64([]byte("hex")),
		"subaccount": hex.EncodeToString(tok), "subaccount_sig": tokSig,
		"signature": member.sign("store", "11", now),
	})
	require.Equal(t, 200, st, raw)
}

func TestStoreDatabaseFull(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.MaxDBSize = 1 })
	alice := newUser(t)
	st, body, raw := ts.call("store", map[string]any{"pubkey": alice.id, "timestamp": ts.clock.ms(), "ttl": 60_000, "data": b64([]byte("x"))})
	require.Equal(t, 500, st, raw)
	own := ts.own(body)
	require.Equal(t, true, own["failed"])
	require.Equal(t, true, own["query_failure"])
	require.Nil(t, body["hash"])
	require.NotNil(t, own["t"])
	require.EqualValues(t, 0, ts.MessageCount())
}

func TestRetrieve(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	grp := newGroup(t)
	now := ts.clock.ms()
	var hashes []string
	for i := range 5 {
		hashes = append(hashes, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("msg", i)), 60_000))
	}
	legacy := ts.storeMsg(grp.id, -10, []byte("legacy"), 60_000)
	signed := func(ns int, extra map[string]any) map[string]any {
		return merge(alice.auth("retrieve", nsSigString(int16(ns)), now), map[string]any{"timestamp": now}, extra)
	}
	if true {
		// Namespaced signature.
		h := ts.storeSigned(alice, 3, []byte("ns3"), 60_000)
		st, body, raw := ts.call("retrieve", merge(alice.auth("retrieve", "3", now), map[string]any{"timestamp": now, "namespace": 3}))
		require.Equal(t, 200, st, raw)
		require.Equal(t, h, body["messages"].([]any)[0].(map[string]any)["hash"])
	}
	cases := []struct {
		name   string
		params map[string]any
		status int
		text   string
		hashes []string
		more   bool
	}{
		{"signed, all", signed(0, nil), 200, "", hashes, false},
		{"last_hash", signed(0, map[string]any{"last_hash": hashes[1]}), 200, "", hashes[2:], false},
		{"lastHash alias", signed(0, map[string]any{"lastHash": hashes[3]}), 200, "", hashes[4:], false},
		{"empty last_hash", signed(0, map[string]any{"last_hash": ""}), 200, "", hashes, false},
		{"unknown last_hash starts over", signed(0, map[string]any{"last_hash": legacy}), 200, "", hashes, false},
		{"last_hash of the last", signed(0, map[string]any{"last_hash": hashes[4]}), 200, "", nil, false},
		{"max_count", signed(0, map[string]any{"max_count": 2}), 200, "", hashes[:2], true},
		{"max_count exact", signed(0, map[string]any{"max_count": 5}), 200, "", hashes, false},
		{"max_count -1 returns nothing (upstream LIMIT 0)", signed(0, map[string]any{"max_count": -1}), 200, "", nil, false},
		{"max_count -2 is unlimited", signed(0, map[string]any{"max_count": -2}), 200, "", hashes, false},
		{"max_size fits one at least", signed(0, map[string]any{"max_size": 1}), 200, "", hashes[:1], true},
		{"max_size two", signed(0, map[string]any{"max_size": 2 * (100 + 43 + 4*4/3)}), 200, "", hashes[:2], true},
		{"max_count zero is unset", signed(0, map[string]any{"max_count": 0, "max_size": 0}), 200, "", hashes, false},
		{"both", signed(0, map[string]any{"last_hash": hashes[0], "max_count": 2}), 200, "", hashes[1:3], true},
		{"legacy closed group without auth", map[string]any{"pubkey": grp.id, "namespace": -10}, 200, "", []string{legacy}, false},
		{"public outbox without auth, empty", map[string]any{"pubkey": grp.id, "namespace": -21}, 200, "", nil, false},
		{"pubKey alias", merge(signed(0, nil), map[string]any{"pubKey": alice.id, "pubkey": nil}), 200, "", hashes, false},

		{"no signature", map[string]any{"pubkey": alice.id}, 401, "retrieve: request signature required", nil, false},
		{"namespace given needs signature", map[string]any{"pubkey": alice.id, "namespace": 3}, 400, "invalid request: Required field 'signature' missing", nil, false},
		{"timestamp alone needs signature", map[string]any{"pubkey": alice.id, "timestamp": now}, 400, "invalid request: Required field 'signature' missing", nil, false},
		{"signature without timestamp", merge(signed(0, nil), map[string]any{"timestamp": nil}), 400, "invalid request: Required field 'timestamp' missing", nil, false},
		{"old timestamp", merge(alice.auth("retrieve", now-60_001), map[string]any{"timestamp": now - 60_001}), 406, "retrieve timestamp too far from current time", nil, false},
		{"bad signature", merge(signed(0, nil), map[string]any{"signature": alice.sign("retrieve", now+1)}), 401, "retrieve signature verification failed", nil, false},
		{"missing pubkey_ed25519", merge(signed(0, nil), map[string]any{"pubkey_ed25519": nil}), 401, "retrieve signature verification failed", nil, false},
		{"bad last_hash length", signed(0, map[string]any{"last_hash": "abc"}), 400, "invalid request: Invalid last_hash: expected base64 (43 chars)", nil, false},
		{"bad last_hash chars", signed(0, map[string]any{"last_hash": strings.Repeat("!", 43)}), 400, "invalid request: Invalid last_hash: not base64", nil, false},
		{"both last hashes", signed(0, map[string]any{"last_hash": hashes[0], "lastHash": hashes[0]}), 400, "invalid request: Cannot specify both 'last_hash' and 'lastHash'", nil, false},
		{"max_count not integer", signed(0, map[string]any{"max_count": "2"}), 400, "invalid request: Invalid value given for 'max_count': expected integer", nil, false},
		{"timestamp in seconds", merge(signed(0, nil), map[string]any{"timestamp": 999_999_999}), 400, "invalid request: Invalid timestamp for 'timestamp': timestamp must be in milliseconds", nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, body, raw := ts.call("retrieve", c.params)
			require.Equal(t, c.status, st, raw)
			if c.status != 200 {
				require.Equal(t, c.text, raw)
				return
			}
			var got []string
			for _, m := range body["messages"].([]any) {
				got = append(got, m.(map[string]any)["hash"].(string))
			}
			require.Equal(t, c.hashes, got)
			require.Equal(t, c.more, body["more"])
			require.NotNil(t, body["t"])
			require.NotNil(t, body["hf"])
		})
	}

	// Message fields.
	_, body, raw := ts.call("retrieve", signed(0, map[string]any{"max_count": 1}))
	m := body["messages"].([]any)[0].(map[string]any)
	require.Equal(t, b64([]byte("msg0")), m["data"])
	require.EqualValues(t, now, m["timestamp"])
	require.EqualValues(t, now+60_000, m["expiration"])
	require.True(t, strings.HasPrefix(raw, `{"hf":[21,0],"messages":[{"data":`), raw)
}

func TestRetrieveSubaccountRevocation(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	member := newUser(t)
	now := ts.clock.ms()
	ts.storeSigned(grp, 11, []byte("group message"), 60_000)
	ts.storeSigned(grp, -11, []byte("removal notice"), 60_000)
	tok, tokB64, tokSig := makeToken(grp, member, 0x03, accessRead)
	retrieve := func(ns int) int {
		st, _, _ := ts.call("retrieve", map[string]any{
			"pubkey": grp.id, "namespace": ns, "timestamp": now,
			"subaccount": tokB64, "subaccount_sig": tokSig,
			"signature": member.sign("retrieve", nsSigString(int16(ns)), now),
		})
		return st
	}
	require.Equal(t, 200, retrieve(11))
	require.Equal(t, 200, retrieve(-11))

	st, _, raw := ts.call("revoke_subaccount", merge(grp.auth("revoke_subaccount", now, tok), map[string]any{"timestamp": now, "revoke": tokB64}))
	require.Equal(t, 200, st, raw)
	require.Equal(t, 401, retrieve(11), "revoked")
	require.Equal(t, 200, retrieve(-11), "unrevocable namespace")

	st, body, raw := ts.call("unrevoke_subaccount", merge(grp.auth("unrevoke_subaccount", now, tok), map[string]any{"timestamp": now, "unrevoke": []string{tokB64}}))
	require.Equal(t, 200, st, raw)
	require.EqualValues(t, 1, ts.own(body)["count"])
	require.Equal(t, 200, retrieve(11))
}

func TestExpiredNeverReturnedAndReaped(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	short := ts.storeMsg(grp.id, -10, []byte("short"), 10_000)
	long := ts.storeMsg(grp.id, -10, []byte("long"), 60_000)
	require.EqualValues(t, 2, ts.MessageCount())

	list := func() []string {
		_, body, _ := ts.call("retrieve", map[string]any{"pubkey": grp.id, "namespace": -10})
		var out []string
		for _, m := range body["messages"].([]any) {
			out = append(out, m.(map[string]any)["hash"].(string))
		}
		return out
	}
	require.Equal(t, []string{short, long}, list())
	ts.clock.Add(10_000 * 1e6) // expiry == now: expired
	require.Equal(t, []string{long}, list(), "expired before reaping")
	require.EqualValues(t, 2, ts.MessageCount())

	// Storing the expired message again replaces it.
	n, err := ts.Reap()
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.EqualValues(t, 1, ts.MessageCount())
	require.Equal(t, []string{long}, list())
	ts.clock.Add(50_000 * 1e6)
	n, err = ts.Reap()
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.EqualValues(t, 0, ts.MessageCount())
	require.Empty(t, list())
}

func TestReaperLoop(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.ReapPeriod = 5e6 }) // 5 ms
	grp := newGroup(t)
	ts.storeMsg(grp.id, -10, []byte("short"), 10_000)
	ts.clock.Add(11_000 * 1e6)
	require.Eventually(t, func() bool { return ts.MessageCount() == 0 }, 5e9, 5e6)
}

func TestHandleJSONEnvelope(t *testing.T) {
	ts := newTestStore(t)
	for _, c := range []struct{ body, text string }{
		{`{`, "invalid json"},
		{``, "invalid json"},
		{`{"method":"info","params":{}} x`, "invalid json"},
		{`[1,2]`, "invalid json: no `method` field"},
		{`null`, "invalid json: no `method` field"},
		{`{"params":{}}`, "invalid json: no `method` field"},
		{`{"method":5,"params":{}}`, "invalid json: no `method` field"},
		{`{"method":"info"}`, "invalid json: no `params` field"},
		{`{"method":"info","params":[]}`, "invalid json: no `params` field"},
		{`{"method":"nope","params":{}}`, "no method nope"},
	} {
		res := ts.HandleJSON(context.Background(), []byte(c.body), Client{})
		require.Equal(t, 400, res.Status, c.body)
		require.False(t, res.JSON)
		require.Equal(t, c.text, string(res.Body), c.body)
	}
	res := ts.HandleJSON(context.Background(), []byte(` {"method":"info","params":{},"extra":1} `), Client{})
	require.Equal(t, 200, res.Status)
	require.True(t, res.JSON)
}
