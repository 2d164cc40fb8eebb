// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";

/// @title SESH
/// @notice The Session Token for devnets: an ERC-20 "Session Token" / "SESH" with 9 decimals and
/// the ABI of the Arbitrum One token (SESHL2). On Arbitrum the supply arrives through the bridge
/// (`bridgeMint` by the L2 gateway); on a devnet `initialize` mints the whole 240,000,000 SESH
/// supply to the caller, and the gateway it names may mint and burn more.
contract SESH is Initializable, ERC20Upgradeable {
    uint256 public constant VERSION = 2;
    uint256 internal constant SUPPLY = 240_000_000 * 1e9;

    address public l2Gateway;
    address public l1Address;

    modifier onlyL2Gateway() {
        require(msg.sender == l2Gateway, "NOT_GATEWAY");
        _;
    }

    /// @notice Names the gateway allowed to mint and burn and the L1 token, and mints the supply
    /// to the caller.
    function initialize(address l2Gateway_, address l1Address_) public initializer {
        __ERC20_init("Session Token", "SESH");
        l2Gateway = l2Gateway_;
        l1Address = l1Address_;
        _mint(msg.sender, SUPPLY);
    }

    function decimals() public pure override returns (uint8) {
        return 9;
    }

    function bridgeMint(address account, uint256 amount) external onlyL2Gateway {
        _mint(account, amount);
    }

    function bridgeBurn(address account, uint256 amount) external onlyL2Gateway {
        _burn(account, amount);
    }
}
