package rpc

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/rewards"
	"github.com/sessiond/sessiond/internal/signing"
)

// CodeBLSSig is oxend's ERROR_BLS_SIG (core_rpc_server_error_codes.h): the
// answer of the BLS methods when no signature can be had, with the reason as
// the message.
const CodeBLSSig = -14

// BLSNetwork is what the BLS json_rpc methods need (implemented by
// *signing.Aggregator).
type BLSNetwork interface {
	// Balances are the lifetime balances at the applied final block.
	Balances(ctx context.Context) (*rewards.Balances, error)
	Rewards(ctx context.Context, addr common.Address, height int64) (*signing.RewardsResult, error)
	Exit(ctx context.Context, key signing.NodeKey, kind signing.Kind) (*signing.ExitResult, error)
	ExitCandidates(ctx context.Context) ([]signing.Verdict, error)
}

// RegisterBLS adds the reward and exit methods upstream staking tools call
// (node.md §4.5, §5.4): get_accrued_rewards (alias
// get_accrued_batched_earnings), bls_rewards_request,
// bls_exit_liquidation_request and bls_exit_liquidation_list.
func RegisterBLS(j *JSONRPC, n BLSNetwork) {
	b := &blsMethods{n: n}
	j.Register(b.accrued, "get_accrued_rewards", "get_accrued_batched_earnings")
	j.Register(b.rewards, "bls_rewards_request")
	j.Register(b.exit, "bls_exit_liquidation_request")
	j.Register(b.exitList, "bls_exit_liquidation_list")
}

type blsMethods struct{ n BLSNetwork }

func blsError(err error) error {
	var re *RPCError
	if errors.As(err, &re) {
		return re
	}
	return &RPCError{Code: CodeBLSSig, Message: err.Error()}
}

// parseHexN decodes exactly n bytes of hex, with or without 0x.
func parseHexN(s string, n int) ([]byte, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 2*n {
		return nil, false
	}
	b, err := hex.DecodeString(s)
	return b, err == nil
}

// accrued is get_accrued_rewards {addresses}: {"balances": {address:
// amount}, "status": "OK"}, lifetime balances in atomic SESH at the applied
// final block. Requested addresses are keyed as given (an address that does
// not parse has 0, as in oxend); with none, every address with a balance is
// listed as 0x-prefixed lowercase hex, oxend's form.
func (b *blsMethods) accrued(ctx context.Context, params json.RawMessage) (any, error) {
	var p struct {
		Addresses []string `json:"addresses"`
	}
	if len(params) > 0 {
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, InvalidParams("%v", err)
		}
	}
	bal, err := b.n.Balances(ctx)
	if err != nil {
		return nil, blsError(err)
	}
	out := map[string]*big.Int{}
	if len(p.Addresses) == 0 {
		for a, v := range bal.All() {
			out["0x"+hex.EncodeToString(a[:])] = v
		}
	}
	for _, s := range p.Addresses {
		if raw, ok := parseHexN(s, common.AddressLength); ok {
			out[s] = bal.Of(common.BytesToAddress(raw))
		} else {
			out[s] = new(big.Int)
		}
	}
	return struct {
		Balances map[string]*big.Int `json:"balances"`
		Status   string              `json:"status"`
	}{out, "OK"}, nil
}

// blsRewardsResult is bls_rewards_request's answer (keys sorted, as oxend).
type blsRewardsResult struct {
	Address          string   `json:"address"`
	AggregatePubkey  string   `json:"aggregate_pubkey"`
	Amount           *big.Int `json:"amount"`
	Height           uint64   `json:"height"`
	MsgToSign        string   `json:"msg_to_sign"`
	NonSignerIndices []uint64 `json:"non_signer_indices"`
	Signature        string   `json:"signature"`
	Status           string   `json:"status"`
}

