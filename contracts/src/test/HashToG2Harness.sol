// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {BN256G1} from "../libraries/BN256G1.sol";
import {BLS} from "../libraries/BLS.sol";

/// @title HashToG2Harness
/// @notice Test-only: exposes the BLS library so Go tests can compare it with internal/bls.
/// Points are returned as [x.re, x.im, y.re, y.im].
contract HashToG2Harness {
    function hashToG2(bytes memory message, bytes32 dst) external view returns (uint256[4] memory) {
        return _words(BLS.hashToG2(message, dst));
    }

    /// The try-and-increment point before cofactor clearing.
    function mapToTwist(bytes memory message, bytes32 dst) external view returns (uint256[4] memory) {
        return _words(BLS.mapToTwist(message, dst));
    }

    function expandMessage(bytes memory message, uint8 counter, bytes32 dst)
        external
        pure
        returns (uint256, uint256, uint256, uint256)
    {
        return BLS.expandMessage(message, counter, dst);
    }

    function verify(uint256[2] memory pk, uint256[4] memory sig, uint256[4] memory hm) external view returns (bool) {
        return BLS.verify(
            BN256G1.G1Point(pk[0], pk[1]),
            BLS.G2Point(sig[0], sig[1], sig[2], sig[3]),
            BLS.G2Point(hm[0], hm[1], hm[2], hm[3])
        );
    }

    function isOnTwist(uint256[4] memory p) external pure returns (bool) {
        return BLS.isOnTwist(BLS.G2Point(p[0], p[1], p[2], p[3]));
    }

    /// Gas used by hashToG2, measured inside the call.
    function hashToG2Gas(bytes memory message, bytes32 dst) external view returns (uint256 used) {
        used = gasleft();
        BLS.hashToG2(message, dst);
        used -= gasleft();
    }

    function _words(BLS.G2Point memory p) private pure returns (uint256[4] memory r) {
        r = [p.xr, p.xi, p.yr, p.yi];
    }
}
