package bls

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/sha3"
)

// Base strings of the domain tags (ServiceNodeRewards.initialize, oxend
// bls_signer.h). The exit tag was "BLS_SIG_TRYANDINCREMENT_REMOVE" in early
// contracts; the deployed ones use BaseExit.
const (
	BasePoP         = "BLS_SIG_TRYANDINCREMENT_POP"
	BaseReward      = "BLS_SIG_TRYANDINCREMENT_REWARD"
	BaseExit        = "BLS_SIG_TRYANDINCREMENT_EXIT"
	BaseLiquidate   = "BLS_SIG_TRYANDINCREMENT_LIQUIDATE"
	BaseHashToField = "BLS_SIG_HASH_TO_FIELD_TAG"
)

// Lengths of the signed messages.
const (
	PoPMessageSize       = 32 + PublicKeySize + common.AddressLength + 32 // 148
	RewardMessageSize    = 32 + common.AddressLength + 32                 // 84
	ExitMessageSize      = 32 + PublicKeySize + 32                        // 128
	LiquidateMessageSize = ExitMessageSize                                // 128
)

// Tag returns keccak256(base ‖ uint256(chainID) ‖ contract), the contract's
// buildTag: keccak256(abi.encodePacked(base, block.chainid, address(this)))
// with address(this) the ServiceNodeRewards proxy. It panics if chainID is
// nil, negative or wider than 256 bits.
func Tag(base string, chainID *big.Int, contract common.Address) [32]byte {
	if !fitsWord(chainID) {
		panic(fmt.Sprintf("bls: chain id %v is not a uint256", chainID))
	}
	var id [32]byte
	chainID.FillBytes(id[:])
	return tag(base, id, contract)
}

func tag(base string, chainID [32]byte, contract common.Address) [32]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte(base))
	h.Write(chainID[:])
	h.Write(contract[:])
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Domain identifies the ServiceNodeRewards deployment a signature is for: the
// EVM chain id and the rewards contract (proxy) address. Every tag, and so
// every signature, is bound to it.
type Domain struct {
	ChainID  uint64
	Contract common.Address
}

// Tag returns the domain's tag for a base string.
func (d Domain) Tag(base string) [32]byte {
	var id [32]byte
	binary.BigEndian.PutUint64(id[24:], d.ChainID)
	return tag(base, id, d.Contract)
}

// PoPTag returns the proofOfPossessionTag.
func (d Domain) PoPTag() [32]byte { return d.Tag(BasePoP) }

// RewardTag returns the rewardTag.
func (d Domain) RewardTag() [32]byte { return d.Tag(BaseReward) }

// ExitTag returns the exitTag.
func (d Domain) ExitTag() [32]byte { return d.Tag(BaseExit) }

// LiquidateTag returns the liquidateTag.
func (d Domain) LiquidateTag() [32]byte { return d.Tag(BaseLiquidate) }

// HashToFieldTag returns the hashToG2Tag, the DST of HashToG2 for every
// message of this domain.
func (d Domain) HashToFieldTag() [32]byte { return d.Tag(BaseHashToField) }

// String returns "chain <id> contract <address>".
func (d Domain) String() string {
	return fmt.Sprintf("chain %d contract %s", d.ChainID, d.Contract.Hex())
}

// ProofOfPossessionMessage returns the 148 bytes a registration's BLS proof
// of possession signs: PoP tag ‖ pk.X ‖ pk.Y ‖ operator ‖ Ed25519 key. The
// operator is the contract's contributors[0].staker.addr (the operator EOA
// for a multi-contributor node, the vesting contract for a vesting node).
func ProofOfPossessionMessage(dom Domain, pk PublicKey, operator common.Address, ed25519Pub [32]byte) []byte {
	t := dom.PoPTag()
	m := make([]byte, 0, PoPMessageSize)
	m = append(m, t[:]...)
	m = append(m, pk[:]...)
	m = append(m, operator[:]...)
	return append(m, ed25519Pub[:]...)
}

// RewardMessage returns the 84 bytes of an updateRewardsBalance signature:
// reward tag ‖ recipient ‖ uint256(amount), amount being the recipient's
// lifetime rewards in atomic units. It panics if amount is nil, negative or
// wider than 256 bits.
func RewardMessage(dom Domain, recipient common.Address, amount *big.Int) []byte {
	if !fitsWord(amount) {
		panic(fmt.Sprintf("bls: reward amount %v is not a uint256", amount))
	}
	t := dom.RewardTag()
	m := make([]byte, RewardMessageSize)
	copy(m, t[:])
	copy(m[32:], recipient[:])
	amount.FillBytes(m[32+common.AddressLength:])
	return m
}

// ExitMessage returns the 128 bytes of an exitBLSPublicKeyWithSignature
// signature: exit tag ‖ pk.X ‖ pk.Y ‖ uint256(timestamp), timestamp in unix
// seconds.
func ExitMessage(dom Domain, pk PublicKey, timestamp uint64) []byte {
	return removalMessage(dom.ExitTag(), pk, timestamp)
}

// LiquidateMessage returns the 128 bytes of a
// liquidateBLSPublicKeyWithSignature signature: liquidate tag ‖ pk.X ‖ pk.Y ‖
// uint256(timestamp).
func LiquidateMessage(dom Domain, pk PublicKey, timestamp uint64) []byte {
	return removalMessage(dom.LiquidateTag(), pk, timestamp)
}

func removalMessage(t [32]byte, pk PublicKey, timestamp uint64) []byte {
	m := make([]byte, ExitMessageSize)
	copy(m, t[:])
	copy(m[32:], pk[:])
	binary.BigEndian.PutUint64(m[ExitMessageSize-8:], timestamp)
	return m
}
