package cli

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sessiond/sessiond/internal/registration"
	"github.com/sessiond/sessiond/internal/testvec"
)

type g1Vec struct{ X, Y string }
type g2Vec struct {
	XReal string `json:"x_real"`
	XImag string `json:"x_imag"`
	YReal string `json:"y_real"`
	YImag string `json:"y_imag"`
}

func (p g2Vec) hex() string { return p.XReal + p.XImag + p.YReal + p.YImag }

type blsVec struct {
	Kind             string `json:"kind"`
	ChainID          string `json:"chain_id"`
	RewardsContract  string `json:"rewards_contract"`
	OperatorAddress  string `json:"operator_address"`
	Ed25519PublicKey string `json:"ed25519_public_key"`
	BLSPublicKey     g1Vec  `json:"bls_public_key"`
	AggregateKey     g1Vec  `json:"aggregate_public_key"`
	Signature        g2Vec  `json:"signature"`
	Ed25519Signature string `json:"ed25519_signature"`
	Message          string `json:"message"`
	ExpectValid      bool   `json:"expect_valid"`
}

func blsCases(t *testing.T, kind string) []blsVec {
	var out []blsVec
	for _, c := range testvec.Load[blsVec](t, "bls").Cases {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	require.NotEmpty(t, out, kind)
	return out
}

// The upstream stagenet registration verifies through `registration verify`
// with chain id and contract in the JSON, and fails for mainnet.
func TestRegistrationVerifyUpstreamExample(t *testing.T) {
	var stagenet blsVec
	for _, c := range blsCases(t, "registration_proof_of_possession") {
		if c.ExpectValid {
			stagenet = c
		}
	}
	require.NotEmpty(t, stagenet.Ed25519Signature)
	reg := map[string]any{
		"chain_id":         json.Number(stagenet.ChainID),
		"rewards_contract": "0x" + stagenet.RewardsContract,
		"operator":         "0x" + stagenet.OperatorAddress,
		"fee_bps":          0,
		"pubkey_ed25519":   stagenet.Ed25519PublicKey,
		"sig_ed25519":      stagenet.Ed25519Signature,
		"pubkey_bls":       stagenet.BLSPublicKey.X + stagenet.BLSPublicKey.Y,
		"sig_bls":          stagenet.Signature.hex(),
		"reserved":         []any{},
	}
	raw, err := json.Marshal(reg)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "reg.json")
	require.NoError(t, os.WriteFile(path, raw, 0o600))

	code, out, errs := run(t, "registration", "verify", "--json-file", path)
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, "valid (chain 421614")

	code, _, errs = run(t, "registration", "verify", "--json-file", path, "--network", "mainnet")
	require.Equal(t, 1, code)
	require.Contains(t, errs, "sig_bls")

	// Any changed byte in the Ed25519 signature is named.
	reg["sig_ed25519"] = "00" + stagenet.Ed25519Signature[2:]
	raw, _ = json.Marshal(reg)
	require.NoError(t, os.WriteFile(path, raw, 0o600))
	code, _, errs = run(t, "registration", "verify", "--json-file", path)
	require.Equal(t, 1, code)
	require.Contains(t, errs, "sig_ed25519")
}

// The mainnet aggregate reward signature verifies through `bls verify`.
func TestBLSVerifyMainnetRewardSignature(t *testing.T) {
	c := blsCases(t, "reward_signature")[0]
	args := []string{"bls", "verify", "--network", "mainnet",
		"--pubkey", c.AggregateKey.X + c.AggregateKey.Y, "--message", c.Message, "--signature", c.Signature.hex()}
	code, out, errs := run(t, args...)
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, "valid")

	args[len(args)-3] = c.Message[:len(c.Message)-2] + "00"
	code, _, errs = run(t, args...)
	require.Equal(t, 1, code)
	require.Contains(t, errs, "invalid")

	code, _, errs = run(t, "bls", "verify", "--network", "testnet",
		"--pubkey", c.AggregateKey.X+c.AggregateKey.Y, "--message", c.Message, "--signature", c.Signature.hex())
	require.Equal(t, 1, code, "another network's tag must not verify")
	require.Contains(t, errs, "421614")
}