// rewards is bls_rewards_request {address, height = -1}.
func (b *blsMethods) rewards(ctx context.Context, params json.RawMessage) (any, error) {
	p := struct {
		Address *string `json:"address"`
		Height  int64   `json:"height"`
	}{Height: -1}
	if len(params) > 0 {
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, InvalidParams("%v", err)
		}
	}
	if p.Address == nil {
		return nil, InvalidParams("address is required")
	}
	raw, ok := parseHexN(*p.Address, common.AddressLength)
	if !ok {
		return nil, InvalidParams("address %q is not 40 hex digits", *p.Address)
	}
	res, err := b.n.Rewards(ctx, common.BytesToAddress(raw), p.Height)
	if err != nil {
		return nil, blsError(err)
	}
	return blsRewardsResult{
		Address:          "0x" + hex.EncodeToString(res.Address[:]),
		AggregatePubkey:  res.AggregatePubkey.Hex(),
		Amount:           res.Amount,
		Height:           res.Height,
		MsgToSign:        hex.EncodeToString(res.Message),
		NonSignerIndices: nonNil(res.NonSigners),
		Signature:        res.Signature.Hex(),
		Status:           "OK",
	}, nil
}

// blsExitResult is bls_exit_liquidation_request's answer.
type blsExitResult struct {
	AggregatePubkey  string   `json:"aggregate_pubkey"`
	BLSPubkey        string   `json:"bls_pubkey"`
	MsgToSign        string   `json:"msg_to_sign"`
	NonSignerIndices []uint64 `json:"non_signer_indices"`
	Signature        string   `json:"signature"`
	Status           string   `json:"status"`
	Timestamp        uint64   `json:"timestamp"`
}

// exit is bls_exit_liquidation_request {pubkey | bls_pubkey, liquidate}:
// exactly one of the node's Ed25519 key ("pubkey") and its BLS key.
func (b *blsMethods) exit(ctx context.Context, params json.RawMessage) (any, error) {
	var p struct {
		Pubkey    string `json:"pubkey"`
		BLSPubkey string `json:"bls_pubkey"`
		Liquidate *bool  `json:"liquidate"`
	}
	if len(params) > 0 {
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, InvalidParams("%v", err)
		}
	}
	if p.Liquidate == nil {
		return nil, InvalidParams("liquidate is required")
	}
	var key signing.NodeKey
	switch {
	case p.Pubkey != "" && p.BLSPubkey != "":
		return nil, InvalidParams("Error: only one of bls_pubkey or pubkey may be specified")
	case p.Pubkey != "":
		raw, ok := parseHexN(p.Pubkey, 32)
		if !ok {
			return nil, InvalidParams("pubkey %q is not 64 hex digits", p.Pubkey)
		}
		copy(key.Ed25519[:], raw)
	case p.BLSPubkey != "":
		pk, err := bls.PublicKeyFromHex(p.BLSPubkey)
		if err != nil {
			return nil, InvalidParams("bls_pubkey: %v", err)
		}
		key.BLS = pk
	default:
		return nil, InvalidParams("Error: Exactly one of bls_pubkey or pubkey must be specified")
	}
	kind := signing.KindExit
	if *p.Liquidate {
		kind = signing.KindLiquidation
	}
	res, err := b.n.Exit(ctx, key, kind)
	if err != nil {
		return nil, blsError(err)
	}
	return blsExitResult{
		AggregatePubkey:  res.AggregatePubkey.Hex(),
		BLSPubkey:        res.BLSPubkey.Hex(),
		MsgToSign:        hex.EncodeToString(res.Message),
		NonSignerIndices: nonNil(res.NonSigners),
		Signature:        res.Signature.Hex(),
		Status:           "OK",
		Timestamp:        res.Timestamp,
	}, nil
}

