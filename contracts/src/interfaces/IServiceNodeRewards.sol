// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {BN256G1} from "../libraries/BN256G1.sol";

/// @title IServiceNodeRewards
/// @notice The interface of the Session Token ServiceNodeRewards contract. The struct names and
/// field names are part of the deployed contract's ABI (`struct IServiceNodeRewards.X`).
interface IServiceNodeRewards {
    /// A staker: the address that staked and the address its rewards are paid to.
    struct Staker {
        address addr;
        address beneficiary;
    }

    /// A staker and the amount it staked (atomic SESH, 9 decimals).
    struct Contributor {
        Staker staker;
        uint256 stakedAmount;
    }

    /// A slot reserved for `addr` in a multi-contributor contract.
    struct ReservedContributor {
        address addr;
        uint256 amount;
    }

    /// A node added by the owner before `start()`, without a deposit transfer.
    struct SeedServiceNode {
        BN256G1.G1Point blsPubkey;
        uint256 ed25519Pubkey;
        uint256 addedTimestamp;
        Contributor[] contributors;
    }

    /// A registered node. `next`/`prev` link the list of nodes (sentinel id 0).
    struct ServiceNode {
        uint64 next;
        uint64 prev;
        address operator;
        BN256G1.G1Point blsPubkey;
        uint256 addedTimestamp;
        uint256 leaveRequestTimestamp; // first exit request, 0 if none
        uint256 latestLeaveRequestTimestamp; // latest exit request
        uint256 deposit;
        Contributor[] contributors;
        uint256 ed25519Pubkey;
    }

    /// Lifetime rewards of an address and how much of them it has claimed.
    struct Recipient {
        uint256 rewards;
        uint256 claimed;
    }

    /// A G2 signature as four words: X.re, X.im, Y.re, Y.im.
    struct BLSSignatureParams {
        uint256 sigs0;
        uint256 sigs1;
        uint256 sigs2;
        uint256 sigs3;
    }

    /// Ed25519 identity of a node (key and the two signature halves R, S) and the operator fee in
    /// basis points.
    struct ServiceNodeParams {
        uint256 serviceNodePubkey;
        uint256 serviceNodeSignature1;
        uint256 serviceNodeSignature2;
        uint16 fee;
    }

    function aggregatePubkey() external view returns (BN256G1.G1Point memory);
    function blsNonSignerThreshold() external view returns (uint256);
    function designatedToken() external view returns (IERC20);
    function foundationPool() external view returns (IERC20);
    function isStarted() external view returns (bool);
    function liquidateTag() external view returns (bytes32);
    function liquidatorRewardRatio() external view returns (uint256);
    function maxContributors() external view returns (uint256);
    function nextServiceNodeID() external view returns (uint64);
    function poolShareOfLiquidationRatio() external view returns (uint256);
    function proofOfPossessionTag() external view returns (bytes32);
    function recipientRatio() external view returns (uint256);
    function recipients(address) external view returns (uint256 rewards, uint256 claimed);
    function exitTag() external view returns (bytes32);
    function rewardTag() external view returns (bytes32);
    function serviceNodes(uint64) external view returns (ServiceNode memory);
    function serviceNodeIDs(bytes memory) external view returns (uint64);
    function allServiceNodeIDs() external view returns (uint64[] memory ids, BN256G1.G1Point[] memory pubkeys);
    function stakingRequirement() external view returns (uint256);
    function totalNodes() external view returns (uint256);

    function updateRewardsBalance(
        address recipientAddress,
        uint256 recipientRewards,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external;
    function claimRewards() external;
    function claimRewards(uint256 amount) external;
    function addBLSPublicKey(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        ServiceNodeParams memory serviceNodeParams,
        Contributor[] memory contributors
    ) external;
    function validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external;
    function initiateExitBLSPublicKey(uint64 serviceNodeID) external;
    function exitBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external;
    function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) external;
    function liquidateBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external;
    function seedPublicKeyList(SeedServiceNode[] calldata nodes) external;
    function rederiveTotalNodesAndAggregatePubkey() external;
    function start() external;
}
