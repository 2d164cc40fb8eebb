// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";

import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {BN256G1} from "./libraries/BN256G1.sol";
import {ServiceNodeContribution} from "./ServiceNodeContribution.sol";

/// @title ServiceNodeContributionFactory
/// @notice Creates ServiceNodeContribution contracts for the rewards contract and remembers which
/// it created. The caller of `deploy` becomes the node's operator. ABI-compatible with the
/// deployed factory.
contract ServiceNodeContributionFactory is Initializable, Ownable2StepUpgradeable, PausableUpgradeable {
    uint256 public constant VERSION = 1;

    IServiceNodeRewards public stakingRewardsContract;
    mapping(address => bool) public deployedContracts;

    /// Emitted after the new contract's own set-up events, in the same transaction.
    event NewServiceNodeContributionContract(address indexed contributorContract, uint256 serviceNodePubkey, address operator);

    /// @notice The caller becomes the owner.
    function initialize(address _stakingRewardsContract) public initializer {
        __Ownable_init(msg.sender);
        __Pausable_init();
        stakingRewardsContract = IServiceNodeRewards(_stakingRewardsContract);
    }

    /// @notice Creates a contribution contract operated by the caller.
    /// @return result Its address.
    function deploy(
        BN256G1.G1Point calldata key,
        IServiceNodeRewards.BLSSignatureParams calldata sig,
        IServiceNodeRewards.ServiceNodeParams calldata params,
        IServiceNodeRewards.ReservedContributor[] calldata reserved,
        bool manualFinalize
    ) external whenNotPaused returns (address result) {
        result = address(
            new ServiceNodeContribution(
                address(stakingRewardsContract),
                stakingRewardsContract.maxContributors(),
                key,
                sig,
                params,
                reserved,
                msg.sender,
                manualFinalize
            )
        );
        deployedContracts[result] = true;
        emit NewServiceNodeContributionContract(result, params.serviceNodePubkey, msg.sender);
    }

    function pause() public onlyOwner {
        _pause();
    }

    function unpause() public onlyOwner {
        _unpause();
    }

    /// @notice Whether `contractAddress` was created by this factory.
    function owns(address contractAddress) external view returns (bool) {
        return deployedContracts[contractAddress];
    }
}
