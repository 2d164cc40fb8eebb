package bls

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/testvec"
)

// findVectors walks up from the package directory to the first ancestor that
// holds shared/testdata/vectors.json. Missing vectors fail the test: the
// whole point of this package is agreement with them.
func findVectors(t testing.TB) string { return testvec.Path(t) }

type vecG1 struct {
	X string `json:"x"`
	Y string `json:"y"`
}

type vecG2 struct {
	XReal string `json:"x_real"`
	XImag string `json:"x_imag"`
	YReal string `json:"y_real"`
	YImag string `json:"y_imag"`
}

// blsVector is one case of the "bls" group; which fields are set depends on
// Kind ("tag", "registration_proof_of_possession", "hash_to_g2",
// "reward_signature").
type blsVector struct {
	Kind                 string   `json:"kind"`
	Description          string   `json:"description"`
	Network              string   `json:"network"`
	ChainID              string   `json:"chain_id"`
	RewardsContract      string   `json:"rewards_contract"`
	TagName              string   `json:"tag_name"`
	BaseString           string   `json:"base_string"`
	ExpectedTag          string   `json:"expected_tag"`
	OperatorAddress      string   `json:"operator_address"`
	Ed25519PublicKey     string   `json:"ed25519_public_key"`
	BLSPublicKey         *vecG1   `json:"bls_public_key"`
	AggregatePublicKey   *vecG1   `json:"aggregate_public_key"`
	Signature            *vecG2   `json:"signature"`
	PreCofactorPoint     *vecG2   `json:"pre_cofactor_point"`
	ExpectedPoint        *vecG2   `json:"expected_point"`
	ProofOfPossessionTag string   `json:"proof_of_possession_tag"`
	RewardTag            string   `json:"reward_tag"`
	HashToFieldTag       string   `json:"hash_to_field_tag"`
	DST                  string   `json:"dst"`
	Message              string   `json:"message"`
	ExpectValid          *bool    `json:"expect_valid"`
	Ed25519SignedMessage string   `json:"ed25519_signed_message"`
	Ed25519Signature     string   `json:"ed25519_signature"`
	AcceptedCounter      *int     `json:"accepted_counter"`
	SignBit              *int     `json:"sign_bit"`
	RecipientAddress     string   `json:"recipient_address"`
	RecipientRewards     string   `json:"recipient_rewards"`
	NonSignerIndices     []string `json:"non_signer_indices"`
}

func loadBLSVectors(t testing.TB) []blsVector {
	t.Helper()
	raw, err := os.ReadFile(findVectors(t))
	require.NoError(t, err)
	var all struct {
		BLS struct {
			Cases []blsVector `json:"cases"`
		} `json:"bls"`
	}
	require.NoError(t, json.Unmarshal(raw, &all))
	require.NotEmpty(t, all.BLS.Cases, "no bls cases in the vectors")
	return all.BLS.Cases
}

func vectorsOfKind(t testing.TB, kind string) []blsVector {
	t.Helper()
	var out []blsVector
	for _, v := range loadBLSVectors(t) {
		if v.Kind == kind {
			out = append(out, v)
		}
	}
	require.NotEmpty(t, out, "no bls vectors of kind %q", kind)
	return out
}

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	require.NoError(t, err, "hex %q", s)
	return b
}

func hex32(t testing.TB, s string) [32]byte {
	t.Helper()
	b := unhex(t, s)
	require.Len(t, b, 32)
	return [32]byte(b)
}

func (v blsVector) domain(t testing.TB) Domain {
	t.Helper()
	id, err := strconv.ParseUint(v.ChainID, 10, 64)
	require.NoError(t, err)
	return Domain{ChainID: id, Contract: common.BytesToAddress(unhex(t, v.RewardsContract))}
}

func (g vecG1) publicKey(t testing.TB) PublicKey {
	t.Helper()
	pk, err := ParsePublicKey(unhex(t, g.X+g.Y))
	require.NoError(t, err)
	return pk
}

// bytes returns the point in sigs0..sigs3 order, unvalidated.
func (g vecG2) bytes(t testing.TB) Signature {
	t.Helper()
	return Signature(unhex(t, g.XReal+g.XImag+g.YReal+g.YImag))
}

