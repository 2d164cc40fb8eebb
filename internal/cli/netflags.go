package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sessiond/sessiond/internal/bls"
	"github.com/sessiond/sessiond/internal/chain"
	"github.com/sessiond/sessiond/internal/config"
	"github.com/sessiond/sessiond/internal/node"
)

// netFlags select a network for commands that sign or verify for one:
// --network, or --chain-id with --rewards-contract, or the data dir's config.
type netFlags struct {
	network  string
	chainID  uint64
	contract string
}

func (f *netFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.network, "network", "", "network preset: mainnet, testnet or devnet (default: the data dir's chain.network)")
	fs.Uint64Var(&f.chainID, "chain-id", 0, "EVM chain id (with --rewards-contract, instead of --network)")
	fs.StringVar(&f.contract, "rewards-contract", "", "ServiceNodeRewards address (with --chain-id)")
}

// resolve returns the network: explicit flags first, then the config in the
// data dir (if any), then mainnet.
func (f *netFlags) resolve(a *App, cmd *cobra.Command, g *globals) (chain.Network, error) {
	if f.contract != "" && !common.IsHexAddress(f.contract) {
		return chain.Network{}, fmt.Errorf("--rewards-contract: %q is not an address", f.contract)
	}
	if f.chainID != 0 || f.contract != "" {
		if f.chainID == 0 || f.contract == "" {
			return chain.Network{}, errors.New("--chain-id and --rewards-contract go together")
		}
		n := chain.Network{Name: f.network, ChainID: f.chainID, Rewards: common.HexToAddress(f.contract)}
		if base, err := chain.Lookup(f.network); err == nil {
			n.StakingRequirement, n.Factory = base.StakingRequirement, base.Factory
		} else if f.network != "" {
			return chain.Network{}, fmt.Errorf("--network: %w", err)
		}
		return n, nil
	}
	if f.network != "" {
		n, err := chain.Lookup(f.network)
		if err != nil {
			return chain.Network{}, fmt.Errorf("--network: %w", err)
		}
		if n.Rewards == (common.Address{}) {
			return chain.Network{}, fmt.Errorf("--network %s has no preset contracts: give --chain-id and --rewards-contract, or a --data-dir whose config sets them", f.network)
		}
		return n, nil
	}
	// The data dir's config, when there is one.
	dir, err := a.resolveDataDir(g)
	if err == nil {
		if _, statErr := os.Stat(filepath.Join(dir, config.FileName)); statErr == nil || g.configFile != "" {
			l, err := a.loadConfig(cmd, g, dir)
			if err != nil {
				return chain.Network{}, err
			}
			n, _, err := node.ChainSettings(l.cfg.Chain)
			if err != nil {
				return chain.Network{}, err
			}
			return n, nil
		}
	}
	return chain.Lookup("mainnet")
}

func domainOf(n chain.Network) bls.Domain { return bls.Domain{ChainID: n.ChainID, Contract: n.Rewards} }
