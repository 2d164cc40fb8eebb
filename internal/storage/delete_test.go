package storage

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

func hashesOf(t *testing.T, ts *testStore, u *user, ns int) []string {
	t.Helper()
	now := ts.clock.ms()
	st, body, raw := ts.call("retrieve", merge(u.auth("retrieve", nsSigString(int16(ns)), now), map[string]any{"timestamp": now, "namespace": ns}))
	require.Equal(t, 200, st, raw)
	var out []string
	for _, m := range body["messages"].([]any) {
		out = append(out, m.(map[string]any)["hash"].(string))
	}
	return out
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func TestDelete(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	var hs []string
	for i := range 4 {
		hs = append(hs, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("m", i)), 60_000))
	}
	h5 := ts.storeSigned(alice, 5, []byte("config"), 60_000)
	bob := newUser(t)
	bobs := ts.storeMsg(bob.id, 0, []byte("bob's"), 60_000)

	req := func(msgs []string, extra map[string]any) map[string]any {
		return merge(alice.auth("delete", msgs), map[string]any{"messages": msgs}, extra)
	}
	// Deletes across namespaces; unknown and other owners' hashes are ignored.
	asked := []string{hs[2], h5, bobs, hs[0]}
	st, body, raw := ts.call("delete", req(asked, nil))
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	want := []string{hs[2], h5, hs[0]}
	sort.Strings(want)
	require.Equal(t, want, toStrings(own["deleted"]))
	ts.checkNodeSig(own, alice.id, asked, want)
	require.Equal(t, []string{hs[1], hs[3]}, hashesOf(t, ts, alice, 0))
	require.Len(t, hashesOf(t, ts, bob, 0), 1)

	// Nothing left to delete: 200, or 404 with "required".
	st, body, _ = ts.call("delete", req([]string{hs[0]}, nil))
	require.Equal(t, 200, st)
	require.Empty(t, ts.own(body)["deleted"])
	st, _, _ = ts.call("delete", req([]string{hs[0]}, map[string]any{"required": true}))
	require.Equal(t, 404, st)
	st, _, _ = ts.call("delete", req([]string{hs[1]}, map[string]any{"required": true}))
	require.Equal(t, 200, st)
	// A single string is a one-element list.
	st, body, raw = ts.call("delete", merge(alice.auth("delete", hs[3]), map[string]any{"messages": hs[3]}))
	require.Equal(t, 200, st, raw)
	require.Equal(t, []string{hs[3]}, toStrings(ts.own(body)["deleted"]))

	for _, c := range []struct {
		name   string
		params map[string]any
		status int
		text   string
	}{
		{"bad signature", merge(req([]string{bobs}, nil), map[string]any{"signature": alice.sign("delete")}), 401, "delete_msgs signature verification failed"},
		{"no messages", merge(alice.auth("delete"), map[string]any{"messages": []string{}}), 400, "invalid request: messages does not contain any message hashes"},
		{"missing messages", alice.auth("delete"), 400, "invalid request: Required field 'messages' missing"},
		{"invalid hash", req([]string{"abc"}, nil), 400, "invalid request: invalid message hash: abc"},
		{"messages of numbers", merge(alice.auth("delete"), map[string]any{"messages": []int{1}}), 400, "invalid request: Invalid value given for 'messages': expected string array"},
		{"missing signature", map[string]any{"pubkey": alice.id, "messages": []string{hs[0]}}, 400, "invalid request: Required field 'signature' missing"},
		{"required not bool", req([]string{hs[0]}, map[string]any{"required": 1}), 400, "invalid request: Invalid value given for 'required': expected boolean"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call("delete", c.params)
			require.Equal(t, c.status, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
}

func TestDeleteAll(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	now := ts.clock.ms()
	var ns0 []string
	for i := range 3 {
		ns0 = append(ns0, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("a", i)), 60_000))
	}
	h2 := ts.storeSigned(alice, 2, []byte("profile"), 60_000)
	h10 := ts.storeMsg(alice.id, 10, []byte("ten"), 60_000)
	hm10 := ts.storeMsg(alice.id, -10, []byte("minus ten"), 60_000)

	// Namespace 0 by default.
	st, body, raw := ts.call("delete_all", merge(alice.auth("delete_all", now), map[string]any{"timestamp": now}))
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	sorted := append([]string(nil), ns0...)
	sort.Strings(sorted)
	require.Equal(t, sorted, toStrings(own["deleted"]))
	ts.checkNodeSig(own, alice.id, now, sorted)
	require.Empty(t, hashesOf(t, ts, alice, 0))
	require.Len(t, hashesOf(t, ts, alice, 2), 1)

	// Explicit namespace 0 signs "" too.
	st, _, raw = ts.call("delete_all", merge(alice.auth("delete_all", now), map[string]any{"timestamp": now, "namespace": 0}))
	require.Equal(t, 200, st, raw)
	// Explicit namespace.
	st, body, raw = ts.call("delete_all", merge(alice.auth("delete_all", "10", now), map[string]any{"timestamp": now, "namespace": 10}))
	require.Equal(t, 200, st, raw)
	require.Equal(t, []string{h10}, toStrings(ts.own(body)["deleted"]))

	// "all": {ns: hashes}, signature over all hashes sorted together.
	st, body, raw = ts.call("delete_all", merge(alice.auth("delete_all", "all", now), map[string]any{"timestamp": now, "namespace": "all"}))
	require.Equal(t, 200, st, raw)
	own = ts.own(body)
	require.Equal(t, map[string]any{"2": []any{h2}, "-10": []any{hm10}}, own["deleted"])
	all := []string{h2, hm10}
	sort.Strings(all)
	ts.checkNodeSig(own, alice.id, now, all)
	require.Zero(t, ts.MessageCount())

	for _, c := range []struct {
		name   string
		params map[string]any
		status int
		text   string
	}{
		{"old timestamp", merge(alice.auth("delete_all", now-60_001), map[string]any{"timestamp": now - 60_001}), 406, "delete_all timestamp too far from current time"},
		{"future timestamp", merge(alice.auth("delete_all", now+60_001), map[string]any{"timestamp": now + 60_001}), 406, "delete_all timestamp too far from current time"},
		{"bad signature", merge(alice.auth("delete_all", "all", now), map[string]any{"timestamp": now}), 401, "delete_all signature verification failed"},
		{"missing timestamp", alice.auth("delete_all"), 400, "invalid request: Required field 'timestamp' missing"},
		{"bad namespace string", merge(alice.auth("delete_all", now), map[string]any{"timestamp": now, "namespace": "some"}), 400, `invalid request: Invalid value given for 'namespace': expected integer or "all"`},
		{"namespace out of range", merge(alice.auth("delete_all", now), map[string]any{"timestamp": now, "namespace": -32769}), 400, "invalid request: Invalid value given for 'namespace': value out of range"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := ts.call("delete_all", c.params)
			require.Equal(t, c.status, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
}

func TestDeleteBefore(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	t0 := ts.clock.ms()
	old := ts.storeMsg(alice.id, 0, []byte("old"), 600_000)
	oldNS := ts.storeSigned(alice, 4, []byte("old4"), 600_000)
	ts.clock.Add(5_000 * 1e6)
	newer := ts.storeMsg(alice.id, 0, []byte("new"), 600_000)
	now := ts.clock.ms()

	st, body, raw := ts.call("delete_before", merge(alice.auth("delete_before", t0), map[string]any{"before": t0}))
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	require.Equal(t, []string{old}, toStrings(own["deleted"]))
	ts.checkNodeSig(own, alice.id, t0, []string{old})
	require.Equal(t, []string{newer}, hashesOf(t, ts, alice, 0))

	st, body, raw = ts.call("delete_before", merge(alice.auth("delete_before", "all", now), map[string]any{"before": now, "namespace": "all"}))
	require.Equal(t, 200, st, raw)
	require.Equal(t, map[string]any{"0": []any{newer}, "4": []any{oldNS}}, ts.own(body)["deleted"])

	st, _, raw = ts.call("delete_before", merge(alice.auth("delete_before", now+60_001), map[string]any{"before": now + 60_001}))
	require.Equal(t, 401, st)
	require.Equal(t, "delete_before timestamp too far in the future", raw)
	st, _, raw = ts.call("delete_before", merge(alice.auth("delete_before", now+1), map[string]any{"before": now}))
	require.Equal(t, 401, st)
	require.Equal(t, "delete_before signature verification failed", raw)
	st, _, raw = ts.call("delete_before", alice.auth("delete_before"))
	require.Equal(t, 400, st)
	require.Equal(t, "invalid request: Required field 'before' missing", raw)
}
