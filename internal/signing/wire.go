package signing

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/internal/bls"
)

// Paths of the node-to-node signing endpoints (all POST, JSON bodies, behind
// the peer transport's authentication). Upstream serves the same three
// commands over OMQ as bls.get_rewards, bls.get_exit and bls.get_liquidation
// (node.md §4.4).
const (
	PathRewards     = "/snode/v1/bls/rewards"
	PathExit        = "/snode/v1/bls/exit"
	PathLiquidation = "/snode/v1/bls/liquidation"
)

// maxReply caps a signer's answer; a real one is about 450 bytes.
const maxReply = 4 << 10

// Kind says whether an exit signature is for a voluntary exit or a
// liquidation: the two differ only in the domain tag, the endpoint and the
// signer's precondition.
type Kind int

const (
	// KindExit is exitBLSPublicKeyWithSignature.
	KindExit Kind = iota
	// KindLiquidation is liquidateBLSPublicKeyWithSignature.
	KindLiquidation
)

// String returns "exit" or "liquidation".
func (k Kind) String() string {
	if k == KindLiquidation {
		return "liquidation"
	}
	return "exit"
}

// Message returns the bytes signed for pk at timestamp (unix seconds).
func (k Kind) Message(dom bls.Domain, pk bls.PublicKey, timestamp uint64) []byte {
	if k == KindLiquidation {
		return bls.LiquidateMessage(dom, pk, timestamp)
	}
	return bls.ExitMessage(dom, pk, timestamp)
}

// Path is the signer endpoint of the kind.
func (k Kind) Path() string {
	if k == KindLiquidation {
		return PathLiquidation
	}
	return PathExit
}

// RewardsRequest asks a signer for its signature of addr's lifetime balance
// at a final block (upstream: "address", "height").
type RewardsRequest struct {
	Address common.Address `json:"address"`
	Height  uint64         `json:"height"`
}

// RewardsReply is a signer's answer: the fields it signed and its signature
// of bls.RewardMessage(address, amount). Amount is a JSON number (atomic
// SESH, as upstream's uint64).
type RewardsReply struct {
	Address   common.Address `json:"address"`
	Amount    *big.Int       `json:"amount"`
	Height    uint64         `json:"height"`
	Signature bls.Signature  `json:"signature"`
}

// ExitRequest asks a signer to sign the exit or liquidation of the node with
// BLS key BLSPubkey at Timestamp (unix seconds; upstream: "bls_pubkey",
// "timestamp").
type ExitRequest struct {
	BLSPubkey bls.PublicKey `json:"bls_pubkey"`
	Timestamp uint64        `json:"timestamp"`
}

// ExitReply is a signer's answer: the key it signed for (upstream's
// "remove"), the timestamp, and its signature of Kind.Message.
type ExitReply struct {
	Remove    bls.PublicKey `json:"remove"`
	Timestamp uint64        `json:"timestamp"`
	Signature bls.Signature `json:"signature"`
}

// StatusError is a signer's refusal, with upstream's status codes:
//
//	400  malformed request, or an exit timestamp too far from the signer's clock
//	403  the node is not removable (exit) or not liquidatable (liquidation)
//	410  balances for that height are not available: above the signer's
//	     applied final block, below its window, or the block time is unknown
//	503  the signer could not compute the answer (registry or provider error)
type StatusError struct {
	Status int
	Reason string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("signing: %d %s: %s", e.Status, http.StatusText(e.Status), e.Reason)
}

func refuse(status int, format string, args ...any) *StatusError {
	return &StatusError{Status: status, Reason: fmt.Sprintf(format, args...)}
}

// statusOf maps an error to the status a signer answers with.
func statusOf(err error) int {
	var se *StatusError
	switch {
	case errors.As(err, &se):
		return se.Status
	case errors.Is(err, ErrUnavailable):
		return http.StatusGone
	default:
		return http.StatusServiceUnavailable
	}
}
