// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package harness

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

// HashToG2HarnessMetaData contains all meta data concerning the HashToG2Harness contract.
var HashToG2HarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"counter\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"expandMessage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"hashToG2\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"hashToG2Gas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"used\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"p\",\"type\":\"uint256[4]\"}],\"name\":\"isOnTwist\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"mapToTwist\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[2]\",\"name\":\"pk\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[4]\",\"name\":\"sig\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[4]\",\"name\":\"hm\",\"type\":\"uint256[4]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "HashToG2Harness",
	Bin: "0x6080604052348015600e575f5ffd5b506117f08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c8063076d1abc146100645780632497a2241461008a57806325f0e6f3146100ad5780639e3e1b44146100e0578063c25e295714610100578063cbb9c55a14610113575b5f5ffd5b610077610072366004611501565b610126565b6040519081526020015b60405180910390f35b61009d610098366004611595565b610147565b6040519015158152602001610081565b6100c06100bb36600461161c565b6101f4565b604080519485526020850193909352918301526060820152608001610081565b6100f36100ee366004611501565b610214565b6040516100819190611677565b6100f361010e366004611501565b610234565b61009d6101213660046116a7565b610249565b5f5a905061013483836102cd565b505a61014090826116c1565b9392505050565b5f6101ec6040518060400160405280865f60028110610168576101686116e0565b6020020151815260200186600160028110610185576101856116e0565b60209081029190910151909152604080516080808201835288518252888401518285015288830151828401526060808a0151818401528351918201845288518252888501519482019490945287830151928101929092528683015192820192909252610306565b949350505050565b5f5f5f5f6102038787876103b8565b935093509350935093509350935093565b61021c6113f6565b61014061022984846102cd565b6104fa565b92915050565b61023c6113f6565b6101406102298484610539565b5f61022e6040518060800160405280845f6004811061026a5761026a6116e0565b6020020151815260200184600160048110610287576102876116e0565b60200201518152602001846002600481106102a4576102a46116e0565b60200201518152602001846003600481106102c1576102c16116e0565b602002015190526106ad565b6102f460405180608001604052805f81526020015f81526020015f81526020015f81525090565b6101406103018484610539565b61076c565b5f5f61031185610825565b6040805161018081018252600181526002602080830191909152878101518284015287516060808401919091528089015160808401528884015160a0840152845160c08401528185015160e084015290870151610100830152865161012083015286015161014082015290850151610160820152909150610390611414565b5f6020826101808560085afa90508080156103ac575081516001145b98975050505050505050565b6040515f9081908190819081906103ed90829081908190819081908e908e90600160f71b908f90600160fd1b906020016116f4565b60408051601f1981840301815290829052805160209182012092505f91610424918491600160f81b918b91600160fd1b9101611774565b60408051601f19818403018152908290528051602091820120975087925061045e9184841891600160f91b918b91600160fd1b9101611774565b60408051601f1981840301815290829052805160209182012096508692506104989184841891600360f81b918b91600160fd1b9101611774565b60408051601f1981840301815290829052805160209182012095508592506104d29184841891600160fa1b918b91600160fd1b9101611774565b604051602081830303815290604052805190602001209050805f1c9250505093509350935093565b6105026113f6565b6040518060800160405280835f01518152602001836020015181526020018360400151815260200183606001518152509050919050565b61056060405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f5b610100811015610060575f5f5f61057a8785886108a6565b9250925092505f5f61058c8585610963565b9150915061059c828287876109bd565b90925090505f5160206117d05f395f51905f527f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e583085f5160206117d05f395f51905f527e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2830890925090505f80806106148585610a29565b925092509250801580610625575082155b8061062e575081155b156106405750505050505050506106a5565b851561067a5761065d835f5160206117d05f395f51905f526116c1565b610674835f5160206117d05f395f51905f526116c1565b90935091505b50604080516080810182529788526020880196909652948601525050506060820152915061022e9050565b600101610562565b5f5f5f6106c284604001518560600151610963565b915091505f5f6106d9865f01518760200151610963565b915091506106f08282885f015189602001516109bd565b90925090505f5160206117d05f395f51905f527f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e583088414801561076257505f5160206117d05f395f51905f527e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2820883145b9695505050505050565b61079360405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f6107a56107a084610ba3565b610bfb565b90505f6107c56107a06107bf6107ba85610cc2565b610cf9565b84610f48565b90505f6107d183610cc2565b90506107e5816107e08461116e565b610f48565b90506107fc816107e06107f78661116e565b61116e565b9050610811816107e06107f76107f78961116e565b905061081c81610bfb565b95945050505050565b604080518082019091525f8082526020820152815115801561084957506020820151155b1561085357919050565b5f5f5160206117d05f395f51905f52836020015161087191906117b0565b835183529050801561089957610894815f5160206117d05f395f51905f526116c1565b61089b565b5f5b602083015250919050565b5f5f5f5f5f5f5f6108b88a8a8a6103b8565b93509350935093505f5160206117d05f395f51905f52806108db576108db61179c565b608084901c5f5160206117d05f395f51905f52600160801b87090896505f5160206117d05f395f51905f52825f5160206117d05f395f51905f527f0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d6fffffffffffffffffffffffffffffffff8716090895508060011660011494505050505093509350939050565b5f805f5160206117d05f395f51905f528061097d85611265565b86085f5160206117d05f395f51905f52858708095f5160206117d05f395f51905f52845f5160206117d05f395f51905f5287880809915091509250929050565b5f805f5160206117d05f395f51905f526109e65f5160206117d05f395f51905f52858809611265565b5f5160206117d05f395f51905f52868909085f5160206117d05f395f51905f52808688095f5160206117d05f395f51905f52868a09089150915094509492505050565b5f5f5f835f03610a4057505f915081905080610b9c565b5f80610a6e5f5160206117d05f395f51905f52808889095f5160206117d05f395f51905f528a8b090861128f565b9150915080610a87575f5f5f9450945094505050610b9c565b610ad05f5160206117d05f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206117d05f395f51905f52858b080961128f565b909550905080610b5357610b395f5160206117d05f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206117d05f395f51905f52610b31865f5160206117d05f395f51905f526116c1565b8b080961128f565b909550905080610b53575f5f5f9450945094505050610b9c565b845f03610b6a575f5f5f9450945094505050610b9c565b5f5160206117d05f395f51905f52610b915f5160206117d05f395f51905f528788086112d7565b870993506001925050505b9250925092565b610bab611432565b610bb482610cc2565b9050603e5b8015610bf5575f1901610bcb82610cf9565b9150806744e992b44a6909f1901c600116600103610bf057610bed8284610f48565b91505b610bb9565b50919050565b610c2260405180608001604052805f81526020015f81526020015f81526020015f81525090565b6080820151158015610c36575060a0820151155b15610c4057919050565b5f80610c5a846004602002015185600560200201516112f9565b915091505f5f610c6a8484610963565b87519193509150610c85908760015b602002015184846109bd565b60208701528552610c98828286866109bd565b60408801519193509150610cae90876003610c79565b606087015260408601525092949350505050565b610cca611432565b815181526020808301519082015260408083015190820152606091820151918101919091526001608082015290565b610d01611432565b6080820151158015610d15575060a0820151155b15610d1f57919050565b81515f908190610d37908560015b6020020151610963565b90925090505f80610d518660026020020151876003610d2d565b915091505f5f610d618484610963565b915091505f5f610da75f5160206117d05f395f51905f5280610d8557610d8561179c565b8b518890085f5160206117d05f395f51905f52878d6001602002015108610963565b91509150610de482825f5160206117d05f395f51905f5280610dcb57610dcb61179c565b878c085f5160206117d05f395f51905f52878c08611360565b90925090505f5160206117d05f395f51905f528283085f5160206117d05f395f51905f5282830890925090505f5160206117d05f395f51905f52600389095f5160206117d05f395f51905f52600389099098509650610e438888610963565b9096509450610e7486865f5160206117d05f395f51905f528586085f5160206117d05f395f51905f52858608611360565b60208b0152808a52610e9290839083908c60015b6020020151611360565b9096509450610ea3888888886109bd565b9096509450610ed686865f5160206117d05f395f51905f52600888095f5160206117d05f395f51905f5260088809611360565b6060808c01919091526040808c0192909252908b0151908b015160808c0151610f099291908d60055b60200201516109bd565b90965094505f5160206117d05f395f51905f528687085f5160206117d05f395f51905f5286870860a08b015260808a0152509698975050505050505050565b610f50611432565b6080830151158015610f64575060a0830151155b15610f7957610f7282610cc2565b905061022e565b5f80610f8e8560046020020151866005610d2d565b915091505f5f610fa7865f0151876020015186866109bd565b9092509050610fc18282895f5b60200201518a6001610e88565b9092509050610fdb848489600460200201518a6005610eff565b80945081955050505f5f610ff98860400151896060015188886109bd565b909250905061101382828b600260200201518c6003610e88565b909250905083158015611024575082155b1561105b5781158015611035575080155b156110505761104389610cf9565b965050505050505061022e565b50505050505061022e565b6080890151611074908a60055b602002015186866109bd565b60a089015260808801526110888484610963565b9096509450611099848488886109bd565b8a5160208c01519296509094506110b19188886109bd565b90965094506110c08282610963565b602089018190528189526110d691908686611360565b6020890181905281895261110c91905f5160206117d05f395f51905f528980085f5160206117d05f395f51905f52898a08611360565b6020890152875261111f8686895f610fb4565b9096509450611130828288886109bd565b60408b01519197509550611146908a6003611068565b909450925061115786868686611360565b606089015260408801525094979650505050505050565b61119560405180608001604052805f81526020015f81526020015f81526020015f81525090565b6111f0825f01516111a98460200151611265565b7f2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d7f16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba26109bd565b6020830152815260408201516060830151611256919061120f90611265565b7f063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a7f07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e36109bd565b60608301526040820152919050565b5f811561128857611283825f5160206117d05f395f51905f526116c1565b61022e565b5f92915050565b5f5f6112bb837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526113a1565b9150825f5160206117d05f395f51905f52838409149050915091565b5f61022e826112f460025f5160206117d05f395f51905f526116c1565b6113a1565b5f80806113285f5160206117d05f395f51905f52808687095f5160206117d05f395f51905f52888909086112d7565b90505f5160206117d05f395f51905f528186096113545f5160206117d05f395f51905f52838709611265565b92509250509250929050565b5f805f5160206117d05f395f51905f5261137985611265565b87085f5160206117d05f395f51905f5261139285611265565b87089150915094509492505050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206117d05f395f51905f5260a082015260208160c08360055afa905192509050806113ef575f5ffd5b5092915050565b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b6040518060c001604052806006906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff8111828210171561148d5761148d611450565b604052919050565b5f82601f8301126114a4575f5ffd5b813567ffffffffffffffff8111156114be576114be611450565b6114d1601f8201601f1916602001611464565b8181528460208386010111156114e5575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f60408385031215611512575f5ffd5b823567ffffffffffffffff811115611528575f5ffd5b61153485828601611495565b95602094909401359450505050565b5f82601f830112611552575f5ffd5b5f61155d6080611464565b9050806080840185811115611570575f5ffd5b845b8181101561158a578035835260209283019201611572565b509195945050505050565b5f5f5f61014084860312156115a8575f5ffd5b5f85601f8601126115b7575f5ffd5b505f806115c46040611464565b905080915060408601878111156115d9575f5ffd5b865b818110156115f35780358452602093840193016115db565b508195506116018882611543565b94505050506116138560c08601611543565b90509250925092565b5f5f5f6060848603121561162e575f5ffd5b833567ffffffffffffffff811115611644575f5ffd5b61165086828701611495565b935050602084013560ff81168114611666575f5ffd5b929592945050506040919091013590565b6080810181835f5b600481101561169e57815183526020928301929091019060010161167f565b50505092915050565b5f608082840312156116b7575f5ffd5b6101408383611543565b8181038181111561022e57634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b8a815289602082015288604082015287606082015267ffffffffffffffff60c01b871660808201525f86518060208901608885015e6001600160f81b031960f89790971b871692016088810192909252506001600160e81b0319939093166089840152608c83019190915290911660ac82015260ad019695505050505050565b9384526001600160f81b03199283166020850152602184019190915216604182015260420190565b634e487b7160e01b5f52601260045260245ffd5b5f826117ca57634e487b7160e01b5f52601260045260245ffd5b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// HashToG2Harness is an auto generated Go binding around an Ethereum contract.
