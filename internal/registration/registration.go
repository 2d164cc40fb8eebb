package registration

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/keys"
)

// Coin is one SESH in atomic units.
const Coin = bindings.Coin

// MaxFeeBPS is the largest operator fee, in basis points.
const MaxFeeBPS = 10_000

// Reserved is one reserved contribution.
type Reserved struct {
	Address common.Address `json:"address"`
	Amount  *big.Int       `json:"amount"` // atomic units
}

// Registration is the signed registration, in the JSON form the CLI prints
// and `registration verify` reads. Hex fields may carry a 0x prefix.
type Registration struct {
	Network         string     `json:"network,omitempty"`
	ChainID         uint64     `json:"chain_id"`
	RewardsContract string     `json:"rewards_contract"`
	Operator        string     `json:"operator"`
	FeeBPS          uint16     `json:"fee_bps"`
	PubkeyEd25519   string     `json:"pubkey_ed25519"`
	SigEd25519      string     `json:"sig_ed25519"`
	PubkeyBLS       string     `json:"pubkey_bls"`
	SigBLS          string     `json:"sig_bls"`
	Reserved        []Reserved `json:"reserved"`
}

// Params are what the operator chooses.
type Params struct {
	Network            string
	ChainID            uint64
	RewardsContract    common.Address
	Operator           common.Address
	FeeBPS             uint16
	Reserved           []Reserved // empty: solo node, unless FeeBPS > 0
	StakingRequirement *big.Int   // for checking reservations
	MaxContributors    int
}

// FieldError names the input (flag) that is wrong.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// CheckParams applies the contract's rules to the operator's choices.
func CheckParams(p *Params) error {
	if p.Operator == (common.Address{}) {
		return &FieldError{"operator", errors.New("required (the operator's 0x wallet address)")}
	}
	if p.FeeBPS > MaxFeeBPS {
		return &FieldError{"fee", fmt.Errorf("%d basis points is above 100 %%", p.FeeBPS)}
	}
	if p.RewardsContract == (common.Address{}) || p.ChainID == 0 {
		return &FieldError{"network", errors.New("chain id and rewards contract are required")}
	}
	if len(p.Reserved) == 0 {
		return nil
	}
	max := p.MaxContributors
	if max == 0 {
		max = 10
	}
	req := p.StakingRequirement
	if len(p.Reserved) > max {
		return &FieldError{"reserve", fmt.Errorf("%d contributors; at most %d in total", len(p.Reserved), max)}
	}
	if p.Reserved[0].Address != p.Operator {
		return &FieldError{"reserve", fmt.Errorf("the first reservation must be the operator's own (%s)", p.Operator.Hex())}
	}
	seen := map[common.Address]bool{}
	remaining := new(big.Int).Set(req)
	for i, r := range p.Reserved {
		if r.Address == (common.Address{}) {
			return &FieldError{"reserve", errors.New("zero address")}
		}
		if seen[r.Address] {
			return &FieldError{"reserve", fmt.Errorf("%s reserved twice", r.Address.Hex())}
		}
		seen[r.Address] = true
		if r.Amount == nil || r.Amount.Sign() <= 0 {
			return &FieldError{"reserve", fmt.Errorf("%s: amount must be positive", r.Address.Hex())}
		}
		min := MinimumContribution(remaining, i, max)
		if r.Amount.Cmp(min) < 0 {
			who := "contributor " + r.Address.Hex()
			if i == 0 {
				who = "operator (at least 25 % of the requirement)"
			}
			return &FieldError{"reserve", fmt.Errorf("%s reserves %s SESH, below the minimum %s SESH", who, FormatSESH(r.Amount), FormatSESH(min))}
		}
		if r.Amount.Cmp(remaining) > 0 {
			return &FieldError{"reserve", fmt.Errorf("reservations add up to more than the staking requirement of %s SESH", FormatSESH(req))}
		}
		remaining.Sub(remaining, r.Amount)
	}
	return nil
}

