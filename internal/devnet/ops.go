package devnet

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
)

// Domain is the BLS domain of this devnet's rewards contract.
func (k *Contracts) Domain() bls.Domain {
	return bls.Domain{ChainID: k.chain.ChainID.Uint64(), Contract: k.Rewards}
}

func g1(pk bls.PublicKey) bindings.BN256G1G1Point {
	x, y := pk.XY()
	return bindings.BN256G1G1Point{X: x, Y: y}
}

func sigParams(s bls.Signature) bindings.IServiceNodeRewardsBLSSignatureParams {
	w := s.Words()
	return bindings.IServiceNodeRewardsBLSSignatureParams{Sigs0: w[0], Sigs1: w[1], Sigs2: w[2], Sigs3: w[3]}
}

// ReleasePool calls the pool's payoutReleased (anyone may).
func (k *Contracts) ReleasePool(ctx context.Context, from Account) (*types.Receipt, error) {
	return k.chain.Send(ctx, from, k.Pool, bindings.NewRewardRatePool().PackPayoutReleased(), "payoutReleased")
}

// RequestExit is a contributor's initiateExitBLSPublicKey.
func (k *Contracts) RequestExit(ctx context.Context, from Account, id uint64) (*types.Receipt, error) {
	return k.chain.Send(ctx, from, k.Rewards, bindings.NewServiceNodeRewards().PackInitiateExitBLSPublicKey(id), "initiateExitBLSPublicKey")
}

// ExitWithSignature submits a network-signed exit.
func (k *Contracts) ExitWithSignature(ctx context.Context, from Account, pk bls.PublicKey, ts uint64, sig bls.Signature, nonSigners []uint64) (*types.Receipt, error) {
	data := bindings.NewServiceNodeRewards().PackExitBLSPublicKeyWithSignature(g1(pk), new(big.Int).SetUint64(ts), sigParams(sig), nonSigners)
	return k.chain.Send(ctx, from, k.Rewards, data, "exitBLSPublicKeyWithSignature")
}

// Liquidate submits a network-signed liquidation.
func (k *Contracts) Liquidate(ctx context.Context, from Account, pk bls.PublicKey, ts uint64, sig bls.Signature, nonSigners []uint64) (*types.Receipt, error) {
	data := bindings.NewServiceNodeRewards().PackLiquidateBLSPublicKeyWithSignature(g1(pk), new(big.Int).SetUint64(ts), sigParams(sig), nonSigners)
	return k.chain.Send(ctx, from, k.Rewards, data, "liquidateBLSPublicKeyWithSignature")
}

// UpdateRewards submits a network-signed lifetime balance.
func (k *Contracts) UpdateRewards(ctx context.Context, from Account, recipient common.Address, amount *big.Int, sig bls.Signature, nonSigners []uint64) (*types.Receipt, error) {
	data := bindings.NewServiceNodeRewards().PackUpdateRewardsBalance(recipient, amount, sigParams(sig), nonSigners)
	return k.chain.Send(ctx, from, k.Rewards, data, "updateRewardsBalance")
}

// Claim claims everything claimable for from.
func (k *Contracts) Claim(ctx context.Context, from Account) (*types.Receipt, error) {
	return k.chain.Send(ctx, from, k.Rewards, bindings.NewServiceNodeRewards().PackClaimRewards0(), "claimRewards")
}

// BalanceSESH is addr's token balance.
func (k *Contracts) BalanceSESH(ctx context.Context, addr common.Address) (*big.Int, error) {
	t := bindings.NewSESH()
	out, err := k.chain.Client.CallContract(ctx, callTo(k.Token, t.PackBalanceOf(addr)), nil)
	if err != nil {
		return nil, err
	}
	return t.UnpackBalanceOf(out)
}
