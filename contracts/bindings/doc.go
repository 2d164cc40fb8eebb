// Package bindings holds the Go bindings (abigen v2) of sessiond's own implementations of the
// Session Token staking contracts, for devnets and tests:
//
//   - SESH: the ERC-20 "Session Token", 9 decimals, ABI of the Arbitrum token SESHL2;
//     `initialize` mints the 240,000,000 SESH supply to the caller.
//   - RewardRatePool: releases 15.1 % a year (simple) of its balance to its beneficiary.
//   - ServiceNodeRewards: the node list, BLS aggregate key, exits, liquidations and rewards.
//     DevnetServiceNodeRewardsMetaData deploys a variant without the 2-hour minimum node age for
//     signed exits and liquidations; it has the same ABI, so it is called through
//     NewServiceNodeRewards.
//   - ServiceNodeContributionFactory and ServiceNodeContribution: multi-contributor staking.
//
// Their ABIs are exactly those of the contracts deployed on Arbitrum One
// (shared/testdata/upstream-abi; the package tests compare them entry by entry), so these
// bindings also work against mainnet. The contracts are deployed without proxies: each one's
// `initialize` is called on the contract itself, and the BLS signature tags of ServiceNodeRewards
// bind the chain id and the contract's own address. Deploy runs the whole deployment in the order
// of the upstream deploy script.
//
// bindings.go, twins.go and internal/harness are generated from contracts/src by
// scripts/generate.sh (solc-js compile, then scripts/genbindings); do not edit them.
package bindings
