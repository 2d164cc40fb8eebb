package storage

import (
	"fmt"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExpireAll(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	now := ts.clock.ms()
	short := ts.storeMsg(alice.id, 0, []byte("short"), 20_000)
	long1 := ts.storeMsg(alice.id, 0, []byte("long1"), 600_000)
	long2 := ts.storeMsg(alice.id, 0, []byte("long2"), 700_000)
	other := ts.storeSigned(alice, 1, []byte("ns1"), 700_000)
	exp := now + 30_000

	st, body, raw := ts.call("expire_all", merge(alice.auth("expire_all", exp), map[string]any{"expiry": exp}))
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	want := []string{long1, long2}
	sort.Strings(want)
	require.Equal(t, want, toStrings(own["updated"]))
	ts.checkNodeSig(own, alice.id, exp, want)

	exps := expiriesOf(t, ts, alice, []string{short, long1, long2, other})
	require.EqualValues(t, now+20_000, exps[short], "never extended")
	require.EqualValues(t, exp, exps[long1])
	require.EqualValues(t, now+700_000, exps[other], "other namespace untouched")

	st, body, raw = ts.call("expire_all", merge(alice.auth("expire_all", "all", exp), map[string]any{"expiry": exp, "namespace": "all"}))
	require.Equal(t, 200, st, raw)
	require.Equal(t, map[string]any{"1": []any{other}}, ts.own(body)["updated"])

	st, _, raw = ts.call("expire_all", merge(alice.auth("expire_all", now-60_001), map[string]any{"expiry": now - 60_001}))
	require.Equal(t, 406, st)
	require.Equal(t, "expire_all timestamp should be >= current time", raw)
	st, _, raw = ts.call("expire_all", merge(alice.auth("expire_all", exp+1), map[string]any{"expiry": exp}))
	require.Equal(t, 401, st)
	require.Equal(t, "expire_all signature verification failed", raw)
}

func expiriesOf(t *testing.T, ts *testStore, u *user, hashes []string) map[string]any {
	t.Helper()
	now := ts.clock.ms()
	st, body, raw := ts.call("get_expiries", merge(u.auth("get_expiries", now, hashes), map[string]any{"timestamp": now, "messages": hashes}))
	require.Equal(t, 200, st, raw)
	require.Nil(t, body["t"], "get_expiries has no t/hf")
	return body["expiries"].(map[string]any)
}

func TestExpire(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	now := ts.clock.ms()
	var hs []string
	for i := range 3 {
		hs = append(hs, ts.storeMsg(alice.id, 0, []byte(fmt.Sprint("e", i)), 100_000*int64(i+1)))
	}
	// hs[i] expires at now + 100s*(i+1).
	expire := func(mode string, expiry any, msgs []string, extra map[string]any) (int, map[string]any, string) {
		var parts []any
		parts = append(parts, "expire", mode)
		switch e := expiry.(type) {
		case int64:
			parts = append(parts, e)
		case []int64:
			for _, x := range e {
				parts = append(parts, x)
			}
		}
		parts = append(parts, msgs)
		p := merge(alice.auth(parts...), map[string]any{"expiry": expiry, "messages": msgs}, extra)
		if mode != "" {
			p[mode] = true
		}
		return ts.call("expire", p)
	}

	// Plain: sets any expiry.
	e := now + 150_000
	st, body, raw := expire("", e, hs, nil)
	require.Equal(t, 200, st, raw)
	own := ts.own(body)
	sorted := append([]string(nil), hs...)
	sort.Strings(sorted)
	require.Equal(t, sorted, toStrings(own["updated"]))
	require.EqualValues(t, e, own["expiry"])
	require.Nil(t, own["unchanged"])
	ts.checkNodeSig(own, alice.id, e, hs, sorted)

	// Extend only: hs are all at e; extend to e+1 for one, shorten attempt no-op.
	st, body, raw = expire("extend", e-1, hs[:1], nil)
	require.Equal(t, 200, st, raw)
	own = ts.own(body)
	require.Empty(t, own["updated"])
	require.Equal(t, map[string]any{hs[0]: float64(e)}, own["unchanged"])
	ts.checkNodeSig(own, alice.id, e-1, hs[:1], hs[0], e)

	st, body, raw = expire("shorten", e-1000, hs[1:2], nil)
	require.Equal(t, 200, st, raw)
	own = ts.own(body)
	require.Equal(t, []string{hs[1]}, toStrings(own["updated"]))
	require.Equal(t, map[string]any{}, own["unchanged"])

	// Multi-expiry: one per message; "expiry" lists the applied ones in the
	// order of "updated".
	exps := []int64{now + 200_000, now + 210_000}
	st, body, raw = expire("", exps, hs[:2], nil)
	require.Equal(t, 200, st, raw)
	own = ts.own(body)
	type pair struct {
		h string
		e int64
	}
	ps := []pair{{hs[0], exps[0]}, {hs[1], exps[1]}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].h < ps[j].h })
	require.Equal(t, []any{float64(ps[0].e), float64(ps[1].e)}, own["expiry"])
	ts.checkNodeSig(own, alice.id, ps[0].e, ps[1].e, hs[:2], ps[0].h, ps[1].h)

	// Expiry capped at now + 30 days.
	st, body, raw = expire("", now+40*day, hs[:1], nil)
	require.Equal(t, 200, st, raw)
	require.EqualValues(t, now+30*day, ts.own(body)["expiry"])

	for _, c := range []struct {
		name   string
		status int
		text   string
		run    func() (int, map[string]any, string)
	}{
		{"past expiry", 401, "expire: timestamp should be >= current time", func() (int, map[string]any, string) { return expire("", now-60_001, hs, nil) }},
		{"bad signature", 401, "expire: signature verification failed", func() (int, map[string]any, string) {
			return expire("", e, hs, map[string]any{"signature": alice.sign("expire", e)})
		}},
		{"both modes", 400, "invalid request: cannot specify both 'shorten' and 'extend'", func() (int, map[string]any, string) {
			return expire("shorten", e, hs, map[string]any{"extend": true})
		}},
		{"length mismatch", 400, "invalid request: 'expiry' must be a single expiry, or the same length as 'messages'", func() (int, map[string]any, string) {
			return expire("", []int64{e, e}, hs, nil)
		}},
		{"empty expiry", 400, "invalid request: 'expiry' does not contain any expiration timestamps", func() (int, map[string]any, string) {
			return expire("", []int64{}, hs, nil)
		}},
		{"missing expiry", 400, "invalid request: Required field 'expiry' missing", func() (int, map[string]any, string) {
			return ts.call("expire", merge(alice.auth("expire"), map[string]any{"messages": hs}))
		}},
		{"negative expiry", 400, "invalid request: Invalid value given for 'expiry': expected timestamp array", func() (int, map[string]any, string) {
			return ts.call("expire", merge(alice.auth("expire"), map[string]any{"messages": hs, "expiry": -1}))
		}},
		{"bad hash", 400, "invalid request: invalid message hash: xyz", func() (int, map[string]any, string) { return expire("", e, []string{"xyz"}, nil) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			st, _, raw := c.run()
			require.Equal(t, c.status, st, raw)
			require.Equal(t, c.text, raw)
		})
	}
}

