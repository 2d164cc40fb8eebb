package rewards

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/sessiond/sessiond/internal/registry"
)

// Input is the chain history the accounting reads: every node the rewards
// contract ever registered (exited ones included, as registry.Nodes(false)
// returns them) and the pool's FundsReleased events. Order does not matter:
// nodes are taken by id and releases by (block, log index).
type Input struct {
	Nodes    []registry.Node
	Releases []registry.Release
}

// Source is what Load reads; *registry.Registry implements it.
type Source interface {
	Nodes(activeOnly bool) ([]registry.Node, error)
	Releases() ([]registry.Release, error)
}

// Load reads the whole history from the registry.
func Load(src Source) (Input, error) {
	nodes, err := src.Nodes(false)
	if err != nil {
		return Input{}, fmt.Errorf("rewards: read nodes: %w", err)
	}
	rels, err := src.Releases()
	if err != nil {
		return Input{}, fmt.Errorf("rewards: read releases: %w", err)
	}
	return Input{Nodes: nodes, Releases: rels}, nil
}

// ErrInconsistent reports input that contradicts what a Ledger has already
// applied (a node, exit or release at or below its cursor that it never saw,
// or a node whose registration changed). A Ledger cannot undo: rebuild it
// from scratch, or from a Clone taken before the divergence.
var ErrInconsistent = errors.New("rewards: input contradicts applied history")

// releaseKey orders releases as the chain does.
type releaseKey struct {
	block uint64
	log   uint32
}

func keyOf(r *registry.Release) releaseKey { return releaseKey{r.Block.Number, r.LogIndex} }

func (a releaseKey) cmp(b releaseKey) int {
	if c := cmp.Compare(a.block, b.block); c != 0 {
		return c
	}
	return cmp.Compare(a.log, b.log)
}

// sortedNodes returns the nodes registered at or below block at, by id, after
// checking each one. The input slice is not modified.
func sortedNodes(nodes []registry.Node, at uint64) ([]*registry.Node, error) {
	out := make([]*registry.Node, 0, len(nodes))
	for i := range nodes {
		n := &nodes[i]
		if n.Added.Number > at {
			continue
		}
		if err := checkNode(n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	byID := func(a, b *registry.Node) int { return cmp.Compare(a.ID, b.ID) }
	if !slices.IsSortedFunc(out, byID) { // the registry lists nodes by id
		slices.SortFunc(out, byID)
	}
	for i := 1; i < len(out); i++ {
		if out[i].ID == out[i-1].ID {
			return nil, fmt.Errorf("rewards: node id %d given twice", out[i].ID)
		}
	}
	return out, nil
}

func checkNode(n *registry.Node) error {
	for i, c := range n.Contributors {
		if c.Amount != nil && c.Amount.Sign() < 0 {
			return fmt.Errorf("rewards: node %d contributor %d has a negative stake", n.ID, i)
		}
	}
	if e := n.Exited; e != nil {
		if e.Number < n.Added.Number || e.Time < n.Added.Time {
			return fmt.Errorf("rewards: node %d exits (block %d, time %d) before it was added (block %d, time %d)",
				n.ID, e.Number, e.Time, n.Added.Number, n.Added.Time)
		}
		if n.ReturnedAmount == nil || n.ReturnedAmount.Sign() < 0 {
			return fmt.Errorf("rewards: node %d exited without a valid returned amount", n.ID)
		}
	}
	return nil
}

// sortedReleases returns the releases at or below block at, in chain order.
func sortedReleases(rels []registry.Release, at uint64) ([]*registry.Release, error) {
	out := make([]*registry.Release, 0, len(rels))
	for i := range rels {
		r := &rels[i]
		if r.Block.Number > at {
			continue
		}
		if r.Amount == nil || r.Amount.Sign() < 0 {
			return nil, fmt.Errorf("rewards: release at block %d log %d has no valid amount", r.Block.Number, r.LogIndex)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *registry.Release) int { return keyOf(a).cmp(keyOf(b)) })
	for i := 1; i < len(out); i++ {
		if keyOf(out[i]) == keyOf(out[i-1]) {
			return nil, fmt.Errorf("rewards: release at block %d log %d given twice", out[i].Block.Number, out[i].LogIndex)
		}
	}
	return out, nil
}

// sameRegistration reports whether two views of a node agree on everything
// the accounting uses from its registration.
func sameRegistration(a *nodeState, n *registry.Node) bool {
	if a.added != n.Added || a.fee != n.Fee || len(a.contributors) != len(n.Contributors) {
		return false
	}
	for i, c := range n.Contributors {
		o := a.contributors[i]
		if o.Staker != c.Staker || o.Beneficiary != c.Beneficiary || amountOf(o.Amount).Cmp(amountOf(c.Amount)) != 0 {
			return false
		}
	}
	return true
}

var zero = new(big.Int)

func amountOf(x *big.Int) *big.Int {
	if x == nil {
		return zero
	}
	return x
}
