// The backbone input sizes a station offers for training: the settings, team requests and workers check these.
#pragma once

namespace dmad::training {

// 256 is the workstation preset's. 384 is for small defects: 2.25 times the patches per image, with M_n and
// M_o kept at the rows they have at 256 (bankRatioScale), so the coreset and every search grow 2.25 times
// instead of about 5. On the shared data PRO +6.1 points at 10 shots for about 2.3 times the training time
// (runs U384c/U384cb in docs/evaluation.md).
inline constexpr int kStandardImageSize = 256;
inline constexpr int kFineImageSize = 384;

inline constexpr bool isOfferedImageSize(int size) {
    return size == kStandardImageSize || size == kFineImageSize;
}

// What the preset's coreset ratios are multiplied by at this input size: the standard size's patches per
// image over this size's, so the banks keep the rows they have at the standard size.
inline constexpr double bankRatioScale(int size) {
    const double ratio = double(kStandardImageSize) / double(size);
    return ratio * ratio;
}

}  // namespace dmad::training
