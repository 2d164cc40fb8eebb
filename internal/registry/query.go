package registry

import (
	"encoding/binary"
	"encoding/json"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Node returns a node by contract id (exited nodes included).
func (r *Registry) Node(id uint64) (n *Node, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		n, err = getJSON[Node](tx.Bucket(bucketNodes), u64(id))
		return err
	})
	return n, err
}

// NodeByEd25519 returns the registered (not exited) node with that key.
func (r *Registry) NodeByEd25519(k Ed25519Key) (*Node, error) {
	return r.nodeByIndex(bucketEd25519, k[:])
}

// NodeByBLS returns the registered (not exited) node with that BLS key.
func (r *Registry) NodeByBLS(k []byte) (*Node, error) { return r.nodeByIndex(bucketBLS, k) }

func (r *Registry) nodeByIndex(bucket, key []byte) (n *Node, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucket).Get(key)
		if id == nil {
			return nil
		}
		n, err = getJSON[Node](tx.Bucket(bucketNodes), id)
		return err
	})
	return n, err
}

// Nodes returns every node the contract ever registered, by id; with
// activeOnly, only those that have not left.
func (r *Registry) Nodes(activeOnly bool) ([]Node, error) {
	var out []Node
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketNodes).ForEach(func(_, v []byte) error {
			var n Node
			if err := json.Unmarshal(v, &n); err != nil {
				return err
			}
			if !activeOnly || n.Active() {
				out = append(out, n)
			}
			return nil
		})
	})
	return out, err
}

// ActiveIDs returns the ids of registered nodes, ascending, as
// allServiceNodeIDs() lists them (set-wise).
func (r *Registry) ActiveIDs() ([]uint64, error) {
	var ids []uint64
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBLS).ForEach(func(_, v []byte) error {
			ids = append(ids, binary.BigEndian.Uint64(v))
			return nil
		})
	})
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, err
}

// Recipient returns an address's contract reward account (zeros if none).
func (r *Registry) Recipient(addr common.Address) (rec Recipient, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		p, err := getJSON[Recipient](tx.Bucket(bucketRecipients), addr[:])
		if p != nil {
			rec = *p
		} else {
			rec = Recipient{Address: addr, Rewards: new(big.Int), Claimed: new(big.Int)}
		}
		return err
	})
	return rec, err
}

// Params returns the contract parameters seen in setter events, by name.
func (r *Registry) Params() (map[string]string, error) {
	out := map[string]string{}
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketParams).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	})
	return out, err
}

// Releases returns the pool's FundsReleased events in chain order.
func (r *Registry) Releases() ([]Release, error) {
	var out []Release
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReleases).ForEach(func(_, v []byte) error {
			var rel Release
			if err := json.Unmarshal(v, &rel); err != nil {
				return err
			}
			out = append(out, rel)
			return nil
		})
	})
	return out, err
}

// Contribution returns a contribution contract's state, or nil.
func (r *Registry) Contribution(addr common.Address) (c *Contribution, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		c, err = getJSON[Contribution](tx.Bucket(bucketContribs), addr[:])
		return err
	})
	return c, err
}

// ContributionAddresses lists every contribution contract seen, for the
// watcher's log filter.
func (r *Registry) ContributionAddresses() ([]common.Address, error) {
	var out []common.Address
	err := r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketContribs).ForEach(func(k, _ []byte) error {
			out = append(out, common.BytesToAddress(k))
			return nil
		})
	})
	return out, err
}
