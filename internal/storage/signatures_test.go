package storage

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSignatureStrings is spec §1.6 as vectors: for each method, the exact
// bytes a client signs. A signature over these bytes is accepted; one over
// the same bytes with the last character dropped is refused with 401.
func TestSignatureStrings(t *testing.T) {
	ts := newTestStore(t)
	alice := newUser(t)
	grp := newGroup(t)
	T := ts.clock.ms()
	h1 := ts.storeMsg(alice.id, 0, []byte("one"), 600_000)
	h2 := ts.storeMsg(alice.id, 0, []byte("two"), 600_000)
	tok, tokB64, _ := makeToken(grp, newUser(t), 0x03, accessRead)
	E := T + 100_000

	cases := []struct {
		method string
		signer *user
		signed string
		params map[string]any
	}{
		{"store", alice, fmt.Sprintf("store3%d", T), map[string]any{"namespace": 3, "timestamp": T, "ttl": 60_000, "data": "AAAA"}},
		{"store", grp, fmt.Sprintf("store-21%d", T-5000), map[string]any{"namespace": -21, "timestamp": T, "ttl": 60_000, "data": "AAAB", "sig_timestamp": T - 5000}},
		{"retrieve", alice, fmt.Sprintf("retrieve%d", T), map[string]any{"timestamp": T}},
		{"retrieve", alice, fmt.Sprintf("retrieve-10%d", T), map[string]any{"timestamp": T, "namespace": -10}},
		{"get_expiries", alice, fmt.Sprintf("get_expiries%d%s%s", T, h1, h2), map[string]any{"timestamp": T, "messages": []string{h1, h2}}},
		{"expire", alice, fmt.Sprintf("expireshorten%d%s", E, h1), map[string]any{"expiry": E, "messages": []string{h1}, "shorten": true}},
		{"expire", alice, fmt.Sprintf("expire%d%d%s%s", E, E+1, h1, h2), map[string]any{"expiry": []int64{E, E + 1}, "messages": []string{h1, h2}}},
		{"expire_all", alice, fmt.Sprintf("expire_all%d", E), map[string]any{"expiry": E}},
		{"expire_all", alice, fmt.Sprintf("expire_allall%d", E), map[string]any{"expiry": E, "namespace": "all"}},
		{"delete", alice, fmt.Sprintf("delete%s%s", h2, h1), map[string]any{"messages": []string{h2, h1}}},
		{"delete_before", alice, fmt.Sprintf("delete_before5%d", T), map[string]any{"before": T, "namespace": 5}},
		{"delete_all", alice, fmt.Sprintf("delete_all%d", T), map[string]any{"timestamp": T, "namespace": 0}},
		{"delete_all", alice, fmt.Sprintf("delete_allall%d", T), map[string]any{"timestamp": T, "namespace": "all"}},
		{"revoke_subaccount", grp, fmt.Sprintf("revoke_subaccount%d%s", T, tok), map[string]any{"timestamp": T, "revoke": tokB64}},
		{"unrevoke_subaccount", grp, fmt.Sprintf("unrevoke_subaccount%d%s", T, tok), map[string]any{"timestamp": T, "unrevoke": tokB64}},
		{"revoked_subaccounts", grp, fmt.Sprintf("revoked_subaccounts%d", T), map[string]any{"timestamp": T}},
	}
	for _, c := range cases {
		t.Run(c.method+" "+c.signed[:min(len(c.signed), 40)], func(t *testing.T) {
			send := func(msg string) int {
				p := merge(c.params, map[string]any{
					"pubkey":    c.signer.id,
					"signature": base64.StdEncoding.EncodeToString(ed25519.Sign(c.signer.priv, []byte(msg))),
				})
				if c.signer.id[:2] == "05" {
					p["pubkey_ed25519"] = c.signer.edHex()
				}
				st, _, _ := ts.call(c.method, p)
				return st
			}
			require.Equal(t, 401, send(c.signed[:len(c.signed)-1]))
			require.Equal(t, 200, send(c.signed))
		})
	}
}