func TestPrepareRegistration(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir)
	require.Equal(t, 0, code, errs)
	const op = "0xb538ab4da8a26eea48ce9db7971b5e4c60a0aced"

	// Solo: verifies for its network, with addBLSPublicKey calldata.
	code, out, errs := run(t, "prepare_registration", "--data-dir", dir, "--network", "testnet", "--operator", op, "--json")
	require.Equal(t, 0, code, errs)
	var solo struct {
		registration.Registration
		Calldata calldataOut `json:"calldata"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &solo))
	require.NoError(t, solo.Verify())
	require.Equal(t, uint64(421614), solo.ChainID)
	require.Equal(t, "addBLSPublicKey", solo.Calldata.Function)
	require.True(t, strings.HasPrefix(solo.Calldata.Data, "0xbc7efecc"), "addBLSPublicKey selector")
	require.Len(t, solo.PubkeyBLS, 128)
	require.Len(t, solo.SigBLS, 256)
	require.Len(t, solo.SigEd25519, 128)

	// Multi-contributor: factory deploy calldata with the reservations.
	code, out, errs = run(t, "prepare_registration", "--data-dir", dir, "--network", "mainnet", "--operator", op,
		"--fee", "5%", "--reserve", op+":6250", "--reserve", "0x00000000000000000000000000000000000000a1:5000", "--json")
	require.Equal(t, 0, code, errs)
	var multi registrationOutput
	require.NoError(t, json.Unmarshal([]byte(out), &multi))
	require.Equal(t, uint16(500), multi.FeeBPS)
	require.Len(t, multi.Reserved, 2)
	require.Equal(t, "deploy", multi.Calldata.Function)
	require.True(t, strings.HasPrefix(multi.Calldata.Data, "0x8faff862"), "deploy selector")

	// Human summary with the portal's fields.
	code, out, errs = run(t, "prepare_registration", "--data-dir", dir, "--network", "mainnet", "--operator", op)
	require.Equal(t, 0, code, errs)
	for _, f := range []string{"sig_ed25519", "pubkey_bls", "sig_bls", "operator", "addBLSPublicKey"} {
		require.Contains(t, out, f)
	}

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"bad operator", []string{"--operator", "0x123"}, "--operator"},
		{"fee too high", []string{"--operator", op, "--fee", "101"}, "--fee"},
		{"operator below 25 %", []string{"--operator", op, "--reserve", op + ":100"}, "--reserve"},
		{"operator not first", []string{"--operator", op, "--reserve", "0x00000000000000000000000000000000000000a1:7000"}, "operator's own"},
		{"over the requirement", []string{"--operator", op, "--reserve", op + ":20000", "--reserve", "0x00000000000000000000000000000000000000a1:6000"}, "more than the staking requirement"},
		{"too many", append([]string{"--operator", op, "--reserve", op + ":6250"}, manyReserves(10)...), "at most 10"},
		{"bad amount", []string{"--operator", op, "--reserve", op + ":lots"}, "--reserve"},
		{"unknown network", []string{"--operator", op, "--network", "moonnet"}, "--network"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, append([]string{"prepare_registration", "--data-dir", dir, "--network", "mainnet"}, tc.args...)...)
			require.Equal(t, 1, code, out)
			require.Contains(t, errs, tc.want)
			require.NotContains(t, out, "sig_bls", "nothing signed")
		})
	}
}

func manyReserves(n int) []string {
	var out []string
	for i := range n {
		out = append(out, "--reserve", "0x00000000000000000000000000000000000000"+string("0123456789abcdef"[i/16])+string("0123456789abcdef"[i%16+0])+":100")
	}
	return out
}

func TestPrepareRegistrationSubmit(t *testing.T) {
	dir := t.TempDir()
	code, _, errs := run(t, "init", "--data-dir", dir)
	require.Equal(t, 0, code, errs)
	var gotPath string
	var gotFields map[string]string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath = r.URL.Path
		require.NoError(t, r.ParseMultipartForm(1<<20))
		gotFields = map[string]string{}
		for k, v := range r.MultipartForm.Value {
			gotFields[k] = v[0]
		}
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()
	code, out, errs := run(t, "prepare_registration", "--data-dir", dir, "--network", "mainnet",
		"--operator", "0xb538ab4da8a26eea48ce9db7971b5e4c60a0aced", "--submit", srv.URL)
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, "Submitted to")
	require.True(t, strings.HasPrefix(gotPath, "/api/store/"))
	for _, f := range []string{"sig_ed25519", "pubkey_bls", "sig_bls", "operator"} {
		require.NotEmpty(t, gotFields[f], f)
	}
}
