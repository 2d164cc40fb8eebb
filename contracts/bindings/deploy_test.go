package bindings_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
)

// TestDeploy deploys in the upstream order (token, pool, pool funding, rewards, factory, pool
// beneficiary, start) and checks the resulting state.
func TestDeploy(t *testing.T) {
	e := newEnv(t, 0, bindings.DeployConfig{Start: true})
	t.Logf("deployment took %v", e.deployed)

	// Token.
	if got := call(e, e.token, tokenABI.PackTotalSupply(), tokenABI.UnpackTotalSupply); got.Cmp(sesh(240_000_000)) != 0 {
		t.Errorf("totalSupply = %v", got)
	}
	if got := call(e, e.token, tokenABI.PackDecimals(), tokenABI.UnpackDecimals); got != 9 {
		t.Errorf("decimals = %d", got)
	}
	if got := call(e, e.token, tokenABI.PackSymbol(), tokenABI.UnpackSymbol); got != "SESH" {
		t.Errorf("symbol = %q", got)
	}
	if got := e.balance(e.owner.addr); got.Cmp(sesh(200_000_000)) != 0 {
		t.Errorf("owner balance = %v", got)
	}

	// Pool.
	if got := e.balance(e.dep.Pool); got.Cmp(sesh(40_000_000)) != 0 {
		t.Errorf("pool balance = %v", got)
	}
	if got := call(e, e.pool, poolABI.PackBeneficiary(), poolABI.UnpackBeneficiary); got != e.dep.Rewards {
		t.Errorf("pool beneficiary = %v", got)
	}

	// Rewards.
	for name, c := range map[string]struct {
		data   []byte
		unpack func([]byte) (*big.Int, error)
		want   *big.Int
	}{
		"stakingRequirement":          {rewardsABI.PackStakingRequirement(), rewardsABI.UnpackStakingRequirement, sesh(25_000)},
		"maxContributors":             {rewardsABI.PackMaxContributors(), rewardsABI.UnpackMaxContributors, big.NewInt(10)},
		"liquidatorRewardRatio":       {rewardsABI.PackLiquidatorRewardRatio(), rewardsABI.UnpackLiquidatorRewardRatio, big.NewInt(3)},
		"poolShareOfLiquidationRatio": {rewardsABI.PackPoolShareOfLiquidationRatio(), rewardsABI.UnpackPoolShareOfLiquidationRatio, big.NewInt(17)},
		"recipientRatio":              {rewardsABI.PackRecipientRatio(), rewardsABI.UnpackRecipientRatio, big.NewInt(9980)},
		"blsNonSignerThresholdMax":    {rewardsABI.PackBlsNonSignerThresholdMax(), rewardsABI.UnpackBlsNonSignerThresholdMax, big.NewInt(4000)},
		"signatureExpiry":             {rewardsABI.PackSignatureExpiry(), rewardsABI.UnpackSignatureExpiry, big.NewInt(600)},
		"claimThreshold":              {rewardsABI.PackClaimThreshold(), rewardsABI.UnpackClaimThreshold, sesh(1_000_000)},
		"claimCycle":                  {rewardsABI.PackClaimCycle(), rewardsABI.UnpackClaimCycle, big.NewInt(12 * 3600)},
		"totalNodes":                  {rewardsABI.PackTotalNodes(), rewardsABI.UnpackTotalNodes, big.NewInt(0)},
	} {
		if got := call(e, e.rewards, c.data, c.unpack); got.Cmp(c.want) != 0 {
			t.Errorf("%s = %v, want %v", name, got, c.want)
		}
	}
	if !call(e, e.rewards, rewardsABI.PackIsStarted(), rewardsABI.UnpackIsStarted) {
		t.Error("not started")
	}
	if got := call(e, e.rewards, rewardsABI.PackDesignatedToken(), rewardsABI.UnpackDesignatedToken); got != e.dep.Token {
		t.Errorf("designatedToken = %v", got)
	}
	if got := call(e, e.rewards, rewardsABI.PackFoundationPool(), rewardsABI.UnpackFoundationPool); got != e.dep.Pool {
		t.Errorf("foundationPool = %v", got)
	}
	if got := call(e, e.rewards, rewardsABI.PackOwner(), rewardsABI.UnpackOwner); got != e.owner.addr {
		t.Errorf("owner = %v", got)
	}
	if got := call(e, e.rewards, rewardsABI.PackNextServiceNodeID(), rewardsABI.UnpackNextServiceNodeID); got != 1 {
		t.Errorf("nextServiceNodeID = %d", got)
	}
	// Tags bind the chain id and the contract's own address.
	tags := map[string]struct {
		data []byte
		base string
	}{
		"proofOfPossessionTag": {rewardsABI.PackProofOfPossessionTag(), bls.BasePoP},
		"rewardTag":            {rewardsABI.PackRewardTag(), bls.BaseReward},
		"exitTag":              {rewardsABI.PackExitTag(), bls.BaseExit},
		"liquidateTag":         {rewardsABI.PackLiquidateTag(), bls.BaseLiquidate},
		"hashToG2Tag":          {rewardsABI.PackHashToG2Tag(), bls.BaseHashToField},
	}
	for name, tag := range tags {
		got := call(e, e.rewards, tag.data, func(b []byte) ([32]byte, error) {
			var out [32]byte
			copy(out[:], b)
			return out, nil
		})
		if want := e.domain.Tag(tag.base); got != want {
			t.Errorf("%s = %x, want %x", name, got, want)
		}
	}

	// Factory.
	if got := call(e, e.factory, factoryABI.PackStakingRewardsContract(), factoryABI.UnpackStakingRewardsContract); got != e.dep.Rewards {
		t.Errorf("factory rewards = %v", got)
	}

	// Initializers run once.
	e.expectRevert(e.owner, e.rewards, rewardsABI.PackInitialize(e.dep.Token, e.dep.Pool, stakingReq,
		big.NewInt(10), big.NewInt(3), big.NewInt(17), big.NewInt(9980)), "InvalidInitialization")
	e.expectRevert(e.owner, e.pool, poolABI.PackInitialize(e.owner.addr, e.dep.Token), "InvalidInitialization")
	// Owner-only setters.
	e.expectRevert(e.owner, e.rewards, rewardsABI.PackSetClaimCycle(big.NewInt(0)), "PositiveNumberRequirement")
}

