// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {BN256G1} from "../libraries/BN256G1.sol";
import {IServiceNodeRewards} from "./IServiceNodeRewards.sol";

/// @title IServiceNodeContribution
/// @notice The interface of a multi-contributor staking contract, as created by the
/// ServiceNodeContributionFactory. `Status` and the events and errors are part of the ABI
/// (`enum IServiceNodeContribution.Status`).
interface IServiceNodeContribution {
    /// Life cycle: the operator contributes first, then anyone until the stake is complete, then
    /// the node is registered on the rewards contract (automatically unless `manualFinalize`).
    enum Status {
        WaitForOperatorContrib,
        OpenForPublicContrib,
        WaitForFinalized,
        Finalized
    }

    /// A reserved slot: the amount and whether the reserved address has contributed.
    struct ReservedContribution {
        uint256 amount;
        bool received;
    }

    event Finalized();
    event NewContribution(address indexed contributor, address beneficiary, uint256 amount);
    event OpenForPublicContribution();
    event Filled();
    event WithdrawContribution(address indexed contributor, uint256 amount);
    event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary);
    event UpdateManualFinalize(bool newValue);
    event UpdateFee(uint16 newFee);
    event UpdatePubkeys(BN256G1.G1Point newBLSPubkey, uint256 newEd25519Pubkey);
    event UpdateReservedContributors(IServiceNodeRewards.ReservedContributor[] newReservedContributors);
    event Reset();

    error CalcMinContributionGivenBadContribArgs(uint256 numContributors, uint256 maxNumContributors);
    error ContributeFundsNotPossible(Status status);
    error ContributionBelowMinAmount(uint256 contributed, uint256 min);
    error ContributionBelowReservedAmount(uint256 contributed, uint256 reserved);
    error ContributionExceedsStakingRequirement(uint256 totalContributed, uint256 totalReserved, uint256 stakingRequirement);
    error DuplicateAddressInReservedContributor(uint256 index);
    error FeeExceedsPossibleValue(uint16 fee, uint16 max);
    error RequireWaitForOperatorContribStatus(Status status);
    error FinalizeNotPossible(Status status);
    error FirstContributionMustBeOperator(address contributor, address operator);
    error BeneficiaryUpdatingDisabledNodeIsNotOpen(uint256 ed25519Pubkey);
    error FirstReservedContributorMustBeOperator(uint256 index, address operator);
    error OnlyOperatorIsAuthorised(address addr, address operator);
    error MaxContributorsExceeded(uint256 maxContributors);
    error RescueBalanceIsEmpty(address token);
    error RescueNotPossible(Status status);
    error ReservedContributorHasZeroAddress(uint256 index);
    error ReservedContributionBelowMinAmount(uint256 index, uint256 contributed, uint256 min);
    error ReservedContributionExceedsStakingRequirement(uint256 index, uint256 contributed, uint256 remaining);
    error RewardsContractMaxContributorsChanged(uint256 oldMax, uint256 newMax);
    error RewardsContractStakingRequirementChanged(uint256 oldRequirement, uint256 newRequirement);
    error NonContributorUpdatedBeneficiary(address nonContributorAddr);
    error TooManyReservedContributors(uint256 length, uint256 max);
    error WithdrawTooEarly(uint256 contribTime, uint256 blockTime, uint256 delayRequired);

    function SESH() external view returns (IERC20);
    function stakingRewardsContract() external view returns (IServiceNodeRewards);
    function stakingRequirement() external view returns (uint256);
    function blsPubkey() external view returns (uint256, uint256);
    function serviceNodeParams() external view returns (IServiceNodeRewards.ServiceNodeParams memory);
    function blsSignature() external view returns (IServiceNodeRewards.BLSSignatureParams memory);
    function operator() external view returns (address);
    function contributions(address) external view returns (uint256);
    function contributionTimestamp(address) external view returns (uint256);
    function contributorAddresses(uint256) external view returns (IServiceNodeRewards.Staker memory);
    function maxContributors() external view returns (uint256);
    function reservedContributions(address) external view returns (uint256, bool);
    function reservedContributionsAddresses(uint256) external view returns (address);
    function status() external view returns (Status);
    function manualFinalize() external view returns (bool);

    function updateManualFinalize(bool value) external;
    function updateFee(uint16 fee) external;
    function updatePubkeys(
        BN256G1.G1Point memory newBLSPubkey,
        IServiceNodeRewards.BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) external;
    function updateReservedContributors(IServiceNodeRewards.ReservedContributor[] memory reserved) external;
    function updateBeneficiary(address newBeneficiary) external;
    function contributeFunds(uint256 amount, address beneficiary) external;
    function finalize() external;
    function reset() external;
    function resetUpdateAndContribute(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) external;
    function rescueERC20(address tokenAddress) external;
    function withdrawContribution() external;

    function minimumContribution() external view returns (uint256 result);
    function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors)
        external
        pure
        returns (uint256 result);
    function minimumOperatorContribution(uint256 _stakingRequirement) external pure returns (uint256 result);
    function contributorAddressesLength() external view returns (uint256 result);
    function operatorContribution() external view returns (uint256 result);
    function getContributions()
        external
        view
        returns (address[] memory addrs, address[] memory beneficiaries, uint256[] memory contribs);
    function getReserved() external view returns (address[] memory addrs, uint256[] memory contribs, bool[] memory received);
    function totalContribution() external view returns (uint256 result);
    function totalReservedContribution() external view returns (uint256 result);
}
