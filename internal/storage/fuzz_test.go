package storage

import (
	"context"
	"encoding/json"
	"sort"
	"testing"
	"time"
)

var fuzzStatuses = map[int]bool{200: true, 400: true, 401: true, 403: true, 404: true, 406: true, 421: true, 500: true, 502: true}

func checkFuzzResponse(t *testing.T, res Response) {
	if !fuzzStatuses[res.Status] {
		t.Fatalf("unexpected status %d: %s", res.Status, res.Body)
	}
	if res.JSON && !json.Valid(res.Body) {
		t.Fatalf("invalid JSON body: %s", res.Body)
	}
	if res.Status == 500 && !res.JSON && string(res.Body) == "request failed" {
		t.Fatalf("request failed (a panic or an unexpected error)")
	}
}

// FuzzHandleJSON feeds whole request bodies (the envelope and every
// method's parameters) to the method layer: it must never panic and always
// answer with one of upstream's statuses and a valid body.
func FuzzHandleJSON(f *testing.F) {
	alice := "05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48"
	sig := "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="
	for _, s := range []string{
		`{"method":"info","params":{}}`,
		`{"method":"store","params":{"pubkey":"` + alice + `","timestamp":1700000000000,"ttl":60000,"data":"aGk="}}`,
		`{"method":"store","params":{"pubKey":"` + alice + `","timestamp":"1700000000000","ttl":"60000","data":"aGk=","namespace":-21,"signature":"` + sig + `","subaccount":"` + sig[:48] + `","subaccount_sig":"` + sig + `"}}`,
		`{"method":"retrieve","params":{"pubkey":"` + alice + `","namespace":-10,"last_hash":"4sMyAuaZlMwww3oFvfhazfw7ASx/7TDtO+TVc8aAjHs","max_count":-1,"max_size":-3}}`,
		`{"method":"retrieve","params":{"pubkey":"` + alice + `","timestamp":1700000000000,"signature":"` + sig + `","pubkey_ed25519":"` + alice[2:] + `"}}`,
		`{"method":"delete","params":{"pubkey":"` + alice + `","messages":["4sMyAuaZlMwww3oFvfhazfw7ASx/7TDtO+TVc8aAjHs"],"signature":"` + sig + `","required":true}}`,
		`{"method":"delete_all","params":{"pubkey":"` + alice + `","namespace":"all","timestamp":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"delete_before","params":{"pubkey":"` + alice + `","before":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"expire","params":{"pubkey":"` + alice + `","messages":"4sMyAuaZlMwww3oFvfhazfw7ASx/7TDtO+TVc8aAjHs","expiry":[1700000000000],"shorten":true,"signature":"` + sig + `"}}`,
		`{"method":"expire_all","params":{"pubkey":"` + alice + `","expiry":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"get_expiries","params":{"pubkey":"` + alice + `","messages":["x"],"timestamp":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"get_swarm","params":{"pubkey":"` + alice + `"}}`,
		`{"method":"oxend_request","params":{"endpoint":"ons_resolve","params":{"type":0,"name_hash":"` + sig[:44] + `"}}}`,
		`{"method":"revoke_subaccount","params":{"pubkey":"` + alice + `","revoke":["` + sig[:48] + `"],"timestamp":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"unrevoke_subaccount","params":{"pubkey":"` + alice + `","unrevoke":"` + sig[:48] + `","timestamp":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"revoked_subaccounts","params":{"pubkey":"` + alice + `","timestamp":1700000000000,"signature":"` + sig + `"}}`,
		`{"method":"batch","params":{"requests":[{"method":"info","params":{}},{"method":"get_swarm","params":{"pubkey":"` + alice + `"}}]}}`,
		`{"method":"sequence","params":{"requests":[{"method":"info","params":{}}]}}`,
		`{"method":"ifelse","params":{"if":{"hf_at_least":[19,1],"v_before":[3]},"then":{"method":"info","params":{}},"else":{"method":"batch","params":{"requests":[{"method":"info","params":{}}]}}}}`,
		`{"method":"store","params":{"pubkey":null,"timestamp":-0,"ttl":1e3,"data":null}}`,
		`[]`, `null`, `{"method":1}`, "{\"method\":\"info\",\"params\":{\"\\u0000\":\"\xff\"}}",
	} {
		f.Add([]byte(s))
	}
	ts := newFuzzStore(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > 64<<10 {
			return
		}
		checkFuzzResponse(t, ts.HandleJSON(context.Background(), body, Client{}))
	})
}

// FuzzMethodParams fuzzes one method's params object directly, picking the
// method from the first byte, so that every parser sees arbitrary fields.
func FuzzMethodParams(f *testing.F) {
	names := make([]string, 0, len(methods))
	for n := range methods {
		names = append(names, n)
	}
	sort.Strings(names)
	for i := range names {
		f.Add(byte(i), []byte(`{"pubkey":"05ffba630924aa1224bb930dde21c0d11bf004608f2812217f8ac812d6c7e3ad48","timestamp":1700000000000}`))
		f.Add(byte(i), []byte(`{"namespace":"all","messages":[1,"a"],"expiry":[1,-1],"requests":[{}],"if":{"height_before":[1]}}`))
	}
	ts := newFuzzStore(f)
	f.Fuzz(func(t *testing.T, which byte, params []byte) {
		if len(params) > 64<<10 || !json.Valid(params) {
			return
		}
		name := names[int(which)%len(names)]
		checkFuzzResponse(t, ts.Handle(context.Background(), name, params, Client{}))
		if methods[name].recursive {
			checkFuzzResponse(t, ts.HandleForwarded(context.Background(), name, params))
		}
	})
}

// newFuzzStore is newTestStore for a fuzz target (testing.F), returned once
// the store's start-up work that logs (the seen filter's build) is done: a
// fuzz target may not log through f.
func newFuzzStore(f *testing.F) *testStore {
	ts := newTestStore(f)
	// The background builds log through f, which must be done before the
	// fuzz target runs (Sums answers once the sums build has logged).
	for ts.seen.cur.Load() == nil || ts.seen.building.Load() {
		time.Sleep(time.Millisecond)
	}
	for _, ok := ts.Sums(); !ok; _, ok = ts.Sums() {
		time.Sleep(time.Millisecond)
	}
	return ts
}

// FuzzSplitObject checks the hand-written object splitter against
// encoding/json.
func FuzzSplitObject(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":1}`, ` {"a" : [1,{"b":"}"}] , "c":"x\"y", "a":null } `, `{"\u0061":true}`, `[1]`, `{"a":1`, `"s"`, `{"a":{"b":[[]]},"c":-1.5e3}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		gotf, ok := splitObject(raw)
		got := gotf.members()
		var want map[string]json.RawMessage
		err := json.Unmarshal(raw, &want)
		if (err == nil) != ok {
			t.Fatalf("splitObject ok=%v, json.Unmarshal err=%v", ok, err)
		}
		if !ok {
			return
		}
		if len(got) != len(want) {
			t.Fatalf("%d members, want %d", len(got), len(want))
		}
		for k, v := range want {
			if string(got[k]) != string(bytesTrim(v)) {
				t.Fatalf("member %q = %s, want %s", k, got[k], v)
			}
		}
	})
}

func bytesTrim(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\n' || b[j-1] == '\r') {
		j--
	}
	return b[i:j]
}
