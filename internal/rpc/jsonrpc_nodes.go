package rpc

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/sessiond/sessiond/internal/peer"
)

// NetworkView is the node list json_rpc serves (implemented by
// *peer.NetworkMap).
type NetworkView interface {
	Snapshot() (*peer.Snapshot, error)
}

// DefaultHardfork is the [hardfork, snode_revision] reported when
// ServiceNodesOptions leaves it zero: the Session Token era (HF21).
var DefaultHardfork = [2]int{21, 0}

// ServiceNodesOptions configure get_service_nodes.
type ServiceNodesOptions struct {
	// Hardfork is reported as "hardfork" and "snode_revision" (and as every
	// node's registration_hf_version); zero means DefaultHardfork.
	Hardfork [2]int
	// Shuffle permutes the first n indices for "limit" (rand.Shuffle-like);
	// nil uses math/rand/v2. Tests make it deterministic.
	Shuffle func(n int, swap func(i, j int))
	// PickIndex returns a uniform index in [lo, hi] for the partial shuffle
	// of a positive "limit"; nil uses math/rand/v2.
	PickIndex func(lo, hi int) int
}

// RegisterServiceNodes adds get_service_nodes and its aliases
// get_n_service_nodes and get_all_service_nodes (spec/node.md §6.1).
func RegisterServiceNodes(j *JSONRPC, v NetworkView, o ServiceNodesOptions) {
	if o.Hardfork == ([2]int{}) {
		o.Hardfork = DefaultHardfork
	}
	if o.Shuffle == nil {
		o.Shuffle = rand.Shuffle
	}
	if o.PickIndex == nil {
		o.PickIndex = func(lo, hi int) int { return lo + rand.IntN(hi-lo+1) }
	}
	sn := &serviceNodes{v: v, o: o}
	j.Register(sn.call, "get_service_nodes", "get_n_service_nodes", "get_all_service_nodes")
}

type serviceNodes struct {
	v NetworkView
	o ServiceNodesOptions
}

// snRequest is oxend's GET_SERVICE_NODES::request_parameters.
type snRequest struct {
	fields     fieldSet
	pubkeys    [][32]byte
	activeOnly bool
	limit      int
	poll       *[32]byte
}

func parseSNRequest(params json.RawMessage) (*snRequest, error) {
	var p struct {
		ActiveOnly    *bool           `json:"active_only"`
		Fields        json.RawMessage `json:"fields"`
		Limit         *int            `json:"limit"`
		PollBlockHash *string         `json:"poll_block_hash"`
		Pubkeys       []string        `json:"service_node_pubkeys"`
	}
	if len(params) > 0 {
		if err := json.Unmarshal(params, &p); err != nil {
			return nil, InvalidParams("%v", err)
		}
	}
	req := &snRequest{}
	if p.ActiveOnly != nil {
		req.activeOnly = *p.ActiveOnly
	}
	if p.Limit != nil {
		req.limit = *p.Limit
	}
	var err error
	if req.fields, err = parseFields(p.Fields); err != nil {
		return nil, err
	}
	if p.PollBlockHash != nil && *p.PollBlockHash != "" { // oxend ignores an empty string
		var h [32]byte
		if len(*p.PollBlockHash) != 64 {
			return nil, InvalidParams("poll_block_hash must be 64 hex digits")
		}
		if _, err := hex.Decode(h[:], []byte(*p.PollBlockHash)); err != nil {
			return nil, InvalidParams("poll_block_hash: %v", err)
		}
		req.poll = &h
	}
	for _, s := range p.Pubkeys {
		var k [32]byte
		if len(s) != 64 {
			return nil, InvalidParams("service_node_pubkeys: %q is not 64 hex digits", s)
		}
		if _, err := hex.Decode(k[:], []byte(s)); err != nil {
			return nil, InvalidParams("service_node_pubkeys: %v", err)
		}
		req.pubkeys = append(req.pubkeys, k)
	}
	return req, nil
}

// fieldSet is oxend's requested-field set: empty means everything; with
// "all" in it, everything but the "-name" entries; otherwise exactly the
// names listed.
type fieldSet map[string]bool

func (f fieldSet) has(name string) bool {
	if len(f) == 0 {
		return true
	}
	if f["all"] {
		return !f["-"+name]
	}
	return f[name]
}

// parseFields reads "fields": a list of names, or the deprecated dict
// {"name": true, ...} in which "all": true selects everything.
func parseFields(raw json.RawMessage) (fieldSet, error) {
	raw = bytes.TrimSpace(raw)
	f := fieldSet{}
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return f, nil
	}
	if raw[0] == '{' {
		var d map[string]bool
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, InvalidParams("fields: %v", err)
		}
		if d["all"] {
			return fieldSet{}, nil
		}
		for k, v := range d {
			if v {
				f[k] = true
			}
		}
		return f, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, InvalidParams("fields: %v", err)
	}
	for _, k := range list {
		f[k] = true
	}
	if len(f) == 1 && f["all"] {
		return fieldSet{}, nil
	}
	return f, nil
}