// MinimumContribution is the contract's calcMinimumContribution: the
// operator (n = 0) needs a quarter of what remains, others an equal share of
// the remaining slots; rounded up.
func MinimumContribution(remaining *big.Int, n, max int) *big.Int {
	div := int64(4)
	if n > 0 {
		div = int64(max - n)
	}
	q, m := new(big.Int).QuoRem(remaining, big.NewInt(div), new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// Domain is the BLS domain of the registration's network.
func (p *Params) Domain() bls.Domain {
	return bls.Domain{ChainID: p.ChainID, Contract: p.RewardsContract}
}

// Build signs a registration with the node's keys. It checks p first;
// nothing is signed on bad input.
func Build(id *keys.Identity, p Params) (*Registration, error) {
	if err := CheckParams(&p); err != nil {
		return nil, err
	}
	edPub := id.Ed25519Public()
	var ed32 [32]byte
	copy(ed32[:], edPub)
	msg := append(append([]byte{}, edPub...), id.BLSPublic[:]...)
	sigEd := ed25519.Sign(id.Ed25519, msg)
	pop := bls.ProofOfPossession(id.BLS, p.Domain(), p.Operator, ed32)
	r := &Registration{
		Network:         p.Network,
		ChainID:         p.ChainID,
		RewardsContract: p.RewardsContract.Hex(),
		Operator:        p.Operator.Hex(),
		FeeBPS:          p.FeeBPS,
		PubkeyEd25519:   hex.EncodeToString(edPub),
		SigEd25519:      hex.EncodeToString(sigEd),
		PubkeyBLS:       hex.EncodeToString(id.BLSPublic[:]),
		SigBLS:          hex.EncodeToString(pop[:]),
		Reserved:        append([]Reserved{}, p.Reserved...),
	}
	return r, nil
}

// Parse decodes the JSON form.
func Parse(data []byte) (*Registration, error) {
	var r Registration
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("registration json: %w", err)
	}
	return &r, nil
}

// decoded holds the binary fields of a registration.
type decoded struct {
	ed       [32]byte
	sigEd    [64]byte
	pk       bls.PublicKey
	sig      bls.Signature
	operator common.Address
	contract common.Address
}

func unhex(field, s string, n int) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil {
		return nil, &FieldError{field, errors.New("not hex")}
	}
	if len(b) != n {
		return nil, &FieldError{field, fmt.Errorf("%d bytes, want %d", len(b), n)}
	}
	return b, nil
}

func (r *Registration) decode() (*decoded, error) {
	var d decoded
	b, err := unhex("pubkey_ed25519", r.PubkeyEd25519, 32)
	if err != nil {
		return nil, err
	}
	copy(d.ed[:], b)
	if b, err = unhex("sig_ed25519", r.SigEd25519, 64); err != nil {
		return nil, err
	}
	copy(d.sigEd[:], b)
	if b, err = unhex("pubkey_bls", r.PubkeyBLS, 64); err != nil {
		return nil, err
	}
	if d.pk, err = bls.ParsePublicKey(b); err != nil {
		return nil, &FieldError{"pubkey_bls", err}
	}
	if b, err = unhex("sig_bls", r.SigBLS, 128); err != nil {
		return nil, err
	}
	if d.sig, err = bls.ParseSignature(b); err != nil {
		return nil, &FieldError{"sig_bls", err}
	}
	if !common.IsHexAddress(r.Operator) {
		return nil, &FieldError{"operator", errors.New("not an address")}
	}
	d.operator = common.HexToAddress(r.Operator)
	if !common.IsHexAddress(r.RewardsContract) {
		return nil, &FieldError{"rewards_contract", errors.New("not an address")}
	}
	d.contract = common.HexToAddress(r.RewardsContract)
	return &d, nil
}

// Verify checks both signatures for the registration's network (chain id
// and rewards contract inside it). It names the part that failed.
func (r *Registration) Verify() error {
	d, err := r.decode()
	if err != nil {
		return err
	}
	msg := append(append([]byte{}, d.ed[:]...), d.pk[:]...)
	if !ed25519.Verify(d.ed[:], msg, d.sigEd[:]) {
		return &FieldError{"sig_ed25519", errors.New("invalid Ed25519 signature over pubkey_ed25519 || pubkey_bls")}
	}
	dom := bls.Domain{ChainID: r.ChainID, Contract: d.contract}
	if !bls.VerifyProofOfPossession(d.pk, dom, d.operator, d.ed, d.sig) {
		return &FieldError{"sig_bls", fmt.Errorf("invalid BLS proof of possession for operator %s on chain %d, rewards contract %s", d.operator.Hex(), r.ChainID, d.contract.Hex())}
	}
	return nil
}

