package rpc

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strconv"

	"github.com/sessiond/sessiond/internal/peer"
)

// writeEntry writes one service_node_states element with oxend's field names
// and sorted key order (fill_sn_response_entry). Fields that have no meaning
// without an appchain carry oxend's neutral values (decommission_count 0,
// funded true, ...). Differences from oxend, on purpose:
//   - contact fields (public_ip, storage_port, storage_lmq_port,
//     service_node_version, storage_server_version, last_uptime_proof) come
//     from the node's announcement and are left out, as oxend leaves them out
//     without an uptime proof, when none is known: never "0.0.0.0";
//   - lokinet_version and quorumnet_port are never sent (no lokinet, no
//     quorumnet);
//   - total_reserved is always sent (equal to total_contributed: registered
//     nodes are fully staked), because staking tools read it unconditionally;
//   - heights are Arbitrum block numbers; requested_unlock_height is the block
//     of the first exit request (0: none).
func (sn *serviceNodes) writeEntry(w *objWriter, f fieldSet, n *peer.NodeInfo) {
	w.open()
	contact := n.Reachable()
	put := func(name string) bool {
		if f.has(name) {
			w.key(name)
			return true
		}
		return false
	}
	if put("active") {
		w.bool(n.Active)
	}
	if put("contributors") {
		writeContributors(w, n, f.has("locked_contributions"))
	}
	if put("decommission_count") {
		w.uint(0)
	}
	if put("earned_downtime_blocks") {
		w.uint(0)
	}
	if put("funded") {
		w.bool(true)
	}
	if put("is_liquidatable") {
		w.bool(false)
	}
	if put("is_removable") {
		w.bool(false)
	}
	if put("last_reward_block_height") {
		w.uint(n.Registered.Number)
	}
	if put("last_reward_transaction_index") {
		w.uint(0)
	}
	if contact && put("last_uptime_proof") {
		w.int(n.LastAnnounced.Unix())
	}
	if put("operator_address") {
		w.str(n.Operator.Hex())
	}
	p := portions(n.FeeBasis)
	if put("operator_fee") {
		w.uint(microportion(p))
	}
	if put("payable") {
		w.bool(n.Payable)
	}
	if put("portions_for_operator") {
		w.uint(p)
	}
	if put("pubkey_bls") {
		w.hexString(n.PubkeyBLS[:])
	}
	if put("pubkey_ed25519") {
		w.hexString(n.PubkeyEd25519[:])
	}
	if n.PubkeyX25519 != ([32]byte{}) && put("pubkey_x25519") {
		w.hexString(n.PubkeyX25519[:])
	}
	if contact && put("public_ip") {
		w.str(n.PublicIP.String())
	}
	if put("registration_height") {
		w.uint(n.Registered.Number)
	}
	if put("registration_hf_version") {
		w.int(int64(sn.o.Hardfork[0]))
	}
	if put("requested_unlock_height") {
		var h uint64
		if n.ExitRequested != nil {
			h = n.ExitRequested.Number
		}
		w.uint(h)
	}
	if put("service_node_pubkey") {
		w.hexString(n.PubkeyEd25519[:])
	}
	if contact && put("service_node_version") {
		v := parseVersion(n.Version)
		w.uintArray(v[:])
	}
	if put("staking_requirement") {
		w.bigInt(n.Deposit)
	}
	if put("state_height") {
		w.uint(n.Registered.Number)
	}
	if contact && put("storage_lmq_port") {
		w.uint(uint64(n.StorageQUICPort))
	}
	if contact && put("storage_port") {
		w.uint(uint64(n.StoragePort))
	}
	if contact && put("storage_server_version") {
		sv := n.StorageVersion
		w.uintArray([]uint64{uint64(sv[0]), uint64(sv[1]), uint64(sv[2])})
	}
	if put("swarm") {
		w.str(strconv.FormatUint(n.SwarmID, 16))
	}
	if put("swarm_id") {
		w.uint(n.SwarmID)
	}
	if put("total_contributed") {
		w.bigInt(n.Deposit)
	}
	if put("total_reserved") {
		w.bigInt(n.Deposit)
	}
	w.closeObj()
}

// writeContributors writes [{"address","amount","beneficiary"[,"locked_contributions":[]]}].
func writeContributors(w *objWriter, n *peer.NodeInfo, locked bool) {
	w.b = append(w.b, '[')
	for i, c := range n.Contributors {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.open()
		w.key("address")
		w.str(c.Staker.Hex())
		w.key("amount")
		w.bigInt(c.Amount)
		w.key("beneficiary")
		w.str(c.Beneficiary.Hex())
		if locked {
			w.key("locked_contributions")
			w.b = append(w.b, "[]"...)
		}
		w.closeObj()
	}
	w.b = append(w.b, ']')
}

// objWriter appends a JSON object whose keys the caller writes in order.
// The zero value has an open top-level object.
type objWriter struct {
	b     []byte
	depth []bool // per open object: a key was written
}

func (w *objWriter) open() {
	w.b = append(w.b, '{')
	w.depth = append(w.depth, false)
}

func (w *objWriter) key(k string) {
	if len(w.depth) == 0 {
		w.open()
	}
	if w.depth[len(w.depth)-1] {
		w.b = append(w.b, ',')
	}
	w.depth[len(w.depth)-1] = true
	w.b = append(w.b, '"')
	w.b = append(w.b, k...) // keys are ASCII identifiers
	w.b = append(w.b, '"', ':')
}

func (w *objWriter) closeObj() {
	w.b = append(w.b, '}')
	w.depth = w.depth[:len(w.depth)-1]
}

// close ends the top-level object and returns the bytes.
func (w *objWriter) close() []byte {
	if len(w.depth) == 0 {
		w.open()
	}
	for len(w.depth) > 0 {
		w.closeObj()
	}
	return w.b
}

func (w *objWriter) str(s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			j, _ := json.Marshal(s) // escapes needed: the general path
			w.b = append(w.b, j...)
			return
		}
	}
	w.b = append(w.b, '"')
	w.b = append(w.b, s...)
	w.b = append(w.b, '"')
}

func (w *objWriter) hexString(b []byte) {
	w.b = append(w.b, '"')
	w.b = hex.AppendEncode(w.b, b)
	w.b = append(w.b, '"')
}

func (w *objWriter) uint(v uint64) { w.b = strconv.AppendUint(w.b, v, 10) }
func (w *objWriter) int(v int64)   { w.b = strconv.AppendInt(w.b, v, 10) }
func (w *objWriter) bool(v bool)   { w.b = strconv.AppendBool(w.b, v) }

func (w *objWriter) bigInt(v *big.Int) {
	if v == nil {
		w.b = append(w.b, '0')
		return
	}
	w.b = v.Append(w.b, 10)
}

func (w *objWriter) uintArray(vs []uint64) {
	w.b = append(w.b, '[')
	for i, v := range vs {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.uint(v)
	}
	w.b = append(w.b, ']')
}