func (sn *serviceNodes) call(_ context.Context, params json.RawMessage) (any, error) {
	req, err := parseSNRequest(params)
	if err != nil {
		return nil, err
	}
	snap, err := sn.v.Snapshot()
	if err != nil {
		return nil, err
	}
	blockHash := snap.Block.Hash
	w := &objWriter{}
	// Top-level keys in sorted order: block_hash, hardfork, height,
	// service_node_states, snode_revision, status, target_height, unchanged.
	forceHash := req.poll != nil
	if req.fields.has("block_hash") || forceHash {
		w.key("block_hash")
		w.hexString(blockHash[:])
	}
	if req.fields.has("hardfork") {
		w.key("hardfork")
		w.int(int64(sn.o.Hardfork[0]))
	}
	if req.fields.has("height") {
		w.key("height")
		w.uint(snap.Block.Number)
	}
	unchanged := req.poll != nil && *req.poll == [32]byte(blockHash)
	if !unchanged {
		w.key("service_node_states")
		sn.writeStates(w, req, snap)
	}
	if req.fields.has("snode_revision") {
		w.key("snode_revision")
		w.int(int64(sn.o.Hardfork[1]))
	}
	w.key("status")
	w.str("OK")
	if req.fields.has("target_height") {
		w.key("target_height")
		w.uint(snap.Block.Number)
	}
	if req.poll != nil {
		w.key("unchanged")
		w.bool(unchanged)
	}
	return json.RawMessage(w.close()), nil
}

// selectNodes applies service_node_pubkeys, active_only and limit as oxend
// does: a negative limit or one above the count shuffles everything; a
// positive one picks that many at random, in random order.
func (sn *serviceNodes) selectNodes(req *snRequest, snap *peer.Snapshot) []*peer.NodeInfo {
	var list []*peer.NodeInfo
	if len(req.pubkeys) > 0 {
		seen := map[[32]byte]bool{}
		for _, k := range req.pubkeys {
			if n, ok := snap.Node(k); ok && !seen[k] {
				seen[k] = true
				list = append(list, n)
			}
		}
	} else {
		list = make([]*peer.NodeInfo, len(snap.Nodes))
		for i := range snap.Nodes {
			list[i] = &snap.Nodes[i]
		}
	}
	if req.activeOnly {
		kept := list[:0]
		for _, n := range list {
			if n.Active {
				kept = append(kept, n)
			}
		}
		list = kept
	}
	top := len(list) - 1
	switch {
	case req.limit < 0 || req.limit > top:
		sn.o.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	case req.limit > 0:
		for i := 0; i < req.limit; i++ {
			if j := sn.o.PickIndex(i, top); j != i {
				list[i], list[j] = list[j], list[i]
			}
		}
		list = list[:req.limit]
	}
	return list
}

func (sn *serviceNodes) writeStates(w *objWriter, req *snRequest, snap *peer.Snapshot) {
	list := sn.selectNodes(req, snap)
	w.b = slices.Grow(w.b, len(list)*entrySizeHint)
	w.b = append(w.b, '[')
	for i, n := range list {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		sn.writeEntry(w, req.fields, n)
	}
	w.b = append(w.b, ']')
}

// entrySizeHint is about the size of a full service_node_states entry.
const entrySizeHint = 1400

// stakingPortions is oxend's STAKING_PORTIONS (2^64 − 4), a 100 % fee.
const stakingPortions = 0xfffffffffffffffc

// portions converts a contract fee in basis points as oxend does:
// fee × STAKING_PORTIONS / 10,000, rounded down, in 128-bit arithmetic.
func portions(feeBasis uint16) uint64 {
	hi, lo := bits.Mul64(uint64(feeBasis), stakingPortions)
	q, _ := bits.Div64(hi, lo, 10_000)
	return q
}

// microportion is oxend's rounding of portions to millionths ("operator_fee").
func microportion(p uint64) uint64 {
	const half = 9223372036855 // half of 1/1,000,000 of STAKING_PORTIONS
	if p < half {
		return 0
	}
	return (p-half)/(2*half) + 1
}

// parseVersion reads "1.2.3-dev" (optionally "v1.2.3") as [1, 2, 3].
func parseVersion(s string) [3]uint64 {
	var out [3]uint64
	s = strings.TrimPrefix(s, "v")
	for i, part := range strings.SplitN(s, ".", 3) {
		end := 0
		for end < len(part) && part[end] >= '0' && part[end] <= '9' {
			end++
		}
		out[i], _ = strconv.ParseUint(part[:end], 10, 64)
		if end < len(part) {
			break
		}
	}
	return out
}