func TestVectorTags(t *testing.T) {
	bases := map[string]string{
		"POP": BasePoP, "REWARD": BaseReward, "EXIT": BaseExit,
		"LIQUIDATE": BaseLiquidate, "HASH_TO_FIELD": BaseHashToField,
	}
	for _, v := range vectorsOfKind(t, "tag") {
		t.Run(v.Network+"/"+v.TagName, func(t *testing.T) {
			require.Equal(t, bases[v.TagName], v.BaseString)
			want := hex32(t, v.ExpectedTag)
			id, ok := new(big.Int).SetString(v.ChainID, 10)
			require.True(t, ok)
			dom := v.domain(t)
			require.Equal(t, want, Tag(v.BaseString, id, dom.Contract), "Tag")
			require.Equal(t, want, dom.Tag(v.BaseString), "Domain.Tag")
			named := map[string]func() [32]byte{
				"POP": dom.PoPTag, "REWARD": dom.RewardTag, "EXIT": dom.ExitTag,
				"LIQUIDATE": dom.LiquidateTag, "HASH_TO_FIELD": dom.HashToFieldTag,
			}
			require.Equal(t, want, named[v.TagName](), "Domain.%sTag", v.TagName)
		})
	}
}

func TestVectorHashToG2(t *testing.T) {
	for _, v := range vectorsOfKind(t, "hash_to_g2") {
		t.Run(v.Network, func(t *testing.T) {
			dst := hex32(t, v.DST)
			require.Equal(t, v.domain(t).HashToFieldTag(), dst)
			msg := unhex(t, v.Message)

			m, err := MapToTwist(dst, msg)
			require.NoError(t, err)
			require.Equal(t, uint8(*v.AcceptedCounter), m.Counter, "counter")
			require.Equal(t, uint8(*v.SignBit), m.SignBit, "sign bit")
			require.Equal(t, v.PreCofactorPoint.bytes(t).Hex(), EncodeG2(&m.Point).Hex(), "pre-cofactor point")
			require.True(t, m.Point.IsOnCurve())

			h, counter, err := HashToG2(dst, msg)
			require.NoError(t, err)
			require.Equal(t, m.Counter, counter)
			require.Equal(t, v.ExpectedPoint.bytes(t).Hex(), EncodeG2(&h).Hex(), "H(m)")
			require.True(t, h.IsInSubGroup())
		})
	}
}

func TestVectorRegistration(t *testing.T) {
	for _, v := range vectorsOfKind(t, "registration_proof_of_possession") {
		t.Run(v.Network, func(t *testing.T) {
			dom := v.domain(t)
			require.Equal(t, hex32(t, v.ProofOfPossessionTag), dom.PoPTag())
			require.Equal(t, hex32(t, v.HashToFieldTag), dom.HashToFieldTag())

			pk := v.BLSPublicKey.publicKey(t)
			op := common.BytesToAddress(unhex(t, v.OperatorAddress))
			ed := hex32(t, v.Ed25519PublicKey)
			msg := ProofOfPossessionMessage(dom, pk, op, ed)
			require.Len(t, msg, PoPMessageSize)
			require.Equal(t, v.Message, hex.EncodeToString(msg))

			raw := v.Signature.bytes(t)
			sig, err := ParseSignature(raw[:])
			require.NoError(t, err)
			require.Equal(t, *v.ExpectValid, Verify(pk, dom, msg, sig), "Verify")
			require.Equal(t, *v.ExpectValid, VerifyProofOfPossession(pk, dom, op, ed, sig))
			require.Equal(t, *v.ExpectValid, precompileCheck(t, pk, dom.HashToFieldTag(), msg, sig),
				"contract-format pairing check")
		})
	}
}

