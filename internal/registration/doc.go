// Package registration builds and checks a node's registration for the
// staking contracts: the Ed25519 signature over (Ed25519 key || BLS key), the
// BLS proof of possession bound to the operator and the network, the operator
// fee and reserved contributors with the contract's rules, and ready-to-send
// calldata for addBLSPublicKey (solo) or the factory's deploy
// (multi-contributor).
package registration
