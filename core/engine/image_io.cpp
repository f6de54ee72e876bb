#include "engine/image_io.h"

#include "engine/atomic_file.h"
#include "engine/engine_error.h"
#include "imagefile/image_check.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace dmad {
namespace {

std::atomic<std::uint64_t> g_decodes{0};

cv::Mat toDepth8(const cv::Mat& image) {
    if (image.depth() == CV_8U) return image;
    cv::Mat out;
    switch (image.depth()) {
    case CV_16U: image.convertTo(out, CV_8U, 1.0 / 257.0); break;
    case CV_16S: image.convertTo(out, CV_8U, 1.0 / 128.0, 128.0); break;
    case CV_32F:
    case CV_64F: image.convertTo(out, CV_8U, 255.0); break;  // float images are taken as 0..1
    default: image.convertTo(out, CV_8U); break;
    }
    return out;
}

// The shared pre-decoding rule (size limit, truncation), then OpenCV; no OpenCV exception escapes.
cv::Mat decodeChecked(const std::vector<unsigned char>& bytes, const std::string& name, const char* what) {
    const imagefile::Verdict verdict = imagefile::checkImageBytes(bytes.data(), bytes.size());
    if (!verdict.ok()) {
        throw EngineError(EngineError::Kind::ImageUnreadable,
                          std::string("Cannot use ") + what + " '" + name + "': " + verdict.reason + ".");
    }
    cv::Mat raw;
    try {
        raw = cv::imdecode(bytes, cv::IMREAD_UNCHANGED | cv::IMREAD_ANYDEPTH | cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        throw EngineError(EngineError::Kind::ImageUnreadable,
                          std::string("Cannot decode ") + what + " '" + name + "': " + e.err);
    }
    if (raw.empty()) {
        throw EngineError(EngineError::Kind::ImageUnreadable, std::string("Cannot decode ") + what + " '" + name +
                                                                  "': its " + imagefile::formatName(verdict.format) +
                                                                  " data is damaged.");
    }
    return raw;
}

}  // namespace

cv::Mat toRgb8(const cv::Mat& bgrOrGrey) {
    if (bgrOrGrey.empty()) throw EngineError(EngineError::Kind::ImageUnreadable, "The image is empty.");
    const cv::Mat image8 = toDepth8(bgrOrGrey);
    cv::Mat rgb;
    switch (image8.channels()) {
    case 1: cv::cvtColor(image8, rgb, cv::COLOR_GRAY2RGB); break;
    case 3: cv::cvtColor(image8, rgb, cv::COLOR_BGR2RGB); break;
    case 4: cv::cvtColor(image8, rgb, cv::COLOR_BGRA2RGB); break;
    default:
        throw EngineError(EngineError::Kind::ImageUnreadable,
                          "Images with " + std::to_string(image8.channels()) + " channels are not supported.");
    }
    return rgb;
}

cv::Mat readImageRgb(const std::string& path) {
    return decodeImageRgb(readFileBytes(path), path);
}

DecodedImage readDecodedImage(const std::string& path) {
    DecodedImage image;
    image.path = path;
    image.bytes = readFileBytes(path);
    image.rgb8 = decodeImageRgb(image.bytes, path);
    return image;
}

std::uint64_t imageDecodeCount() {
    return g_decodes.load();
}

cv::Mat decodeImageRgb(const std::vector<unsigned char>& bytes, const std::string& name) {
    ++g_decodes;
    const cv::Mat raw = decodeChecked(bytes, name, "image");
    try {
        return toRgb8(raw);
    } catch (const EngineError& e) {
        throw EngineError(EngineError::Kind::ImageUnreadable, "Cannot use image '" + name + "': " + e.what());
    }
}

std::vector<unsigned char> readFileBytes(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        throw EngineError(EngineError::Kind::ImageUnreadable,
                          "Cannot open '" + path + "': it is a folder, not a file.");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw EngineError(EngineError::Kind::ImageUnreadable, "Cannot open '" + path + "': no such readable file.");
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

cv::Mat readMask(const std::string& path, cv::Size expectedSize) {
    return decodeMask(readFileBytes(path), path, expectedSize);
}

cv::Mat decodeMask(const std::vector<unsigned char>& bytes, const std::string& name, cv::Size expectedSize) {
    const cv::Mat raw = decodeChecked(bytes, name, "mask");
    cv::Mat grey = raw;
    if (raw.channels() > 1) {
        // Any non-zero channel marks a defect, whatever colour the annotator used.
        std::vector<cv::Mat> planes;
        cv::split(raw, planes);
        grey = planes[0].clone();
        for (std::size_t i = 1; i < planes.size() && i < 3; ++i) cv::max(grey, planes[i], grey);
    }
    cv::Mat mask;
    cv::compare(grey, 0, mask, cv::CMP_NE);  // CV_8U, 0 / 255
    if (!expectedSize.empty() && mask.size() != expectedSize) {
        throw EngineError(EngineError::Kind::MaskMismatch, "Mask '" + name + "' is " + std::to_string(mask.cols) + "x" +
                                                               std::to_string(mask.rows) + " but its image is " +
                                                               std::to_string(expectedSize.width) + "x" +
                                                               std::to_string(expectedSize.height) + ".");
    }
    return mask;
}

void writeImageRgb(const std::string& path, const cv::Mat& rgb8) {
    cv::Mat out;
    if (rgb8.channels() == 3)
        cv::cvtColor(rgb8, out, cv::COLOR_RGB2BGR);  // a new buffer: the caller's stays RGB
    else
        out = rgb8;
    writeImageAtomically(path, out);
}

}  // namespace dmad