func TestExpireMultiBeforeHardfork(t *testing.T) {
	ts := newTestStore(t, func(o *Options) { o.Chain = fixedChain{hf: [2]int{19, 3}} })
	alice := newUser(t)
	now := ts.clock.ms()
	h1 := ts.storeMsg(alice.id, 0, []byte("a"), 60_000)
	h2 := ts.storeMsg(alice.id, 0, []byte("b"), 60_000)
	exps := []int64{now + 1000, now + 2000}
	st, _, raw := ts.call("expire", merge(alice.auth("expire", exps[0], exps[1], h1, h2), map[string]any{"expiry": exps, "messages": []string{h1, h2}}))
	require.Equal(t, 403, st)
	require.Equal(t, "expire: multi-expiry requests are not yet active on the network", raw)
}

type fixedChain struct {
	hf     [2]int
	height uint64
}

func (c fixedChain) Hardfork() [2]int { return c.hf }
func (c fixedChain) Height() uint64   { return c.height }

func TestExpireSubaccount(t *testing.T) {
	ts := newTestStore(t)
	grp := newGroup(t)
	member := newUser(t)
	now := ts.clock.ms()
	h := ts.storeSigned(grp, 11, []byte("m"), 100_000)
	_, tokW, sigW := makeToken(grp, member, 0x03, accessWrite)
	_, tokWD, sigWD := makeToken(grp, member, 0x03, accessWrite|accessDelete)
	call := func(tok, tokSig, mode string, exp int64) (int, map[string]any, string) {
		p := map[string]any{"pubkey": grp.id, "messages": []string{h}, "expiry": exp, "subaccount": tok, "subaccount_sig": tokSig,
			"signature": member.sign("expire", mode, exp, h)}
		if mode != "" {
			p[mode] = true
		}
		return ts.call("expire", p)
	}
	// Write without Delete: shortening is refused, plain requests only extend.
	st, _, raw := call(tokW, sigW, "shorten", now+50_000)
	require.Equal(t, 400, st)
	require.Equal(t, "expire: shorten parameter cannot be used with this subaccount token (missing delete access)", raw)
	st, body, raw := call(tokW, sigW, "", now+50_000)
	require.Equal(t, 200, st, raw)
	require.Empty(t, ts.own(body)["updated"], "forced extend-only")
	require.Nil(t, ts.own(body)["unchanged"], "unchanged only when asked for a mode")
	st, body, _ = call(tokW, sigW, "", now+150_000)
	require.Equal(t, []string{h}, toStrings(ts.own(body)["updated"]))
	// With Delete it may shorten.
	st, body, raw = call(tokWD, sigWD, "", now+50_000)
	require.Equal(t, 200, st, raw)
	require.Equal(t, []string{h}, toStrings(ts.own(body)["updated"]))
	_ = st
}

func TestGetExpiries(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	bob := newUser(t)
	now := ts.clock.ms()
	h1 := ts.storeMsg(alice.id, 0, []byte("1"), 60_000)
	h2 := ts.storeSigned(alice, 3, []byte("2"), 90_000)
	hb := ts.storeMsg(bob.id, 0, []byte("b"), 60_000)
	got := expiriesOf(t, ts, alice, []string{h1, h2, hb, "not-a-hash"})
	require.Equal(t, map[string]any{h1: float64(now + 60_000), h2: float64(now + 90_000)}, got)

	st, _, raw := ts.call("get_expiries", merge(alice.auth("get_expiries", now-60_001, h1), map[string]any{"timestamp": now - 60_001, "messages": h1}))
	require.Equal(t, 406, st)
	require.Equal(t, "get_expiries timestamp too far from current time", raw)
	st, _, raw = ts.call("get_expiries", merge(alice.auth("get_expiries", now, h2), map[string]any{"timestamp": now, "messages": h1}))
	require.Equal(t, 401, st)
	require.Equal(t, "get_expiries signature verification failed", raw)
	st, _, raw = ts.call("get_expiries", merge(alice.auth("get_expiries", now), map[string]any{"timestamp": now, "messages": []string{}}))
	require.Equal(t, 400, st)
	require.Equal(t, "invalid request: messages does not contain any message hashes", raw)
}