// Solo reports whether the registration is for a single-staker node
// (addBLSPublicKey from the operator's wallet) rather than a contribution
// contract.
func (r *Registration) Solo() bool { return len(r.Reserved) == 0 && r.FeeBPS == 0 }

func (d *decoded) contractArgs(fee uint16) (bindings.BN256G1G1Point, bindings.IServiceNodeRewardsBLSSignatureParams, bindings.IServiceNodeRewardsServiceNodeParams) {
	x, y := d.pk.XY()
	w := d.sig.Words()
	return bindings.BN256G1G1Point{X: x, Y: y},
		bindings.IServiceNodeRewardsBLSSignatureParams{Sigs0: w[0], Sigs1: w[1], Sigs2: w[2], Sigs3: w[3]},
		bindings.IServiceNodeRewardsServiceNodeParams{
			ServiceNodePubkey:     new(big.Int).SetBytes(d.ed[:]),
			ServiceNodeSignature1: new(big.Int).SetBytes(d.sigEd[:32]),
			ServiceNodeSignature2: new(big.Int).SetBytes(d.sigEd[32:]),
			Fee:                   fee,
		}
}

// AddBLSPublicKeyCalldata is the solo registration call, sent by the
// operator to the rewards contract (which pulls the stake from the sender).
func (r *Registration) AddBLSPublicKeyCalldata() ([]byte, error) {
	d, err := r.decode()
	if err != nil {
		return nil, err
	}
	pk, sig, params := d.contractArgs(r.FeeBPS)
	return bindings.NewServiceNodeRewards().PackAddBLSPublicKey(pk, sig, params, []bindings.IServiceNodeRewardsContributor{}), nil
}

// DeployCalldata is the factory's deploy call creating the contribution
// contract with the reservations (auto-finalize).
func (r *Registration) DeployCalldata() ([]byte, error) {
	d, err := r.decode()
	if err != nil {
		return nil, err
	}
	pk, sig, params := d.contractArgs(r.FeeBPS)
	res := make([]bindings.IServiceNodeRewardsReservedContributor, len(r.Reserved))
	for i, x := range r.Reserved {
		res[i] = bindings.IServiceNodeRewardsReservedContributor{Addr: x.Address, Amount: x.Amount}
	}
	return bindings.NewServiceNodeContributionFactory().PackDeploy(pk, sig, params, res, false), nil
}

// ParseSESH reads a SESH amount ("25000", "6250.5") into atomic units.
func ParseSESH(s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok || r.Sign() <= 0 {
		return nil, fmt.Errorf("%q is not a positive SESH amount", s)
	}
	r.Mul(r, new(big.Rat).SetInt64(Coin))
	if !r.IsInt() {
		return nil, fmt.Errorf("%q has more than 9 decimals", s)
	}
	return r.Num(), nil
}

// FormatSESH prints atomic units as SESH.
func FormatSESH(v *big.Int) string {
	r := new(big.Rat).SetFrac(v, big.NewInt(Coin))
	s := r.FloatString(9)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// ParseFee reads a fee as a percentage ("5%", "5", "2.5") or basis points
// ("500bps").
func ParseFee(s string) (uint16, error) {
	s = strings.TrimSpace(s)
	if v, ok := strings.CutSuffix(s, "bps"); ok {
		var n uint64
		if _, err := fmt.Sscanf(v, "%d", &n); err != nil || fmt.Sprint(n) != strings.TrimSpace(v) || n > MaxFeeBPS {
			return 0, fmt.Errorf("%q is not 0-10000 basis points", s)
		}
		return uint16(n), nil
	}
	r, ok := new(big.Rat).SetString(strings.TrimSuffix(s, "%"))
	if !ok || r.Sign() < 0 || r.Cmp(big.NewRat(100, 1)) > 0 {
		return 0, fmt.Errorf("%q is not a percentage between 0 and 100", s)
	}
	r.Mul(r, big.NewRat(100, 1))
	if !r.IsInt() {
		return 0, fmt.Errorf("%q is finer than a basis point (0.01 %%)", s)
	}
	return uint16(r.Num().Uint64()), nil
}