// The stagenet registration verifies only for its own chain and contract,
// and fails with any single byte of any input changed.
func TestVectorRegistrationTampering(t *testing.T) {
	var v blsVector
	for _, c := range vectorsOfKind(t, "registration_proof_of_possession") {
		if *c.ExpectValid {
			v = c
		}
	}
	require.NotNil(t, v.BLSPublicKey, "no valid registration vector")
	dom := v.domain(t)
	require.Equal(t, Domain{ChainID: 421614, Contract: common.HexToAddress("0x4abfFB7f922767f22c7aa6524823d93FDDaB54b1")}, dom)

	pk := v.BLSPublicKey.publicKey(t)
	op := common.BytesToAddress(unhex(t, v.OperatorAddress))
	ed := hex32(t, v.Ed25519PublicKey)
	sig := v.Signature.bytes(t)
	require.True(t, VerifyProofOfPossession(pk, dom, op, ed, sig))

	mainnet := Domain{ChainID: 42161, Contract: common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00")}
	require.False(t, VerifyProofOfPossession(pk, mainnet, op, ed, sig), "mainnet")
	require.False(t, VerifyProofOfPossession(pk, Domain{ChainID: dom.ChainID + 1, Contract: dom.Contract}, op, ed, sig), "chain id")

	flip := func(b []byte, i int) { b[i] ^= 0x01 }
	for i := range common.AddressLength {
		d := dom
		flip(d.Contract[:], i)
		require.False(t, VerifyProofOfPossession(pk, d, op, ed, sig), "contract byte %d", i)
		o := op
		flip(o[:], i)
		require.False(t, VerifyProofOfPossession(pk, dom, o, ed, sig), "operator byte %d", i)
	}
	for i := range ed {
		e := ed
		flip(e[:], i)
		require.False(t, VerifyProofOfPossession(pk, dom, op, e, sig), "ed25519 byte %d", i)
	}
	for i := range pk {
		p := pk
		flip(p[:], i)
		require.False(t, VerifyProofOfPossession(p, dom, op, ed, sig), "public key byte %d", i)
	}
	for i := range sig {
		s := sig
		flip(s[:], i)
		require.False(t, VerifyProofOfPossession(pk, dom, op, ed, s), "signature byte %d (sigs%d)", i, i/32)
	}
}

func TestVectorEd25519RegistrationSignature(t *testing.T) {
	n := 0
	for _, v := range vectorsOfKind(t, "registration_proof_of_possession") {
		if v.Ed25519Signature == "" {
			continue
		}
		n++
		pk := v.BLSPublicKey.publicKey(t)
		ed := unhex(t, v.Ed25519PublicKey)
		msg := append(append([]byte{}, ed...), pk[:]...)
		require.Equal(t, v.Ed25519SignedMessage, hex.EncodeToString(msg), "signed message = ed25519 key ‖ BLS key")
		sig := unhex(t, v.Ed25519Signature)
		require.True(t, ed25519.Verify(ed, msg, sig))
		msg[len(msg)-1] ^= 1
		require.False(t, ed25519.Verify(ed, msg, sig))
	}
	require.NotZero(t, n, "no Ed25519 registration signature in the vectors")
}

func TestVectorRewardSignature(t *testing.T) {
	for _, v := range vectorsOfKind(t, "reward_signature") {
		t.Run(v.Network, func(t *testing.T) {
			dom := v.domain(t)
			require.Equal(t, hex32(t, v.RewardTag), dom.RewardTag())
			require.Equal(t, hex32(t, v.HashToFieldTag), dom.HashToFieldTag())

			amount, ok := new(big.Int).SetString(v.RecipientRewards, 10)
			require.True(t, ok)
			msg := RewardMessage(dom, common.BytesToAddress(unhex(t, v.RecipientAddress)), amount)
			require.Len(t, msg, RewardMessageSize)
			require.Equal(t, v.Message, hex.EncodeToString(msg))

			agg := v.AggregatePublicKey.publicKey(t)
			raw := v.Signature.bytes(t)
			sig, err := ParseSignature(raw[:])
			require.NoError(t, err)
			require.Equal(t, *v.ExpectValid, Verify(agg, dom, msg, sig))
			require.Equal(t, *v.ExpectValid, precompileCheck(t, agg, dom.HashToFieldTag(), msg, sig))

			// One more atomic unit must not verify.
			msg2 := RewardMessage(dom, common.BytesToAddress(unhex(t, v.RecipientAddress)), amount.Add(amount, big.NewInt(1)))
			require.False(t, Verify(agg, dom, msg2, sig))
		})
	}
}

// The pre-cofactor point of a vector is on the twist but outside G2, which
// makes it a ready-made invalid signature.
func TestVectorPreCofactorPointIsNotASignature(t *testing.T) {
	for _, v := range vectorsOfKind(t, "hash_to_g2") {
		pre := v.PreCofactorPoint.bytes(t)
		var p bn254.G2Affine
		for i, e := range g2Words(&p) {
			require.NoError(t, e.SetBytesCanonical(pre[32*i:32*i+32]))
		}
		require.True(t, p.IsOnCurve())
		require.False(t, p.IsInSubGroup())
		_, err := ParseSignature(pre[:])
		require.ErrorIs(t, err, ErrInvalidSignature)
		require.ErrorContains(t, err, "subgroup")
	}
}
