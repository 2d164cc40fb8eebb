package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessiond/sessiond/contracts/bindings"
)

// Status values of ServiceNodeContribution.
const (
	waitForOperatorContrib = 0
	openForPublicContrib   = 1
	waitForFinalized       = 2
	finalized              = 3
)

// logNames names each log of r by trying the unpackers of the contracts involved.
func logNames(r *types.Receipt) []string {
	var names []string
	for _, l := range r.Logs {
		name := "?"
		for _, a := range allABIs {
			if ev, err := a.EventByID(l.Topics[0]); err == nil {
				name = ev.Name
				break
			}
		}
		names = append(names, name)
	}
	return names
}

func sameNames(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

func TestMultiContributorFlow(t *testing.T) {
	e := newEnv(t, 5, bindings.DeployConfig{Start: true})
	op, reserved, alice, bob, carol := e.users[0], e.users[1], e.users[2], e.users[3], e.users[4]
	e.fund(sesh(30_000), e.users...)
	n := newNode(t)

	// The factory creates the contract; its set-up events come before the factory's.
	reservations := []bindings.IServiceNodeRewardsReservedContributor{
		{Addr: op.addr, Amount: sesh(10_000)},
		{Addr: reserved.addr, Amount: sesh(5_000)},
	}
	e.expectRevert(op, e.factory, factoryABI.PackDeploy(n.g1(), n.pop(e.domain, alice.addr), n.params(1000), reservations, false),
		"InvalidBLSProofOfPossession")
	e.expectRevert(op, e.factory, factoryABI.PackDeploy(n.g1(), n.pop(e.domain, op.addr), n.params(1000),
		[]bindings.IServiceNodeRewardsReservedContributor{{Addr: reserved.addr, Amount: sesh(10_000)}}, false),
		"FirstReservedContributorMustBeOperator")
	e.expectRevert(op, e.factory, factoryABI.PackDeploy(n.g1(), n.pop(e.domain, op.addr), n.params(10_001), reservations, false),
		"FeeExceedsPossibleValue")
	r := e.send(op, e.factory, factoryABI.PackDeploy(n.g1(), n.pop(e.domain, op.addr), n.params(1000), reservations, false))
	t.Logf("factory deploy: %d gas", r.GasUsed)
	want := []string{"UpdateReservedContributors", "Reset", "UpdatePubkeys", "UpdateFee", "UpdateReservedContributors",
		"UpdateManualFinalize", "NewServiceNodeContributionContract"}
	if got := logNames(r); !sameNames(got, want) {
		t.Errorf("creation logs %v, want %v", got, want)
	}
	created := hasLog(r, factoryABI.UnpackNewServiceNodeContributionContractEvent)
	if created == nil || created.Operator != op.addr || created.ServiceNodePubkey.Cmp(n.params(0).ServiceNodePubkey) != 0 {
		t.Fatalf("NewServiceNodeContributionContract = %+v", created)
	}
	if !call(e, e.factory, factoryABI.PackOwns(created.ContributorContract), factoryABI.UnpackOwns) {
		t.Error("factory does not own the contract")
	}
	c := contribABI.Instance(e.client, created.ContributorContract)
	status := func() uint8 { return call(e, c, contribABI.PackStatus(), contribABI.UnpackStatus) }
	for _, a := range e.users {
		e.approve(a, created.ContributorContract, sesh(30_000))
	}

	// The operator goes first, with at least its reservation.
	e.expectRevert(alice, c, contribABI.PackContributeFunds(sesh(5_000), common.Address{}), "FirstContributionMustBeOperator")
	e.expectRevert(op, c, contribABI.PackContributeFunds(sesh(9_000), common.Address{}), "ContributionBelowReservedAmount")
	r = e.send(op, c, contribABI.PackContributeFunds(sesh(10_000), common.Address{}))
	if got := logNames(r); !sameNames(got, []string{"OpenForPublicContribution", "NewContribution", "Transfer"}) {
		t.Errorf("operator contribution logs %v", got)
	}
	if status() != openForPublicContrib {
		t.Errorf("status %d", status())
	}

	// Reserved slot: at least the reserved amount.
	e.expectRevert(reserved, c, contribABI.PackContributeFunds(sesh(4_000), common.Address{}), "ContributionBelowReservedAmount")
	e.send(reserved, c, contribABI.PackContributeFunds(sesh(5_000), carol.addr)) // rewards to carol

	// Others: ceil(remaining / free slots) = ceil(10,000 / 8) = 1,250.
	if min := call(e, c, contribABI.PackMinimumContribution(), contribABI.UnpackMinimumContribution); min.Cmp(sesh(1_250)) != 0 {
		t.Errorf("minimumContribution = %v", min)
	}
	e.expectRevert(alice, c, contribABI.PackContributeFunds(sesh(1_249), common.Address{}), "ContributionBelowMinAmount")
	e.expectRevert(alice, c, contribABI.PackContributeFunds(sesh(10_001), common.Address{}), "ContributionExceedsStakingRequirement")
	e.send(alice, c, contribABI.PackContributeFunds(sesh(4_000), common.Address{}))

	// Withdrawal: not within a day, then refunded.
	e.expectRevert(alice, c, contribABI.PackWithdrawContribution(), "WithdrawTooEarly")
	e.advance(24*time.Hour + time.Second)
	before := e.balance(alice.addr)
	r = e.send(alice, c, contribABI.PackWithdrawContribution())
	if ev := hasLog(r, contribABI.UnpackWithdrawContributionEvent); ev == nil || ev.Amount.Cmp(sesh(4_000)) != 0 {
		t.Errorf("WithdrawContribution = %+v", ev)
	}
	if got := new(big.Int).Sub(e.balance(alice.addr), before); got.Cmp(sesh(4_000)) != 0 {
		t.Errorf("refund %v", got)
	}

	// Alice again, then Bob fills the stake: auto-finalize registers the node.
	e.send(alice, c, contribABI.PackContributeFunds(sesh(4_000), common.Address{}))
	e.expectRevert(bob, c, contribABI.PackUpdateBeneficiary(bob.addr), "NonContributorUpdatedBeneficiary")
	r = e.send(bob, c, contribABI.PackContributeFunds(sesh(6_000), common.Address{}))
	t.Logf("filling contribution with auto-finalize (registration): %d gas", r.GasUsed)
	want = []string{"Filled", "NewContribution", "Transfer", "Finalized", "Approval", "NewServiceNodeV2", "Transfer"}
	if got := logNames(r); !sameNames(got, want) {
		t.Errorf("filling logs %v, want %v", got, want)
	}
	if status() != finalized {
		t.Errorf("status %d", status())
	}
	ev := hasLog(r, rewardsABI.UnpackNewServiceNodeV2Event)
	if ev == nil || ev.Initiator != created.ContributorContract || ev.ServiceNode.Fee != 1000 {
		t.Fatalf("NewServiceNodeV2 = %+v", ev)
	}
	sn := call(e, e.rewards, rewardsABI.PackServiceNodes(ev.ServiceNodeID), rewardsABI.UnpackServiceNodes)
	type stake struct {
		addr, beneficiary common.Address
		amount            *big.Int
	}
	wantStakes := []stake{
		{op.addr, op.addr, sesh(10_000)},
		{reserved.addr, carol.addr, sesh(5_000)},
		{alice.addr, alice.addr, sesh(4_000)},
		{bob.addr, bob.addr, sesh(6_000)},
	}
	if sn.Operator != op.addr || len(sn.Contributors) != len(wantStakes) {
		t.Fatalf("node = %+v", sn)
	}
	for i, w := range wantStakes {
		got := sn.Contributors[i]
		if got.Staker.Addr != w.addr || got.Staker.Beneficiary != w.beneficiary || got.StakedAmount.Cmp(w.amount) != 0 {
			t.Errorf("contributor %d = %+v, want %+v", i, got, w)
		}
	}
	if got := e.balance(created.ContributorContract); got.Sign() != 0 {
		t.Errorf("contract kept %v", got)
	}

	// Small contributors (< 25 %) cannot ask to leave in the first 30 days; the operator can.
	e.expectRevert(alice, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(ev.ServiceNodeID), "SmallContributorLeaveTooEarly")
	e.send(op, e.rewards, rewardsABI.PackInitiateExitBLSPublicKey(ev.ServiceNodeID))
	e.expectRevert(alice, c, contribABI.PackContributeFunds(sesh(1_000), common.Address{}), "ContributeFundsNotPossible")
}

// TestContributionManualFinalizeAndReset covers manual finalize, the operator's reset and the
// rewards-contract parameter check.
func TestContributionManualFinalizeAndReset(t *testing.T) {
	e := newEnv(t, 2, bindings.DeployConfig{Start: true})
	op, alice := e.users[0], e.users[1]
	e.fund(sesh(60_000), op, alice)
	n := newNode(t)
	r := e.send(op, e.factory, factoryABI.PackDeploy(n.g1(), n.pop(e.domain, op.addr), n.params(0), nil, true))
	addr := hasLog(r, factoryABI.UnpackNewServiceNodeContributionContractEvent).ContributorContract
	c := contribABI.Instance(e.client, addr)
	e.approve(op, addr, sesh(60_000))
	e.approve(alice, addr, sesh(30_000))

	// Operator minimum: a quarter.
	e.expectRevert(op, c, contribABI.PackContributeFunds(sesh(6_249), common.Address{}), "ContributionBelowMinAmount")
	e.send(op, c, contribABI.PackContributeFunds(sesh(6_250), common.Address{}))
	e.expectRevert(alice, c, contribABI.PackFinalize(), "OnlyOperatorIsAuthorised")
	e.expectRevert(op, c, contribABI.PackFinalize(), "FinalizeNotPossible")

	// Reset by the operator refunds everyone.
	e.send(alice, c, contribABI.PackContributeFunds(sesh(3_000), common.Address{})) // minimum ceil(18,750 / 9)
	before := e.balance(alice.addr)
	r = e.send(op, c, contribABI.PackWithdrawContribution())
	if got := logNames(r); !sameNames(got, []string{"Transfer", "Transfer", "UpdateReservedContributors", "Reset"}) {
		t.Errorf("reset logs %v", got)
	}
	if got := new(big.Int).Sub(e.balance(alice.addr), before); got.Cmp(sesh(3_000)) != 0 {
		t.Errorf("alice refunded %v", got)
	}
	if got := call(e, c, contribABI.PackStatus(), contribABI.UnpackStatus); got != waitForOperatorContrib {
		t.Errorf("status %d", got)
	}

	// The staking requirement changes: contributions stop.
	e.send(e.owner, e.rewards, rewardsABI.PackSetStakingRequirement(sesh(20_000)))
	e.expectRevert(op, c, contribABI.PackContributeFunds(sesh(6_250), common.Address{}), "RewardsContractStakingRequirementChanged")
	e.send(e.owner, e.rewards, rewardsABI.PackSetStakingRequirement(stakingReq))

	// Full stake by the operator, manual finalize.
	r = e.send(op, c, contribABI.PackContributeFunds(stakingReq, common.Address{}))
	if got := call(e, c, contribABI.PackStatus(), contribABI.UnpackStatus); got != waitForFinalized {
		t.Errorf("status %d", got)
	}
	if hasLog(r, rewardsABI.UnpackNewServiceNodeV2Event) != nil {
		t.Error("registered without finalize")
	}
	r = e.send(op, c, contribABI.PackFinalize())
	t.Logf("manual finalize (registration, 1 contributor): %d gas", r.GasUsed)
	if ev := hasLog(r, rewardsABI.UnpackNewServiceNodeV2Event); ev == nil || ev.Initiator != addr || ev.Contributors[0].Staker.Addr != op.addr {
		t.Errorf("NewServiceNodeV2 = %+v", ev)
	}
}
