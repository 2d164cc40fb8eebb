// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.28;

import {BN256G1} from "./BN256G1.sol";

/// @title BLS
/// @notice BLS signatures on BN254 the way the Session staking contracts use them: public keys in
/// G1, signatures and message hashes in G2, verification through the pairing precompile (0x08).
///
/// Hash to G2 (spec/contracts.md section 2) is try-and-increment: for i = 0, 1, ... the 128-byte
/// output u of expand_message_xmd(message || byte(i), dst) with Keccak-256 (RFC 9380 5.3.1 with
/// b_in_bytes = 32, s_in_bytes = 136) gives x = u[0:48] mod p + (u[48:96] mod p) i and a sign bit
/// u[127] & 1. A candidate is accepted when x^3 + b' has a square root y in Fp2 (herumi/mcl's
/// algorithm) with both components non-zero; y is negated when the sign bit is set. The point is
/// then multiplied into G2 with the Fuentes-Castaneda, Knapp, Rodriguez-Henriquez cofactor
/// clearing: [z]P + psi([3z]P) + psi^2([z]P) + psi^3(P).
///
/// @dev Fp2 elements are pairs (re, im) of values reduced mod p; twist points are affine
/// (`G2Point`) or Jacobian (`uint256[6]`: X.re, X.im, Y.re, Y.im, Z.re, Z.im, with Z = 0 the
/// point at infinity). Every result depends only on the affine point, so any correct formulas give
/// the same bytes as the reference implementation.
library BLS {
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    /// An affine point of the twist E'(Fp2): y^2 = x^3 + b'. Coordinates are re + im * i.
    struct G2Point {
        uint256 xr;
        uint256 xi;
        uint256 yr;
        uint256 yi;
    }

    // b' = 3 / (9 + i), the twist coefficient.
    uint256 private constant B_RE = 0x2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5;
    uint256 private constant B_IM = 0x009713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2;

    // psi(x, y) = (conj(x) * xi^((p-1)/3), conj(y) * xi^((p-1)/2)) with xi = 9 + i.
    uint256 private constant PSI_X_RE = 0x2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d;
    uint256 private constant PSI_X_IM = 0x16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba2;
    uint256 private constant PSI_Y_RE = 0x063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a;
    uint256 private constant PSI_Y_IM = 0x07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e3;

    uint256 private constant SQRT_EXP = 0x0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52; // (p+1)/4
    uint256 private constant INV_TWO = 0x183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4; // (p+1)/2
    uint256 private constant TWO_256_MOD_P = 0x0e0a77c19a07df2f666ea36f7879462c0a78eb28f5c70b3dd35d438dc58f0d9d;

    /// The BN parameter z (x0) of BN254.
    uint256 private constant BN_Z = 4965661367192848881;
    uint256 private constant BN_Z_TOP_BIT = 62;

    // ------------------------------------------------------------------------------------------
    // Public entry points
    // ------------------------------------------------------------------------------------------

    /// @notice Hashes `message` to a point of G2 with domain separation tag `dst`.
    function hashToG2(bytes memory message, bytes32 dst) internal view returns (G2Point memory) {
        return clearCofactor(mapToTwist(message, dst));
    }

    /// @notice Checks e(G1, sig) * e(-pk, hm) == 1, i.e. that `sig` signs the hash `hm` under `pk`.
    /// @return false when the pairing does not hold or a point is not valid for the precompile.
    function verify(BN256G1.G1Point memory pk, G2Point memory sig, G2Point memory hm) internal view returns (bool) {
        BN256G1.G1Point memory npk = BN256G1.negate(pk);
        uint256[12] memory input = [
            uint256(1), 2, sig.xi, sig.xr, sig.yi, sig.yr,
            npk.X, npk.Y, hm.xi, hm.xr, hm.yi, hm.yr
        ];
        uint256[1] memory out;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        return ok && out[0] == 1;
    }

    // ------------------------------------------------------------------------------------------
    // Hash to the twist
    // ------------------------------------------------------------------------------------------

    /// @notice The try-and-increment map (before cofactor clearing).
    function mapToTwist(bytes memory message, bytes32 dst) internal view returns (G2Point memory pt) {
        for (uint256 i = 0; i < 256; ++i) {
            (uint256 xr, uint256 xi, bool negative) = hashToField(message, uint8(i), dst);
            (uint256 cr, uint256 ci) = _sqr(xr, xi);
            (cr, ci) = _mul(cr, ci, xr, xi);
            (cr, ci) = (addmod(cr, B_RE, P), addmod(ci, B_IM, P));
            (uint256 yr, uint256 yi, bool ok) = fp2Sqrt(cr, ci);
            if (!ok || yr == 0 || yi == 0) continue;
            if (negative) (yr, yi) = (P - yr, P - yi);
            return G2Point(xr, xi, yr, yi);
        }
        revert();
    }

    /// @notice x = u[0:48] mod p + (u[48:96] mod p) i and the sign bit u[127] & 1, where u is the
    /// 128-byte expand_message_xmd output for message || counter.
    function hashToField(bytes memory message, uint8 counter, bytes32 dst)
        internal
        pure
        returns (uint256 xr, uint256 xi, bool negative)
    {
        (uint256 u0, uint256 u1, uint256 u2, uint256 u3) = expandMessage(message, counter, dst);
        xr = addmod(mulmod(u0, 1 << 128, P), u1 >> 128, P);
        xi = addmod(mulmod(u1 & type(uint128).max, TWO_256_MOD_P, P), u2, P);
        negative = (u3 & 1) == 1;
    }

    /// @notice expand_message_xmd(message || counter, dst, 128) with Keccak-256, as four words.
    function expandMessage(bytes memory message, uint8 counter, bytes32 dst)
        internal
        pure
        returns (uint256 u0, uint256 u1, uint256 u2, uint256 u3)
    {
        // msg' = Z_pad(136) || msg || I2OSP(128, 2) || I2OSP(0, 1) || DST || I2OSP(32, 1)
        bytes32 b0 = keccak256(
            abi.encodePacked(
                bytes32(0), bytes32(0), bytes32(0), bytes32(0), bytes8(0),
                message, counter, bytes3(0x008000), dst, bytes1(0x20)
            )
        );
        bytes32 b = keccak256(abi.encodePacked(b0, bytes1(0x01), dst, bytes1(0x20)));
        u0 = uint256(b);
        b = keccak256(abi.encodePacked(b0 ^ b, bytes1(0x02), dst, bytes1(0x20)));
        u1 = uint256(b);
        b = keccak256(abi.encodePacked(b0 ^ b, bytes1(0x03), dst, bytes1(0x20)));
        u2 = uint256(b);
        b = keccak256(abi.encodePacked(b0 ^ b, bytes1(0x04), dst, bytes1(0x20)));
        u3 = uint256(b);
    }

    /// @notice Square root in Fp2 following herumi/mcl Fp2::squareRoot, as the reference contract
    /// does: for c + d i with d != 0, a = sqrt((c +/- sqrt(c^2 + d^2)) / 2) (trying + first) and
    /// b = d / 2a, each Fp root being v^((p+1)/4). d == 0 is reported as no root, since the
    /// map rejects every root with a zero component.
    function fp2Sqrt(uint256 c, uint256 d) internal view returns (uint256 a, uint256 b, bool ok) {
        if (d == 0) return (0, 0, false);
        (uint256 s, bool has) = _sqrt(addmod(mulmod(c, c, P), mulmod(d, d, P), P));
        if (!has) return (0, 0, false);
        (a, has) = _sqrt(mulmod(addmod(c, s, P), INV_TWO, P));
        if (!has) {
            (a, has) = _sqrt(mulmod(addmod(c, P - s, P), INV_TWO, P));
            if (!has) return (0, 0, false);
        }
        if (a == 0) return (0, 0, false);
        b = mulmod(d, _inv(addmod(a, a, P)), P);
        ok = true;
    }

    // ------------------------------------------------------------------------------------------
    // Cofactor clearing
    // ------------------------------------------------------------------------------------------

    /// @notice h(P) = [z]P + psi([3z]P) + psi^2([z]P) + psi^3(P).
    function clearCofactor(G2Point memory pt) internal view returns (G2Point memory) {
        G2Point memory zp = _toAffine(_mulZ(pt));
        G2Point memory zp3 = _toAffine(_addMixed(_double(_jac(zp)), zp));
        uint256[6] memory acc = _jac(zp);
        acc = _addMixed(acc, _psi(zp3));
        acc = _addMixed(acc, _psi(_psi(zp)));
        acc = _addMixed(acc, _psi(_psi(_psi(pt))));
        return _toAffine(acc);
    }

    /// @return True when `pt` satisfies the twist equation.
    function isOnTwist(G2Point memory pt) internal pure returns (bool) {
        (uint256 lr, uint256 li) = _sqr(pt.yr, pt.yi);
        (uint256 rr, uint256 ri) = _sqr(pt.xr, pt.xi);
        (rr, ri) = _mul(rr, ri, pt.xr, pt.xi);
        return lr == addmod(rr, B_RE, P) && li == addmod(ri, B_IM, P);
    }

    /// [z]pt by double-and-add from the top bit.
    function _mulZ(G2Point memory pt) private pure returns (uint256[6] memory acc) {
        acc = _jac(pt);
        for (uint256 bit = BN_Z_TOP_BIT; bit > 0; ) {
            unchecked { --bit; }
            acc = _double(acc);
            if ((BN_Z >> bit) & 1 == 1) acc = _addMixed(acc, pt);
        }
    }

    function _psi(G2Point memory pt) private pure returns (G2Point memory r) {
        (r.xr, r.xi) = _mul(pt.xr, _neg(pt.xi), PSI_X_RE, PSI_X_IM);
        (r.yr, r.yi) = _mul(pt.yr, _neg(pt.yi), PSI_Y_RE, PSI_Y_IM);
    }

    function _jac(G2Point memory pt) private pure returns (uint256[6] memory r) {
        r[0] = pt.xr;
        r[1] = pt.xi;
        r[2] = pt.yr;
        r[3] = pt.yi;
        r[4] = 1;
    }

    function _toAffine(uint256[6] memory q) private view returns (G2Point memory r) {
        if (q[4] == 0 && q[5] == 0) return r;
        (uint256 zr, uint256 zi) = _fp2Inv(q[4], q[5]);
        (uint256 z2r, uint256 z2i) = _sqr(zr, zi);
        (r.xr, r.xi) = _mul(q[0], q[1], z2r, z2i);
        (z2r, z2i) = _mul(z2r, z2i, zr, zi);
        (r.yr, r.yi) = _mul(q[2], q[3], z2r, z2i);
    }

    /// Jacobian doubling for a = 0 (dbl-2009-l).
    function _double(uint256[6] memory q) private pure returns (uint256[6] memory r) {
        if (q[4] == 0 && q[5] == 0) return r;
        (uint256 ar, uint256 ai) = _sqr(q[0], q[1]); // A = X^2
        (uint256 br, uint256 bi) = _sqr(q[2], q[3]); // B = Y^2
        (uint256 cr, uint256 ci) = _sqr(br, bi); // C = B^2
        (uint256 dr, uint256 di) = _sqr(addmod(q[0], br, P), addmod(q[1], bi, P)); // (X + B)^2
        (dr, di) = _sub(dr, di, addmod(ar, cr, P), addmod(ai, ci, P));
        (dr, di) = (addmod(dr, dr, P), addmod(di, di, P)); // D = 2((X + B)^2 - A - C)
        (ar, ai) = (mulmod(ar, 3, P), mulmod(ai, 3, P)); // E = 3A
        (br, bi) = _sqr(ar, ai); // F = E^2
        (r[0], r[1]) = _sub(br, bi, addmod(dr, dr, P), addmod(di, di, P)); // X3 = F - 2D
        (br, bi) = _sub(dr, di, r[0], r[1]);
        (br, bi) = _mul(ar, ai, br, bi);
        (r[2], r[3]) = _sub(br, bi, mulmod(cr, 8, P), mulmod(ci, 8, P)); // Y3 = E(D - X3) - 8C
        (br, bi) = _mul(q[2], q[3], q[4], q[5]);
        (r[4], r[5]) = (addmod(br, br, P), addmod(bi, bi, P)); // Z3 = 2YZ
    }

    /// Jacobian + affine addition (madd-2004-hmv), with the doubling and inverse cases.
    function _addMixed(uint256[6] memory q, G2Point memory a) private pure returns (uint256[6] memory r) {
        if (q[4] == 0 && q[5] == 0) return _jac(a);
        (uint256 zzr, uint256 zzi) = _sqr(q[4], q[5]); // Z1^2
        (uint256 hr, uint256 hi) = _mul(a.xr, a.xi, zzr, zzi); // U2 = x2 Z1^2
        (hr, hi) = _sub(hr, hi, q[0], q[1]); // H = U2 - X1
        (zzr, zzi) = _mul(zzr, zzi, q[4], q[5]); // Z1^3
        (uint256 sr, uint256 si) = _mul(a.yr, a.yi, zzr, zzi); // S2 = y2 Z1^3
        (sr, si) = _sub(sr, si, q[2], q[3]); // R = S2 - Y1
        if (hr == 0 && hi == 0) {
            if (sr == 0 && si == 0) return _double(q);
            return r; // q == -a
        }
        (r[4], r[5]) = _mul(q[4], q[5], hr, hi); // Z3 = Z1 H
        (zzr, zzi) = _sqr(hr, hi); // H^2
        (hr, hi) = _mul(hr, hi, zzr, zzi); // H^3
        (zzr, zzi) = _mul(q[0], q[1], zzr, zzi); // V = X1 H^2
        (r[0], r[1]) = _sqr(sr, si);
        (r[0], r[1]) = _sub(r[0], r[1], hr, hi);
        (r[0], r[1]) = _sub(r[0], r[1], addmod(zzr, zzr, P), addmod(zzi, zzi, P)); // X3 = R^2 - H^3 - 2V
        (zzr, zzi) = _sub(zzr, zzi, r[0], r[1]);
        (zzr, zzi) = _mul(sr, si, zzr, zzi); // R (V - X3)
        (hr, hi) = _mul(q[2], q[3], hr, hi); // Y1 H^3
        (r[2], r[3]) = _sub(zzr, zzi, hr, hi); // Y3
    }

    // ------------------------------------------------------------------------------------------
    // Field arithmetic
    // ------------------------------------------------------------------------------------------

    function _neg(uint256 a) private pure returns (uint256) {
        return a == 0 ? 0 : P - a;
    }

    function _sub(uint256 ar, uint256 ai, uint256 br, uint256 bi) private pure returns (uint256, uint256) {
        return (addmod(ar, _neg(br), P), addmod(ai, _neg(bi), P));
    }

    function _mul(uint256 ar, uint256 ai, uint256 br, uint256 bi) private pure returns (uint256, uint256) {
        return (
            addmod(mulmod(ar, br, P), _neg(mulmod(ai, bi, P)), P),
            addmod(mulmod(ar, bi, P), mulmod(ai, br, P), P)
        );
    }

    function _sqr(uint256 ar, uint256 ai) private pure returns (uint256, uint256) {
        // (a + bi)^2 = (a + b)(a - b) + 2ab i
        return (mulmod(addmod(ar, ai, P), addmod(ar, _neg(ai), P), P), mulmod(addmod(ar, ar, P), ai, P));
    }

    function _fp2Inv(uint256 ar, uint256 ai) private view returns (uint256, uint256) {
        uint256 n = _inv(addmod(mulmod(ar, ar, P), mulmod(ai, ai, P), P));
        return (mulmod(ar, n, P), _neg(mulmod(ai, n, P)));
    }

    function _inv(uint256 a) private view returns (uint256) {
        return _expmod(a, P - 2);
    }

    function _sqrt(uint256 a) private view returns (uint256 r, bool ok) {
        r = _expmod(a, SQRT_EXP);
        ok = mulmod(r, r, P) == a;
    }

    /// base^e mod p through precompile 0x05.
    function _expmod(uint256 base, uint256 e) private view returns (uint256 r) {
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 0x20)
            mstore(add(m, 0x20), 0x20)
            mstore(add(m, 0x40), 0x20)
            mstore(add(m, 0x60), base)
            mstore(add(m, 0x80), e)
            mstore(add(m, 0xa0), P)
            ok := staticcall(gas(), 0x05, m, 0xc0, m, 0x20)
            r := mload(m)
        }
        require(ok);
    }
}
