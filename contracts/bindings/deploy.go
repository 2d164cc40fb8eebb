package bindings

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Coin is one SESH in atomic units (9 decimals).
const Coin = 1_000_000_000

// Backend is what Deploy needs from a chain client; *ethclient.Client and the simulated
// backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployConfig holds the deployment parameters. Zero values take the defaults noted on each field
// (those of the upstream deploy script, with the mainnet staking requirement).
type DeployConfig struct {
	StakingRequirement *big.Int // 25,000 SESH
	PoolFunding        *big.Int // 40,000,000 SESH moved from the deployer to the pool
	MaxContributors    int64    // 10
	// Liquidation split of a deposit as liquidator : pool : recipient; all zero means 3 : 17 : 9980.
	LiquidatorRatio, PoolRatio, RecipientRatio int64
	// DevnetRewards deploys DevnetServiceNodeRewards (no minimum node age before signed exits).
	DevnetRewards bool
	// Start calls start() on the rewards contract at the end (the upstream script does not).
	Start bool
	// Commit, if set, is called after each transaction is sent, before waiting for its receipt:
	// the simulated backend needs it (pass its Commit method) to mine.
	Commit func()
}

// Deployment holds the deployed addresses.
type Deployment struct {
	Token   common.Address // SESH
	Pool    common.Address // RewardRatePool
	Rewards common.Address // ServiceNodeRewards (or its devnet variant)
	Factory common.Address // ServiceNodeContributionFactory
}

// Deploy deploys and wires up the contracts from auth's account, in the order of upstream's
// scripts/deploy-common.js: token (the deployer receives the supply and is the token's gateway),
// pool (beneficiary the deployer until the last step), pool funding, rewards, factory, then the
// pool's beneficiary set to the rewards contract, and start() if cfg.Start.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg DeployConfig) (*Deployment, error) {
	d := &deployer{ctx: ctx, backend: backend, auth: auth, commit: cfg.Commit}
	cfg.setDefaults()

	var out Deployment
	sesh, pool, rewards, factory := NewSESH(), NewRewardRatePool(), NewServiceNodeRewards(), NewServiceNodeContributionFactory()
	rewardsBin := ServiceNodeRewardsMetaData.Bin
	if cfg.DevnetRewards {
		rewardsBin = DevnetServiceNodeRewardsMetaData.Bin
	}

	out.Token = d.deploy("SESH", SESHMetaData.Bin)
	token := sesh.Instance(backend, out.Token)
	d.transact("SESH.initialize", token, sesh.PackInitialize(auth.From, common.Address{}))

	out.Pool = d.deploy("RewardRatePool", RewardRatePoolMetaData.Bin)
	poolC := pool.Instance(backend, out.Pool)
	d.transact("RewardRatePool.initialize", poolC, pool.PackInitialize(auth.From, out.Token))
	d.transact("SESH.transfer", token, sesh.PackTransfer(out.Pool, cfg.PoolFunding))

	out.Rewards = d.deploy("ServiceNodeRewards", rewardsBin)
	rewardsC := rewards.Instance(backend, out.Rewards)
	d.transact("ServiceNodeRewards.initialize", rewardsC, rewards.PackInitialize(
		out.Token, out.Pool, cfg.StakingRequirement, big.NewInt(cfg.MaxContributors),
		big.NewInt(cfg.LiquidatorRatio), big.NewInt(cfg.PoolRatio), big.NewInt(cfg.RecipientRatio)))

	out.Factory = d.deploy("ServiceNodeContributionFactory", ServiceNodeContributionFactoryMetaData.Bin)
	d.transact("ServiceNodeContributionFactory.initialize", factory.Instance(backend, out.Factory),
		factory.PackInitialize(out.Rewards))

	d.transact("RewardRatePool.setBeneficiary", poolC, pool.PackSetBeneficiary(out.Rewards))
	if cfg.Start {
		d.transact("ServiceNodeRewards.start", rewardsC, rewards.PackStart())
	}
	if d.err != nil {
		return nil, d.err
	}
	return &out, nil
}

func (c *DeployConfig) setDefaults() {
	if c.StakingRequirement == nil {
		c.StakingRequirement = new(big.Int).Mul(big.NewInt(25_000), big.NewInt(Coin))
	}
	if c.PoolFunding == nil {
		c.PoolFunding = new(big.Int).Mul(big.NewInt(40_000_000), big.NewInt(Coin))
	}
	if c.MaxContributors == 0 {
		c.MaxContributors = 10
	}
	if c.LiquidatorRatio == 0 && c.PoolRatio == 0 && c.RecipientRatio == 0 {
		c.LiquidatorRatio, c.PoolRatio, c.RecipientRatio = 3, 17, 9980
	}
}

// deployer sends transactions one after the other and stops at the first error.
type deployer struct {
	ctx     context.Context
	backend Backend
	auth    *bind.TransactOpts
	commit  func()
	err     error
}

func (d *deployer) deploy(name, bin string) common.Address {
	if d.err != nil {
		return common.Address{}
	}
	addr, tx, err := bind.DeployContract(d.auth, common.FromHex(bin), d.backend, nil)
	if err != nil {
		d.err = fmt.Errorf("deploy %s: %w", name, err)
		return common.Address{}
	}
	d.wait(name, tx)
	return addr
}

func (d *deployer) transact(what string, c *bind.BoundContract, calldata []byte) {
	if d.err != nil {
		return
	}
	tx, err := bind.Transact(c, d.auth, calldata)
	if err != nil {
		d.err = fmt.Errorf("%s: %w", what, err)
		return
	}
	d.wait(what, tx)
}

func (d *deployer) wait(what string, tx *types.Transaction) {
	if d.commit != nil {
		d.commit()
	}
	receipt, err := bind.WaitMined(d.ctx, d.backend, tx.Hash())
	switch {
	case err != nil:
		d.err = fmt.Errorf("%s: %w", what, err)
	case receipt.Status != types.ReceiptStatusSuccessful:
		d.err = fmt.Errorf("%s: %w (tx %s)", what, errReverted, tx.Hash())
	}
}

var errReverted = errors.New("transaction reverted")
