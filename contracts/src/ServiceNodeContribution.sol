// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IServiceNodeContribution} from "./interfaces/IServiceNodeContribution.sol";
import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {BN256G1} from "./libraries/BN256G1.sol";

/// @title ServiceNodeContribution
/// @notice Collects the stake of a multi-contributor node and registers it on the rewards contract
/// once complete (spec/contracts.md section 3). The operator contributes first (at least a quarter
/// of what is not reserved for others); reserved slots must be taken with at least their reserved
/// amount; any other newcomer must bring at least the remaining amount divided by the remaining
/// slots. Non-operators may withdraw a day after their last contribution; the operator's
/// withdrawal resets the contract and refunds everyone. The ABI is that of the deployed contract.
contract ServiceNodeContribution is IServiceNodeContribution {
    using SafeERC20 for IERC20;

    uint64 public constant WITHDRAWAL_DELAY = 1 days;
    /// Fee in basis points.
    uint16 public constant MAX_FEE = 10000;

    IERC20 public immutable SESH;
    IServiceNodeRewards public immutable stakingRewardsContract;
    uint256 public immutable stakingRequirement;
    uint256 public immutable maxContributors;
    address public immutable operator;

    BN256G1.G1Point public blsPubkey;
    IServiceNodeRewards.ServiceNodeParams public _serviceNodeParams;
    IServiceNodeRewards.BLSSignatureParams public _blsSignature;

    mapping(address stakerAddr => uint256 amount) public contributions;
    mapping(address stakerAddr => uint256 amount) public contributionTimestamp;
    IServiceNodeRewards.Staker[] public _contributorAddresses;

    mapping(address stakerAddr => ReservedContribution) public reservedContributions;
    address[] public reservedContributionsAddresses;

    Status public status;
    bool public manualFinalize;

    modifier onlyOperator() {
        if (msg.sender != operator) revert OnlyOperatorIsAuthorised(msg.sender, operator);
        _;
    }

    modifier onlyWaitForOperator() {
        if (status != Status.WaitForOperatorContrib) revert RequireWaitForOperatorContribStatus(status);
        _;
    }

    /// @notice Reads the staking requirement and token from the rewards contract and sets up the
    /// node: keys (proof of possession checked against `_operator`), fee, reservations and the
    /// finalize mode.
    constructor(
        address _stakingRewardsContract,
        uint256 _maxContributors,
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        address _operator,
        bool _manualFinalize
    ) {
        require(_stakingRewardsContract != address(0), "zero rewards contract");
        require(_maxContributors != 0, "zero max contributors");
        stakingRewardsContract = IServiceNodeRewards(_stakingRewardsContract);
        stakingRequirement = IServiceNodeRewards(_stakingRewardsContract).stakingRequirement();
        SESH = IServiceNodeRewards(_stakingRewardsContract).designatedToken();
        maxContributors = _maxContributors;
        operator = _operator;
        _resetAndConfigure(key, sig, params, reserved, _manualFinalize);
    }

    // --------------------------------------------------------------------------------------------
    // Operator set-up (only before the operator has contributed)
    // --------------------------------------------------------------------------------------------

    function updateManualFinalize(bool value) external onlyOperator {
        _setManualFinalize(value);
    }

    function updateFee(uint16 fee) external onlyOperator {
        _setFee(fee);
    }

    function updatePubkeys(
        BN256G1.G1Point memory newBLSPubkey,
        IServiceNodeRewards.BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) external onlyOperator {
        _setPubkeys(newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1);
    }

    function updateReservedContributors(IServiceNodeRewards.ReservedContributor[] memory reserved)
        external
        onlyOperator
    {
        _setReserved(reserved);
    }

    /// @notice Refunds everyone, then sets new keys, fee, reservations and finalize mode, and
    /// contributes `amount` for the operator if it is not zero.
    function resetUpdateAndContribute(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) external onlyOperator {
        _resetUpdateAndContribute(key, sig, params, reserved, _manualFinalize, beneficiary, amount);
    }

    function _resetUpdateAndContribute(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) private {
        _resetAndConfigure(key, sig, params, reserved, _manualFinalize);
        if (amount > 0) _contribute(operator, beneficiary, amount);
    }

    /// The constructor's part of resetUpdateAndContribute (kept apart so that the creation code
    /// does not carry the contribution path).
    function _resetAndConfigure(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        IServiceNodeRewards.ServiceNodeParams memory params,
        IServiceNodeRewards.ReservedContributor[] memory reserved,
        bool _manualFinalize
    ) private {
        _reset();
        _setPubkeys(key, sig, params.serviceNodePubkey, params.serviceNodeSignature1, params.serviceNodeSignature2);
        _setFee(params.fee);
        _setReserved(reserved);
        _setManualFinalize(_manualFinalize);
    }

    function _setManualFinalize(bool value) private {
        manualFinalize = value;
        emit UpdateManualFinalize(value);
    }

    function _setFee(uint16 fee) private onlyWaitForOperator {
        if (fee > MAX_FEE) revert FeeExceedsPossibleValue(fee, MAX_FEE);
        _serviceNodeParams.fee = fee;
        emit UpdateFee(fee);
    }

    function _setPubkeys(
        BN256G1.G1Point memory key,
        IServiceNodeRewards.BLSSignatureParams memory sig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) private onlyWaitForOperator {
        stakingRewardsContract.validateProofOfPossession(key, sig, operator, ed25519Pubkey);
        blsPubkey = key;
        _blsSignature = sig;
        _serviceNodeParams.serviceNodePubkey = ed25519Pubkey;
        _serviceNodeParams.serviceNodeSignature1 = ed25519Sig0;
        _serviceNodeParams.serviceNodeSignature2 = ed25519Sig1;
        emit UpdatePubkeys(key, ed25519Pubkey);
    }

    /// Replaces the reservations. The first must be the operator's; each must be at least the
    /// minimum contribution for its position and all together at most the staking requirement.
    function _setReserved(IServiceNodeRewards.ReservedContributor[] memory reserved) private onlyWaitForOperator {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; ++i) {
            delete reservedContributions[reservedContributionsAddresses[i]];
        }
        delete reservedContributionsAddresses;

        if (reserved.length > maxContributors) revert TooManyReservedContributors(reserved.length, maxContributors);
        uint256 remaining = stakingRequirement;
        for (uint256 i = 0; i < reserved.length; ++i) {
            address addr = reserved[i].addr;
            uint256 amount = reserved[i].amount;
            if (i == 0 && addr != operator) revert FirstReservedContributorMustBeOperator(i, operator);
            if (addr == address(0)) revert ReservedContributorHasZeroAddress(i);
            ReservedContribution storage slot = reservedContributions[addr];
            if (slot.amount != 0) revert DuplicateAddressInReservedContributor(i);
            uint256 min = calcMinimumContribution(remaining, i, maxContributors);
            if (amount < min) revert ReservedContributionBelowMinAmount(i, amount, min);
            if (amount > remaining) revert ReservedContributionExceedsStakingRequirement(i, amount, remaining);
            remaining -= amount;
            slot.amount = amount;
            slot.received = false;
            reservedContributionsAddresses.push(addr);
        }
        emit UpdateReservedContributors(reserved);
    }

    // --------------------------------------------------------------------------------------------
    // Contributions
    // --------------------------------------------------------------------------------------------

    /// @notice Adds `amount` SESH from the caller (approve first). `beneficiary` receives the
    /// rewards; zero means the caller. Completing the stake finalizes unless `manualFinalize`.
    function contributeFunds(uint256 amount, address beneficiary) external {
        _contribute(msg.sender, beneficiary, amount);
    }

    function _contribute(address caller, address beneficiary, uint256 amount) private {
        if (status != Status.WaitForOperatorContrib && status != Status.OpenForPublicContrib) {
            revert ContributeFundsNotPossible(status);
        }
        uint256 rewardsMax = stakingRewardsContract.maxContributors();
        if (rewardsMax != maxContributors) revert RewardsContractMaxContributorsChanged(maxContributors, rewardsMax);
        uint256 rewardsReq = stakingRewardsContract.stakingRequirement();
        if (rewardsReq != stakingRequirement) {
            revert RewardsContractStakingRequirementChanged(stakingRequirement, rewardsReq);
        }

        if (status == Status.WaitForOperatorContrib) {
            if (caller != operator) revert FirstContributionMustBeOperator(caller, operator);
            status = Status.OpenForPublicContrib;
            emit OpenForPublicContribution();
        }

        ReservedContribution storage slot = reservedContributions[caller];
        if (slot.amount > 0 && !slot.received) {
            if (amount < slot.amount) revert ContributionBelowReservedAmount(amount, slot.amount);
            slot.received = true;
        } else if (contributions[caller] == 0) {
            uint256 min = minimumContribution();
            if (amount < min) revert ContributionBelowMinAmount(amount, min);
        }

        address payee = beneficiary == address(0) ? caller : beneficiary;
        if (contributions[caller] == 0) {
            _contributorAddresses.push(IServiceNodeRewards.Staker(caller, payee));
        } else {
            _setBeneficiary(caller, payee);
        }
        contributions[caller] += amount;
        contributionTimestamp[caller] = block.timestamp;

        uint256 total = totalContribution();
        uint256 reservedLeft = totalReservedContribution();
        if (total + reservedLeft > stakingRequirement) {
            revert ContributionExceedsStakingRequirement(total, reservedLeft, stakingRequirement);
        }
        if (_contributorAddresses.length > maxContributors) revert MaxContributorsExceeded(maxContributors);
        if (total == stakingRequirement) {
            status = Status.WaitForFinalized;
            emit Filled();
        }

        emit NewContribution(caller, payee, amount);
        SESH.safeTransferFrom(caller, address(this), amount);

        if (status == Status.WaitForFinalized && !manualFinalize) _finalize();
    }

    /// @notice Registers the node on the rewards contract with the collected stake. Operator only;
    /// needed only with `manualFinalize`.
    function finalize() external onlyOperator {
        _finalize();
    }

    function _finalize() private {
        if (status != Status.WaitForFinalized) revert FinalizeNotPossible(status);
        status = Status.Finalized;
        emit Finalized();

        uint256 n = _contributorAddresses.length;
        IServiceNodeRewards.Contributor[] memory list = new IServiceNodeRewards.Contributor[](n);
        for (uint256 i = 0; i < n; ++i) {
            IServiceNodeRewards.Staker memory s = _contributorAddresses[i];
            list[i] = IServiceNodeRewards.Contributor(s, contributions[s.addr]);
        }
        SESH.forceApprove(address(stakingRewardsContract), stakingRequirement);
        stakingRewardsContract.addBLSPublicKey(blsPubkey, _blsSignature, _serviceNodeParams, list);
    }

    /// @notice Sets where the caller's rewards go (zero means the caller), while the contract is
    /// open or waiting to be finalized.
    function updateBeneficiary(address newBeneficiary) external {
        _setBeneficiary(msg.sender, newBeneficiary == address(0) ? msg.sender : newBeneficiary);
    }

    function _setBeneficiary(address staker, address payee) private {
        if (status != Status.OpenForPublicContrib && status != Status.WaitForFinalized) {
            revert BeneficiaryUpdatingDisabledNodeIsNotOpen(_serviceNodeParams.serviceNodePubkey);
        }
        for (uint256 i = 0; i < _contributorAddresses.length; ++i) {
            IServiceNodeRewards.Staker storage s = _contributorAddresses[i];
            if (s.addr != staker) continue;
            if (s.beneficiary == payee) return;
            s.beneficiary = payee;
            emit UpdateStakerBeneficiary(staker, payee);
            return;
        }
        revert NonContributorUpdatedBeneficiary(staker);
    }

    // --------------------------------------------------------------------------------------------
    // Withdrawal and reset
    // --------------------------------------------------------------------------------------------

    /// @notice The operator resets the contract (refunding everyone); anyone else takes back its
    /// contribution WITHDRAWAL_DELAY after its last one (nothing is refunded once finalized).
    function withdrawContribution() external {
        if (msg.sender == operator) {
            _reset();
            return;
        }
        uint256 last = contributionTimestamp[msg.sender];
        if (block.timestamp - last < WITHDRAWAL_DELAY) {
            revert WithdrawTooEarly(last, block.timestamp, WITHDRAWAL_DELAY);
        }
        uint256 refunded = _removeContributor(msg.sender);
        if (refunded > 0) emit WithdrawContribution(msg.sender, refunded);
    }

    /// @notice Refunds everyone (unless finalized), clears contributions and reservations.
    function reset() external onlyOperator {
        _reset();
    }

    function _reset() private {
        bool refund = status != Status.Finalized;
        for (uint256 i = 0; i < _contributorAddresses.length; ++i) {
            address addr = _contributorAddresses[i].addr;
            uint256 amount = contributions[addr];
            if (refund && amount > 0) SESH.safeTransfer(addr, amount);
            delete contributions[addr];
            delete contributionTimestamp[addr];
        }
        delete _contributorAddresses;
        status = Status.WaitForOperatorContrib;
        _setReserved(new IServiceNodeRewards.ReservedContributor[](0));
        emit Reset();
    }

    function _removeContributor(address addr) private returns (uint256 amount) {
        amount = contributions[addr];
        if (amount == 0) return 0;
        delete contributions[addr];
        delete contributionTimestamp[addr];

        uint256 n = _contributorAddresses.length;
        for (uint256 i = 0; i < n; ++i) {
            if (_contributorAddresses[i].addr == addr) {
                _contributorAddresses[i] = _contributorAddresses[n - 1];
                _contributorAddresses.pop();
                break;
            }
        }
        reservedContributions[addr].received = false;

        if (status == Status.Finalized) return 0;
        SESH.safeTransfer(addr, amount);
        if (status == Status.WaitForFinalized) status = Status.OpenForPublicContrib;
    }

    /// @notice Sends the contract's whole balance of `tokenAddress` to the operator, when nothing
    /// is being collected (before the operator's contribution or after finalization).
    function rescueERC20(address tokenAddress) external onlyOperator {
        if (status != Status.Finalized && status != Status.WaitForOperatorContrib) revert RescueNotPossible(status);
        IERC20 token = IERC20(tokenAddress);
        uint256 balance = token.balanceOf(address(this));
        if (balance == 0) revert RescueBalanceIsEmpty(tokenAddress);
        token.safeTransfer(operator, balance);
    }

    // --------------------------------------------------------------------------------------------
    // Views
    // --------------------------------------------------------------------------------------------

    function blsSignature() external view returns (IServiceNodeRewards.BLSSignatureParams memory) {
        return _blsSignature;
    }

    function serviceNodeParams() external view returns (IServiceNodeRewards.ServiceNodeParams memory) {
        return _serviceNodeParams;
    }

    function contributorAddresses(uint256 index) external view returns (IServiceNodeRewards.Staker memory) {
        return _contributorAddresses[index];
    }

    /// @notice The least a new, unreserved contributor may bring now.
    function minimumContribution() public view returns (uint256 result) {
        uint256 pendingAmount;
        uint256 pendingSlots;
        for (uint256 i = 0; i < reservedContributionsAddresses.length; ++i) {
            ReservedContribution storage slot = reservedContributions[reservedContributionsAddresses[i]];
            if (!slot.received) {
                pendingAmount += slot.amount;
                ++pendingSlots;
            }
        }
        result = calcMinimumContribution(
            stakingRequirement - totalContribution() - pendingAmount,
            _contributorAddresses.length + pendingSlots,
            maxContributors
        );
    }

    /// @notice ceil(remaining / 4) for the first contributor, else
    /// ceil(remaining / (maxNumContributors - numContributors)).
    function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors)
        public
        pure
        returns (uint256 result)
    {
        if (maxNumContributors <= numContributors) {
            revert CalcMinContributionGivenBadContribArgs(numContributors, maxNumContributors);
        }
        uint256 divisor = numContributors == 0 ? 4 : maxNumContributors - numContributors;
        result = contributionRemaining == 0 ? 0 : (contributionRemaining - 1) / divisor + 1;
    }

    /// @notice ceil(_stakingRequirement / 4).
    function minimumOperatorContribution(uint256 _stakingRequirement) public pure returns (uint256 result) {
        result = calcMinimumContribution(_stakingRequirement, 0, 1);
    }

    function contributorAddressesLength() public view returns (uint256 result) {
        result = _contributorAddresses.length;
    }

    function operatorContribution() public view returns (uint256 result) {
        if (_contributorAddresses.length > 0) result = contributions[_contributorAddresses[0].addr];
    }

    function getContributions()
        public
        view
        returns (address[] memory addrs, address[] memory beneficiaries, uint256[] memory contribs)
    {
        uint256 n = _contributorAddresses.length;
        addrs = new address[](n);
        beneficiaries = new address[](n);
        contribs = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            IServiceNodeRewards.Staker storage s = _contributorAddresses[i];
            addrs[i] = s.addr;
            beneficiaries[i] = s.beneficiary;
            contribs[i] = contributions[s.addr];
        }
    }

    function getReserved() public view returns (address[] memory addrs, uint256[] memory contribs, bool[] memory received) {
        uint256 n = reservedContributionsAddresses.length;
        addrs = new address[](n);
        contribs = new uint256[](n);
        received = new bool[](n);
        for (uint256 i = 0; i < n; ++i) {
            address a = reservedContributionsAddresses[i];
            addrs[i] = a;
            contribs[i] = reservedContributions[a].amount;
            received[i] = reservedContributions[a].received;
        }
    }

    function totalContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < _contributorAddresses.length; ++i) {
            result += contributions[_contributorAddresses[i].addr];
        }
    }

    /// @notice Reserved amounts not yet contributed.
    function totalReservedContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; ++i) {
            ReservedContribution storage slot = reservedContributions[reservedContributionsAddresses[i]];
            if (!slot.received) result += slot.amount;
        }
    }
}
