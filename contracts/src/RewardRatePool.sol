// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";

/// @title RewardRatePool
/// @notice Holds the SESH reward pool and releases it to a beneficiary (the ServiceNodeRewards
/// contract) at a simple rate of 15.1 % a year of the pool's current balance, counted per second
/// since the last release. Released daily, 15.1 % simple compounds to about 14 % a year
/// ((1 - 0.151/365)^365 = 0.86). ABI-compatible with the deployed RewardRatePool.
contract RewardRatePool is Initializable, Ownable2StepUpgradeable {
    using SafeERC20 for IERC20;

    uint256 public constant VERSION = 1;
    /// 15.1 % as tenths of a percent.
    uint64 public constant ANNUAL_SIMPLE_PAYOUT_RATE = 151;
    /// Denominator of ANNUAL_SIMPLE_PAYOUT_RATE.
    uint64 public constant BASIS_POINTS = 1000;

    // solhint-disable-next-line var-name-mixedcase
    IERC20 public SESH;
    address public beneficiary;
    /// Total released since initialization.
    uint256 public totalPaidOut;
    /// Time of the last release (initially of initialization).
    uint256 public lastPaidOutTime;

    event FundsReleased(uint256 amount);
    event BeneficiaryUpdated(address newBeneficiary);

    /// @notice Sets the beneficiary and the token; the caller becomes the owner.
    function initialize(address _beneficiary, address _sesh) public initializer {
        __Ownable_init(msg.sender);
        beneficiary = _beneficiary;
        SESH = IERC20(_sesh);
        lastPaidOutTime = block.timestamp;
    }

    /// @notice Sends everything accrued since the last release to the beneficiary. Anyone may call.
    function payoutReleased() public {
        uint256 released = calculateReleasedAmount() - totalPaidOut;
        totalPaidOut += released;
        lastPaidOutTime = block.timestamp;
        emit FundsReleased(released);
        SESH.safeTransfer(beneficiary, released);
    }

    /// @notice Owner only.
    function setBeneficiary(address newBeneficiary) public onlyOwner {
        beneficiary = newBeneficiary;
        emit BeneficiaryUpdated(newBeneficiary);
    }

    /// @notice What the pool would pay over 2 minutes on its balance after the pending release.
    function rewardRate() public view returns (uint256) {
        uint256 remaining = calculateTotalDeposited() - calculateReleasedAmount();
        return calculatePayoutAmount(remaining, 2 minutes);
    }

    /// @notice Current balance plus everything paid out so far.
    function calculateTotalDeposited() public view returns (uint256) {
        return SESH.balanceOf(address(this)) + totalPaidOut;
    }

    /// @notice Total released up to now: paid out plus accrued since the last release.
    function calculateReleasedAmount() public view returns (uint256) {
        return totalPaidOut + calculatePayoutAmount(SESH.balanceOf(address(this)), block.timestamp - lastPaidOutTime);
    }

    /// @notice balance * 15.1 % * timeElapsed / 365 days, rounded down.
    function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) public pure returns (uint256) {
        return balance * ANNUAL_SIMPLE_PAYOUT_RATE * timeElapsed / (uint256(BASIS_POINTS) * 365 days);
    }
}
