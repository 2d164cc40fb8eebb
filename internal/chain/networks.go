package chain

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// Network is a deployment of the staking contracts.
type Network struct {
	Name       string
	ChainID    uint64
	Rewards    common.Address // ServiceNodeRewards proxy
	Pool       common.Address // RewardRatePool proxy
	Factory    common.Address // ServiceNodeContributionFactory proxy
	Token      common.Address // SESH
	StartBlock uint64         // first block worth scanning
	// StakingRequirement is the expected stakingRequirement() in SESH (the
	// contract's value wins; this is for offline checks of registrations).
	StakingRequirement uint64
	// SwarmEpoch is the swarm epoch in blocks (registry.Options.SwarmEpoch):
	// a network parameter every node must share.
	SwarmEpoch uint64
}

// Networks are the built-in presets. Addresses: spec/contracts.md §5
// (mainnet from the upstream README and deployment manifest; testnet is the
// current Arbitrum Sepolia stagenet). Devnet addresses come from config,
// written by `sessiond devnet`.
var Networks = map[string]Network{
	"mainnet": {
		Name:    "mainnet",
		ChainID: 42161,
		Rewards: common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00"),
		Pool:    common.HexToAddress("0x11f040E89dFAbBA9070FFE6145E914AC68DbFea0"),
		Factory: common.HexToAddress("0x8129bE2D5eF7ACd39483C19F28DE86b7EF19DBCA"),
		Token:   common.HexToAddress("0x10Ea9E5303670331Bdddfa66A4cEA47dae4fcF3b"),

		StakingRequirement: 25_000,
		SwarmEpoch:         240, // one minute of 250 ms Arbitrum blocks
	},
	"testnet": {
		Name:    "testnet",
		ChainID: 421614,
		Rewards: common.HexToAddress("0x9d8aB00880CBBdc2Dcd29C179779469A82E7be35"),
		Pool:    common.HexToAddress("0xaAD853fE7091728dac0DAa7b69990ee68abFC636"),
		Factory: common.HexToAddress("0x36Ee2Da54a7E727cC996A441826BBEdda6336B71"),
		Token:   common.HexToAddress("0x7D7fD4E91834A96cD9Fb2369E7f4EB72383bbdEd"),

		StakingRequirement: 20_000,
		SwarmEpoch:         240,
	},
	"devnet": {
		Name:    "devnet",
		ChainID: 1337,

		StakingRequirement: 25_000,
		SwarmEpoch:         1,
	},
}

// Lookup returns a preset by name.
func Lookup(name string) (Network, error) {
	n, ok := Networks[name]
	if !ok {
		names := make([]string, 0, len(Networks))
		for k := range Networks {
			names = append(names, k)
		}
		sort.Strings(names)
		return Network{}, fmt.Errorf("unknown network %q (known: %v)", name, names)
	}
	return n, nil
}
