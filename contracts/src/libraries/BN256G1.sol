// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

/// @title BN256G1
/// @notice Points of G1 on BN254 (alt_bn128) and the EIP-196 add precompile.
/// @dev The library name and `G1Point` (fields `X`, `Y`) are part of the public ABI: the deployed
/// contracts expose them as `struct BN256G1.G1Point`.
library BN256G1 {
    /// @dev Base field modulus of BN254.
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    /// An affine G1 point; (0, 0) is the point at infinity, as for the precompiles.
    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @return The generator (1, 2).
    function generator() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    /// @return r = -a.
    function negate(G1Point memory a) internal pure returns (G1Point memory r) {
        if (a.X == 0 && a.Y == 0) return r;
        uint256 y = a.Y % P;
        r.X = a.X;
        r.Y = y == 0 ? 0 : P - y;
    }

    /// @return r = a + b, computed by precompile 0x06. Reverts (without data) on invalid points.
    function add(G1Point memory a, G1Point memory b) internal view returns (G1Point memory r) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, mload(a))
            mstore(add(m, 0x20), mload(add(a, 0x20)))
            mstore(add(m, 0x40), mload(b))
            mstore(add(m, 0x60), mload(add(b, 0x20)))
            ok := staticcall(gas(), 0x06, m, 0x80, r, 0x40)
        }
        require(ok);
    }

    /// @return The 64-byte key X || Y under which a public key is indexed (`serviceNodeIDs`).
    function key(G1Point memory a) internal pure returns (bytes memory) {
        return abi.encode(a.X, a.Y);
    }
}
