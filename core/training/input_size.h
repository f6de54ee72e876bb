// The backbone input sizes a station offers for training: the settings, team requests and workers check these.
#pragma once

namespace dmad::training {

// 256 is the workstation preset's. 320 is for small defects: 1.6 times the patches per image and about twice
// the training and scoring time; on the shared data PRO +3.4 points at 10 shots (docs/evaluation.md).
inline constexpr int kStandardImageSize = 256;
inline constexpr int kFineImageSize = 320;

inline constexpr bool isOfferedImageSize(int size) {
    return size == kStandardImageSize || size == kFineImageSize;
}

}  // namespace dmad::training
