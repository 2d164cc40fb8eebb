package registry

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/sessiond/sessiond/internal/swarm"
)

// Swarm epochs. Swarms are a pure function of the final chain: the active set
// changes at blocks that register or remove nodes, and the assignment is
// recomputed once per swarm epoch (blocks [k*E, (k+1)*E)) in which it
// changed, at the epoch's last block, seeded by the hash of the epoch's last
// block that changed the active set. Recomputing per epoch rather than per
// block bounds the work of a sync through thousands of registrations, and the
// result does not depend on how the watcher splits blocks into batches.

// epochs closes swarm epochs while a batch is applied in block order.
type epochs struct {
	size uint64
	tx   *bolt.Tx
	next uint64 // first block not yet checked for an epoch end
}

// epochEnd is the last block of n's epoch.
func (e *epochs) epochEnd(n uint64) uint64 { return n - n%e.size + e.size - 1 }

// changed records that block b changed the active set.
func (e *epochs) changed(j *jtx, b Block) error {
	v := make([]byte, 40)
	binary.BigEndian.PutUint64(v, b.Number)
	copy(v[8:], b.Hash[:])
	if err := j.put(bucketMeta, keySwarmPending, v); err != nil {
		return err
	}
	if e.epochEnd(b.Number) == b.Number {
		return e.close(b.Number)
	}
	return nil
}

// closeBefore closes the epoch of the pending change if it ends before block n.
func (e *epochs) closeBefore(n uint64) error {
	if n <= e.next {
		return nil
	}
	defer func() { e.next = n }()
	v := e.tx.Bucket(bucketMeta).Get(keySwarmPending)
	if len(v) != 40 {
		return nil
	}
	end := e.epochEnd(binary.BigEndian.Uint64(v[:8]))
	if end >= n {
		return nil
	}
	return e.close(end)
}

// close recomputes the swarms at epoch end block `end` and clears the pending change.
func (e *epochs) close(end uint64) error {
	v := e.tx.Bucket(bucketMeta).Get(keySwarmPending)
	if len(v) != 40 {
		return nil
	}
	var seed [32]byte
	copy(seed[:], v[8:])
	j := newJtx(e.tx, end)
	if err := reassignSwarms(j, seed); err != nil {
		return fmt.Errorf("registry: swarms at block %d: %w", end, err)
	}
	return j.del(bucketMeta, keySwarmPending)
}

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
