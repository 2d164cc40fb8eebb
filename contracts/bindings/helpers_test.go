package bindings_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sessiond/sessiond/contracts/bindings"
	"github.com/sessiond/sessiond/internal/bls"
)

// simChainID is the chain id of the simulated backend.
const simChainID = 1337

var (
	coin        = big.NewInt(bindings.Coin)
	stakingReq  = sesh(25_000)
	ether       = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	rewardsABI  = bindings.NewServiceNodeRewards()
	tokenABI    = bindings.NewSESH()
	poolABI     = bindings.NewRewardRatePool()
	factoryABI  = bindings.NewServiceNodeContributionFactory()
	contribABI  = bindings.NewServiceNodeContribution()
	defaultWait = 30 * time.Second
)

// sesh returns n SESH in atomic units.
func sesh(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), coin) }

// account is a funded EOA of the simulated chain.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	auth *bind.TransactOpts
}

// env is a simulated chain with the contracts deployed.
type env struct {
	t        *testing.T
	sim      *simulated.Backend
	client   simulated.Client
	owner    account
	users    []account
	dep      *bindings.Deployment
	token    *bind.BoundContract
	pool     *bind.BoundContract
	rewards  *bind.BoundContract
	factory  *bind.BoundContract
	domain   bls.Domain
	deployed time.Duration
}

// pragueRules runs the simulated chain with Prague rules (what Arbitrum One runs) instead of its
// default of every fork geth knows, which includes the unreleased Bogota fork and its EIP-8037
// state gas (new storage slots cost several times more).
func pragueRules(_ *gethnode.Config, ec *ethconfig.Config) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.BogotaTime = nil, nil
	ec.Genesis.Config = &cfg
}

// newEnv starts a simulated chain (Prague rules) with an owner and nUsers funded accounts and
// deploys the contracts with cfg.
func newEnv(t *testing.T, nUsers int, cfg bindings.DeployConfig) *env {
	return newEnvWith(t, nUsers, cfg, pragueRules)
}

