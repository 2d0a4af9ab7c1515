/**
 * Party assets: the asset register of a unit (its assets with their source and class, recorded, transferred,
 * revalued and disposed of as an append-only history), the fixed-asset threshold chosen by date, the yearly wear of
 * fixed assets, revaluation with its trigger, and the year-end inventory reconciled against the register, under the
 * Public Assets Law (Luật 15/2017/QH14), the decrees on assets at Party bodies (Nghị định 165/2017/NĐ-CP, then
 * Nghị định 52/2026/NĐ-CP) and Thông tư 23/2023/TT-BTC.
 */
@NullMarked
package io.github.vanphong.asset;

import org.jspecify.annotations.NullMarked;