// TestRewardRatePool checks the 15.1 % simple annual release and rewardRate.
func TestRewardRatePool(t *testing.T) {
	e := newEnv(t, 1, bindings.DeployConfig{})
	last := call(e, e.pool, poolABI.PackLastPaidOutTime(), poolABI.UnpackLastPaidOutTime)
	e.advance(24 * time.Hour)

	balance := e.balance(e.dep.Pool)
	rate := call(e, e.pool, poolABI.PackRewardRate(), poolABI.UnpackRewardRate)
	r := e.send(e.users[0], e.pool, poolABI.PackPayoutReleased())
	ev := hasLog(r, poolABI.UnpackFundsReleasedEvent)
	if ev == nil {
		t.Fatal("no FundsReleased")
	}
	dt := new(big.Int).SetUint64(e.now() - last.Uint64())
	want := new(big.Int).Mul(balance, big.NewInt(151))
	want.Mul(want, dt).Div(want, big.NewInt(1000*365*24*3600))
	if ev.Amount.Cmp(want) != 0 {
		t.Errorf("released %v, want %v (dt %v)", ev.Amount, want, dt)
	}
	if got := e.balance(e.dep.Rewards); got.Cmp(want) != 0 {
		t.Errorf("rewards contract received %v, want %v", got, want)
	}
	// rewardRate is the 2-minute payout on the balance left after the pending release (at the
	// time of the call, one block before the payout).
	if rate.Sign() <= 0 || rate.Cmp(new(big.Int).Div(sesh(40_000_000), big.NewInt(100))) > 0 {
		t.Errorf("rewardRate = %v", rate)
	}
	// 40M SESH * 15.1 % / (365 * 720) two-minute periods.
	wantRate := new(big.Int).Mul(sesh(40_000_000), big.NewInt(151*120))
	wantRate.Div(wantRate, big.NewInt(1000*365*24*3600))
	if diff := new(big.Int).Sub(rate, wantRate); diff.CmpAbs(big.NewInt(1000*bindings.Coin)) > 0 {
		t.Errorf("rewardRate = %v, want about %v", rate, wantRate)
	}
	e.expectRevert(e.users[0], e.pool, poolABI.PackSetBeneficiary(common.Address{1}), "OwnableUnauthorizedAccount")
}
