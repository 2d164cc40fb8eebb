package swarm

import (
	"encoding/binary"
	"slices"
)

// AccountLen is the length of an account key with its network prefix byte (05 Session ID,
// 03 group, ...); the key proper is the 32 bytes after the prefix.
const AccountLen = 33

// Space returns the account's position on the swarm ring ("swarm space", session-storage-server
// pubkey_to_swarm_space): the XOR of the four big-endian uint64 words of the 32-byte key.
// pubkey is either a 33-byte account with its prefix byte, which is ignored, or the bare 32-byte
// key. Any other length returns 0; callers must validate account keys before using them (Space
// never panics).
func Space(pubkey []byte) uint64 {
	switch len(pubkey) {
	case 33:
		pubkey = pubkey[1:]
	case 32:
	default:
		return 0
	}
	return binary.BigEndian.Uint64(pubkey[0:8]) ^ binary.BigEndian.Uint64(pubkey[8:16]) ^
		binary.BigEndian.Uint64(pubkey[16:24]) ^ binary.BigEndian.Uint64(pubkey[24:32])
}

// Nearest returns the swarm responsible for the swarm-space value space, as session-storage-server
// get_swarm_by_pk and libsession get_swarm do. ids must be sorted ascending without duplicates
// (not checked, this is a hot path). With no ids it returns UnassignedID; with one, that id.
// Otherwise "right" is the first id ≥ space (wrapping to the first id), "left" the id before right
// (wrapping to the last), distances are taken mod 2^64, and right wins only if strictly closer: a
// tie goes to left, which across the wrap is the highest id.
func Nearest(ids []ID, space uint64) ID {
	switch len(ids) {
	case 0:
		return UnassignedID
	case 1:
		return ids[0]
	}
	r, _ := slices.BinarySearch(ids, ID(space))
	if r == len(ids) {
		r = 0
	}
	l := r - 1
	if l < 0 {
		l = len(ids) - 1
	}
	if uint64(ids[r])-space < space-uint64(ids[l]) {
		return ids[r]
	}
	return ids[l]
}
