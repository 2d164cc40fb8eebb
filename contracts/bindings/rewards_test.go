package bindings_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
)

func TestRegistration(t *testing.T) {
	e := newEnv(t, 2, bindings.DeployConfig{Start: true})
	op, other := e.users[0], e.users[1]
	e.fund(sesh(100_000), op, other)

	n := newNode(t)
	before := e.balance(op.addr)
	id, r := e.register(op, n)
	t.Logf("solo registration (addBLSPublicKey): %d gas", r.GasUsed)
	if id != 1 {
		t.Errorf("id = %d", id)
	}
	if got := new(big.Int).Sub(before, e.balance(op.addr)); got.Cmp(stakingReq) != 0 {
		t.Errorf("operator paid %v", got)
	}
	ev := hasLog(r, rewardsABI.UnpackNewServiceNodeV2Event)
	if ev.Initiator != op.addr || ev.Pubkey.X.Cmp(n.g1().X) != 0 || ev.ServiceNode.ServiceNodePubkey.Cmp(n.params(0).ServiceNodePubkey) != 0 ||
		len(ev.Contributors) != 1 || ev.Contributors[0].Staker.Addr != op.addr ||
		ev.Contributors[0].Staker.Beneficiary != op.addr || ev.Contributors[0].StakedAmount.Cmp(stakingReq) != 0 {
		t.Errorf("NewServiceNodeV2 = %+v", ev)
	}
	// NewServiceNodeV2 precedes the token transfer.
	if len(r.Logs) != 2 || r.Logs[0].Address != e.dep.Rewards || r.Logs[1].Address != e.dep.Token {
		t.Errorf("log order: %d logs", len(r.Logs))
	}

	sn := call(e, e.rewards, rewardsABI.PackServiceNodes(id), rewardsABI.UnpackServiceNodes)
	if sn.Operator != op.addr || sn.Deposit.Cmp(stakingReq) != 0 || sn.Ed25519Pubkey.Cmp(n.params(0).ServiceNodePubkey) != 0 ||
		sn.AddedTimestamp.Uint64() != e.now() || sn.Next != 0 || sn.Prev != 0 || len(sn.Contributors) != 1 {
		t.Errorf("serviceNodes(%d) = %+v", id, sn)
	}
	agg := call(e, e.rewards, rewardsABI.PackAggregatePubkey(), rewardsABI.UnpackAggregatePubkey)
	if agg.X.Cmp(n.g1().X) != 0 || agg.Y.Cmp(n.g1().Y) != 0 {
		t.Errorf("aggregate key = %v", agg)
	}
	if got := call(e, e.rewards, rewardsABI.PackServiceNodeIDs(n.pk[:]), rewardsABI.UnpackServiceNodeIDs); got != id {
		t.Errorf("serviceNodeIDs = %d", got)
	}
	if got := call(e, e.rewards, rewardsABI.PackEd25519ToServiceNodeID(n.params(0).ServiceNodePubkey), rewardsABI.UnpackEd25519ToServiceNodeID); got != id {
		t.Errorf("ed25519ToServiceNodeID = %d", got)
	}
	// The proof of possession also passes validateProofOfPossession.
	e.send(other, e.rewards, rewardsABI.PackValidateProofOfPossession(n.g1(), n.pop(e.domain, op.addr), op.addr, n.params(0).ServiceNodePubkey))

	// Rejections, each with the upstream custom error.
	e.approve(other, e.dep.Rewards, sesh(100_000))
	add := func(k node, pop bindings.IServiceNodeRewardsBLSSignatureParams, p bindings.IServiceNodeRewardsServiceNodeParams, c []bindings.IServiceNodeRewardsContributor) []byte {
		return rewardsABI.PackAddBLSPublicKey(k.g1(), pop, p, c)
	}
	m := newNode(t)
	// PoP made for another operator.
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, op.addr), m.params(0), nil), "InvalidBLSProofOfPossession")
	// PoP for another chain / contract.
	e.expectRevert(other, e.rewards, add(m, m.pop(bls.Domain{ChainID: 42161, Contract: e.dep.Rewards}, other.addr), m.params(0), nil), "InvalidBLSProofOfPossession")
	// PoP by another BLS key.
	e.expectRevert(other, e.rewards, add(m, n.pop(e.domain, other.addr), m.params(0), nil), "InvalidBLSProofOfPossession")
	// Ed25519 key other than the one the PoP binds.
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, other.addr), newNode(t).params(0), nil), "InvalidBLSProofOfPossession")
	// Zero Ed25519 key (with a PoP over it).
	zero := m
	zero.edPub = make([]byte, 32)
	zp := zero.params(0)
	zp.ServiceNodePubkey = new(big.Int)
	e.expectRevert(other, e.rewards, add(zero, zero.pop(e.domain, other.addr), zp, nil), "NullEd25519Pubkey")
	// Duplicate BLS key.
	e.expectRevert(other, e.rewards, add(n, n.pop(e.domain, other.addr), n.params(0), nil), "BLSPubkeyAlreadyExists")
	// Duplicate Ed25519 key (fresh BLS key, PoP over the taken Ed25519 key).
	dupEd := m
	dupEd.edPub, dupEd.edSec = n.edPub, n.edSec
	e.expectRevert(other, e.rewards, add(dupEd, dupEd.pop(e.domain, other.addr), dupEd.params(0), nil), "Ed25519PubkeyAlreadyExists")
	// Contributor rules.
	contrib := func(amounts ...int64) []bindings.IServiceNodeRewardsContributor {
		var c []bindings.IServiceNodeRewardsContributor
		for i, a := range amounts {
			addr := other.addr
			if i > 0 {
				addr = common.Address{byte(i)}
			}
			c = append(c, bindings.IServiceNodeRewardsContributor{
				Staker: bindings.IServiceNodeRewardsStaker{Addr: addr, Beneficiary: addr}, StakedAmount: sesh(a)})
		}
		return c
	}
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, other.addr), m.params(0), contrib(20_000, 4_000)), "ContributionTotalMismatch")
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, other.addr), m.params(0), contrib(6_000, 19_000)), "InsufficientOperatorContribution")
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, other.addr), m.params(0),
		contrib(15_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000)), "MaxContributorsExceeded")
	// Paused.
	e.send(e.owner, e.rewards, rewardsABI.PackPause())
	e.expectRevert(other, e.rewards, add(m, m.pop(e.domain, other.addr), m.params(0), nil), "EnforcedPause")
	e.send(e.owner, e.rewards, rewardsABI.PackUnpause())

	// A valid registration by the other account, with an explicit contributor list.
	r = e.send(other, e.rewards, add(m, m.pop(e.domain, other.addr), m.params(500), contrib(25_000)))
	if id2 := e.lastNewNodeID(r); id2 != 2 {
		t.Errorf("second id = %d", id2)
	}
	all := call(e, e.rewards, rewardsABI.PackAllServiceNodeIDs(), rewardsABI.UnpackAllServiceNodeIDs)
	if len(all.Ids) != 2 || all.Ids[0] != 1 || all.Ids[1] != 2 || all.Pubkeys[1].X.Cmp(m.g1().X) != 0 {
		t.Errorf("allServiceNodeIDs = %+v", all)
	}
	wantAgg, _ := bls.AggregatePublicKeys(n.pk, m.pk)
	agg = call(e, e.rewards, rewardsABI.PackAggregatePubkey(), rewardsABI.UnpackAggregatePubkey)
	if x, y := wantAgg.XY(); agg.X.Cmp(x) != 0 || agg.Y.Cmp(y) != 0 {
		t.Errorf("aggregate key = %v, want %v", agg, wantAgg)
	}
}

