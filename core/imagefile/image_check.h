// The one rule for image files before decoding: known format, a sane header, at most the pixel limit, not truncated.
#pragma once

#include <climits>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace dmad::imagefile {

enum class Format { Unknown, Png, Jpeg, Bmp, Tiff, WebP, Pnm };

struct ImageSize {
    std::int64_t width = 0;
    std::int64_t height = 0;
    // Saturates for sides above 2^31 (a header may claim up to 2^32 - 1 per side).
    std::int64_t pixels() const {
        constexpr std::int64_t side = std::int64_t(1) << 31;
        return width > side || height > side ? INT64_MAX : width * height;
    }
};

// The default pixel limit: 100 megapixels (a 10000 x 10000 image decodes to 300 MB of RGB).
constexpr std::int64_t kDefaultMaxPixels = 100'000'000;

// The limit in force: setMaxPixels() when called, else $DMAD_MAX_IMAGE_MEGAPIXELS (a positive number,
// fractions allowed), else kDefaultMaxPixels. Thread-safe.
std::int64_t maxPixels();
// pixels <= 0 restores the default behaviour (environment, then kDefaultMaxPixels).
void setMaxPixels(std::int64_t pixels);

Format formatOf(const unsigned char* data, std::size_t size);
const char* formatName(Format format);

// Width and height from the header alone; the leading bytes of a file suffice for PNG, BMP, WebP and PNM,
// JPEG and TIFF may need more (a large EXIF block, a directory at the end). nullopt: unknown or damaged.
std::optional<ImageSize> sizeFromHeader(const unsigned char* data, std::size_t size);

enum class Problem {
    None,
    UnknownFormat,  // not PNG, JPEG, BMP, TIFF, WebP or PNM
    BadHeader,      // the format's header cannot be read or states a zero size
    TooLarge,       // more pixels than maxPixels()
    Truncated       // the file ends before its image data does (decoders fill the rest with garbage)
};

struct Verdict {
    Problem problem = Problem::None;
    Format format = Format::Unknown;
    ImageSize size;      // valid unless the problem is UnknownFormat or BadHeader
    std::string reason;  // English, for logs and the CLI; empty when problem == None
    bool ok() const { return problem == Problem::None; }
};

// Checks a whole file held in memory (size limit from maxPixels()).
Verdict checkImageBytes(const unsigned char* data, std::size_t size);
Verdict checkImageBytes(const unsigned char* data, std::size_t size, std::int64_t pixelLimit);

}  // namespace dmad::imagefile
