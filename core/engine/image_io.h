// Reading images and masks from disk into the formats the engine expects, with errors naming the file.
#pragma once

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

// A PNG, JPEG, BMP, TIFF, WebP or PNM image (grey, RGB, RGBA, 8 or 16 bit) as 8-bit 3-channel RGB.
// Before decoding, the file must pass imagefile::checkImageBytes (at most imagefile::maxPixels(), default
// 100 megapixels, and not truncated). Throws EngineError(ImageUnreadable) naming the path and the reason.
cv::Mat readImageRgb(const std::string& path);

// Converts an in-memory image of any depth/channel count to 8-bit RGB (input BGR order as OpenCV reads).
cv::Mat toRgb8(const cv::Mat& bgrOrGrey);

// A binary mask as CV_8U with values 0 / 255 (any non-zero pixel counts as defect).
// expectedSize non-empty: throws EngineError(MaskMismatch) when the mask's size differs.
cv::Mat readMask(const std::string& path, cv::Size expectedSize = cv::Size());
// The same for a mask file's bytes held in memory; name is only used in messages.
cv::Mat decodeMask(const std::vector<unsigned char>& bytes, const std::string& name,
                   cv::Size expectedSize = cv::Size());

// Decodes an encoded image held in memory (the bytes of a file) under the same checks; name is only used in messages.
cv::Mat decodeImageRgb(const std::vector<unsigned char>& bytes, const std::string& name);

// One image file read once and decoded once: what the GUI shows and the model inspects are the same pixels,
// and the bytes give the feature cache its key without a second read.
struct DecodedImage {
    std::string path;                  // names the image in messages
    std::vector<unsigned char> bytes;  // the file's content
    cv::Mat rgb8;                      // 8-bit RGB, as readImageRgb gives it
};
// Reads and decodes path under readImageRgb's checks; throws EngineError(ImageUnreadable) naming it.
DecodedImage readDecodedImage(const std::string& path);

// How many images this process has decoded (decodeImageRgb and all that use it): lets the tests prove
// that an image is decoded once on its way to the screen and the model.
std::uint64_t imageDecodeCount();

// Reads a whole file; throws EngineError(ImageUnreadable) naming the path when it cannot.
std::vector<unsigned char> readFileBytes(const std::string& path);

// Writes an 8-bit RGB (or grey) image, e.g. a heatmap PNG, atomically (see atomic_file.h); throws
// EngineError(Io) naming the path.
void writeImageRgb(const std::string& path, const cv::Mat& rgb8);

}  // namespace dmad
