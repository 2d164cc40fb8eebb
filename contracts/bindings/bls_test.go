package bindings_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sessiond/sessiond/contracts/bindings/internal/harness"
	"github.com/sessiond/sessiond/internal/bls"
)

var harnessABI = harness.NewHashToG2Harness()

// newHarness deploys HashToG2Harness on a fresh simulated chain.
func newHarness(t *testing.T) *bind.BoundContract {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: ether}}, pragueRules)
	t.Cleanup(func() { sim.Close() })
	auth := bind.NewKeyedTransactor(key, big.NewInt(simChainID))
	addr, tx, err := bind.DeployContract(auth, common.FromHex(harness.HashToG2HarnessMetaData.Bin), sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if _, err := bind.WaitDeployed(context.Background(), sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return harnessABI.Instance(sim.Client(), addr)
}

func harnessCall[T any](t *testing.T, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		t.Fatalf("harness call: %v", err)
	}
	return v
}

func words(hexes ...string) [4]*big.Int {
	var w [4]*big.Int
	for i, h := range hexes {
		w[i] = mustBig(h)
	}
	return w
}

func sameWords(a, b [4]*big.Int) bool {
	for i := range a {
		if a[i].Cmp(b[i]) != 0 {
			return false
		}
	}
	return true
}

// Vectors of spec/contracts.md section 2, computed by running the deployed contract's library.
var (
	stagenetPoPTag = mustHex("0xbedc89b1894117f401749ccd1ce770e673911090b1a4d72a5558528fb9df4692")
	stagenetDST    = [32]byte(mustHex("0x680f867f4d128a0b010bf7fc3c537d741197449c4ec336ced499281fb7c54c53"))
	mainnetPoPTag  = mustHex("0xf8666b8b1d99d2bf09637bdfa3bf96849a13719bbf24dcc30dbf27dcf4f12cb5")
	mainnetDST     = [32]byte(mustHex("0xd857cbedbbe8a1ef31e7da11d2bf76bedd605f2bb420e5362a7dde61a4fdb24e"))
	vectorPK       = [2]*big.Int{
		mustBig("0x2e7c17720791b5f60beabd82181553fc8f2c33e3a14b648b7e4509c28d194cd9"),
		mustBig("0x22952a6552f5edb46c02d9d8a0c10f6b2394c91f45339a21f3d6feccf151afdf"),
	}
	vectorPoPSig = words(
		"0x1c3dbc4606cac51e72dd46a8a09c36d5947180941209054e9105245862a794a8",
		"0x0c01b11ab51c82d944b27e5208cd2ef769c4ccb991c9cd66ca2331ab005c2f57",
		"0x23808bdaaf7e7a683abceaac5d4014adfe1e0e82dd883b48b00f1b79bc2e3863",
		"0x1d3995c6ab7909d81776425fb52899fa3c29d2a8b2c07d8321326519f6fe553a")
)

// popMessage is tag ‖ pk.X ‖ pk.Y ‖ operator ‖ ed25519 of the STC-README registration example.
func popMessage(tag []byte) []byte {
	m := append([]byte{}, tag...)
	m = append(m, common.LeftPadBytes(vectorPK[0].Bytes(), 32)...)
	m = append(m, common.LeftPadBytes(vectorPK[1].Bytes(), 32)...)
	m = append(m, common.HexToAddress("0xB538Ab4da8a26EEa48Ce9Db7971b5E4C60A0AcEd").Bytes()...)
	return append(m, mustHex("0x9e98e44c44683e87222a25adfa3490b076ab5b2ca92a74ed69890aa03f5b084e")...)
}

