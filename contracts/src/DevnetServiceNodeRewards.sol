// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {ServiceNodeRewards} from "./ServiceNodeRewards.sol";

/// @title DevnetServiceNodeRewards
/// @notice ServiceNodeRewards without the 2-hour minimum node age for signed exits and
/// liquidations, for local devnets that run in real time. Same ABI.
contract DevnetServiceNodeRewards is ServiceNodeRewards {
    function minimumExitAge() internal pure override returns (uint64) {
        return 0;
    }
}