func TestNotStartedAndSeeding(t *testing.T) {
	e := newEnv(t, 1, bindings.DeployConfig{})
	op := e.users[0]
	e.fund(sesh(50_000), op)
	e.approve(op, e.dep.Rewards, stakingReq)
	n := newNode(t)
	e.expectRevert(op, e.rewards, rewardsABI.PackAddBLSPublicKey(n.g1(), n.pop(e.domain, op.addr), n.params(0), nil), "ContractNotStarted")

	seed := func(k node, added int64) bindings.IServiceNodeRewardsSeedServiceNode {
		return bindings.IServiceNodeRewardsSeedServiceNode{
			BlsPubkey: k.g1(), Ed25519Pubkey: k.params(0).ServiceNodePubkey, AddedTimestamp: big.NewInt(added),
			Contributors: []bindings.IServiceNodeRewardsContributor{{
				Staker: bindings.IServiceNodeRewardsStaker{Addr: op.addr, Beneficiary: op.addr}, StakedAmount: stakingReq}},
		}
	}
	a, b := newNode(t), newNode(t)
	e.expectRevert(op, e.rewards, rewardsABI.PackSeedPublicKeyList([]bindings.IServiceNodeRewardsSeedServiceNode{seed(a, 1)}), "OwnableUnauthorizedAccount")
	r := e.send(e.owner, e.rewards, rewardsABI.PackSeedPublicKeyList([]bindings.IServiceNodeRewardsSeedServiceNode{seed(a, 1000), seed(b, 2000)}))
	if ev := hasLog(r, rewardsABI.UnpackNewSeededServiceNodeEvent); ev == nil || ev.ServiceNodeID != 1 || ev.BlsPubkey.X.Cmp(a.g1().X) != 0 {
		t.Errorf("NewSeededServiceNode = %+v", ev)
	}
	if sn := call(e, e.rewards, rewardsABI.PackServiceNodes(2), rewardsABI.UnpackServiceNodes); sn.AddedTimestamp.Int64() != 2000 || sn.Operator != op.addr {
		t.Errorf("seeded node = %+v", sn)
	}
	if got := call(e, e.rewards, rewardsABI.PackTotalNodes(), rewardsABI.UnpackTotalNodes); got.Int64() != 2 {
		t.Errorf("totalNodes = %v", got)
	}
	e.send(e.owner, e.rewards, rewardsABI.PackStart())
	e.expectRevert(e.owner, e.rewards, rewardsABI.PackSeedPublicKeyList([]bindings.IServiceNodeRewardsSeedServiceNode{seed(n, 1)}), "ContractAlreadyStarted")
	e.send(op, e.rewards, rewardsABI.PackAddBLSPublicKey(n.g1(), n.pop(e.domain, op.addr), n.params(0), nil))
	e.send(op, e.rewards, rewardsABI.PackRederiveTotalNodesAndAggregatePubkey())
	wantAgg, _ := bls.AggregatePublicKeys(a.pk, b.pk, n.pk)
	agg := call(e, e.rewards, rewardsABI.PackAggregatePubkey(), rewardsABI.UnpackAggregatePubkey)
	if x, y := wantAgg.XY(); agg.X.Cmp(x) != 0 || agg.Y.Cmp(y) != 0 {
		t.Errorf("aggregate key after rederive = %v", agg)
	}
	if got := call(e, e.rewards, rewardsABI.PackBlsNonSignerThreshold(), rewardsABI.UnpackBlsNonSignerThreshold); got.Int64() != 1 {
		t.Errorf("blsNonSignerThreshold = %v, want 1", got)
	}
}

