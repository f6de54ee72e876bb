// Reading images and masks from disk into the formats the engine expects, with errors naming the file.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

// Any image OpenCV decodes (grey, RGB, RGBA, 8 or 16 bit, any size) as 8-bit 3-channel RGB.
// Throws EngineError(ImageUnreadable) naming the path.
cv::Mat readImageRgb(const std::string& path);

// Converts an in-memory image of any depth/channel count to 8-bit RGB (input BGR order as OpenCV reads).
cv::Mat toRgb8(const cv::Mat& bgrOrGrey);

// A binary mask as CV_8U with values 0 / 255 (any non-zero pixel counts as defect).
// expectedSize non-empty: throws EngineError(MaskMismatch) when the mask's size differs.
cv::Mat readMask(const std::string& path, cv::Size expectedSize = cv::Size());

// Decodes an encoded image held in memory (the bytes of a file); name is only used in the error message.
cv::Mat decodeImageRgb(const std::vector<unsigned char>& bytes, const std::string& name);

// Reads a whole file; throws EngineError(ImageUnreadable) naming the path when it cannot.
std::vector<unsigned char> readFileBytes(const std::string& path);

// Writes an 8-bit RGB (or grey) image, e.g. a heatmap PNG; throws EngineError(Io) naming the path.
void writeImageRgb(const std::string& path, const cv::Mat& rgb8);

}  // namespace dmad
