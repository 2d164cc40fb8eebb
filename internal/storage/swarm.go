package storage

import (
	"encoding/hex"
	"strconv"
)

// NoSwarmID is the swarm id upstream reports when no swarm is known (and
// oxend's id of decommissioned nodes).
const NoSwarmID = ^uint64(0)

// Contact is how clients reach one service node, as get_swarm lists it.
type Contact struct {
	// PubkeyLegacy is the primary service node key (equal to PubkeyEd25519
	// since HF21).
	PubkeyLegacy  [32]byte
	PubkeyEd25519 [32]byte
	PubkeyX25519  [32]byte
	// IP is the public IPv4 address, dotted quad.
	IP        string
	PortHTTPS uint16
	// PortOMQ is the OxenMQ TCP port, also the QUIC UDP port.
	PortOMQ uint16
}

// SwarmInfo is one swarm: its id and members.
type SwarmInfo struct {
	ID      uint64
	Members []Contact
}

// SwarmView is the swarm check the storage RPC needs (owned here, implemented
// by the network map). Implementations must be safe for concurrent use and
// fast: every account-scoped request calls Lookup.
type SwarmView interface {
	// Lookup returns the swarm responsible for the account key (the 32 bytes
	// after the network prefix; the prefix does not matter) and whether that
	// is this node's swarm. With no swarms known it returns
	// SwarmInfo{ID: NoSwarmID} and false.
	Lookup(key []byte) (sw SwarmInfo, ours bool)
}

// NewSingleNodeView returns a SwarmView in which self is the only node of the
// only swarm (id 0): every account belongs to it.
func NewSingleNodeView(self Contact) SwarmView {
	return singleNode{SwarmInfo{ID: 0, Members: []Contact{self}}}
}

type singleNode struct{ sw SwarmInfo }

func (s singleNode) Lookup([]byte) (SwarmInfo, bool) { return s.sw, true }

// appendSwarmJSON writes upstream's swarm_to_json members: "snodes" and
// "swarm" (hex id), without the enclosing braces, so that t/hf can follow.
func appendSwarmJSON(b []byte, sw *SwarmInfo) []byte {
	b = append(b, `"snodes":[`...)
	for i := range sw.Members {
		if i > 0 {
			b = append(b, ',')
		}
		c := &sw.Members[i]
		b = append(b, `{"address":`...)
		b = appendJSONString(b, base32z(c.PubkeyLegacy[:])+".snode")
		b = append(b, `,"ip":`...)
		b = appendJSONString(b, c.IP)
		b = append(b, `,"port":"`...)
		b = strconv.AppendUint(b, uint64(c.PortHTTPS), 10)
		b = append(b, `","port_https":`...)
		b = strconv.AppendUint(b, uint64(c.PortHTTPS), 10)
		b = append(b, `,"port_omq":`...)
		b = strconv.AppendUint(b, uint64(c.PortOMQ), 10)
		b = append(b, `,"port_quic":`...)
		b = strconv.AppendUint(b, uint64(c.PortOMQ), 10)
		b = append(b, `,"pubkey_ed25519":"`...)
		b = hex.AppendEncode(b, c.PubkeyEd25519[:])
		b = append(b, `","pubkey_legacy":"`...)
		b = hex.AppendEncode(b, c.PubkeyLegacy[:])
		b = append(b, `","pubkey_x25519":"`...)
		b = hex.AppendEncode(b, c.PubkeyX25519[:])
		b = append(b, `"}`...)
	}
	b = append(b, `],"swarm":"`...)
	b = strconv.AppendUint(b, sw.ID, 16)
	return append(b, '"')
}

const base32zAlphabet = "ybndrfg8ejkmcpqxot1uwisza345h769"

// base32z encodes as oxenc::to_base32z: 5-bit groups, most significant bits
// first, the last partial group padded with zero bits, no padding characters.
func base32z(data []byte) string {
	out := make([]byte, 0, (len(data)*8+4)/5)
	var acc uint32
	bits := 0
	for _, c := range data {
		acc = acc<<8 | uint32(c)
		bits += 8
		for bits >= 5 {
			bits -= 5
			out = append(out, base32zAlphabet[(acc>>uint(bits))&31])
		}
	}
	if bits > 0 {
		out = append(out, base32zAlphabet[(acc<<uint(5-bits))&31])
	}
	return string(out)
}
