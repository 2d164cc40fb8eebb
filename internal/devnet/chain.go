package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Backend is what devnet needs from a chain.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Chain is a chain the devnet drives: transactions are sent through Client;
// Mine makes them final (Commit on the simulated backend, a no-op on a chain
// that mines by itself).
type Chain struct {
	Client  Backend
	ChainID *big.Int
	// URL is the HTTP JSON-RPC endpoint node processes use.
	URL string

	sim    *simulated.Backend
	mu     sync.Mutex // serializes Commit
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// SimulatedOptions configure NewSimulated.
type SimulatedOptions struct {
	// Alloc funds accounts at genesis.
	Alloc map[common.Address]*big.Int
	// HTTPAddr serves JSON-RPC on this loopback address ("127.0.0.1:0" picks a
	// port); empty serves no HTTP.
	HTTPAddr string
	// BlockEvery mines a block on this period in the background (0: only on Mine).
	BlockEvery time.Duration
}

// NewSimulated starts an in-process chain (chain id 1337).
func NewSimulated(o SimulatedOptions) (*Chain, error) {
	alloc := types.GenesisAlloc{}
	for a, v := range o.Alloc {
		alloc[a] = types.Account{Balance: v}
	}
	var url string
	opts := []func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(60_000_000), pragueRules}
	if o.HTTPAddr != "" {
		host, port, err := freePort(o.HTTPAddr)
		if err != nil {
			return nil, err
		}
		url = fmt.Sprintf("http://%s:%d", host, port)
		opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort = host, port
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"*"}
		})
	}
	sim := simulated.NewBackend(alloc, opts...)
	c := &Chain{Client: sim.Client(), ChainID: big.NewInt(1337), URL: url, sim: sim}
	if o.BlockEvery > 0 {
		ctx, cancel := context.WithCancel(context.Background())
		c.cancel = cancel
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			t := time.NewTicker(o.BlockEvery)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					c.Mine()
				}
			}
		}()
	}
	return c, nil
}

// pragueRules runs the simulated chain with Prague rules (what Arbitrum One
// runs) instead of every fork geth knows, which includes an unreleased fork
// whose state gas makes storage writes several times dearer.
func pragueRules(_ *node.Config, ec *ethconfig.Config) {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.BogotaTime = nil, nil
	ec.Genesis.Config = &cfg
}

// freePort resolves addr, picking a free port when it is 0.
func freePort(addr string) (string, int, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", 0, fmt.Errorf("devnet chain http %s: %w", addr, err)
	}
	defer ln.Close()
	a := ln.Addr().(*net.TCPAddr)
	return a.IP.String(), a.Port, nil
}

// Dial uses an existing chain (geth --dev, a testnet) through client.
func Dial(ctx context.Context, client Backend, url string) (*Chain, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet chain %s: %w", url, err)
	}
	return &Chain{Client: client, ChainID: id, URL: url}, nil
}

// Simulated returns the in-process backend, or nil.
func (c *Chain) Simulated() *simulated.Backend { return c.sim }

// Mine commits pending transactions into a block on the simulated backend.
func (c *Chain) Mine() {
	if c.sim == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sim.Commit()
}

// AdjustTime moves the simulated clock forward (for exit waits and the 24 h
// payable rule) and mines a block.
func (c *Chain) AdjustTime(d time.Duration) error {
	if c.sim == nil {
		return fmt.Errorf("devnet: cannot adjust time on an external chain")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.sim.AdjustTime(d); err != nil {
		return err
	}
	c.sim.Commit()
	return nil
}

// Close stops mining and the simulated backend.
func (c *Chain) Close() error {
	if c.cancel != nil {
		c.cancel()
		c.wg.Wait()
	}
	if c.sim != nil {
		return c.sim.Close()
	}
	return nil
}

// Account is a funded key.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// NewAccount derives an account from a seed (deterministic devnets resume
// with the same accounts) or generates one when seed is nil.
func NewAccount(seed []byte) (Account, error) {
	var k *ecdsa.PrivateKey
	var err error
	if seed == nil {
		k, err = crypto.GenerateKey()
	} else {
		k, err = crypto.ToECDSA(crypto.Keccak256(seed))
	}
	if err != nil {
		return Account{}, err
	}
	return Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}, nil
}

// Opts returns transaction options for a.
func (c *Chain) Opts(ctx context.Context, a Account) (*bind.TransactOpts, error) {
	o := bind.NewKeyedTransactor(a.Key, c.ChainID)
	o.Context = ctx
	return o, nil
}

// Send sends calldata to `to` from a, mines, and waits for the receipt; a
// reverted transaction is an error naming what.
func (c *Chain) Send(ctx context.Context, a Account, to common.Address, data []byte, what string) (*types.Receipt, error) {
	o, err := c.Opts(ctx, a)
	if err != nil {
		return nil, err
	}
	bc := bind.NewBoundContract(to, abi.ABI{}, c.Client, c.Client, c.Client)
	tx, err := bind.Transact(bc, o, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return c.wait(ctx, tx, what)
}

func (c *Chain) wait(ctx context.Context, tx *types.Transaction, what string) (*types.Receipt, error) {
	c.Mine()
	r, err := bind.WaitMined(ctx, c.Client, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("%s: transaction %s reverted", what, tx.Hash())
	}
	return r, nil
}

// Transfer sends ETH for gas.
func (c *Chain) Transfer(ctx context.Context, from Account, to common.Address, wei *big.Int) error {
	nonce, err := c.Client.PendingNonceAt(ctx, from.Addr)
	if err != nil {
		return err
	}
	tip, err := c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &to, Value: wei})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), from.Key)
	if err != nil {
		return err
	}
	if err := c.Client.SendTransaction(ctx, signed); err != nil {
		return fmt.Errorf("fund %s: %w", to, err)
	}
	_, err = c.wait(ctx, signed, "fund "+to.Hex())
	return err
}
