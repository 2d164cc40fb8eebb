package rpc

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/swarm"
)

func jrPost(t *testing.T, h http.Handler, body string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/json_rpc", strings.NewReader(body)))
	if ct := rec.Header().Get("Content-Type"); rec.Code == 200 && ct != "application/json" {
		t.Fatalf("content type %q", ct)
	}
	return rec.Code, rec.Body.String()
}

func TestJSONRPCEnvelope(t *testing.T) {
	j := NewJSONRPC(nil)
	j.Register(func(_ context.Context, p json.RawMessage) (any, error) {
		return map[string]any{"params": p, "status": "OK"}, nil
	}, "echo", "echo_alias")
	j.Register(func(context.Context, json.RawMessage) (any, error) { return nil, InvalidParams("bad %s", "x") }, "bad_params")
	j.Register(func(context.Context, json.RawMessage) (any, error) { return nil, errors.New("boom") }, "fails")

	cases := []struct{ req, want string }{
		{`{"jsonrpc":"2.0","id":7,"method":"echo","params":{"a":1}}`, `{"id":7,"jsonrpc":"2.0","result":{"params":{"a":1},"status":"OK"}}`},
		{`{"jsonrpc":"2.0","id":"abc","method":"echo_alias"}`, `{"id":"abc","jsonrpc":"2.0","result":{"params":null,"status":"OK"}}`},
		{`{"method":"echo","params":null}`, `{"id":null,"jsonrpc":"2.0","result":{"params":null,"status":"OK"}}`},
		{`{"jsonrpc":"2.0","id":1,"method":"nope"}`, `{"error":{"code":-32601,"message":"Method not found"},"id":1,"jsonrpc":"2.0"}`},
		{`{"jsonrpc":"2.0","id":{"x": [1, 2]},"method":3}`, `{"error":{"code":-32600,"message":"Invalid Request"},"id":{"x":[1,2]},"jsonrpc":"2.0"}`},
		{`{"jsonrpc":"2.0","id":1}`, `{"error":{"code":-32600,"message":"Invalid Request"},"id":1,"jsonrpc":"2.0"}`},
		{`{not json`, `{"error":{"code":-32700,"message":"Parse error"},"id":null,"jsonrpc":"2.0"}`},
		{`[1,2]`, `{"error":{"code":-32600,"message":"Invalid Request"},"id":null,"jsonrpc":"2.0"}`},
		{`{"id":2,"method":"bad_params"}`, `{"error":{"code":-32602,"data":"Unable to parse request: bad x","message":"Invalid params"},"id":2,"jsonrpc":"2.0"}`},
		{`{"id":3,"method":"fails"}`, `{"error":{"code":-32603,"message":"Internal error"},"id":3,"jsonrpc":"2.0"}`},
	}
	for _, c := range cases {
		code, got := jrPost(t, j, c.req)
		if code != 200 || got != c.want {
			t.Errorf("%s\n got %d %s\nwant %s", c.req, code, got, c.want)
		}
	}
	rec := httptest.NewRecorder()
	j.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/json_rpc", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET answered %d", rec.Code)
	}
	if code, _ := jrPost(t, j, `{"method":"echo","params":"`+strings.Repeat("x", MaxJSONRPCBody)+`"}`); code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body answered %d", code)
	}
	if raw, err := j.Call(context.Background(), "echo", json.RawMessage(`[1]`)); err != nil || string(raw) != `{"params":[1],"status":"OK"}` {
		t.Errorf("Call: %s %v", raw, err)
	}
	var re *RPCError
	if _, err := j.Call(context.Background(), "nope", nil); !errors.As(err, &re) || re.Code != CodeMethodNotFound {
		t.Errorf("Call unknown: %v", err)
	}
	if !slices.Equal(j.Methods(), []string{"bad_params", "echo", "echo_alias", "fails"}) {
		t.Errorf("methods %v", j.Methods())
	}
}

type staticView struct{ s *peer.Snapshot }

func (v staticView) Snapshot() (*peer.Snapshot, error) { return v.s, nil }

