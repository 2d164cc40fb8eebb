// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// BN256G1G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN256G1G1Point struct {
	X *big.Int
	Y *big.Int
}

// IServiceNodeRewardsBLSSignatureParams is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsBLSSignatureParams struct {
	Sigs0 *big.Int
	Sigs1 *big.Int
	Sigs2 *big.Int
	Sigs3 *big.Int
}

// IServiceNodeRewardsContributor is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsContributor struct {
	Staker       IServiceNodeRewardsStaker
	StakedAmount *big.Int
}

// IServiceNodeRewardsReservedContributor is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsReservedContributor struct {
	Addr   common.Address
	Amount *big.Int
}

// IServiceNodeRewardsSeedServiceNode is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsSeedServiceNode struct {
	BlsPubkey      BN256G1G1Point
	Ed25519Pubkey  *big.Int
	AddedTimestamp *big.Int
	Contributors   []IServiceNodeRewardsContributor
}

// IServiceNodeRewardsServiceNode is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsServiceNode struct {
	Next                        uint64
	Prev                        uint64
	Operator                    common.Address
	BlsPubkey                   BN256G1G1Point
	AddedTimestamp              *big.Int
	LeaveRequestTimestamp       *big.Int
	LatestLeaveRequestTimestamp *big.Int
	Deposit                     *big.Int
	Contributors                []IServiceNodeRewardsContributor
	Ed25519Pubkey               *big.Int
}

// IServiceNodeRewardsServiceNodeParams is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsServiceNodeParams struct {
	ServiceNodePubkey     *big.Int
	ServiceNodeSignature1 *big.Int
	ServiceNodeSignature2 *big.Int
	Fee                   uint16
}

// IServiceNodeRewardsStaker is an auto generated low-level Go binding around an user-defined struct.
type IServiceNodeRewardsStaker struct {
	Addr        common.Address
	Beneficiary common.Address
}

// RewardRatePoolMetaData contains all meta data concerning the RewardRatePool contract.
var RewardRatePoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedInnerCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"BeneficiaryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FundsReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANNUAL_SIMPLE_PAYOUT_RATE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASIS_POINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESH\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"beneficiary\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeElapsed\",\"type\":\"uint256\"}],\"name\":\"calculatePayoutAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calculateReleasedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calculateTotalDeposited\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_sesh\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPaidOutTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutReleased\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"setBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPaidOut\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "RewardRatePool",
	Bin: "0x6080604052348015600e575f5ffd5b50610b768061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c8063ab1a4a2f116100a9578063e1f1c4a71161006e578063e1f1c4a71461020e578063e30c397814610217578063f2fde38b1461021f578063f85bb0f014610232578063ffa1ad741461023a575f5ffd5b8063ab1a4a2f146101b7578063ab5fcdc9146101d8578063c3aca558146101e1578063ca598087146101f3578063d66fcb69146101fb575f5ffd5b8063485cc955116100ef578063485cc95514610184578063715018a61461019757806379ba50971461019f5780637b0a47ee146101a75780638da5cb5b146101af575f5ffd5b80631357e1dc146101205780631c31f7101461013c57806332f7c3841461015157806338af3eed14610159575b5f5ffd5b61012960025481565b6040519081526020015b60405180910390f35b61014f61014a366004610a50565b610242565b005b61012961029e565b60015461016c906001600160a01b031681565b6040516001600160a01b039091168152602001610133565b61014f610192366004610a69565b610329565b61014f61046b565b61014f61047e565b6101296104cb565b61016c6104fa565b6101bf609781565b60405167ffffffffffffffff9091168152602001610133565b61012960035481565b5f5461016c906001600160a01b031681565b61012961052e565b610129610209366004610a9a565b6105a8565b6101bf6103e881565b61016c6105e2565b61014f61022d366004610a50565b61060a565b61014f61068f565b610129600181565b61024a610710565b600180546001600160a01b0319166001600160a01b0383169081179091556040519081527feee59a71c694e68368a1cb0d135c448051bbfb12289e6c2223b0ceb100c2321d9060200160405180910390a150565b5f80546040516370a0823160e01b8152306004820152610317916001600160a01b0316906370a0823190602401602060405180830381865afa1580156102e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061030a9190610aba565b6003546102099042610ae5565b6002546103249190610af8565b905090565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a008054600160401b810460ff16159067ffffffffffffffff165f8115801561036e5750825b90505f8267ffffffffffffffff16600114801561038a5750303b155b905081158015610398575080155b156103b65760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156103e057845460ff60401b1916600160401b1785555b6103e933610742565b600180546001600160a01b03808a166001600160a01b0319928316179092555f80549289169290911691909117905542600355831561046257845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b610473610710565b61047c5f610753565b565b33806104886105e2565b6001600160a01b0316146104bf5760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6104c881610753565b50565b5f5f6104d561029e565b6104dd61052e565b6104e79190610ae5565b90506104f48160786105a8565b91505090565b5f807f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c1993005b546001600160a01b031692915050565b6002545f80546040516370a0823160e01b81523060048201529192916001600160a01b03909116906370a0823190602401602060405180830381865afa15801561057a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061059e9190610aba565b6103249190610af8565b5f6105b96103e86301e13380610b0b565b826105c5609786610b0b565b6105cf9190610b0b565b6105d99190610b22565b90505b92915050565b5f807f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0061051e565b610612610710565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b0319166001600160a01b03831690811782556106566104fa565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a35050565b5f60025461069b61029e565b6106a59190610ae5565b90508060025f8282546106b89190610af8565b9091555050426003556040518181527f952b264c8e0a06cddb4bbaa6d6af1d565145329fd95bbe72cb2b53942b2dc9669060200160405180910390a16001545f546104c8916001600160a01b0391821691168361078f565b336107196104fa565b6001600160a01b03161461047c5760405163118cdaa760e01b81523360048201526024016104b6565b61074a6107e6565b6104c88161082f565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b031916815561078b82610860565b5050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663a9059cbb60e01b1790526107e19084906108d0565b505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054600160401b900460ff1661047c57604051631afcd79f60e31b815260040160405180910390fd5b6108376107e6565b6001600160a01b0381166104bf57604051631e4fbdf760e01b81525f60048201526024016104b6565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b5f6108e46001600160a01b03841683610931565b905080515f141580156109085750808060200190518101906109069190610b41565b155b156107e157604051635274afe760e01b81526001600160a01b03841660048201526024016104b6565b60606105d983835f845f5f856001600160a01b031684866040516109559190610b60565b5f6040518083038185875af1925050503d805f811461098f576040519150601f19603f3d011682016040523d82523d5f602084013e610994565b606091505b50915091506109a48683836109b0565b925050505b9392505050565b6060826109c5576109c082610a0c565b6109a9565b81511580156109dc57506001600160a01b0384163b155b15610a0557604051639996b31560e01b81526001600160a01b03851660048201526024016104b6565b50806109a9565b805115610a1c5780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b80356001600160a01b0381168114610a4b575f5ffd5b919050565b5f60208284031215610a60575f5ffd5b6105d982610a35565b5f5f60408385031215610a7a575f5ffd5b610a8383610a35565b9150610a9160208401610a35565b90509250929050565b5f5f60408385031215610aab575f5ffd5b50508035926020909101359150565b5f60208284031215610aca575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105dc576105dc610ad1565b808201808211156105dc576105dc610ad1565b80820281158282048414176105dc576105dc610ad1565b5f82610b3c57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215610b51575f5ffd5b815180151581146109a9575f5ffd5b5f82518060208501845e5f92019182525091905056",
}

// RewardRatePool is an auto generated Go binding around an Ethereum contract.
type RewardRatePool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardRatePool) GetABI() abi.ABI {
	return c.abi
}

