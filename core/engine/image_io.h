// Reading images and masks from disk into the formats the engine expects, with errors naming the file.
#pragma once

#include <opencv2/core.hpp>
#include <string>

namespace dmad {

// Any image OpenCV decodes (grey, RGB, RGBA, 8 or 16 bit, any size) as 8-bit 3-channel RGB.
// Throws EngineError(ImageUnreadable) naming the path.
cv::Mat readImageRgb(const std::string& path);

// Converts an in-memory image of any depth/channel count to 8-bit RGB (input BGR order as OpenCV reads).
cv::Mat toRgb8(const cv::Mat& bgrOrGrey);

// A binary mask as CV_8U with values 0 / 255 (any non-zero pixel counts as defect).
// expectedSize non-empty: throws EngineError(MaskMismatch) when the mask's size differs.
cv::Mat readMask(const std::string& path, cv::Size expectedSize = cv::Size());

}  // namespace dmad
