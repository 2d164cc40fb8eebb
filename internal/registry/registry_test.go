package registry

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/sessiond/sessiond/internal/db"
)

func newTestRegistry(t *testing.T, opts Options) *Registry {
	t.Helper()
	d, err := db.Open(t.TempDir(), db.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = d.Close() })
	r, err := Open(d, opts, nil)
	require.NoError(t, err)
	return r
}

func blk(n uint64) Block {
	return Block{Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n*7919 + 1)), Time: 1_700_000_000 + n}
}

func meta(n uint64, idx uint32) M {
	return M{Meta: Meta{Block: BlockRef{Number: n, Time: 1_700_000_000 + n}, LogIndex: idx}}
}

func key(id uint64) (BLSKey, Ed25519Key) {
	var p BLSKey
	var e Ed25519Key
	p[0], p[63] = byte(id), 0xb1
	e[0], e[31] = byte(id), 0xed
	return p, e
}

func reg(n uint64, id uint64) NodeRegistered {
	p, e := key(id)
	op := common.BigToAddress(big.NewInt(int64(1000 + id)))
	return NodeRegistered{M: meta(n, 0), ID: id, BLS: p, Ed25519: e, Fee: 500, Initiator: op,
		Contributors: []Contributor{{Staker: op, Beneficiary: op, Amount: big.NewInt(25_000e9)}}}
}

func batch(from, to uint64, blocks ...BlockEvents) Batch {
	return Batch{From: from, To: to, Head: blk(to), Blocks: blocks}
}

func at(n uint64, evs ...Event) BlockEvents { return BlockEvents{Block: blk(n), Events: evs} }

// snapshot dumps the state buckets (not journal, hashes or cursor).
func snapshot(t *testing.T, r *Registry) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, r.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketNodes, bucketEd25519, bucketBLS, bucketRecipients, bucketParams, bucketReleases, bucketContribs, bucketSwarms} {
			if err := tx.Bucket(b).ForEach(func(k, v []byte) error {
				out[fmt.Sprintf("%s/%x", b, k)] = string(v)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	}))
	return out
}

func TestApplyLifecycle(t *testing.T) {
	r := newTestRegistry(t, Options{})
	_, ok, err := r.Cursor()
	require.NoError(t, err)
	require.False(t, ok)

	n, err := r.Apply(batch(1, 10, at(3, reg(3, 1)), at(5, reg(5, 2))))
	require.NoError(t, err)
	require.Equal(t, 2, n)
	cur, ok, err := r.Cursor()
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, blk(10), cur)

	ids, err := r.ActiveIDs()
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 2}, ids)

	// Repeated exit requests: first stays, latest moves. Exit without request for node 2.
	p1, e1 := key(1)
	p2, _ := key(2)
	_, err = r.Apply(batch(11, 20,
		at(12, ExitRequested{M: meta(12, 0), ID: 1, BLS: p1}),
		at(15, ExitRequested{M: meta(15, 0), ID: 1, BLS: p1}),
		at(18, NodeLiquidated{M: meta(18, 0), ID: 2, BLS: p2}, NodeExited{M: meta(18, 1), ID: 2, BLS: p2, Returned: big.NewInt(24_950e9)}),
	))
	require.NoError(t, err)
	n1, err := r.Node(1)
	require.NoError(t, err)
	require.Equal(t, uint64(12), n1.ExitRequested.Number)
	require.Equal(t, uint64(15), n1.LastExitRequest.Number)
	require.True(t, n1.Active())
	n2, err := r.Node(2)
	require.NoError(t, err)
	require.False(t, n2.Active())
	require.True(t, n2.Liquidated)
	require.Equal(t, "24950000000000", n2.ReturnedAmount.String())
	ids, err = r.ActiveIDs()
	require.NoError(t, err)
	require.Equal(t, []uint64{1}, ids)
	byKey, err := r.NodeByEd25519(e1)
	require.NoError(t, err)
	require.Equal(t, uint64(1), byKey.ID)
	gone, err := r.NodeByBLS(p2[:])
	require.NoError(t, err)
	require.Nil(t, gone)

	// Rewards and claims, params, pool.
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	_, err = r.Apply(batch(21, 25, at(22,
		RewardsUpdated{M: meta(22, 0), Recipient: addr, Amount: big.NewInt(500), Previous: big.NewInt(0)},
		RewardsClaimed{M: meta(22, 1), Recipient: addr, Amount: big.NewInt(500)},
		ParamUpdated{M: meta(22, 2), Name: ParamStakingRequirement, Value: big.NewInt(30_000e9)},
		FundsReleased{M: meta(22, 3), Amount: big.NewInt(777)},
	)))
	require.NoError(t, err)
	rec, err := r.Recipient(addr)
	require.NoError(t, err)
	require.Equal(t, "500", rec.Rewards.String())
	require.Equal(t, "500", rec.Claimed.String())
	params, err := r.Params()
	require.NoError(t, err)
	require.Equal(t, "30000000000000", params[ParamStakingRequirement])
	rels, err := r.Releases()
	require.NoError(t, err)
	require.Len(t, rels, 1)
	require.Equal(t, "777", rels[0].Amount.String())
}