// NewRewardRatePool creates a new instance of RewardRatePool.
func NewRewardRatePool() *RewardRatePool {
	parsed, err := RewardRatePoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardRatePool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardRatePool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackANNUALSIMPLEPAYOUTRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab1a4a2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (rewardRatePool *RewardRatePool) PackANNUALSIMPLEPAYOUTRATE() []byte {
	enc, err := rewardRatePool.abi.Pack("ANNUAL_SIMPLE_PAYOUT_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackANNUALSIMPLEPAYOUTRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab1a4a2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (rewardRatePool *RewardRatePool) TryPackANNUALSIMPLEPAYOUTRATE() ([]byte, error) {
	return rewardRatePool.abi.Pack("ANNUAL_SIMPLE_PAYOUT_RATE")
}

// UnpackANNUALSIMPLEPAYOUTRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab1a4a2f.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (rewardRatePool *RewardRatePool) UnpackANNUALSIMPLEPAYOUTRATE(data []byte) (uint64, error) {
	out, err := rewardRatePool.abi.Unpack("ANNUAL_SIMPLE_PAYOUT_RATE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBASISPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1c4a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (rewardRatePool *RewardRatePool) PackBASISPOINTS() []byte {
	enc, err := rewardRatePool.abi.Pack("BASIS_POINTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASISPOINTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1c4a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (rewardRatePool *RewardRatePool) TryPackBASISPOINTS() ([]byte, error) {
	return rewardRatePool.abi.Pack("BASIS_POINTS")
}

// UnpackBASISPOINTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1c4a7.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (rewardRatePool *RewardRatePool) UnpackBASISPOINTS(data []byte) (uint64, error) {
	out, err := rewardRatePool.abi.Unpack("BASIS_POINTS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSESH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3aca558.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESH() view returns(address)
func (rewardRatePool *RewardRatePool) PackSESH() []byte {
	enc, err := rewardRatePool.abi.Pack("SESH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3aca558.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESH() view returns(address)
func (rewardRatePool *RewardRatePool) TryPackSESH() ([]byte, error) {
	return rewardRatePool.abi.Pack("SESH")
}

// UnpackSESH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (rewardRatePool *RewardRatePool) UnpackSESH(data []byte) (common.Address, error) {
	out, err := rewardRatePool.abi.Unpack("SESH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackVERSION() []byte {
	enc, err := rewardRatePool.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackVERSION() ([]byte, error) {
	return rewardRatePool.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackVERSION(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (rewardRatePool *RewardRatePool) PackAcceptOwnership() []byte {
	enc, err := rewardRatePool.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (rewardRatePool *RewardRatePool) TryPackAcceptOwnership() ([]byte, error) {
	return rewardRatePool.abi.Pack("acceptOwnership")
}

// PackBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38af3eed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beneficiary() view returns(address)
func (rewardRatePool *RewardRatePool) PackBeneficiary() []byte {
	enc, err := rewardRatePool.abi.Pack("beneficiary")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38af3eed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beneficiary() view returns(address)
func (rewardRatePool *RewardRatePool) TryPackBeneficiary() ([]byte, error) {
	return rewardRatePool.abi.Pack("beneficiary")
}

// UnpackBeneficiary is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38af3eed.
//
// Solidity: function beneficiary() view returns(address)
func (rewardRatePool *RewardRatePool) UnpackBeneficiary(data []byte) (common.Address, error) {
	out, err := rewardRatePool.abi.Unpack("beneficiary", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCalculatePayoutAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd66fcb69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (rewardRatePool *RewardRatePool) PackCalculatePayoutAmount(balance *big.Int, timeElapsed *big.Int) []byte {
	enc, err := rewardRatePool.abi.Pack("calculatePayoutAmount", balance, timeElapsed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculatePayoutAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd66fcb69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackCalculatePayoutAmount(balance *big.Int, timeElapsed *big.Int) ([]byte, error) {
	return rewardRatePool.abi.Pack("calculatePayoutAmount", balance, timeElapsed)
}

// UnpackCalculatePayoutAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd66fcb69.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackCalculatePayoutAmount(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("calculatePayoutAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCalculateReleasedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32f7c384.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackCalculateReleasedAmount() []byte {
	enc, err := rewardRatePool.abi.Pack("calculateReleasedAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateReleasedAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32f7c384.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackCalculateReleasedAmount() ([]byte, error) {
	return rewardRatePool.abi.Pack("calculateReleasedAmount")
}

// UnpackCalculateReleasedAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32f7c384.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackCalculateReleasedAmount(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("calculateReleasedAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCalculateTotalDeposited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca598087.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackCalculateTotalDeposited() []byte {
	enc, err := rewardRatePool.abi.Pack("calculateTotalDeposited")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalculateTotalDeposited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca598087.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackCalculateTotalDeposited() ([]byte, error) {
	return rewardRatePool.abi.Pack("calculateTotalDeposited")
}

// UnpackCalculateTotalDeposited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca598087.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackCalculateTotalDeposited(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("calculateTotalDeposited", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _beneficiary, address _sesh) returns()
func (rewardRatePool *RewardRatePool) PackInitialize(beneficiary common.Address, sesh common.Address) []byte {
	enc, err := rewardRatePool.abi.Pack("initialize", beneficiary, sesh)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _beneficiary, address _sesh) returns()
func (rewardRatePool *RewardRatePool) TryPackInitialize(beneficiary common.Address, sesh common.Address) ([]byte, error) {
	return rewardRatePool.abi.Pack("initialize", beneficiary, sesh)
}

// PackLastPaidOutTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab5fcdc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackLastPaidOutTime() []byte {
	enc, err := rewardRatePool.abi.Pack("lastPaidOutTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastPaidOutTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab5fcdc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackLastPaidOutTime() ([]byte, error) {
	return rewardRatePool.abi.Pack("lastPaidOutTime")
}

// UnpackLastPaidOutTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab5fcdc9.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackLastPaidOutTime(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("lastPaidOutTime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rewardRatePool *RewardRatePool) PackOwner() []byte {
	enc, err := rewardRatePool.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (rewardRatePool *RewardRatePool) TryPackOwner() ([]byte, error) {
	return rewardRatePool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rewardRatePool *RewardRatePool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rewardRatePool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayoutReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85bb0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutReleased() returns()
func (rewardRatePool *RewardRatePool) PackPayoutReleased() []byte {
	enc, err := rewardRatePool.abi.Pack("payoutReleased")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutReleased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf85bb0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutReleased() returns()
func (rewardRatePool *RewardRatePool) TryPackPayoutReleased() ([]byte, error) {
	return rewardRatePool.abi.Pack("payoutReleased")
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardRatePool *RewardRatePool) PackPendingOwner() []byte {
	enc, err := rewardRatePool.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardRatePool *RewardRatePool) TryPackPendingOwner() ([]byte, error) {
	return rewardRatePool.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardRatePool *RewardRatePool) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := rewardRatePool.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (rewardRatePool *RewardRatePool) PackRenounceOwnership() []byte {
	enc, err := rewardRatePool.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (rewardRatePool *RewardRatePool) TryPackRenounceOwnership() ([]byte, error) {
	return rewardRatePool.abi.Pack("renounceOwnership")
}

// PackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardRate() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackRewardRate() []byte {
	enc, err := rewardRatePool.abi.Pack("rewardRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0a47ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardRate() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackRewardRate() ([]byte, error) {
	return rewardRatePool.abi.Pack("rewardRate")
}

// UnpackRewardRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackRewardRate(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("rewardRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c31f710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBeneficiary(address newBeneficiary) returns()
func (rewardRatePool *RewardRatePool) PackSetBeneficiary(newBeneficiary common.Address) []byte {
	enc, err := rewardRatePool.abi.Pack("setBeneficiary", newBeneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c31f710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBeneficiary(address newBeneficiary) returns()
func (rewardRatePool *RewardRatePool) TryPackSetBeneficiary(newBeneficiary common.Address) ([]byte, error) {
	return rewardRatePool.abi.Pack("setBeneficiary", newBeneficiary)
}

// PackTotalPaidOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1357e1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (rewardRatePool *RewardRatePool) PackTotalPaidOut() []byte {
	enc, err := rewardRatePool.abi.Pack("totalPaidOut")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalPaidOut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1357e1dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (rewardRatePool *RewardRatePool) TryPackTotalPaidOut() ([]byte, error) {
	return rewardRatePool.abi.Pack("totalPaidOut")
}

// UnpackTotalPaidOut is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1357e1dc.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (rewardRatePool *RewardRatePool) UnpackTotalPaidOut(data []byte) (*big.Int, error) {
	out, err := rewardRatePool.abi.Unpack("totalPaidOut", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rewardRatePool *RewardRatePool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rewardRatePool.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rewardRatePool *RewardRatePool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rewardRatePool.abi.Pack("transferOwnership", newOwner)
}

// RewardRatePoolBeneficiaryUpdated represents a BeneficiaryUpdated event raised by the RewardRatePool contract.
type RewardRatePoolBeneficiaryUpdated struct {
	NewBeneficiary common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardRatePoolBeneficiaryUpdatedEventName = "BeneficiaryUpdated"

// ContractEventName returns the user-defined event name.
func (RewardRatePoolBeneficiaryUpdated) ContractEventName() string {
	return RewardRatePoolBeneficiaryUpdatedEventName
}

// UnpackBeneficiaryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BeneficiaryUpdated(address newBeneficiary)
func (rewardRatePool *RewardRatePool) UnpackBeneficiaryUpdatedEvent(log *types.Log) (*RewardRatePoolBeneficiaryUpdated, error) {
	event := "BeneficiaryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardRatePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardRatePoolBeneficiaryUpdated)
	if len(log.Data) > 0 {
		if err := rewardRatePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardRatePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardRatePoolFundsReleased represents a FundsReleased event raised by the RewardRatePool contract.
type RewardRatePoolFundsReleased struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardRatePoolFundsReleasedEventName = "FundsReleased"

// ContractEventName returns the user-defined event name.
func (RewardRatePoolFundsReleased) ContractEventName() string {
	return RewardRatePoolFundsReleasedEventName
}

// UnpackFundsReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FundsReleased(uint256 amount)
func (rewardRatePool *RewardRatePool) UnpackFundsReleasedEvent(log *types.Log) (*RewardRatePoolFundsReleased, error) {
	event := "FundsReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardRatePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardRatePoolFundsReleased)
	if len(log.Data) > 0 {
		if err := rewardRatePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardRatePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardRatePoolInitialized represents a Initialized event raised by the RewardRatePool contract.
type RewardRatePoolInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardRatePoolInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (RewardRatePoolInitialized) ContractEventName() string {
	return RewardRatePoolInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (rewardRatePool *RewardRatePool) UnpackInitializedEvent(log *types.Log) (*RewardRatePoolInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardRatePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardRatePoolInitialized)
	if len(log.Data) > 0 {
		if err := rewardRatePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardRatePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardRatePoolOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardRatePoolOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RewardRatePoolOwnershipTransferStarted) ContractEventName() string {
	return RewardRatePoolOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (rewardRatePool *RewardRatePool) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RewardRatePoolOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardRatePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardRatePoolOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rewardRatePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardRatePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardRatePoolOwnershipTransferred represents a OwnershipTransferred event raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardRatePoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RewardRatePoolOwnershipTransferred) ContractEventName() string {
	return RewardRatePoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rewardRatePool *RewardRatePool) UnpackOwnershipTransferredEvent(log *types.Log) (*RewardRatePoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardRatePool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardRatePoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rewardRatePool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardRatePool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rewardRatePool *RewardRatePool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["AddressInsufficientBalance"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackAddressInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["FailedInnerCall"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackFailedInnerCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardRatePool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewardRatePool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardRatePoolAddressEmptyCode represents a AddressEmptyCode error raised by the RewardRatePool contract.
type RewardRatePoolAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func RewardRatePoolAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (rewardRatePool *RewardRatePool) UnpackAddressEmptyCodeError(raw []byte) (*RewardRatePoolAddressEmptyCode, error) {
	out := new(RewardRatePoolAddressEmptyCode)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolAddressInsufficientBalance represents a AddressInsufficientBalance error raised by the RewardRatePool contract.
type RewardRatePoolAddressInsufficientBalance struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressInsufficientBalance(address account)
func RewardRatePoolAddressInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcd7860599b9fd41bcf04bec8b7a59cb8b83ebbb59480bead3f13259df2ace421")
}

// UnpackAddressInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressInsufficientBalance(address account)
func (rewardRatePool *RewardRatePool) UnpackAddressInsufficientBalanceError(raw []byte) (*RewardRatePoolAddressInsufficientBalance, error) {
	out := new(RewardRatePoolAddressInsufficientBalance)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "AddressInsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolFailedInnerCall represents a FailedInnerCall error raised by the RewardRatePool contract.
type RewardRatePoolFailedInnerCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedInnerCall()
func RewardRatePoolFailedInnerCallErrorID() common.Hash {
	return common.HexToHash("0x1425ea42df7c932537f94e8b917ea9c5931f140fb6e8098822ef05dc56222ca9")
}

// UnpackFailedInnerCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedInnerCall()
func (rewardRatePool *RewardRatePool) UnpackFailedInnerCallError(raw []byte) (*RewardRatePoolFailedInnerCall, error) {
	out := new(RewardRatePoolFailedInnerCall)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "FailedInnerCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolInvalidInitialization represents a InvalidInitialization error raised by the RewardRatePool contract.
type RewardRatePoolInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func RewardRatePoolInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (rewardRatePool *RewardRatePool) UnpackInvalidInitializationError(raw []byte) (*RewardRatePoolInvalidInitialization, error) {
	out := new(RewardRatePoolInvalidInitialization)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolNotInitializing represents a NotInitializing error raised by the RewardRatePool contract.
type RewardRatePoolNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func RewardRatePoolNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (rewardRatePool *RewardRatePool) UnpackNotInitializingError(raw []byte) (*RewardRatePoolNotInitializing, error) {
	out := new(RewardRatePoolNotInitializing)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the RewardRatePool contract.
type RewardRatePoolOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RewardRatePoolOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rewardRatePool *RewardRatePool) UnpackOwnableInvalidOwnerError(raw []byte) (*RewardRatePoolOwnableInvalidOwner, error) {
	out := new(RewardRatePoolOwnableInvalidOwner)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the RewardRatePool contract.
type RewardRatePoolOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RewardRatePoolOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rewardRatePool *RewardRatePool) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RewardRatePoolOwnableUnauthorizedAccount, error) {
	out := new(RewardRatePoolOwnableUnauthorizedAccount)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardRatePoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RewardRatePool contract.
type RewardRatePoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardRatePoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewardRatePool *RewardRatePool) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardRatePoolSafeERC20FailedOperation, error) {
	out := new(RewardRatePoolSafeERC20FailedOperation)
	if err := rewardRatePool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHMetaData contains all meta data concerning the SESH contract.
var SESHMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bridgeBurn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"bridgeMint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"l2Gateway_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"l1Address_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Address\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Gateway\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SESH",
	Bin: "0x6080604052348015600e575f5ffd5b50610cc98061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806374f4f54711610093578063a9059cbb11610063578063a9059cbb14610229578063c2eeeebd1461023c578063dd62ed3e1461024f578063ffa1ad7414610262575f5ffd5b806374f4f547146101d15780638c2a993e146101e45780638fa74a0e146101f757806395d89b4114610221575f5ffd5b806323b872dd116100ce57806323b872dd14610166578063313ce56714610179578063485cc9551461018857806370a082311461019d575f5ffd5b806306fdde03146100f4578063095ea7b31461011257806318160ddd14610135575b5f5ffd5b6100fc61026a565b6040516101099190610a3b565b60405180910390f35b610125610120366004610a8b565b61032a565b6040519015158152602001610109565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b604051908152602001610109565b610125610174366004610ab3565b610343565b60405160098152602001610109565b61019b610196366004610aed565b610366565b005b6101586101ab366004610b1e565b6001600160a01b03165f9081525f516020610ca95f395f51905f52602052604090205490565b61019b6101df366004610a8b565b6104f8565b61019b6101f2366004610a8b565b610552565b5f54610209906001600160a01b031681565b6040516001600160a01b039091168152602001610109565b6100fc6105a3565b610125610237366004610a8b565b6105e1565b600154610209906001600160a01b031681565b61015861025d366004610aed565b6105ee565b610158600281565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f516020610ca95f395f51905f52916102a890610b3e565b80601f01602080910402602001604051908101604052809291908181526020018280546102d490610b3e565b801561031f5780601f106102f65761010080835404028352916020019161031f565b820191905f5260205f20905b81548152906001019060200180831161030257829003601f168201915b505050505091505090565b5f33610337818585610637565b60019150505b92915050565b5f33610350858285610649565b61035b8585856106ac565b506001949350505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a008054600160401b810460ff16159067ffffffffffffffff165f811580156103ab5750825b90505f8267ffffffffffffffff1660011480156103c75750303b155b9050811580156103d5575080155b156103f35760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561041d57845460ff60401b1916600160401b1785555b6104686040518060400160405280600d81526020016c29b2b9b9b4b7b7102a37b5b2b760991b815250604051806040016040528060048152602001630a68aa6960e31b815250610709565b5f80546001600160a01b03808a166001600160a01b03199283161790925560018054928916929091169190911790556104a933670354a6ba7a18000061071b565b83156104ef57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50505050505050565b5f546001600160a01b031633146105445760405162461bcd60e51b815260206004820152600b60248201526a4e4f545f4741544557415960a81b60448201526064015b60405180910390fd5b61054e828261074f565b5050565b5f546001600160a01b031633146105995760405162461bcd60e51b815260206004820152600b60248201526a4e4f545f4741544557415960a81b604482015260640161053b565b61054e828261071b565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f516020610ca95f395f51905f52916102a890610b3e565b5f336103378185856106ac565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b6106448383836001610783565b505050565b5f61065484846105ee565b90505f1981146106a6578181101561069857604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161053b565b6106a684848484035f610783565b50505050565b6001600160a01b0383166106d557604051634b637e8f60e11b81525f600482015260240161053b565b6001600160a01b0382166106fe5760405163ec442f0560e01b81525f600482015260240161053b565b610644838383610867565b6107116109a0565b61054e82826109eb565b6001600160a01b0382166107445760405163ec442f0560e01b81525f600482015260240161053b565b61054e5f8383610867565b6001600160a01b03821661077857604051634b637e8f60e11b81525f600482015260240161053b565b61054e825f83610867565b5f516020610ca95f395f51905f526001600160a01b0385166107ba5760405163e602df0560e01b81525f600482015260240161053b565b6001600160a01b0384166107e357604051634a1406b160e11b81525f600482015260240161053b565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561086057836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161085791815260200190565b60405180910390a35b5050505050565b5f516020610ca95f395f51905f526001600160a01b0384166108a15781816002015f8282546108969190610b76565b909155506109119050565b6001600160a01b0384165f90815260208290526040902054828110156108f35760405163391434e360e21b81526001600160a01b0386166004820152602481018290526044810184905260640161053b565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b03831661092f57600281018054839003905561094d565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161099291815260200190565b60405180910390a350505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054600160401b900460ff166109e957604051631afcd79f60e31b815260040160405180910390fd5b565b6109f36109a0565b5f516020610ca95f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace03610a2c8482610bed565b50600481016106a68382610bed565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610a86575f5ffd5b919050565b5f5f60408385031215610a9c575f5ffd5b610aa583610a70565b946020939093013593505050565b5f5f5f60608486031215610ac5575f5ffd5b610ace84610a70565b9250610adc60208501610a70565b929592945050506040919091013590565b5f5f60408385031215610afe575f5ffd5b610b0783610a70565b9150610b1560208401610a70565b90509250929050565b5f60208284031215610b2e575f5ffd5b610b3782610a70565b9392505050565b600181811c90821680610b5257607f821691505b602082108103610b7057634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561033d57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b601f82111561064457805f5260205f20601f840160051c81016020851015610bce5750805b601f840160051c820191505b81811015610860575f8155600101610bda565b815167ffffffffffffffff811115610c0757610c07610b95565b610c1b81610c158454610b3e565b84610ba9565b6020601f821160018114610c4d575f8315610c365750848201515b5f19600385901b1c1916600184901b178455610860565b5f84815260208120601f198516915b82811015610c7c5787850151825560209485019460019092019101610c5c565b5084821015610c9957868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00",
}

// SESH is an auto generated Go binding around an Ethereum contract.
type SESH struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SESH) GetABI() abi.ABI {
	return c.abi
}

// NewSESH creates a new instance of SESH.
func NewSESH() *SESH {
	parsed, err := SESHMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SESH{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SESH) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint256)
func (sESH *SESH) PackVERSION() []byte {
	enc, err := sESH.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint256)
func (sESH *SESH) TryPackVERSION() ([]byte, error) {
	return sESH.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (sESH *SESH) UnpackVERSION(data []byte) (*big.Int, error) {
	out, err := sESH.abi.Unpack("VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (sESH *SESH) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := sESH.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (sESH *SESH) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return sESH.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (sESH *SESH) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := sESH.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (sESH *SESH) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := sESH.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (sESH *SESH) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return sESH.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (sESH *SESH) UnpackApprove(data []byte) (bool, error) {
	out, err := sESH.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (sESH *SESH) PackBalanceOf(account common.Address) []byte {
	enc, err := sESH.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (sESH *SESH) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return sESH.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (sESH *SESH) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := sESH.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridgeBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74f4f547.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridgeBurn(address account, uint256 amount) returns()
func (sESH *SESH) PackBridgeBurn(account common.Address, amount *big.Int) []byte {
	enc, err := sESH.abi.Pack("bridgeBurn", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridgeBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74f4f547.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridgeBurn(address account, uint256 amount) returns()
func (sESH *SESH) TryPackBridgeBurn(account common.Address, amount *big.Int) ([]byte, error) {
	return sESH.abi.Pack("bridgeBurn", account, amount)
}

// PackBridgeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2a993e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridgeMint(address account, uint256 amount) returns()
func (sESH *SESH) PackBridgeMint(account common.Address, amount *big.Int) []byte {
	enc, err := sESH.abi.Pack("bridgeMint", account, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridgeMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2a993e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridgeMint(address account, uint256 amount) returns()
func (sESH *SESH) TryPackBridgeMint(account common.Address, amount *big.Int) ([]byte, error) {
	return sESH.abi.Pack("bridgeMint", account, amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (sESH *SESH) PackDecimals() []byte {
	enc, err := sESH.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (sESH *SESH) TryPackDecimals() ([]byte, error) {
	return sESH.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (sESH *SESH) UnpackDecimals(data []byte) (uint8, error) {
	out, err := sESH.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address l2Gateway_, address l1Address_) returns()
func (sESH *SESH) PackInitialize(l2Gateway common.Address, l1Address common.Address) []byte {
	enc, err := sESH.abi.Pack("initialize", l2Gateway, l1Address)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address l2Gateway_, address l1Address_) returns()
func (sESH *SESH) TryPackInitialize(l2Gateway common.Address, l1Address common.Address) ([]byte, error) {
	return sESH.abi.Pack("initialize", l2Gateway, l1Address)
}

// PackL1Address is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2eeeebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1Address() view returns(address)
func (sESH *SESH) PackL1Address() []byte {
	enc, err := sESH.abi.Pack("l1Address")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1Address is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2eeeebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1Address() view returns(address)
func (sESH *SESH) TryPackL1Address() ([]byte, error) {
	return sESH.abi.Pack("l1Address")
}

// UnpackL1Address is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2eeeebd.
//
// Solidity: function l1Address() view returns(address)
func (sESH *SESH) UnpackL1Address(data []byte) (common.Address, error) {
	out, err := sESH.abi.Unpack("l1Address", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL2Gateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fa74a0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Gateway() view returns(address)
func (sESH *SESH) PackL2Gateway() []byte {
	enc, err := sESH.abi.Pack("l2Gateway")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Gateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fa74a0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Gateway() view returns(address)
func (sESH *SESH) TryPackL2Gateway() ([]byte, error) {
	return sESH.abi.Pack("l2Gateway")
}

// UnpackL2Gateway is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fa74a0e.
//
// Solidity: function l2Gateway() view returns(address)
func (sESH *SESH) UnpackL2Gateway(data []byte) (common.Address, error) {
	out, err := sESH.abi.Unpack("l2Gateway", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (sESH *SESH) PackName() []byte {
	enc, err := sESH.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (sESH *SESH) TryPackName() ([]byte, error) {
	return sESH.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (sESH *SESH) UnpackName(data []byte) (string, error) {
	out, err := sESH.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (sESH *SESH) PackSymbol() []byte {
	enc, err := sESH.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (sESH *SESH) TryPackSymbol() ([]byte, error) {
	return sESH.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (sESH *SESH) UnpackSymbol(data []byte) (string, error) {
	out, err := sESH.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (sESH *SESH) PackTotalSupply() []byte {
	enc, err := sESH.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (sESH *SESH) TryPackTotalSupply() ([]byte, error) {
	return sESH.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (sESH *SESH) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := sESH.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (sESH *SESH) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := sESH.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (sESH *SESH) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return sESH.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (sESH *SESH) UnpackTransfer(data []byte) (bool, error) {
	out, err := sESH.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (sESH *SESH) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := sESH.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (sESH *SESH) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return sESH.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (sESH *SESH) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := sESH.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// SESHApproval represents a Approval event raised by the SESH contract.
type SESHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SESHApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (SESHApproval) ContractEventName() string {
	return SESHApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (sESH *SESH) UnpackApprovalEvent(log *types.Log) (*SESHApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sESH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SESHApproval)
	if len(log.Data) > 0 {
		if err := sESH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sESH.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SESHInitialized represents a Initialized event raised by the SESH contract.
type SESHInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const SESHInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (SESHInitialized) ContractEventName() string {
	return SESHInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (sESH *SESH) UnpackInitializedEvent(log *types.Log) (*SESHInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sESH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SESHInitialized)
	if len(log.Data) > 0 {
		if err := sESH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sESH.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SESHTransfer represents a Transfer event raised by the SESH contract.
type SESHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const SESHTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (SESHTransfer) ContractEventName() string {
	return SESHTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (sESH *SESH) UnpackTransferEvent(log *types.Log) (*SESHTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sESH.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SESHTransfer)
	if len(log.Data) > 0 {
		if err := sESH.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sESH.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sESH *SESH) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return sESH.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return sESH.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], sESH.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return sESH.UnpackNotInitializingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SESHERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the SESH contract.
type SESHERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func SESHERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (sESH *SESH) UnpackERC20InsufficientAllowanceError(raw []byte) (*SESHERC20InsufficientAllowance, error) {
	out := new(SESHERC20InsufficientAllowance)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the SESH contract.
type SESHERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func SESHERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (sESH *SESH) UnpackERC20InsufficientBalanceError(raw []byte) (*SESHERC20InsufficientBalance, error) {
	out := new(SESHERC20InsufficientBalance)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHERC20InvalidApprover represents a ERC20InvalidApprover error raised by the SESH contract.
type SESHERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func SESHERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (sESH *SESH) UnpackERC20InvalidApproverError(raw []byte) (*SESHERC20InvalidApprover, error) {
	out := new(SESHERC20InvalidApprover)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the SESH contract.
type SESHERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func SESHERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (sESH *SESH) UnpackERC20InvalidReceiverError(raw []byte) (*SESHERC20InvalidReceiver, error) {
	out := new(SESHERC20InvalidReceiver)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHERC20InvalidSender represents a ERC20InvalidSender error raised by the SESH contract.
type SESHERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func SESHERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (sESH *SESH) UnpackERC20InvalidSenderError(raw []byte) (*SESHERC20InvalidSender, error) {
	out := new(SESHERC20InvalidSender)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHERC20InvalidSpender represents a ERC20InvalidSpender error raised by the SESH contract.
type SESHERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func SESHERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (sESH *SESH) UnpackERC20InvalidSpenderError(raw []byte) (*SESHERC20InvalidSpender, error) {
	out := new(SESHERC20InvalidSpender)
	if err := sESH.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHInvalidInitialization represents a InvalidInitialization error raised by the SESH contract.
type SESHInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func SESHInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (sESH *SESH) UnpackInvalidInitializationError(raw []byte) (*SESHInvalidInitialization, error) {
	out := new(SESHInvalidInitialization)
	if err := sESH.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SESHNotInitializing represents a NotInitializing error raised by the SESH contract.
type SESHNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func SESHNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (sESH *SESH) UnpackNotInitializingError(raw []byte) (*SESHNotInitializing, error) {
	out := new(SESHNotInitializing)
	if err := sESH.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionMetaData contains all meta data concerning the ServiceNodeContribution contract.
var ServiceNodeContributionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_stakingRewardsContract\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_maxContributors\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"sig\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"_operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"_manualFinalize\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"BeneficiaryUpdatingDisabledNodeIsNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numContributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxNumContributors\",\"type\":\"uint256\"}],\"name\":\"CalcMinContributionGivenBadContribArgs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ContributeFundsNotPossible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"ContributionBelowMinAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"name\":\"ContributionBelowReservedAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalContributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalReserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakingRequirement\",\"type\":\"uint256\"}],\"name\":\"ContributionExceedsStakingRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DuplicateAddressInReservedContributor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedInnerCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"max\",\"type\":\"uint16\"}],\"name\":\"FeeExceedsPossibleValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"FinalizeNotPossible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"FirstContributionMustBeOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"FirstReservedContributorMustBeOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxContributors\",\"type\":\"uint256\"}],\"name\":\"MaxContributorsExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"nonContributorAddr\",\"type\":\"address\"}],\"name\":\"NonContributorUpdatedBeneficiary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OnlyOperatorIsAuthorised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequireWaitForOperatorContribStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"RescueBalanceIsEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RescueNotPossible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"ReservedContributionBelowMinAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ReservedContributionExceedsStakingRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ReservedContributorHasZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldMax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"RewardsContractMaxContributorsChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldRequirement\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"RewardsContractStakingRequirementChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyReservedContributors\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contribTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delayRequired\",\"type\":\"uint256\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Filled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NewContribution\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"OpenForPublicContribution\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Reset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newFee\",\"type\":\"uint16\"}],\"name\":\"UpdateFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newValue\",\"type\":\"bool\"}],\"name\":\"UpdateManualFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"newBLSPubkey\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newEd25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"UpdatePubkeys\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structIServiceNodeRewards.ReservedContributor[]\",\"name\":\"newReservedContributors\",\"type\":\"tuple[]\"}],\"name\":\"UpdateReservedContributors\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"UpdateStakerBeneficiary\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawContribution\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESH\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WITHDRAWAL_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"_blsSignature\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"_contributorAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"_serviceNodeParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsPubkey\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsSignature\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionRemaining\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numContributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxNumContributors\",\"type\":\"uint256\"}],\"name\":\"calcMinimumContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"contributeFunds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakerAddr\",\"type\":\"address\"}],\"name\":\"contributionTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakerAddr\",\"type\":\"address\"}],\"name\":\"contributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"contributorAddresses\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structIServiceNodeRewards.Staker\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contributorAddressesLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getContributions\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"beneficiaries\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"contribs\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReserved\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"contribs\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"received\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manualFinalize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxContributors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_stakingRequirement\",\"type\":\"uint256\"}],\"name\":\"minimumOperatorContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"}],\"name\":\"rescueERC20\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakerAddr\",\"type\":\"address\"}],\"name\":\"reservedContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"received\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reservedContributionsAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"sig\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"},{\"internalType\":\"bool\",\"name\":\"_manualFinalize\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"resetUpdateAndContribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceNodeParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRequirement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRewardsContract\",\"outputs\":[{\"internalType\":\"contractIServiceNodeRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumIServiceNodeContribution.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReservedContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"updateBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"name\":\"updateFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"value\",\"type\":\"bool\"}],\"name\":\"updateManualFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"newBLSPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"newBLSSig\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Sig0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Sig1\",\"type\":\"uint256\"}],\"name\":\"updatePubkeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"}],\"name\":\"updateReservedContributors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawContribution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceNodeContribution",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161469038038061469083398101604081905261002f91610dcb565b6001600160a01b03881661008a5760405162461bcd60e51b815260206004820152601560248201527f7a65726f207265776172647320636f6e7472616374000000000000000000000060448201526064015b60405180910390fd5b865f036100d95760405162461bcd60e51b815260206004820152601560248201527f7a65726f206d617820636f6e7472696275746f727300000000000000000000006044820152606401610081565b6001600160a01b03881660a081905260408051630ada733d60e31b815290516356d399e8916004808201926020929091908290030181865afa158015610121573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101459190610e99565b60c08181525050876001600160a01b0316637c89d2f06040518163ffffffff1660e01b8152600401602060405180830381865afa158015610188573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101ac9190610eb0565b6001600160a01b0390811660805260e08890528216610100526101d286868686856101df565b5050505050505050610ff8565b6101e7610227565b825160208401516040850151610200928892889261036b565b606083015161020e906104c9565b61021782610585565b6102208161088f565b5050505050565b5f6003600f5460ff16600381111561024157610241610ecb565b141590505f5b600c548110156102e6575f600c828154811061026557610265610edf565b5f91825260208083206002909202909101546001600160a01b0316808352600a90915260409091205490915083801561029d57505f81115b156102b9576080516102b9906001600160a01b031683836108d8565b506001600160a01b03165f908152600a60209081526040808320839055600b909152812055600101610247565b506102f2600c5f610b4b565b600f805460ff19169055604080515f808252602082019092526103409161033a565b604080518082019091525f80825260208201528152602001906001900390816103145790505b50610585565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a150565b5f600f5460ff16600381111561038357610383610ecb565b146103a857600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b60a051610100516040805160016226579360e01b03198152885160048201526020808a01516024830152885160448301528801516064820152908701516084820152606087015160a48201526001600160a01b0391821660c482015260e4810186905291169063ffd9a86d90610104015f604051808303815f87803b15801561042f575f5ffd5b505af1158015610441573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b5f600f5460ff1660038111156104e1576104e1610ecb565b1461050657600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b61271061ffff8216111561053a57604051624ae8fd60e41b815261ffff821660048201526127106024820152604401610081565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b5f600f5460ff16600381111561059d5761059d610ecb565b146105c257600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b5f5b600e5481101561061d57600d5f600e83815481106105e4576105e4610edf565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff19169055016105c4565b50610629600e5f610b69565b60e0518151111561065b57805160e051604051630962235760e31b815260048101929092526024820152604401610081565b60c0515f5b8251811015610853575f83828151811061067c5761067c610edf565b60200260200101515f015190505f84838151811061069c5761069c610edf565b6020026020010151602001519050825f1480156106ce5750610100516001600160a01b0316826001600160a01b031614155b15610703576101005160405163ef77b46760e01b8152600481018590526001600160a01b039091166024820152604401610081565b6001600160a01b03821661072d5760405163621caef560e11b815260048101849052602401610081565b6001600160a01b0382165f908152600d60205260409020805415610767576040516308308c2360e21b815260048101859052602401610081565b5f61077b868660e05161093360201b60201c565b9050808310156107af5760405163c4aa8aa360e01b8152600481018690526024810184905260448101829052606401610081565b858311156107e157604051636d3ae3a760e01b8152600481018690526024810184905260448101879052606401610081565b6107eb8387610f2d565b928255506001908101805460ff19169055600e805480830182555f919091527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd0180546001600160a01b0319166001600160a01b039490941693909317909255925001610660565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516108839190610f40565b60405180910390a15050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd0199061057a90831515815260200190565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b0390811663a9059cbb60e01b1790915261092e9185916109b016565b505050565b5f82821161095e576040516376675ed960e11b81526004810184905260248101839052604401610081565b5f83156109745761096f8484610f2d565b610977565b60045b905084156109a5578061098b600187610f2d565b6109959190610f97565b6109a0906001610fb6565b6109a7565b5f5b95945050505050565b5f6109c46001600160a01b03841683610a11565b905080515f141580156109e85750808060200190518101906109e69190610fc9565b155b1561092e57604051635274afe760e01b81526001600160a01b0384166004820152602401610081565b6060610a1e83835f610a27565b90505b92915050565b606081471015610a4c5760405163cd78605960e01b8152306004820152602401610081565b5f5f856001600160a01b03168486604051610a679190610fe2565b5f6040518083038185875af1925050503d805f8114610aa1576040519150601f19603f3d011682016040523d82523d5f602084013e610aa6565b606091505b509092509050610ab7868383610ac3565b925050505b9392505050565b606082610ad857610ad382610b1f565b610abc565b8151158015610aef57506001600160a01b0384163b155b15610b1857604051639996b31560e01b81526001600160a01b0385166004820152602401610081565b5080610abc565b805115610b2f5780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b50565b5080545f8255600202905f5260205f2090810190610b489190610b84565b5080545f8255905f5260205f2090810190610b489190610bb4565b5b80821115610bb05780546001600160a01b031990811682556001820180549091169055600201610b85565b5090565b5b80821115610bb0575f8155600101610bb5565b6001600160a01b0381168114610b48575f5ffd5b8051610be781610bc8565b919050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610c2257610c22610bec565b60405290565b604080519081016001600160401b0381118282101715610c2257610c22610bec565b604051601f8201601f191681016001600160401b0381118282101715610c7257610c72610bec565b604052919050565b5f60808284031215610c8a575f5ffd5b610c92610c00565b8251815260208084015190820152604080840151908201526060928301519281019290925250919050565b5f60808284031215610ccd575f5ffd5b610cd5610c00565b825181526020808401519082015260408084015190820152606083015190915061ffff81168114610d04575f5ffd5b606082015292915050565b5f82601f830112610d1e575f5ffd5b81516001600160401b03811115610d3757610d37610bec565b610d4660208260051b01610c4a565b8082825260208201915060208360061b860101925085831115610d67575f5ffd5b602085015b83811015610db25760408188031215610d83575f5ffd5b610d8b610c28565b8151610d9681610bc8565b8152602082810151818301529084529290920191604001610d6c565b5095945050505050565b80518015158114610be7575f5ffd5b5f5f5f5f5f5f5f5f888a036101e0811215610de4575f5ffd5b8951610def81610bc8565b60208b015190995097506040603f1982011215610e0a575f5ffd5b50610e13610c28565b60408a0151815260608a015160208201529550610e338a60808b01610c7a565b9450610e438a6101008b01610cbd565b6101808a01519094506001600160401b03811115610e5f575f5ffd5b610e6b8b828c01610d0f565b935050610e7b6101a08a01610bdc565b9150610e8a6101c08a01610dbc565b90509295985092959890939650565b5f60208284031215610ea9575f5ffd5b5051919050565b5f60208284031215610ec0575f5ffd5b8151610abc81610bc8565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6020810160048310610f1357634e487b7160e01b5f52602160045260245ffd5b91905290565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610a2157610a21610f19565b602080825282518282018190525f918401906040840190835b81811015610f8c57835180516001600160a01b031684526020908101518185015290930192604090920191600101610f59565b509095945050505050565b5f82610fb157634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610a2157610a21610f19565b5f60208284031215610fd9575f5ffd5b610a1e82610dbc565b5f82518060208501845e5f920191825250919050565b60805160a05160c05160e0516101005161350461118c5f395f81816104d1015281816106a1015281816106c90152818161074101528181610a8301528181610aab01528181610b5501528181610b7d01528181610c1e01528181610c4601528181610c9f01528181610cc701528181610fbc01528181610fe40152818161112601528181611183015281816111ab015281816113a5015281816113cd015281816115aa0152818161160201528181611efa01528181611f340152818161276d015261290801525f818161055c01528181610eb6015281816114c5015281816115050152818161169b01528181611d8801528181611dbc01528181612232015261226601525f81816104aa01528181610e780152818161153301528181611e7401528181611ea8015281816121b50152818161220101528181612294015261263c01525f81816103a501528181611d0601528181611df20152818161261b01528181612677015261273c01525f81816105fd015281816119b201528181611c480152818161234201526125f901526135045ff3fe608060405234801561000f575f5ffd5b506004361061023e575f3560e01c806356d399e8116101355780639ca002a6116100b4578063d26146a511610079578063d26146a514610632578063d826f88f14610645578063dda0a81a1461064d578063e020e4c414610664578063e50d50d814610677575f5ffd5b80639ca002a6146105c1578063a4b6aa83146105d4578063bc063e1a146105dc578063c3aca558146105f8578063ccec37161461061f575f5ffd5b806386fa5063116100fa57806386fa5063146105575780638c7e7a311461057e5780638dd0855714610591578063937e09b1146105b157806396a608c0146105b9575f5ffd5b806356d399e8146104a5578063570ca735146104cc5780636786452c146104f35780636cf72aa4146105065780637c0b4bfb14610519575f5ffd5b80632c7baaf3116101c15780634564168b116101865780634564168b1461043c5780634a387cdf1461045e5780634bb278f3146104665780634e7320ce1461046e578063565a9d4814610483575f5ffd5b80632c7baaf31461032b578063313f336b1461036a57806333623794146103a0578063356c299d146103df57806342e94c901461041d575f5ffd5b80630ebb172a116102075780630ebb172a146102a857806312fa329b146102ca578063200d2ed2146102eb5780632816ee73146103055780632c6cda9314610318575f5ffd5b8062e9a407146102425780630aaffd2a146102575780630d616d201461026a5780630d9639ba146102725780630dcf4b8f14610292575b5f5ffd5b610255610250366004612e34565b610696565b005b610255610265366004612e6d565b610718565b610255610737565b61027a61080b565b60405161028993929190612ef9565b60405180910390f35b61029a6109d2565b604051908152602001610289565b6102b26201518081565b6040516001600160401b039091168152602001610289565b6102dd6102d8366004612f64565b610a36565b604051610289929190612f7b565b600f546102f89060ff1681565b6040516102899190612fa9565b610255610313366004612fcf565b610a6d565b61025561032636600461300a565b610a78565b610333610aee565b604051610289919081518152602080830151908201526040808301519082015260609182015161ffff169181019190915260800190565b6006546007546008546009546103809392919084565b604080519485526020850193909352918301526060820152608001610289565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610289565b6002546003546004546005546103f99392919061ffff1684565b6040805194855260208501939093529183015261ffff166060820152608001610289565b61029a61042b366004612e6d565b600a6020525f908152604090205481565b5f54600154610449919082565b60408051928352602083019190915201610289565b600c5461029a565b610255610b4a565b610476610bbf565b6040516102899190613023565b600f5461049590610100900460ff1681565b6040519015158152602001610289565b61029a7f000000000000000000000000000000000000000000000000000000000000000081565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b6102556105013660046130c0565b610c13565b610255610514366004613125565b610c94565b610542610527366004612e6d565b600d6020525f90815260409020805460019091015460ff1682565b60408051928352901515602083015201610289565b61029a7f000000000000000000000000000000000000000000000000000000000000000081565b61029a61058c366004613140565b610d0a565b6105a461059f366004612f64565b610d87565b6040516102899190613169565b61029a610dea565b61029a610ee1565b61029a6105cf366004612f64565b610f30565b61029a610f43565b6105e561271081565b60405161ffff9091168152602001610289565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b61025561062d366004612e6d565b610fb1565b6103c7610640366004612f64565b611150565b610255611178565b6106556111ed565b6040516102899392919061318d565b6102556106723660046131c5565b61139a565b61029a610685366004612e6d565b600b6020525f908152604090205481565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461070c57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b60405180910390fd5b6107158161141f565b50565b610715336001600160a01b0383161561073157826117d3565b336117d3565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107715761076f61192a565b565b335f908152600b60205260409020546201518061078e82426132b3565b10156107bf57604051630429b06960e31b815260048101829052426024820152620151806044820152606401610703565b5f6107c933611a8b565b905080156108075760405181815233907f249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e9060200160405180910390a25b5050565b600e5460609081908190806001600160401b0381111561082d5761082d612ce0565b604051908082528060200260200182016040528015610856578160200160208202803683370190505b509350806001600160401b0381111561087157610871612ce0565b60405190808252806020026020018201604052801561089a578160200160208202803683370190505b509250806001600160401b038111156108b5576108b5612ce0565b6040519080825280602002602001820160405280156108de578160200160208202803683370190505b5091505f5b818110156109cb575f600e82815481106108ff576108ff6132c6565b905f5260205f20015f9054906101000a90046001600160a01b031690508086838151811061092f5761092f6132c6565b6001600160a01b039283166020918202929092018101919091529082165f908152600d9091526040902054855186908490811061096e5761096e6132c6565b6020908102919091018101919091526001600160a01b0382165f908152600d9091526040902060010154845160ff909116908590849081106109b2576109b26132c6565b91151560209283029190910190910152506001016108e3565b5050909192565b5f805b600c54811015610a3257600a5f600c83815481106109f5576109f56132c6565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001902054610a2890836132da565b91506001016109d5565b5090565b600c8181548110610a45575f80fd5b5f918252602090912060029091020180546001909101546001600160a01b0391821692501682565b610807338284611ca1565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610ae557337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b610715816123b0565b610b1960405180608001604052805f81526020015f81526020015f81526020015f61ffff1681525090565b5060408051608081018252600254815260035460208201526004549181019190915260055461ffff16606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bb757337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61076f61246c565b610be660405180608001604052805f81526020015f81526020015f81526020015f81525090565b50604080516080810182526006548152600754602082015260085491810191909152600954606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c8057337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b610c8d85858585856126e5565b5050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610d0157337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61071581612848565b5f828211610d35576040516376675ed960e11b81526004810184905260248101839052604401610703565b5f8315610d4b57610d4684846132b3565b610d4e565b60045b90508415610d7c5780610d626001876132b3565b610d6c91906132ed565b610d779060016132da565b610d7e565b5f5b95945050505050565b604080518082019091525f8082526020820152600c8281548110610dad57610dad6132c6565b5f9182526020918290206040805180820190915260029092020180546001600160a01b039081168352600190910154169181019190915292915050565b5f8080805b600e54811015610e65575f600d5f600e8481548110610e1057610e106132c6565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610e5c578054610e4e90856132da565b9350610e598361330c565b92505b50600101610def565b50610eda82610e726109d2565b610e9c907f00000000000000000000000000000000000000000000000000000000000000006132b3565b610ea691906132b3565b600c54610eb49084906132da565b7f0000000000000000000000000000000000000000000000000000000000000000610d0a565b9250505090565b600c545f9015610f2d57600a5f600c5f81548110610f0157610f016132c6565b5f91825260208083206002909202909101546001600160a01b0316835282019290925260400190205490505b90565b5f610f3d825f6001610d0a565b92915050565b5f805b600e54811015610a32575f600d5f600e8481548110610f6757610f676132c6565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610fa8578054610fa590846132da565b92505b50600101610f46565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461101e57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b6003600f5460ff16600381111561103757611037612f95565b1415801561105b57505f600f5460ff16600381111561105857611058612f95565b14155b1561108057600f54604051632f3e69dd60e01b81526107039160ff1690600401612fa9565b6040516370a0823160e01b815230600482015281905f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156110c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ea9190613324565b9050805f036111175760405163e932c57360e01b81526001600160a01b0384166004820152602401610703565b61114b6001600160a01b0383167f000000000000000000000000000000000000000000000000000000000000000083612891565b505050565b600e818154811061115f575f80fd5b5f918252602090912001546001600160a01b0316905081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146111e557337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61076f61192a565b600c5460609081908190806001600160401b0381111561120f5761120f612ce0565b604051908082528060200260200182016040528015611238578160200160208202803683370190505b509350806001600160401b0381111561125357611253612ce0565b60405190808252806020026020018201604052801561127c578160200160208202803683370190505b509250806001600160401b0381111561129757611297612ce0565b6040519080825280602002602001820160405280156112c0578160200160208202803683370190505b5091505f5b818110156109cb575f600c82815481106112e1576112e16132c6565b5f9182526020909120600290910201805487519192506001600160a01b031690879084908110611313576113136132c6565b6001600160a01b03928316602091820292909201015260018201548651911690869084908110611345576113456132c6565b6001600160a01b0392831660209182029290920181019190915282549091165f908152600a90915260409020548451859084908110611386576113866132c6565b6020908102919091010152506001016112c5565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461140757337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b611416878787878787876128f0565b50505050505050565b5f600f5460ff16600381111561143757611437612f95565b1461145c57600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b5f5b600e548110156114b757600d5f600e838154811061147e5761147e6132c6565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff191690550161145e565b506114c3600e5f612c67565b7f000000000000000000000000000000000000000000000000000000000000000081511115611531578051604051630962235760e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610703565b7f00000000000000000000000000000000000000000000000000000000000000005f5b8251811015611797575f838281518110611570576115706132c6565b60200260200101515f015190505f848381518110611590576115906132c6565b6020026020010151602001519050825f1480156115df57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614155b1561162f5760405163ef77b46760e01b8152600481018490526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610703565b6001600160a01b0382166116595760405163621caef560e11b815260048101849052602401610703565b6001600160a01b0382165f908152600d60205260409020805415611693576040516308308c2360e21b815260048101859052602401610703565b5f6116bf86867f0000000000000000000000000000000000000000000000000000000000000000610d0a565b9050808310156116f35760405163c4aa8aa360e01b8152600481018690526024810184905260448101829052606401610703565b8583111561172557604051636d3ae3a760e01b8152600481018690526024810184905260448101879052606401610703565b61172f83876132b3565b928255506001908101805460ff19169055600e805480830182555f919091527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd0180546001600160a01b0319166001600160a01b039490941693909317909255925001611554565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516117c7919061333b565b60405180910390a15050565b6001600f5460ff1660038111156117ec576117ec612f95565b1415801561181157506002600f5460ff16600381111561180e5761180e612f95565b14155b15611836576002546040516310004b0160e11b81526004810191909152602401610703565b5f5b600c54811015611905575f600c8281548110611856576118566132c6565b5f918252602090912060029091020180549091506001600160a01b0385811691161461188257506118fd565b60018101546001600160a01b0380851691160361189f5750505050565b6001810180546001600160a01b0319166001600160a01b03858116918217909255604051908152908516907f1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c85479060200160405180910390a250505050565b600101611838565b50604051632fd768d360e11b81526001600160a01b0383166004820152602401610703565b5f6003600f5460ff16600381111561194457611944612f95565b141590505f5b600c54811015611a06575f600c8281548110611968576119686132c6565b5f91825260208083206002909202909101546001600160a01b0316808352600a9091526040909120549091508380156119a057505f81115b156119d9576119d96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383612891565b506001600160a01b03165f908152600a60209081526040808320839055600b90915281205560010161194a565b50611a12600c5f612c82565b600f805460ff19169055604080515f80825260208201909252611a6091611a5a565b604080518082019091525f8082526020820152815260200190600190039081611a345790505b5061141f565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a150565b6001600160a01b0381165f908152600a602052604081205490819003611ab257505f919050565b6001600160a01b0382165f908152600a60209081526040808320839055600b9091528120819055600c54905b81811015611bf257836001600160a01b0316600c8281548110611b0357611b036132c6565b5f9182526020909120600290910201546001600160a01b031603611bea57600c611b2e6001846132b3565b81548110611b3e57611b3e6132c6565b905f5260205f209060020201600c8281548110611b5d57611b5d6132c6565b5f9182526020909120825460029092020180546001600160a01b039283166001600160a01b0319918216178255600193840154939091018054939092169216919091179055600c805480611bb357611bb3613392565b5f8281526020902060025f199092019182020180546001600160a01b03199081168255600191909101805490911690559055611bf2565b600101611ade565b506001600160a01b0383165f908152600d60205260409020600101805460ff191690556003600f5460ff166003811115611c2e57611c2e612f95565b03611c3b57505f92915050565b611c6f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168484612891565b6002600f5460ff166003811115611c8857611c88612f95565b03611c9b57600f805460ff191660011790555b50919050565b5f600f5460ff166003811115611cb957611cb9612f95565b14158015611cde57506001600f5460ff166003811115611cdb57611cdb612f95565b14155b15611d0357600f54604051630295f95f60e51b81526107039160ff1690600401612fa9565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166386fa50636040518163ffffffff1660e01b8152600401602060405180830381865afa158015611d60573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d849190613324565b90507f00000000000000000000000000000000000000000000000000000000000000008114611def57604051631248081b60e31b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260248101829052604401610703565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356d399e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e4c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e709190613324565b90507f00000000000000000000000000000000000000000000000000000000000000008114611edb576040516352e3d80d60e11b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260248101829052604401610703565b5f600f5460ff166003811115611ef357611ef3612f95565b03611fa4577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031614611f6e57847f00000000000000000000000000000000000000000000000000000000000000006040516316a4ebc160e21b8152600401610703929190612f7b565b600f805460ff191660011790556040517f988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445905f90a15b6001600160a01b0385165f908152600d60205260409020805415801590611fd05750600181015460ff16155b1561201957805484101561200457805460405163454cd8e160e01b8152610703918691600401918252602082015260400190565b6001818101805460ff1916909117905561206f565b6001600160a01b0386165f908152600a6020526040812054900361206f575f612040610dea565b90508085101561206d576040516310e45ff160e21b81526004810186905260248101829052604401610703565b505b5f6001600160a01b038616156120855785612087565b865b6001600160a01b0388165f908152600a60205260408120549192500361214e57604080518082019091526001600160a01b03808916825282811660208301908152600c80546001810182555f91909152925160029093027fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7810180549484166001600160a01b031995861617905590517fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c89091018054919092169216919091179055612158565b61215887826117d3565b6001600160a01b0387165f908152600a60205260408120805487929061217f9084906132da565b90915550506001600160a01b0387165f908152600b602052604081204290556121a66109d2565b90505f6121b1610f43565b90507f00000000000000000000000000000000000000000000000000000000000000006121de82846132da565b111561222d5760405163513b428b60e11b815260048101839052602481018290527f00000000000000000000000000000000000000000000000000000000000000006044820152606401610703565b600c547f00000000000000000000000000000000000000000000000000000000000000001015612292576040516315b5c3d560e21b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602401610703565b7f000000000000000000000000000000000000000000000000000000000000000082036122ef57600f805460ff191660021790556040517f827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4905f90a15b604080516001600160a01b038581168252602082018a90528b16917f567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80910160405180910390a261236a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a308a61292e565b6002600f5460ff16600381111561238357612383612f95565b1480156123985750600f54610100900460ff16155b156123a5576123a561246c565b505050505050505050565b5f600f5460ff1660038111156123c8576123c8612f95565b146123ed57600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b61271061ffff8216111561242157604051624ae8fd60e41b815261ffff821660048201526127106024820152604401610703565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b6002600f5460ff16600381111561248557612485612f95565b146124aa57600f546040516383696f6f60e01b81526107039160ff1690600401612fa9565b600f805460ff191660031790556040517f6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681905f90a1600c545f816001600160401b038111156124fb576124fb612ce0565b60405190808252806020026020018201604052801561254e57816020015b604080516080810182525f91810182815260608201839052815260208101919091528152602001906001900390816125195790505b5090505f5b828110156125eb575f600c828154811061256f5761256f6132c6565b5f9182526020808320604080518082018252600290940290910180546001600160a01b0390811685526001909101548116848401528151808301835284815284519091168552600a83529320549083015284519092508490849081106125d7576125d76132c6565b602090810291909101015250600101612553565b506126606001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061296d565b604051632f1fbfb360e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bc7efecc906126b4905f906006906002908790600401613401565b5f604051808303815f87803b1580156126cb575f5ffd5b505af11580156126dd573d5f5f3e3d5ffd5b505050505050565b5f600f5460ff1660038111156126fd576126fd612f95565b1461272257600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b60405160016226579360e01b031981526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ffd9a86d9061279790889088907f0000000000000000000000000000000000000000000000000000000000000000908990600401613477565b5f604051808303815f87803b1580156127ae575f5ffd5b505af11580156127c0573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd0199061246190831515815260200190565b6040516001600160a01b0383811660248301526044820183905261114b91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506129f8565b6128fd8787878787612a59565b8015611416576114167f00000000000000000000000000000000000000000000000000000000000000008383611ca1565b6040516001600160a01b0384811660248301528381166044830152606482018390526129679186918216906323b872dd906084016128be565b50505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b1790526129be8482612a98565b612967576040516001600160a01b0384811660248301525f60448301526129f291869182169063095ea7b3906064016128be565b61296784825b5f612a0c6001600160a01b03841683612b35565b905080515f14158015612a30575080806020019051810190612a2e91906134d3565b155b1561114b57604051635274afe760e01b81526001600160a01b0384166004820152602401610703565b612a6161192a565b612a798585855f0151866020015187604001516126e5565b612a8683606001516123b0565b612a8f8261141f565b610c8d81612848565b5f5f5f846001600160a01b031684604051612ab391906134ee565b5f604051808303815f865af19150503d805f8114612aec576040519150601f19603f3d011682016040523d82523d5f602084013e612af1565b606091505b5091509150818015612b1b575080511580612b1b575080806020019051810190612b1b91906134d3565b8015610d7e5750505050506001600160a01b03163b151590565b6060612b4283835f612b49565b9392505050565b606081471015612b6e5760405163cd78605960e01b8152306004820152602401610703565b5f5f856001600160a01b03168486604051612b8991906134ee565b5f6040518083038185875af1925050503d805f8114612bc3576040519150601f19603f3d011682016040523d82523d5f602084013e612bc8565b606091505b5091509150612bd8868383612be2565b9695505050505050565b606082612bf757612bf282612c3e565b612b42565b8151158015612c0e57506001600160a01b0384163b155b15612c3757604051639996b31560e01b81526001600160a01b0385166004820152602401610703565b5080612b42565b805115612c4e5780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b5080545f8255905f5260205f20908101906107159190612ca0565b5080545f8255600202905f5260205f20908101906107159190612cb4565b5b80821115610a32575f8155600101612ca1565b5b80821115610a325780546001600160a01b031990811682556001820180549091169055600201612cb5565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612d1657612d16612ce0565b60405290565b604051608081016001600160401b0381118282101715612d1657612d16612ce0565b604051601f8201601f191681016001600160401b0381118282101715612d6657612d66612ce0565b604052919050565b80356001600160a01b0381168114612d84575f5ffd5b919050565b5f82601f830112612d98575f5ffd5b81356001600160401b03811115612db157612db1612ce0565b612dc060208260051b01612d3e565b8082825260208201915060208360061b860101925085831115612de1575f5ffd5b602085015b83811015612e2a5760408188031215612dfd575f5ffd5b612e05612cf4565b612e0e82612d6e565b8152602082810135818301529084529290920191604001612de6565b5095945050505050565b5f60208284031215612e44575f5ffd5b81356001600160401b03811115612e59575f5ffd5b612e6584828501612d89565b949350505050565b5f60208284031215612e7d575f5ffd5b612b4282612d6e565b5f8151808452602084019350602083015f5b82811015612ebf5781516001600160a01b0316865260209586019590910190600101612e98565b5093949350505050565b5f8151808452602084019350602083015f5b82811015612ebf578151865260209586019590910190600101612edb565b606081525f612f0b6060830186612e86565b8281036020840152612f1d8186612ec9565b8381036040850152845180825260208087019350909101905f5b81811015612f575783511515835260209384019390920191600101612f37565b5090979650505050505050565b5f60208284031215612f74575f5ffd5b5035919050565b6001600160a01b0392831681529116602082015260400190565b634e487b7160e01b5f52602160045260245ffd5b6020810160048310612fc957634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215612fe0575f5ffd5b82359150612ff060208401612d6e565b90509250929050565b803561ffff81168114612d84575f5ffd5b5f6020828403121561301a575f5ffd5b612b4282612ff9565b8151815260208083015190820152604080830151908201526060808301519082015260808101610f3d565b5f6040828403121561305e575f5ffd5b613066612cf4565b823581526020928301359281019290925250919050565b5f6080828403121561308d575f5ffd5b613095612d1c565b8235815260208084013590820152604080840135908201526060928301359281019290925250919050565b5f5f5f5f5f61012086880312156130d5575f5ffd5b6130df878761304e565b94506130ee876040880161307d565b949794965050505060c08301359260e081013592610100909101359150565b8015158114610715575f5ffd5b8035612d848161310d565b5f60208284031215613135575f5ffd5b8135612b428161310d565b5f5f5f60608486031215613152575f5ffd5b505081359360208301359350604090920135919050565b60408101610f3d828480516001600160a01b03908116835260209182015116910152565b606081525f61319f6060830186612e86565b82810360208401526131b18186612e86565b90508281036040840152612bd88185612ec9565b5f5f5f5f5f5f5f8789036101c08112156131dd575f5ffd5b6131e78a8a61304e565b97506131f68a60408b0161307d565b9650608060bf1982011215613209575f5ffd5b50613212612d1c565b60c0890135815260e08901356020820152610100890135604082015261323b6101208a01612ff9565b606082015294506101408801356001600160401b0381111561325b575f5ffd5b6132678a828b01612d89565b945050613277610160890161311a565b92506132866101808901612d6e565b9699959850939692959194919350506101a09091013590565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610f3d57610f3d61329f565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610f3d57610f3d61329f565b5f8261330757634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001820161331d5761331d61329f565b5060010190565b5f60208284031215613334575f5ffd5b5051919050565b602080825282518282018190525f918401906040840190835b8181101561338757835180516001600160a01b031684526020908101518185015290930192604090920191600101613354565b509095945050505050565b634e487b7160e01b5f52603160045260245ffd5b5f8151808452602084019350602083015f5b82811015612ebf5781516133e387825180516001600160a01b03908116835260209182015116910152565b602090810151604088015260609096019591909101906001016133b8565b8454815260018501546020820152835460408201526001840154606082015260028401546080820152600384015460a0820152825460c0820152600183015460e0820152600283015461010082015261ffff6003840154166101208201526101606101408201525f612bd86101608301846133a6565b845181526020808601519082015261010081016134b86040830186805182526020810151602083015260408101516040830152606081015160608301525050565b6001600160a01b039390931660c082015260e0015292915050565b5f602082840312156134e3575f5ffd5b8151612b428161310d565b5f82518060208501845e5f92019182525091905056",
}

// ServiceNodeContribution is an auto generated Go binding around an Ethereum contract.
type ServiceNodeContribution struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceNodeContribution) GetABI() abi.ABI {
	return c.abi
}

// NewServiceNodeContribution creates a new instance of ServiceNodeContribution.
func NewServiceNodeContribution() *ServiceNodeContribution {
	parsed, err := ServiceNodeContributionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceNodeContribution{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceNodeContribution) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _stakingRewardsContract, uint256 _maxContributors, (uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, address _operator, bool _manualFinalize) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackConstructor(_stakingRewardsContract common.Address, _maxContributors *big.Int, key BN256G1G1Point, sig IServiceNodeRewardsBLSSignatureParams, params IServiceNodeRewardsServiceNodeParams, reserved []IServiceNodeRewardsReservedContributor, _operator common.Address, _manualFinalize bool) []byte {
	enc, err := serviceNodeContribution.abi.Pack("", _stakingRewardsContract, _maxContributors, key, sig, params, reserved, _operator, _manualFinalize)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc063e1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (serviceNodeContribution *ServiceNodeContribution) PackMAXFEE() []byte {
	enc, err := serviceNodeContribution.abi.Pack("MAX_FEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc063e1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (serviceNodeContribution *ServiceNodeContribution) TryPackMAXFEE() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("MAX_FEE")
}

// UnpackMAXFEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (serviceNodeContribution *ServiceNodeContribution) UnpackMAXFEE(data []byte) (uint16, error) {
	out, err := serviceNodeContribution.abi.Unpack("MAX_FEE", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackSESH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3aca558.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESH() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) PackSESH() []byte {
	enc, err := serviceNodeContribution.abi.Pack("SESH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3aca558.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESH() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) TryPackSESH() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("SESH")
}

// UnpackSESH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) UnpackSESH(data []byte) (common.Address, error) {
	out, err := serviceNodeContribution.abi.Unpack("SESH", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ebb172a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (serviceNodeContribution *ServiceNodeContribution) PackWITHDRAWALDELAY() []byte {
	enc, err := serviceNodeContribution.abi.Pack("WITHDRAWAL_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWITHDRAWALDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ebb172a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (serviceNodeContribution *ServiceNodeContribution) TryPackWITHDRAWALDELAY() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("WITHDRAWAL_DELAY")
}

// UnpackWITHDRAWALDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ebb172a.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (serviceNodeContribution *ServiceNodeContribution) UnpackWITHDRAWALDELAY(data []byte) (uint64, error) {
	out, err := serviceNodeContribution.abi.Unpack("WITHDRAWAL_DELAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRawBlsSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313f336b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function _blsSignature() view returns(uint256 sigs0, uint256 sigs1, uint256 sigs2, uint256 sigs3)
func (serviceNodeContribution *ServiceNodeContribution) PackRawBlsSignature() []byte {
	enc, err := serviceNodeContribution.abi.Pack("_blsSignature")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawBlsSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313f336b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function _blsSignature() view returns(uint256 sigs0, uint256 sigs1, uint256 sigs2, uint256 sigs3)
func (serviceNodeContribution *ServiceNodeContribution) TryPackRawBlsSignature() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("_blsSignature")
}

// RawBlsSignatureOutput serves as a container for the return parameters of contract
// method RawBlsSignature.
type RawBlsSignatureOutput struct {
	Sigs0 *big.Int
	Sigs1 *big.Int
	Sigs2 *big.Int
	Sigs3 *big.Int
}

// UnpackRawBlsSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313f336b.
//
// Solidity: function _blsSignature() view returns(uint256 sigs0, uint256 sigs1, uint256 sigs2, uint256 sigs3)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRawBlsSignature(data []byte) (RawBlsSignatureOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("_blsSignature", data)
	outstruct := new(RawBlsSignatureOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Sigs0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Sigs1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Sigs2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Sigs3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRawContributorAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12fa329b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function _contributorAddresses(uint256 ) view returns(address addr, address beneficiary)
func (serviceNodeContribution *ServiceNodeContribution) PackRawContributorAddresses(arg0 *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("_contributorAddresses", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawContributorAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12fa329b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function _contributorAddresses(uint256 ) view returns(address addr, address beneficiary)
func (serviceNodeContribution *ServiceNodeContribution) TryPackRawContributorAddresses(arg0 *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("_contributorAddresses", arg0)
}

// RawContributorAddressesOutput serves as a container for the return parameters of contract
// method RawContributorAddresses.
type RawContributorAddressesOutput struct {
	Addr        common.Address
	Beneficiary common.Address
}

// UnpackRawContributorAddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12fa329b.
//
// Solidity: function _contributorAddresses(uint256 ) view returns(address addr, address beneficiary)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRawContributorAddresses(data []byte) (RawContributorAddressesOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("_contributorAddresses", data)
	outstruct := new(RawContributorAddressesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addr = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Beneficiary = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackRawServiceNodeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x356c299d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function _serviceNodeParams() view returns(uint256 serviceNodePubkey, uint256 serviceNodeSignature1, uint256 serviceNodeSignature2, uint16 fee)
func (serviceNodeContribution *ServiceNodeContribution) PackRawServiceNodeParams() []byte {
	enc, err := serviceNodeContribution.abi.Pack("_serviceNodeParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRawServiceNodeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x356c299d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function _serviceNodeParams() view returns(uint256 serviceNodePubkey, uint256 serviceNodeSignature1, uint256 serviceNodeSignature2, uint16 fee)
func (serviceNodeContribution *ServiceNodeContribution) TryPackRawServiceNodeParams() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("_serviceNodeParams")
}

// RawServiceNodeParamsOutput serves as a container for the return parameters of contract
// method RawServiceNodeParams.
type RawServiceNodeParamsOutput struct {
	ServiceNodePubkey     *big.Int
	ServiceNodeSignature1 *big.Int
	ServiceNodeSignature2 *big.Int
	Fee                   uint16
}

// UnpackRawServiceNodeParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x356c299d.
//
// Solidity: function _serviceNodeParams() view returns(uint256 serviceNodePubkey, uint256 serviceNodeSignature1, uint256 serviceNodeSignature2, uint16 fee)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRawServiceNodeParams(data []byte) (RawServiceNodeParamsOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("_serviceNodeParams", data)
	outstruct := new(RawServiceNodeParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ServiceNodePubkey = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ServiceNodeSignature1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ServiceNodeSignature2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Fee = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackBlsPubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4564168b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (serviceNodeContribution *ServiceNodeContribution) PackBlsPubkey() []byte {
	enc, err := serviceNodeContribution.abi.Pack("blsPubkey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlsPubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4564168b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (serviceNodeContribution *ServiceNodeContribution) TryPackBlsPubkey() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("blsPubkey")
}

// BlsPubkeyOutput serves as a container for the return parameters of contract
// method BlsPubkey.
type BlsPubkeyOutput struct {
	X *big.Int
	Y *big.Int
}

// UnpackBlsPubkey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4564168b.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (serviceNodeContribution *ServiceNodeContribution) UnpackBlsPubkey(data []byte) (BlsPubkeyOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("blsPubkey", data)
	outstruct := new(BlsPubkeyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.X = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Y = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBlsSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7320ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (serviceNodeContribution *ServiceNodeContribution) PackBlsSignature() []byte {
	enc, err := serviceNodeContribution.abi.Pack("blsSignature")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlsSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e7320ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (serviceNodeContribution *ServiceNodeContribution) TryPackBlsSignature() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("blsSignature")
}

// UnpackBlsSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e7320ce.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (serviceNodeContribution *ServiceNodeContribution) UnpackBlsSignature(data []byte) (IServiceNodeRewardsBLSSignatureParams, error) {
	out, err := serviceNodeContribution.abi.Unpack("blsSignature", data)
	if err != nil {
		return *new(IServiceNodeRewardsBLSSignatureParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IServiceNodeRewardsBLSSignatureParams)).(*IServiceNodeRewardsBLSSignatureParams)
	return out0, nil
}

// PackCalcMinimumContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c7e7a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackCalcMinimumContribution(contributionRemaining *big.Int, numContributors *big.Int, maxNumContributors *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("calcMinimumContribution", contributionRemaining, numContributors, maxNumContributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalcMinimumContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c7e7a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackCalcMinimumContribution(contributionRemaining *big.Int, numContributors *big.Int, maxNumContributors *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("calcMinimumContribution", contributionRemaining, numContributors, maxNumContributors)
}

// UnpackCalcMinimumContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c7e7a31.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackCalcMinimumContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("calcMinimumContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributeFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2816ee73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributeFunds(uint256 amount, address beneficiary) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackContributeFunds(amount *big.Int, beneficiary common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("contributeFunds", amount, beneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributeFunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2816ee73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributeFunds(uint256 amount, address beneficiary) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackContributeFunds(amount *big.Int, beneficiary common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("contributeFunds", amount, beneficiary)
}

// PackContributionTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe50d50d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionTimestamp(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) PackContributionTimestamp(stakerAddr common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("contributionTimestamp", stakerAddr)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe50d50d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionTimestamp(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) TryPackContributionTimestamp(stakerAddr common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("contributionTimestamp", stakerAddr)
}

// UnpackContributionTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe50d50d8.
//
// Solidity: function contributionTimestamp(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributionTimestamp(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("contributionTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42e94c90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributions(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) PackContributions(stakerAddr common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("contributions", stakerAddr)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42e94c90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributions(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) TryPackContributions(stakerAddr common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("contributions", stakerAddr)
}

// UnpackContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42e94c90.
//
// Solidity: function contributions(address stakerAddr) view returns(uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributions(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("contributions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributorAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd08557.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (serviceNodeContribution *ServiceNodeContribution) PackContributorAddresses(index *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("contributorAddresses", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd08557.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (serviceNodeContribution *ServiceNodeContribution) TryPackContributorAddresses(index *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("contributorAddresses", index)
}

// UnpackContributorAddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd08557.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributorAddresses(data []byte) (IServiceNodeRewardsStaker, error) {
	out, err := serviceNodeContribution.abi.Unpack("contributorAddresses", data)
	if err != nil {
		return *new(IServiceNodeRewardsStaker), err
	}
	out0 := *abi.ConvertType(out[0], new(IServiceNodeRewardsStaker)).(*IServiceNodeRewardsStaker)
	return out0, nil
}

// PackContributorAddressesLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a387cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorAddressesLength() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackContributorAddressesLength() []byte {
	enc, err := serviceNodeContribution.abi.Pack("contributorAddressesLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorAddressesLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a387cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorAddressesLength() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackContributorAddressesLength() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("contributorAddressesLength")
}

// UnpackContributorAddressesLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a387cdf.
//
// Solidity: function contributorAddressesLength() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributorAddressesLength(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("contributorAddressesLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize() returns()
func (serviceNodeContribution *ServiceNodeContribution) PackFinalize() []byte {
	enc, err := serviceNodeContribution.abi.Pack("finalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bb278f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize() returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackFinalize() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("finalize")
}

// PackGetContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdda0a81a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (serviceNodeContribution *ServiceNodeContribution) PackGetContributions() []byte {
	enc, err := serviceNodeContribution.abi.Pack("getContributions")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdda0a81a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (serviceNodeContribution *ServiceNodeContribution) TryPackGetContributions() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("getContributions")
}

// GetContributionsOutput serves as a container for the return parameters of contract
// method GetContributions.
type GetContributionsOutput struct {
	Addrs         []common.Address
	Beneficiaries []common.Address
	Contribs      []*big.Int
}

// UnpackGetContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdda0a81a.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (serviceNodeContribution *ServiceNodeContribution) UnpackGetContributions(data []byte) (GetContributionsOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("getContributions", data)
	outstruct := new(GetContributionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Beneficiaries = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.Contribs = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetReserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d9639ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (serviceNodeContribution *ServiceNodeContribution) PackGetReserved() []byte {
	enc, err := serviceNodeContribution.abi.Pack("getReserved")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d9639ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (serviceNodeContribution *ServiceNodeContribution) TryPackGetReserved() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("getReserved")
}

// GetReservedOutput serves as a container for the return parameters of contract
// method GetReserved.
type GetReservedOutput struct {
	Addrs    []common.Address
	Contribs []*big.Int
	Received []bool
}

// UnpackGetReserved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d9639ba.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (serviceNodeContribution *ServiceNodeContribution) UnpackGetReserved(data []byte) (GetReservedOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("getReserved", data)
	outstruct := new(GetReservedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Addrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Contribs = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Received = *abi.ConvertType(out[2], new([]bool)).(*[]bool)
	return *outstruct, nil
}

// PackManualFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x565a9d48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manualFinalize() view returns(bool)
func (serviceNodeContribution *ServiceNodeContribution) PackManualFinalize() []byte {
	enc, err := serviceNodeContribution.abi.Pack("manualFinalize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManualFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x565a9d48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manualFinalize() view returns(bool)
func (serviceNodeContribution *ServiceNodeContribution) TryPackManualFinalize() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("manualFinalize")
}

// UnpackManualFinalize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x565a9d48.
//
// Solidity: function manualFinalize() view returns(bool)
func (serviceNodeContribution *ServiceNodeContribution) UnpackManualFinalize(data []byte) (bool, error) {
	out, err := serviceNodeContribution.abi.Unpack("manualFinalize", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMaxContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa5063.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) PackMaxContributors() []byte {
	enc, err := serviceNodeContribution.abi.Pack("maxContributors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa5063.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) TryPackMaxContributors() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("maxContributors")
}

// UnpackMaxContributors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) UnpackMaxContributors(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("maxContributors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinimumContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x937e09b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackMinimumContribution() []byte {
	enc, err := serviceNodeContribution.abi.Pack("minimumContribution")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x937e09b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackMinimumContribution() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("minimumContribution")
}

// UnpackMinimumContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x937e09b1.
//
// Solidity: function minimumContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackMinimumContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("minimumContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinimumOperatorContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ca002a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackMinimumOperatorContribution(stakingRequirement *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("minimumOperatorContribution", stakingRequirement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumOperatorContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ca002a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackMinimumOperatorContribution(stakingRequirement *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("minimumOperatorContribution", stakingRequirement)
}

// UnpackMinimumOperatorContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ca002a6.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackMinimumOperatorContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("minimumOperatorContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) PackOperator() []byte {
	enc, err := serviceNodeContribution.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) TryPackOperator() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) UnpackOperator(data []byte) (common.Address, error) {
	out, err := serviceNodeContribution.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOperatorContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96a608c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackOperatorContribution() []byte {
	enc, err := serviceNodeContribution.abi.Pack("operatorContribution")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96a608c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackOperatorContribution() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("operatorContribution")
}

// UnpackOperatorContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96a608c0.
//
// Solidity: function operatorContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackOperatorContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("operatorContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRescueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccec3716.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rescueERC20(address tokenAddress) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackRescueERC20(tokenAddress common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("rescueERC20", tokenAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRescueERC20 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xccec3716.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rescueERC20(address tokenAddress) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackRescueERC20(tokenAddress common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("rescueERC20", tokenAddress)
}

// PackReservedContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c0b4bfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reservedContributions(address stakerAddr) view returns(uint256 amount, bool received)
func (serviceNodeContribution *ServiceNodeContribution) PackReservedContributions(stakerAddr common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("reservedContributions", stakerAddr)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReservedContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c0b4bfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reservedContributions(address stakerAddr) view returns(uint256 amount, bool received)
func (serviceNodeContribution *ServiceNodeContribution) TryPackReservedContributions(stakerAddr common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("reservedContributions", stakerAddr)
}

// ReservedContributionsOutput serves as a container for the return parameters of contract
// method ReservedContributions.
type ReservedContributionsOutput struct {
	Amount   *big.Int
	Received bool
}

// UnpackReservedContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c0b4bfb.
//
// Solidity: function reservedContributions(address stakerAddr) view returns(uint256 amount, bool received)
func (serviceNodeContribution *ServiceNodeContribution) UnpackReservedContributions(data []byte) (ReservedContributionsOutput, error) {
	out, err := serviceNodeContribution.abi.Unpack("reservedContributions", data)
	outstruct := new(ReservedContributionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Received = *abi.ConvertType(out[1], new(bool)).(*bool)
	return *outstruct, nil
}

// PackReservedContributionsAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26146a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) PackReservedContributionsAddresses(arg0 *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("reservedContributionsAddresses", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReservedContributionsAddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26146a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) TryPackReservedContributionsAddresses(arg0 *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("reservedContributionsAddresses", arg0)
}

// UnpackReservedContributionsAddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd26146a5.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) UnpackReservedContributionsAddresses(data []byte) (common.Address, error) {
	out, err := serviceNodeContribution.abi.Unpack("reservedContributionsAddresses", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reset() returns()
func (serviceNodeContribution *ServiceNodeContribution) PackReset() []byte {
	enc, err := serviceNodeContribution.abi.Pack("reset")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd826f88f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reset() returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackReset() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("reset")
}

// PackResetUpdateAndContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe020e4c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resetUpdateAndContribute((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool _manualFinalize, address beneficiary, uint256 amount) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackResetUpdateAndContribute(key BN256G1G1Point, sig IServiceNodeRewardsBLSSignatureParams, params IServiceNodeRewardsServiceNodeParams, reserved []IServiceNodeRewardsReservedContributor, manualFinalize bool, beneficiary common.Address, amount *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("resetUpdateAndContribute", key, sig, params, reserved, manualFinalize, beneficiary, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResetUpdateAndContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe020e4c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resetUpdateAndContribute((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool _manualFinalize, address beneficiary, uint256 amount) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackResetUpdateAndContribute(key BN256G1G1Point, sig IServiceNodeRewardsBLSSignatureParams, params IServiceNodeRewardsServiceNodeParams, reserved []IServiceNodeRewardsReservedContributor, manualFinalize bool, beneficiary common.Address, amount *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("resetUpdateAndContribute", key, sig, params, reserved, manualFinalize, beneficiary, amount)
}

// PackServiceNodeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7baaf3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (serviceNodeContribution *ServiceNodeContribution) PackServiceNodeParams() []byte {
	enc, err := serviceNodeContribution.abi.Pack("serviceNodeParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServiceNodeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c7baaf3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (serviceNodeContribution *ServiceNodeContribution) TryPackServiceNodeParams() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("serviceNodeParams")
}

// UnpackServiceNodeParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c7baaf3.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (serviceNodeContribution *ServiceNodeContribution) UnpackServiceNodeParams(data []byte) (IServiceNodeRewardsServiceNodeParams, error) {
	out, err := serviceNodeContribution.abi.Unpack("serviceNodeParams", data)
	if err != nil {
		return *new(IServiceNodeRewardsServiceNodeParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IServiceNodeRewardsServiceNodeParams)).(*IServiceNodeRewardsServiceNodeParams)
	return out0, nil
}

// PackStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d399e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) PackStakingRequirement() []byte {
	enc, err := serviceNodeContribution.abi.Pack("stakingRequirement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d399e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) TryPackStakingRequirement() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("stakingRequirement")
}

// UnpackStakingRequirement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeContribution *ServiceNodeContribution) UnpackStakingRequirement(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("stakingRequirement", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakingRewardsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33623794.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) PackStakingRewardsContract() []byte {
	enc, err := serviceNodeContribution.abi.Pack("stakingRewardsContract")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingRewardsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33623794.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) TryPackStakingRewardsContract() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("stakingRewardsContract")
}

// UnpackStakingRewardsContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33623794.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContribution *ServiceNodeContribution) UnpackStakingRewardsContract(data []byte) (common.Address, error) {
	out, err := serviceNodeContribution.abi.Unpack("stakingRewardsContract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200d2ed2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function status() view returns(uint8)
func (serviceNodeContribution *ServiceNodeContribution) PackStatus() []byte {
	enc, err := serviceNodeContribution.abi.Pack("status")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x200d2ed2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function status() view returns(uint8)
func (serviceNodeContribution *ServiceNodeContribution) TryPackStatus() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("status")
}

// UnpackStatus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x200d2ed2.
//
// Solidity: function status() view returns(uint8)
func (serviceNodeContribution *ServiceNodeContribution) UnpackStatus(data []byte) (uint8, error) {
	out, err := serviceNodeContribution.abi.Unpack("status", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTotalContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dcf4b8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackTotalContribution() []byte {
	enc, err := serviceNodeContribution.abi.Pack("totalContribution")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0dcf4b8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackTotalContribution() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("totalContribution")
}

// UnpackTotalContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0dcf4b8f.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackTotalContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("totalContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalReservedContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4b6aa83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) PackTotalReservedContribution() []byte {
	enc, err := serviceNodeContribution.abi.Pack("totalReservedContribution")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalReservedContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa4b6aa83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) TryPackTotalReservedContribution() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("totalReservedContribution")
}

// UnpackTotalReservedContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa4b6aa83.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (serviceNodeContribution *ServiceNodeContribution) UnpackTotalReservedContribution(data []byte) (*big.Int, error) {
	out, err := serviceNodeContribution.abi.Unpack("totalReservedContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUpdateBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aaffd2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateBeneficiary(address newBeneficiary) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackUpdateBeneficiary(newBeneficiary common.Address) []byte {
	enc, err := serviceNodeContribution.abi.Pack("updateBeneficiary", newBeneficiary)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateBeneficiary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aaffd2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateBeneficiary(address newBeneficiary) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackUpdateBeneficiary(newBeneficiary common.Address) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("updateBeneficiary", newBeneficiary)
}

// PackUpdateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6cda93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateFee(uint16 fee) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackUpdateFee(fee uint16) []byte {
	enc, err := serviceNodeContribution.abi.Pack("updateFee", fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c6cda93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateFee(uint16 fee) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackUpdateFee(fee uint16) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("updateFee", fee)
}

// PackUpdateManualFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf72aa4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateManualFinalize(bool value) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackUpdateManualFinalize(value bool) []byte {
	enc, err := serviceNodeContribution.abi.Pack("updateManualFinalize", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateManualFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf72aa4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateManualFinalize(bool value) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackUpdateManualFinalize(value bool) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("updateManualFinalize", value)
}

// PackUpdatePubkeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6786452c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePubkeys((uint256,uint256) newBLSPubkey, (uint256,uint256,uint256,uint256) newBLSSig, uint256 ed25519Pubkey, uint256 ed25519Sig0, uint256 ed25519Sig1) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackUpdatePubkeys(newBLSPubkey BN256G1G1Point, newBLSSig IServiceNodeRewardsBLSSignatureParams, ed25519Pubkey *big.Int, ed25519Sig0 *big.Int, ed25519Sig1 *big.Int) []byte {
	enc, err := serviceNodeContribution.abi.Pack("updatePubkeys", newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePubkeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6786452c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePubkeys((uint256,uint256) newBLSPubkey, (uint256,uint256,uint256,uint256) newBLSSig, uint256 ed25519Pubkey, uint256 ed25519Sig0, uint256 ed25519Sig1) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackUpdatePubkeys(newBLSPubkey BN256G1G1Point, newBLSSig IServiceNodeRewardsBLSSignatureParams, ed25519Pubkey *big.Int, ed25519Sig0 *big.Int, ed25519Sig1 *big.Int) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("updatePubkeys", newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1)
}

// PackUpdateReservedContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e9a407.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateReservedContributors((address,uint256)[] reserved) returns()
func (serviceNodeContribution *ServiceNodeContribution) PackUpdateReservedContributors(reserved []IServiceNodeRewardsReservedContributor) []byte {
	enc, err := serviceNodeContribution.abi.Pack("updateReservedContributors", reserved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateReservedContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00e9a407.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateReservedContributors((address,uint256)[] reserved) returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackUpdateReservedContributors(reserved []IServiceNodeRewardsReservedContributor) ([]byte, error) {
	return serviceNodeContribution.abi.Pack("updateReservedContributors", reserved)
}

// PackWithdrawContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d616d20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawContribution() returns()
func (serviceNodeContribution *ServiceNodeContribution) PackWithdrawContribution() []byte {
	enc, err := serviceNodeContribution.abi.Pack("withdrawContribution")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d616d20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawContribution() returns()
func (serviceNodeContribution *ServiceNodeContribution) TryPackWithdrawContribution() ([]byte, error) {
	return serviceNodeContribution.abi.Pack("withdrawContribution")
}

// ServiceNodeContributionFilled represents a Filled event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFilled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFilledEventName = "Filled"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFilled) ContractEventName() string {
	return ServiceNodeContributionFilledEventName
}

// UnpackFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Filled()
func (serviceNodeContribution *ServiceNodeContribution) UnpackFilledEvent(log *types.Log) (*ServiceNodeContributionFilled, error) {
	event := "Filled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFilled)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFinalized represents a Finalized event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFinalized struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFinalized) ContractEventName() string {
	return ServiceNodeContributionFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized()
func (serviceNodeContribution *ServiceNodeContribution) UnpackFinalizedEvent(log *types.Log) (*ServiceNodeContributionFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFinalized)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionNewContribution represents a NewContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionNewContribution struct {
	Contributor common.Address
	Beneficiary common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionNewContributionEventName = "NewContribution"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionNewContribution) ContractEventName() string {
	return ServiceNodeContributionNewContributionEventName
}

// UnpackNewContributionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewContribution(address indexed contributor, address beneficiary, uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) UnpackNewContributionEvent(log *types.Log) (*ServiceNodeContributionNewContribution, error) {
	event := "NewContribution"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionNewContribution)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionOpenForPublicContribution represents a OpenForPublicContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionOpenForPublicContribution struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionOpenForPublicContributionEventName = "OpenForPublicContribution"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionOpenForPublicContribution) ContractEventName() string {
	return ServiceNodeContributionOpenForPublicContributionEventName
}

// UnpackOpenForPublicContributionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OpenForPublicContribution()
func (serviceNodeContribution *ServiceNodeContribution) UnpackOpenForPublicContributionEvent(log *types.Log) (*ServiceNodeContributionOpenForPublicContribution, error) {
	event := "OpenForPublicContribution"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionOpenForPublicContribution)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionReset represents a Reset event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionReset struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionResetEventName = "Reset"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionReset) ContractEventName() string {
	return ServiceNodeContributionResetEventName
}

// UnpackResetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Reset()
func (serviceNodeContribution *ServiceNodeContribution) UnpackResetEvent(log *types.Log) (*ServiceNodeContributionReset, error) {
	event := "Reset"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionReset)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionUpdateFee represents a UpdateFee event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateFee struct {
	NewFee uint16
	Raw    *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionUpdateFeeEventName = "UpdateFee"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionUpdateFee) ContractEventName() string {
	return ServiceNodeContributionUpdateFeeEventName
}

// UnpackUpdateFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateFee(uint16 newFee)
func (serviceNodeContribution *ServiceNodeContribution) UnpackUpdateFeeEvent(log *types.Log) (*ServiceNodeContributionUpdateFee, error) {
	event := "UpdateFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionUpdateFee)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionUpdateManualFinalize represents a UpdateManualFinalize event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateManualFinalize struct {
	NewValue bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionUpdateManualFinalizeEventName = "UpdateManualFinalize"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionUpdateManualFinalize) ContractEventName() string {
	return ServiceNodeContributionUpdateManualFinalizeEventName
}

// UnpackUpdateManualFinalizeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateManualFinalize(bool newValue)
func (serviceNodeContribution *ServiceNodeContribution) UnpackUpdateManualFinalizeEvent(log *types.Log) (*ServiceNodeContributionUpdateManualFinalize, error) {
	event := "UpdateManualFinalize"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionUpdateManualFinalize)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionUpdatePubkeys represents a UpdatePubkeys event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdatePubkeys struct {
	NewBLSPubkey     BN256G1G1Point
	NewEd25519Pubkey *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionUpdatePubkeysEventName = "UpdatePubkeys"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionUpdatePubkeys) ContractEventName() string {
	return ServiceNodeContributionUpdatePubkeysEventName
}

// UnpackUpdatePubkeysEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdatePubkeys((uint256,uint256) newBLSPubkey, uint256 newEd25519Pubkey)
func (serviceNodeContribution *ServiceNodeContribution) UnpackUpdatePubkeysEvent(log *types.Log) (*ServiceNodeContributionUpdatePubkeys, error) {
	event := "UpdatePubkeys"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionUpdatePubkeys)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionUpdateReservedContributors represents a UpdateReservedContributors event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateReservedContributors struct {
	NewReservedContributors []IServiceNodeRewardsReservedContributor
	Raw                     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionUpdateReservedContributorsEventName = "UpdateReservedContributors"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionUpdateReservedContributors) ContractEventName() string {
	return ServiceNodeContributionUpdateReservedContributorsEventName
}

// UnpackUpdateReservedContributorsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateReservedContributors((address,uint256)[] newReservedContributors)
func (serviceNodeContribution *ServiceNodeContribution) UnpackUpdateReservedContributorsEvent(log *types.Log) (*ServiceNodeContributionUpdateReservedContributors, error) {
	event := "UpdateReservedContributors"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionUpdateReservedContributors)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionUpdateStakerBeneficiary represents a UpdateStakerBeneficiary event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateStakerBeneficiary struct {
	Staker         common.Address
	NewBeneficiary common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionUpdateStakerBeneficiaryEventName = "UpdateStakerBeneficiary"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionUpdateStakerBeneficiary) ContractEventName() string {
	return ServiceNodeContributionUpdateStakerBeneficiaryEventName
}

// UnpackUpdateStakerBeneficiaryEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary)
func (serviceNodeContribution *ServiceNodeContribution) UnpackUpdateStakerBeneficiaryEvent(log *types.Log) (*ServiceNodeContributionUpdateStakerBeneficiary, error) {
	event := "UpdateStakerBeneficiary"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionUpdateStakerBeneficiary)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionWithdrawContribution represents a WithdrawContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionWithdrawContribution struct {
	Contributor common.Address
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionWithdrawContributionEventName = "WithdrawContribution"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionWithdrawContribution) ContractEventName() string {
	return ServiceNodeContributionWithdrawContributionEventName
}

// UnpackWithdrawContributionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawContribution(address indexed contributor, uint256 amount)
func (serviceNodeContribution *ServiceNodeContribution) UnpackWithdrawContributionEvent(log *types.Log) (*ServiceNodeContributionWithdrawContribution, error) {
	event := "WithdrawContribution"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContribution.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionWithdrawContribution)
	if len(log.Data) > 0 {
		if err := serviceNodeContribution.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContribution.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (serviceNodeContribution *ServiceNodeContribution) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["AddressInsufficientBalance"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackAddressInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["BeneficiaryUpdatingDisabledNodeIsNotOpen"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackBeneficiaryUpdatingDisabledNodeIsNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["CalcMinContributionGivenBadContribArgs"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackCalcMinContributionGivenBadContribArgsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ContributeFundsNotPossible"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackContributeFundsNotPossibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ContributionBelowMinAmount"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackContributionBelowMinAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ContributionBelowReservedAmount"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackContributionBelowReservedAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ContributionExceedsStakingRequirement"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackContributionExceedsStakingRequirementError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["DuplicateAddressInReservedContributor"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackDuplicateAddressInReservedContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["FailedInnerCall"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackFailedInnerCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["FeeExceedsPossibleValue"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackFeeExceedsPossibleValueError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["FinalizeNotPossible"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackFinalizeNotPossibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["FirstContributionMustBeOperator"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackFirstContributionMustBeOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["FirstReservedContributorMustBeOperator"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackFirstReservedContributorMustBeOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["MaxContributorsExceeded"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackMaxContributorsExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["NonContributorUpdatedBeneficiary"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackNonContributorUpdatedBeneficiaryError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["OnlyOperatorIsAuthorised"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackOnlyOperatorIsAuthorisedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["RequireWaitForOperatorContribStatus"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackRequireWaitForOperatorContribStatusError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["RescueBalanceIsEmpty"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackRescueBalanceIsEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["RescueNotPossible"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackRescueNotPossibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ReservedContributionBelowMinAmount"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackReservedContributionBelowMinAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ReservedContributionExceedsStakingRequirement"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackReservedContributionExceedsStakingRequirementError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["ReservedContributorHasZeroAddress"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackReservedContributorHasZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["RewardsContractMaxContributorsChanged"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackRewardsContractMaxContributorsChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["RewardsContractStakingRequirementChanged"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackRewardsContractStakingRequirementChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["TooManyReservedContributors"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackTooManyReservedContributorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContribution.abi.Errors["WithdrawTooEarly"].ID.Bytes()[:4]) {
		return serviceNodeContribution.UnpackWithdrawTooEarlyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceNodeContributionAddressEmptyCode represents a AddressEmptyCode error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ServiceNodeContributionAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (serviceNodeContribution *ServiceNodeContribution) UnpackAddressEmptyCodeError(raw []byte) (*ServiceNodeContributionAddressEmptyCode, error) {
	out := new(ServiceNodeContributionAddressEmptyCode)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionAddressInsufficientBalance represents a AddressInsufficientBalance error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionAddressInsufficientBalance struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressInsufficientBalance(address account)
func ServiceNodeContributionAddressInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcd7860599b9fd41bcf04bec8b7a59cb8b83ebbb59480bead3f13259df2ace421")
}

// UnpackAddressInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressInsufficientBalance(address account)
func (serviceNodeContribution *ServiceNodeContribution) UnpackAddressInsufficientBalanceError(raw []byte) (*ServiceNodeContributionAddressInsufficientBalance, error) {
	out := new(ServiceNodeContributionAddressInsufficientBalance)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "AddressInsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionBeneficiaryUpdatingDisabledNodeIsNotOpen represents a BeneficiaryUpdatingDisabledNodeIsNotOpen error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionBeneficiaryUpdatingDisabledNodeIsNotOpen struct {
	Ed25519Pubkey *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeneficiaryUpdatingDisabledNodeIsNotOpen(uint256 ed25519Pubkey)
func ServiceNodeContributionBeneficiaryUpdatingDisabledNodeIsNotOpenErrorID() common.Hash {
	return common.HexToHash("0x200096020833671694a36238b617d3d14a51125576ad3321b50f437aea9ab256")
}

// UnpackBeneficiaryUpdatingDisabledNodeIsNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeneficiaryUpdatingDisabledNodeIsNotOpen(uint256 ed25519Pubkey)
func (serviceNodeContribution *ServiceNodeContribution) UnpackBeneficiaryUpdatingDisabledNodeIsNotOpenError(raw []byte) (*ServiceNodeContributionBeneficiaryUpdatingDisabledNodeIsNotOpen, error) {
	out := new(ServiceNodeContributionBeneficiaryUpdatingDisabledNodeIsNotOpen)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "BeneficiaryUpdatingDisabledNodeIsNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionCalcMinContributionGivenBadContribArgs represents a CalcMinContributionGivenBadContribArgs error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionCalcMinContributionGivenBadContribArgs struct {
	NumContributors    *big.Int
	MaxNumContributors *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CalcMinContributionGivenBadContribArgs(uint256 numContributors, uint256 maxNumContributors)
func ServiceNodeContributionCalcMinContributionGivenBadContribArgsErrorID() common.Hash {
	return common.HexToHash("0xeccebdb234c984025519ed165248c3bca731a5df8facabe2b06df32475b3cacf")
}

// UnpackCalcMinContributionGivenBadContribArgsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CalcMinContributionGivenBadContribArgs(uint256 numContributors, uint256 maxNumContributors)
func (serviceNodeContribution *ServiceNodeContribution) UnpackCalcMinContributionGivenBadContribArgsError(raw []byte) (*ServiceNodeContributionCalcMinContributionGivenBadContribArgs, error) {
	out := new(ServiceNodeContributionCalcMinContributionGivenBadContribArgs)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "CalcMinContributionGivenBadContribArgs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionContributeFundsNotPossible represents a ContributeFundsNotPossible error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionContributeFundsNotPossible struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributeFundsNotPossible(uint8 status)
func ServiceNodeContributionContributeFundsNotPossibleErrorID() common.Hash {
	return common.HexToHash("0x52bf2be025725d21b1d53efe3d698db98aad2bd390ce87b358f53a90216d220b")
}

// UnpackContributeFundsNotPossibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributeFundsNotPossible(uint8 status)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributeFundsNotPossibleError(raw []byte) (*ServiceNodeContributionContributeFundsNotPossible, error) {
	out := new(ServiceNodeContributionContributeFundsNotPossible)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ContributeFundsNotPossible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionContributionBelowMinAmount represents a ContributionBelowMinAmount error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionContributionBelowMinAmount struct {
	Contributed *big.Int
	Min         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionBelowMinAmount(uint256 contributed, uint256 min)
func ServiceNodeContributionContributionBelowMinAmountErrorID() common.Hash {
	return common.HexToHash("0x43917fc467760e98823d9c232362cb59231533776c659078b5bceba3acc5c6cc")
}

// UnpackContributionBelowMinAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionBelowMinAmount(uint256 contributed, uint256 min)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributionBelowMinAmountError(raw []byte) (*ServiceNodeContributionContributionBelowMinAmount, error) {
	out := new(ServiceNodeContributionContributionBelowMinAmount)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ContributionBelowMinAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionContributionBelowReservedAmount represents a ContributionBelowReservedAmount error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionContributionBelowReservedAmount struct {
	Contributed *big.Int
	Reserved    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionBelowReservedAmount(uint256 contributed, uint256 reserved)
func ServiceNodeContributionContributionBelowReservedAmountErrorID() common.Hash {
	return common.HexToHash("0x454cd8e14d54a45f4cc6327a4b8a823bd48b830dded2af908f9f77a212963a73")
}

// UnpackContributionBelowReservedAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionBelowReservedAmount(uint256 contributed, uint256 reserved)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributionBelowReservedAmountError(raw []byte) (*ServiceNodeContributionContributionBelowReservedAmount, error) {
	out := new(ServiceNodeContributionContributionBelowReservedAmount)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ContributionBelowReservedAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionContributionExceedsStakingRequirement represents a ContributionExceedsStakingRequirement error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionContributionExceedsStakingRequirement struct {
	TotalContributed   *big.Int
	TotalReserved      *big.Int
	StakingRequirement *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionExceedsStakingRequirement(uint256 totalContributed, uint256 totalReserved, uint256 stakingRequirement)
func ServiceNodeContributionContributionExceedsStakingRequirementErrorID() common.Hash {
	return common.HexToHash("0xa2768516e2f173da45953b946e4427f4d19b4ba7b949997cbfe0bf4d1422f9aa")
}

// UnpackContributionExceedsStakingRequirementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionExceedsStakingRequirement(uint256 totalContributed, uint256 totalReserved, uint256 stakingRequirement)
func (serviceNodeContribution *ServiceNodeContribution) UnpackContributionExceedsStakingRequirementError(raw []byte) (*ServiceNodeContributionContributionExceedsStakingRequirement, error) {
	out := new(ServiceNodeContributionContributionExceedsStakingRequirement)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ContributionExceedsStakingRequirement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionDuplicateAddressInReservedContributor represents a DuplicateAddressInReservedContributor error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionDuplicateAddressInReservedContributor struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateAddressInReservedContributor(uint256 index)
func ServiceNodeContributionDuplicateAddressInReservedContributorErrorID() common.Hash {
	return common.HexToHash("0x20c2308c80b93bd425ce9286a4c37c30e52776119753f21313d02174b8f2637e")
}

// UnpackDuplicateAddressInReservedContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateAddressInReservedContributor(uint256 index)
func (serviceNodeContribution *ServiceNodeContribution) UnpackDuplicateAddressInReservedContributorError(raw []byte) (*ServiceNodeContributionDuplicateAddressInReservedContributor, error) {
	out := new(ServiceNodeContributionDuplicateAddressInReservedContributor)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "DuplicateAddressInReservedContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFailedInnerCall represents a FailedInnerCall error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFailedInnerCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedInnerCall()
func ServiceNodeContributionFailedInnerCallErrorID() common.Hash {
	return common.HexToHash("0x1425ea42df7c932537f94e8b917ea9c5931f140fb6e8098822ef05dc56222ca9")
}

// UnpackFailedInnerCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedInnerCall()
func (serviceNodeContribution *ServiceNodeContribution) UnpackFailedInnerCallError(raw []byte) (*ServiceNodeContributionFailedInnerCall, error) {
	out := new(ServiceNodeContributionFailedInnerCall)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "FailedInnerCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFeeExceedsPossibleValue represents a FeeExceedsPossibleValue error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFeeExceedsPossibleValue struct {
	Fee uint16
	Max uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeExceedsPossibleValue(uint16 fee, uint16 max)
func ServiceNodeContributionFeeExceedsPossibleValueErrorID() common.Hash {
	return common.HexToHash("0x04ae8fd03b17e8353322506bb220745df8fcf44a72b34cd9fd750f07c7c51b52")
}

// UnpackFeeExceedsPossibleValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeExceedsPossibleValue(uint16 fee, uint16 max)
func (serviceNodeContribution *ServiceNodeContribution) UnpackFeeExceedsPossibleValueError(raw []byte) (*ServiceNodeContributionFeeExceedsPossibleValue, error) {
	out := new(ServiceNodeContributionFeeExceedsPossibleValue)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "FeeExceedsPossibleValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFinalizeNotPossible represents a FinalizeNotPossible error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFinalizeNotPossible struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeNotPossible(uint8 status)
func ServiceNodeContributionFinalizeNotPossibleErrorID() common.Hash {
	return common.HexToHash("0x83696f6f4a16425928e91ba4c3072df688a8ea8176e0f903db3c8ae24a6f5461")
}

// UnpackFinalizeNotPossibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeNotPossible(uint8 status)
func (serviceNodeContribution *ServiceNodeContribution) UnpackFinalizeNotPossibleError(raw []byte) (*ServiceNodeContributionFinalizeNotPossible, error) {
	out := new(ServiceNodeContributionFinalizeNotPossible)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "FinalizeNotPossible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFirstContributionMustBeOperator represents a FirstContributionMustBeOperator error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFirstContributionMustBeOperator struct {
	Contributor common.Address
	Operator    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FirstContributionMustBeOperator(address contributor, address operator)
func ServiceNodeContributionFirstContributionMustBeOperatorErrorID() common.Hash {
	return common.HexToHash("0x5a93af04262ec70fc4b988c0262291e24aca34689a802dbde707b6df9242ed44")
}

// UnpackFirstContributionMustBeOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FirstContributionMustBeOperator(address contributor, address operator)
func (serviceNodeContribution *ServiceNodeContribution) UnpackFirstContributionMustBeOperatorError(raw []byte) (*ServiceNodeContributionFirstContributionMustBeOperator, error) {
	out := new(ServiceNodeContributionFirstContributionMustBeOperator)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "FirstContributionMustBeOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFirstReservedContributorMustBeOperator represents a FirstReservedContributorMustBeOperator error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFirstReservedContributorMustBeOperator struct {
	Index    *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FirstReservedContributorMustBeOperator(uint256 index, address operator)
func ServiceNodeContributionFirstReservedContributorMustBeOperatorErrorID() common.Hash {
	return common.HexToHash("0xef77b46752b3eaa0210c5669e90da5f7942eb062d91f1318c48ef5b04461bfa3")
}

// UnpackFirstReservedContributorMustBeOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FirstReservedContributorMustBeOperator(uint256 index, address operator)
func (serviceNodeContribution *ServiceNodeContribution) UnpackFirstReservedContributorMustBeOperatorError(raw []byte) (*ServiceNodeContributionFirstReservedContributorMustBeOperator, error) {
	out := new(ServiceNodeContributionFirstReservedContributorMustBeOperator)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "FirstReservedContributorMustBeOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionMaxContributorsExceeded represents a MaxContributorsExceeded error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionMaxContributorsExceeded struct {
	MaxContributors *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxContributorsExceeded(uint256 maxContributors)
func ServiceNodeContributionMaxContributorsExceededErrorID() common.Hash {
	return common.HexToHash("0x56d70f546b37b77a0e5008dc0431ea04ce1c12bbcc1042b0121cd9a505c815c0")
}

// UnpackMaxContributorsExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxContributorsExceeded(uint256 maxContributors)
func (serviceNodeContribution *ServiceNodeContribution) UnpackMaxContributorsExceededError(raw []byte) (*ServiceNodeContributionMaxContributorsExceeded, error) {
	out := new(ServiceNodeContributionMaxContributorsExceeded)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "MaxContributorsExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionNonContributorUpdatedBeneficiary represents a NonContributorUpdatedBeneficiary error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionNonContributorUpdatedBeneficiary struct {
	NonContributorAddr common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonContributorUpdatedBeneficiary(address nonContributorAddr)
func ServiceNodeContributionNonContributorUpdatedBeneficiaryErrorID() common.Hash {
	return common.HexToHash("0x5faed1a6c428cf0ee9f51c2b0f20040fa9ff299e412133c7bcba6995a680937c")
}

// UnpackNonContributorUpdatedBeneficiaryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonContributorUpdatedBeneficiary(address nonContributorAddr)
func (serviceNodeContribution *ServiceNodeContribution) UnpackNonContributorUpdatedBeneficiaryError(raw []byte) (*ServiceNodeContributionNonContributorUpdatedBeneficiary, error) {
	out := new(ServiceNodeContributionNonContributorUpdatedBeneficiary)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "NonContributorUpdatedBeneficiary", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionOnlyOperatorIsAuthorised represents a OnlyOperatorIsAuthorised error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionOnlyOperatorIsAuthorised struct {
	Addr     common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlyOperatorIsAuthorised(address addr, address operator)
func ServiceNodeContributionOnlyOperatorIsAuthorisedErrorID() common.Hash {
	return common.HexToHash("0x21afccb1583d0f3ba9754dfc542666f8e4563ff0629518b35c002c6ac2fb0157")
}

// UnpackOnlyOperatorIsAuthorisedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlyOperatorIsAuthorised(address addr, address operator)
func (serviceNodeContribution *ServiceNodeContribution) UnpackOnlyOperatorIsAuthorisedError(raw []byte) (*ServiceNodeContributionOnlyOperatorIsAuthorised, error) {
	out := new(ServiceNodeContributionOnlyOperatorIsAuthorised)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "OnlyOperatorIsAuthorised", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionRequireWaitForOperatorContribStatus represents a RequireWaitForOperatorContribStatus error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionRequireWaitForOperatorContribStatus struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequireWaitForOperatorContribStatus(uint8 status)
func ServiceNodeContributionRequireWaitForOperatorContribStatusErrorID() common.Hash {
	return common.HexToHash("0x06b568e12174c89a98a1afb58f5e617828b48cf62f93c6a54de309943409b793")
}

// UnpackRequireWaitForOperatorContribStatusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequireWaitForOperatorContribStatus(uint8 status)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRequireWaitForOperatorContribStatusError(raw []byte) (*ServiceNodeContributionRequireWaitForOperatorContribStatus, error) {
	out := new(ServiceNodeContributionRequireWaitForOperatorContribStatus)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "RequireWaitForOperatorContribStatus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionRescueBalanceIsEmpty represents a RescueBalanceIsEmpty error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionRescueBalanceIsEmpty struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RescueBalanceIsEmpty(address token)
func ServiceNodeContributionRescueBalanceIsEmptyErrorID() common.Hash {
	return common.HexToHash("0xe932c573611c8a5a8d7b680d84a5609a3cc36495ceade58fee56a9226838f664")
}

// UnpackRescueBalanceIsEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RescueBalanceIsEmpty(address token)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRescueBalanceIsEmptyError(raw []byte) (*ServiceNodeContributionRescueBalanceIsEmpty, error) {
	out := new(ServiceNodeContributionRescueBalanceIsEmpty)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "RescueBalanceIsEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionRescueNotPossible represents a RescueNotPossible error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionRescueNotPossible struct {
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RescueNotPossible(uint8 status)
func ServiceNodeContributionRescueNotPossibleErrorID() common.Hash {
	return common.HexToHash("0x2f3e69dd232b806177904fd0efc7a8d1f3150781777fe1377032fd9c96ca28ac")
}

// UnpackRescueNotPossibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RescueNotPossible(uint8 status)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRescueNotPossibleError(raw []byte) (*ServiceNodeContributionRescueNotPossible, error) {
	out := new(ServiceNodeContributionRescueNotPossible)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "RescueNotPossible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionReservedContributionBelowMinAmount represents a ReservedContributionBelowMinAmount error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionReservedContributionBelowMinAmount struct {
	Index       *big.Int
	Contributed *big.Int
	Min         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservedContributionBelowMinAmount(uint256 index, uint256 contributed, uint256 min)
func ServiceNodeContributionReservedContributionBelowMinAmountErrorID() common.Hash {
	return common.HexToHash("0xc4aa8aa3ed130c1246476bbd249cd0c2106af4e66ac05d7510f3bac97f477e52")
}

// UnpackReservedContributionBelowMinAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservedContributionBelowMinAmount(uint256 index, uint256 contributed, uint256 min)
func (serviceNodeContribution *ServiceNodeContribution) UnpackReservedContributionBelowMinAmountError(raw []byte) (*ServiceNodeContributionReservedContributionBelowMinAmount, error) {
	out := new(ServiceNodeContributionReservedContributionBelowMinAmount)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ReservedContributionBelowMinAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionReservedContributionExceedsStakingRequirement represents a ReservedContributionExceedsStakingRequirement error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionReservedContributionExceedsStakingRequirement struct {
	Index       *big.Int
	Contributed *big.Int
	Remaining   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservedContributionExceedsStakingRequirement(uint256 index, uint256 contributed, uint256 remaining)
func ServiceNodeContributionReservedContributionExceedsStakingRequirementErrorID() common.Hash {
	return common.HexToHash("0x6d3ae3a71e4605270bb249831ba1bef5857a8fba5a12f2adc7ce73a46166cc28")
}

// UnpackReservedContributionExceedsStakingRequirementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservedContributionExceedsStakingRequirement(uint256 index, uint256 contributed, uint256 remaining)
func (serviceNodeContribution *ServiceNodeContribution) UnpackReservedContributionExceedsStakingRequirementError(raw []byte) (*ServiceNodeContributionReservedContributionExceedsStakingRequirement, error) {
	out := new(ServiceNodeContributionReservedContributionExceedsStakingRequirement)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ReservedContributionExceedsStakingRequirement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionReservedContributorHasZeroAddress represents a ReservedContributorHasZeroAddress error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionReservedContributorHasZeroAddress struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservedContributorHasZeroAddress(uint256 index)
func ServiceNodeContributionReservedContributorHasZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xc4395dea1a9a6922695d353abf412ac680b4f3f46edfe78ddb9e1e9e03224041")
}

// UnpackReservedContributorHasZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservedContributorHasZeroAddress(uint256 index)
func (serviceNodeContribution *ServiceNodeContribution) UnpackReservedContributorHasZeroAddressError(raw []byte) (*ServiceNodeContributionReservedContributorHasZeroAddress, error) {
	out := new(ServiceNodeContributionReservedContributorHasZeroAddress)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "ReservedContributorHasZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionRewardsContractMaxContributorsChanged represents a RewardsContractMaxContributorsChanged error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionRewardsContractMaxContributorsChanged struct {
	OldMax *big.Int
	NewMax *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardsContractMaxContributorsChanged(uint256 oldMax, uint256 newMax)
func ServiceNodeContributionRewardsContractMaxContributorsChangedErrorID() common.Hash {
	return common.HexToHash("0x924040d881fd71b89b91047f9e4ce69113c9a7eaafd13ae5ed665f7e28ea6cb2")
}

// UnpackRewardsContractMaxContributorsChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardsContractMaxContributorsChanged(uint256 oldMax, uint256 newMax)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRewardsContractMaxContributorsChangedError(raw []byte) (*ServiceNodeContributionRewardsContractMaxContributorsChanged, error) {
	out := new(ServiceNodeContributionRewardsContractMaxContributorsChanged)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "RewardsContractMaxContributorsChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionRewardsContractStakingRequirementChanged represents a RewardsContractStakingRequirementChanged error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionRewardsContractStakingRequirementChanged struct {
	OldRequirement *big.Int
	NewRequirement *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardsContractStakingRequirementChanged(uint256 oldRequirement, uint256 newRequirement)
func ServiceNodeContributionRewardsContractStakingRequirementChangedErrorID() common.Hash {
	return common.HexToHash("0xa5c7b01a2eb160ec06d1a737562cac7fb72c1e82a97a792ee5392c95acddca66")
}

// UnpackRewardsContractStakingRequirementChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardsContractStakingRequirementChanged(uint256 oldRequirement, uint256 newRequirement)
func (serviceNodeContribution *ServiceNodeContribution) UnpackRewardsContractStakingRequirementChangedError(raw []byte) (*ServiceNodeContributionRewardsContractStakingRequirementChanged, error) {
	out := new(ServiceNodeContributionRewardsContractStakingRequirementChanged)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "RewardsContractStakingRequirementChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ServiceNodeContributionSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (serviceNodeContribution *ServiceNodeContribution) UnpackSafeERC20FailedOperationError(raw []byte) (*ServiceNodeContributionSafeERC20FailedOperation, error) {
	out := new(ServiceNodeContributionSafeERC20FailedOperation)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionTooManyReservedContributors represents a TooManyReservedContributors error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionTooManyReservedContributors struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyReservedContributors(uint256 length, uint256 max)
func ServiceNodeContributionTooManyReservedContributorsErrorID() common.Hash {
	return common.HexToHash("0x4b111ab8b042c161cb435003b35eeac801e46badb9fadb3accb39ad343a07bcb")
}

// UnpackTooManyReservedContributorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyReservedContributors(uint256 length, uint256 max)
func (serviceNodeContribution *ServiceNodeContribution) UnpackTooManyReservedContributorsError(raw []byte) (*ServiceNodeContributionTooManyReservedContributors, error) {
	out := new(ServiceNodeContributionTooManyReservedContributors)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "TooManyReservedContributors", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionWithdrawTooEarly represents a WithdrawTooEarly error raised by the ServiceNodeContribution contract.
type ServiceNodeContributionWithdrawTooEarly struct {
	ContribTime   *big.Int
	BlockTime     *big.Int
	DelayRequired *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawTooEarly(uint256 contribTime, uint256 blockTime, uint256 delayRequired)
func ServiceNodeContributionWithdrawTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x214d83484cd1cb803bdaafdef3a78c14ba24920d97cc03df6a8aac86b8b7f98d")
}

// UnpackWithdrawTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawTooEarly(uint256 contribTime, uint256 blockTime, uint256 delayRequired)
func (serviceNodeContribution *ServiceNodeContribution) UnpackWithdrawTooEarlyError(raw []byte) (*ServiceNodeContributionWithdrawTooEarly, error) {
	out := new(ServiceNodeContributionWithdrawTooEarly)
	if err := serviceNodeContribution.abi.UnpackIntoInterface(out, "WithdrawTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryMetaData contains all meta data concerning the ServiceNodeContributionFactory contract.
var ServiceNodeContributionFactoryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributorContract\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NewServiceNodeContributionContract\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"sig\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"},{\"internalType\":\"bool\",\"name\":\"manualFinalize\",\"type\":\"bool\"}],\"name\":\"deploy\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"result\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"deployedContracts\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_stakingRewardsContract\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contractAddress\",\"type\":\"address\"}],\"name\":\"owns\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRewardsContract\",\"outputs\":[{\"internalType\":\"contractIServiceNodeRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceNodeContributionFactory",
	Bin: "0x6080604052348015600e575f5ffd5b506151718061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638faff86211610088578063e30c397811610063578063e30c3978146101ad578063f2fde38b146101b5578063f7bc39bf146101c8578063ffa1ad74146101f3575f5ffd5b80638faff86214610165578063c4d66de814610178578063c70242ad1461018b575f5ffd5b8063715018a6116100c3578063715018a61461014557806379ba50971461014d5780638456cb59146101555780638da5cb5b1461015d575f5ffd5b806333623794146100e95780633f4ba83a146101185780635c975abb14610122575b5f5ffd5b5f546100fb906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b610120610209565b005b5f5160206151515f395f51905f525460ff165b604051901515815260200161010f565b61012061021b565b61012061022c565b610120610279565b6100fb610289565b6100fb610173366004610893565b6102bd565b610120610186366004610966565b6103e0565b610135610199366004610966565b60016020525f908152604090205460ff1681565b6100fb610510565b6101206101c3366004610966565b610538565b6101356101d6366004610966565b6001600160a01b03165f9081526001602052604090205460ff1690565b6101fb600181565b60405190815260200161010f565b6102116105bd565b6102196105ef565b565b6102236105bd565b6102195f61064e565b3380610236610510565b6001600160a01b03161461026d5760405163118cdaa760e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6102768161064e565b50565b6102816105bd565b61021961068a565b5f807f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c1993005b546001600160a01b031692915050565b5f6102c66106d2565b5f54604080516386fa506360e01b815290516001600160a01b039092169182916386fa50639160048083019260209291908290030181865afa15801561030e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103329190610986565b888888888833896040516103459061085c565b61035799989796959493929190610a25565b604051809103905ff080158015610370573d5f5f3e3d5ffd5b506001600160a01b0381165f81815260016020818152604092839020805460ff1916909217909155815189358152339181019190915292935090917fce90835c26156f05db8d4f8c946475fd82462a2afc86c99a4a61bd8a41a0ed43910160405180910390a29695505050505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a008054600160401b810460ff16159067ffffffffffffffff165f811580156104255750825b90505f8267ffffffffffffffff1660011480156104415750303b155b90508115801561044f575080155b1561046d5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff19166001178555831561049757845460ff60401b1916600160401b1785555b6104a033610702565b6104a8610713565b5f80546001600160a01b0319166001600160a01b038816179055831561050857845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b505050505050565b5f807f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c006102ad565b6105406105bd565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b0319166001600160a01b0383169081178255610584610289565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a35050565b336105c6610289565b6001600160a01b0316146102195760405163118cdaa760e01b8152336004820152602401610264565b6105f7610723565b5f5160206151515f395f51905f52805460ff191681557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a150565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b031916815561068682610752565b5050565b6106926106d2565b5f5160206151515f395f51905f52805460ff191660011781557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833610630565b5f5160206151515f395f51905f525460ff16156102195760405163d93c066560e01b815260040160405180910390fd5b61070a6107c2565b6102768161080b565b61071b6107c2565b61021961083c565b5f5160206151515f395f51905f525460ff1661021957604051638dfc202b60e01b815260040160405180910390fd5b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054600160401b900460ff1661021957604051631afcd79f60e31b815260040160405180910390fd5b6108136107c2565b6001600160a01b03811661026d57604051631e4fbdf760e01b81525f6004820152602401610264565b6108446107c2565b5f5160206151515f395f51905f52805460ff19169055565b61469080610ac183390190565b5f60808284031215610879575f5ffd5b50919050565b8035801515811461088e575f5ffd5b919050565b5f5f5f5f5f5f8688036101808112156108aa575f5ffd5b60408112156108b7575f5ffd5b508695506108c88860408901610869565b94506108d78860c08901610869565b935061014087013567ffffffffffffffff8111156108f3575f5ffd5b8701601f81018913610903575f5ffd5b803567ffffffffffffffff811115610919575f5ffd5b8960208260061b840101111561092d575f5ffd5b60209190910193509150610944610160880161087f565b90509295509295509295565b80356001600160a01b038116811461088e575f5ffd5b5f60208284031215610976575f5ffd5b61097f82610950565b9392505050565b5f60208284031215610996575f5ffd5b5051919050565b803582526020808201359083015260408082013590830152606081013561ffff81168082146109ca575f5ffd5b80606085015250505050565b8183526020830192505f815f5b84811015610a1b576001600160a01b036109fc83610950565b16865260208281013590870152604095860195909101906001016109e3565b5093949350505050565b6001600160a01b038a16815260208082018a9052883560408084019190915289820135606080850191909152893560808501529189013560a084015288013560c083015287013560e08201525f610a8061010083018861099d565b6101e0610180830152610a986101e0830186886109d6565b6001600160a01b03949094166101a0830152509015156101c09091015297965050505050505056fe610120604052348015610010575f5ffd5b5060405161469038038061469083398101604081905261002f91610dcb565b6001600160a01b03881661008a5760405162461bcd60e51b815260206004820152601560248201527f7a65726f207265776172647320636f6e7472616374000000000000000000000060448201526064015b60405180910390fd5b865f036100d95760405162461bcd60e51b815260206004820152601560248201527f7a65726f206d617820636f6e7472696275746f727300000000000000000000006044820152606401610081565b6001600160a01b03881660a081905260408051630ada733d60e31b815290516356d399e8916004808201926020929091908290030181865afa158015610121573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101459190610e99565b60c08181525050876001600160a01b0316637c89d2f06040518163ffffffff1660e01b8152600401602060405180830381865afa158015610188573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101ac9190610eb0565b6001600160a01b0390811660805260e08890528216610100526101d286868686856101df565b5050505050505050610ff8565b6101e7610227565b825160208401516040850151610200928892889261036b565b606083015161020e906104c9565b61021782610585565b6102208161088f565b5050505050565b5f6003600f5460ff16600381111561024157610241610ecb565b141590505f5b600c548110156102e6575f600c828154811061026557610265610edf565b5f91825260208083206002909202909101546001600160a01b0316808352600a90915260409091205490915083801561029d57505f81115b156102b9576080516102b9906001600160a01b031683836108d8565b506001600160a01b03165f908152600a60209081526040808320839055600b909152812055600101610247565b506102f2600c5f610b4b565b600f805460ff19169055604080515f808252602082019092526103409161033a565b604080518082019091525f80825260208201528152602001906001900390816103145790505b50610585565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a150565b5f600f5460ff16600381111561038357610383610ecb565b146103a857600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b60a051610100516040805160016226579360e01b03198152885160048201526020808a01516024830152885160448301528801516064820152908701516084820152606087015160a48201526001600160a01b0391821660c482015260e4810186905291169063ffd9a86d90610104015f604051808303815f87803b15801561042f575f5ffd5b505af1158015610441573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b5f600f5460ff1660038111156104e1576104e1610ecb565b1461050657600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b61271061ffff8216111561053a57604051624ae8fd60e41b815261ffff821660048201526127106024820152604401610081565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b5f600f5460ff16600381111561059d5761059d610ecb565b146105c257600f546040516306b568e160e01b81526100819160ff1690600401610ef3565b5f5b600e5481101561061d57600d5f600e83815481106105e4576105e4610edf565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff19169055016105c4565b50610629600e5f610b69565b60e0518151111561065b57805160e051604051630962235760e31b815260048101929092526024820152604401610081565b60c0515f5b8251811015610853575f83828151811061067c5761067c610edf565b60200260200101515f015190505f84838151811061069c5761069c610edf565b6020026020010151602001519050825f1480156106ce5750610100516001600160a01b0316826001600160a01b031614155b15610703576101005160405163ef77b46760e01b8152600481018590526001600160a01b039091166024820152604401610081565b6001600160a01b03821661072d5760405163621caef560e11b815260048101849052602401610081565b6001600160a01b0382165f908152600d60205260409020805415610767576040516308308c2360e21b815260048101859052602401610081565b5f61077b868660e05161093360201b60201c565b9050808310156107af5760405163c4aa8aa360e01b8152600481018690526024810184905260448101829052606401610081565b858311156107e157604051636d3ae3a760e01b8152600481018690526024810184905260448101879052606401610081565b6107eb8387610f2d565b928255506001908101805460ff19169055600e805480830182555f919091527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd0180546001600160a01b0319166001600160a01b039490941693909317909255925001610660565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516108839190610f40565b60405180910390a15050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd0199061057a90831515815260200190565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b0390811663a9059cbb60e01b1790915261092e9185916109b016565b505050565b5f82821161095e576040516376675ed960e11b81526004810184905260248101839052604401610081565b5f83156109745761096f8484610f2d565b610977565b60045b905084156109a5578061098b600187610f2d565b6109959190610f97565b6109a0906001610fb6565b6109a7565b5f5b95945050505050565b5f6109c46001600160a01b03841683610a11565b905080515f141580156109e85750808060200190518101906109e69190610fc9565b155b1561092e57604051635274afe760e01b81526001600160a01b0384166004820152602401610081565b6060610a1e83835f610a27565b90505b92915050565b606081471015610a4c5760405163cd78605960e01b8152306004820152602401610081565b5f5f856001600160a01b03168486604051610a679190610fe2565b5f6040518083038185875af1925050503d805f8114610aa1576040519150601f19603f3d011682016040523d82523d5f602084013e610aa6565b606091505b509092509050610ab7868383610ac3565b925050505b9392505050565b606082610ad857610ad382610b1f565b610abc565b8151158015610aef57506001600160a01b0384163b155b15610b1857604051639996b31560e01b81526001600160a01b0385166004820152602401610081565b5080610abc565b805115610b2f5780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b50565b5080545f8255600202905f5260205f2090810190610b489190610b84565b5080545f8255905f5260205f2090810190610b489190610bb4565b5b80821115610bb05780546001600160a01b031990811682556001820180549091169055600201610b85565b5090565b5b80821115610bb0575f8155600101610bb5565b6001600160a01b0381168114610b48575f5ffd5b8051610be781610bc8565b919050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610c2257610c22610bec565b60405290565b604080519081016001600160401b0381118282101715610c2257610c22610bec565b604051601f8201601f191681016001600160401b0381118282101715610c7257610c72610bec565b604052919050565b5f60808284031215610c8a575f5ffd5b610c92610c00565b8251815260208084015190820152604080840151908201526060928301519281019290925250919050565b5f60808284031215610ccd575f5ffd5b610cd5610c00565b825181526020808401519082015260408084015190820152606083015190915061ffff81168114610d04575f5ffd5b606082015292915050565b5f82601f830112610d1e575f5ffd5b81516001600160401b03811115610d3757610d37610bec565b610d4660208260051b01610c4a565b8082825260208201915060208360061b860101925085831115610d67575f5ffd5b602085015b83811015610db25760408188031215610d83575f5ffd5b610d8b610c28565b8151610d9681610bc8565b8152602082810151818301529084529290920191604001610d6c565b5095945050505050565b80518015158114610be7575f5ffd5b5f5f5f5f5f5f5f5f888a036101e0811215610de4575f5ffd5b8951610def81610bc8565b60208b015190995097506040603f1982011215610e0a575f5ffd5b50610e13610c28565b60408a0151815260608a015160208201529550610e338a60808b01610c7a565b9450610e438a6101008b01610cbd565b6101808a01519094506001600160401b03811115610e5f575f5ffd5b610e6b8b828c01610d0f565b935050610e7b6101a08a01610bdc565b9150610e8a6101c08a01610dbc565b90509295985092959890939650565b5f60208284031215610ea9575f5ffd5b5051919050565b5f60208284031215610ec0575f5ffd5b8151610abc81610bc8565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b6020810160048310610f1357634e487b7160e01b5f52602160045260245ffd5b91905290565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610a2157610a21610f19565b602080825282518282018190525f918401906040840190835b81811015610f8c57835180516001600160a01b031684526020908101518185015290930192604090920191600101610f59565b509095945050505050565b5f82610fb157634e487b7160e01b5f52601260045260245ffd5b500490565b80820180821115610a2157610a21610f19565b5f60208284031215610fd9575f5ffd5b610a1e82610dbc565b5f82518060208501845e5f920191825250919050565b60805160a05160c05160e0516101005161350461118c5f395f81816104d1015281816106a1015281816106c90152818161074101528181610a8301528181610aab01528181610b5501528181610b7d01528181610c1e01528181610c4601528181610c9f01528181610cc701528181610fbc01528181610fe40152818161112601528181611183015281816111ab015281816113a5015281816113cd015281816115aa0152818161160201528181611efa01528181611f340152818161276d015261290801525f818161055c01528181610eb6015281816114c5015281816115050152818161169b01528181611d8801528181611dbc01528181612232015261226601525f81816104aa01528181610e780152818161153301528181611e7401528181611ea8015281816121b50152818161220101528181612294015261263c01525f81816103a501528181611d0601528181611df20152818161261b01528181612677015261273c01525f81816105fd015281816119b201528181611c480152818161234201526125f901526135045ff3fe608060405234801561000f575f5ffd5b506004361061023e575f3560e01c806356d399e8116101355780639ca002a6116100b4578063d26146a511610079578063d26146a514610632578063d826f88f14610645578063dda0a81a1461064d578063e020e4c414610664578063e50d50d814610677575f5ffd5b80639ca002a6146105c1578063a4b6aa83146105d4578063bc063e1a146105dc578063c3aca558146105f8578063ccec37161461061f575f5ffd5b806386fa5063116100fa57806386fa5063146105575780638c7e7a311461057e5780638dd0855714610591578063937e09b1146105b157806396a608c0146105b9575f5ffd5b806356d399e8146104a5578063570ca735146104cc5780636786452c146104f35780636cf72aa4146105065780637c0b4bfb14610519575f5ffd5b80632c7baaf3116101c15780634564168b116101865780634564168b1461043c5780634a387cdf1461045e5780634bb278f3146104665780634e7320ce1461046e578063565a9d4814610483575f5ffd5b80632c7baaf31461032b578063313f336b1461036a57806333623794146103a0578063356c299d146103df57806342e94c901461041d575f5ffd5b80630ebb172a116102075780630ebb172a146102a857806312fa329b146102ca578063200d2ed2146102eb5780632816ee73146103055780632c6cda9314610318575f5ffd5b8062e9a407146102425780630aaffd2a146102575780630d616d201461026a5780630d9639ba146102725780630dcf4b8f14610292575b5f5ffd5b610255610250366004612e34565b610696565b005b610255610265366004612e6d565b610718565b610255610737565b61027a61080b565b60405161028993929190612ef9565b60405180910390f35b61029a6109d2565b604051908152602001610289565b6102b26201518081565b6040516001600160401b039091168152602001610289565b6102dd6102d8366004612f64565b610a36565b604051610289929190612f7b565b600f546102f89060ff1681565b6040516102899190612fa9565b610255610313366004612fcf565b610a6d565b61025561032636600461300a565b610a78565b610333610aee565b604051610289919081518152602080830151908201526040808301519082015260609182015161ffff169181019190915260800190565b6006546007546008546009546103809392919084565b604080519485526020850193909352918301526060820152608001610289565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610289565b6002546003546004546005546103f99392919061ffff1684565b6040805194855260208501939093529183015261ffff166060820152608001610289565b61029a61042b366004612e6d565b600a6020525f908152604090205481565b5f54600154610449919082565b60408051928352602083019190915201610289565b600c5461029a565b610255610b4a565b610476610bbf565b6040516102899190613023565b600f5461049590610100900460ff1681565b6040519015158152602001610289565b61029a7f000000000000000000000000000000000000000000000000000000000000000081565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b6102556105013660046130c0565b610c13565b610255610514366004613125565b610c94565b610542610527366004612e6d565b600d6020525f90815260409020805460019091015460ff1682565b60408051928352901515602083015201610289565b61029a7f000000000000000000000000000000000000000000000000000000000000000081565b61029a61058c366004613140565b610d0a565b6105a461059f366004612f64565b610d87565b6040516102899190613169565b61029a610dea565b61029a610ee1565b61029a6105cf366004612f64565b610f30565b61029a610f43565b6105e561271081565b60405161ffff9091168152602001610289565b6103c77f000000000000000000000000000000000000000000000000000000000000000081565b61025561062d366004612e6d565b610fb1565b6103c7610640366004612f64565b611150565b610255611178565b6106556111ed565b6040516102899392919061318d565b6102556106723660046131c5565b61139a565b61029a610685366004612e6d565b600b6020525f908152604090205481565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461070c57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b60405180910390fd5b6107158161141f565b50565b610715336001600160a01b0383161561073157826117d3565b336117d3565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036107715761076f61192a565b565b335f908152600b60205260409020546201518061078e82426132b3565b10156107bf57604051630429b06960e31b815260048101829052426024820152620151806044820152606401610703565b5f6107c933611a8b565b905080156108075760405181815233907f249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e9060200160405180910390a25b5050565b600e5460609081908190806001600160401b0381111561082d5761082d612ce0565b604051908082528060200260200182016040528015610856578160200160208202803683370190505b509350806001600160401b0381111561087157610871612ce0565b60405190808252806020026020018201604052801561089a578160200160208202803683370190505b509250806001600160401b038111156108b5576108b5612ce0565b6040519080825280602002602001820160405280156108de578160200160208202803683370190505b5091505f5b818110156109cb575f600e82815481106108ff576108ff6132c6565b905f5260205f20015f9054906101000a90046001600160a01b031690508086838151811061092f5761092f6132c6565b6001600160a01b039283166020918202929092018101919091529082165f908152600d9091526040902054855186908490811061096e5761096e6132c6565b6020908102919091018101919091526001600160a01b0382165f908152600d9091526040902060010154845160ff909116908590849081106109b2576109b26132c6565b91151560209283029190910190910152506001016108e3565b5050909192565b5f805b600c54811015610a3257600a5f600c83815481106109f5576109f56132c6565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001902054610a2890836132da565b91506001016109d5565b5090565b600c8181548110610a45575f80fd5b5f918252602090912060029091020180546001909101546001600160a01b0391821692501682565b610807338284611ca1565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610ae557337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b610715816123b0565b610b1960405180608001604052805f81526020015f81526020015f81526020015f61ffff1681525090565b5060408051608081018252600254815260035460208201526004549181019190915260055461ffff16606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bb757337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61076f61246c565b610be660405180608001604052805f81526020015f81526020015f81526020015f81525090565b50604080516080810182526006548152600754602082015260085491810191909152600954606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c8057337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b610c8d85858585856126e5565b5050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610d0157337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61071581612848565b5f828211610d35576040516376675ed960e11b81526004810184905260248101839052604401610703565b5f8315610d4b57610d4684846132b3565b610d4e565b60045b90508415610d7c5780610d626001876132b3565b610d6c91906132ed565b610d779060016132da565b610d7e565b5f5b95945050505050565b604080518082019091525f8082526020820152600c8281548110610dad57610dad6132c6565b5f9182526020918290206040805180820190915260029092020180546001600160a01b039081168352600190910154169181019190915292915050565b5f8080805b600e54811015610e65575f600d5f600e8481548110610e1057610e106132c6565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610e5c578054610e4e90856132da565b9350610e598361330c565b92505b50600101610def565b50610eda82610e726109d2565b610e9c907f00000000000000000000000000000000000000000000000000000000000000006132b3565b610ea691906132b3565b600c54610eb49084906132da565b7f0000000000000000000000000000000000000000000000000000000000000000610d0a565b9250505090565b600c545f9015610f2d57600a5f600c5f81548110610f0157610f016132c6565b5f91825260208083206002909202909101546001600160a01b0316835282019290925260400190205490505b90565b5f610f3d825f6001610d0a565b92915050565b5f805b600e54811015610a32575f600d5f600e8481548110610f6757610f676132c6565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610fa8578054610fa590846132da565b92505b50600101610f46565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461101e57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b6003600f5460ff16600381111561103757611037612f95565b1415801561105b57505f600f5460ff16600381111561105857611058612f95565b14155b1561108057600f54604051632f3e69dd60e01b81526107039160ff1690600401612fa9565b6040516370a0823160e01b815230600482015281905f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156110c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110ea9190613324565b9050805f036111175760405163e932c57360e01b81526001600160a01b0384166004820152602401610703565b61114b6001600160a01b0383167f000000000000000000000000000000000000000000000000000000000000000083612891565b505050565b600e818154811061115f575f80fd5b5f918252602090912001546001600160a01b0316905081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146111e557337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b61076f61192a565b600c5460609081908190806001600160401b0381111561120f5761120f612ce0565b604051908082528060200260200182016040528015611238578160200160208202803683370190505b509350806001600160401b0381111561125357611253612ce0565b60405190808252806020026020018201604052801561127c578160200160208202803683370190505b509250806001600160401b0381111561129757611297612ce0565b6040519080825280602002602001820160405280156112c0578160200160208202803683370190505b5091505f5b818110156109cb575f600c82815481106112e1576112e16132c6565b5f9182526020909120600290910201805487519192506001600160a01b031690879084908110611313576113136132c6565b6001600160a01b03928316602091820292909201015260018201548651911690869084908110611345576113456132c6565b6001600160a01b0392831660209182029290920181019190915282549091165f908152600a90915260409020548451859084908110611386576113866132c6565b6020908102919091010152506001016112c5565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461140757337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b8152600401610703929190612f7b565b611416878787878787876128f0565b50505050505050565b5f600f5460ff16600381111561143757611437612f95565b1461145c57600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b5f5b600e548110156114b757600d5f600e838154811061147e5761147e6132c6565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff191690550161145e565b506114c3600e5f612c67565b7f000000000000000000000000000000000000000000000000000000000000000081511115611531578051604051630962235760e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610703565b7f00000000000000000000000000000000000000000000000000000000000000005f5b8251811015611797575f838281518110611570576115706132c6565b60200260200101515f015190505f848381518110611590576115906132c6565b6020026020010151602001519050825f1480156115df57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b031614155b1561162f5760405163ef77b46760e01b8152600481018490526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610703565b6001600160a01b0382166116595760405163621caef560e11b815260048101849052602401610703565b6001600160a01b0382165f908152600d60205260409020805415611693576040516308308c2360e21b815260048101859052602401610703565b5f6116bf86867f0000000000000000000000000000000000000000000000000000000000000000610d0a565b9050808310156116f35760405163c4aa8aa360e01b8152600481018690526024810184905260448101829052606401610703565b8583111561172557604051636d3ae3a760e01b8152600481018690526024810184905260448101879052606401610703565b61172f83876132b3565b928255506001908101805460ff19169055600e805480830182555f919091527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd0180546001600160a01b0319166001600160a01b039490941693909317909255925001611554565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516117c7919061333b565b60405180910390a15050565b6001600f5460ff1660038111156117ec576117ec612f95565b1415801561181157506002600f5460ff16600381111561180e5761180e612f95565b14155b15611836576002546040516310004b0160e11b81526004810191909152602401610703565b5f5b600c54811015611905575f600c8281548110611856576118566132c6565b5f918252602090912060029091020180549091506001600160a01b0385811691161461188257506118fd565b60018101546001600160a01b0380851691160361189f5750505050565b6001810180546001600160a01b0319166001600160a01b03858116918217909255604051908152908516907f1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c85479060200160405180910390a250505050565b600101611838565b50604051632fd768d360e11b81526001600160a01b0383166004820152602401610703565b5f6003600f5460ff16600381111561194457611944612f95565b141590505f5b600c54811015611a06575f600c8281548110611968576119686132c6565b5f91825260208083206002909202909101546001600160a01b0316808352600a9091526040909120549091508380156119a057505f81115b156119d9576119d96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168383612891565b506001600160a01b03165f908152600a60209081526040808320839055600b90915281205560010161194a565b50611a12600c5f612c82565b600f805460ff19169055604080515f80825260208201909252611a6091611a5a565b604080518082019091525f8082526020820152815260200190600190039081611a345790505b5061141f565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a150565b6001600160a01b0381165f908152600a602052604081205490819003611ab257505f919050565b6001600160a01b0382165f908152600a60209081526040808320839055600b9091528120819055600c54905b81811015611bf257836001600160a01b0316600c8281548110611b0357611b036132c6565b5f9182526020909120600290910201546001600160a01b031603611bea57600c611b2e6001846132b3565b81548110611b3e57611b3e6132c6565b905f5260205f209060020201600c8281548110611b5d57611b5d6132c6565b5f9182526020909120825460029092020180546001600160a01b039283166001600160a01b0319918216178255600193840154939091018054939092169216919091179055600c805480611bb357611bb3613392565b5f8281526020902060025f199092019182020180546001600160a01b03199081168255600191909101805490911690559055611bf2565b600101611ade565b506001600160a01b0383165f908152600d60205260409020600101805460ff191690556003600f5460ff166003811115611c2e57611c2e612f95565b03611c3b57505f92915050565b611c6f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168484612891565b6002600f5460ff166003811115611c8857611c88612f95565b03611c9b57600f805460ff191660011790555b50919050565b5f600f5460ff166003811115611cb957611cb9612f95565b14158015611cde57506001600f5460ff166003811115611cdb57611cdb612f95565b14155b15611d0357600f54604051630295f95f60e51b81526107039160ff1690600401612fa9565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166386fa50636040518163ffffffff1660e01b8152600401602060405180830381865afa158015611d60573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d849190613324565b90507f00000000000000000000000000000000000000000000000000000000000000008114611def57604051631248081b60e31b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260248101829052604401610703565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356d399e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015611e4c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e709190613324565b90507f00000000000000000000000000000000000000000000000000000000000000008114611edb576040516352e3d80d60e11b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260248101829052604401610703565b5f600f5460ff166003811115611ef357611ef3612f95565b03611fa4577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031614611f6e57847f00000000000000000000000000000000000000000000000000000000000000006040516316a4ebc160e21b8152600401610703929190612f7b565b600f805460ff191660011790556040517f988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445905f90a15b6001600160a01b0385165f908152600d60205260409020805415801590611fd05750600181015460ff16155b1561201957805484101561200457805460405163454cd8e160e01b8152610703918691600401918252602082015260400190565b6001818101805460ff1916909117905561206f565b6001600160a01b0386165f908152600a6020526040812054900361206f575f612040610dea565b90508085101561206d576040516310e45ff160e21b81526004810186905260248101829052604401610703565b505b5f6001600160a01b038616156120855785612087565b865b6001600160a01b0388165f908152600a60205260408120549192500361214e57604080518082019091526001600160a01b03808916825282811660208301908152600c80546001810182555f91909152925160029093027fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7810180549484166001600160a01b031995861617905590517fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c89091018054919092169216919091179055612158565b61215887826117d3565b6001600160a01b0387165f908152600a60205260408120805487929061217f9084906132da565b90915550506001600160a01b0387165f908152600b602052604081204290556121a66109d2565b90505f6121b1610f43565b90507f00000000000000000000000000000000000000000000000000000000000000006121de82846132da565b111561222d5760405163513b428b60e11b815260048101839052602481018290527f00000000000000000000000000000000000000000000000000000000000000006044820152606401610703565b600c547f00000000000000000000000000000000000000000000000000000000000000001015612292576040516315b5c3d560e21b81527f00000000000000000000000000000000000000000000000000000000000000006004820152602401610703565b7f000000000000000000000000000000000000000000000000000000000000000082036122ef57600f805460ff191660021790556040517f827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4905f90a15b604080516001600160a01b038581168252602082018a90528b16917f567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80910160405180910390a261236a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a308a61292e565b6002600f5460ff16600381111561238357612383612f95565b1480156123985750600f54610100900460ff16155b156123a5576123a561246c565b505050505050505050565b5f600f5460ff1660038111156123c8576123c8612f95565b146123ed57600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b61271061ffff8216111561242157604051624ae8fd60e41b815261ffff821660048201526127106024820152604401610703565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b6002600f5460ff16600381111561248557612485612f95565b146124aa57600f546040516383696f6f60e01b81526107039160ff1690600401612fa9565b600f805460ff191660031790556040517f6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681905f90a1600c545f816001600160401b038111156124fb576124fb612ce0565b60405190808252806020026020018201604052801561254e57816020015b604080516080810182525f91810182815260608201839052815260208101919091528152602001906001900390816125195790505b5090505f5b828110156125eb575f600c828154811061256f5761256f6132c6565b5f9182526020808320604080518082018252600290940290910180546001600160a01b0390811685526001909101548116848401528151808301835284815284519091168552600a83529320549083015284519092508490849081106125d7576125d76132c6565b602090810291909101015250600101612553565b506126606001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000167f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061296d565b604051632f1fbfb360e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bc7efecc906126b4905f906006906002908790600401613401565b5f604051808303815f87803b1580156126cb575f5ffd5b505af11580156126dd573d5f5f3e3d5ffd5b505050505050565b5f600f5460ff1660038111156126fd576126fd612f95565b1461272257600f546040516306b568e160e01b81526107039160ff1690600401612fa9565b60405160016226579360e01b031981526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ffd9a86d9061279790889088907f0000000000000000000000000000000000000000000000000000000000000000908990600401613477565b5f604051808303815f87803b1580156127ae575f5ffd5b505af11580156127c0573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd0199061246190831515815260200190565b6040516001600160a01b0383811660248301526044820183905261114b91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506129f8565b6128fd8787878787612a59565b8015611416576114167f00000000000000000000000000000000000000000000000000000000000000008383611ca1565b6040516001600160a01b0384811660248301528381166044830152606482018390526129679186918216906323b872dd906084016128be565b50505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b1790526129be8482612a98565b612967576040516001600160a01b0384811660248301525f60448301526129f291869182169063095ea7b3906064016128be565b61296784825b5f612a0c6001600160a01b03841683612b35565b905080515f14158015612a30575080806020019051810190612a2e91906134d3565b155b1561114b57604051635274afe760e01b81526001600160a01b0384166004820152602401610703565b612a6161192a565b612a798585855f0151866020015187604001516126e5565b612a8683606001516123b0565b612a8f8261141f565b610c8d81612848565b5f5f5f846001600160a01b031684604051612ab391906134ee565b5f604051808303815f865af19150503d805f8114612aec576040519150601f19603f3d011682016040523d82523d5f602084013e612af1565b606091505b5091509150818015612b1b575080511580612b1b575080806020019051810190612b1b91906134d3565b8015610d7e5750505050506001600160a01b03163b151590565b6060612b4283835f612b49565b9392505050565b606081471015612b6e5760405163cd78605960e01b8152306004820152602401610703565b5f5f856001600160a01b03168486604051612b8991906134ee565b5f6040518083038185875af1925050503d805f8114612bc3576040519150601f19603f3d011682016040523d82523d5f602084013e612bc8565b606091505b5091509150612bd8868383612be2565b9695505050505050565b606082612bf757612bf282612c3e565b612b42565b8151158015612c0e57506001600160a01b0384163b155b15612c3757604051639996b31560e01b81526001600160a01b0385166004820152602401610703565b5080612b42565b805115612c4e5780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b5080545f8255905f5260205f20908101906107159190612ca0565b5080545f8255600202905f5260205f20908101906107159190612cb4565b5b80821115610a32575f8155600101612ca1565b5b80821115610a325780546001600160a01b031990811682556001820180549091169055600201612cb5565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612d1657612d16612ce0565b60405290565b604051608081016001600160401b0381118282101715612d1657612d16612ce0565b604051601f8201601f191681016001600160401b0381118282101715612d6657612d66612ce0565b604052919050565b80356001600160a01b0381168114612d84575f5ffd5b919050565b5f82601f830112612d98575f5ffd5b81356001600160401b03811115612db157612db1612ce0565b612dc060208260051b01612d3e565b8082825260208201915060208360061b860101925085831115612de1575f5ffd5b602085015b83811015612e2a5760408188031215612dfd575f5ffd5b612e05612cf4565b612e0e82612d6e565b8152602082810135818301529084529290920191604001612de6565b5095945050505050565b5f60208284031215612e44575f5ffd5b81356001600160401b03811115612e59575f5ffd5b612e6584828501612d89565b949350505050565b5f60208284031215612e7d575f5ffd5b612b4282612d6e565b5f8151808452602084019350602083015f5b82811015612ebf5781516001600160a01b0316865260209586019590910190600101612e98565b5093949350505050565b5f8151808452602084019350602083015f5b82811015612ebf578151865260209586019590910190600101612edb565b606081525f612f0b6060830186612e86565b8281036020840152612f1d8186612ec9565b8381036040850152845180825260208087019350909101905f5b81811015612f575783511515835260209384019390920191600101612f37565b5090979650505050505050565b5f60208284031215612f74575f5ffd5b5035919050565b6001600160a01b0392831681529116602082015260400190565b634e487b7160e01b5f52602160045260245ffd5b6020810160048310612fc957634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215612fe0575f5ffd5b82359150612ff060208401612d6e565b90509250929050565b803561ffff81168114612d84575f5ffd5b5f6020828403121561301a575f5ffd5b612b4282612ff9565b8151815260208083015190820152604080830151908201526060808301519082015260808101610f3d565b5f6040828403121561305e575f5ffd5b613066612cf4565b823581526020928301359281019290925250919050565b5f6080828403121561308d575f5ffd5b613095612d1c565b8235815260208084013590820152604080840135908201526060928301359281019290925250919050565b5f5f5f5f5f61012086880312156130d5575f5ffd5b6130df878761304e565b94506130ee876040880161307d565b949794965050505060c08301359260e081013592610100909101359150565b8015158114610715575f5ffd5b8035612d848161310d565b5f60208284031215613135575f5ffd5b8135612b428161310d565b5f5f5f60608486031215613152575f5ffd5b505081359360208301359350604090920135919050565b60408101610f3d828480516001600160a01b03908116835260209182015116910152565b606081525f61319f6060830186612e86565b82810360208401526131b18186612e86565b90508281036040840152612bd88185612ec9565b5f5f5f5f5f5f5f8789036101c08112156131dd575f5ffd5b6131e78a8a61304e565b97506131f68a60408b0161307d565b9650608060bf1982011215613209575f5ffd5b50613212612d1c565b60c0890135815260e08901356020820152610100890135604082015261323b6101208a01612ff9565b606082015294506101408801356001600160401b0381111561325b575f5ffd5b6132678a828b01612d89565b945050613277610160890161311a565b92506132866101808901612d6e565b9699959850939692959194919350506101a09091013590565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610f3d57610f3d61329f565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610f3d57610f3d61329f565b5f8261330757634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001820161331d5761331d61329f565b5060010190565b5f60208284031215613334575f5ffd5b5051919050565b602080825282518282018190525f918401906040840190835b8181101561338757835180516001600160a01b031684526020908101518185015290930192604090920191600101613354565b509095945050505050565b634e487b7160e01b5f52603160045260245ffd5b5f8151808452602084019350602083015f5b82811015612ebf5781516133e387825180516001600160a01b03908116835260209182015116910152565b602090810151604088015260609096019591909101906001016133b8565b8454815260018501546020820152835460408201526001840154606082015260028401546080820152600384015460a0820152825460c0820152600183015460e0820152600283015461010082015261ffff6003840154166101208201526101606101408201525f612bd86101608301846133a6565b845181526020808601519082015261010081016134b86040830186805182526020810151602083015260408101516040830152606081015160608301525050565b6001600160a01b039390931660c082015260e0015292915050565b5f602082840312156134e3575f5ffd5b8151612b428161310d565b5f82518060208501845e5f92019182525091905056cd5ed15c6e187e77e9aee88184c21f4f2182ab5827cb3b7e07fbedcd63f03300",
}

// ServiceNodeContributionFactory is an auto generated Go binding around an Ethereum contract.
type ServiceNodeContributionFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceNodeContributionFactory) GetABI() abi.ABI {
	return c.abi
}

// NewServiceNodeContributionFactory creates a new instance of ServiceNodeContributionFactory.
func NewServiceNodeContributionFactory() *ServiceNodeContributionFactory {
	parsed, err := ServiceNodeContributionFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceNodeContributionFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceNodeContributionFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackVERSION() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackVERSION() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackVERSION(data []byte) (*big.Int, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackAcceptOwnership() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackAcceptOwnership() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("acceptOwnership")
}

// PackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8faff862.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deploy((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool manualFinalize) returns(address result)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackDeploy(key BN256G1G1Point, sig IServiceNodeRewardsBLSSignatureParams, params IServiceNodeRewardsServiceNodeParams, reserved []IServiceNodeRewardsReservedContributor, manualFinalize bool) []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("deploy", key, sig, params, reserved, manualFinalize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeploy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8faff862.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deploy((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool manualFinalize) returns(address result)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackDeploy(key BN256G1G1Point, sig IServiceNodeRewardsBLSSignatureParams, params IServiceNodeRewardsServiceNodeParams, reserved []IServiceNodeRewardsReservedContributor, manualFinalize bool) ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("deploy", key, sig, params, reserved, manualFinalize)
}

// UnpackDeploy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8faff862.
//
// Solidity: function deploy((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool manualFinalize) returns(address result)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackDeploy(data []byte) (common.Address, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("deploy", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDeployedContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc70242ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deployedContracts(address ) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackDeployedContracts(arg0 common.Address) []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("deployedContracts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeployedContracts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc70242ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deployedContracts(address ) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackDeployedContracts(arg0 common.Address) ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("deployedContracts", arg0)
}

// UnpackDeployedContracts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc70242ad.
//
// Solidity: function deployedContracts(address ) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackDeployedContracts(data []byte) (bool, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("deployedContracts", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address _stakingRewardsContract) returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackInitialize(stakingRewardsContract common.Address) []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("initialize", stakingRewardsContract)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address _stakingRewardsContract) returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackInitialize(stakingRewardsContract common.Address) ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("initialize", stakingRewardsContract)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackOwner() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackOwner() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwns is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7bc39bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owns(address contractAddress) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackOwns(contractAddress common.Address) []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("owns", contractAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwns is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7bc39bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owns(address contractAddress) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackOwns(contractAddress common.Address) ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("owns", contractAddress)
}

// UnpackOwns is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7bc39bf.
//
// Solidity: function owns(address contractAddress) view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwns(data []byte) (bool, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("owns", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackPause() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackPause() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackPaused() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackPaused() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackPaused(data []byte) (bool, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackPendingOwner() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackPendingOwner() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackRenounceOwnership() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackRenounceOwnership() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("renounceOwnership")
}

// PackStakingRewardsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33623794.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackStakingRewardsContract() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("stakingRewardsContract")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingRewardsContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33623794.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackStakingRewardsContract() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("stakingRewardsContract")
}

// UnpackStakingRewardsContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33623794.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackStakingRewardsContract(data []byte) (common.Address, error) {
	out, err := serviceNodeContributionFactory.abi.Unpack("stakingRewardsContract", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) PackUnpause() []byte {
	enc, err := serviceNodeContributionFactory.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) TryPackUnpause() ([]byte, error) {
	return serviceNodeContributionFactory.abi.Pack("unpause")
}

// ServiceNodeContributionFactoryInitialized represents a Initialized event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryInitialized) ContractEventName() string {
	return ServiceNodeContributionFactoryInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackInitializedEvent(log *types.Log) (*ServiceNodeContributionFactoryInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryInitialized)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFactoryNewServiceNodeContributionContract represents a NewServiceNodeContributionContract event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryNewServiceNodeContributionContract struct {
	ContributorContract common.Address
	ServiceNodePubkey   *big.Int
	Operator            common.Address
	Raw                 *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryNewServiceNodeContributionContractEventName = "NewServiceNodeContributionContract"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryNewServiceNodeContributionContract) ContractEventName() string {
	return ServiceNodeContributionFactoryNewServiceNodeContributionContractEventName
}

// UnpackNewServiceNodeContributionContractEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewServiceNodeContributionContract(address indexed contributorContract, uint256 serviceNodePubkey, address operator)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackNewServiceNodeContributionContractEvent(log *types.Log) (*ServiceNodeContributionFactoryNewServiceNodeContributionContract, error) {
	event := "NewServiceNodeContributionContract"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryNewServiceNodeContributionContract)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFactoryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryOwnershipTransferStarted) ContractEventName() string {
	return ServiceNodeContributionFactoryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ServiceNodeContributionFactoryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryOwnershipTransferred) ContractEventName() string {
	return ServiceNodeContributionFactoryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwnershipTransferredEvent(log *types.Log) (*ServiceNodeContributionFactoryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFactoryPaused represents a Paused event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryPaused) ContractEventName() string {
	return ServiceNodeContributionFactoryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackPausedEvent(log *types.Log) (*ServiceNodeContributionFactoryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryPaused)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeContributionFactoryUnpaused represents a Unpaused event raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeContributionFactoryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ServiceNodeContributionFactoryUnpaused) ContractEventName() string {
	return ServiceNodeContributionFactoryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackUnpausedEvent(log *types.Log) (*ServiceNodeContributionFactoryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeContributionFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeContributionFactoryUnpaused)
	if len(log.Data) > 0 {
		if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeContributionFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeContributionFactory.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return serviceNodeContributionFactory.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceNodeContributionFactoryEnforcedPause represents a EnforcedPause error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ServiceNodeContributionFactoryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackEnforcedPauseError(raw []byte) (*ServiceNodeContributionFactoryEnforcedPause, error) {
	out := new(ServiceNodeContributionFactoryEnforcedPause)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryExpectedPause represents a ExpectedPause error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ServiceNodeContributionFactoryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackExpectedPauseError(raw []byte) (*ServiceNodeContributionFactoryExpectedPause, error) {
	out := new(ServiceNodeContributionFactoryExpectedPause)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryInvalidInitialization represents a InvalidInitialization error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ServiceNodeContributionFactoryInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackInvalidInitializationError(raw []byte) (*ServiceNodeContributionFactoryInvalidInitialization, error) {
	out := new(ServiceNodeContributionFactoryInvalidInitialization)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryNotInitializing represents a NotInitializing error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ServiceNodeContributionFactoryNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackNotInitializingError(raw []byte) (*ServiceNodeContributionFactoryNotInitializing, error) {
	out := new(ServiceNodeContributionFactoryNotInitializing)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ServiceNodeContributionFactoryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwnableInvalidOwnerError(raw []byte) (*ServiceNodeContributionFactoryOwnableInvalidOwner, error) {
	out := new(ServiceNodeContributionFactoryOwnableInvalidOwner)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeContributionFactoryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ServiceNodeContributionFactory contract.
type ServiceNodeContributionFactoryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ServiceNodeContributionFactoryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (serviceNodeContributionFactory *ServiceNodeContributionFactory) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ServiceNodeContributionFactoryOwnableUnauthorizedAccount, error) {
	out := new(ServiceNodeContributionFactoryOwnableUnauthorizedAccount)
	if err := serviceNodeContributionFactory.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsMetaData contains all meta data concerning the ServiceNodeRewards contract.
var ServiceNodeRewardsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressInsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"BLSPubkeyAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"BLSPubkeyDoesNotExist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"BLSPubkeyDoesNotMatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotContributor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimThresholdExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ContractAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ContractNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"ContributionTotalMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeleteSentinelNodeNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"Ed25519PubkeyAlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currenttime\",\"type\":\"uint256\"}],\"name\":\"ExitTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedInnerCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numSigners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requiredSigners\",\"type\":\"uint256\"}],\"name\":\"InsufficientBLSSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientContributors\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientOperatorContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBLSProofOfPossession\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"aggPubkey\",\"type\":\"tuple\"}],\"name\":\"InvalidBLSSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"LeaveRequestNotInitiatedYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currTimestamp\",\"type\":\"uint256\"}],\"name\":\"LeaveRequestTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LiquidatorPenaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxClaimExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxContributorsExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxPubkeyAggregationsExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullBLSPubkey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullEd25519Pubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PositiveNumberRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedRecipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providedRecipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeID\",\"type\":\"uint256\"}],\"name\":\"RecipientAddressDoesNotMatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecipientRewardsTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"ServiceNodeDoesntExist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currenttime\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"}],\"name\":\"SmallContributorLeaveTooEarly\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"BLSNonSignerThresholdMaxUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newValue\",\"type\":\"uint256\"}],\"name\":\"ClaimCycleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newThreshold\",\"type\":\"uint256\"}],\"name\":\"ClaimThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidatorRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"poolRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipientRatio\",\"type\":\"uint256\"}],\"name\":\"LiquidationRatiosUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"NewSeededServiceNode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"serviceNode\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structIServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structIServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"NewServiceNodeV2\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBalance\",\"type\":\"uint256\"}],\"name\":\"RewardsBalanceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returnedAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExitRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structBN256G1.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeLiquidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newExpiry\",\"type\":\"uint256\"}],\"name\":\"SignatureExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"StakingRequirementUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"LIST_SENTINEL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SERVICE_NODE_EXIT_WAIT_TIME\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SMALL_CONTRIBUTOR_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SMALL_CONTRIBUTOR_LEAVE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNodeParams\",\"name\":\"serviceNodeParams\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structIServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"addBLSPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aggregatePubkey\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allServiceNodeIDs\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point[]\",\"name\":\"pubkeys\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsNonSignerThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsNonSignerThresholdMax\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCycle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentClaimCycle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentClaimTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"designatedToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"ed25519ToServiceNodeID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"exitBLSPublicKeyAfterWaitTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"exitBLSPublicKeyWithSignature\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"foundationPool\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hashToG2Tag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"foundationPool_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stakingRequirement_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxContributors_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidatorRewardRatio_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"poolShareOfLiquidationRatio_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipientRatio_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"initiateExitBLSPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isStarted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastHeightPubkeyWasAggregated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"liquidateBLSPublicKeyWithSignature\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidateTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidatorRewardRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxContributors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPermittedPubkeyAggregations\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextServiceNodeID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numPubkeyAggregationsForHeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolShareOfLiquidationRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofOfPossessionTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recipientRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"recipients\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rederiveTotalNodesAndAggregatePubkey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structIServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structIServiceNodeRewards.SeedServiceNode[]\",\"name\":\"nodes\",\"type\":\"tuple[]\"}],\"name\":\"seedPublicKeyList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"blsPubkey\",\"type\":\"bytes\"}],\"name\":\"serviceNodeIDs\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"serviceNodes\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"prev\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaveRequestTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"latestLeaveRequestTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structIServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.ServiceNode\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"setBLSNonSignerThresholdMax\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newValue\",\"type\":\"uint256\"}],\"name\":\"setClaimCycle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"setClaimThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipient\",\"type\":\"uint256\"}],\"name\":\"setLiquidationRatios\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newExpiry\",\"type\":\"uint256\"}],\"name\":\"setSignatureExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"setStakingRequirement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signatureExpiry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRequirement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalNodes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"recipientRewards\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"updateRewardsBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN256G1.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structIServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"}],\"name\":\"validateProofOfPossession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ServiceNodeRewards",
	Bin: "0x6080604052348015600e575f5ffd5b50614cee8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103ca575f3560e01c80638da5cb5b11610200578063c4f56d9a1161011f578063eb820312116100b4578063f324c8eb11610084578063f324c8eb146107b4578063f88d658b146107c7578063f907f5fc146107da578063ffa1ad74146107ed578063ffd9a86d146107f5575f5ffd5b8063eb8203121461074a578063edbf4ac214610785578063ee94e41214610798578063f2fde38b146107a1575f5ffd5b8063da1d5435116100ef578063da1d54351461071d578063dd644d7414610726578063e30c39781461072f578063e585981314610737575f5ffd5b8063c4f56d9a146106e5578063d5a81254146106f8578063d84f0bf814610701578063d9054b091461070a575f5ffd5b8063ab0122ae11610195578063b687f85c11610165578063b687f85c1461069a578063bc7efecc146106a2578063be9a6555146106b5578063c0ebedab146106bd575f5ffd5b8063ab0122ae1461065f578063abf2c50314610672578063ae6c606314610688578063b13aaebd14610691575f5ffd5b80639c80ebee116101d05780639c80ebee146106465780639cebc4741461050e5780639e3b372d1461064d578063a44285a514610656575f5ffd5b80638da5cb5b146106195780639156ac801461062157806395055ffd1461062a5780639592d4241461063d575f5ffd5b80635c975abb116102ec5780637c89d2f01161028157806386fa50631161025157806386fa5063146105cb578063879d0f0c146105d45780638a2209e6146105dc5780638a39948114610610575f5ffd5b80637c89d2f0146105785780638328b610146105a75780638456cb59146105ba57806386e76685146105c2575f5ffd5b80636b348ab4116102bc5780636b348ab41461054c578063715018a61461055557806379ba50971461055d5780637a6d406514610565575f5ffd5b80635c975abb146104ee578063623b94221461050557806362f1fbc21461050e57806365ca819d14610518575f5ffd5b806334fde37611610362578063538d270911610332578063538d2709146104b7578063544736e6146104c057806356d399e8146104dc57806358e93308146104e5575f5ffd5b806334fde3761461048c578063372500ab146104945780633f4ba83a1461049c57806343039d90146104a4575f5ffd5b806317f33a7d1161039d57806317f33a7d1461042c5780631f4c49301461045e5780631f744b5414610471578063245fc18314610479575f5ffd5b8063040f9853146103ce578063095f1404146103f75780630962ef791461040e5780630bd1b41914610423575b5f5ffd5b6103e16103dc3660046140cc565b610808565b6040516103ee9190614143565b60405180910390f35b610400600d5481565b6040519081526020016103ee565b61042161041c366004614204565b61098e565b005b610400600f5481565b60015461044690600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020016103ee565b61042161046c36600461421b565b61099b565b610421610c2a565b610421610487366004614204565b610d08565b610400610d6c565b610421610d9a565b610421610dc5565b6104216104b2366004614204565b610dd7565b61040060075481565b5f546104cc9060ff1681565b60405190151581526020016103ee565b610400600b5481565b610400600e5481565b5f516020614cce5f395f51905f525460ff166104cc565b61040060175481565b61040062278d0081565b610446610526366004614318565b80516020818301810180516015825292820191909301209152546001600160401b031681565b610400600a5481565b610421610e34565b610421610e45565b610421610573366004614461565b610e8a565b5f5461058f9061010090046001600160a01b031681565b6040516001600160a01b0390911681526020016103ee565b6104216105b5366004614204565b611010565b61042161106c565b61040060045481565b610400600c5481565b610400601481565b6040805180820182525f8082526020918201528151808301909252601a548252601b54908201526040516103ee91906144c7565b61040060035481565b61058f61107c565b61040060125481565b6104216106383660046144de565b6110b0565b61040060025481565b6104465f81565b61040060095481565b61040060105481565b61042161066d3660046140cc565b611135565b61067a61121a565b6040516103ee929190614532565b61040060065481565b61040060115481565b610400600481565b6104216106b03660046146fb565b6113b3565b61042161174c565b6104466106cb366004614204565b60166020525f90815260409020546001600160401b031681565b6104216106f33660046144de565b611762565b61040060055481565b61040060085481565b6104216107183660046140cc565b611918565b61040060185481565b61040060135481565b61058f61192a565b6104216107453660046147a2565b611952565b6107706107583660046147cb565b60146020525f90815260409020805460019091015482565b604080519283526020830191909152016103ee565b6104216107933660046147e6565b6119ba565b610400610e1081565b6104216107af3660046147cb565b611ca9565b6104216107c2366004614204565b611d2e565b6104216107d5366004614204565b611d8b565b60015461058f906001600160a01b031681565b610400600181565b610421610803366004614843565b611de8565b61086760408051610140810182525f8082526020808301829052828401829052835180850190945281845283015290606082019081526020015f81526020015f81526020015f81526020015f8152602001606081526020015f81525090565b6001600160401b038083165f90815260196020908152604080832081516101408101835281548087168252600160401b90049095168584015260018101546001600160a01b0316858301528151808301835260028201548152600382015481850152606086015260048101546080860152600581015460a0860152600681015460c0860152600781015460e0860152600881018054835181860281018601909452808452919461010087019491929184015b82821015610975575f848152602090819020604080516080810182526003860290920180546001600160a01b03908116928401928352600180830154909116606085015291835260020154828401529083529092019101610919565b5050505081526020016009820154815250509050919050565b6109983382611dfa565b50565b6109a3611f13565b5f5460ff16156109c657604051630a35d5c360e31b815260040160405180910390fd5b5f5b81811015610c1d57368383838181106109e3576109e3614890565b90506020028101906109f591906148a4565b90505f610a0560808301836148c2565b90509050805f03610a2957604051631a10033d60e11b815260040160405180910390fd5b600c54811115610a4c5760405163226c2d8360e21b815260040160405180910390fd5b5f80610a6a610a6036869003860186614906565b8560400135611f45565b9092509050610a7c60808501856148c2565b5f818110610a8c57610a8c614890565b610aa292602060609092020190810191506147cb565b6001820180546001600160a01b0319166001600160a01b0392909216919091179055600b546007820155606084013560048201555f805b84811015610b855736610aef60808801886148c2565b83818110610aff57610aff614890565b6060029190910191505f9050610b1860208301836147cb565b6001600160a01b031603610b3f5760405163e99d5ac560e01b815260040160405180910390fd5b610b4d604082013584614934565b6008850180546001810182555f91825260209091209194508291600390910201610b778282614967565b505050806001019050610ad9565b50600b548114610bbb57600b546040516367d22bd960e01b81526004810191909152602481018290526044015b60405180910390fd5b604080518635815260208088013590820152868201358183015290516001600160401b038516917f34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f919081900360600190a250505050508060010190506109c8565b50610c2661223e565b5050565b5f610c4660405180604001604052805f81526020015f81525090565b5f805260196020527fd2ac945fcc0096878c763e37d6929b78378c1a2defabde8ba7ee5ed1d6e7a5b2546001600160401b03165b6001600160401b03811615610cf3576001600160401b0381165f908152601960209081526040918290208251808401909352600281015483526003015490820152610cc6908390612269565b9150610cd1836149a7565b6001600160401b039182165f9081526019602052604090205490935016610c7a565b506002919091558051601a5560200151601b55565b610d10611f13565b805f03610d3057604051630ef6cf4560e41b815260040160405180910390fd5b60118190556040518181527fa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b906020015b60405180910390a150565b5f60646002546002610d7e91906149bf565b610d8891906149ea565b90506014811015610d97575060145b90565b335f818152601460205260409020600181015481549192610998929091610dc0916149fd565b611dfa565b610dcd611f13565b610dd56122bc565b565b610ddf611f13565b805f03610dff57604051630ef6cf4560e41b815260040160405180910390fd5b60048190556040518181527f0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b90602001610d61565b610e3c611f13565b610dd55f612315565b3380610e4f61192a565b6001600160a01b031614610e815760405163118cdaa760e01b81526001600160a01b0382166004820152602401610bb2565b61099881612315565b610e9261234d565b5f5460ff16610eb45760405163348b55eb60e21b815260040160405180910390fd5b8051600354811115610f005780600254610ece91906149fd565b600354600254610ede91906149fd565b604051635eee4a3560e01b815260048101929092526024820152604401610bb2565b6001600160a01b038516610f275760405163e99d5ac560e01b815260040160405180910390fd5b6001600160a01b0385165f90815260146020526040902054848110610f5f576040516333938e6360e01b815260040160405180910390fd5b600754604080516020810192909252606088901b6001600160601b0319168282015260548083018890528151808403909101815260749092019052610fb384610fad36889003880188614a10565b8361237d565b6001600160a01b0387165f8181526014602090815260409182902089905581518981529081018590527f95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f910160405180910390a250505050505050565b611018611f13565b805f0361103857604051630ef6cf4560e41b815260040160405180910390fd5b600b8190556040518181527e6b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e042990602001610d61565b611074611f13565b610dd561247d565b5f807f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c1993005b546001600160a01b031692915050565b6110b861234d565b5f5460ff166110da5760405163348b55eb60e21b815260040160405180910390fd5b80516003548111156110f45780600254610ece91906149fd565b5f611104868686600854876124c5565b6001600160401b0381165f9081526019602052604090206007015490915061112d908290612671565b505050505050565b61113d61234d565b5f5460ff1661115f5760405163348b55eb60e21b815260040160405180910390fd5b6001600160401b0381165f90815260196020526040812060050154908190036111a657604051630cf4827360e31b81526001600160401b0383166004820152602401610bb2565b5f6111b462278d0083614934565b9050804210156111ef57604051637a54a45360e11b81526001600160401b038416600482015260248101829052426044820152606401610bb2565b6001600160401b0383165f90815260196020526040902060070154611215908490612671565b505050565b6060806002546001600160401b038111156112375761123761428a565b604051908082528060200260200182016040528015611260578160200160208202803683370190505b5091506002546001600160401b0381111561127d5761127d61428a565b6040519080825280602002602001820160405280156112c157816020015b604080518082019091525f808252602082015281526020019060019003908161129b5790505b505f80805260196020527fd2ac945fcc0096878c763e37d6929b78378c1a2defabde8ba7ee5ed1d6e7a5b254919250906001600160401b03165b6001600160401b038116156113ad578084838151811061131d5761131d614890565b6001600160401b039283166020918202929092018101919091529082165f908152601982526040908190208151808301909252600281015482526003015491810191909152835184908490811061137657611376614890565b60200260200101819052508161138b906149a7565b6001600160401b039182165f90815260196020526040902054909250166112fb565b50509091565b6113bb61234d565b5f5460ff166113dd5760405163348b55eb60e21b815260040160405180910390fd5b8051600c548111156114025760405163226c2d8360e21b815260040160405180910390fd5b805f036114a05760408051600180825281830190925290816020015b604080516080810182525f918101828152606082018390528152602081019190915281526020019060019003908161141e57505060408051608081018252339181018281526060820192909252908152600b54602082015281519193509083905f9061148c5761148c614890565b60200260200101819052506001905061157e565b5f805b828110156114de578381815181106114bd576114bd614890565b602002602001015160200151826114d49190614934565b91506001016114a3565b50600b54811461150f57600b546040516367d22bd960e01b8152600481019190915260248101829052604401610bb2565b600b54835f8151811061152457611524614890565b602002602001015160200151600461153c91906149bf565b101561157c57825f8151811061155457611554614890565b602002602001015160200151604051636139c4dd60e11b8152600401610bb291815260200190565b505b5f601561158a876128af565b6040516115979190614a41565b908152604051908190036020019020546001600160401b0316905080156115dc5760405163459c639360e01b81526001600160401b0382166004820152602401610bb2565b5f835f815181106115ef576115ef614890565b60200260200101515f01515f0151905061160e878783885f01516128ea565b5f5f61161d89885f0151611f45565b6001810180546001600160a01b0319166001600160a01b038716179055600b54600782015590925090505f5b858110156116cf578160080187828151811061166757611667614890565b6020908102919091018101518254600180820185555f9485529383902082518051600390930290910180546001600160a01b03199081166001600160a01b03948516178255918501518187018054909316931692909217905591015160029091015501611649565b506116d861223e565b816001600160401b03167f533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b338b8a8a6040516117179493929190614a4c565b60405180910390a2600b545f54611741916101009091046001600160a01b03169033903090612980565b505050505050505050565b611754611f13565b5f805460ff19166001179055565b61176a61234d565b5f5460ff1661178c5760405163348b55eb60e21b815260040160405180910390fd5b80516003548111156117a65780600254610ece91906149fd565b5f6117b6868686600954876124c5565b6001600160401b0381165f818152601960209081526040918290208251338152600282015492810192909252600381015482840152915193945090927f0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c9181900360600190a26007810154600f54600e54600d545f929161183691614934565b6118409190614934565b90505f81600d548461185291906149bf565b61185c91906149ea565b90505f600e548461186d91906149bf565b90505f811561189c57836118826001846149fd565b61188c91906149ea565b611897906001614934565b61189e565b5f5b90506118be87826118af86896149fd565b6118b991906149fd565b612671565b600d54156118e1575f546118e19061010090046001600160a01b031633856129e7565b600e541561190a576001545f5461190a916001600160a01b0361010090920482169116836129e7565b505050505050505050505050565b61192061234d565b6109988133612a18565b5f807f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c006110a0565b61195a611f13565b611965838383612c25565b600d839055600e829055600f81905560408051848152602081018490529081018290527f0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a839060600160405180910390a1505050565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a008054600160401b810460ff1615906001600160401b03165f811580156119fe5750825b90505f826001600160401b03166001148015611a195750303b155b905081158015611a27575080155b15611a455760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff191660011785558315611a6f57845460ff60401b1916600160401b1785555b611a7a888888612c25565b611a8333612c7a565b611a8b612c8b565b5f8054610100600160a81b0319166101006001600160a01b038f811691909102919091178255600180546001600160a01b031916918e16919091178155600b8c9055600c8b9055600d8a9055600e899055600f889055610fa060045561025860055566038d7ea4c6800060105561a8c0601155611b089190614b0b565b600160146101000a8154816001600160401b0302191690836001600160401b03160217905550611b6c6040518060400160405280601b81526020017f424c535f5349475f545259414e44494e4352454d454e545f504f500000000000815250612c9b565b60065560408051808201909152601e81527f424c535f5349475f545259414e44494e4352454d454e545f52455741524400006020820152611bac90612c9b565b60075560408051808201909152601c81527f424c535f5349475f545259414e44494e4352454d454e545f45584954000000006020820152611bec90612c9b565b600881905550611c13604051806060016040528060218152602001614cad60219139612c9b565b60095560408051808201909152601981527f424c535f5349475f484153485f544f5f4649454c445f544147000000000000006020820152611c5390612c9b565b600a55831561190a57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a1505050505050505050505050565b611cb1611f13565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b0319166001600160a01b0383169081178255611cf561107c565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a35050565b611d36611f13565b805f03611d5657604051630ef6cf4560e41b815260040160405180910390fd5b60108190556040518181527fe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd546390602001610d61565b611d93611f13565b805f03611db357604051630ef6cf4560e41b815260040160405180910390fd5b60058190556040518181527ffbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e376639590602001610d61565b611df4848484846128ea565b50505050565b6001600160a01b0382165f90815260146020526040902060018101548154611e2291906149fd565b821115611e425760405163363cc6b360e21b815260040160405180910390fd5b5f60115442611e5191906149ea565b9050601354811115611e675760138190555f6012555b8260125f828254611e789190614934565b90915550506010546012541115611ea257604051638c10944b60e01b815260040160405180910390fd5b82826001015f828254611eb59190614934565b90915550506040518381526001600160a01b038516907ffc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe9060200160405180910390a25f54611df49061010090046001600160a01b031685856129e7565b33611f1c61107c565b6001600160a01b031614610dd55760405163118cdaa760e01b8152336004820152602401610bb2565b81515f9081901580611f5957506020840151155b15611f775760405163139b722760e31b815260040160405180910390fd5b825f03611f9757604051634eb8f11f60e01b815260040160405180910390fd5b5f611fa1856128af565b90505f601582604051611fb49190614a41565b908152604051908190036020019020546001600160401b031690508015611ff95760405163459c639360e01b81526001600160401b0382166004820152602401610bb2565b505f848152601660205260409020546001600160401b0316801561203b57604051630cb4c72160e21b81526001600160401b0382166004820152602401610bb2565b5f5460ff16156120925743601754101561205857436017555f6018555b612060610d6c565b60185f815461206e906149a7565b918290555011156120925760405163689f6e7560e11b815260040160405180910390fd5b60018054600160a01b90046001600160401b03169060146120b283614b2a565b82546101009290920a6001600160401b038181021990931691831602179091558181165f8181526019602090815260408083207fd2ac945fcc0096878c763e37d6929b78378c1a2defabde8ba7ee5ed1d6e7a5b2805482546001600160801b031916600160401b9182900490981680820267ffffffffffffffff199081169990991784558087529584902080549098168717909755805467ffffffffffffffff60401b1916969095029590951784558b516002860155908b01516003850155600984018a905542600485015551939750919550918690601590612196908790614a41565b9081526040805160209281900383019020805467ffffffffffffffff199081166001600160401b03958616179091555f8b81526016909352908220805490911692891692909217909155600280549091906121f0906149a7565b91829055506001146122225760408051808201909152601a548152601b54602082015261221d9089612269565b612224565b875b8051601a5560200151601b55509396929550919350505050565b5f600360025461224e91906149ea565b9050600454811061226157600454612263565b805b60035550565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa915050806122b5575f5ffd5b5092915050565b6122c4612cce565b5f516020614cce5f395f51905f52805460ff191681557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b039091168152602001610d61565b7f237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c0080546001600160a01b0319168155610c2682612cfd565b5f516020614cce5f395f51905f525460ff1615610dd55760405163d93c066560e01b815260040160405180910390fd5b604080518082019091525f80825260208201525f5b845181101561240b576124018260195f8885815181106123b4576123b4614890565b60200260200101516001600160401b03166001600160401b031681526020019081526020015f206002016040518060400160405290815f8201548152602001600182015481525050612269565b9150600101612392565b5060408051808201909152601a548152601b5460208201525f906124379061243284612d6d565b612269565b90506124578161244686612dee565b61245286600a54612e4c565b612e8e565b6124765780604051634fb09a2160e11b8152600401610bb291906144c7565b5050505050565b61248561234d565b5f516020614cce5f395f51905f52805460ff191660011781557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336122fd565b5f806124d636889003880188614906565b905060156124e3826128af565b6040516124f09190614a41565b908152604051908190036020019020546001600160401b031691508161252b5780604051631b8ac14360e01b8152600401610bb291906144c7565b6005546125389087614934565b421115612570576040516337030b8b60e01b81526001600160401b038316600482015260248101879052426044820152606401610bb2565b6001600160401b0382165f908152601960205260409020815160028201541415806125a357506020820151600382015414155b156125c557828260405163c43283b560e01b8152600401610bb2929190614b54565b60048101546125d790611c2090614934565b42101561261557600480820154604051633acb74ef60e11b81526001600160401b038616928101929092526024820152426044820152606401610bb2565b6126668461262836899003890189614a10565b8451602080870151604080519283018c90528201929092526060810191909152608081018b905260a00160405160208183030381529060405261237d565b505095945050505050565b6002545f03612693576040516363cd35d560e11b815260040160405180910390fd5b6001600160401b0382166126ba57604051631d58f8cb60e11b815260040160405180910390fd5b6001600160401b038083165f90815260196020818152604080842081518083018352600282015481526003820154818501528154600160401b80820489168852958552838720805467ffffffffffffffff1916918916919091179055815480881687529583902080549686900490971690940267ffffffffffffffff60401b19909516949094179094558351808501909452601a548452601b549084015290916127679061243283612d6d565b8051601a5560200151601b55601561277e826128af565b60405161278b9190614a41565b9081526040805160209281900383019020805467ffffffffffffffff1990811690915560098501545f9081526016845282812080549092169091556001600160401b03871681526019909252812080546001600160801b03191681556001810180546001600160a01b0319169055600281018290556003810182905560048101829055600581018290556006810182905560078101829055906128316008830182614021565b600982015f9055505060025f815461284890614b7b565b9091555061285461223e565b604080513381526020808201869052835182840152830151606082015290516001600160401b038616917f24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e919081900360800190a250505050565b6060815f015182602001516040516020016128d4929190918252602082015260400190565b6040516020818303038152906040529050919050565b5f600654855f01518660200151858560405160200161293995949392919094855260208501939093526040840191909152606090811b6001600160601b03191690830152607482015260940190565b60405160208183030381529060405290506129638561295786612dee565b61245284600a54612e4c565b6124765760405163cf006ab760e01b815260040160405180910390fd5b6040516001600160a01b038481166024830152838116604483015260648201839052611df49186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612f42565b6040516001600160a01b0383811660248301526044820183905261121591859182169063a9059cbb906064016129b5565b5f5460ff16612a3a5760405163348b55eb60e21b815260040160405180910390fd5b6001600160401b0382165f9081526019602052604081209080805b6008840154811015612ac8575f846008018281548110612a7757612a77614890565b5f918252602090912060039091020180549091506001600160a01b03808816911603612abf576007850154600282015460019550612ab69060046149bf565b10925050612ac8565b50600101612a55565b5081612b0157604051635bf2837760e11b81526001600160401b03861660048201526001600160a01b0385166024820152604401610bb2565b82600501545f03612b6d57808015612b2a575062278d008360040154612b279190614934565b42105b15612b6257604051633826feb560e01b81526001600160401b03861660048201526001600160a01b0385166024820152604401610bb2565b426005840155612bbd565b5f610e108460060154612b809190614934565b905080421015612bbb57604051637a54a45360e11b81526001600160401b038716600482015260248101829052426044820152606401610bb2565b505b426006840155604080516001600160a01b03861681526002850154602082015260038501548183015290516001600160401b038716917f8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804919081900360600190a25050505050565b805f03612c4557604051630ef6cf4560e41b815260040160405180910390fd5b80612c508385614934565b612c5b9060036149bf565b111561121557604051630b06449d60e41b815260040160405180910390fd5b612c82612fa3565b61099881612fec565b612c93612fa3565b610dd561301d565b5f814630604051602001612cb193929190614b90565b604051602081830303815290604052805190602001209050919050565b5f516020614cce5f395f51905f525460ff16610dd557604051638dfc202b60e01b815260040160405180910390fd5b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b604080518082019091525f80825260208201528151158015612d9157506020820151155b15612d9b57919050565b5f5f516020614c8d5f395f51905f528360200151612db99190614bba565b8351835290508015612de157612ddc815f516020614c8d5f395f51905f526149fd565b612de3565b5f5b602083015250919050565b612e1560405180608001604052805f81526020015f81526020015f81526020015f81525090565b6040518060800160405280835f01518152602001836020015181526020018360400151815260200183606001518152509050919050565b612e7360405180608001604052805f81526020015f81526020015f81526020015f81525090565b612e85612e80848461303d565b6131b1565b90505b92915050565b5f5f612e9985612d6d565b6040805161018081018252600181526002602080830191909152878101518284015287516060808401919091528089015160808401528884015160a0840152845160c08401528185015160e084015290870151610100830152865161012083015286015161014082015290850151610160820152909150612f1861403f565b5f6020826101808560085afa9050808015612f34575081516001145b9450505050505b9392505050565b5f612f566001600160a01b0384168361326a565b905080515f14158015612f7a575080806020019051810190612f789190614bcd565b155b1561121557604051635274afe760e01b81526001600160a01b0384166004820152602401610bb2565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a0054600160401b900460ff16610dd557604051631afcd79f60e31b815260040160405180910390fd5b612ff4612fa3565b6001600160a01b038116610e8157604051631e4fbdf760e01b81525f6004820152602401610bb2565b613025612fa3565b5f516020614cce5f395f51905f52805460ff19169055565b61306460405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f5b6101008110156103ca575f5f5f61307e878588613277565b9250925092505f5f6130908585613334565b915091506130a08282878761338f565b90925090505f516020614c8d5f395f51905f527f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e583085f516020614c8d5f395f51905f527e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2830890925090505f808061311885856133fb565b925092509250801580613129575082155b80613132575081155b156131445750505050505050506131a9565b851561317e57613161835f516020614c8d5f395f51905f526149fd565b613178835f516020614c8d5f395f51905f526149fd565b90935091505b506040805160808101825297885260208801969096529486015250505060608201529150612e889050565b600101613066565b6131d860405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f6131ea6131e584613575565b6135cd565b90505f61320a6131e56132046131ff85613694565b6136cb565b8461391a565b90505f61321683613694565b905061322a8161322584613b40565b61391a565b90506132418161322561323c86613b40565b613b40565b90506132568161322561323c61323c89613b40565b9050613261816135cd565b95945050505050565b6060612e8583835f613c37565b5f5f5f5f5f5f5f6132898a8a8a613cd0565b93509350935093505f516020614c8d5f395f51905f52806132ac576132ac6149d6565b608084901c5f516020614c8d5f395f51905f52600160801b87090896505f516020614c8d5f395f51905f52825f516020614c8d5f395f51905f527f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d6fffffffffffffffffffffffffffffffff8716090895508060011660011494505050505093509350939050565b5f805f516020614c8d5f395f51905f528061334e85613e12565b86085f516020614c8d5f395f51905f52858708095f516020614c8d5f395f51905f52845f516020614c8d5f395f51905f5287880809915091505b9250929050565b5f805f516020614c8d5f395f51905f526133b85f516020614c8d5f395f51905f52858809613e12565b5f516020614c8d5f395f51905f52868909085f516020614c8d5f395f51905f52808688095f516020614c8d5f395f51905f52868a09089150915094509492505050565b5f5f5f835f0361341257505f91508190508061356e565b5f806134405f516020614c8d5f395f51905f52808889095f516020614c8d5f395f51905f528a8b0908613e3c565b9150915080613459575f5f5f945094509450505061356e565b6134a25f516020614c8d5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f516020614c8d5f395f51905f52858b0809613e3c565b9095509050806135255761350b5f516020614c8d5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f516020614c8d5f395f51905f52613503865f516020614c8d5f395f51905f526149fd565b8b0809613e3c565b909550905080613525575f5f5f945094509450505061356e565b845f0361353c575f5f5f945094509450505061356e565b5f516020614c8d5f395f51905f526135635f516020614c8d5f395f51905f52878808613e84565b870993506001925050505b9250925092565b61357d61405d565b61358682613694565b9050603e5b80156135c7575f190161359d826136cb565b9150806744e992b44a6909f1901c6001166001036135c2576135bf828461391a565b91505b61358b565b50919050565b6135f460405180608001604052805f81526020015f81526020015f81526020015f81525090565b6080820151158015613608575060a0820151155b1561361257919050565b5f8061362c84600460200201518560056020020151613ea6565b915091505f5f61363c8484613334565b87519193509150613657908760015b6020020151848461338f565b6020870152855261366a8282868661338f565b604088015191935091506136809087600361364b565b606087015260408601525092949350505050565b61369c61405d565b815181526020808301519082015260408083015190820152606091820151918101919091526001608082015290565b6136d361405d565b60808201511580156136e7575060a0820151155b156136f157919050565b81515f908190613709908560015b6020020151613334565b90925090505f8061372386600260200201518760036136ff565b915091505f5f6137338484613334565b915091505f5f6137795f516020614c8d5f395f51905f5280613757576137576149d6565b8b518890085f516020614c8d5f395f51905f52878d6001602002015108613334565b915091506137b682825f516020614c8d5f395f51905f528061379d5761379d6149d6565b878c085f516020614c8d5f395f51905f52878c08613f0d565b90925090505f516020614c8d5f395f51905f528283085f516020614c8d5f395f51905f5282830890925090505f516020614c8d5f395f51905f52600389095f516020614c8d5f395f51905f526003890990985096506138158888613334565b909650945061384686865f516020614c8d5f395f51905f528586085f516020614c8d5f395f51905f52858608613f0d565b60208b0152808a5261386490839083908c60015b6020020151613f0d565b90965094506138758888888861338f565b90965094506138a886865f516020614c8d5f395f51905f52600888095f516020614c8d5f395f51905f5260088809613f0d565b6060808c01919091526040808c0192909252908b0151908b015160808c01516138db9291908d60055b602002015161338f565b90965094505f516020614c8d5f395f51905f528687085f516020614c8d5f395f51905f5286870860a08b015260808a0152509698975050505050505050565b61392261405d565b6080830151158015613936575060a0830151155b1561394b5761394482613694565b9050612e88565b5f8061396085600460200201518660056136ff565b915091505f5f613979865f01518760200151868661338f565b90925090506139938282895f5b60200201518a600161385a565b90925090506139ad848489600460200201518a60056138d1565b80945081955050505f5f6139cb88604001518960600151888861338f565b90925090506139e582828b600260200201518c600361385a565b9092509050831580156139f6575082155b15613a2d5781158015613a07575080155b15613a2257613a15896136cb565b9650505050505050612e88565b505050505050612e88565b6080890151613a46908a60055b6020020151868661338f565b60a08901526080880152613a5a8484613334565b9096509450613a6b8484888861338f565b8a5160208c0151929650909450613a8391888861338f565b9096509450613a928282613334565b60208901819052818952613aa891908686613f0d565b60208901819052818952613ade91905f516020614c8d5f395f51905f528980085f516020614c8d5f395f51905f52898a08613f0d565b60208901528752613af18686895f613986565b9096509450613b028282888861338f565b60408b01519197509550613b18908a6003613a3a565b9094509250613b2986868686613f0d565b606089015260408801525094979650505050505050565b613b6760405180608001604052805f81526020015f81526020015f81526020015f81525090565b613bc2825f0151613b7b8460200151613e12565b7f2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d7f16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba261338f565b6020830152815260408201516060830151613c289190613be190613e12565b7f063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a7f07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e361338f565b60608301526040820152919050565b606081471015613c5c5760405163cd78605960e01b8152306004820152602401610bb2565b5f5f856001600160a01b03168486604051613c779190614a41565b5f6040518083038185875af1925050503d805f8114613cb1576040519150601f19603f3d011682016040523d82523d5f602084013e613cb6565b606091505b5091509150613cc6868383613f4e565b9695505050505050565b6040515f908190819081908190613d0590829081908190819081908e908e90600160f71b908f90600160fd1b90602001614bec565b60408051601f1981840301815290829052805160209182012092505f91613d3c918491600160f81b918b91600160fd1b9101614c64565b60408051601f198184030181529082905280516020918201209750879250613d769184841891600160f91b918b91600160fd1b9101614c64565b60408051601f198184030181529082905280516020918201209650869250613db09184841891600360f81b918b91600160fd1b9101614c64565b60408051601f198184030181529082905280516020918201209550859250613dea9184841891600160fa1b918b91600160fd1b9101614c64565b604051602081830303815290604052805190602001209050805f1c9250505093509350935093565b5f8115613e3557613e30825f516020614c8d5f395f51905f526149fd565b612e88565b5f92915050565b5f5f613e68837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52613faa565b9150825f516020614c8d5f395f51905f52838409149050915091565b5f612e8882613ea160025f516020614c8d5f395f51905f526149fd565b613faa565b5f8080613ed55f516020614c8d5f395f51905f52808687095f516020614c8d5f395f51905f5288890908613e84565b90505f516020614c8d5f395f51905f52818609613f015f516020614c8d5f395f51905f52838709613e12565b92509250509250929050565b5f805f516020614c8d5f395f51905f52613f2685613e12565b87085f516020614c8d5f395f51905f52613f3f85613e12565b87089150915094509492505050565b606082613f6357613f5e82613ff8565b612f3b565b8151158015613f7a57506001600160a01b0384163b155b15613fa357604051639996b31560e01b81526001600160a01b0385166004820152602401610bb2565b5080612f3b565b5f5f60405160208152602080820152602060408201528460608201528360808201525f516020614c8d5f395f51905f5260a082015260208160c08360055afa905192509050806122b5575f5ffd5b8051156140085780518082602001fd5b604051630a12f52160e11b815260040160405180910390fd5b5080545f8255600302905f5260205f2090810190610998919061407b565b60405180602001604052806001906020820280368337509192915050565b6040518060c001604052806006906020820280368337509192915050565b5b808211156140ad5780546001600160a01b0319908116825560018201805490911690555f600282015560030161407c565b5090565b80356001600160401b03811681146140c7575f5ffd5b919050565b5f602082840312156140dc575f5ffd5b612e85826140b1565b5f8151808452602084019350602083015f5b82811015614139578151805180516001600160a01b039081168952602091820151168189015201516040870152606086019550602091909101906001016140f7565b5093949350505050565b6020815261415d6020820183516001600160401b03169052565b5f602083015161417860408401826001600160401b03169052565b5060408301516001600160a01b038116606084015250606083015180516080840152602081015160a084015250608083015160c083015260a083015160e083015260c083015161010083015260e08301516101208301526101008301516101606101408401526141ec6101808401826140e5565b90506101208401516101608401528091505092915050565b5f60208284031215614214575f5ffd5b5035919050565b5f5f6020838503121561422c575f5ffd5b82356001600160401b03811115614241575f5ffd5b8301601f81018513614251575f5ffd5b80356001600160401b03811115614266575f5ffd5b8560208260051b840101111561427a575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b03811182821017156142c0576142c061428a565b60405290565b604051608081016001600160401b03811182821017156142c0576142c061428a565b604051601f8201601f191681016001600160401b03811182821017156143105761431061428a565b604052919050565b5f60208284031215614328575f5ffd5b81356001600160401b0381111561433d575f5ffd5b8201601f8101841361434d575f5ffd5b80356001600160401b038111156143665761436661428a565b614379601f8201601f19166020016142e8565b81815285602083850101111561438d575f5ffd5b816020840160208301375f91810160200191909152949350505050565b6001600160a01b0381168114610998575f5ffd5b5f608082840312156135c7575f5ffd5b5f6001600160401b038211156143e6576143e661428a565b5060051b60200190565b5f82601f8301126143ff575f5ffd5b813561441261440d826143ce565b6142e8565b8082825260208201915060208360051b860101925085831115614433575f5ffd5b602085015b8381101561445757614449816140b1565b835260209283019201614438565b5095945050505050565b5f5f5f5f60e08587031215614474575f5ffd5b843561447f816143aa565b93506020850135925061449586604087016143be565b915060c08501356001600160401b038111156144af575f5ffd5b6144bb878288016143f0565b91505092959194509250565b815181526020808301519082015260408101612e88565b5f5f5f5f8486036101008112156144f3575f5ffd5b6040811215614500575f5ffd5b508493506040840135925061451886606086016143be565b915060e08501356001600160401b038111156144af575f5ffd5b604080825283519082018190525f9060208501906060840190835b818110156145745783516001600160401b031683526020938401939092019160010161454d565b5050838103602080860191909152855180835291810192508501905f5b818110156145c4576145ae84845180518252602090810151910152565b6040939093019260209290920191600101614591565b50919695505050505050565b5f604082840312156145e0575f5ffd5b6145e861429e565b823581526020928301359281019290925250919050565b5f6080828403121561460f575f5ffd5b6146176142c6565b8235815260208084013590820152604080840135908201526060928301359281019290925250919050565b5f82601f830112614651575f5ffd5b813561465f61440d826143ce565b80828252602082019150602060608402860101925085831115614680575f5ffd5b602085015b8381101561445757808703606081121561469d575f5ffd5b6146a561429e565b60408212156146b2575f5ffd5b6146ba61429e565b915082356146c7816143aa565b825260208301356146d7816143aa565b60208381019190915291815260408301358183015284529290920191606001614685565b5f5f5f5f848603610160811215614710575f5ffd5b61471a87876145d0565b945061472987604088016145ff565b9350608060bf198201121561473c575f5ffd5b506147456142c6565b60c0860135815260e08601356020820152610100860135604082015261012086013561ffff81168114614776575f5ffd5b606082015291506101408501356001600160401b03811115614796575f5ffd5b6144bb87828801614642565b5f5f5f606084860312156147b4575f5ffd5b505081359360208301359350604090920135919050565b5f602082840312156147db575f5ffd5b8135612f3b816143aa565b5f5f5f5f5f5f5f60e0888a0312156147fc575f5ffd5b8735614807816143aa565b96506020880135614817816143aa565b96999698505050506040850135946060810135946080820135945060a0820135935060c0909101359150565b5f5f5f5f6101008587031215614857575f5ffd5b61486186866145d0565b935061487086604087016145ff565b925060c0850135614880816143aa565b9396929550929360e00135925050565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e198336030181126148b8575f5ffd5b9190910192915050565b5f5f8335601e198436030181126148d7575f5ffd5b8301803591506001600160401b038211156148f0575f5ffd5b6020019150606081023603821315613388575f5ffd5b5f60408284031215614916575f5ffd5b612e8583836145d0565b634e487b7160e01b5f52601160045260245ffd5b80820180821115612e8857612e88614920565b80546001600160a01b0319166001600160a01b0392909216919091179055565b8135614972816143aa565b61497c8183614947565b50602082013561498b816143aa565b6149988160018401614947565b50604082013560028201555050565b5f600182016149b8576149b8614920565b5060010190565b8082028115828204841417612e8857612e88614920565b634e487b7160e01b5f52601260045260245ffd5b5f826149f8576149f86149d6565b500490565b81810381811115612e8857612e88614920565b5f60808284031215614a20575f5ffd5b612e8583836145ff565b5f81518060208401855e5f93019283525090919050565b5f612e858284614a2a565b6001600160a01b03851681525f6101008201614a75602084018780518252602090810151910152565b8451606084015260208501516080840152604085015160a084015261ffff60608601511660c084015261010060e0840152808451808352610120850191506020860192505f5b81811015614afd578351805180516001600160a01b03908116865260209182015116818601520151604084015260608301602094909401939250600101614abb565b509098975050505050505050565b6001600160401b038181168382160190811115612e8857612e88614920565b5f6001600160401b0382166001600160401b038103614b4b57614b4b614920565b60010192915050565b6001600160401b038316815260608101612f3b602083018480518252602090810151910152565b5f81614b8957614b89614920565b505f190190565b5f614b9b8286614a2a565b938452505060601b6001600160601b0319166020820152603401919050565b5f82614bc857614bc86149d6565b500690565b5f60208284031215614bdd575f5ffd5b81518015158114612f3b575f5ffd5b8a81528960208201528860408201528760608201526001600160401b0360c01b871660808201525f614c216088830188614a2a565b60f89690961b6001600160f81b031990811687526001600160e81b0319959095166001870152505060048401919091521660248201526025019695505050505050565b9384526001600160f81b0319928316602085015260218401919091521660418201526042019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47424c535f5349475f545259414e44494e4352454d454e545f4c4951554944415445cd5ed15c6e187e77e9aee88184c21f4f2182ab5827cb3b7e07fbedcd63f03300",
}

// ServiceNodeRewards is an auto generated Go binding around an Ethereum contract.
type ServiceNodeRewards struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ServiceNodeRewards) GetABI() abi.ABI {
	return c.abi
}

// NewServiceNodeRewards creates a new instance of ServiceNodeRewards.
func NewServiceNodeRewards() *ServiceNodeRewards {
	parsed, err := ServiceNodeRewardsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ServiceNodeRewards{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ServiceNodeRewards) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackLISTSENTINEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c80ebee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) PackLISTSENTINEL() []byte {
	enc, err := serviceNodeRewards.abi.Pack("LIST_SENTINEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLISTSENTINEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c80ebee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) TryPackLISTSENTINEL() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("LIST_SENTINEL")
}

// UnpackLISTSENTINEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c80ebee.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLISTSENTINEL(data []byte) (uint64, error) {
	out, err := serviceNodeRewards.abi.Unpack("LIST_SENTINEL", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879d0f0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND() []byte {
	enc, err := serviceNodeRewards.abi.Pack("MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x879d0f0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND")
}

// UnpackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x879d0f0c.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackMAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSERVICENODEEXITWAITTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62f1fbc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackMAXSERVICENODEEXITWAITTIME() []byte {
	enc, err := serviceNodeRewards.abi.Pack("MAX_SERVICE_NODE_EXIT_WAIT_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSERVICENODEEXITWAITTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62f1fbc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackMAXSERVICENODEEXITWAITTIME() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("MAX_SERVICE_NODE_EXIT_WAIT_TIME")
}

// UnpackMAXSERVICENODEEXITWAITTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62f1fbc2.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackMAXSERVICENODEEXITWAITTIME(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("MAX_SERVICE_NODE_EXIT_WAIT_TIME", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINTIMEBEFOREREPEATEDLEAVEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee94e412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackMINTIMEBEFOREREPEATEDLEAVEREQUEST() []byte {
	enc, err := serviceNodeRewards.abi.Pack("MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINTIMEBEFOREREPEATEDLEAVEREQUEST is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee94e412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackMINTIMEBEFOREREPEATEDLEAVEREQUEST() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST")
}

// UnpackMINTIMEBEFOREREPEATEDLEAVEREQUEST is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee94e412.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackMINTIMEBEFOREREPEATEDLEAVEREQUEST(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSMALLCONTRIBUTORDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb687f85c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackSMALLCONTRIBUTORDIVISOR() []byte {
	enc, err := serviceNodeRewards.abi.Pack("SMALL_CONTRIBUTOR_DIVISOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSMALLCONTRIBUTORDIVISOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb687f85c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackSMALLCONTRIBUTORDIVISOR() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("SMALL_CONTRIBUTOR_DIVISOR")
}

// UnpackSMALLCONTRIBUTORDIVISOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb687f85c.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSMALLCONTRIBUTORDIVISOR(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("SMALL_CONTRIBUTOR_DIVISOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSMALLCONTRIBUTORLEAVEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cebc474.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackSMALLCONTRIBUTORLEAVEDELAY() []byte {
	enc, err := serviceNodeRewards.abi.Pack("SMALL_CONTRIBUTOR_LEAVE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSMALLCONTRIBUTORLEAVEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cebc474.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackSMALLCONTRIBUTORLEAVEDELAY() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("SMALL_CONTRIBUTOR_LEAVE_DELAY")
}

// UnpackSMALLCONTRIBUTORLEAVEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cebc474.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSMALLCONTRIBUTORLEAVEDELAY(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("SMALL_CONTRIBUTOR_LEAVE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackVERSION() []byte {
	enc, err := serviceNodeRewards.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackVERSION() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackVERSION(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackAcceptOwnership() []byte {
	enc, err := serviceNodeRewards.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackAcceptOwnership() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("acceptOwnership")
}

// PackAddBLSPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc7efecc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, (uint256,uint256,uint256,uint16) serviceNodeParams, ((address,address),uint256)[] contributors) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackAddBLSPublicKey(blsPubkey BN256G1G1Point, blsSignature IServiceNodeRewardsBLSSignatureParams, serviceNodeParams IServiceNodeRewardsServiceNodeParams, contributors []IServiceNodeRewardsContributor) []byte {
	enc, err := serviceNodeRewards.abi.Pack("addBLSPublicKey", blsPubkey, blsSignature, serviceNodeParams, contributors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddBLSPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc7efecc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, (uint256,uint256,uint256,uint16) serviceNodeParams, ((address,address),uint256)[] contributors) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackAddBLSPublicKey(blsPubkey BN256G1G1Point, blsSignature IServiceNodeRewardsBLSSignatureParams, serviceNodeParams IServiceNodeRewardsServiceNodeParams, contributors []IServiceNodeRewardsContributor) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("addBLSPublicKey", blsPubkey, blsSignature, serviceNodeParams, contributors)
}

// PackAggregatePubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a2209e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (serviceNodeRewards *ServiceNodeRewards) PackAggregatePubkey() []byte {
	enc, err := serviceNodeRewards.abi.Pack("aggregatePubkey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregatePubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a2209e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (serviceNodeRewards *ServiceNodeRewards) TryPackAggregatePubkey() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("aggregatePubkey")
}

// UnpackAggregatePubkey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a2209e6.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (serviceNodeRewards *ServiceNodeRewards) UnpackAggregatePubkey(data []byte) (BN256G1G1Point, error) {
	out, err := serviceNodeRewards.abi.Unpack("aggregatePubkey", data)
	if err != nil {
		return *new(BN256G1G1Point), err
	}
	out0 := *abi.ConvertType(out[0], new(BN256G1G1Point)).(*BN256G1G1Point)
	return out0, nil
}

// PackAllServiceNodeIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabf2c503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (serviceNodeRewards *ServiceNodeRewards) PackAllServiceNodeIDs() []byte {
	enc, err := serviceNodeRewards.abi.Pack("allServiceNodeIDs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllServiceNodeIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabf2c503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (serviceNodeRewards *ServiceNodeRewards) TryPackAllServiceNodeIDs() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("allServiceNodeIDs")
}

// AllServiceNodeIDsOutput serves as a container for the return parameters of contract
// method AllServiceNodeIDs.
type AllServiceNodeIDsOutput struct {
	Ids     []uint64
	Pubkeys []BN256G1G1Point
}

// UnpackAllServiceNodeIDs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabf2c503.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (serviceNodeRewards *ServiceNodeRewards) UnpackAllServiceNodeIDs(data []byte) (AllServiceNodeIDsOutput, error) {
	out, err := serviceNodeRewards.abi.Unpack("allServiceNodeIDs", data)
	outstruct := new(AllServiceNodeIDsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ids = *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	outstruct.Pubkeys = *abi.ConvertType(out[1], new([]BN256G1G1Point)).(*[]BN256G1G1Point)
	return *outstruct, nil
}

// PackBlsNonSignerThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a399481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackBlsNonSignerThreshold() []byte {
	enc, err := serviceNodeRewards.abi.Pack("blsNonSignerThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlsNonSignerThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a399481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackBlsNonSignerThreshold() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("blsNonSignerThreshold")
}

// UnpackBlsNonSignerThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a399481.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBlsNonSignerThreshold(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("blsNonSignerThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlsNonSignerThresholdMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86e76685.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackBlsNonSignerThresholdMax() []byte {
	enc, err := serviceNodeRewards.abi.Pack("blsNonSignerThresholdMax")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlsNonSignerThresholdMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86e76685.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackBlsNonSignerThresholdMax() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("blsNonSignerThresholdMax")
}

// UnpackBlsNonSignerThresholdMax is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86e76685.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBlsNonSignerThresholdMax(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("blsNonSignerThresholdMax", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aaebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackClaimCycle() []byte {
	enc, err := serviceNodeRewards.abi.Pack("claimCycle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb13aaebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackClaimCycle() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("claimCycle")
}

// UnpackClaimCycle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb13aaebd.
//
// Solidity: function claimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackClaimCycle(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("claimCycle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards(uint256 amount) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackClaimRewards(amount *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("claimRewards", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0962ef79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards(uint256 amount) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackClaimRewards(amount *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("claimRewards", amount)
}

// PackClaimRewards0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackClaimRewards0() []byte {
	enc, err := serviceNodeRewards.abi.Pack("claimRewards0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackClaimRewards0() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("claimRewards0")
}

// PackClaimThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa44285a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackClaimThreshold() []byte {
	enc, err := serviceNodeRewards.abi.Pack("claimThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa44285a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackClaimThreshold() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("claimThreshold")
}

// UnpackClaimThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa44285a5.
//
// Solidity: function claimThreshold() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackClaimThreshold(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("claimThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd644d74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackCurrentClaimCycle() []byte {
	enc, err := serviceNodeRewards.abi.Pack("currentClaimCycle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd644d74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackCurrentClaimCycle() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("currentClaimCycle")
}

// UnpackCurrentClaimCycle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd644d74.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackCurrentClaimCycle(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("currentClaimCycle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentClaimTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9156ac80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackCurrentClaimTotal() []byte {
	enc, err := serviceNodeRewards.abi.Pack("currentClaimTotal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentClaimTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9156ac80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackCurrentClaimTotal() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("currentClaimTotal")
}

// UnpackCurrentClaimTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9156ac80.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackCurrentClaimTotal(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("currentClaimTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDesignatedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c89d2f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function designatedToken() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) PackDesignatedToken() []byte {
	enc, err := serviceNodeRewards.abi.Pack("designatedToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDesignatedToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c89d2f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function designatedToken() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) TryPackDesignatedToken() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("designatedToken")
}

// UnpackDesignatedToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c89d2f0.
//
// Solidity: function designatedToken() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) UnpackDesignatedToken(data []byte) (common.Address, error) {
	out, err := serviceNodeRewards.abi.Unpack("designatedToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEd25519ToServiceNodeID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0ebedab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ed25519Pubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) PackEd25519ToServiceNodeID(ed25519Pubkey *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("ed25519ToServiceNodeID", ed25519Pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEd25519ToServiceNodeID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0ebedab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ed25519Pubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) TryPackEd25519ToServiceNodeID(ed25519Pubkey *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("ed25519ToServiceNodeID", ed25519Pubkey)
}

// UnpackEd25519ToServiceNodeID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0ebedab.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ed25519Pubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackEd25519ToServiceNodeID(data []byte) (uint64, error) {
	out, err := serviceNodeRewards.abi.Unpack("ed25519ToServiceNodeID", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExitBLSPublicKeyAfterWaitTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab0122ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackExitBLSPublicKeyAfterWaitTime(serviceNodeID uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("exitBLSPublicKeyAfterWaitTime", serviceNodeID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitBLSPublicKeyAfterWaitTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab0122ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackExitBLSPublicKeyAfterWaitTime(serviceNodeID uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("exitBLSPublicKeyAfterWaitTime", serviceNodeID)
}

// PackExitBLSPublicKeyWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95055ffd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackExitBLSPublicKeyWithSignature(blsPubkey BN256G1G1Point, timestamp *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("exitBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitBLSPublicKeyWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95055ffd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackExitBLSPublicKeyWithSignature(blsPubkey BN256G1G1Point, timestamp *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("exitBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
}

// PackExitTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84f0bf8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) PackExitTag() []byte {
	enc, err := serviceNodeRewards.abi.Pack("exitTag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd84f0bf8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) TryPackExitTag() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("exitTag")
}

// UnpackExitTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd84f0bf8.
//
// Solidity: function exitTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) UnpackExitTag(data []byte) ([32]byte, error) {
	out, err := serviceNodeRewards.abi.Unpack("exitTag", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFoundationPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf907f5fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function foundationPool() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) PackFoundationPool() []byte {
	enc, err := serviceNodeRewards.abi.Pack("foundationPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFoundationPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf907f5fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function foundationPool() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) TryPackFoundationPool() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("foundationPool")
}

// UnpackFoundationPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf907f5fc.
//
// Solidity: function foundationPool() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) UnpackFoundationPool(data []byte) (common.Address, error) {
	out, err := serviceNodeRewards.abi.Unpack("foundationPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashToG2Tag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b348ab4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) PackHashToG2Tag() []byte {
	enc, err := serviceNodeRewards.abi.Pack("hashToG2Tag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG2Tag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b348ab4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) TryPackHashToG2Tag() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("hashToG2Tag")
}

// UnpackHashToG2Tag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b348ab4.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) UnpackHashToG2Tag(data []byte) ([32]byte, error) {
	out, err := serviceNodeRewards.abi.Unpack("hashToG2Tag", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedbf4ac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address token_, address foundationPool_, uint256 stakingRequirement_, uint256 maxContributors_, uint256 liquidatorRewardRatio_, uint256 poolShareOfLiquidationRatio_, uint256 recipientRatio_) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackInitialize(token common.Address, foundationPool common.Address, stakingRequirement *big.Int, maxContributors *big.Int, liquidatorRewardRatio *big.Int, poolShareOfLiquidationRatio *big.Int, recipientRatio *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("initialize", token, foundationPool, stakingRequirement, maxContributors, liquidatorRewardRatio, poolShareOfLiquidationRatio, recipientRatio)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedbf4ac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address token_, address foundationPool_, uint256 stakingRequirement_, uint256 maxContributors_, uint256 liquidatorRewardRatio_, uint256 poolShareOfLiquidationRatio_, uint256 recipientRatio_) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackInitialize(token common.Address, foundationPool common.Address, stakingRequirement *big.Int, maxContributors *big.Int, liquidatorRewardRatio *big.Int, poolShareOfLiquidationRatio *big.Int, recipientRatio *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("initialize", token, foundationPool, stakingRequirement, maxContributors, liquidatorRewardRatio, poolShareOfLiquidationRatio, recipientRatio)
}

// PackInitiateExitBLSPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9054b09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initiateExitBLSPublicKey(uint64 serviceNodeID) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackInitiateExitBLSPublicKey(serviceNodeID uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("initiateExitBLSPublicKey", serviceNodeID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitiateExitBLSPublicKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9054b09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initiateExitBLSPublicKey(uint64 serviceNodeID) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackInitiateExitBLSPublicKey(serviceNodeID uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("initiateExitBLSPublicKey", serviceNodeID)
}

// PackIsStarted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544736e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isStarted() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) PackIsStarted() []byte {
	enc, err := serviceNodeRewards.abi.Pack("isStarted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsStarted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544736e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isStarted() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) TryPackIsStarted() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("isStarted")
}

// UnpackIsStarted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544736e6.
//
// Solidity: function isStarted() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) UnpackIsStarted(data []byte) (bool, error) {
	out, err := serviceNodeRewards.abi.Unpack("isStarted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLastHeightPubkeyWasAggregated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623b9422.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackLastHeightPubkeyWasAggregated() []byte {
	enc, err := serviceNodeRewards.abi.Pack("lastHeightPubkeyWasAggregated")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastHeightPubkeyWasAggregated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x623b9422.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackLastHeightPubkeyWasAggregated() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("lastHeightPubkeyWasAggregated")
}

// UnpackLastHeightPubkeyWasAggregated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x623b9422.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLastHeightPubkeyWasAggregated(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("lastHeightPubkeyWasAggregated", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidateBLSPublicKeyWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f56d9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidateBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackLiquidateBLSPublicKeyWithSignature(blsPubkey BN256G1G1Point, timestamp *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("liquidateBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidateBLSPublicKeyWithSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4f56d9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidateBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackLiquidateBLSPublicKeyWithSignature(blsPubkey BN256G1G1Point, timestamp *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("liquidateBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
}

// PackLiquidateTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e3b372d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) PackLiquidateTag() []byte {
	enc, err := serviceNodeRewards.abi.Pack("liquidateTag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidateTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e3b372d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) TryPackLiquidateTag() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("liquidateTag")
}

// UnpackLiquidateTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e3b372d.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLiquidateTag(data []byte) ([32]byte, error) {
	out, err := serviceNodeRewards.abi.Unpack("liquidateTag", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLiquidatorRewardRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095f1404.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackLiquidatorRewardRatio() []byte {
	enc, err := serviceNodeRewards.abi.Pack("liquidatorRewardRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidatorRewardRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095f1404.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackLiquidatorRewardRatio() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("liquidatorRewardRatio")
}

// UnpackLiquidatorRewardRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095f1404.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLiquidatorRewardRatio(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("liquidatorRewardRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa5063.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackMaxContributors() []byte {
	enc, err := serviceNodeRewards.abi.Pack("maxContributors")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxContributors is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86fa5063.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackMaxContributors() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("maxContributors")
}

// UnpackMaxContributors is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackMaxContributors(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("maxContributors", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPermittedPubkeyAggregations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fde376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256 result)
func (serviceNodeRewards *ServiceNodeRewards) PackMaxPermittedPubkeyAggregations() []byte {
	enc, err := serviceNodeRewards.abi.Pack("maxPermittedPubkeyAggregations")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPermittedPubkeyAggregations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34fde376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256 result)
func (serviceNodeRewards *ServiceNodeRewards) TryPackMaxPermittedPubkeyAggregations() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("maxPermittedPubkeyAggregations")
}

// UnpackMaxPermittedPubkeyAggregations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34fde376.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256 result)
func (serviceNodeRewards *ServiceNodeRewards) UnpackMaxPermittedPubkeyAggregations(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("maxPermittedPubkeyAggregations", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextServiceNodeID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17f33a7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) PackNextServiceNodeID() []byte {
	enc, err := serviceNodeRewards.abi.Pack("nextServiceNodeID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextServiceNodeID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17f33a7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) TryPackNextServiceNodeID() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("nextServiceNodeID")
}

// UnpackNextServiceNodeID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x17f33a7d.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (serviceNodeRewards *ServiceNodeRewards) UnpackNextServiceNodeID(data []byte) (uint64, error) {
	out, err := serviceNodeRewards.abi.Unpack("nextServiceNodeID", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumPubkeyAggregationsForHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d5435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackNumPubkeyAggregationsForHeight() []byte {
	enc, err := serviceNodeRewards.abi.Pack("numPubkeyAggregationsForHeight")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumPubkeyAggregationsForHeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda1d5435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackNumPubkeyAggregationsForHeight() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("numPubkeyAggregationsForHeight")
}

// UnpackNumPubkeyAggregationsForHeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda1d5435.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackNumPubkeyAggregationsForHeight(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("numPubkeyAggregationsForHeight", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) PackOwner() []byte {
	enc, err := serviceNodeRewards.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) TryPackOwner() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) UnpackOwner(data []byte) (common.Address, error) {
	out, err := serviceNodeRewards.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackPause() []byte {
	enc, err := serviceNodeRewards.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackPause() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) PackPaused() []byte {
	enc, err := serviceNodeRewards.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) TryPackPaused() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (serviceNodeRewards *ServiceNodeRewards) UnpackPaused(data []byte) (bool, error) {
	out, err := serviceNodeRewards.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) PackPendingOwner() []byte {
	enc, err := serviceNodeRewards.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) TryPackPendingOwner() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (serviceNodeRewards *ServiceNodeRewards) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := serviceNodeRewards.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPoolShareOfLiquidationRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e93308.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackPoolShareOfLiquidationRatio() []byte {
	enc, err := serviceNodeRewards.abi.Pack("poolShareOfLiquidationRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolShareOfLiquidationRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e93308.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackPoolShareOfLiquidationRatio() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("poolShareOfLiquidationRatio")
}

// UnpackPoolShareOfLiquidationRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58e93308.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackPoolShareOfLiquidationRatio(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("poolShareOfLiquidationRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProofOfPossessionTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae6c6063.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) PackProofOfPossessionTag() []byte {
	enc, err := serviceNodeRewards.abi.Pack("proofOfPossessionTag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofOfPossessionTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae6c6063.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) TryPackProofOfPossessionTag() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("proofOfPossessionTag")
}

// UnpackProofOfPossessionTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae6c6063.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) UnpackProofOfPossessionTag(data []byte) ([32]byte, error) {
	out, err := serviceNodeRewards.abi.Unpack("proofOfPossessionTag", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecipientRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bd1b419.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recipientRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackRecipientRatio() []byte {
	enc, err := serviceNodeRewards.abi.Pack("recipientRatio")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecipientRatio is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bd1b419.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recipientRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackRecipientRatio() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("recipientRatio")
}

// UnpackRecipientRatio is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0bd1b419.
//
// Solidity: function recipientRatio() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRecipientRatio(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("recipientRatio", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRecipients is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb820312.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (serviceNodeRewards *ServiceNodeRewards) PackRecipients(arg0 common.Address) []byte {
	enc, err := serviceNodeRewards.abi.Pack("recipients", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecipients is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb820312.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (serviceNodeRewards *ServiceNodeRewards) TryPackRecipients(arg0 common.Address) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("recipients", arg0)
}

// RecipientsOutput serves as a container for the return parameters of contract
// method Recipients.
type RecipientsOutput struct {
	Rewards *big.Int
	Claimed *big.Int
}

// UnpackRecipients is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb820312.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRecipients(data []byte) (RecipientsOutput, error) {
	out, err := serviceNodeRewards.abi.Unpack("recipients", data)
	outstruct := new(RecipientsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Rewards = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Claimed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRederiveTotalNodesAndAggregatePubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f744b54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rederiveTotalNodesAndAggregatePubkey() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackRederiveTotalNodesAndAggregatePubkey() []byte {
	enc, err := serviceNodeRewards.abi.Pack("rederiveTotalNodesAndAggregatePubkey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRederiveTotalNodesAndAggregatePubkey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f744b54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rederiveTotalNodesAndAggregatePubkey() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackRederiveTotalNodesAndAggregatePubkey() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("rederiveTotalNodesAndAggregatePubkey")
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackRenounceOwnership() []byte {
	enc, err := serviceNodeRewards.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackRenounceOwnership() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("renounceOwnership")
}

// PackRewardTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x538d2709.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) PackRewardTag() []byte {
	enc, err := serviceNodeRewards.abi.Pack("rewardTag")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x538d2709.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) TryPackRewardTag() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("rewardTag")
}

// UnpackRewardTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x538d2709.
//
// Solidity: function rewardTag() view returns(bytes32)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRewardTag(data []byte) ([32]byte, error) {
	out, err := serviceNodeRewards.abi.Unpack("rewardTag", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSeedPublicKeyList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f4c4930.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[] nodes) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSeedPublicKeyList(nodes []IServiceNodeRewardsSeedServiceNode) []byte {
	enc, err := serviceNodeRewards.abi.Pack("seedPublicKeyList", nodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeedPublicKeyList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f4c4930.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[] nodes) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSeedPublicKeyList(nodes []IServiceNodeRewardsSeedServiceNode) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("seedPublicKeyList", nodes)
}

// PackServiceNodeIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65ca819d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serviceNodeIDs(bytes blsPubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) PackServiceNodeIDs(blsPubkey []byte) []byte {
	enc, err := serviceNodeRewards.abi.Pack("serviceNodeIDs", blsPubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServiceNodeIDs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65ca819d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serviceNodeIDs(bytes blsPubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) TryPackServiceNodeIDs(blsPubkey []byte) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("serviceNodeIDs", blsPubkey)
}

// UnpackServiceNodeIDs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65ca819d.
//
// Solidity: function serviceNodeIDs(bytes blsPubkey) view returns(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodeIDs(data []byte) (uint64, error) {
	out, err := serviceNodeRewards.abi.Unpack("serviceNodeIDs", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackServiceNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x040f9853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (serviceNodeRewards *ServiceNodeRewards) PackServiceNodes(serviceNodeID uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("serviceNodes", serviceNodeID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackServiceNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x040f9853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (serviceNodeRewards *ServiceNodeRewards) TryPackServiceNodes(serviceNodeID uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("serviceNodes", serviceNodeID)
}

// UnpackServiceNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x040f9853.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodes(data []byte) (IServiceNodeRewardsServiceNode, error) {
	out, err := serviceNodeRewards.abi.Unpack("serviceNodes", data)
	if err != nil {
		return *new(IServiceNodeRewardsServiceNode), err
	}
	out0 := *abi.ConvertType(out[0], new(IServiceNodeRewardsServiceNode)).(*IServiceNodeRewardsServiceNode)
	return out0, nil
}

// PackSetBLSNonSignerThresholdMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43039d90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBLSNonSignerThresholdMax(uint256 newMax) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetBLSNonSignerThresholdMax(newMax *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setBLSNonSignerThresholdMax", newMax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBLSNonSignerThresholdMax is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43039d90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBLSNonSignerThresholdMax(uint256 newMax) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetBLSNonSignerThresholdMax(newMax *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setBLSNonSignerThresholdMax", newMax)
}

// PackSetClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245fc183.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClaimCycle(uint256 newValue) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetClaimCycle(newValue *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setClaimCycle", newValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetClaimCycle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245fc183.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setClaimCycle(uint256 newValue) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetClaimCycle(newValue *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setClaimCycle", newValue)
}

// PackSetClaimThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf324c8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setClaimThreshold(uint256 newMax) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetClaimThreshold(newMax *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setClaimThreshold", newMax)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetClaimThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf324c8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setClaimThreshold(uint256 newMax) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetClaimThreshold(newMax *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setClaimThreshold", newMax)
}

// PackSetLiquidationRatios is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5859813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetLiquidationRatios(liquidator *big.Int, pool *big.Int, recipient *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setLiquidationRatios", liquidator, pool, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLiquidationRatios is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5859813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetLiquidationRatios(liquidator *big.Int, pool *big.Int, recipient *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setLiquidationRatios", liquidator, pool, recipient)
}

// PackSetSignatureExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf88d658b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSignatureExpiry(uint256 newExpiry) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetSignatureExpiry(newExpiry *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setSignatureExpiry", newExpiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSignatureExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf88d658b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSignatureExpiry(uint256 newExpiry) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetSignatureExpiry(newExpiry *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setSignatureExpiry", newExpiry)
}

// PackSetStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8328b610.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakingRequirement(uint256 newRequirement) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackSetStakingRequirement(newRequirement *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("setStakingRequirement", newRequirement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8328b610.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStakingRequirement(uint256 newRequirement) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackSetStakingRequirement(newRequirement *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("setStakingRequirement", newRequirement)
}

// PackSignatureExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a81254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackSignatureExpiry() []byte {
	enc, err := serviceNodeRewards.abi.Pack("signatureExpiry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignatureExpiry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a81254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackSignatureExpiry() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("signatureExpiry")
}

// UnpackSignatureExpiry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5a81254.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSignatureExpiry(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("signatureExpiry", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d399e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackStakingRequirement() []byte {
	enc, err := serviceNodeRewards.abi.Pack("stakingRequirement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingRequirement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d399e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackStakingRequirement() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("stakingRequirement")
}

// UnpackStakingRequirement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackStakingRequirement(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("stakingRequirement", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackStart() []byte {
	enc, err := serviceNodeRewards.abi.Pack("start")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe9a6555.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackStart() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("start")
}

// PackTotalNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9592d424.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalNodes() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) PackTotalNodes() []byte {
	enc, err := serviceNodeRewards.abi.Pack("totalNodes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9592d424.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalNodes() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) TryPackTotalNodes() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("totalNodes")
}

// UnpackTotalNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9592d424.
//
// Solidity: function totalNodes() view returns(uint256)
func (serviceNodeRewards *ServiceNodeRewards) UnpackTotalNodes(data []byte) (*big.Int, error) {
	out, err := serviceNodeRewards.abi.Unpack("totalNodes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := serviceNodeRewards.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (serviceNodeRewards *ServiceNodeRewards) PackUnpause() []byte {
	enc, err := serviceNodeRewards.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackUnpause() ([]byte, error) {
	return serviceNodeRewards.abi.Pack("unpause")
}

// PackUpdateRewardsBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a6d4065.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateRewardsBalance(address recipientAddress, uint256 recipientRewards, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackUpdateRewardsBalance(recipientAddress common.Address, recipientRewards *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) []byte {
	enc, err := serviceNodeRewards.abi.Pack("updateRewardsBalance", recipientAddress, recipientRewards, blsSignature, ids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateRewardsBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a6d4065.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateRewardsBalance(address recipientAddress, uint256 recipientRewards, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackUpdateRewardsBalance(recipientAddress common.Address, recipientRewards *big.Int, blsSignature IServiceNodeRewardsBLSSignatureParams, ids []uint64) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("updateRewardsBalance", recipientAddress, recipientRewards, blsSignature, ids)
}

// PackValidateProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd9a86d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validateProofOfPossession((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, address caller, uint256 serviceNodePubkey) returns()
func (serviceNodeRewards *ServiceNodeRewards) PackValidateProofOfPossession(blsPubkey BN256G1G1Point, blsSignature IServiceNodeRewardsBLSSignatureParams, caller common.Address, serviceNodePubkey *big.Int) []byte {
	enc, err := serviceNodeRewards.abi.Pack("validateProofOfPossession", blsPubkey, blsSignature, caller, serviceNodePubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidateProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffd9a86d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validateProofOfPossession((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, address caller, uint256 serviceNodePubkey) returns()
func (serviceNodeRewards *ServiceNodeRewards) TryPackValidateProofOfPossession(blsPubkey BN256G1G1Point, blsSignature IServiceNodeRewardsBLSSignatureParams, caller common.Address, serviceNodePubkey *big.Int) ([]byte, error) {
	return serviceNodeRewards.abi.Pack("validateProofOfPossession", blsPubkey, blsSignature, caller, serviceNodePubkey)
}

// ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated represents a BLSNonSignerThresholdMaxUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated struct {
	NewMax *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedEventName = "BLSNonSignerThresholdMaxUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated) ContractEventName() string {
	return ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedEventName
}

// UnpackBLSNonSignerThresholdMaxUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BLSNonSignerThresholdMaxUpdated(uint256 newMax)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBLSNonSignerThresholdMaxUpdatedEvent(log *types.Log) (*ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated, error) {
	event := "BLSNonSignerThresholdMaxUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsClaimCycleUpdated represents a ClaimCycleUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimCycleUpdated struct {
	NewValue *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsClaimCycleUpdatedEventName = "ClaimCycleUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsClaimCycleUpdated) ContractEventName() string {
	return ServiceNodeRewardsClaimCycleUpdatedEventName
}

// UnpackClaimCycleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimCycleUpdated(uint256 newValue)
func (serviceNodeRewards *ServiceNodeRewards) UnpackClaimCycleUpdatedEvent(log *types.Log) (*ServiceNodeRewardsClaimCycleUpdated, error) {
	event := "ClaimCycleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsClaimCycleUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsClaimThresholdUpdated represents a ClaimThresholdUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimThresholdUpdated struct {
	NewThreshold *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsClaimThresholdUpdatedEventName = "ClaimThresholdUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsClaimThresholdUpdated) ContractEventName() string {
	return ServiceNodeRewardsClaimThresholdUpdatedEventName
}

// UnpackClaimThresholdUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimThresholdUpdated(uint256 newThreshold)
func (serviceNodeRewards *ServiceNodeRewards) UnpackClaimThresholdUpdatedEvent(log *types.Log) (*ServiceNodeRewardsClaimThresholdUpdated, error) {
	event := "ClaimThresholdUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsClaimThresholdUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsInitialized represents a Initialized event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsInitialized) ContractEventName() string {
	return ServiceNodeRewardsInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (serviceNodeRewards *ServiceNodeRewards) UnpackInitializedEvent(log *types.Log) (*ServiceNodeRewardsInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsInitialized)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsLiquidationRatiosUpdated represents a LiquidationRatiosUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLiquidationRatiosUpdated struct {
	LiquidatorRatio *big.Int
	PoolRatio       *big.Int
	RecipientRatio  *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsLiquidationRatiosUpdatedEventName = "LiquidationRatiosUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsLiquidationRatiosUpdated) ContractEventName() string {
	return ServiceNodeRewardsLiquidationRatiosUpdatedEventName
}

// UnpackLiquidationRatiosUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLiquidationRatiosUpdatedEvent(log *types.Log) (*ServiceNodeRewardsLiquidationRatiosUpdated, error) {
	event := "LiquidationRatiosUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsLiquidationRatiosUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsNewSeededServiceNode represents a NewSeededServiceNode event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewSeededServiceNode struct {
	ServiceNodeID uint64
	BlsPubkey     BN256G1G1Point
	Ed25519Pubkey *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsNewSeededServiceNodeEventName = "NewSeededServiceNode"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsNewSeededServiceNode) ContractEventName() string {
	return ServiceNodeRewardsNewSeededServiceNodeEventName
}

// UnpackNewSeededServiceNodeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewSeededServiceNode(uint64 indexed serviceNodeID, (uint256,uint256) blsPubkey, uint256 ed25519Pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackNewSeededServiceNodeEvent(log *types.Log) (*ServiceNodeRewardsNewSeededServiceNode, error) {
	event := "NewSeededServiceNode"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsNewSeededServiceNode)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsNewServiceNodeV2 represents a NewServiceNodeV2 event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewServiceNodeV2 struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        BN256G1G1Point
	ServiceNode   IServiceNodeRewardsServiceNodeParams
	Contributors  []IServiceNodeRewardsContributor
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsNewServiceNodeV2EventName = "NewServiceNodeV2"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsNewServiceNodeV2) ContractEventName() string {
	return ServiceNodeRewardsNewServiceNodeV2EventName
}

// UnpackNewServiceNodeV2Event is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewServiceNodeV2(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey, (uint256,uint256,uint256,uint16) serviceNode, ((address,address),uint256)[] contributors)
func (serviceNodeRewards *ServiceNodeRewards) UnpackNewServiceNodeV2Event(log *types.Log) (*ServiceNodeRewardsNewServiceNodeV2, error) {
	event := "NewServiceNodeV2"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsNewServiceNodeV2)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsOwnershipTransferStarted) ContractEventName() string {
	return ServiceNodeRewardsOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (serviceNodeRewards *ServiceNodeRewards) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ServiceNodeRewardsOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsOwnershipTransferred represents a OwnershipTransferred event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsOwnershipTransferred) ContractEventName() string {
	return ServiceNodeRewardsOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (serviceNodeRewards *ServiceNodeRewards) UnpackOwnershipTransferredEvent(log *types.Log) (*ServiceNodeRewardsOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsPaused represents a Paused event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsPaused) ContractEventName() string {
	return ServiceNodeRewardsPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (serviceNodeRewards *ServiceNodeRewards) UnpackPausedEvent(log *types.Log) (*ServiceNodeRewardsPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsPaused)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsRewardsBalanceUpdated represents a RewardsBalanceUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsBalanceUpdated struct {
	RecipientAddress common.Address
	Amount           *big.Int
	PreviousBalance  *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsRewardsBalanceUpdatedEventName = "RewardsBalanceUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsRewardsBalanceUpdated) ContractEventName() string {
	return ServiceNodeRewardsRewardsBalanceUpdatedEventName
}

// UnpackRewardsBalanceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRewardsBalanceUpdatedEvent(log *types.Log) (*ServiceNodeRewardsRewardsBalanceUpdated, error) {
	event := "RewardsBalanceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsRewardsBalanceUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsRewardsClaimed represents a RewardsClaimed event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsClaimed struct {
	RecipientAddress common.Address
	Amount           *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsRewardsClaimedEventName = "RewardsClaimed"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsRewardsClaimed) ContractEventName() string {
	return ServiceNodeRewardsRewardsClaimedEventName
}

// UnpackRewardsClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsClaimed(address indexed recipientAddress, uint256 amount)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRewardsClaimedEvent(log *types.Log) (*ServiceNodeRewardsRewardsClaimed, error) {
	event := "RewardsClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsRewardsClaimed)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsServiceNodeExit represents a ServiceNodeExit event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExit struct {
	ServiceNodeID  uint64
	Initiator      common.Address
	ReturnedAmount *big.Int
	Pubkey         BN256G1G1Point
	Raw            *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsServiceNodeExitEventName = "ServiceNodeExit"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsServiceNodeExit) ContractEventName() string {
	return ServiceNodeRewardsServiceNodeExitEventName
}

// UnpackServiceNodeExitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, (uint256,uint256) pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodeExitEvent(log *types.Log) (*ServiceNodeRewardsServiceNodeExit, error) {
	event := "ServiceNodeExit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsServiceNodeExit)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsServiceNodeExitRequest represents a ServiceNodeExitRequest event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExitRequest struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        BN256G1G1Point
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsServiceNodeExitRequestEventName = "ServiceNodeExitRequest"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsServiceNodeExitRequest) ContractEventName() string {
	return ServiceNodeRewardsServiceNodeExitRequestEventName
}

// UnpackServiceNodeExitRequestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodeExitRequestEvent(log *types.Log) (*ServiceNodeRewardsServiceNodeExitRequest, error) {
	event := "ServiceNodeExitRequest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsServiceNodeExitRequest)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsServiceNodeLiquidated represents a ServiceNodeLiquidated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeLiquidated struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        BN256G1G1Point
	Raw           *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsServiceNodeLiquidatedEventName = "ServiceNodeLiquidated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsServiceNodeLiquidated) ContractEventName() string {
	return ServiceNodeRewardsServiceNodeLiquidatedEventName
}

// UnpackServiceNodeLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodeLiquidatedEvent(log *types.Log) (*ServiceNodeRewardsServiceNodeLiquidated, error) {
	event := "ServiceNodeLiquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsServiceNodeLiquidated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsSignatureExpiryUpdated represents a SignatureExpiryUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSignatureExpiryUpdated struct {
	NewExpiry *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsSignatureExpiryUpdatedEventName = "SignatureExpiryUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsSignatureExpiryUpdated) ContractEventName() string {
	return ServiceNodeRewardsSignatureExpiryUpdatedEventName
}

// UnpackSignatureExpiryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SignatureExpiryUpdated(uint256 newExpiry)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSignatureExpiryUpdatedEvent(log *types.Log) (*ServiceNodeRewardsSignatureExpiryUpdated, error) {
	event := "SignatureExpiryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsSignatureExpiryUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsStakingRequirementUpdated represents a StakingRequirementUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsStakingRequirementUpdated struct {
	NewRequirement *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsStakingRequirementUpdatedEventName = "StakingRequirementUpdated"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsStakingRequirementUpdated) ContractEventName() string {
	return ServiceNodeRewardsStakingRequirementUpdatedEventName
}

// UnpackStakingRequirementUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakingRequirementUpdated(uint256 newRequirement)
func (serviceNodeRewards *ServiceNodeRewards) UnpackStakingRequirementUpdatedEvent(log *types.Log) (*ServiceNodeRewardsStakingRequirementUpdated, error) {
	event := "StakingRequirementUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsStakingRequirementUpdated)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ServiceNodeRewardsUnpaused represents a Unpaused event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ServiceNodeRewardsUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ServiceNodeRewardsUnpaused) ContractEventName() string {
	return ServiceNodeRewardsUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (serviceNodeRewards *ServiceNodeRewards) UnpackUnpausedEvent(log *types.Log) (*ServiceNodeRewardsUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != serviceNodeRewards.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ServiceNodeRewardsUnpaused)
	if len(log.Data) > 0 {
		if err := serviceNodeRewards.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range serviceNodeRewards.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (serviceNodeRewards *ServiceNodeRewards) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["AddressInsufficientBalance"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackAddressInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["BLSPubkeyAlreadyExists"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackBLSPubkeyAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["BLSPubkeyDoesNotExist"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackBLSPubkeyDoesNotExistError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["BLSPubkeyDoesNotMatch"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackBLSPubkeyDoesNotMatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["CallerNotContributor"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackCallerNotContributorError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ClaimThresholdExceeded"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackClaimThresholdExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ContractAlreadyStarted"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackContractAlreadyStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ContractNotStarted"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackContractNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ContributionTotalMismatch"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackContributionTotalMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["DeleteSentinelNodeNotAllowed"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackDeleteSentinelNodeNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["Ed25519PubkeyAlreadyExists"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackEd25519PubkeyAlreadyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ExitTooEarly"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackExitTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["FailedInnerCall"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackFailedInnerCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InsufficientBLSSignatures"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInsufficientBLSSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InsufficientContributors"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInsufficientContributorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InsufficientNodes"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInsufficientNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InsufficientOperatorContribution"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInsufficientOperatorContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InvalidBLSProofOfPossession"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInvalidBLSProofOfPossessionError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InvalidBLSSignature"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInvalidBLSSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["LeaveRequestNotInitiatedYet"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackLeaveRequestNotInitiatedYetError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["LeaveRequestTooEarly"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackLeaveRequestTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["LiquidatorPenaltyTooHigh"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackLiquidatorPenaltyTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["MaxClaimExceeded"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackMaxClaimExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["MaxContributorsExceeded"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackMaxContributorsExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["MaxPubkeyAggregationsExceeded"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackMaxPubkeyAggregationsExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["NullAddress"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackNullAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["NullBLSPubkey"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackNullBLSPubkeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["NullEd25519Pubkey"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackNullEd25519PubkeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["PositiveNumberRequirement"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackPositiveNumberRequirementError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["RecipientAddressDoesNotMatch"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackRecipientAddressDoesNotMatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["RecipientRewardsTooLow"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackRecipientRewardsTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["ServiceNodeDoesntExist"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackServiceNodeDoesntExistError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], serviceNodeRewards.abi.Errors["SmallContributorLeaveTooEarly"].ID.Bytes()[:4]) {
		return serviceNodeRewards.UnpackSmallContributorLeaveTooEarlyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ServiceNodeRewardsAddressEmptyCode represents a AddressEmptyCode error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ServiceNodeRewardsAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (serviceNodeRewards *ServiceNodeRewards) UnpackAddressEmptyCodeError(raw []byte) (*ServiceNodeRewardsAddressEmptyCode, error) {
	out := new(ServiceNodeRewardsAddressEmptyCode)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsAddressInsufficientBalance represents a AddressInsufficientBalance error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsAddressInsufficientBalance struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressInsufficientBalance(address account)
func ServiceNodeRewardsAddressInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcd7860599b9fd41bcf04bec8b7a59cb8b83ebbb59480bead3f13259df2ace421")
}

// UnpackAddressInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressInsufficientBalance(address account)
func (serviceNodeRewards *ServiceNodeRewards) UnpackAddressInsufficientBalanceError(raw []byte) (*ServiceNodeRewardsAddressInsufficientBalance, error) {
	out := new(ServiceNodeRewardsAddressInsufficientBalance)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "AddressInsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsBLSPubkeyAlreadyExists represents a BLSPubkeyAlreadyExists error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSPubkeyAlreadyExists struct {
	ServiceNodeID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSPubkeyAlreadyExists(uint64 serviceNodeID)
func ServiceNodeRewardsBLSPubkeyAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x459c639347a00cdadf63dc17b41962c30d202f0b8f664375c0771e7cf52b7536")
}

// UnpackBLSPubkeyAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSPubkeyAlreadyExists(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBLSPubkeyAlreadyExistsError(raw []byte) (*ServiceNodeRewardsBLSPubkeyAlreadyExists, error) {
	out := new(ServiceNodeRewardsBLSPubkeyAlreadyExists)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "BLSPubkeyAlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsBLSPubkeyDoesNotExist represents a BLSPubkeyDoesNotExist error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSPubkeyDoesNotExist struct {
	Pubkey BN256G1G1Point
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSPubkeyDoesNotExist((uint256,uint256) pubkey)
func ServiceNodeRewardsBLSPubkeyDoesNotExistErrorID() common.Hash {
	return common.HexToHash("0x1b8ac143d274f7b2cdea26aaa461261e06552ad8fda12f73ea13cd2524c80866")
}

// UnpackBLSPubkeyDoesNotExistError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSPubkeyDoesNotExist((uint256,uint256) pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBLSPubkeyDoesNotExistError(raw []byte) (*ServiceNodeRewardsBLSPubkeyDoesNotExist, error) {
	out := new(ServiceNodeRewardsBLSPubkeyDoesNotExist)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "BLSPubkeyDoesNotExist", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsBLSPubkeyDoesNotMatch represents a BLSPubkeyDoesNotMatch error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSPubkeyDoesNotMatch struct {
	ServiceNodeID uint64
	Pubkey        BN256G1G1Point
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSPubkeyDoesNotMatch(uint64 serviceNodeID, (uint256,uint256) pubkey)
func ServiceNodeRewardsBLSPubkeyDoesNotMatchErrorID() common.Hash {
	return common.HexToHash("0xc43283b53c3e290e75485911b6a3954f02e44cf599a8e9319e6e70e606476dd8")
}

// UnpackBLSPubkeyDoesNotMatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSPubkeyDoesNotMatch(uint64 serviceNodeID, (uint256,uint256) pubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackBLSPubkeyDoesNotMatchError(raw []byte) (*ServiceNodeRewardsBLSPubkeyDoesNotMatch, error) {
	out := new(ServiceNodeRewardsBLSPubkeyDoesNotMatch)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "BLSPubkeyDoesNotMatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsCallerNotContributor represents a CallerNotContributor error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsCallerNotContributor struct {
	ServiceNodeID uint64
	Caller        common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallerNotContributor(uint64 serviceNodeID, address caller)
func ServiceNodeRewardsCallerNotContributorErrorID() common.Hash {
	return common.HexToHash("0xb7e506eed39509368acab47570af3f9a0897bb6a8a634b4ae0a0e02c993b2dcd")
}

// UnpackCallerNotContributorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallerNotContributor(uint64 serviceNodeID, address caller)
func (serviceNodeRewards *ServiceNodeRewards) UnpackCallerNotContributorError(raw []byte) (*ServiceNodeRewardsCallerNotContributor, error) {
	out := new(ServiceNodeRewardsCallerNotContributor)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "CallerNotContributor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsClaimThresholdExceeded represents a ClaimThresholdExceeded error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimThresholdExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimThresholdExceeded()
func ServiceNodeRewardsClaimThresholdExceededErrorID() common.Hash {
	return common.HexToHash("0x8c10944b98d4e7a901826f4c1a45cfaed768a5d8d8e1ec1ce4ea2e51d3d348fd")
}

// UnpackClaimThresholdExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimThresholdExceeded()
func (serviceNodeRewards *ServiceNodeRewards) UnpackClaimThresholdExceededError(raw []byte) (*ServiceNodeRewardsClaimThresholdExceeded, error) {
	out := new(ServiceNodeRewardsClaimThresholdExceeded)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ClaimThresholdExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsContractAlreadyStarted represents a ContractAlreadyStarted error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsContractAlreadyStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContractAlreadyStarted()
func ServiceNodeRewardsContractAlreadyStartedErrorID() common.Hash {
	return common.HexToHash("0x51aeae18dad7734b291c12900aaa0550298c7526e7f7aa4e40734802850e3af6")
}

// UnpackContractAlreadyStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContractAlreadyStarted()
func (serviceNodeRewards *ServiceNodeRewards) UnpackContractAlreadyStartedError(raw []byte) (*ServiceNodeRewardsContractAlreadyStarted, error) {
	out := new(ServiceNodeRewardsContractAlreadyStarted)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ContractAlreadyStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsContractNotStarted represents a ContractNotStarted error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsContractNotStarted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContractNotStarted()
func ServiceNodeRewardsContractNotStartedErrorID() common.Hash {
	return common.HexToHash("0xd22d57acf262246135d3492065d2a761f036bfca3ba5464140c98c76950be9e9")
}

// UnpackContractNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContractNotStarted()
func (serviceNodeRewards *ServiceNodeRewards) UnpackContractNotStartedError(raw []byte) (*ServiceNodeRewardsContractNotStarted, error) {
	out := new(ServiceNodeRewardsContractNotStarted)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ContractNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsContributionTotalMismatch represents a ContributionTotalMismatch error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsContributionTotalMismatch struct {
	Required *big.Int
	Provided *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionTotalMismatch(uint256 required, uint256 provided)
func ServiceNodeRewardsContributionTotalMismatchErrorID() common.Hash {
	return common.HexToHash("0x67d22bd9709d5b009f28419b7057fc708f18a46bd70fe91612f37b20e6773558")
}

// UnpackContributionTotalMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionTotalMismatch(uint256 required, uint256 provided)
func (serviceNodeRewards *ServiceNodeRewards) UnpackContributionTotalMismatchError(raw []byte) (*ServiceNodeRewardsContributionTotalMismatch, error) {
	out := new(ServiceNodeRewardsContributionTotalMismatch)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ContributionTotalMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsDeleteSentinelNodeNotAllowed represents a DeleteSentinelNodeNotAllowed error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsDeleteSentinelNodeNotAllowed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeleteSentinelNodeNotAllowed()
func ServiceNodeRewardsDeleteSentinelNodeNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x3ab1f1963890d97e592a6959cb9df60fe4733be341ad1f5b8fe248dc3c77fc1f")
}

// UnpackDeleteSentinelNodeNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeleteSentinelNodeNotAllowed()
func (serviceNodeRewards *ServiceNodeRewards) UnpackDeleteSentinelNodeNotAllowedError(raw []byte) (*ServiceNodeRewardsDeleteSentinelNodeNotAllowed, error) {
	out := new(ServiceNodeRewardsDeleteSentinelNodeNotAllowed)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "DeleteSentinelNodeNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsEd25519PubkeyAlreadyExists represents a Ed25519PubkeyAlreadyExists error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsEd25519PubkeyAlreadyExists struct {
	ServiceNodeID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Ed25519PubkeyAlreadyExists(uint64 serviceNodeID)
func ServiceNodeRewardsEd25519PubkeyAlreadyExistsErrorID() common.Hash {
	return common.HexToHash("0x32d31c84a8cb47cef43b354d7bd061e7bfbd2d63558624540ac68180f235c51e")
}

// UnpackEd25519PubkeyAlreadyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Ed25519PubkeyAlreadyExists(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackEd25519PubkeyAlreadyExistsError(raw []byte) (*ServiceNodeRewardsEd25519PubkeyAlreadyExists, error) {
	out := new(ServiceNodeRewardsEd25519PubkeyAlreadyExists)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "Ed25519PubkeyAlreadyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsEnforcedPause represents a EnforcedPause error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ServiceNodeRewardsEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (serviceNodeRewards *ServiceNodeRewards) UnpackEnforcedPauseError(raw []byte) (*ServiceNodeRewardsEnforcedPause, error) {
	out := new(ServiceNodeRewardsEnforcedPause)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsExitTooEarly represents a ExitTooEarly error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsExitTooEarly struct {
	ServiceNodeID  uint64
	AddedTimestamp *big.Int
	Currenttime    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitTooEarly(uint64 serviceNodeID, uint256 addedTimestamp, uint256 currenttime)
func ServiceNodeRewardsExitTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x7596e9de3885585f2f52730dd42ecf5dc28eb05cb51dbdf15adef8e95715e959")
}

// UnpackExitTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitTooEarly(uint64 serviceNodeID, uint256 addedTimestamp, uint256 currenttime)
func (serviceNodeRewards *ServiceNodeRewards) UnpackExitTooEarlyError(raw []byte) (*ServiceNodeRewardsExitTooEarly, error) {
	out := new(ServiceNodeRewardsExitTooEarly)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ExitTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsExpectedPause represents a ExpectedPause error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ServiceNodeRewardsExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (serviceNodeRewards *ServiceNodeRewards) UnpackExpectedPauseError(raw []byte) (*ServiceNodeRewardsExpectedPause, error) {
	out := new(ServiceNodeRewardsExpectedPause)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsFailedInnerCall represents a FailedInnerCall error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsFailedInnerCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedInnerCall()
func ServiceNodeRewardsFailedInnerCallErrorID() common.Hash {
	return common.HexToHash("0x1425ea42df7c932537f94e8b917ea9c5931f140fb6e8098822ef05dc56222ca9")
}

// UnpackFailedInnerCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedInnerCall()
func (serviceNodeRewards *ServiceNodeRewards) UnpackFailedInnerCallError(raw []byte) (*ServiceNodeRewardsFailedInnerCall, error) {
	out := new(ServiceNodeRewardsFailedInnerCall)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "FailedInnerCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInsufficientBLSSignatures represents a InsufficientBLSSignatures error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInsufficientBLSSignatures struct {
	NumSigners      *big.Int
	RequiredSigners *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBLSSignatures(uint256 numSigners, uint256 requiredSigners)
func ServiceNodeRewardsInsufficientBLSSignaturesErrorID() common.Hash {
	return common.HexToHash("0x5eee4a35f9c6271e0afb74ed9fb3dd48940a1f67fe110f0d53f9775899b8d00d")
}

// UnpackInsufficientBLSSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBLSSignatures(uint256 numSigners, uint256 requiredSigners)
func (serviceNodeRewards *ServiceNodeRewards) UnpackInsufficientBLSSignaturesError(raw []byte) (*ServiceNodeRewardsInsufficientBLSSignatures, error) {
	out := new(ServiceNodeRewardsInsufficientBLSSignatures)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InsufficientBLSSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInsufficientContributors represents a InsufficientContributors error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInsufficientContributors struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientContributors()
func ServiceNodeRewardsInsufficientContributorsErrorID() common.Hash {
	return common.HexToHash("0x3420067a087ddea625d83827bcb2e350bf724f6d5af1fabc0df1d088ba4129f2")
}

// UnpackInsufficientContributorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientContributors()
func (serviceNodeRewards *ServiceNodeRewards) UnpackInsufficientContributorsError(raw []byte) (*ServiceNodeRewardsInsufficientContributors, error) {
	out := new(ServiceNodeRewardsInsufficientContributors)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InsufficientContributors", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInsufficientNodes represents a InsufficientNodes error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInsufficientNodes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientNodes()
func ServiceNodeRewardsInsufficientNodesErrorID() common.Hash {
	return common.HexToHash("0xc79a6baad2e26fb639d5c6a636dc02d04b58e02071164c2634db2984e8bc59ec")
}

// UnpackInsufficientNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientNodes()
func (serviceNodeRewards *ServiceNodeRewards) UnpackInsufficientNodesError(raw []byte) (*ServiceNodeRewardsInsufficientNodes, error) {
	out := new(ServiceNodeRewardsInsufficientNodes)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InsufficientNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInsufficientOperatorContribution represents a InsufficientOperatorContribution error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInsufficientOperatorContribution struct {
	OperatorStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientOperatorContribution(uint256 operatorStake)
func ServiceNodeRewardsInsufficientOperatorContributionErrorID() common.Hash {
	return common.HexToHash("0xc27389ba774a3fd625b2a99337cb31659a2b2c4b5bde3dca3ba7cfb0dc88d1e6")
}

// UnpackInsufficientOperatorContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientOperatorContribution(uint256 operatorStake)
func (serviceNodeRewards *ServiceNodeRewards) UnpackInsufficientOperatorContributionError(raw []byte) (*ServiceNodeRewardsInsufficientOperatorContribution, error) {
	out := new(ServiceNodeRewardsInsufficientOperatorContribution)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InsufficientOperatorContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInvalidBLSProofOfPossession represents a InvalidBLSProofOfPossession error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInvalidBLSProofOfPossession struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBLSProofOfPossession()
func ServiceNodeRewardsInvalidBLSProofOfPossessionErrorID() common.Hash {
	return common.HexToHash("0xcf006ab75723ceb0facea3b17dafbce424ae004078a74e0a3828f4e64226feb4")
}

// UnpackInvalidBLSProofOfPossessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBLSProofOfPossession()
func (serviceNodeRewards *ServiceNodeRewards) UnpackInvalidBLSProofOfPossessionError(raw []byte) (*ServiceNodeRewardsInvalidBLSProofOfPossession, error) {
	out := new(ServiceNodeRewardsInvalidBLSProofOfPossession)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InvalidBLSProofOfPossession", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInvalidBLSSignature represents a InvalidBLSSignature error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInvalidBLSSignature struct {
	AggPubkey BN256G1G1Point
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBLSSignature((uint256,uint256) aggPubkey)
func ServiceNodeRewardsInvalidBLSSignatureErrorID() common.Hash {
	return common.HexToHash("0x9f6134423f7dd05e2e6277b19141a9b05d48d83e3b4b02bbae260957f43a2109")
}

// UnpackInvalidBLSSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBLSSignature((uint256,uint256) aggPubkey)
func (serviceNodeRewards *ServiceNodeRewards) UnpackInvalidBLSSignatureError(raw []byte) (*ServiceNodeRewardsInvalidBLSSignature, error) {
	out := new(ServiceNodeRewardsInvalidBLSSignature)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InvalidBLSSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsInvalidInitialization represents a InvalidInitialization error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ServiceNodeRewardsInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (serviceNodeRewards *ServiceNodeRewards) UnpackInvalidInitializationError(raw []byte) (*ServiceNodeRewardsInvalidInitialization, error) {
	out := new(ServiceNodeRewardsInvalidInitialization)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsLeaveRequestNotInitiatedYet represents a LeaveRequestNotInitiatedYet error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLeaveRequestNotInitiatedYet struct {
	ServiceNodeID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaveRequestNotInitiatedYet(uint64 serviceNodeID)
func ServiceNodeRewardsLeaveRequestNotInitiatedYetErrorID() common.Hash {
	return common.HexToHash("0x67a4139882c7e04d2e64bc6e9a82998844f7ca5b1cea35a222a5cee2e4cdc835")
}

// UnpackLeaveRequestNotInitiatedYetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaveRequestNotInitiatedYet(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLeaveRequestNotInitiatedYetError(raw []byte) (*ServiceNodeRewardsLeaveRequestNotInitiatedYet, error) {
	out := new(ServiceNodeRewardsLeaveRequestNotInitiatedYet)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "LeaveRequestNotInitiatedYet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsLeaveRequestTooEarly represents a LeaveRequestTooEarly error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLeaveRequestTooEarly struct {
	ServiceNodeID uint64
	EndTimestamp  *big.Int
	CurrTimestamp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaveRequestTooEarly(uint64 serviceNodeID, uint256 endTimestamp, uint256 currTimestamp)
func ServiceNodeRewardsLeaveRequestTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xf4a948a6c31c38ec9c6ddc4e24d633c893afac91b90a2e19fd62d7b9afdc7e7b")
}

// UnpackLeaveRequestTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaveRequestTooEarly(uint64 serviceNodeID, uint256 endTimestamp, uint256 currTimestamp)
func (serviceNodeRewards *ServiceNodeRewards) UnpackLeaveRequestTooEarlyError(raw []byte) (*ServiceNodeRewardsLeaveRequestTooEarly, error) {
	out := new(ServiceNodeRewardsLeaveRequestTooEarly)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "LeaveRequestTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsLiquidatorPenaltyTooHigh represents a LiquidatorPenaltyTooHigh error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLiquidatorPenaltyTooHigh struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LiquidatorPenaltyTooHigh()
func ServiceNodeRewardsLiquidatorPenaltyTooHighErrorID() common.Hash {
	return common.HexToHash("0xb06449d0676271a2d27ed45c538f0a8c77adc0824ffeaee8799fe3ff7767214d")
}

// UnpackLiquidatorPenaltyTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LiquidatorPenaltyTooHigh()
func (serviceNodeRewards *ServiceNodeRewards) UnpackLiquidatorPenaltyTooHighError(raw []byte) (*ServiceNodeRewardsLiquidatorPenaltyTooHigh, error) {
	out := new(ServiceNodeRewardsLiquidatorPenaltyTooHigh)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "LiquidatorPenaltyTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsMaxClaimExceeded represents a MaxClaimExceeded error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsMaxClaimExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxClaimExceeded()
func ServiceNodeRewardsMaxClaimExceededErrorID() common.Hash {
	return common.HexToHash("0xd8f31acc909eb79e1f6e93d5ee7e3c4754d9a8826123e02246a4a0b624c7feb8")
}

// UnpackMaxClaimExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxClaimExceeded()
func (serviceNodeRewards *ServiceNodeRewards) UnpackMaxClaimExceededError(raw []byte) (*ServiceNodeRewardsMaxClaimExceeded, error) {
	out := new(ServiceNodeRewardsMaxClaimExceeded)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "MaxClaimExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsMaxContributorsExceeded represents a MaxContributorsExceeded error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsMaxContributorsExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxContributorsExceeded()
func ServiceNodeRewardsMaxContributorsExceededErrorID() common.Hash {
	return common.HexToHash("0x89b0b60cfec1bba9819cc1fc3bae3e2fad265bf95ee3598dda05b8dc8995eaa3")
}

// UnpackMaxContributorsExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxContributorsExceeded()
func (serviceNodeRewards *ServiceNodeRewards) UnpackMaxContributorsExceededError(raw []byte) (*ServiceNodeRewardsMaxContributorsExceeded, error) {
	out := new(ServiceNodeRewardsMaxContributorsExceeded)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "MaxContributorsExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsMaxPubkeyAggregationsExceeded represents a MaxPubkeyAggregationsExceeded error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsMaxPubkeyAggregationsExceeded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MaxPubkeyAggregationsExceeded()
func ServiceNodeRewardsMaxPubkeyAggregationsExceededErrorID() common.Hash {
	return common.HexToHash("0xd13edcea480a95214532a1320c75e7458bacf5bbbfe420abe08bb8cfe8b4df40")
}

// UnpackMaxPubkeyAggregationsExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MaxPubkeyAggregationsExceeded()
func (serviceNodeRewards *ServiceNodeRewards) UnpackMaxPubkeyAggregationsExceededError(raw []byte) (*ServiceNodeRewardsMaxPubkeyAggregationsExceeded, error) {
	out := new(ServiceNodeRewardsMaxPubkeyAggregationsExceeded)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "MaxPubkeyAggregationsExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsNotInitializing represents a NotInitializing error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ServiceNodeRewardsNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (serviceNodeRewards *ServiceNodeRewards) UnpackNotInitializingError(raw []byte) (*ServiceNodeRewardsNotInitializing, error) {
	out := new(ServiceNodeRewardsNotInitializing)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsNullAddress represents a NullAddress error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNullAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NullAddress()
func ServiceNodeRewardsNullAddressErrorID() common.Hash {
	return common.HexToHash("0xe99d5ac5316aff51656d01f8acc0553c7098b8c26059d68525bf995e4e5579f9")
}

// UnpackNullAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NullAddress()
func (serviceNodeRewards *ServiceNodeRewards) UnpackNullAddressError(raw []byte) (*ServiceNodeRewardsNullAddress, error) {
	out := new(ServiceNodeRewardsNullAddress)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "NullAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsNullBLSPubkey represents a NullBLSPubkey error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNullBLSPubkey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NullBLSPubkey()
func ServiceNodeRewardsNullBLSPubkeyErrorID() common.Hash {
	return common.HexToHash("0x9cdb913849b53e54895965c544659f6727a8520144542486ca0f7f02d6cedf1b")
}

// UnpackNullBLSPubkeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NullBLSPubkey()
func (serviceNodeRewards *ServiceNodeRewards) UnpackNullBLSPubkeyError(raw []byte) (*ServiceNodeRewardsNullBLSPubkey, error) {
	out := new(ServiceNodeRewardsNullBLSPubkey)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "NullBLSPubkey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsNullEd25519Pubkey represents a NullEd25519Pubkey error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNullEd25519Pubkey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NullEd25519Pubkey()
func ServiceNodeRewardsNullEd25519PubkeyErrorID() common.Hash {
	return common.HexToHash("0x4eb8f11f935f84ff3b202a2865c2da1697802e191c49bb32d54de30cf44bbcd8")
}

// UnpackNullEd25519PubkeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NullEd25519Pubkey()
func (serviceNodeRewards *ServiceNodeRewards) UnpackNullEd25519PubkeyError(raw []byte) (*ServiceNodeRewardsNullEd25519Pubkey, error) {
	out := new(ServiceNodeRewardsNullEd25519Pubkey)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "NullEd25519Pubkey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ServiceNodeRewardsOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (serviceNodeRewards *ServiceNodeRewards) UnpackOwnableInvalidOwnerError(raw []byte) (*ServiceNodeRewardsOwnableInvalidOwner, error) {
	out := new(ServiceNodeRewardsOwnableInvalidOwner)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ServiceNodeRewardsOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (serviceNodeRewards *ServiceNodeRewards) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ServiceNodeRewardsOwnableUnauthorizedAccount, error) {
	out := new(ServiceNodeRewardsOwnableUnauthorizedAccount)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsPositiveNumberRequirement represents a PositiveNumberRequirement error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsPositiveNumberRequirement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PositiveNumberRequirement()
func ServiceNodeRewardsPositiveNumberRequirementErrorID() common.Hash {
	return common.HexToHash("0xef6cf450674a943341986641c8257d08d721b51d505b6223b325d715a11d4d10")
}

// UnpackPositiveNumberRequirementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PositiveNumberRequirement()
func (serviceNodeRewards *ServiceNodeRewards) UnpackPositiveNumberRequirementError(raw []byte) (*ServiceNodeRewardsPositiveNumberRequirement, error) {
	out := new(ServiceNodeRewardsPositiveNumberRequirement)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "PositiveNumberRequirement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsRecipientAddressDoesNotMatch represents a RecipientAddressDoesNotMatch error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRecipientAddressDoesNotMatch struct {
	ExpectedRecipient common.Address
	ProvidedRecipient common.Address
	ServiceNodeID     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientAddressDoesNotMatch(address expectedRecipient, address providedRecipient, uint256 serviceNodeID)
func ServiceNodeRewardsRecipientAddressDoesNotMatchErrorID() common.Hash {
	return common.HexToHash("0x91eddb0371e7e9dcdc98e70388b1741546c58b920f63317e1b38757f1cbedcdd")
}

// UnpackRecipientAddressDoesNotMatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientAddressDoesNotMatch(address expectedRecipient, address providedRecipient, uint256 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackRecipientAddressDoesNotMatchError(raw []byte) (*ServiceNodeRewardsRecipientAddressDoesNotMatch, error) {
	out := new(ServiceNodeRewardsRecipientAddressDoesNotMatch)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "RecipientAddressDoesNotMatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsRecipientRewardsTooLow represents a RecipientRewardsTooLow error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRecipientRewardsTooLow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientRewardsTooLow()
func ServiceNodeRewardsRecipientRewardsTooLowErrorID() common.Hash {
	return common.HexToHash("0x33938e6318b02f8b31ff525d2bb07545de3c3eef877659031d9502db5b065e89")
}

// UnpackRecipientRewardsTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientRewardsTooLow()
func (serviceNodeRewards *ServiceNodeRewards) UnpackRecipientRewardsTooLowError(raw []byte) (*ServiceNodeRewardsRecipientRewardsTooLow, error) {
	out := new(ServiceNodeRewardsRecipientRewardsTooLow)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "RecipientRewardsTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ServiceNodeRewardsSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSafeERC20FailedOperationError(raw []byte) (*ServiceNodeRewardsSafeERC20FailedOperation, error) {
	out := new(ServiceNodeRewardsSafeERC20FailedOperation)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsServiceNodeDoesntExist represents a ServiceNodeDoesntExist error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeDoesntExist struct {
	ServiceNodeID uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ServiceNodeDoesntExist(uint64 serviceNodeID)
func ServiceNodeRewardsServiceNodeDoesntExistErrorID() common.Hash {
	return common.HexToHash("0x55ae6e6e42e6d2d81b0b44aeb9acc54e0686da09af890030ad2674fe0ccce39c")
}

// UnpackServiceNodeDoesntExistError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ServiceNodeDoesntExist(uint64 serviceNodeID)
func (serviceNodeRewards *ServiceNodeRewards) UnpackServiceNodeDoesntExistError(raw []byte) (*ServiceNodeRewardsServiceNodeDoesntExist, error) {
	out := new(ServiceNodeRewardsServiceNodeDoesntExist)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "ServiceNodeDoesntExist", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsSignatureExpired represents a SignatureExpired error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSignatureExpired struct {
	ServiceNodeID uint64
	Timestamp     *big.Int
	Currenttime   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 serviceNodeID, uint256 timestamp, uint256 currenttime)
func ServiceNodeRewardsSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0x37030b8bce9528f86acf4d40b6522f21e985305a4dc8f6dc418840d31f791ebf")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 serviceNodeID, uint256 timestamp, uint256 currenttime)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSignatureExpiredError(raw []byte) (*ServiceNodeRewardsSignatureExpired, error) {
	out := new(ServiceNodeRewardsSignatureExpired)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ServiceNodeRewardsSmallContributorLeaveTooEarly represents a SmallContributorLeaveTooEarly error raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSmallContributorLeaveTooEarly struct {
	ServiceNodeID uint64
	Contributor   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SmallContributorLeaveTooEarly(uint64 serviceNodeID, address contributor)
func ServiceNodeRewardsSmallContributorLeaveTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x3826feb528263e6cc9b64e4f2150ab9e65a14c0ae62ed826b97ef827cb1deae7")
}

// UnpackSmallContributorLeaveTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SmallContributorLeaveTooEarly(uint64 serviceNodeID, address contributor)
func (serviceNodeRewards *ServiceNodeRewards) UnpackSmallContributorLeaveTooEarlyError(raw []byte) (*ServiceNodeRewardsSmallContributorLeaveTooEarly, error) {
	out := new(ServiceNodeRewardsSmallContributorLeaveTooEarly)
	if err := serviceNodeRewards.abi.UnpackIntoInterface(out, "SmallContributorLeaveTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}