func TestExitAfterWait(t *testing.T) {
	e := newEnv(t, 2, bindings.DeployConfig{Start: true})
	op, stranger := e.users[0], e.users[1]
	e.fund(sesh(100_000), op)
	n, m := newNode(t), newNode(t)
	id, _ := e.register(op, n)
	id2, _ := e.register(op, m)

	e.expectRevert(stranger, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(id), "CallerNotContributor")
	e.expectRevert(stranger, e.rewards, rewardsABI.PackExitBLSPublicKeyAfterWaitTime(id), "LeaveRequestNotInitiatedYet")
	r := e.send(op, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(id))
	if ev := hasLog(r, rewardsABI.UnpackServiceNodeExitRequestEvent); ev == nil || ev.ServiceNodeID != id || ev.Initiator != op.addr || ev.Pubkey.X.Cmp(n.g1().X) != 0 {
		t.Errorf("ServiceNodeExitRequest = %+v", ev)
	}
	requested := e.now()
	e.expectRevert(op, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(id), "LeaveRequestTooEarly")
	e.advance(time.Hour + time.Second)
	e.send(op, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(id)) // repeated request re-emits
	sn := call(e, e.rewards, rewardsABI.PackServiceNodes(id), rewardsABI.UnpackServiceNodes)
	if sn.LeaveRequestTimestamp.Uint64() != requested || sn.LatestLeaveRequestTimestamp.Uint64() != e.now() {
		t.Errorf("leave request timestamps %v %v (first %d)", sn.LeaveRequestTimestamp, sn.LatestLeaveRequestTimestamp, requested)
	}
	e.expectRevert(stranger, e.rewards, rewardsABI.PackExitBLSPublicKeyAfterWaitTime(id), "LeaveRequestTooEarly")

	e.advance(30 * 24 * time.Hour)
	r = e.send(stranger, e.rewards, rewardsABI.PackExitBLSPublicKeyAfterWaitTime(id))
	ev := hasLog(r, rewardsABI.UnpackServiceNodeExitEvent)
	if ev == nil || ev.ServiceNodeID != id || ev.Initiator != stranger.addr || ev.ReturnedAmount.Cmp(stakingReq) != 0 || ev.Pubkey.Y.Cmp(n.g1().Y) != 0 {
		t.Errorf("ServiceNodeExit = %+v", ev)
	}
	if got := call(e, e.rewards, rewardsABI.PackServiceNodeIDs(n.pk[:]), rewardsABI.UnpackServiceNodeIDs); got != 0 {
		t.Errorf("exited key still maps to %d", got)
	}
	all := call(e, e.rewards, rewardsABI.PackAllServiceNodeIDs(), rewardsABI.UnpackAllServiceNodeIDs)
	if len(all.Ids) != 1 || all.Ids[0] != id2 {
		t.Errorf("remaining ids %v", all.Ids)
	}
	agg := call(e, e.rewards, rewardsABI.PackAggregatePubkey(), rewardsABI.UnpackAggregatePubkey)
	if x, y := m.pk.XY(); agg.X.Cmp(x) != 0 || agg.Y.Cmp(y) != 0 {
		t.Errorf("aggregate key after exit = %v", agg)
	}
	// The keys may register again and get a new id.
	if again, _ := e.register(op, n); again != 3 {
		t.Errorf("re-registration id = %d", again)
	}
}

