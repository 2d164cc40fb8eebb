package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/registry"
	"github.com/sessiond/sessiond/internal/rewards"
	"github.com/sessiond/sessiond/internal/signing"
)

// fakeBLS answers with fixed values and records what it was asked.
type fakeBLS struct {
	bal      *rewards.Balances
	err      error
	gotAddr  common.Address
	gotH     int64
	gotKey   signing.NodeKey
	gotKind  signing.Kind
	verdicts []signing.Verdict
}

func (f *fakeBLS) Balances(context.Context) (*rewards.Balances, error) { return f.bal, f.err }

func (f *fakeBLS) Rewards(_ context.Context, a common.Address, h int64) (*signing.RewardsResult, error) {
	f.gotAddr, f.gotH = a, h
	if f.err != nil {
		return nil, f.err
	}
	return &signing.RewardsResult{Address: a, Amount: big.NewInt(123456789), Height: 4242, Aggregate: blsTestAggregate([]byte{0xaa, 0xbb}, []uint64{3, 9})}, nil
}

func (f *fakeBLS) Exit(_ context.Context, k signing.NodeKey, kind signing.Kind) (*signing.ExitResult, error) {
	f.gotKey, f.gotKind = k, kind
	if f.err != nil {
		return nil, f.err
	}
	return &signing.ExitResult{Kind: kind, NodeID: 7, BLSPubkey: blsTestKey(), Timestamp: 1750000000, Aggregate: blsTestAggregate([]byte{0xcc}, nil)}, nil
}

func (f *fakeBLS) ExitCandidates(context.Context) ([]signing.Verdict, error) {
	return f.verdicts, f.err
}

func blsTestKey() bls.PublicKey {
	var sk bls.SecretKey
	sk[31] = 5
	return sk.PublicKey()
}

func blsTestAggregate(msg []byte, nonSigners []uint64) signing.Aggregate {
	var sk bls.SecretKey
	sk[31] = 5
	return signing.Aggregate{Message: msg, Signature: bls.Sign(sk, bls.Domain{ChainID: 1}, msg), AggregatePubkey: sk.PublicKey(), NonSigners: nonSigners}
}

func blsTestBalances(t *testing.T) *rewards.Balances {
	t.Helper()
	a := common.HexToAddress("0x00000000000000000000000000000000000000a1")
	in := rewards.Input{
		Nodes: []registry.Node{{ID: 1, Added: registry.BlockRef{Number: 1, Time: 100},
			Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: big.NewInt(1000)}}}},
		Releases: []registry.Release{{Block: registry.BlockRef{Number: 2, Time: 200}, Amount: big.NewInt(5000)}},
	}
	b, err := rewards.Compute(rewards.DevnetRules(), in, registry.BlockRef{Number: 3, Time: 300})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func blsCall(t *testing.T, f *fakeBLS, body string) string {
	t.Helper()
	j := NewJSONRPC(nil)
	RegisterBLS(j, f)
	code, got := jrPost(t, j, body)
	if code != 200 {
		t.Fatalf("status %d: %s", code, got)
	}
	return got
}

func TestBLSAccruedRewards(t *testing.T) {
	f := &fakeBLS{bal: blsTestBalances(t)}
	got := blsCall(t, f, `{"id":1,"method":"get_accrued_rewards"}`)
	want := `{"id":1,"jsonrpc":"2.0","result":{"balances":{"0x00000000000000000000000000000000000000a1":5000},"status":"OK"}}`
	if got != want {
		t.Fatalf("all:\n got %s\nwant %s", got, want)
	}
	got = blsCall(t, f, `{"id":2,"method":"get_accrued_batched_earnings","params":{"addresses":["00000000000000000000000000000000000000A1","0x00000000000000000000000000000000000000b2","nonsense"]}}`)
	want = `{"id":2,"jsonrpc":"2.0","result":{"balances":{"00000000000000000000000000000000000000A1":5000,"0x00000000000000000000000000000000000000b2":0,"nonsense":0},"status":"OK"}}`
	if got != want {
		t.Fatalf("some:\n got %s\nwant %s", got, want)
	}
}

