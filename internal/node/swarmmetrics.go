package node

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sessiond/sessiond/internal/peer"
	"github.com/sessiond/sessiond/internal/swarm"
)

// registerSwarmMetrics exports the network map's swarm figures, read from the
// current snapshot at scrape time.
func registerSwarmMetrics(reg prometheus.Registerer, nm *peer.NetworkMap) error {
	snap := func() *peer.Snapshot {
		s, err := nm.Snapshot()
		if err != nil {
			return nil
		}
		return s
	}
	own := func() (uint64, int, bool) {
		s := snap()
		if s == nil {
			return 0, 0, false
		}
		id, ok := s.OwnSwarm()
		if !ok || id == uint64(swarm.UnassignedID) {
			return 0, 0, false
		}
		return id, len(s.SwarmMembers(id)), true
	}
	return errors.Join(
		reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "sessiond_swarm_count", Help: "Swarms in the network map."}, func() float64 {
			if s := snap(); s != nil {
				return float64(len(swarmIDs(s)))
			}
			return 0
		})),
		reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "sessiond_swarm_own_size", Help: "Members of this node's swarm (0: in no swarm)."}, func() float64 {
			_, n, _ := own()
			return float64(n)
		})),
		reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "sessiond_swarm_own_id", Help: "This node's swarm id (as a float; -1: in no swarm)."}, func() float64 {
			id, _, ok := own()
			if !ok {
				return -1
			}
			return float64(id)
		})),
		reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "sessiond_network_nodes", Help: "Active service nodes in the network map."}, func() float64 {
			if s := snap(); s != nil {
				return float64(len(s.Nodes))
			}
			return 0
		})),
	)
}

func swarmIDs(s *peer.Snapshot) map[uint64]bool {
	ids := map[uint64]bool{}
	for _, n := range s.Nodes {
		if n.Active && n.SwarmID != uint64(swarm.UnassignedID) {
			ids[n.SwarmID] = true
		}
	}
	return ids
}