// signedNodes registers k solo nodes of op and returns them by id.
func signedNodes(t *testing.T, e *env, op account, k int) map[uint64]node {
	t.Helper()
	e.fund(new(big.Int).Mul(stakingReq, big.NewInt(int64(k))), op)
	nodes := map[uint64]node{}
	for range k {
		n := newNode(t)
		id, _ := e.register(op, n)
		nodes[id] = n
	}
	return nodes
}

func TestExitAndLiquidationWithSignature(t *testing.T) {
	e := newEnv(t, 2, bindings.DeployConfig{Start: true})
	op, liquidator := e.users[0], e.users[1]
	nodes := signedNodes(t, e, op, 7) // ids 1..7; non-signer threshold 7/3 = 2
	if got := call(e, e.rewards, rewardsABI.PackBlsNonSignerThreshold(), rewardsABI.UnpackBlsNonSignerThreshold); got.Int64() != 2 {
		t.Fatalf("blsNonSignerThreshold = %v", got)
	}

	exitArgs := func(id uint64, ts uint64, liquidate bool, nonSigners []uint64, signedAs []uint64) []byte {
		n := nodes[id]
		msg := bls.ExitMessage(e.domain, n.pk, ts)
		if liquidate {
			msg = bls.LiquidateMessage(e.domain, n.pk, ts)
		}
		sig := sigParams(aggregate(t, e.domain, msg, nodes, signedAs...))
		if liquidate {
			return rewardsABI.PackLiquidateBLSPublicKeyWithSignature(n.g1(), new(big.Int).SetUint64(ts), sig, nonSigners)
		}
		return rewardsABI.PackExitBLSPublicKeyWithSignature(n.g1(), new(big.Int).SetUint64(ts), sig, nonSigners)
	}

	// Too young (2 h minimum age), then old enough.
	e.expectRevert(liquidator, e.rewards, exitArgs(1, e.now(), false, nil, nil), "ExitTooEarly")
	e.advance(2*time.Hour + time.Minute)

	ts := e.now()
	e.expectRevert(liquidator, e.rewards, exitArgs(1, ts-601, false, nil, nil), "SignatureExpired")
	e.expectRevert(liquidator, e.rewards, exitArgs(1, ts, false, []uint64{5, 6, 7}, []uint64{5, 6, 7}), "InsufficientBLSSignatures")
	// Node 6 signed but is declared a non-signer: the key does not match.
	e.expectRevert(liquidator, e.rewards, exitArgs(1, ts, false, []uint64{6, 7}, []uint64{7}), "InvalidBLSSignature")
	// An exit signature does not liquidate.
	msg := bls.ExitMessage(e.domain, nodes[1].pk, ts)
	sig := sigParams(aggregate(t, e.domain, msg, nodes, 6, 7))
	e.expectRevert(liquidator, e.rewards, rewardsABI.PackLiquidateBLSPublicKeyWithSignature(nodes[1].g1(), new(big.Int).SetUint64(ts), sig, []uint64{6, 7}), "InvalidBLSSignature")
	unknown := newNode(t)
	e.expectRevert(liquidator, e.rewards, rewardsABI.PackExitBLSPublicKeyWithSignature(unknown.g1(), new(big.Int).SetUint64(ts), sig, nil), "BLSPubkeyDoesNotExist")

	// Exit of node 1 signed by all but nodes 6 and 7; no prior exit request needed.
	r := e.send(liquidator, e.rewards, exitArgs(1, ts, false, []uint64{6, 7}, []uint64{6, 7}))
	t.Logf("exitBLSPublicKeyWithSignature with 2 non-signers: %d gas", r.GasUsed)
	ev := hasLog(r, rewardsABI.UnpackServiceNodeExitEvent)
	if ev == nil || ev.ServiceNodeID != 1 || ev.ReturnedAmount.Cmp(stakingReq) != 0 || ev.Initiator != liquidator.addr {
		t.Errorf("ServiceNodeExit = %+v", ev)
	}
	delete(nodes, 1)
	// 6 nodes: threshold 2.

	// Liquidation of node 2 with one non-signer.
	liqBefore, poolBefore := e.balance(liquidator.addr), e.balance(e.dep.Pool)
	r = e.send(liquidator, e.rewards, exitArgs(2, e.now(), true, []uint64{4}, []uint64{4}))
	t.Logf("liquidateBLSPublicKeyWithSignature with 1 non-signer: %d gas", r.GasUsed)
	if len(r.Logs) < 2 {
		t.Fatalf("%d logs", len(r.Logs))
	}
	if _, err := rewardsABI.UnpackServiceNodeLiquidatedEvent(r.Logs[0]); err != nil {
		t.Errorf("first log is not ServiceNodeLiquidated: %v", err)
	}
	exit, err := rewardsABI.UnpackServiceNodeExitEvent(r.Logs[1])
	if err != nil {
		t.Fatalf("second log is not ServiceNodeExit: %v", err)
	}
	liqAmount := new(big.Int).Div(new(big.Int).Mul(stakingReq, big.NewInt(3)), big.NewInt(10_000))
	poolAmount := new(big.Int).Mul(stakingReq, big.NewInt(17))
	poolAmount.Sub(poolAmount, big.NewInt(1)).Div(poolAmount, big.NewInt(10_000)).Add(poolAmount, big.NewInt(1))
	returned := new(big.Int).Sub(stakingReq, liqAmount)
	returned.Sub(returned, poolAmount)
	if exit.ServiceNodeID != 2 || exit.ReturnedAmount.Cmp(returned) != 0 {
		t.Errorf("ServiceNodeExit = %+v, want returned %v", exit, returned)
	}
	if got := new(big.Int).Sub(e.balance(liquidator.addr), liqBefore); got.Cmp(liqAmount) != 0 {
		t.Errorf("liquidator got %v, want %v", got, liqAmount)
	}
	if got := new(big.Int).Sub(e.balance(e.dep.Pool), poolBefore); got.Cmp(poolAmount) != 0 {
		t.Errorf("pool got %v, want %v", got, poolAmount)
	}
	delete(nodes, 2)

	// The aggregate key is the sum of the remaining keys; the threshold follows (5/3 = 1).
	var keys []bls.PublicKey
	for _, n := range nodes {
		keys = append(keys, n.pk)
	}
	wantAgg, _ := bls.AggregatePublicKeys(keys...)
	agg := call(e, e.rewards, rewardsABI.PackAggregatePubkey(), rewardsABI.UnpackAggregatePubkey)
	if x, y := wantAgg.XY(); agg.X.Cmp(x) != 0 || agg.Y.Cmp(y) != 0 {
		t.Errorf("aggregate key = %v", agg)
	}
	if got := call(e, e.rewards, rewardsABI.PackBlsNonSignerThreshold(), rewardsABI.UnpackBlsNonSignerThreshold); got.Int64() != 1 {
		t.Errorf("blsNonSignerThreshold = %v", got)
	}
}

