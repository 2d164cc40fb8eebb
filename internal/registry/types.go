package registry

import (
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Ed25519Key is a node's Ed25519 public key, hex in JSON.
type Ed25519Key [32]byte

func (k Ed25519Key) String() string               { return hex.EncodeToString(k[:]) }
func (k Ed25519Key) MarshalText() ([]byte, error) { return []byte(k.String()), nil }
func (k *Ed25519Key) UnmarshalText(b []byte) error {
	return decodeFixed(k[:], b)
}

// BLSKey is a BLS public key as the contract stores it (G1, X||Y), hex in
// JSON. It is not curve-checked on decode: the contract verified it.
type BLSKey [64]byte

func (k BLSKey) String() string                { return hex.EncodeToString(k[:]) }
func (k BLSKey) MarshalText() ([]byte, error)  { return []byte(k.String()), nil }
func (k *BLSKey) UnmarshalText(b []byte) error { return decodeFixed(k[:], b) }

// Sig64 is a 64-byte signature, hex in JSON.
type Sig64 [64]byte

func (s Sig64) MarshalText() ([]byte, error)  { return []byte(hex.EncodeToString(s[:])), nil }
func (s *Sig64) UnmarshalText(b []byte) error { return decodeFixed(s[:], b) }

func decodeFixed(dst, text []byte) error {
	if hex.DecodedLen(len(text)) != len(dst) {
		return fmt.Errorf("registry: want %d hex bytes, got %d characters", len(dst), len(text))
	}
	_, err := hex.Decode(dst, text)
	return err
}

// BlockRef locates an event: the block and its timestamp.
type BlockRef struct {
	Number uint64 `json:"number"`
	Time   uint64 `json:"time"`
}

// Block is one applied block.
type Block struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   uint64      `json:"time"`
}

// Contributor is one staker of a node.
type Contributor struct {
	Staker      common.Address `json:"staker"`
	Beneficiary common.Address `json:"beneficiary"`
	Amount      *big.Int       `json:"amount"`
}

// Node is a service node as the rewards contract registered it.
type Node struct {
	ID           uint64         `json:"id"`
	BLS          BLSKey         `json:"bls_pubkey"`
	Ed25519      Ed25519Key     `json:"ed25519_pubkey"`
	Ed25519Sig   Sig64          `json:"ed25519_signature"`
	Fee          uint16         `json:"fee"`
	Initiator    common.Address `json:"initiator"`
	Contributors []Contributor  `json:"contributors"`
	Seeded       bool           `json:"seeded,omitempty"`
	Added        BlockRef       `json:"added"`

	ExitRequested   *BlockRef      `json:"exit_requested,omitempty"`    // first request
	LastExitRequest *BlockRef      `json:"last_exit_request,omitempty"` // latest request
	Exited          *BlockRef      `json:"exited,omitempty"`            // exit or liquidation
	ExitInitiator   common.Address `json:"exit_initiator,omitzero"`     // sender of the exit tx
	ReturnedAmount  *big.Int       `json:"returned_amount,omitempty"`   // from ServiceNodeExit
	Liquidated      bool           `json:"liquidated,omitempty"`
	Liquidator      common.Address `json:"liquidator,omitzero"`
}

// Operator is the node's operator: the first contributor (as the contract's
// proof of possession binds it), or the initiator when no contributors are known.
func (n *Node) Operator() common.Address {
	if len(n.Contributors) > 0 {
		return n.Contributors[0].Staker
	}
	return n.Initiator
}

// Deposit is the sum of the contributors' stakes.
func (n *Node) Deposit() *big.Int {
	sum := new(big.Int)
	for _, c := range n.Contributors {
		if c.Amount != nil {
			sum.Add(sum, c.Amount)
		}
	}
	return sum
}

// Active reports whether the node is registered and has not left.
func (n *Node) Active() bool { return n.Exited == nil }

// Recipient is an address's reward account on the contract.
type Recipient struct {
	Address common.Address `json:"address"`
	Rewards *big.Int       `json:"rewards"` // lifetime total the network signed
	Claimed *big.Int       `json:"claimed"`
	Updated BlockRef       `json:"updated"`
}

// Release is one FundsReleased of the reward pool.
type Release struct {
	Block    BlockRef `json:"block"`
	LogIndex uint32   `json:"log_index"`
	Amount   *big.Int `json:"amount"`
}

// ContributionStatus is a contribution contract's state.
type ContributionStatus string

// Contribution contract states. The contract's own enum has four values; reset
// and withdrawn are the watcher's names for the transitions a client asks about.
const (
	ContribAwaitingOperator ContributionStatus = "awaiting_operator"
	ContribOpen             ContributionStatus = "open"
	ContribFilled           ContributionStatus = "filled"
	ContribFinalized        ContributionStatus = "finalized"
	ContribReset            ContributionStatus = "reset"
)

// Reservation is a reserved slot of a contribution contract.
type Reservation struct {
	Address common.Address `json:"address"`
	Amount  *big.Int       `json:"amount"`
}

// Contribution is a multi-contributor contract created by the factory.
type Contribution struct {
	Address        common.Address     `json:"address"`
	Operator       common.Address     `json:"operator"`
	Ed25519        Ed25519Key         `json:"ed25519_pubkey"`
	BLS            BLSKey             `json:"bls_pubkey"`
	Fee            uint16             `json:"fee"`
	ManualFinalize bool               `json:"manual_finalize"`
	Status         ContributionStatus `json:"status"`
	Contributors   []Contributor      `json:"contributors"`
	Reserved       []Reservation      `json:"reserved"`
	Withdrawals    int                `json:"withdrawals"`
	Resets         int                `json:"resets"`
	Created        BlockRef           `json:"created"`
	Updated        BlockRef           `json:"updated"`
}

// Total is the sum contributed so far.
func (c *Contribution) Total() *big.Int {
	sum := new(big.Int)
	for _, x := range c.Contributors {
		sum.Add(sum, x.Amount)
	}
	return sum
}