// TestHashToG2SpecVectors checks the Solidity hash-to-G2 and pairing check against the vectors
// that spec/contracts.md took from the deployed contract's code.
func TestHashToG2SpecVectors(t *testing.T) {
	h := newHarness(t)
	cases := []struct {
		name      string
		msg       []byte
		dst       [32]byte
		mapped, g [4]*big.Int
	}{{
		name: "stagenet PoP",
		msg:  popMessage(stagenetPoPTag),
		dst:  stagenetDST,
		mapped: words(
			"0x10b3051562a8eb0caf78539fdfce377198ff7652b29e7f89f9c32fdc493bdc41",
			"0x2ebd8fab0022227b06c248ff43f35b6c699063b9abc50d30e9d67c8483c4aa23",
			"0x002babece34523e19e75e4f591be891fa1449fd98c26e474c335017b8e10ab18",
			"0x16701df490e053751d6a3f61ba738597efcd6510f976c45849291a4f68beda13"),
		g: words(
			"0x204be844a99ae4a993dcacd824472cbc5808f1ac33244ddb176a291311b010cb",
			"0x2d0413e2e1eccdf116e2e568f689dcbc439b427bd4797904476c8f76ea2a7ad0",
			"0x16c5def5d6cdc28b83acdae86c84dbfc20e0afcce3a277d3f038dc0462ac25c2",
			"0x30181fb84e636bbb2d2bce080930b2f136e37eac585589ea93e78bb72ffc21d1"),
	}, {
		name: "mainnet tags",
		msg:  popMessage(mainnetPoPTag),
		dst:  mainnetDST,
		mapped: words(
			"0x1ba6e3d3273963a6d5632519c0d2788d8e1f2a1525add26922bf0d1b8cb37f4d",
			"0x03745c33e5f3513a67e9595dee2d7160b4868d83d4a3be67716727d60385eb02",
			"0x1159a8e6a41f610f8abdbe1f4788b366360d70fddcd60347683eff426b6c1875",
			"0x1b2494832fefdffac675be4090bfaaec2b0d6b21204efe7726529a0c15e52c98"),
		g: words(
			"0x2ffa47fb4e7540ad7e42a50ff111255c493e02641d2557630524738e6c6944fa",
			"0x0773bc0e8b679928075991448888c3ece866fcede43b201a734be60d03bb6ef0",
			"0x094e5605d0ce7f18dd059ecda80cbc4f4970812508309457868718cfbae6be43",
			"0x150ee6bd78eed605fc82ebf65ab91bd551f1f9e1d8ff5c318ba6e7bc9bd224b0"),
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := harnessCall(t, h, harnessABI.PackMapToTwist(c.msg, c.dst), harnessABI.UnpackMapToTwist); !sameWords(got, c.mapped) {
				t.Errorf("mapToTwist = %x, want %x", got, c.mapped)
			}
			got := harnessCall(t, h, harnessABI.PackHashToG2(c.msg, c.dst), harnessABI.UnpackHashToG2)
			if !sameWords(got, c.g) {
				t.Errorf("hashToG2 = %x, want %x", got, c.g)
			}
			if !harnessCall(t, h, harnessABI.PackIsOnTwist(got), harnessABI.UnpackIsOnTwist) {
				t.Error("hash not on the twist")
			}
		})
	}

	// The registration signature verifies (stagenet), and fails for another message.
	hm := harnessCall(t, h, harnessABI.PackHashToG2(popMessage(stagenetPoPTag), stagenetDST), harnessABI.UnpackHashToG2)
	if !harnessCall(t, h, harnessABI.PackVerify(vectorPK, vectorPoPSig, hm), harnessABI.UnpackVerify) {
		t.Error("stagenet proof of possession does not verify")
	}
	hm = harnessCall(t, h, harnessABI.PackHashToG2(popMessage(mainnetPoPTag), mainnetDST), harnessABI.UnpackHashToG2)
	if harnessCall(t, h, harnessABI.PackVerify(vectorPK, vectorPoPSig, hm), harnessABI.UnpackVerify) {
		t.Error("proof of possession verifies under the wrong domain")
	}

	// The mainnet aggregate reward signature (STC-README bls_rewards_request example).
	msg := mustHex("0x8ef21a6f151a224f0b101c51e6e587b27d26c1f4c16e72874221f0102fa68ae7")
	msg = append(msg, common.HexToAddress("0x3ac81340eb9bcf107238789524050fb77707088f").Bytes()...)
	msg = append(msg, common.LeftPadBytes(big.NewInt(0x5d29fadb4e37).Bytes(), 32)...)
	hm = harnessCall(t, h, harnessABI.PackHashToG2(msg, mainnetDST), harnessABI.UnpackHashToG2)
	aggPK := [2]*big.Int{
		mustBig("0x0dc2c6092a89cc6c8c210e267654c6cfa269902ecae204c64ba3ac3e183d3049"),
		mustBig("0x0f2a1e165221aaf27d6a00a4c66a62dd4e1a40103b20cbb35c6afdc4b955f57e"),
	}
	sig := words(
		"0x04d063c94c870977041ed400d08de19fe8359709a00e4414c9b2ae85da4378ff",
		"0x098027ec1ab7b7371b6fa63ae0c5153bc8413b1bebc275bc0cbeca44544d0a82",
		"0x108adc3220ee609551296342aaa73b795b35cc69213b8358197118dd91528e18",
		"0x13597c3ccce88a4b6706a9dca925b7b0b95d4dc3a1de729a3aff75f526e30b50")
	if !harnessCall(t, h, harnessABI.PackVerify(aggPK, sig, hm), harnessABI.UnpackVerify) {
		t.Error("mainnet reward signature does not verify")
	}

	gas := harnessCall(t, h, harnessABI.PackHashToG2Gas(popMessage(mainnetPoPTag), mainnetDST), harnessABI.UnpackHashToG2Gas)
	t.Logf("hashToG2 of a 148-byte message: %v gas", gas)
}

