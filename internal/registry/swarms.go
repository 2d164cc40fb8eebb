package registry

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"github.com/sessiond/sessiond/internal/swarm"
)

// changesActiveSet reports whether an event adds or removes an active node.
func changesActiveSet(ev Event) bool {
	switch ev.(type) {
	case NodeRegistered, NodeExited:
		return true
	}
	return false
}

// reassignSwarms recomputes the swarm assignment after a block that changed
// the active set, seeded by that block's hash, and journals the changes. Every
// node that applies the same final blocks computes the same swarms.
func reassignSwarms(j *jtx, blockHash [32]byte) error {
	prev := map[swarm.NodeKey]swarm.ID{}
	err := j.tx.Bucket(bucketEd25519).ForEach(func(k, _ []byte) error {
		prev[swarm.NodeKey(k)] = swarm.UnassignedID
		return nil
	})
	if err != nil {
		return err
	}
	sb := j.tx.Bucket(bucketSwarms)
	var gone [][]byte
	err = sb.ForEach(func(k, v []byte) error {
		key := swarm.NodeKey(k)
		if _, active := prev[key]; active {
			prev[key] = swarm.ID(binary.BigEndian.Uint64(v))
		} else {
			gone = append(gone, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range gone {
		if err := j.del(bucketSwarms, k); err != nil {
			return err
		}
	}
	next := swarm.Assign(prev, swarm.SeedFromBlockHash(blockHash))
	for key, id := range next {
		if old, ok := prev[key]; ok && old == id && sb.Get(key[:]) != nil {
			continue
		}
		if err := j.put(bucketSwarms, key[:], u64(uint64(id))); err != nil {
			return err
		}
	}
	return nil
}

// SwarmMap returns the current swarm assignment of the active nodes.
func (r *Registry) SwarmMap() (*swarm.Map, error) {
	r.mu.Lock()
	if r.swarms != nil {
		m := r.swarms
		r.mu.Unlock()
		return m, nil
	}
	gen := r.gen
	r.mu.Unlock()
	assign := map[swarm.NodeKey]swarm.ID{}
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSwarms).ForEach(func(k, v []byte) error {
			assign[swarm.NodeKey(k)] = swarm.ID(binary.BigEndian.Uint64(v))
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	m := swarm.NewMap(assign)
	r.mu.Lock()
	if r.gen == gen {
		r.swarms = m
	}
	r.mu.Unlock()
	return m, nil
}