type HashToG2Harness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HashToG2Harness) GetABI() abi.ABI {
	return c.abi
}

// NewHashToG2Harness creates a new instance of HashToG2Harness.
func NewHashToG2Harness() *HashToG2Harness {
	parsed, err := HashToG2HarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HashToG2Harness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HashToG2Harness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackExpandMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25f0e6f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expandMessage(bytes message, uint8 counter, bytes32 dst) pure returns(uint256, uint256, uint256, uint256)
func (hashToG2Harness *HashToG2Harness) PackExpandMessage(message []byte, counter uint8, dst [32]byte) []byte {
	enc, err := hashToG2Harness.abi.Pack("expandMessage", message, counter, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpandMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25f0e6f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expandMessage(bytes message, uint8 counter, bytes32 dst) pure returns(uint256, uint256, uint256, uint256)
func (hashToG2Harness *HashToG2Harness) TryPackExpandMessage(message []byte, counter uint8, dst [32]byte) ([]byte, error) {
	return hashToG2Harness.abi.Pack("expandMessage", message, counter, dst)
}

// ExpandMessageOutput serves as a container for the return parameters of contract
// method ExpandMessage.
type ExpandMessageOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
}

// UnpackExpandMessage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25f0e6f3.
//
// Solidity: function expandMessage(bytes message, uint8 counter, bytes32 dst) pure returns(uint256, uint256, uint256, uint256)
func (hashToG2Harness *HashToG2Harness) UnpackExpandMessage(data []byte) (ExpandMessageOutput, error) {
	out, err := hashToG2Harness.abi.Unpack("expandMessage", data)
	outstruct := new(ExpandMessageOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackHashToG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e3e1b44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) PackHashToG2(message []byte, dst [32]byte) []byte {
	enc, err := hashToG2Harness.abi.Pack("hashToG2", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e3e1b44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) TryPackHashToG2(message []byte, dst [32]byte) ([]byte, error) {
	return hashToG2Harness.abi.Pack("hashToG2", message, dst)
}

// UnpackHashToG2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e3e1b44.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) UnpackHashToG2(data []byte) ([4]*big.Int, error) {
	out, err := hashToG2Harness.abi.Unpack("hashToG2", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackHashToG2Gas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x076d1abc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG2Gas(bytes message, bytes32 dst) view returns(uint256 used)
func (hashToG2Harness *HashToG2Harness) PackHashToG2Gas(message []byte, dst [32]byte) []byte {
	enc, err := hashToG2Harness.abi.Pack("hashToG2Gas", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG2Gas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x076d1abc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG2Gas(bytes message, bytes32 dst) view returns(uint256 used)
func (hashToG2Harness *HashToG2Harness) TryPackHashToG2Gas(message []byte, dst [32]byte) ([]byte, error) {
	return hashToG2Harness.abi.Pack("hashToG2Gas", message, dst)
}

// UnpackHashToG2Gas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x076d1abc.
//
// Solidity: function hashToG2Gas(bytes message, bytes32 dst) view returns(uint256 used)
func (hashToG2Harness *HashToG2Harness) UnpackHashToG2Gas(data []byte) (*big.Int, error) {
	out, err := hashToG2Harness.abi.Unpack("hashToG2Gas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsOnTwist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb9c55a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOnTwist(uint256[4] p) pure returns(bool)
func (hashToG2Harness *HashToG2Harness) PackIsOnTwist(p [4]*big.Int) []byte {
	enc, err := hashToG2Harness.abi.Pack("isOnTwist", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOnTwist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbb9c55a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOnTwist(uint256[4] p) pure returns(bool)
func (hashToG2Harness *HashToG2Harness) TryPackIsOnTwist(p [4]*big.Int) ([]byte, error) {
	return hashToG2Harness.abi.Pack("isOnTwist", p)
}

// UnpackIsOnTwist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbb9c55a.
//
// Solidity: function isOnTwist(uint256[4] p) pure returns(bool)
func (hashToG2Harness *HashToG2Harness) UnpackIsOnTwist(data []byte) (bool, error) {
	out, err := hashToG2Harness.abi.Unpack("isOnTwist", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMapToTwist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25e2957.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mapToTwist(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) PackMapToTwist(message []byte, dst [32]byte) []byte {
	enc, err := hashToG2Harness.abi.Pack("mapToTwist", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMapToTwist is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc25e2957.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mapToTwist(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) TryPackMapToTwist(message []byte, dst [32]byte) ([]byte, error) {
	return hashToG2Harness.abi.Pack("mapToTwist", message, dst)
}

// UnpackMapToTwist is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc25e2957.
//
// Solidity: function mapToTwist(bytes message, bytes32 dst) view returns(uint256[4])
func (hashToG2Harness *HashToG2Harness) UnpackMapToTwist(data []byte) ([4]*big.Int, error) {
	out, err := hashToG2Harness.abi.Unpack("mapToTwist", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2497a224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(uint256[2] pk, uint256[4] sig, uint256[4] hm) view returns(bool)
func (hashToG2Harness *HashToG2Harness) PackVerify(pk [2]*big.Int, sig [4]*big.Int, hm [4]*big.Int) []byte {
	enc, err := hashToG2Harness.abi.Pack("verify", pk, sig, hm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2497a224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(uint256[2] pk, uint256[4] sig, uint256[4] hm) view returns(bool)
func (hashToG2Harness *HashToG2Harness) TryPackVerify(pk [2]*big.Int, sig [4]*big.Int, hm [4]*big.Int) ([]byte, error) {
	return hashToG2Harness.abi.Pack("verify", pk, sig, hm)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2497a224.
//
// Solidity: function verify(uint256[2] pk, uint256[4] sig, uint256[4] hm) view returns(bool)
func (hashToG2Harness *HashToG2Harness) UnpackVerify(data []byte) (bool, error) {
	out, err := hashToG2Harness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
