//go:build integration

package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/devnet"
	"github.com/sessiond/sessiond/internal/keys"
)

// The tests below run `sessiond devnet` (embedded chain, the devnet
// contracts, 4 node processes; node 2 is the multi-contributor node of
// operator-2 and contributors 2-0 and 2-1, 2/4, 1/4 and 1/4 of the stake,
// fee 5 %) with the pool's automatic releases pushed out to an hour: the test
// releases pool funds itself when it wants rewards, so every balance is
// known exactly.

// sesh is n whole SESH in atomic units.
func sesh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(bindings.Coin)) }

// rewardsDevnet is a running `sessiond devnet`.
type rewardsDevnet struct {
	*devnetProc
	nodes   int
	chain   string
	ec      *ethclient.Client
	k       *devnet.Contracts // bound to the chain through ec, owner unset
	rewards common.Address
	token   common.Address
	pool    common.Address
}

// startRewardsDevnet runs `sessiond devnet --nodes n` until the test ends.
func startRewardsDevnet(t *testing.T, n int, extra ...string) *rewardsDevnet {
	t.Helper()
	dn := startDevnet(t, n, append([]string{"--wait", "3m", "--release-every", "1h"}, extra...)...)
	d := &rewardsDevnet{devnetProc: dn, nodes: n, chain: dn.field(t, "chain")}
	var err error
	d.ec, err = ethclient.Dial(d.chain)
	require.NoError(t, err)
	t.Cleanup(d.ec.Close)

	cfg, err := os.ReadFile(filepath.Join(d.node(0), "sessiond.yaml"))
	require.NoError(t, err)
	addr := func(key string) common.Address {
		m := regexp.MustCompile(key + `: (0x[0-9a-fA-F]{40})`).FindSubmatch(cfg)
		require.Len(t, m, 2, "%s in node-00/sessiond.yaml", key)
		return common.HexToAddress(string(m[1]))
	}
	d.rewards, d.pool = addr("rewards_contract"), addr("pool_contract")
	d.token = sessionToken(t, d.ec, d.rewards)
	c, err := devnet.Dial(t.Context(), d.ec, d.chain)
	require.NoError(t, err)
	d.k = devnet.Attach(c, bindings.Deployment{Token: d.token, Pool: d.pool, Rewards: d.rewards, Factory: addr("factory_contract")}, devnet.Account{}, sesh(25_000))
	return d
}

// account is a devnet account (operators and contributors are derived from
// fixed seeds) with its key written to a file for --eth-key.
func account(t *testing.T, seed string) (devnet.Account, string) {
	t.Helper()
	a, err := devnet.NewAccount([]byte(seed))
	require.NoError(t, err)
	f := filepath.Join(t.TempDir(), "eth.key")
	require.NoError(t, os.WriteFile(f, []byte(hex.EncodeToString(crypto.FromECDSA(a.Key))), 0o600))
	return a, f
}