func TestRewardsBalanceAndClaim(t *testing.T) {
	e := newEnv(t, 2, bindings.DeployConfig{Start: true})
	op, recipient := e.users[0], e.users[1]
	nodes := signedNodes(t, e, op, 4) // threshold 1

	update := func(amount *big.Int, nonSigners ...uint64) []byte {
		msg := bls.RewardMessage(e.domain, recipient.addr, amount)
		sig := sigParams(aggregate(t, e.domain, msg, nodes, nonSigners...))
		return rewardsABI.PackUpdateRewardsBalance(recipient.addr, amount, sig, nonSigners)
	}
	claimAll := func() *big.Int {
		before := e.balance(recipient.addr)
		r := e.send(recipient, e.rewards, rewardsABI.PackClaimRewards0())
		paid := new(big.Int).Sub(e.balance(recipient.addr), before)
		if ev := hasLog(r, rewardsABI.UnpackRewardsClaimedEvent); ev == nil || ev.Amount.Cmp(paid) != 0 || ev.RecipientAddress != recipient.addr {
			t.Errorf("RewardsClaimed = %+v, paid %v", ev, paid)
		}
		return paid
	}

	e.send(e.owner, e.rewards, rewardsABI.PackSetClaimThreshold(sesh(1_200)))
	r := e.send(op, e.rewards, update(sesh(1_000), 3))
	t.Logf("updateRewardsBalance with 1 non-signer: %d gas", r.GasUsed)
	if ev := hasLog(r, rewardsABI.UnpackRewardsBalanceUpdatedEvent); ev == nil || ev.Amount.Cmp(sesh(1_000)) != 0 || ev.PreviousBalance.Sign() != 0 {
		t.Errorf("RewardsBalanceUpdated = %+v", ev)
	}
	if got := claimAll(); got.Cmp(sesh(1_000)) != 0 {
		t.Errorf("first claim paid %v", got)
	}
	firstCycle := e.now() / (12 * 3600)

	e.expectRevert(op, e.rewards, update(sesh(1_000)), "RecipientRewardsTooLow")
	e.expectRevert(op, e.rewards, update(sesh(900)), "RecipientRewardsTooLow")
	e.expectRevert(op, e.rewards, update(sesh(2_000), 1, 2), "InsufficientBLSSignatures")
	msg := bls.RewardMessage(e.domain, recipient.addr, sesh(1_500))
	bad := sigParams(aggregate(t, e.domain, msg, nodes))
	e.expectRevert(op, e.rewards, rewardsABI.PackUpdateRewardsBalance(recipient.addr, sesh(1_600), bad, nil), "InvalidBLSSignature")
	e.expectRevert(op, e.rewards, rewardsABI.PackUpdateRewardsBalance(common.Address{}, sesh(1_500), bad, nil), "NullAddress")

	r = e.send(op, e.rewards, update(sesh(1_500)))
	if ev := hasLog(r, rewardsABI.UnpackRewardsBalanceUpdatedEvent); ev == nil || ev.PreviousBalance.Cmp(sesh(1_000)) != 0 {
		t.Errorf("RewardsBalanceUpdated = %+v", ev)
	}
	rec := call(e, e.rewards, rewardsABI.PackRecipients(recipient.addr), rewardsABI.UnpackRecipients)
	if rec.Rewards.Cmp(sesh(1_500)) != 0 || rec.Claimed.Cmp(sesh(1_000)) != 0 {
		t.Errorf("recipients = %+v", rec)
	}
	e.expectRevert(recipient, e.rewards, rewardsABI.PackClaimRewards(sesh(501)), "MaxClaimExceeded")
	// 1,000 already claimed this cycle; the cap is 1,200, unless a new 12-hour cycle has begun.
	if cycle := e.now() / (12 * 3600); cycle == firstCycle && e.now()+60 < (cycle+1)*12*3600 {
		e.expectRevert(recipient, e.rewards, rewardsABI.PackClaimRewards0(), "ClaimThresholdExceeded")
	}
	e.advance(12 * time.Hour)
	// Paused: updates stop, claims do not.
	e.send(e.owner, e.rewards, rewardsABI.PackPause())
	e.expectRevert(op, e.rewards, update(sesh(2_000)), "EnforcedPause")
	if got := claimAll(); got.Cmp(sesh(500)) != 0 {
		t.Errorf("second claim paid %v, want exactly the 500 difference", got)
	}
	if got := claimAll(); got.Sign() != 0 {
		t.Errorf("third claim paid %v", got)
	}
}