func jrKey(i int) [32]byte {
	seed := sha256.Sum256([]byte{byte(i), 'r'})
	var k [32]byte
	copy(k[:], ed25519.NewKeyFromSeed(seed[:]).Public().(ed25519.PublicKey))
	return k
}

// jrSnapshot is 5 nodes in one swarm; node 2 has no announced address.
func jrSnapshot() *peer.Snapshot {
	assign := map[swarm.NodeKey]swarm.ID{}
	var nodes []peer.NodeInfo
	for i := 0; i < 5; i++ {
		k := jrKey(i)
		assign[k] = 0x7fffffffffffffff
		op := common.HexToAddress("0x00000000000000000000000000000000000000a" + string(rune('0'+i)))
		if i == 0 {
			op = common.HexToAddress("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359") // EIP-55's example
		}
		n := peer.NodeInfo{
			ID: uint64(i + 1), PubkeyEd25519: k, PubkeyX25519: [32]byte{byte(i), 0x19}, PubkeyBLS: [64]byte{byte(i)},
			Operator: op, FeeBasis: 1000,
			Contributors: []registry.Contributor{{Staker: op, Beneficiary: common.Address{0xbe}, Amount: big.NewInt(25_000_000_000_000)}},
			Deposit:      big.NewInt(25_000_000_000_000), Registered: registry.BlockRef{Number: 77}, Active: true, Payable: i != 4,
			SwarmID: 0x7fffffffffffffff, StorageVersion: [3]uint16{2, 11, 0}, Version: "0.4.2-dev",
		}
		if i != 2 {
			n.PublicIP = netip.AddrFrom4([4]byte{198, 51, 99, byte(i + 1)})
			n.StoragePort, n.StorageQUICPort, n.RPCPort = 22021, 22020, 22023
			n.LastAnnounced = time.Unix(1_800_000_000, 0)
		}
		nodes = append(nodes, n)
	}
	blk := registry.Block{Number: 4242, Hash: common.Hash{0xfe, 0xed}}
	return peer.NewSnapshot(blk, nodes, swarm.NewMap(assign), jrKey(0))
}

func jrServiceNodes(t *testing.T, o ServiceNodesOptions) *JSONRPC {
	j := NewJSONRPC(nil)
	RegisterServiceNodes(j, staticView{jrSnapshot()}, o)
	return j
}

type snAnswer struct {
	Result map[string]json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    string `json:"data"`
	} `json:"error"`
}

func jrCall(t *testing.T, j *JSONRPC, method, params string) (snAnswer, []map[string]any, string) {
	t.Helper()
	_, body := jrPost(t, j, `{"jsonrpc":"2.0","id":1,"method":"`+method+`","params":`+params+`}`)
	var a snAnswer
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	var states []map[string]any
	if raw, ok := a.Result["service_node_states"]; ok {
		if err := json.Unmarshal(raw, &states); err != nil {
			t.Fatal(err)
		}
	}
	return a, states, body
}

