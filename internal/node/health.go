package node

import (
	"slices"
	"sync"
)

// Health collects readiness conditions from subsystems. A condition with an
// empty reason is satisfied; the node is ready when all are.
type Health struct {
	mu    sync.Mutex
	conds map[string]string
}

func newHealth() *Health { return &Health{conds: map[string]string{}} }

// Set records a subsystem's condition; an empty reason means ready.
func (h *Health) Set(subsystem, reason string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.conds[subsystem] = reason
}

// Ready reports readiness and, when not ready, the sorted reasons, each
// prefixed with its subsystem.
func (h *Health) Ready() (bool, []string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var reasons []string
	for name, r := range h.conds {
		if r != "" {
			reasons = append(reasons, name+": "+r)
		}
	}
	slices.Sort(reasons)
	return len(reasons) == 0, reasons
}
