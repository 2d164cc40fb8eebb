package signing

import (
	"fmt"
	"time"

	"github.com/sessiond/sessiond/internal/registry"
)

// ExitRules say when a registered node may be exited or liquidated with a
// network signature. They stand in for upstream's recently_removed_nodes,
// which only an appchain can keep (node.md §4.4, §7.4); times are measured in
// chain time (the applied final block's timestamp), so every node reaches the
// same verdict at the same block.
type ExitRules struct {
	// UnlockDelay is how long after its first exit request
	// (ServiceNodeExitRequest) a node becomes removable. Upstream:
	// requested_unlock_height = request height + 10800 blocks (15 days).
	UnlockDelay time.Duration
	// ExitBuffer is how long a removable node may stay registered before
	// anyone may liquidate it instead. Upstream: liquidation_height = unlock
	// height + ETH_EXIT_BUFFER (7 days).
	ExitBuffer time.Duration
}

// DefaultExitRules are upstream's mainnet delays.
func DefaultExitRules() ExitRules {
	return ExitRules{UnlockDelay: 15 * 24 * time.Hour, ExitBuffer: 7 * 24 * time.Hour}
}

// DevnetExitRules make an exit request removable at once and liquidatable
// an hour later, so a devnet shows the whole flow.
func DevnetExitRules() ExitRules {
	return ExitRules{UnlockDelay: 0, ExitBuffer: time.Hour}
}

// Verdict is one node's eligibility at a block.
type Verdict struct {
	Node *registry.Node
	// At is the applied final block the verdict is for.
	At registry.Block
	// Removable: an exit signature may be given. RemovableAt is when it
	// became (or becomes) so; zero without an exit request.
	Removable   bool
	RemovableAt time.Time
	// Liquidatable: a liquidation signature may be given, because the exit
	// buffer passed (LiquidatableAt) or this node's own tests saw the node
	// unreachable for the liveness window since UnreachableSince.
	Liquidatable     bool
	LiquidatableAt   time.Time
	UnreachableSince time.Time
}

// Checker decides removability and liquidatability (node.md §4.4, adapted):
//
//   - removable: the node has asked to leave (its first exit request) at
//     least UnlockDelay ago in chain time. Upstream's case (a) for a voluntary
//     exit. An unreachable node is not removable: an exit returns the whole
//     stake with no penalty, which would let a failing operator escape the
//     liquidation penalty (upstream deregistration instead locks the stake
//     for 30 days; without an appchain there is no deregistration).
//   - liquidatable: removable for ExitBuffer more and still registered
//     (upstream's liquidation_height for a voluntary exit), or unreachable in
//     this node's own tests for the liveness window (DESIGN.md "Liveness",
//     standing in for upstream's deregistration). A node never judges itself
//     liquidatable.
//
// Upstream's case (b) (a registered node is never removable) is implicit:
// every node the registry lists is registered, and only registered nodes are
// judged. Case (c) (contract nodes oxend never accepted) cannot happen: the
// registry is the contract's own list.
type Checker struct {
	reg   Registry
	rules ExitRules
	live  *Liveness
	self  [32]byte
}

// NewChecker returns a checker over the registry; live may be nil (no
// liveness evidence). self is this node's Ed25519 key.
func NewChecker(reg Registry, rules ExitRules, live *Liveness, self [32]byte) *Checker {
	return &Checker{reg: reg, rules: rules, live: live, self: self}
}

// Rules returns the exit rules.
func (c *Checker) Rules() ExitRules { return c.rules }

// Judge returns n's verdict at the applied block at.
func (c *Checker) Judge(n *registry.Node, at registry.Block) Verdict {
	v := Verdict{Node: n, At: at}
	if n == nil || n.Exited != nil {
		return v
	}
	now := time.Unix(int64(at.Time), 0)
	if n.ExitRequested != nil {
		v.RemovableAt = time.Unix(int64(n.ExitRequested.Time), 0).Add(c.rules.UnlockDelay)
		v.Removable = !now.Before(v.RemovableAt)
		v.LiquidatableAt = v.RemovableAt.Add(c.rules.ExitBuffer)
		v.Liquidatable = !now.Before(v.LiquidatableAt)
	}
	if n.Ed25519 != c.self {
		if since, ok := c.live.Liquidatable(n.Ed25519); ok {
			v.Liquidatable, v.UnreachableSince = true, since
		}
	}
	return v
}

// Check returns nil when kind may be signed for n at block at, else a 403
// StatusError saying why.
func (c *Checker) Check(kind Kind, n *registry.Node, at registry.Block) error {
	if n == nil || n.Exited != nil {
		return refuse(403, "the BLS key is not a registered node's")
	}
	v := c.Judge(n, at)
	switch {
	case kind == KindExit && v.Removable, kind == KindLiquidation && v.Liquidatable:
		return nil
	case n.ExitRequested == nil && kind == KindExit:
		return refuse(403, "node %d is not removable: it has not requested to exit", n.ID)
	case kind == KindExit:
		return refuse(403, "node %d is not removable until %s (exit requested at block %d, unlock delay %s)",
			n.ID, v.RemovableAt.UTC().Format(time.RFC3339), n.ExitRequested.Number, c.rules.UnlockDelay)
	case n.Ed25519 == c.self:
		return refuse(403, "node %d is this node: it does not sign its own liquidation", n.ID)
	default:
		return refuse(403, "node %d is not liquidatable: %s", n.ID, c.whyNotLiquidatable(v))
	}
}

func (c *Checker) whyNotLiquidatable(v Verdict) string {
	var exit string
	if v.Node.ExitRequested != nil {
		exit = fmt.Sprintf("its exit buffer ends %s; ", v.LiquidatableAt.UTC().Format(time.RFC3339))
	}
	if c.live == nil || c.live.r == nil {
		return exit + "this node runs no reachability tests"
	}
	since, down := c.live.r.UnreachableSince(v.Node.Ed25519)
	if !down {
		return exit + "it passes this node's reachability tests"
	}
	return exit + fmt.Sprintf("unreachable since %s, less than the %s window", since.UTC().Format(time.RFC3339), c.live.after)
}

// Candidates returns the verdicts of every registered node that is
// removable or liquidatable now, by contract id.
func (c *Checker) Candidates() ([]Verdict, error) {
	cur, ok, err := c.reg.Cursor()
	if err != nil {
		return nil, fmt.Errorf("signing: registry cursor: %w", err)
	}
	if !ok {
		return nil, nil
	}
	nodes, err := c.reg.Nodes(true)
	if err != nil {
		return nil, fmt.Errorf("signing: registry nodes: %w", err)
	}
	var out []Verdict
	for i := range nodes {
		if v := c.Judge(&nodes[i], cur); v.Removable || v.Liquidatable {
			out = append(out, v)
		}
	}
	return out, nil
}