// TestPubkeyAggregationLimit: after start() at most max(20, 2 % of nodes) keys join per block.
func TestPubkeyAggregationLimit(t *testing.T) {
	e := newEnvWith(t, 1, bindings.DeployConfig{Start: true}, pragueRules, simulated.WithBlockGasLimit(100_000_000))
	op := e.users[0]
	e.fund(new(big.Int).Mul(stakingReq, big.NewInt(21)), op)
	e.approve(op, e.dep.Rewards, new(big.Int).Mul(stakingReq, big.NewInt(21)))
	var txs []*types.Transaction
	nonce, err := e.client.PendingNonceAt(context.Background(), op.addr)
	if err != nil {
		t.Fatal(err)
	}
	for range 21 {
		n := newNode(t)
		tx, err := bind.Transact(e.rewards, op.auth, rewardsABI.PackAddBLSPublicKey(n.g1(), n.pop(e.domain, op.addr), n.params(0), nil))
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	// The pool promotes transactions in the background: mine only once all
	// 21 are pending, or a loaded machine splits them over two blocks.
	for deadline := time.Now().Add(30 * time.Second); ; {
		pending, err := e.client.PendingNonceAt(context.Background(), op.addr)
		if err != nil {
			t.Fatal(err)
		}
		if pending == nonce+21 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of 21 registrations pending", pending-nonce)
		}
		time.Sleep(10 * time.Millisecond)
	}
	head := e.sim.Commit()
	for i, tx := range txs {
		r := e.receipt(tx.Hash())
		if r.BlockHash != head {
			t.Fatalf("registration %d was mined in block %d, not with the others", i, r.BlockNumber)
		}
		if ok := r.Status == types.ReceiptStatusSuccessful; ok != (i < 20) {
			t.Errorf("registration %d in the block: success %v", i, ok)
		}
	}
	if got := call(e, e.rewards, rewardsABI.PackTotalNodes(), rewardsABI.UnpackTotalNodes); got.Int64() != 20 {
		t.Errorf("totalNodes = %v", got)
	}
	if got := call(e, e.rewards, rewardsABI.PackNumPubkeyAggregationsForHeight(), rewardsABI.UnpackNumPubkeyAggregationsForHeight); got.Int64() != 20 {
		t.Errorf("numPubkeyAggregationsForHeight = %v", got)
	}
}