// blsExitEntry is one bls_exit_liquidation_list element. Upstream lists its
// appchain's recently removed nodes; here the list holds the registered
// nodes this node would sign an exit or a liquidation for now (see
// signing.Checker). Mapping of upstream's fields:
//   - type: "exit" for a node that asked to leave, "deregister" for one
//     liquidatable only because this node's tests saw it unreachable;
//   - height: the Arbitrum block of the first exit request (0 for
//     "deregister");
//   - liquidation_height: present only when the node is liquidatable now,
//     and then the applied final block (upstream gives a future height; the
//     unlock and buffer here are times, see liquidatable_at);
//   - info: the node's registration, with upstream's names for the fields
//     staking tools read.
//
// Added: service_node_id (contract id), liquidatable, removable_at,
// liquidatable_at (unix seconds, chain time) and unreachable_since (unix
// seconds, this node's clock).
type blsExitEntry struct {
	Height            uint64      `json:"height"`
	Info              blsExitInfo `json:"info"`
	Liquidatable      bool        `json:"liquidatable"`
	LiquidatableAt    int64       `json:"liquidatable_at,omitempty"`
	LiquidationHeight *uint64     `json:"liquidation_height,omitempty"`
	RemovableAt       int64       `json:"removable_at,omitempty"`
	ServiceNodeID     uint64      `json:"service_node_id"`
	ServiceNodePubkey string      `json:"service_node_pubkey"`
	Type              string      `json:"type"`
	UnreachableSince  int64       `json:"unreachable_since,omitempty"`
}

type blsExitInfo struct {
	BLSPublicKey          string           `json:"bls_public_key"`
	Contributors          []blsContributor `json:"contributors"`
	OperatorAddress       string           `json:"operator_address"`
	RegistrationHeight    uint64           `json:"registration_height"`
	RequestedUnlockHeight uint64           `json:"requested_unlock_height"`
	StakingRequirement    *big.Int         `json:"staking_requirement"`
}

type blsContributor struct {
	Address     string   `json:"address"`
	Amount      *big.Int `json:"amount"`
	Beneficiary string   `json:"beneficiary"`
}

// exitList is bls_exit_liquidation_list: a JSON array (never null).
func (b *blsMethods) exitList(ctx context.Context, _ json.RawMessage) (any, error) {
	vs, err := b.n.ExitCandidates(ctx)
	if err != nil {
		return nil, blsError(err)
	}
	out := make([]blsExitEntry, 0, len(vs))
	for _, v := range vs {
		n := v.Node
		e := blsExitEntry{
			Liquidatable:      v.Liquidatable,
			ServiceNodeID:     n.ID,
			ServiceNodePubkey: hex.EncodeToString(n.Ed25519[:]),
			Type:              "deregister",
			Info: blsExitInfo{
				BLSPublicKey:       hex.EncodeToString(n.BLS[:]),
				OperatorAddress:    "0x" + hex.EncodeToString(n.Operator().Bytes()),
				RegistrationHeight: n.Added.Number,
				StakingRequirement: n.Deposit(),
				Contributors:       []blsContributor{},
			},
		}
		for _, c := range n.Contributors {
			ben := c.Beneficiary
			if ben == (common.Address{}) {
				ben = c.Staker
			}
			e.Info.Contributors = append(e.Info.Contributors, blsContributor{
				Address: "0x" + hex.EncodeToString(c.Staker[:]), Amount: c.Amount, Beneficiary: "0x" + hex.EncodeToString(ben[:]),
			})
		}
		if n.ExitRequested != nil {
			e.Info.RequestedUnlockHeight = n.ExitRequested.Number
			e.RemovableAt, e.LiquidatableAt = v.RemovableAt.Unix(), v.LiquidatableAt.Unix()
			if v.Removable {
				e.Type, e.Height = "exit", n.ExitRequested.Number
			}
		}
		if v.Liquidatable {
			h := v.At.Number
			e.LiquidationHeight = &h
		}
		if !v.UnreachableSince.IsZero() {
			e.UnreachableSince = v.UnreachableSince.Unix()
		}
		out = append(out, e)
	}
	return out, nil
}

func nonNil(ids []uint64) []uint64 {
	if ids == nil {
		return []uint64{}
	}
	return ids
}