func TestApplyRejectsGapsAndUnknownNodes(t *testing.T) {
	r := newTestRegistry(t, Options{})
	_, err := r.Apply(batch(1, 5))
	require.NoError(t, err)
	_, err = r.Apply(batch(7, 9))
	require.ErrorIs(t, err, ErrGap)
	_, err = r.Apply(batch(6, 9, at(7, ExitRequested{M: meta(7, 0), ID: 99})))
	require.ErrorContains(t, err, "unknown service node id 99")
	// The failed batch left nothing behind.
	cur, _, err := r.Cursor()
	require.NoError(t, err)
	require.Equal(t, uint64(5), cur.Number)
	_, err = r.Apply(batch(6, 9, at(7, reg(7, 1)), at(8, reg(8, 1))))
	require.ErrorContains(t, err, "registered twice")
}

func TestRollbackRestoresExactState(t *testing.T) {
	r := newTestRegistry(t, Options{})
	_, err := r.Apply(batch(1, 10, at(2, reg(2, 1)), at(4, reg(4, 2))))
	require.NoError(t, err)
	before := snapshot(t, r)

	p1, _ := key(1)
	addr := common.HexToAddress("0x01")
	_, err = r.Apply(batch(11, 20,
		at(12, ExitRequested{M: meta(12, 0), ID: 1, BLS: p1}, reg(12, 3)),
		at(14, NodeExited{M: meta(14, 0), ID: 1, BLS: p1, Returned: big.NewInt(1)}),
		at(16, RewardsUpdated{M: meta(16, 0), Recipient: addr, Amount: big.NewInt(9), Previous: big.NewInt(0)}),
	))
	require.NoError(t, err)
	require.NotEqual(t, before, snapshot(t, r))

	known, err := r.KnownHashes()
	require.NoError(t, err)
	require.Equal(t, uint64(20), known[0].Number)

	undone, err := r.Rollback(blk(10))
	require.NoError(t, err)
	require.Positive(t, undone)
	require.Equal(t, before, snapshot(t, r))
	cur, _, err := r.Cursor()
	require.NoError(t, err)
	require.Equal(t, blk(10), cur)

	// Re-applying the other branch works from the restored cursor.
	_, err = r.Apply(batch(11, 12, at(11, reg(11, 3))))
	require.NoError(t, err)
	_, err = r.Rollback(Block{Number: 5, Hash: common.Hash{1}})
	require.ErrorContains(t, err, "not a known block")
}

func TestJournalPrunedOutsideWindow(t *testing.T) {
	r := newTestRegistry(t, Options{ReorgWindow: 10})
	_, err := r.Apply(batch(1, 5, at(3, reg(3, 1))))
	require.NoError(t, err)
	for from := uint64(6); from < 100; from += 5 {
		_, err = r.Apply(batch(from, from+4))
		require.NoError(t, err)
	}
	known, err := r.KnownHashes()
	require.NoError(t, err)
	for _, k := range known {
		require.GreaterOrEqual(t, k.Number, uint64(100-10))
	}
	var undo int
	require.NoError(t, r.db.View(func(tx *bolt.Tx) error { undo = tx.Bucket(bucketUndo).Stats().KeyN; return nil }))
	require.Zero(t, undo)
	_, err = r.Rollback(blk(3))
	require.Error(t, err, "a block outside the window cannot be a rollback target")
}

func TestContributionLifecycle(t *testing.T) {
	r := newTestRegistry(t, Options{})
	c := common.HexToAddress("0xc0")
	op := common.HexToAddress("0x0f")
	alice := common.HexToAddress("0xa1")
	p, e := key(5)
	ev := func(n uint64, idx uint32, name string, f func(*ContributionEvent)) ContributionEvent {
		x := ContributionEvent{M: meta(n, idx), Contract: c, Name: name}
		if f != nil {
			f(&x)
		}
		return x
	}
	// Child events precede the factory's event in the creation transaction.
	_, err := r.Apply(batch(1, 3, at(2,
		ev(2, 0, "UpdateReservedContributors", nil),
		ev(2, 1, "Reset", nil),
		ev(2, 2, "UpdatePubkeys", func(x *ContributionEvent) { x.BLS, x.Ed25519 = p, e }),
		ev(2, 3, "UpdateFee", func(x *ContributionEvent) { x.Fee = 1000 }),
		ev(2, 4, "UpdateReservedContributors", func(x *ContributionEvent) {
			x.Reserved = []Reservation{{Address: op, Amount: big.NewInt(10)}}
		}),
		ev(2, 5, "UpdateManualFinalize", func(x *ContributionEvent) { x.ManualFinalize = true }),
		ContributionCreated{M: meta(2, 6), Contract: c, Ed25519: e, Operator: op},
	)))
	require.NoError(t, err)
	got, err := r.Contribution(c)
	require.NoError(t, err)
	require.Equal(t, op, got.Operator)
	require.Equal(t, uint16(1000), got.Fee)
	require.True(t, got.ManualFinalize)
	require.Equal(t, ContribReset, got.Status)
	require.Len(t, got.Reserved, 1)

	_, err = r.Apply(batch(4, 6, at(5,
		ev(5, 0, "OpenForPublicContribution", nil),
		ev(5, 1, "NewContribution", func(x *ContributionEvent) { x.Contributor, x.Beneficiary, x.Amount = op, op, big.NewInt(10) }),
		ev(5, 2, "Filled", nil),
		ev(5, 3, "NewContribution", func(x *ContributionEvent) { x.Contributor, x.Beneficiary, x.Amount = alice, alice, big.NewInt(30) }),
	), at(6,
		ev(6, 0, "WithdrawContribution", func(x *ContributionEvent) { x.Contributor, x.Amount = alice, big.NewInt(30) }),
	)))
	require.NoError(t, err)
	got, err = r.Contribution(c)
	require.NoError(t, err)
	require.Equal(t, ContribOpen, got.Status, "a withdrawal from filled returns to open without an event")
	require.Equal(t, "10", got.Total().String())
	addrs, err := r.ContributionAddresses()
	require.NoError(t, err)
	require.Equal(t, []common.Address{c}, addrs)
}