// TestHashToG2MatchesGo is the differential test: internal/bls and the Solidity library agree on
// expand_message_xmd, the try-and-increment point and H(m) for random messages and DSTs.
func TestHashToG2MatchesGo(t *testing.T) {
	h := newHarness(t)
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 64
	counters := map[uint8]int{}
	for i := range n {
		msg := make([]byte, rng.IntN(300))
		for j := range msg {
			msg[j] = byte(rng.Uint32())
		}
		var dst [32]byte
		for j := range dst {
			dst[j] = byte(rng.Uint32())
		}

		want, counter, err := bls.HashToG2(dst, msg)
		if err != nil {
			t.Fatal(err)
		}
		counters[counter]++
		wantWords := bls.EncodeG2(&want).Words()
		got := harnessCall(t, h, harnessABI.PackHashToG2(msg, dst), harnessABI.UnpackHashToG2)
		if !sameWords(got, wantWords) {
			t.Errorf("message %d (%d bytes, dst %x): solidity %x, go %x", i, len(msg), dst, got, wantWords)
		}

		m, err := bls.MapToTwist(dst, msg)
		if err != nil {
			t.Fatal(err)
		}
		mapped := harnessCall(t, h, harnessABI.PackMapToTwist(msg, dst), harnessABI.UnpackMapToTwist)
		if !sameWords(mapped, bls.EncodeG2(&m.Point).Words()) {
			t.Errorf("message %d: mapToTwist differs", i)
		}
	}
	t.Logf("%d messages; try-and-increment counters used: %v", n, counters)
}

// TestVerifyMatchesGo signs with internal/bls and verifies on-chain.
func TestVerifyMatchesGo(t *testing.T) {
	h := newHarness(t)
	dom := bls.Domain{ChainID: 42161, Contract: common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00")}
	dst := dom.HashToFieldTag()
	for i := range 4 {
		sk, err := bls.GenerateSecretKey(nil)
		if err != nil {
			t.Fatal(err)
		}
		msg := bls.RewardMessage(dom, common.Address{byte(i)}, big.NewInt(int64(1000+i)))
		sig := bls.Sign(sk, dom, msg)
		x, y := sk.PublicKey().XY()
		hm := harnessCall(t, h, harnessABI.PackHashToG2(msg, dst), harnessABI.UnpackHashToG2)
		if !harnessCall(t, h, harnessABI.PackVerify([2]*big.Int{x, y}, sig.Words(), hm), harnessABI.UnpackVerify) {
			t.Errorf("signature %d does not verify on-chain", i)
		}
		bad := sig.Words()
		bad[0] = new(big.Int).Add(bad[0], big.NewInt(1)) // off the twist: precompile error, false
		if harnessCall(t, h, harnessABI.PackVerify([2]*big.Int{x, y}, bad, hm), harnessABI.UnpackVerify) {
			t.Errorf("corrupted signature %d verifies", i)
		}
	}
}
