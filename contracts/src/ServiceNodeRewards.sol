// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";

import {IServiceNodeRewards} from "./interfaces/IServiceNodeRewards.sol";
import {BN256G1} from "./libraries/BN256G1.sol";
import {BLS} from "./libraries/BLS.sol";

/// @title ServiceNodeRewards
/// @notice Devnet implementation of the Session Token staking contract: the list of registered
/// service nodes (BLS key in G1, Ed25519 key, stakers), their aggregate BLS key, and the rewards
/// ledger that the network updates with aggregate BLS signatures. Its ABI is exactly that of the
/// deployed implementation (spec/contracts.md section 1); it may be deployed without a proxy, in
/// which case `initialize` is called on the contract itself and the signature tags bind its own
/// address.
contract ServiceNodeRewards is Initializable, Ownable2StepUpgradeable, PausableUpgradeable, IServiceNodeRewards {
    using SafeERC20 for IERC20;

    uint256 public constant VERSION = 1;

    /// Id of the list sentinel; no node ever has it.
    uint64 public constant LIST_SENTINEL = 0;
    /// Delay after the first exit request after which anyone may exit a node without a signature.
    uint256 public constant MAX_SERVICE_NODE_EXIT_WAIT_TIME = 30 days;
    /// Lower bound of the number of keys that may join the aggregate key in one block.
    uint256 public constant MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND = 20;
    /// Minimum spacing of repeated exit requests for one node.
    uint256 public constant MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST = 1 hours;
    /// A contributor with less than 1/SMALL_CONTRIBUTOR_DIVISOR of the deposit may not make the
    /// first exit request before SMALL_CONTRIBUTOR_LEAVE_DELAY after registration.
    uint256 public constant SMALL_CONTRIBUTOR_LEAVE_DELAY = 30 days;
    uint256 public constant SMALL_CONTRIBUTOR_DIVISOR = 4;

    // --------------------------------------------------------------------------------------------
    // State
    // --------------------------------------------------------------------------------------------

    bool public isStarted;
    IERC20 public designatedToken;
    IERC20 public foundationPool;

    uint64 public nextServiceNodeID;
    uint256 public totalNodes;
    uint256 public blsNonSignerThreshold;
    uint256 public blsNonSignerThresholdMax;
    uint256 public signatureExpiry;

    bytes32 public proofOfPossessionTag;
    bytes32 public rewardTag;
    bytes32 public exitTag;
    bytes32 public liquidateTag;
    bytes32 public hashToG2Tag;

    uint256 public stakingRequirement;
    uint256 public maxContributors;
    uint256 public liquidatorRewardRatio;
    uint256 public poolShareOfLiquidationRatio;
    uint256 public recipientRatio;

    /// Claims per claim cycle are capped at `claimThreshold`; a cycle is `claimCycle` seconds long,
    /// counted from the Unix epoch.
    uint256 public claimThreshold;
    uint256 public claimCycle;
    uint256 public currentClaimTotal;
    uint256 public currentClaimCycle;

    mapping(address => Recipient) public recipients;
    mapping(bytes blsPubkey => uint64 serviceNodeID) public serviceNodeIDs;
    mapping(uint256 ed25519Pubkey => uint64 serviceNodeID) public ed25519ToServiceNodeID;

    uint256 public lastHeightPubkeyWasAggregated;
    uint256 public numPubkeyAggregationsForHeight;

    mapping(uint64 => ServiceNode) private _nodes;
    BN256G1.G1Point private _aggregateKey;

    // --------------------------------------------------------------------------------------------
    // Events
    // --------------------------------------------------------------------------------------------

    event NewSeededServiceNode(uint64 indexed serviceNodeID, BN256G1.G1Point blsPubkey, uint256 ed25519Pubkey);
    event NewServiceNodeV2(
        uint64 indexed serviceNodeID,
        address initiator,
        BN256G1.G1Point pubkey,
        ServiceNodeParams serviceNode,
        Contributor[] contributors
    );
    event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance);
    event RewardsClaimed(address indexed recipientAddress, uint256 amount);
    event BLSNonSignerThresholdMaxUpdated(uint256 newMax);
    event ClaimThresholdUpdated(uint256 newThreshold);
    event ClaimCycleUpdated(uint256 newValue);
    event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio);
    event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, BN256G1.G1Point pubkey);
    event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, BN256G1.G1Point pubkey);
    event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, BN256G1.G1Point pubkey);
    event StakingRequirementUpdated(uint256 newRequirement);
    event SignatureExpiryUpdated(uint256 newExpiry);

    // --------------------------------------------------------------------------------------------
    // Errors
    // --------------------------------------------------------------------------------------------

    error BLSPubkeyAlreadyExists(uint64 serviceNodeID);
    error BLSPubkeyDoesNotExist(BN256G1.G1Point pubkey);
    error BLSPubkeyDoesNotMatch(uint64 serviceNodeID, BN256G1.G1Point pubkey);
    error Ed25519PubkeyAlreadyExists(uint64 serviceNodeID);
    error CallerNotContributor(uint64 serviceNodeID, address caller);
    error ClaimThresholdExceeded();
    error ContractAlreadyStarted();
    error ContractNotStarted();
    error ContributionTotalMismatch(uint256 required, uint256 provided);
    error InsufficientOperatorContribution(uint256 operatorStake);
    error DeleteSentinelNodeNotAllowed();
    error InsufficientBLSSignatures(uint256 numSigners, uint256 requiredSigners);
    error InsufficientContributors();
    error InsufficientNodes();
    error InvalidBLSSignature(BN256G1.G1Point aggPubkey);
    error InvalidBLSProofOfPossession();
    error ExitTooEarly(uint64 serviceNodeID, uint256 addedTimestamp, uint256 currenttime);
    error LeaveRequestTooEarly(uint64 serviceNodeID, uint256 endTimestamp, uint256 currTimestamp);
    error LeaveRequestNotInitiatedYet(uint64 serviceNodeID);
    error LiquidatorPenaltyTooHigh();
    error MaxContributorsExceeded();
    error MaxClaimExceeded();
    error MaxPubkeyAggregationsExceeded();
    error NullBLSPubkey();
    error NullEd25519Pubkey();
    error NullAddress();
    error PositiveNumberRequirement();
    error RecipientAddressDoesNotMatch(address expectedRecipient, address providedRecipient, uint256 serviceNodeID);
    error RecipientRewardsTooLow();
    error ServiceNodeDoesntExist(uint64 serviceNodeID);
    error SignatureExpired(uint64 serviceNodeID, uint256 timestamp, uint256 currenttime);
    error SmallContributorLeaveTooEarly(uint64 serviceNodeID, address contributor);

    // --------------------------------------------------------------------------------------------
    // Modifiers
    // --------------------------------------------------------------------------------------------

    modifier whenStarted() {
        if (!isStarted) revert ContractNotStarted();
        _;
    }

    /// Reverts when more nodes did not sign than `blsNonSignerThreshold` allows.
    modifier hasEnoughSigners(uint256 nonSigners) {
        if (nonSigners > blsNonSignerThreshold) {
            revert InsufficientBLSSignatures(totalNodes - nonSigners, totalNodes - blsNonSignerThreshold);
        }
        _;
    }

    // --------------------------------------------------------------------------------------------
    // Initialization
    // --------------------------------------------------------------------------------------------

    /// @notice Sets the token, the pool that receives the pool share of liquidations, the staking
    /// parameters and the liquidation ratios; builds the BLS domain tags from the chain id and this
    /// contract's address. The caller becomes the owner. The contract starts unstarted.
    function initialize(
        address token_,
        address foundationPool_,
        uint256 stakingRequirement_,
        uint256 maxContributors_,
        uint256 liquidatorRewardRatio_,
        uint256 poolShareOfLiquidationRatio_,
        uint256 recipientRatio_
    ) public initializer {
        _checkLiquidationRatios(liquidatorRewardRatio_, poolShareOfLiquidationRatio_, recipientRatio_);
        __Ownable_init(msg.sender);
        __Pausable_init();

        designatedToken = IERC20(token_);
        foundationPool = IERC20(foundationPool_);
        stakingRequirement = stakingRequirement_;
        maxContributors = maxContributors_;
        liquidatorRewardRatio = liquidatorRewardRatio_;
        poolShareOfLiquidationRatio = poolShareOfLiquidationRatio_;
        recipientRatio = recipientRatio_;

        blsNonSignerThresholdMax = 4000;
        signatureExpiry = 10 minutes;
        claimThreshold = 1_000_000 * 1e9;
        claimCycle = 12 hours;
        nextServiceNodeID = LIST_SENTINEL + 1;

        proofOfPossessionTag = _tag("BLS_SIG_TRYANDINCREMENT_POP");
        rewardTag = _tag("BLS_SIG_TRYANDINCREMENT_REWARD");
        exitTag = _tag("BLS_SIG_TRYANDINCREMENT_EXIT");
        liquidateTag = _tag("BLS_SIG_TRYANDINCREMENT_LIQUIDATE");
        hashToG2Tag = _tag("BLS_SIG_HASH_TO_FIELD_TAG");
    }

    // --------------------------------------------------------------------------------------------
    // Rewards
    // --------------------------------------------------------------------------------------------

    /// @notice Raises the lifetime rewards of `recipientAddress` to `recipientRewards`, on the
    /// network's aggregate signature over rewardTag || recipientAddress || recipientRewards.
    /// @param ids The nodes that did not sign.
    function updateRewardsBalance(
        address recipientAddress,
        uint256 recipientRewards,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        if (recipientAddress == address(0)) revert NullAddress();
        uint256 previous = recipients[recipientAddress].rewards;
        if (previous >= recipientRewards) revert RecipientRewardsTooLow();

        bytes memory message = abi.encodePacked(rewardTag, recipientAddress, recipientRewards);
        _verifyNetworkSignature(ids, blsSignature, message);

        recipients[recipientAddress].rewards = recipientRewards;
        emit RewardsBalanceUpdated(recipientAddress, recipientRewards, previous);
    }

    /// @notice Pays the caller all its unclaimed rewards.
    function claimRewards() public {
        Recipient storage r = recipients[msg.sender];
        _claim(msg.sender, r.rewards - r.claimed);
    }

    /// @notice Pays the caller `amount` of its unclaimed rewards.
    function claimRewards(uint256 amount) public {
        _claim(msg.sender, amount);
    }

    function _claim(address to, uint256 amount) private {
        Recipient storage r = recipients[to];
        if (amount > r.rewards - r.claimed) revert MaxClaimExceeded();

        uint256 cycle = block.timestamp / claimCycle;
        if (cycle > currentClaimCycle) {
            currentClaimCycle = cycle;
            currentClaimTotal = 0;
        }
        currentClaimTotal += amount;
        if (currentClaimTotal > claimThreshold) revert ClaimThresholdExceeded();

        r.claimed += amount;
        emit RewardsClaimed(to, amount);
        designatedToken.safeTransfer(to, amount);
    }

    // --------------------------------------------------------------------------------------------
    // Registration
    // --------------------------------------------------------------------------------------------

    /// @notice Registers a node and pulls `stakingRequirement` from the caller. With no
    /// `contributors` the caller is the sole staker and beneficiary; otherwise the amounts must sum
    /// to `stakingRequirement`, the first contributor is the operator and must stake at least a
    /// quarter. The proof of possession is checked against the operator.
    function addBLSPublicKey(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        ServiceNodeParams memory serviceNodeParams,
        Contributor[] memory contributors
    ) external whenNotPaused whenStarted {
        uint256 n = contributors.length;
        if (n > maxContributors) revert MaxContributorsExceeded();
        if (n == 0) {
            contributors = new Contributor[](1);
            contributors[0] = Contributor(Staker(msg.sender, msg.sender), stakingRequirement);
            n = 1;
        } else {
            uint256 total;
            for (uint256 i = 0; i < n; ++i) total += contributors[i].stakedAmount;
            if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);
            if (contributors[0].stakedAmount * 4 < stakingRequirement) {
                revert InsufficientOperatorContribution(contributors[0].stakedAmount);
            }
        }

        uint64 existing = serviceNodeIDs[BN256G1.key(blsPubkey)];
        if (existing != LIST_SENTINEL) revert BLSPubkeyAlreadyExists(existing);

        address operator = contributors[0].staker.addr;
        _validateProofOfPossession(blsPubkey, blsSignature, operator, serviceNodeParams.serviceNodePubkey);

        (uint64 id, ServiceNode storage sn) = _insertNode(blsPubkey, serviceNodeParams.serviceNodePubkey);
        sn.operator = operator;
        sn.deposit = stakingRequirement;
        for (uint256 i = 0; i < n; ++i) sn.contributors.push(contributors[i]);
        _updateNonSignerThreshold();

        emit NewServiceNodeV2(id, msg.sender, blsPubkey, serviceNodeParams, contributors);
        designatedToken.safeTransferFrom(msg.sender, address(this), stakingRequirement);
    }

    /// @notice Reverts with `InvalidBLSProofOfPossession` unless `blsSignature` signs
    /// proofOfPossessionTag || X || Y || caller || serviceNodePubkey under `blsPubkey`.
    function validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external {
        _validateProofOfPossession(blsPubkey, blsSignature, caller, serviceNodePubkey);
    }

    function _validateProofOfPossession(
        BN256G1.G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) private view {
        bytes memory message =
            abi.encodePacked(proofOfPossessionTag, blsPubkey.X, blsPubkey.Y, caller, serviceNodePubkey);
        if (!BLS.verify(blsPubkey, _g2(blsSignature), BLS.hashToG2(message, hashToG2Tag))) {
            revert InvalidBLSProofOfPossession();
        }
    }

    /// @notice Adds nodes before `start()`, without signatures or token transfers. Owner only.
    function seedPublicKeyList(SeedServiceNode[] calldata nodes) external onlyOwner {
        if (isStarted) revert ContractAlreadyStarted();
        for (uint256 i = 0; i < nodes.length; ++i) {
            SeedServiceNode calldata node = nodes[i];
            uint256 n = node.contributors.length;
            if (n == 0) revert InsufficientContributors();
            if (n > maxContributors) revert MaxContributorsExceeded();

            (uint64 id, ServiceNode storage sn) = _insertNode(node.blsPubkey, node.ed25519Pubkey);
            sn.operator = node.contributors[0].staker.addr;
            sn.deposit = stakingRequirement;
            sn.addedTimestamp = node.addedTimestamp;

            uint256 total;
            for (uint256 j = 0; j < n; ++j) {
                Contributor calldata c = node.contributors[j];
                if (c.staker.addr == address(0)) revert NullAddress();
                total += c.stakedAmount;
                sn.contributors.push(c);
            }
            if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);

            emit NewSeededServiceNode(id, node.blsPubkey, node.ed25519Pubkey);
        }
        _updateNonSignerThreshold();
    }

    // --------------------------------------------------------------------------------------------
    // Exits
    // --------------------------------------------------------------------------------------------

    /// @notice Announces that a node wants to leave; callable by any of its contributors. The
    /// first request starts the 30-day wait of `exitBLSPublicKeyAfterWaitTime`; later requests are
    /// allowed an hour apart and only re-emit the event.
    function initiateExitBLSPublicKey(uint64 serviceNodeID) public whenNotPaused {
        _initiateExit(serviceNodeID, msg.sender);
    }

    function _initiateExit(uint64 serviceNodeID, address caller) internal whenStarted {
        ServiceNode storage sn = _nodes[serviceNodeID];
        bool found;
        bool small;
        for (uint256 i = 0; i < sn.contributors.length; ++i) {
            Contributor storage c = sn.contributors[i];
            if (c.staker.addr == caller) {
                found = true;
                small = SMALL_CONTRIBUTOR_DIVISOR * c.stakedAmount < sn.deposit;
                break;
            }
        }
        if (!found) revert CallerNotContributor(serviceNodeID, caller);

        if (sn.leaveRequestTimestamp == 0) {
            if (small && block.timestamp < sn.addedTimestamp + SMALL_CONTRIBUTOR_LEAVE_DELAY) {
                revert SmallContributorLeaveTooEarly(serviceNodeID, caller);
            }
            sn.leaveRequestTimestamp = block.timestamp;
        } else {
            uint256 earliest = sn.latestLeaveRequestTimestamp + MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST;
            if (block.timestamp < earliest) revert LeaveRequestTooEarly(serviceNodeID, earliest, block.timestamp);
        }
        sn.latestLeaveRequestTimestamp = block.timestamp;
        emit ServiceNodeExitRequest(serviceNodeID, caller, sn.blsPubkey);
    }

    /// @notice Removes a node on the network's signature over exitTag || X || Y || timestamp. The
    /// stake is not transferred: it comes back through the rewards balance.
    function exitBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _checkExitSignature(blsPubkey, timestamp, blsSignature, exitTag, ids);
        _removeNode(id, _nodes[id].deposit);
    }

    /// @notice Removes a node whose first exit request is at least 30 days old; anyone may call.
    function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) external whenNotPaused whenStarted {
        uint256 requested = _nodes[serviceNodeID].leaveRequestTimestamp;
        if (requested == 0) revert LeaveRequestNotInitiatedYet(serviceNodeID);
        uint256 earliest = requested + MAX_SERVICE_NODE_EXIT_WAIT_TIME;
        if (block.timestamp < earliest) revert LeaveRequestTooEarly(serviceNodeID, earliest, block.timestamp);
        _removeNode(serviceNodeID, _nodes[serviceNodeID].deposit);
    }

    /// @notice Removes a node with a penalty on the network's signature over
    /// liquidateTag || X || Y || timestamp. The caller receives the liquidator share of the
    /// deposit and the foundation pool its share (rounded up); the rest is reported as returned.
    function liquidateBLSPublicKeyWithSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _checkExitSignature(blsPubkey, timestamp, blsSignature, liquidateTag, ids);
        ServiceNode storage sn = _nodes[id];
        emit ServiceNodeLiquidated(id, msg.sender, sn.blsPubkey);

        uint256 deposit = sn.deposit;
        uint256 sum = liquidatorRewardRatio + poolShareOfLiquidationRatio + recipientRatio;
        uint256 toLiquidator = deposit * liquidatorRewardRatio / sum;
        uint256 poolPart = deposit * poolShareOfLiquidationRatio;
        uint256 toPool = poolPart == 0 ? 0 : (poolPart - 1) / sum + 1;
        _removeNode(id, deposit - toLiquidator - toPool);

        if (liquidatorRewardRatio > 0) designatedToken.safeTransfer(msg.sender, toLiquidator);
        if (poolShareOfLiquidationRatio > 0) designatedToken.safeTransfer(address(foundationPool), toPool);
    }

    /// Minimum age of a node before it can be exited or liquidated with a signature.
    function minimumExitAge() internal view virtual returns (uint64) {
        return 2 hours;
    }

    function _checkExitSignature(
        BN256G1.G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        bytes32 tag,
        uint64[] memory ids
    ) private view returns (uint64 id) {
        BN256G1.G1Point memory pk = blsPubkey;
        id = serviceNodeIDs[BN256G1.key(pk)];
        if (id == LIST_SENTINEL) revert BLSPubkeyDoesNotExist(pk);
        if (block.timestamp > timestamp + signatureExpiry) revert SignatureExpired(id, timestamp, block.timestamp);

        ServiceNode storage sn = _nodes[id];
        if (sn.blsPubkey.X != pk.X || sn.blsPubkey.Y != pk.Y) revert BLSPubkeyDoesNotMatch(id, pk);
        if (block.timestamp < sn.addedTimestamp + minimumExitAge()) {
            revert ExitTooEarly(id, sn.addedTimestamp, block.timestamp);
        }
        _verifyNetworkSignature(ids, blsSignature, abi.encodePacked(tag, pk.X, pk.Y, timestamp));
    }

    // --------------------------------------------------------------------------------------------
    // Node list
    // --------------------------------------------------------------------------------------------

    /// Appends a node to the list and the aggregate key. After `start()` at most
    /// `maxPermittedPubkeyAggregations()` keys may be added per block.
    function _insertNode(BN256G1.G1Point memory blsPubkey, uint256 ed25519Pubkey)
        private
        returns (uint64 id, ServiceNode storage sn)
    {
        if (blsPubkey.X == 0 || blsPubkey.Y == 0) revert NullBLSPubkey();
        if (ed25519Pubkey == 0) revert NullEd25519Pubkey();

        bytes memory k = BN256G1.key(blsPubkey);
        uint64 other = serviceNodeIDs[k];
        if (other != LIST_SENTINEL) revert BLSPubkeyAlreadyExists(other);
        other = ed25519ToServiceNodeID[ed25519Pubkey];
        if (other != LIST_SENTINEL) revert Ed25519PubkeyAlreadyExists(other);

        if (isStarted) {
            if (lastHeightPubkeyWasAggregated < block.number) {
                lastHeightPubkeyWasAggregated = block.number;
                numPubkeyAggregationsForHeight = 0;
            }
            if (++numPubkeyAggregationsForHeight > maxPermittedPubkeyAggregations()) {
                revert MaxPubkeyAggregationsExceeded();
            }
        }

        id = nextServiceNodeID++;
        sn = _nodes[id];
        ServiceNode storage sentinel = _nodes[LIST_SENTINEL];
        uint64 last = sentinel.prev;
        sn.prev = last;
        sn.next = LIST_SENTINEL;
        _nodes[last].next = id;
        sentinel.prev = id;

        sn.blsPubkey = blsPubkey;
        sn.ed25519Pubkey = ed25519Pubkey;
        sn.addedTimestamp = block.timestamp;
        serviceNodeIDs[k] = id;
        ed25519ToServiceNodeID[ed25519Pubkey] = id;

        _aggregateKey = ++totalNodes == 1 ? blsPubkey : BN256G1.add(_aggregateKey, blsPubkey);
    }

    /// Unlinks a node, subtracts its key from the aggregate key and emits ServiceNodeExit.
    function _removeNode(uint64 id, uint256 returnedAmount) private {
        if (totalNodes == 0) revert InsufficientNodes();
        if (id == LIST_SENTINEL) revert DeleteSentinelNodeNotAllowed();

        ServiceNode storage sn = _nodes[id];
        BN256G1.G1Point memory pk = sn.blsPubkey;
        _nodes[sn.prev].next = sn.next;
        _nodes[sn.next].prev = sn.prev;
        _aggregateKey = BN256G1.add(_aggregateKey, BN256G1.negate(pk));
        delete serviceNodeIDs[BN256G1.key(pk)];
        delete ed25519ToServiceNodeID[sn.ed25519Pubkey];
        delete _nodes[id];
        --totalNodes;

        _updateNonSignerThreshold();
        emit ServiceNodeExit(id, msg.sender, returnedAmount, pk);
    }

    function _updateNonSignerThreshold() private {
        uint256 third = totalNodes / 3;
        blsNonSignerThreshold = third < blsNonSignerThresholdMax ? third : blsNonSignerThresholdMax;
    }

    /// @notice Recounts the nodes and recomputes the aggregate key from the list. Anyone may call.
    function rederiveTotalNodesAndAggregatePubkey() public {
        uint256 count;
        BN256G1.G1Point memory agg;
        for (uint64 id = _nodes[LIST_SENTINEL].next; id != LIST_SENTINEL; id = _nodes[id].next) {
            agg = BN256G1.add(agg, _nodes[id].blsPubkey);
            ++count;
        }
        totalNodes = count;
        _aggregateKey = agg;
    }

    // --------------------------------------------------------------------------------------------
    // Signatures
    // --------------------------------------------------------------------------------------------

    /// Verifies `sig` over `message` against the aggregate key minus the keys of `nonSigners`;
    /// reverts with InvalidBLSSignature(key used) otherwise.
    function _verifyNetworkSignature(
        uint64[] memory nonSigners,
        BLSSignatureParams memory sig,
        bytes memory message
    ) private view {
        BN256G1.G1Point memory missing;
        for (uint256 i = 0; i < nonSigners.length; ++i) {
            missing = BN256G1.add(missing, _nodes[nonSigners[i]].blsPubkey);
        }
        BN256G1.G1Point memory signers = BN256G1.add(_aggregateKey, BN256G1.negate(missing));
        if (!BLS.verify(signers, _g2(sig), BLS.hashToG2(message, hashToG2Tag))) {
            revert InvalidBLSSignature(signers);
        }
    }

    function _g2(BLSSignatureParams memory s) private pure returns (BLS.G2Point memory) {
        return BLS.G2Point({xr: s.sigs0, xi: s.sigs1, yr: s.sigs2, yi: s.sigs3});
    }

    function _tag(string memory base) private view returns (bytes32) {
        return keccak256(abi.encodePacked(base, block.chainid, address(this)));
    }

    // --------------------------------------------------------------------------------------------
    // Owner
    // --------------------------------------------------------------------------------------------

    /// @notice Opens registration, exits and reward updates. Seeding is closed from then on.
    function start() public onlyOwner {
        isStarted = true;
    }

    function pause() public onlyOwner {
        _pause();
    }

    function unpause() public onlyOwner {
        _unpause();
    }

    function setStakingRequirement(uint256 newRequirement) public onlyOwner {
        if (newRequirement == 0) revert PositiveNumberRequirement();
        stakingRequirement = newRequirement;
        emit StakingRequirementUpdated(newRequirement);
    }

    function setSignatureExpiry(uint256 newExpiry) public onlyOwner {
        if (newExpiry == 0) revert PositiveNumberRequirement();
        signatureExpiry = newExpiry;
        emit SignatureExpiryUpdated(newExpiry);
    }

    function setBLSNonSignerThresholdMax(uint256 newMax) public onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        blsNonSignerThresholdMax = newMax;
        emit BLSNonSignerThresholdMaxUpdated(newMax);
    }

    function setClaimThreshold(uint256 newMax) public onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        claimThreshold = newMax;
        emit ClaimThresholdUpdated(newMax);
    }

    function setClaimCycle(uint256 newValue) public onlyOwner {
        if (newValue == 0) revert PositiveNumberRequirement();
        claimCycle = newValue;
        emit ClaimCycleUpdated(newValue);
    }

    /// @notice Sets the liquidation split of a deposit as liquidator : pool : recipient. The
    /// penalty (liquidator + pool) may be at most a third of the recipient part.
    function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) public onlyOwner {
        _checkLiquidationRatios(liquidator, pool, recipient);
        liquidatorRewardRatio = liquidator;
        poolShareOfLiquidationRatio = pool;
        recipientRatio = recipient;
        emit LiquidationRatiosUpdated(liquidator, pool, recipient);
    }

    function _checkLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) private pure {
        if (recipient == 0) revert PositiveNumberRequirement();
        if ((liquidator + pool) * 3 > recipient) revert LiquidatorPenaltyTooHigh();
    }

    // --------------------------------------------------------------------------------------------
    // Views
    // --------------------------------------------------------------------------------------------

    /// @notice max(20, 2 % of the nodes): keys that may be added per block after `start()`.
    function maxPermittedPubkeyAggregations() public view returns (uint256 result) {
        result = totalNodes * 2 / 100;
        if (result < MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND) result = MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND;
    }

    function serviceNodes(uint64 serviceNodeID) external view returns (ServiceNode memory) {
        return _nodes[serviceNodeID];
    }

    function aggregatePubkey() external view returns (BN256G1.G1Point memory) {
        return _aggregateKey;
    }

    /// @notice The ids and BLS keys of all registered nodes, in registration order.
    function allServiceNodeIDs() external view returns (uint64[] memory ids, BN256G1.G1Point[] memory pubkeys) {
        ids = new uint64[](totalNodes);
        pubkeys = new BN256G1.G1Point[](totalNodes);
        uint256 i;
        for (uint64 id = _nodes[LIST_SENTINEL].next; id != LIST_SENTINEL; id = _nodes[id].next) {
            ids[i] = id;
            pubkeys[i] = _nodes[id].blsPubkey;
            ++i;
        }
    }
}