func TestBLSRewardsRequest(t *testing.T) {
	f := &fakeBLS{}
	got := blsCall(t, f, `{"id":1,"method":"bls_rewards_request","params":{"address":"0x3AC81340eb9bcf107238789524050fb77707088f"}}`)
	if f.gotH != -1 || f.gotAddr != common.HexToAddress("0x3ac81340eb9bcf107238789524050fb77707088f") {
		t.Fatalf("asked for %s at %d", f.gotAddr, f.gotH)
	}
	agg := blsTestAggregate([]byte{0xaa, 0xbb}, nil)
	want := `{"id":1,"jsonrpc":"2.0","result":{"address":"0x3ac81340eb9bcf107238789524050fb77707088f","aggregate_pubkey":"` + agg.AggregatePubkey.Hex() +
		`","amount":123456789,"height":4242,"msg_to_sign":"aabb","non_signer_indices":[3,9],"signature":"` + agg.Signature.Hex() + `","status":"OK"}}`
	if got != want {
		t.Fatalf("\n got %s\nwant %s", got, want)
	}
	blsCall(t, f, `{"id":1,"method":"bls_rewards_request","params":{"address":"3ac81340eb9bcf107238789524050fb77707088f","height":77}}`)
	if f.gotH != 77 {
		t.Fatalf("height %d", f.gotH)
	}

	for _, c := range []struct{ params, contains string }{
		{`{}`, `"code":-32602`},
		{`{"address":"0x12"}`, `not 40 hex digits`},
		{`{"address":5}`, `"code":-32602`},
	} {
		got := blsCall(t, f, `{"id":1,"method":"bls_rewards_request","params":`+c.params+`}`)
		if !strings.Contains(got, c.contains) {
			t.Errorf("%s: %s", c.params, got)
		}
	}
	f.err = &signing.NonSignerError{Kind: "rewards", NonSigners: 3, Total: 7, Threshold: 2, Max: 4000}
	got = blsCall(t, f, `{"id":1,"method":"bls_rewards_request","params":{"address":"0x3ac81340eb9bcf107238789524050fb77707088f"}}`)
	if !strings.HasPrefix(got, `{"error":{"code":-14,"message":"signing: rewards: 3 of 7 registered nodes did not sign`) {
		t.Fatal(got)
	}
}

func TestBLSExitLiquidationRequest(t *testing.T) {
	f := &fakeBLS{}
	ed := strings.Repeat("ab", 32)
	got := blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_request","params":{"pubkey":"`+ed+`","liquidate":true}}`)
	if f.gotKind != signing.KindLiquidation || f.gotKey.Ed25519[0] != 0xab || f.gotKey.BLS != (bls.PublicKey{}) {
		t.Fatalf("asked %+v %v", f.gotKey, f.gotKind)
	}
	agg := blsTestAggregate([]byte{0xcc}, nil)
	want := `{"id":1,"jsonrpc":"2.0","result":{"aggregate_pubkey":"` + agg.AggregatePubkey.Hex() + `","bls_pubkey":"` + blsTestKey().Hex() +
		`","msg_to_sign":"cc","non_signer_indices":[],"signature":"` + agg.Signature.Hex() + `","status":"OK","timestamp":1750000000}}`
	if got != want {
		t.Fatalf("\n got %s\nwant %s", got, want)
	}
	blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_request","params":{"bls_pubkey":"0x`+blsTestKey().Hex()+`","liquidate":false}}`)
	if f.gotKind != signing.KindExit || f.gotKey.BLS != blsTestKey() {
		t.Fatalf("asked %+v %v", f.gotKey, f.gotKind)
	}
	for _, c := range []struct{ params, contains string }{
		{`{"pubkey":"` + ed + `"}`, `liquidate is required`},
		{`{"liquidate":true}`, `Exactly one of bls_pubkey or pubkey`},
		{`{"pubkey":"` + ed + `","bls_pubkey":"` + blsTestKey().Hex() + `","liquidate":true}`, `only one of`},
		{`{"bls_pubkey":"` + strings.Repeat("00", 64) + `","liquidate":true}`, `bls_pubkey`},
		{`{"pubkey":"abcd","liquidate":true}`, `not 64 hex digits`},
	} {
		got := blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_request","params":`+c.params+`}`)
		if !strings.Contains(got, c.contains) || !strings.Contains(got, `"code":-32602`) {
			t.Errorf("%s: %s", c.params, got)
		}
	}
	f.err = errors.New("signing: liquidation request refused by this node: node 7 is not liquidatable")
	got = blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_request","params":{"pubkey":"`+ed+`","liquidate":true}}`)
	if !strings.Contains(got, `{"error":{"code":-14,"message":"signing: liquidation request refused`) {
		t.Fatal(got)
	}
}

