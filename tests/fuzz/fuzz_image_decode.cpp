// libFuzzer target: the pre-decoding check (header, size limit, truncation) and decoding of any bytes as an image.
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "imagefile/image_check.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // A 1 megapixel limit keeps each decode small; the check itself is the same rule at any limit.
    dmad::imagefile::setMaxPixels(1'000'000);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto header = dmad::imagefile::sizeFromHeader(data, size);
    const dmad::imagefile::Verdict verdict = dmad::imagefile::checkImageBytes(data, size);
    if (verdict.ok() && (verdict.size.width <= 0 || verdict.size.height <= 0)) std::abort();
    if (verdict.ok() && !header) std::abort();  // what the check accepts, the header reader must read too
    try {
        const cv::Mat rgb = dmad::decodeImageRgb(std::vector<unsigned char>(data, data + size), "fuzz");
        if (!verdict.ok() || rgb.type() != CV_8UC3) std::abort();  // decoded only what passed the check
    } catch (const dmad::EngineError& e) {
        if (e.kind() != dmad::EngineError::Kind::ImageUnreadable) std::abort();
    }
    return 0;
}
