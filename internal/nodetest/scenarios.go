package nodetest

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/client"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/faults"
	"github.com/sessiond/sessiond/internal/signing"
)

// The scenarios of the swarm at work. Each takes a started Cluster and
// fails t when an acknowledged message goes missing. They run in-process
// (this package's tests) and as processes (cmd/sessiond's integration
// tests).

// holdsAll waits until node i holds every hash of want for id.
func holdsAll(ctx context.Context, t testing.TB, c *Cluster, i int, id *client.Identity, want []string, within time.Duration, what string) {
	t.Helper()
	start := time.Now()
	deadline := start.Add(within)
	for {
		missing := 0
		got, err := c.Hashes(ctx, i, id)
		if err == nil {
			for _, h := range want {
				if !got[h] {
					missing++
				}
			}
			if missing == 0 {
				if d := time.Since(start); d > time.Second {
					t.Logf("%s: node %d held all %d messages after %s", what, i, len(want), d.Round(100*time.Millisecond))
				}
				return
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			problems := ""
			if c.o.Mode == Subprocess {
				problems = "\n" + c.logProblems(20)
			}
			t.Fatalf("%s: node %d misses %d of %d acknowledged messages after %s (retrieve error: %v)%s", what, i, missing, len(want), within, err, problems)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// storeN stores n messages for id through node via, sequentially, and
// returns their hashes.
func storeN(ctx context.Context, t testing.TB, c *Cluster, via int, id *client.Identity, n int, tag string) []string {
	t.Helper()
	var hashes []string
	for k := range n {
		h, err := c.Store(ctx, via, id.SessionID(), fmt.Appendf(nil, "%s message %d", tag, k))
		require.NoError(t, err)
		hashes = append(hashes, h)
	}
	return hashes
}

// accountInSwarm is a new Session ID whose swarm (as node 0 answers
// get_swarm) has at least min members, with those members.
func accountInSwarm(ctx context.Context, t testing.TB, c *Cluster, min int) (*client.Identity, []int) {
	t.Helper()
	for range 100 {
		id, err := NewAccount()
		require.NoError(t, err)
		swarm, err := c.Swarm(ctx, 0, id.SessionID())
		require.NoError(t, err)
		if len(swarm) >= min {
			return id, swarm
		}
	}
	t.Fatalf("no swarm with %d members", min)
	return nil, nil
}

// ReplicateEverywhere stores messages for several accounts, each through one
// member of its swarm, and retrieves every acknowledged message from every
// member of that swarm.
func ReplicateEverywhere(ctx context.Context, t testing.TB, c *Cluster, accounts, perAccount int) {
	for a := range accounts {
		id, swarm := accountInSwarm(ctx, t, c, 1)
		via := swarm[a%len(swarm)]
		hashes := storeN(ctx, t, c, via, id, perAccount, "everywhere")
		for _, m := range swarm {
			holdsAll(ctx, t, c, m, id, hashes, 10*time.Second, "replicated store")
		}
	}
}

// KillDuringStores stores total messages for one account through one swarm
// member from several writers, kills another member of the swarm a fifth of
// the way in, checks that the survivors hold every acknowledged message,
// then restarts the killed member and checks that it catches up within a
// minute.
func KillDuringStores(ctx context.Context, t testing.TB, c *Cluster, total int) {
	id, swarm := accountInSwarm(ctx, t, c, 3)
	via, victim := swarm[0], swarm[1]

	var (
		mu     sync.Mutex
		acked  []string
		next   atomic.Int64
		killed = make(chan error, 1)
		wg     sync.WaitGroup
	)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := next.Add(1) - 1
				if k >= int64(total) {
					return
				}
				if k == int64(total/5) {
					killed <- c.Kill(victim)
				}
				h, err := c.Store(ctx, via, id.SessionID(), fmt.Appendf(nil, "kill test %d", k))
				if err != nil {
					continue // not acknowledged: nothing is promised
				}
				mu.Lock()
				acked = append(acked, h)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	require.NoError(t, <-killed)
	require.GreaterOrEqual(t, len(acked), total*9/10, "stores through a live member must keep succeeding while another member is down")
	for _, m := range swarm {
		if m != victim {
			holdsAll(ctx, t, c, m, id, acked, 10*time.Second, "survivor")
		}
	}
	restart := time.Now()
	require.NoError(t, c.Restart(ctx, victim))
	holdsAll(ctx, t, c, victim, id, acked, time.Minute, "restarted member")
	t.Logf("%d of %d stores acknowledged with a member killed; the restarted member held them all %v after its restart",
		len(acked), total, time.Since(restart).Round(time.Millisecond))
}

// GrowNewSwarm stores messages for many accounts, registers add more nodes
// on chain, waits for the new swarm, and checks that every account's
// current swarm (new members included) holds all its messages.
func GrowNewSwarm(ctx context.Context, t testing.TB, c *Cluster, accounts, perAccount, add int) {
	before, err := c.SwarmCount(ctx, 0)
	require.NoError(t, err)
	ids := make([]*client.Identity, accounts)
	hashes := make([][]string, accounts)
	for a := range ids {
		var swarm []int
		ids[a], swarm = accountInSwarm(ctx, t, c, 1)
		hashes[a] = storeN(ctx, t, c, swarm[0], ids[a], perAccount, "grow")
	}
	added, err := c.Grow(ctx, add)
	require.NoError(t, err)
	wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	require.NoError(t, c.WaitConverged(wctx))
	after, err := c.SwarmCount(ctx, 0)
	require.NoError(t, err)
	require.Greater(t, after, before, "registering %d nodes forms a new swarm", add)

	moved := 0
	for a, id := range ids {
		swarm, err := c.Swarm(ctx, 0, id.SessionID())
		require.NoError(t, err)
		for _, m := range swarm {
			if slices.Contains(added, m) {
				moved++
			}
			holdsAll(ctx, t, c, m, id, hashes[a], time.Minute, "after the new swarm")
		}
	}
	require.Positive(t, moved, "some accounts moved to the new nodes")
}

// PartitionHeal cuts two members of a swarm from each other, stores through
// each side, heals the partition and checks that both converge to every
// acknowledged message (anti-entropy).
func PartitionHeal(ctx context.Context, t testing.TB, c *Cluster, perSide int) {
	id, swarm := accountInSwarm(ctx, t, c, 2)
	a, b := swarm[0], swarm[1]
	require.NoError(t, c.Partition(ctx, []int{a}, []int{b}))
	acked := storeN(ctx, t, c, a, id, perSide, "side a")
	acked = append(acked, storeN(ctx, t, c, b, id, perSide, "side b")...)

	require.NoError(t, c.Heal(ctx))
	// Anti-entropy runs every 30 s (±25 %).
	holdsAll(ctx, t, c, a, id, acked, 90*time.Second, "healed side a")
	holdsAll(ctx, t, c, b, id, acked, 90*time.Second, "healed side b")
}

// SlowPeer slows one member's outgoing connections and checks that stores
// through it still succeed and replicate.
func SlowPeer(ctx context.Context, t testing.TB, c *Cluster, n int) {
	id, swarm := accountInSwarm(ctx, t, c, 1)
	slow := swarm[0]
	require.NoError(t, c.Slow(ctx, slow, 50*time.Millisecond))
	defer func() { require.NoError(t, c.Heal(ctx)) }()
	start := time.Now()
	hashes := storeN(ctx, t, c, slow, id, n, "slow")
	require.GreaterOrEqual(t, time.Since(start), time.Duration(n)*50*time.Millisecond, "the delay is applied")
	for _, m := range swarm {
		holdsAll(ctx, t, c, m, id, hashes, 10*time.Second, "slow peer's store")
	}
}

// ExitKeepsMessages stores messages for an account, takes one member of its
// swarm out of the network through the on-chain exit, and checks that the
// members that stay, and the account's swarm after the change, hold every
// acknowledged message.
func ExitKeepsMessages(ctx context.Context, t testing.TB, c *Cluster, n int) {
	id, swarm := accountInSwarm(ctx, t, c, 2) // two distinct members: one is not node 0
	leaving := swarm[0]
	if leaving == 0 {
		leaving = swarm[1]
	}
	via := swarm[0]
	if via == leaving {
		via = swarm[1]
	}
	hashes := storeN(ctx, t, c, via, id, n, "exit")
	require.NoError(t, c.Exit(ctx, leaving))
	wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	require.NoError(t, c.WaitConverged(wctx))
	for _, m := range swarm {
		if m != leaving {
			holdsAll(ctx, t, c, m, id, hashes, time.Minute, "old swarm after the exit")
		}
	}
	now, err := c.Swarm(ctx, 0, id.SessionID())
	require.NoError(t, err)
	require.NotContains(t, now, leaving, "the exited node left the swarm")
	for _, m := range now {
		holdsAll(ctx, t, c, m, id, hashes, time.Minute, "the account's swarm after the exit")
	}
}

// BadSignerAndTooManyNonSigners makes one node return wrong BLS signatures:
// the network's reward signature for an operator is still aggregated, names
// that node as the only non-signer and is accepted by the rewards contract.
// Then enough nodes go down that the non-signers exceed the contract's
// threshold, and the request fails with a clear error; the nodes come back.
func BadSignerAndTooManyNonSigners(ctx context.Context, t testing.TB, c *Cluster) {
	var live []int
	for i := range c.Len() {
		if !c.Node(i).Gone {
			live = append(live, i)
		}
	}
	require.GreaterOrEqual(t, len(live), 4)
	aggregator, bad := live[0], live[1]
	op, err := devnet.NewAccount(fmt.Appendf(nil, "sessiond-devnet-operator-%d", aggregator))
	require.NoError(t, err)
	_, err = c.Net.Contracts.ReleasePool(ctx, c.owner)
	require.NoError(t, err)
	require.NoError(t, c.SetFaults(ctx, bad, faults.Spec{BadSignatures: true}))
	var down []int
	defer func() {
		// Restore the network even when an assertion failed.
		require.NoError(t, c.SetFaults(ctx, bad, faults.Spec{}))
		for _, i := range down {
			require.NoError(t, c.Restart(ctx, i))
		}
		wctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		defer cancel()
		require.NoError(t, c.WaitConverged(wctx))
	}()

	var res struct {
		Amount     *big.Int `json:"amount"`
		Signature  string   `json:"signature"`
		NonSigners []uint64 `json:"non_signer_indices"`
	}
	url := c.Node(aggregator).JSONRPC()
	// Every other node signs once it has applied the release (a node that
	// restarted in an earlier scenario may still be catching up; a new block
	// means a new aggregate).
	var lastErr error
	require.Eventually(t, func() bool {
		lastErr = c.jsonRPC(ctx, url, "bls_rewards_request", map[string]any{"address": op.Addr.Hex()}, &res)
		return lastErr == nil && slices.Equal(res.NonSigners, []uint64{c.Node(bad).NodeID})
	}, time.Minute, 250*time.Millisecond, "want the bad signer (id %d) as the only non-signer; last: %v, non-signers %v", c.Node(bad).NodeID, lastErr, res.NonSigners)
	sig, err := bls.SignatureFromHex(res.Signature)
	require.NoError(t, err)
	_, err = c.Net.Contracts.UpdateRewards(ctx, c.owner, op.Addr, res.Amount, sig, res.NonSigners)
	require.NoError(t, err, "the contract accepts the aggregate without the bad signer")

	threshold := signing.Threshold(len(live), signing.DefaultNonSignerThresholdMax)
	for _, i := range live[2:] {
		if len(down) == threshold { // with the bad signer: threshold+1 non-signers
			break
		}
		require.NoError(t, c.Kill(i))
		down = append(down, i)
	}
	// The aggregate of a height already signed is cached; the next blocks
	// need a new one.
	require.Eventually(t, func() bool {
		err = c.jsonRPC(ctx, url, "bls_rewards_request", map[string]any{"address": op.Addr.Hex()}, &res)
		return err != nil
	}, 30*time.Second, 250*time.Millisecond, "%d of %d nodes do not sign (threshold %d), yet requests keep succeeding: %+v", len(down)+1, len(live), threshold, res)
	require.Contains(t, err.Error(), "non-signers", "the refusal says why")
	t.Logf("with %d of %d nodes not signing: %v", len(down)+1, len(live), err)
}