func TestBLSExitLiquidationList(t *testing.T) {
	staker, ben := common.Address{0x11}, common.Address{0x22}
	n := &registry.Node{
		ID: 4, Ed25519: registry.Ed25519Key{0xed}, BLS: registry.BLSKey(blsTestKey()),
		Contributors:  []registry.Contributor{{Staker: staker, Beneficiary: ben, Amount: big.NewInt(25)}},
		Added:         registry.BlockRef{Number: 10, Time: 1000},
		ExitRequested: &registry.BlockRef{Number: 20, Time: 2000},
	}
	dead := &registry.Node{ID: 5, Ed25519: registry.Ed25519Key{0xde}, Contributors: []registry.Contributor{{Staker: staker, Amount: big.NewInt(25)}}}
	at := registry.Block{Number: 99, Time: 5000}
	f := &fakeBLS{verdicts: []signing.Verdict{
		{Node: n, At: at, Removable: true, RemovableAt: time.Unix(2000, 0), LiquidatableAt: time.Unix(4000, 0), Liquidatable: true},
		{Node: dead, At: at, Liquidatable: true, UnreachableSince: time.Unix(1500, 0)},
	}}
	got := blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_list"}`)
	var res struct {
		Result []map[string]any `json:"result"`
	}
	if err := json.Unmarshal([]byte(got), &res); err != nil || len(res.Result) != 2 {
		t.Fatalf("%v: %s", err, got)
	}
	e, d := res.Result[0], res.Result[1]
	if e["type"] != "exit" || e["height"] != 20.0 || e["liquidation_height"] != 99.0 || e["service_node_pubkey"] != "ed"+strings.Repeat("00", 31) || e["removable_at"] != 2000.0 {
		t.Errorf("exit entry %v", e)
	}
	info := e["info"].(map[string]any)
	c := info["contributors"].([]any)[0].(map[string]any)
	if info["bls_public_key"] != blsTestKey().Hex() || info["operator_address"] != "0x1100000000000000000000000000000000000000" || c["beneficiary"] != "0x2200000000000000000000000000000000000000" || c["amount"] != 25.0 {
		t.Errorf("info %v", info)
	}
	if d["type"] != "deregister" || d["height"] != 0.0 || d["unreachable_since"] != 1500.0 {
		t.Errorf("deregister entry %v", d)
	}
	dc := d["info"].(map[string]any)["contributors"].([]any)[0].(map[string]any)
	if dc["beneficiary"] != "0x1100000000000000000000000000000000000000" {
		t.Errorf("unset beneficiary is the staker: %v", dc)
	}

	f.verdicts = nil
	if got := blsCall(t, f, `{"id":1,"method":"bls_exit_liquidation_list"}`); got != `{"id":1,"jsonrpc":"2.0","result":[]}` {
		t.Fatal(got)
	}
}

var _ BLSNetwork = (*signing.Aggregator)(nil)