func newEnvWith(t *testing.T, nUsers int, cfg bindings.DeployConfig, opts ...func(*gethnode.Config, *ethconfig.Config)) *env {
	t.Helper()
	e := &env{t: t}
	alloc := types.GenesisAlloc{}
	newAccount := func() account {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		a := account{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		a.auth = bind.NewKeyedTransactor(key, big.NewInt(simChainID))
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
		return a
	}
	e.owner = newAccount()
	for range nUsers {
		e.users = append(e.users, newAccount())
	}
	e.sim = simulated.NewBackend(alloc, opts...)
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()

	cfg.Commit = func() { e.sim.Commit() }
	ctx, cancel := context.WithTimeout(context.Background(), defaultWait)
	defer cancel()
	start := time.Now()
	dep, err := bindings.Deploy(ctx, e.client, e.owner.auth, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.deployed = time.Since(start)
	e.dep = dep
	e.token = tokenABI.Instance(e.client, dep.Token)
	e.pool = poolABI.Instance(e.client, dep.Pool)
	e.rewards = rewardsABI.Instance(e.client, dep.Rewards)
	e.factory = factoryABI.Instance(e.client, dep.Factory)
	e.domain = bls.Domain{ChainID: simChainID, Contract: dep.Rewards}
	return e
}

// send sends a transaction from a, mines it and fails the test unless it succeeded.
func (e *env) send(a account, c *bind.BoundContract, calldata []byte) *types.Receipt {
	e.t.Helper()
	tx, err := bind.Transact(c, a.auth, calldata)
	if err != nil {
		e.t.Fatalf("transact: %v%s", err, e.revertReason(err))
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("tx %s reverted", tx.Hash())
	}
	return r
}

// receipt returns a mined transaction's receipt, waiting up to 10 s for the
// backend to index it (a loaded machine indexes after Commit returns).
func (e *env) receipt(h common.Hash) *types.Receipt {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := e.client.TransactionReceipt(context.Background(), h)
		if err == nil {
			return r
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("receipt of %s: %v", h, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// sendErr sends a transaction expected to fail; it returns the name of the custom error it
// reverted with (decoded with the ABIs of all contracts), or the error text if none matched.
func (e *env) sendErr(a account, c *bind.BoundContract, calldata []byte) string {
	e.t.Helper()
	tx, err := bind.Transact(c, a.auth, calldata)
	if err == nil {
		e.sim.Commit()
		r, rerr := e.client.TransactionReceipt(context.Background(), tx.Hash())
		if rerr == nil && r.Status == types.ReceiptStatusSuccessful {
			e.t.Fatalf("transaction succeeded, wanted a revert")
		}
		return "reverted in block"
	}
	name, _ := decodeRevert(err)
	return name
}

// expectRevert asserts that the transaction reverts with the custom error `want`.
func (e *env) expectRevert(a account, c *bind.BoundContract, calldata []byte, want string) {
	e.t.Helper()
	if got := e.sendErr(a, c, calldata); got != want {
		e.t.Fatalf("reverted with %s, want %s", got, want)
	}
}

func (e *env) revertReason(err error) string {
	if name, ok := decodeRevert(err); ok {
		return " (" + name + ")"
	}
	return ""
}

// allABIs are searched for custom error selectors.
var allABIs = func() []abi.ABI {
	var out []abi.ABI
	for _, md := range []*bind.MetaData{
		&bindings.ServiceNodeRewardsMetaData, &bindings.ServiceNodeContributionMetaData,
		&bindings.ServiceNodeContributionFactoryMetaData, &bindings.SESHMetaData, &bindings.RewardRatePoolMetaData,
	} {
		parsed, err := md.ParseABI()
		if err != nil {
			panic(err)
		}
		out = append(out, *parsed)
	}
	return out
}()

// decodeRevert returns the custom error name (with arguments) in err's revert data.
func decodeRevert(err error) (string, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error(), false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err.Error(), false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return err.Error(), false
	}
	for _, a := range allABIs {
		for _, ae := range a.Errors {
			if string(ae.ID[:4]) == string(data[:4]) {
				return ae.Name, true
			}
		}
	}
	if reason, rerr := abi.UnpackRevert(data); rerr == nil {
		return "Error(" + reason + ")", true
	}
	return err.Error(), false
}

// call performs a read-only call at the latest block.
func call[T any](e *env, c *bind.BoundContract, calldata []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, nil, calldata, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

// advance moves the chain's clock forward by d (mining a block).
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.sim.AdjustTime(d); err != nil {
		e.t.Fatal(err)
	}
}

// now returns the latest block's timestamp.
func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// balance returns a's SESH balance.
func (e *env) balance(a common.Address) *big.Int {
	return call(e, e.token, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf)
}

// fund sends amount SESH from the owner to each account.
func (e *env) fund(amount *big.Int, to ...account) {
	for _, a := range to {
		e.send(e.owner, e.token, tokenABI.PackTransfer(a.addr, amount))
	}
}

// approve lets spender take amount of a's SESH.
func (e *env) approve(a account, spender common.Address, amount *big.Int) {
	e.send(a, e.token, tokenABI.PackApprove(spender, amount))
}

// node is a service node identity: BLS and Ed25519 keys.
type node struct {
	sk    bls.SecretKey
	pk    bls.PublicKey
	edPub ed25519.PublicKey
	edSec ed25519.PrivateKey
}

func newNode(t *testing.T) node {
	t.Helper()
	sk, err := bls.GenerateSecretKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	pub, sec, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return node{sk: sk, pk: sk.PublicKey(), edPub: pub, edSec: sec}
}

func (n node) ed25519Key() [32]byte { return [32]byte(n.edPub) }

func (n node) g1() bindings.BN256G1G1Point {
	x, y := n.pk.XY()
	return bindings.BN256G1G1Point{X: x, Y: y}
}

// params returns the ServiceNodeParams with a real Ed25519 signature over ed25519 key ‖ BLS key
// (what oxend checks; the contract does not).
func (n node) params(fee uint16) bindings.IServiceNodeRewardsServiceNodeParams {
	sig := ed25519.Sign(n.edSec, append(append([]byte{}, n.edPub...), n.pk[:]...))
	return bindings.IServiceNodeRewardsServiceNodeParams{
		ServiceNodePubkey:     new(big.Int).SetBytes(n.edPub),
		ServiceNodeSignature1: new(big.Int).SetBytes(sig[:32]),
		ServiceNodeSignature2: new(big.Int).SetBytes(sig[32:]),
		Fee:                   fee,
	}
}

// pop returns the proof of possession for operator.
func (n node) pop(dom bls.Domain, operator common.Address) bindings.IServiceNodeRewardsBLSSignatureParams {
	return sigParams(bls.ProofOfPossession(n.sk, dom, operator, n.ed25519Key()))
}

func sigParams(s bls.Signature) bindings.IServiceNodeRewardsBLSSignatureParams {
	w := s.Words()
	return bindings.IServiceNodeRewardsBLSSignatureParams{Sigs0: w[0], Sigs1: w[1], Sigs2: w[2], Sigs3: w[3]}
}

// register registers n as a solo node of a (who must hold and approve the stake) and returns
// its id and the receipt.
func (e *env) register(a account, n node) (uint64, *types.Receipt) {
	e.t.Helper()
	e.approve(a, e.dep.Rewards, stakingReq)
	r := e.send(a, e.rewards, rewardsABI.PackAddBLSPublicKey(n.g1(), n.pop(e.domain, a.addr), n.params(0), nil))
	return e.lastNewNodeID(r), r
}

func (e *env) lastNewNodeID(r *types.Receipt) uint64 {
	e.t.Helper()
	for _, l := range r.Logs {
		if ev, err := rewardsABI.UnpackNewServiceNodeV2Event(l); err == nil {
			return ev.ServiceNodeID
		}
	}
	e.t.Fatal("no NewServiceNodeV2 event")
	return 0
}

// aggregate signs msg with every node not in nonSigners (by id) and returns the aggregate.
func aggregate(t *testing.T, dom bls.Domain, msg []byte, nodes map[uint64]node, nonSigners ...uint64) bls.Signature {
	t.Helper()
	skip := map[uint64]bool{}
	for _, id := range nonSigners {
		skip[id] = true
	}
	var sigs []bls.Signature
	for id, n := range nodes {
		if !skip[id] {
			sigs = append(sigs, bls.Sign(n.sk, dom, msg))
		}
	}
	agg, err := bls.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	return agg
}

// hasLog reports whether the receipt has an event whose unpacker accepts it.
func hasLog[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	return nil
}

// mustHex decodes a 0x-prefixed or plain hex string.
func mustHex(s string) []byte {
	return common.FromHex(strings.TrimSpace(s))
}

func mustBig(s string) *big.Int {
	v, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
	if !ok {
		panic("bad hex " + s)
	}
	return v
}