func TestSwarmsFollowTheActiveSet(t *testing.T) {
	r := newTestRegistry(t, Options{})
	var evs []Event
	for id := uint64(1); id <= 20; id++ {
		evs = append(evs, reg(3, id))
	}
	_, err := r.Apply(batch(1, 5, at(3, evs...)))
	require.NoError(t, err)
	m, err := r.SwarmMap()
	require.NoError(t, err)
	require.Equal(t, 20, m.NodeCount())
	require.Equal(t, 2, m.Len(), "20 nodes make 2 swarms (1 + (20-7)/7)")
	before := snapshot(t, r)

	p5, _ := key(5)
	_, err = r.Apply(batch(6, 8, at(7, NodeExited{M: meta(7, 0), ID: 5, BLS: p5, Returned: big.NewInt(1)})))
	require.NoError(t, err)
	m, err = r.SwarmMap()
	require.NoError(t, err)
	require.Equal(t, 19, m.NodeCount())
	_, e5 := key(5)
	_, in := m.SwarmOf([32]byte(e5))
	require.False(t, in, "an exited node leaves its swarm")

	// Rolling back restores the assignment too.
	_, err = r.Rollback(blk(5))
	require.NoError(t, err)
	after := snapshot(t, r)
	for k, v := range before {
		if after[k] != v {
			t.Logf("differs %s: %q vs %q", k, v, after[k])
		}
	}
	for k := range after {
		if _, ok := before[k]; !ok {
			t.Logf("extra %s", k)
		}
	}
	require.Equal(t, before, after)
	m, err = r.SwarmMap()
	require.NoError(t, err)
	require.Equal(t, 20, m.NodeCount())

	// Two registries fed the same blocks agree exactly.
	r2 := newTestRegistry(t, Options{})
	_, err = r2.Apply(batch(1, 5, at(3, evs...)))
	require.NoError(t, err)
	m2, err := r2.SwarmMap()
	require.NoError(t, err)
	require.Equal(t, m.Assignment(), m2.Assignment())
}

// Swarm epochs: the assignment changes at the end of an epoch with a change,
// whatever the batch boundaries.
func TestSwarmEpochsIndependentOfBatching(t *testing.T) {
	// 30 blocks; registrations at blocks 2..21, an exit at 23.
	blocks := map[uint64][]Event{}
	for id := uint64(1); id <= 20; id++ {
		n := id + 1
		blocks[n] = append(blocks[n], reg(n, id))
	}
	p3, _ := key(3)
	blocks[23] = []Event{NodeExited{M: meta(23, 0), ID: 3, BLS: p3, Returned: big.NewInt(1)}}

	run := func(step uint64) (*Registry, map[string]string) {
		r := newTestRegistry(t, Options{SwarmEpoch: 8})
		for from := uint64(1); from <= 30; from += step {
			to := min(from+step-1, 30)
			var bes []BlockEvents
			for n := from; n <= to; n++ {
				if evs := blocks[n]; evs != nil {
					bes = append(bes, at(n, evs...))
				}
			}
			_, err := r.Apply(batch(from, to, bes...))
			require.NoError(t, err)
			if to == 12 {
				// Blocks 8..12 changed the set, but their epoch (8..15) is open.
				m, err := r.SwarmMap()
				require.NoError(t, err)
				require.Equal(t, 6, m.NodeCount(), "epoch 0..7 closed with 6 nodes (blocks 2..7)")
			}
		}
		return r, snapshot(t, r)
	}
	r1, s1 := run(1)
	_, s4 := run(4)
	_, s30 := run(30)
	require.Equal(t, s1, s4)
	require.Equal(t, s1, s30)
	m, err := r1.SwarmMap()
	require.NoError(t, err)
	require.Equal(t, 19, m.NodeCount(), "the exit at block 23 took effect at the end of epoch 16..23")
}
