package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/keys"
	"github.com/sessiond/sessiond/internal/registration"
)

// Contracts is a deployed devnet contract set and its owner.
type Contracts struct {
	bindings.Deployment
	Owner              Account
	StakingRequirement *big.Int
	chain              *Chain
}

// DeployOptions configure Deploy.
type DeployOptions struct {
	// StakingRequirement in atomic units; nil is 25,000 SESH.
	StakingRequirement *big.Int
}

// Deploy deploys token, pool, pool funding, rewards (the devnet variant
// without a minimum exit age), factory, pool beneficiary and start(), in
// upstream's order, from owner.
func Deploy(ctx context.Context, c *Chain, owner Account, o DeployOptions) (*Contracts, error) {
	auth, err := c.Opts(ctx, owner)
	if err != nil {
		return nil, err
	}
	req := o.StakingRequirement
	if req == nil {
		req = new(big.Int).Mul(big.NewInt(25_000), big.NewInt(bindings.Coin))
	}
	dep, err := bindings.Deploy(ctx, c.Client, auth, bindings.DeployConfig{
		StakingRequirement: req,
		DevnetRewards:      true,
		Start:              true,
		Commit:             c.Mine,
	})
	if err != nil {
		return nil, err
	}
	return &Contracts{Deployment: *dep, Owner: owner, StakingRequirement: req, chain: c}, nil
}

// Attach uses an already deployed set (a resumed devnet).
func Attach(c *Chain, dep bindings.Deployment, owner Account, req *big.Int) *Contracts {
	return &Contracts{Deployment: dep, Owner: owner, StakingRequirement: req, chain: c}
}

// FundSESH transfers tokens from the owner.
func (k *Contracts) FundSESH(ctx context.Context, to common.Address, amount *big.Int) error {
	_, err := k.chain.Send(ctx, k.Owner, k.Token, bindings.NewSESH().PackTransfer(to, amount), "SESH transfer to "+to.Hex())
	return err
}

// Approve lets spender take amount of from's SESH.
func (k *Contracts) Approve(ctx context.Context, from Account, spender common.Address, amount *big.Int) error {
	_, err := k.chain.Send(ctx, from, k.Token, bindings.NewSESH().PackApprove(spender, amount), "SESH approve")
	return err
}

// Params returns registration parameters for this devnet.
func (k *Contracts) Params(operator common.Address) registration.Params {
	return registration.Params{
		Network:            "devnet",
		ChainID:            k.chain.ChainID.Uint64(),
		RewardsContract:    k.Rewards,
		Operator:           operator,
		StakingRequirement: k.StakingRequirement,
	}
}

// RegisterSolo registers id as a solo node staked by operator: approve, then
// the addBLSPublicKey calldata exactly as prepare_registration prints it.
func (k *Contracts) RegisterSolo(ctx context.Context, operator Account, id *keys.Identity) (uint64, error) {
	reg, err := registration.Build(id, k.Params(operator.Addr))
	if err != nil {
		return 0, err
	}
	data, err := reg.AddBLSPublicKeyCalldata()
	if err != nil {
		return 0, err
	}
	return k.SubmitSolo(ctx, operator, data)
}

// SubmitSolo approves the stake and sends addBLSPublicKey calldata as-is.
func (k *Contracts) SubmitSolo(ctx context.Context, operator Account, calldata []byte) (uint64, error) {
	if err := k.Approve(ctx, operator, k.Rewards, k.StakingRequirement); err != nil {
		return 0, err
	}
	r, err := k.chain.Send(ctx, operator, k.Rewards, calldata, "addBLSPublicKey")
	if err != nil {
		return 0, err
	}
	return newNodeID(r)
}

// Stake is one contribution to a multi-contributor node.
type Stake struct {
	From   Account
	Amount *big.Int
}

// RegisterMulti registers id through a contribution contract: the operator
// deploys it through the factory with the stakes reserved (operator first),
// then every staker contributes; the last contribution finalizes the node.
func (k *Contracts) RegisterMulti(ctx context.Context, feeBPS uint16, stakes []Stake, id *keys.Identity) (nodeID uint64, contract common.Address, err error) {
	if len(stakes) == 0 {
		return 0, common.Address{}, errors.New("devnet: no stakes")
	}
	p := k.Params(stakes[0].From.Addr)
	p.FeeBPS = feeBPS
	for _, s := range stakes {
		p.Reserved = append(p.Reserved, registration.Reserved{Address: s.From.Addr, Amount: s.Amount})
	}
	reg, err := registration.Build(id, p)
	if err != nil {
		return 0, common.Address{}, err
	}
	data, err := reg.DeployCalldata()
	if err != nil {
		return 0, common.Address{}, err
	}
	r, err := k.chain.Send(ctx, stakes[0].From, k.Factory, data, "factory deploy")
	if err != nil {
		return 0, common.Address{}, err
	}
	f := bindings.NewServiceNodeContributionFactory()
	for _, l := range r.Logs {
		if ev, err := f.UnpackNewServiceNodeContributionContractEvent(l); err == nil {
			contract = ev.ContributorContract
		}
	}
	if contract == (common.Address{}) {
		return 0, common.Address{}, errors.New("devnet: factory deploy emitted no contract")
	}
	sc := bindings.NewServiceNodeContribution()
	for i, s := range stakes {
		if err := k.Approve(ctx, s.From, contract, s.Amount); err != nil {
			return 0, contract, err
		}
		r, err = k.chain.Send(ctx, s.From, contract, sc.PackContributeFunds(s.Amount, s.From.Addr), fmt.Sprintf("contribution %d", i))
		if err != nil {
			return 0, contract, err
		}
	}
	id2, err := newNodeID(r)
	return id2, contract, err
}

func newNodeID(r *types.Receipt) (uint64, error) {
	rw := bindings.NewServiceNodeRewards()
	for _, l := range r.Logs {
		if ev, err := rw.UnpackNewServiceNodeV2Event(l); err == nil {
			return ev.ServiceNodeID, nil
		}
	}
	return 0, errors.New("devnet: no NewServiceNodeV2 in the receipt")
}

// CallRewards runs a view call on the rewards contract at the latest block.
func (k *Contracts) CallRewards(ctx context.Context, data []byte) ([]byte, error) {
	return k.chain.Client.CallContract(ctx, callTo(k.Rewards, data), nil)
}

func callTo(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