// lifetime is the network-signed lifetime rewards of addr (sessiond rewards
// without a key: the aggregated signature, no transaction); nil and the
// command's output while the network cannot sign.
func (d *rewardsDevnet) lifetime(t *testing.T, addr common.Address) (*big.Int, string) {
	out, err := sessiond(t, "rewards", addr.Hex(), "--data-dir", d.node(0), "--json").Output()
	if err != nil {
		return nil, exitOutput(out, err)
	}
	var r struct {
		Amount *big.Int `json:"lifetime_rewards"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, string(out)
	}
	return r.Amount, string(out)
}

// accrued is addr's lifetime rewards in node i's own ledger
// (get_accrued_rewards; the network signs no zero balance).
func (d *rewardsDevnet) accrued(t *testing.T, i int, addr common.Address) (*big.Int, string) {
	raw, err := os.ReadFile(filepath.Join(d.node(i), "ports.json"))
	require.NoError(t, err)
	var p devnet.Ports
	require.NoError(t, json.Unmarshal(raw, &p))
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":0,"method":"get_accrued_rewards","params":{"addresses":["%s"]}}`, addr.Hex())
	resp, err := http.Post(fmt.Sprintf("http://127.0.0.1:%d/json_rpc", p.RPC), "application/json", strings.NewReader(body))
	if err != nil {
		return nil, err.Error()
	}
	defer resp.Body.Close()
	var r struct {
		Result struct {
			Balances map[string]*big.Int `json:"balances"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return nil, err.Error()
	}
	v := r.Result.Balances[addr.Hex()]
	return v, fmt.Sprint(r.Result.Balances)
}

// waitLifetime waits until the network signs want as addr's lifetime rewards
// (for 0, until every node's ledger says 0).
func (d *rewardsDevnet) waitLifetime(t *testing.T, addr common.Address, want *big.Int) {
	t.Helper()
	var last string
	eventually(t, func() bool {
		if want.Sign() == 0 {
			for i := range d.nodes {
				if got, out := d.accrued(t, i, addr); got == nil || got.Sign() != 0 {
					last = fmt.Sprintf("node %d: %s", i, out)
					return false
				}
			}
			return true
		}
		var got *big.Int
		got, last = d.lifetime(t, addr)
		return got != nil && got.Cmp(want) == 0
	}, 60*time.Second, time.Second, func() string {
		return fmt.Sprintf("lifetime rewards of %s: want %s; last answer: %s", addr, want, last)
	})
}

// eventually is require.Eventually with a failure message built when it
// fails (from the condition's last state).
func eventually(t *testing.T, cond func() bool, waitFor, tick time.Duration, msg func() string) {
	t.Helper()
	if !assert.Eventually(t, cond, waitFor, tick) {
		t.Fatal(msg())
	}
}

// claimResult is `sessiond rewards ADDRESS --eth-key F --json`.
type claimResult struct {
	Lifetime     *big.Int `json:"lifetime_rewards"`
	Claimed      *big.Int `json:"claimed"`
	Update       string   `json:"update_calldata"`
	Transactions []string `json:"transactions"`
}

// claim runs `sessiond rewards ADDRESS --eth-key F` and checks that the token
// balance rose by exactly what the command says it claimed.
func (d *rewardsDevnet) claim(t *testing.T, addr common.Address, keyFile string) claimResult {
	t.Helper()
	before := seshBalance(t, d.ec, d.token, addr)
	out, err := sessiond(t, "rewards", addr.Hex(), "--data-dir", d.node(0), "--eth-key", keyFile, "--json").Output()
	require.NoError(t, err, "%s", exitOutput(out, err))
	var r claimResult
	require.NoError(t, json.Unmarshal(out, &r), string(out))
	require.NotNil(t, r.Claimed, string(out))
	rise := new(big.Int).Sub(seshBalance(t, d.ec, d.token, addr), before)
	require.Zero(t, rise.Cmp(r.Claimed), "claimed %s, balance rose by %s", r.Claimed, rise)
	return r
}

// exitOutput is a command's stdout and, when it failed, its stderr.
func exitOutput(out []byte, err error) string {
	var xe *exec.ExitError
	if errors.As(err, &xe) {
		return string(out) + string(xe.Stderr)
	}
	return string(out)
}

func (d *rewardsDevnet) recipient(t *testing.T, addr common.Address) bindings.RecipientsOutput {
	t.Helper()
	rw := bindings.NewServiceNodeRewards()
	out, err := d.ec.CallContract(t.Context(), ethereum.CallMsg{To: &d.rewards, Data: rw.PackRecipients(addr)}, nil)
	require.NoError(t, err)
	r, err := rw.UnpackRecipients(out)
	require.NoError(t, err)
	return r
}

// registered is the contract's node list.
func (d *rewardsDevnet) registered(t *testing.T) []uint64 {
	t.Helper()
	rw := bindings.NewServiceNodeRewards()
	out, err := d.k.CallRewards(t.Context(), rw.PackAllServiceNodeIDs())
	require.NoError(t, err)
	all, err := rw.UnpackAllServiceNodeIDs(out)
	require.NoError(t, err)
	return all.Ids
}

// nodeOnChain is node i's BLS key (hex, for --bls-pubkey) and contract id.
func (d *rewardsDevnet) nodeOnChain(t *testing.T, i int) (string, uint64) {
	t.Helper()
	id, err := keys.Load(d.node(i))
	require.NoError(t, err)
	x, y := id.BLSPublic.XY()
	rw := bindings.NewServiceNodeRewards()
	out, err := d.k.CallRewards(t.Context(), rw.PackAllServiceNodeIDs())
	require.NoError(t, err)
	all, err := rw.UnpackAllServiceNodeIDs(out)
	require.NoError(t, err)
	for j, pk := range all.Pubkeys {
		if pk.X.Cmp(x) == 0 && pk.Y.Cmp(y) == 0 {
			return id.BLSPublic.Hex(), all.Ids[j]
		}
	}
	t.Fatalf("node %d's BLS key is not registered", i)
	return "", 0
}

func (d *rewardsDevnet) receipt(t *testing.T, hash string) *types.Receipt {
	t.Helper()
	r, err := d.ec.TransactionReceipt(t.Context(), common.HexToHash(hash))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// revertError decodes the contract error of a failed call.
func revertError(t *testing.T, err error) any {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	raw, err := hexutil.Decode(s)
	require.NoError(t, err)
	v, err := bindings.NewServiceNodeRewards().UnpackError(raw)
	require.NoError(t, err)
	return v
}

// TestIntegrationRewardsContributorClaim: a contributor of the
// multi-contributor node claims its rewards with the network's aggregated
// signature (sessiond rewards --eth-key) and receives exactly the signed
// balance; the same signed balance cannot be used again, claimRewards pays
// nothing more, the CLI says there is nothing to claim, and after the next
// pool release the new balance pays exactly the difference.
func TestIntegrationRewardsContributorClaim(t *testing.T) {
	d := startRewardsDevnet(t, 4)
	ctx := t.Context()
	contrib, keyFile := account(t, "sessiond-devnet-contributor-2-0")

	// The pool releases funds (anyone may call payoutReleased).
	_, err := d.k.ReleasePool(ctx, contrib)
	require.NoError(t, err)
	var earned *big.Int
	require.Eventually(t, func() bool {
		earned, _ = d.lifetime(t, contrib.Addr)
		return earned != nil && earned.Sign() > 0
	}, 60*time.Second, time.Second, "the contributor never earned rewards")

	first := d.claim(t, contrib.Addr, keyFile)
	require.Zero(t, first.Lifetime.Cmp(earned), "signed %s, earned %s", first.Lifetime, earned)
	require.Zero(t, first.Claimed.Cmp(first.Lifetime), "a first claim pays the whole lifetime balance")
	require.Len(t, first.Transactions, 2, "updateRewardsBalance and claimRewards")
	onChain := d.recipient(t, contrib.Addr)
	require.Zero(t, onChain.Rewards.Cmp(first.Lifetime))
	require.Zero(t, onChain.Claimed.Cmp(first.Lifetime))
	balance := seshBalance(t, d.ec, d.token, contrib.Addr)

	// The same signed balance again: the contract refuses it
	// (RecipientRewardsTooLow), in a call and in a mined transaction.
	update, err := hexutil.Decode(first.Update)
	require.NoError(t, err)
	_, err = d.ec.CallContract(ctx, ethereum.CallMsg{From: contrib.Addr, To: &d.rewards, Data: update}, nil)
	require.IsType(t, &bindings.ServiceNodeRewardsRecipientRewardsTooLow{}, revertError(t, err))
	chainID, err := d.ec.ChainID(ctx)
	require.NoError(t, err)
	opts := bind.NewKeyedTransactor(contrib.Key, chainID)
	opts.Context, opts.GasLimit = ctx, 1_000_000 // no estimate: let it be mined and revert
	tx, err := bind.Transact(bind.NewBoundContract(d.rewards, abi.ABI{}, d.ec, d.ec, d.ec), opts, update)
	require.NoError(t, err)
	r, err := bind.WaitMined(ctx, d.ec, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "a replayed updateRewardsBalance must revert")

	// claimRewards with everything claimed succeeds and pays 0.
	r, err = d.k.Claim(ctx, contrib)
	require.NoError(t, err)
	var paid []*big.Int
	for _, l := range r.Logs {
		if ev, err := bindings.NewServiceNodeRewards().UnpackRewardsClaimedEvent(l); err == nil {
			require.Equal(t, contrib.Addr, ev.RecipientAddress)
			paid = append(paid, ev.Amount)
		}
	}
	require.Len(t, paid, 1)
	require.Zero(t, paid[0].Sign(), "an empty claim pays nothing")
	require.Zero(t, seshBalance(t, d.ec, d.token, contrib.Addr).Cmp(balance))

	// Another account's key cannot claim for the contributor (claimRewards
	// pays the sender): the CLI refuses before sending anything.
	_, opKey := account(t, "sessiond-devnet-operator-2")
	out, err := sessiond(t, "rewards", contrib.Addr.Hex(), "--data-dir", d.node(0), "--eth-key", opKey).CombinedOutput()
	require.Error(t, err, string(out))
	require.Contains(t, string(out), "claimRewards pays the sender")

	// The CLI says so instead of reporting success, and sends nothing.
	out, err = sessiond(t, "rewards", contrib.Addr.Hex(), "--data-dir", d.node(0), "--eth-key", keyFile).CombinedOutput()
	require.Error(t, err, string(out))
	require.Contains(t, string(out), "nothing to claim")
	require.NotContains(t, string(out), "sent:")
	require.Zero(t, seshBalance(t, d.ec, d.token, contrib.Addr).Cmp(balance))
	now := d.recipient(t, contrib.Addr)
	require.Zero(t, now.Rewards.Cmp(onChain.Rewards))
	require.Zero(t, now.Claimed.Cmp(onChain.Claimed))

	// A later release: the new balance pays exactly the difference.
	_, err = d.k.ReleasePool(ctx, contrib)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		l, _ := d.lifetime(t, contrib.Addr)
		return l != nil && l.Cmp(first.Lifetime) > 0
	}, 60*time.Second, time.Second)
	second := d.claim(t, contrib.Addr, keyFile)
	require.Zero(t, second.Claimed.Cmp(new(big.Int).Sub(second.Lifetime, first.Lifetime)),
		"claimed %s of lifetime %s after %s", second.Claimed, second.Lifetime, first.Lifetime)
	onChain = d.recipient(t, contrib.Addr)
	require.Zero(t, onChain.Rewards.Cmp(second.Lifetime))
	require.Zero(t, onChain.Claimed.Cmp(second.Lifetime))
}

// TestIntegrationExitFlow: the operator of the multi-contributor node asks
// to leave on the contract, `sessiond exit --eth-key` gets the network's
// signature and exits the node; every contributor's stake is credited to its
// rewards balance and claimed.
func TestIntegrationExitFlow(t *testing.T) {
	d := startRewardsDevnet(t, 4)
	ctx := t.Context()
	op, opKey := account(t, "sessiond-devnet-operator-2")
	c0, _ := account(t, "sessiond-devnet-contributor-2-0")
	c1, c1Key := account(t, "sessiond-devnet-contributor-2-1")
	pk, id := d.nodeOnChain(t, 2)
	for _, a := range []common.Address{op.Addr, c0.Addr, c1.Addr} {
		d.waitLifetime(t, a, new(big.Int)) // no pool release: nothing earned
	}

	// Without an exit request the network does not sign an exit.
	out, err := sessiond(t, "exit", "--bls-pubkey", pk, "--data-dir", d.node(0), "--json").CombinedOutput()
	require.Error(t, err, string(out))
	require.Contains(t, string(out), "has not requested to exit")

	r, err := d.k.RequestExit(ctx, op, id)
	require.NoError(t, err)
	require.NotEmpty(t, r.Logs)

	// The devnet contract has no minimum age for a signed exit, and devnet
	// nodes sign an exit as soon as they apply the request (unlock delay 0;
	// mainnet: 15 days); the wait is the nodes reaching that final block.
	var exit struct {
		Timestamp    uint64   `json:"timestamp"`
		NonSigners   []uint64 `json:"non_signer_indices"`
		Transactions []string `json:"transactions"`
	}
	var last string
	eventually(t, func() bool {
		out, err := sessiond(t, "exit", "--bls-pubkey", pk, "--data-dir", d.node(0), "--eth-key", opKey, "--json").CombinedOutput()
		last = string(out)
		return err == nil && json.Unmarshal(out, &exit) == nil
	}, 90*time.Second, 2*time.Second, func() string { return "sessiond exit never succeeded: " + last })
	require.Len(t, exit.Transactions, 1)
	rcpt := d.receipt(t, exit.Transactions[0])
	var exits []*bindings.ServiceNodeRewardsServiceNodeExit
	for _, l := range rcpt.Logs {
		if ev, err := bindings.NewServiceNodeRewards().UnpackServiceNodeExitEvent(l); err == nil {
			exits = append(exits, ev)
		}
	}
	require.Len(t, exits, 1)
	require.Equal(t, id, exits[0].ServiceNodeID)
	require.Zero(t, exits[0].ReturnedAmount.Cmp(sesh(25_000)), "an exit returns the whole deposit")
	require.NotContains(t, d.registered(t), id)
	require.Len(t, d.registered(t), 3)

	// Each contributor gets its stake back through the rewards balance.
	d.waitLifetime(t, op.Addr, sesh(12_500))
	d.waitLifetime(t, c0.Addr, sesh(6_250))
	d.waitLifetime(t, c1.Addr, sesh(6_250))

	got := d.claim(t, c1.Addr, c1Key)
	require.Zero(t, got.Claimed.Cmp(sesh(6_250)), "claimed %s", got.Claimed)
	got = d.claim(t, op.Addr, opKey)
	require.Zero(t, got.Claimed.Cmp(sesh(12_500)), "claimed %s", got.Claimed)
}

// TestIntegrationLiquidation: node 2 (multi-contributor) is killed and stays
// down past liveness.liquidate_after (1m); `sessiond liquidate --eth-key`
// gets the other nodes' signature and liquidates it. The contract pays the
// liquidator and the pool their shares of the deposit; the rewards accounting
// credits the rest, the operator bearing the whole penalty.
func TestIntegrationLiquidation(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "node.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("liveness:\n  liquidate_after: 1m\n"), 0o600))
	d := startRewardsDevnet(t, 4, "--node-config", cfg)
	ctx := t.Context()
	op, opKey := account(t, "sessiond-devnet-operator-2")
	c0, _ := account(t, "sessiond-devnet-contributor-2-0")
	c1, _ := account(t, "sessiond-devnet-contributor-2-1")
	pk, id := d.nodeOnChain(t, 2)

	// A fresh liquidator, with gas money only.
	liq, liqKey := account(t, "sessiond-test-liquidator")
	funder, _ := account(t, "sessiond-devnet-operator-0")
	c, err := devnet.Dial(ctx, d.ec, d.chain)
	require.NoError(t, err)
	require.NoError(t, c.Transfer(ctx, funder, liq.Addr, big.NewInt(1e18)))

	// While the node runs, nobody signs its liquidation.
	out, err := sessiond(t, "liquidate", "--bls-pubkey", pk, "--data-dir", d.node(0), "--json").CombinedOutput()
	require.Error(t, err, string(out))
	require.Contains(t, string(out), "not liquidatable")

	raw, err := os.ReadFile(filepath.Join(d.node(2), devnet.PIDFile))
	require.NoError(t, err)
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	require.NoError(t, err)
	require.NoError(t, syscall.Kill(pid, syscall.SIGKILL))
	ports, err := os.ReadFile(filepath.Join(d.node(2), "ports.json"))
	require.NoError(t, err)
	var p devnet.Ports
	require.NoError(t, json.Unmarshal(ports, &p))
	require.Eventually(t, func() bool {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/healthz", p.Metrics))
		if err == nil {
			resp.Body.Close()
		}
		return err != nil
	}, 10*time.Second, 100*time.Millisecond, "node 2 still answers after SIGKILL")
	killed := time.Now()

	// The nodes find it unreachable in their own tests and, a minute later,
	// sign its liquidation; the dead node is the one non-signer.
	var res struct {
		NonSigners   []uint64 `json:"non_signer_indices"`
		Transactions []string `json:"transactions"`
	}
	var last string
	eventually(t, func() bool {
		out, err := sessiond(t, "liquidate", "--bls-pubkey", pk, "--data-dir", d.node(0), "--eth-key", liqKey, "--json").CombinedOutput()
		last = string(out)
		return err == nil && json.Unmarshal(out, &res) == nil
	}, 3*time.Minute, 5*time.Second, func() string { return "sessiond liquidate never succeeded: " + last })
	require.GreaterOrEqual(t, time.Since(killed), time.Minute, "liquidated before the liveness window")
	require.Equal(t, []uint64{id}, res.NonSigners)
	require.Len(t, res.Transactions, 1)
	rcpt := d.receipt(t, res.Transactions[0])

	// The contract's split of the deposit (ServiceNodeRewards.
	// liquidateBLSPublicKeyWithSignature): liquidator deposit*l/sum rounded
	// down, pool deposit*p/sum rounded up, the rest "returned"; with the
	// devnet ratios 3:17:9980 that is 7.5 and 42.5 SESH of 25,000.
	deposit := sesh(25_000)
	ratio := func(data []byte) *big.Int {
		out, err := d.k.CallRewards(ctx, data)
		require.NoError(t, err)
		return new(big.Int).SetBytes(out)
	}
	rw := bindings.NewServiceNodeRewards()
	lr, pr, rr := ratio(rw.PackLiquidatorRewardRatio()), ratio(rw.PackPoolShareOfLiquidationRatio()), ratio(rw.PackRecipientRatio())
	sum := new(big.Int).Add(lr, new(big.Int).Add(pr, rr))
	toLiq := new(big.Int).Div(new(big.Int).Mul(deposit, lr), sum)
	toPool := new(big.Int).Div(new(big.Int).Add(new(big.Int).Mul(deposit, pr), new(big.Int).Sub(sum, big.NewInt(1))), sum)
	require.Zero(t, toLiq.Cmp(big.NewInt(7_500_000_000)), "liquidator share %s", toLiq)
	require.Zero(t, toPool.Cmp(big.NewInt(42_500_000_000)), "pool share %s", toPool)
	returned := new(big.Int).Sub(deposit, new(big.Int).Add(toLiq, toPool))

	var liquidated, exited int
	transfers := map[common.Address]*big.Int{}
	for _, l := range rcpt.Logs {
		if ev, err := rw.UnpackServiceNodeLiquidatedEvent(l); err == nil {
			liquidated++
			require.Equal(t, id, ev.ServiceNodeID)
			require.Equal(t, liq.Addr, ev.Initiator)
		}
		if ev, err := rw.UnpackServiceNodeExitEvent(l); err == nil {
			exited++
			require.Equal(t, id, ev.ServiceNodeID)
			require.Zero(t, ev.ReturnedAmount.Cmp(returned), "returned %s, want %s", ev.ReturnedAmount, returned)
		}
		if ev, err := bindings.NewSESH().UnpackTransferEvent(l); err == nil && l.Address == d.token {
			require.Equal(t, d.rewards, ev.From)
			transfers[ev.To] = ev.Value
		}
	}
	require.Equal(t, 1, liquidated)
	require.Equal(t, 1, exited)
	require.Len(t, transfers, 2, "the contract pays the liquidator and the pool, nobody else: %v", transfers)
	require.Contains(t, transfers, liq.Addr)
	require.Contains(t, transfers, d.pool)
	require.Zero(t, toLiq.Cmp(transfers[liq.Addr]), "paid to the liquidator: %v", transfers)
	require.Zero(t, toPool.Cmp(transfers[d.pool]), "paid to the pool: %v", transfers)
	require.Zero(t, seshBalance(t, d.ec, d.token, liq.Addr).Cmp(toLiq), "the liquidator holds exactly its share")
	poolAt := func(block *big.Int) *big.Int {
		out, err := d.ec.CallContract(ctx, ethereum.CallMsg{To: &d.token, Data: bindings.NewSESH().PackBalanceOf(d.pool)}, block)
		require.NoError(t, err)
		return new(big.Int).SetBytes(out)
	}
	poolRise := new(big.Int).Sub(poolAt(rcpt.BlockNumber), poolAt(new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))))
	require.Zero(t, poolRise.Cmp(toPool), "the pool received %s", poolRise)
	ids := d.registered(t)
	require.NotContains(t, ids, id)
	require.Len(t, ids, 3)

	// Accounting: the contributors get their stakes back, the operator its
	// stake minus the whole penalty; the operator claims it.
	penalty := new(big.Int).Sub(deposit, returned)
	d.waitLifetime(t, c0.Addr, sesh(6_250))
	d.waitLifetime(t, c1.Addr, sesh(6_250))
	opStake := new(big.Int).Sub(sesh(12_500), penalty)
	d.waitLifetime(t, op.Addr, opStake)
	got := d.claim(t, op.Addr, opKey)
	require.Zero(t, got.Claimed.Cmp(opStake), "claimed %s", got.Claimed)
}
