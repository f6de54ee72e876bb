// libFuzzer target: a mask file's bytes through the shared check and the mask decoder, with and without a size.
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "imagefile/image_check.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    dmad::imagefile::setMaxPixels(1'000'000);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    // The first byte picks the expected mask size: none, or a small square the mask must match.
    const int side = data[0] % 4 == 0 ? 0 : 1 + data[0] % 64;
    const std::vector<unsigned char> bytes(data + 1, data + size);
    try {
        const cv::Mat mask = dmad::decodeMask(bytes, "fuzz-mask.png", side ? cv::Size(side, side) : cv::Size());
        if (mask.type() != CV_8U) std::abort();
        if (side && mask.size() != cv::Size(side, side)) std::abort();
        for (int y = 0; y < mask.rows; ++y)
            for (int x = 0; x < mask.cols; ++x)
                if (mask.at<unsigned char>(y, x) != 0 && mask.at<unsigned char>(y, x) != 255) std::abort();
    } catch (const dmad::EngineError& e) {
        if (e.kind() != dmad::EngineError::Kind::ImageUnreadable && e.kind() != dmad::EngineError::Kind::MaskMismatch)
            std::abort();
    }
    return 0;
}