func TestServiceNodesFullEntry(t *testing.T) {
	j := jrServiceNodes(t, ServiceNodesOptions{})
	a, states, body := jrCall(t, j, "get_service_nodes", `{}`)
	if len(states) != 5 {
		t.Fatalf("%d states", len(states))
	}
	wantTop := map[string]string{"block_hash": `"feed` + strings.Repeat("0", 60) + `"`, "hardfork": "21", "height": "4242",
		"snode_revision": "0", "status": `"OK"`, "target_height": "4242"}
	for k, v := range wantTop {
		if string(a.Result[k]) != v {
			t.Errorf("%s = %s, want %s", k, a.Result[k], v)
		}
	}
	if _, ok := a.Result["unchanged"]; ok {
		t.Error("unchanged without polling")
	}
	k0 := jrKey(0)
	var e0 map[string]any
	for _, s := range states {
		if s["pubkey_ed25519"] == hex.EncodeToString(k0[:]) {
			e0 = s
		}
	}
	want := map[string]any{
		"active": true, "decommission_count": 0.0, "earned_downtime_blocks": 0.0, "funded": true,
		"is_liquidatable": false, "is_removable": false, "last_reward_block_height": 77.0,
		"last_reward_transaction_index": 0.0, "last_uptime_proof": 1.8e9,
		"operator_address": "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "operator_fee": 100000.0, "payable": true,
		"portions_for_operator": 1844674407370955161.0, "pubkey_x25519": "0019" + strings.Repeat("0", 60),
		"public_ip": "198.51.99.1", "registration_height": 77.0, "registration_hf_version": 21.0,
		"requested_unlock_height": 0.0, "service_node_pubkey": hex.EncodeToString(k0[:]),
		"service_node_version": []any{0.0, 4.0, 2.0}, "staking_requirement": 2.5e13, "state_height": 77.0,
		"storage_lmq_port": 22020.0, "storage_port": 22021.0, "storage_server_version": []any{2.0, 11.0, 0.0},
		"swarm": "7fffffffffffffff", "swarm_id": 9.223372036854775807e18, "total_contributed": 2.5e13, "total_reserved": 2.5e13,
	}
	for k, v := range want {
		got, ok := e0[k]
		if !ok {
			t.Errorf("field %s missing", k)
			continue
		}
		if gb, _ := json.Marshal(got); !bytes.Equal(gb, mustJSON(v)) {
			t.Errorf("%s = %s, want %s", k, gb, mustJSON(v))
		}
	}
	contribs := e0["contributors"].([]any)
	if c := contribs[0].(map[string]any); c["address"] != "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359" || c["amount"] != 2.5e13 ||
		c["beneficiary"] != (common.Address{0xbe}).Hex() || len(c["locked_contributions"].([]any)) != 0 {
		t.Errorf("contributor %v", c)
	}
	// The exact integers (beyond float precision) are in the raw answer.
	if !strings.Contains(body, `"swarm_id":9223372036854775807`) || !strings.Contains(body, `"portions_for_operator":1844674407370955161,`) {
		t.Error("64-bit integers not exact")
	}
	// Node 2 has no address: listed without contact fields, never 0.0.0.0.
	k2 := jrKey(2)
	for _, s := range states {
		if s["pubkey_ed25519"] == hex.EncodeToString(k2[:]) {
			for _, f := range []string{"public_ip", "storage_port", "storage_lmq_port", "storage_server_version", "last_uptime_proof", "service_node_version"} {
				if _, ok := s[f]; ok {
					t.Errorf("node without address has %s", f)
				}
			}
		}
	}
	if strings.Contains(body, "0.0.0.0") {
		t.Error("0.0.0.0 in the answer")
	}
	assertSortedKeys(t, []byte(body))
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

// assertSortedKeys checks that every object's keys are in ascending order,
// as oxend (nlohmann::json) writes them.
func assertSortedKeys(t *testing.T, body []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	type frame struct {
		obj     bool
		last    string
		wantKey bool
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if k, isKey := tok.(string); isKey && len(stack) > 0 && stack[len(stack)-1].obj && stack[len(stack)-1].wantKey {
			if k < stack[len(stack)-1].last {
				t.Fatalf("key %q after %q", k, stack[len(stack)-1].last)
			}
			stack[len(stack)-1].last, stack[len(stack)-1].wantKey = k, false
			continue
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{obj: true, wantKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].obj {
			stack[len(stack)-1].wantKey = true
		}
	}
}

func TestServiceNodesFieldsAndFilters(t *testing.T) {
	j := jrServiceNodes(t, ServiceNodesOptions{})
	keysOf := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	// Session Android's seed query: only those fields, no top-level extras.
	a, states, _ := jrCall(t, j, "get_n_service_nodes", `{"active_only":true,"fields":["public_ip","storage_port","pubkey_x25519","pubkey_ed25519","storage_server_version"]}`)
	if got := keysOf(states[0]); !slices.Equal(got, []string{"pubkey_ed25519", "pubkey_x25519", "public_ip", "storage_port", "storage_server_version"}) {
		t.Errorf("list fields: %v", got)
	}
	if len(a.Result) != 2 { // service_node_states and status
		t.Errorf("top level: %v", a.Result)
	}
	// libsession's dict form.
	_, states, _ = jrCall(t, j, "get_service_nodes", `{"fields":{"swarm_id":true,"storage_lmq_port":true,"public_ip":false}}`)
	if got := keysOf(states[0]); !slices.Equal(got, []string{"storage_lmq_port", "swarm_id"}) {
		t.Errorf("dict fields: %v", got)
	}
	_, states, _ = jrCall(t, j, "get_service_nodes", `{"fields":{"all":true,"swarm_id":true}}`)
	if len(states[0]) < 25 {
		t.Errorf("dict all: %d fields", len(states[0]))
	}
	// "all" minus some.
	_, states, _ = jrCall(t, j, "get_all_service_nodes", `{"fields":["all","-contributors","-pubkey_bls"]}`)
	if _, ok := states[0]["contributors"]; ok || states[0]["pubkey_bls"] != nil || states[0]["swarm_id"] == nil {
		t.Errorf("all minus: %v", keysOf(states[0]))
	}
	// Locked contributions are their own field.
	_, states, _ = jrCall(t, j, "get_service_nodes", `{"fields":["contributors"]}`)
	if c := states[0]["contributors"].([]any)[0].(map[string]any); c["locked_contributions"] != nil {
		t.Error("locked_contributions without asking")
	}
	// service_node_pubkeys, in the order asked, unknown keys skipped.
	k3, k1 := jrKey(3), jrKey(1)
	_, states, _ = jrCall(t, j, "get_service_nodes", `{"fields":["pubkey_ed25519"],"service_node_pubkeys":["`+hex.EncodeToString(k3[:])+`","`+strings.Repeat("ab", 32)+`","`+hex.EncodeToString(k1[:])+`"]}`)
	if len(states) != 2 || states[0]["pubkey_ed25519"] != hex.EncodeToString(k3[:]) || states[1]["pubkey_ed25519"] != hex.EncodeToString(k1[:]) {
		t.Errorf("pubkeys filter: %v", states)
	}
	for _, bad := range []string{`{"limit":"x"}`, `{"fields":"public_ip"}`, `{"service_node_pubkeys":["zz"]}`, `{"poll_block_hash":"abc"}`, `[1]`} {
		if a, _, _ := jrCall(t, j, "get_service_nodes", bad); a.Error == nil || a.Error.Code != CodeInvalidParams || !strings.HasPrefix(a.Error.Data, "Unable to parse request: ") {
			t.Errorf("%s: %+v", bad, a.Error)
		}
	}
}

func TestServiceNodesLimitAndPoll(t *testing.T) {
	j := jrServiceNodes(t, ServiceNodesOptions{})
	all := map[string]bool{}
	for i := 0; i < 5; i++ {
		k := jrKey(i)
		all[hex.EncodeToString(k[:])] = true
	}
	orders := map[string]bool{}
	for i := 0; i < 50; i++ {
		_, states, _ := jrCall(t, j, "get_service_nodes", `{"limit":3,"fields":["pubkey_ed25519"]}`)
		if len(states) != 3 {
			t.Fatalf("limit 3 gave %d", len(states))
		}
		seen := map[string]bool{}
		order := ""
		for _, s := range states {
			k := s["pubkey_ed25519"].(string)
			if !all[k] || seen[k] {
				t.Fatalf("limit subset has %s twice or unknown", k)
			}
			seen[k] = true
			order += k[:4]
		}
		orders[order] = true
	}
	if len(orders) < 5 {
		t.Errorf("limit gave only %d distinct random subsets", len(orders))
	}
	for _, lim := range []string{"-1", "9", "5"} {
		_, states, _ := jrCall(t, j, "get_service_nodes", `{"limit":`+lim+`,"fields":["pubkey_ed25519"]}`)
		if len(states) != 5 {
			t.Errorf("limit %s gave %d", lim, len(states))
		}
	}
	// Deterministic picks: oxend's partial Fisher-Yates.
	jd := jrServiceNodes(t, ServiceNodesOptions{PickIndex: func(lo, hi int) int { return hi }})
	_, states, _ := jrCall(t, jd, "get_service_nodes", `{"limit":2,"fields":["pubkey_ed25519"]}`)
	sorted := jrSnapshot().Nodes
	if states[0]["pubkey_ed25519"] != hex.EncodeToString(sorted[4].PubkeyEd25519[:]) || states[1]["pubkey_ed25519"] != hex.EncodeToString(sorted[0].PubkeyEd25519[:]) {
		t.Errorf("partial shuffle order: %v", states)
	}

	hash := "feed" + strings.Repeat("0", 60)
	a, states, body := jrCall(t, j, "get_service_nodes", `{"poll_block_hash":"`+hash+`","fields":["height"]}`)
	if string(a.Result["unchanged"]) != "true" || states != nil || string(a.Result["block_hash"]) != `"`+hash+`"` || string(a.Result["height"]) != "4242" {
		t.Errorf("unchanged poll: %s", body)
	}
	a, states, _ = jrCall(t, j, "get_service_nodes", `{"poll_block_hash":"`+strings.Repeat("11", 32)+`","fields":["swarm_id"]}`)
	if string(a.Result["unchanged"]) != "false" || len(states) != 5 || a.Result["block_hash"] == nil {
		t.Errorf("changed poll: %v", a.Result)
	}
	if a, _, _ := jrCall(t, j, "get_service_nodes", `{"poll_block_hash":""}`); a.Result["unchanged"] != nil {
		t.Error("empty poll hash not ignored")
	}
}

func TestOperatorFeeConversion(t *testing.T) {
	// oxend: portions = fee * (2^64 - 4) / 10000; operator_fee rounds to millionths.
	for _, c := range []struct {
		fee       uint16
		portions  uint64
		microfees uint64
	}{
		{0, 0, 0}, {10000, 0xfffffffffffffffc, 1_000_000}, {1000, 1844674407370955161, 100_000},
		{1, 1844674407370955, 100}, {333, 614276577654528068, 33_300},
	} {
		if p := portions(c.fee); p != c.portions || microportion(p) != c.microfees {
			t.Errorf("fee %d: portions %d micro %d, want %d %d", c.fee, p, microportion(p), c.portions, c.microfees)
		}
	}
	for s, want := range map[string][3]uint64{"1.2.3": {1, 2, 3}, "v0.4.2-dev": {0, 4, 2}, "2": {2, 0, 0}, "x": {}, "10.20.30.40": {10, 20, 30}} {
		if got := parseVersion(s); got != want {
			t.Errorf("parseVersion(%q) = %v", s, got)
		}
	}
}

// BenchmarkGetServiceNodes answers the full node list of a 2,000-node
// network (every field), as a seed does for a staking tool.
func BenchmarkGetServiceNodes(b *testing.B) {
	var nodes []peer.NodeInfo
	assign := map[swarm.NodeKey]swarm.ID{}
	for i := 0; i < 2000; i++ {
		k := sha256.Sum256([]byte{byte(i), byte(i >> 8), 'b'})
		assign[k] = swarm.UnassignedID
		op := common.Address{byte(i)}
		nodes = append(nodes, peer.NodeInfo{
			ID: uint64(i + 1), PubkeyEd25519: k, PubkeyX25519: k, Operator: op, FeeBasis: 500, Active: true,
			Contributors: []registry.Contributor{{Staker: op, Beneficiary: op, Amount: big.NewInt(25_000_000_000_000)}},
			Deposit:      big.NewInt(25_000_000_000_000), PublicIP: netip.AddrFrom4([4]byte{1, 2, byte(i >> 8), byte(i)}),
			StoragePort: 22021, StorageQUICPort: 22020, Version: "0.1.0", StorageVersion: [3]uint16{2, 11, 0},
		})
	}
	snap := peer.NewSnapshot(registry.Block{Number: 1}, nodes, swarm.NewMap(swarm.Assign(assign, 1)), [32]byte{})
	j := NewJSONRPC(nil)
	RegisterServiceNodes(j, staticView{snap}, ServiceNodesOptions{})
	req := []byte(`{"jsonrpc":"2.0","id":1,"method":"get_service_nodes","params":{}}`)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		_, out := j.handle(context.Background(), req)
		size = len(out.(json.RawMessage))
	}
	b.ReportMetric(float64(size), "bytes/answer")
}
