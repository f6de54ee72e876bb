#include "imagefile/image_check.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <vector>

namespace dmad::imagefile {

namespace {

// No decoder we use handles a side above this, whatever the pixel limit says.
constexpr std::int64_t kMaxSide = std::int64_t(1) << 20;

std::atomic<std::int64_t> overrideLimit{0};

// Bounds-checked reads: every offset comes from the file, so nothing is trusted.
class Bytes {
public:
    Bytes(const unsigned char* data, std::size_t size) : m_data(data), m_size(size) {}
    std::size_t size() const { return m_size; }
    bool has(std::uint64_t at, std::uint64_t n) const { return at <= m_size && n <= m_size - at; }
    std::uint64_t be(std::uint64_t at, int n) const {
        std::uint64_t v = 0;
        for (int i = 0; i < n; ++i) v = (v << 8) | m_data[at + std::uint64_t(i)];
        return v;
    }
    std::uint64_t le(std::uint64_t at, int n) const {
        std::uint64_t v = 0;
        for (int i = n - 1; i >= 0; --i) v = (v << 8) | m_data[at + std::uint64_t(i)];
        return v;
    }
    unsigned char at(std::uint64_t i) const { return m_data[i]; }
    bool startsWith(const char* text, std::size_t n, std::size_t at = 0) const {
        return has(at, n) && std::memcmp(m_data + at, text, n) == 0;
    }
    const unsigned char* data() const { return m_data; }

private:
    const unsigned char* m_data;
    std::size_t m_size;
};

// What a format parser found: the size (if the header is readable) and whether the data is all there.
struct Parsed {
    std::optional<ImageSize> size;
    bool complete = true;
    std::string missing;  // what is missing when !complete
};

std::optional<ImageSize> sized(std::int64_t width, std::int64_t height) {
    if (width <= 0 || height <= 0) return std::nullopt;
    return ImageSize{width, height};
}

// --- PNG: signature, IHDR, chunks up to IEND.
Parsed parsePng(const Bytes& b, bool wholeFile) {
    Parsed p;
    if (!b.has(8, 16) || !b.startsWith("IHDR", 4, 12)) return p;
    p.size = sized(std::int64_t(b.be(16, 4)), std::int64_t(b.be(20, 4)));
    if (!wholeFile) return p;
    std::uint64_t at = 8;
    while (b.has(at, 8)) {
        const std::uint64_t length = b.be(at, 4);
        const bool end = b.startsWith("IEND", 4, std::size_t(at + 4));
        if (length > 0x7FFFFFFFu || !b.has(at + 8, length + 4)) break;
        if (end) return p;
        at += 12 + length;
    }
    p.complete = false;
    p.missing = "the PNG chunks stop before the IEND chunk";
    return p;
}

// --- JPEG: segments up to the first scan; the EOI marker must follow the scan data.
Parsed parseJpeg(const Bytes& b, bool wholeFile) {
    Parsed p;
    std::uint64_t at = 2;
    bool scan = false;
    while (b.has(at, 2)) {
        if (b.at(at) != 0xFF) return Parsed{p.size, !wholeFile, "a JPEG segment is damaged"};
        const unsigned char marker = b.at(at + 1);
        if (marker == 0xFF) {
            ++at;
            continue;
        }  // fill byte
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        if (marker == 0xD9) break;  // EOI before any scan
        if (!b.has(at + 2, 2)) break;
        const std::uint64_t length = b.be(at + 2, 2);
        if (length < 2) break;
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame && !p.size && b.has(at + 5, 4)) {
            p.size = sized(std::int64_t(b.be(at + 7, 2)), std::int64_t(b.be(at + 5, 2)));
            if (!wholeFile && p.size) return p;
        }
        at += 2 + length;
        if (marker == 0xDA) {
            scan = true;
            break;
        }
    }
    if (!wholeFile) return p;
    if (!scan) {
        p.complete = false;
        p.missing = "the JPEG stream ends before its image data";
        return p;
    }
    // Entropy-coded data never holds FF D9 (an FF there is stuffed as FF 00), so the first one is the end.
    for (std::uint64_t i = std::min<std::uint64_t>(at, b.size()); i + 1 < b.size(); ++i) {
        const auto* hit = static_cast<const unsigned char*>(std::memchr(b.data() + i, 0xFF, b.size() - i - 1));
        if (!hit) break;
        i = std::uint64_t(hit - b.data());
        if (b.at(i + 1) == 0xD9) return p;
    }
    p.complete = false;
    p.missing = "the JPEG stream has no end-of-image marker";
    return p;
}

// --- BMP: file header, info header; uncompressed pixel rows must fit in the file.
Parsed parseBmp(const Bytes& b, bool wholeFile) {
    Parsed p;
    if (!b.has(0, 26)) return p;
    const std::uint64_t dataOffset = b.le(10, 4);
    const std::uint64_t headerSize = b.le(14, 4);
    std::int64_t width = 0, height = 0;
    std::uint64_t bits = 0, compression = 0;
    if (headerSize == 12) {
        width = std::int64_t(b.le(18, 2));
        height = std::int64_t(b.le(20, 2));
        bits = b.le(24, 2);
    } else {
        if (!b.has(0, 34)) return p;
        width = std::int32_t(std::uint32_t(b.le(18, 4)));
        height = std::int32_t(std::uint32_t(b.le(22, 4)));  // negative: stored top-down
        height = height < 0 ? -height : height;
        bits = b.le(28, 2);
        compression = b.le(30, 4);
    }
    p.size = sized(width, height);
    if (!wholeFile || !p.size || p.size->width > kMaxSide || p.size->height > kMaxSide) return p;
    const bool plain = compression == 0 || compression == 3;
    if (plain && (bits == 1 || bits == 4 || bits == 8 || bits == 16 || bits == 24 || bits == 32)) {
        const std::uint64_t stride = ((bits * std::uint64_t(width) + 31) / 32) * 4;
        if (!b.has(dataOffset, stride * std::uint64_t(height))) {
            p.complete = false;
            p.missing = "the BMP pixel rows run past the end of the file";
        }
    }
    return p;
}

// --- TIFF: the first directory's size, and its strips or tiles must lie inside the file.
class Tiff {
public:
    explicit Tiff(const Bytes& b) : m_b(b), m_little(b.startsWith("II", 2)) {}
    std::int64_t read(std::uint64_t at, int n) const {
        if (!m_b.has(at, std::uint64_t(n))) return -1;
        return std::int64_t(m_little ? m_b.le(at, n) : m_b.be(at, n));
    }
    // The values of one directory entry (SHORT or LONG), at most `limit` of them; empty when unreadable.
    std::vector<std::uint64_t> values(std::uint64_t entry, std::size_t limit) const {
        const std::int64_t type = read(entry + 2, 2), count = read(entry + 4, 4);
        const int width = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (width == 0 || count <= 0 || std::uint64_t(count) > limit) return {};
        std::uint64_t at = entry + 8;
        if (std::uint64_t(count) * std::uint64_t(width) > 4) {
            const std::int64_t offset = read(entry + 8, 4);
            if (offset < 0) return {};
            at = std::uint64_t(offset);
        }
        if (!m_b.has(at, std::uint64_t(count) * std::uint64_t(width))) return {};
        std::vector<std::uint64_t> out(static_cast<std::size_t>(count));
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::uint64_t(read(at + i * std::uint64_t(width), width));
        return out;
    }

private:
    const Bytes& m_b;
    bool m_little;
};

Parsed parseTiff(const Bytes& b, bool wholeFile) {
    Parsed p;
    const Tiff t(b);
    const std::int64_t ifd = t.read(4, 4);
    const std::int64_t entries = ifd >= 8 ? t.read(std::uint64_t(ifd), 2) : -1;
    if (entries <= 0) return p;
    std::int64_t width = 0, height = 0;
    std::vector<std::uint64_t> offsets, counts;
    for (std::int64_t i = 0; i < entries; ++i) {
        const std::uint64_t entry = std::uint64_t(ifd) + 2 + 12 * std::uint64_t(i);
        if (!b.has(entry, 12)) return p;
        const std::int64_t tag = t.read(entry, 2);
        const std::vector<std::uint64_t> first =
            (tag == 256 || tag == 257) ? t.values(entry, 1) : std::vector<std::uint64_t>{};
        if (tag == 256 && !first.empty()) width = std::int64_t(first[0]);
        if (tag == 257 && !first.empty()) height = std::int64_t(first[0]);
        if (wholeFile && (tag == 273 || tag == 324)) offsets = t.values(entry, b.size());
        if (wholeFile && (tag == 279 || tag == 325)) counts = t.values(entry, b.size());
    }
    p.size = sized(width, height);
    if (!wholeFile || offsets.empty() || offsets.size() != counts.size()) return p;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        if (!b.has(offsets[i], counts[i])) {
            p.complete = false;
            p.missing = "a TIFF strip or tile runs past the end of the file";
            return p;
        }
    }
    return p;
}

// --- WebP: RIFF container; the RIFF size must fit in the file.
Parsed parseWebp(const Bytes& b, bool wholeFile) {
    Parsed p;
    if (!b.has(0, 30)) return p;
    if (b.startsWith("VP8X", 4, 12)) {
        p.size = sized(std::int64_t(b.le(24, 3)) + 1, std::int64_t(b.le(27, 3)) + 1);
    } else if (b.startsWith("VP8 ", 4, 12)) {
        if (b.at(23) != 0x9D || b.at(24) != 0x01 || b.at(25) != 0x2A) return p;
        p.size = sized(std::int64_t(b.le(26, 2) & 0x3FFF), std::int64_t(b.le(28, 2) & 0x3FFF));
    } else if (b.startsWith("VP8L", 4, 12)) {
        if (b.at(20) != 0x2F) return p;
        const std::uint64_t bits = b.le(21, 4);
        p.size = sized(std::int64_t(bits & 0x3FFF) + 1, std::int64_t((bits >> 14) & 0x3FFF) + 1);
    }
    if (wholeFile && p.size && !b.has(8, b.le(4, 4))) {
        p.complete = false;
        p.missing = "the WebP container is shorter than its header says";
    }
    return p;
}

// --- PNM (P1..P6): text header; binary pixel data must fit in the file.
Parsed parsePnm(const Bytes& b, bool wholeFile) {
    Parsed p;
    const int kind = b.at(1) - '0';
    std::uint64_t at = 2;
    std::int64_t numbers[3] = {0, 0, 1};
    const int wanted = (kind == 1 || kind == 4) ? 2 : 3;
    for (int n = 0; n < wanted; ++n) {
        while (b.has(at, 1) && (std::isspace(b.at(at)) || b.at(at) == '#')) {
            if (b.at(at) == '#') {
                while (b.has(at, 1) && b.at(at) != '\n') ++at;
            } else {
                ++at;
            }
        }
        if (!b.has(at, 1) || !std::isdigit(b.at(at))) return p;
        std::int64_t value = 0;
        while (b.has(at, 1) && std::isdigit(b.at(at))) {
            value = value * 10 + (b.at(at) - '0');
            if (value > (std::int64_t(1) << 40)) return p;
            ++at;
        }
        numbers[n] = value;
    }
    p.size = sized(numbers[0], numbers[1]);
    if (!p.size || numbers[2] <= 0 || numbers[2] > 65535) {
        p.size.reset();
        return p;
    }
    if (!wholeFile || kind < 4 || p.size->width > kMaxSide || p.size->height > kMaxSide) return p;
    ++at;  // the single whitespace after the header
    const std::uint64_t depth = numbers[2] > 255 ? 2 : 1;
    const std::uint64_t w = std::uint64_t(numbers[0]), h = std::uint64_t(numbers[1]);
    const std::uint64_t bytes = kind == 4 ? (w + 7) / 8 * h : kind == 5 ? w * h * depth : 3 * w * h * depth;
    if (!b.has(at, bytes)) {
        p.complete = false;
        p.missing = "the PNM pixel data runs past the end of the file";
    }
    return p;
}

Parsed parse(Format format, const Bytes& b, bool wholeFile) {
    switch (format) {
    case Format::Png: return parsePng(b, wholeFile);
    case Format::Jpeg: return parseJpeg(b, wholeFile);
    case Format::Bmp: return parseBmp(b, wholeFile);
    case Format::Tiff: return parseTiff(b, wholeFile);
    case Format::WebP: return parseWebp(b, wholeFile);
    case Format::Pnm: return parsePnm(b, wholeFile);
    case Format::Unknown: break;
    }
    return {};
}

std::string megapixels(double pixels) {
    std::ostringstream s;
    s.precision(pixels >= 1e9 ? 6 : 4);  // 100, 10000, 0.01, 0.01638
    s << pixels / 1e6;
    return s.str();
}

}  // namespace

std::int64_t maxPixels() {
    if (const std::int64_t set = overrideLimit.load(); set > 0) return set;
    if (const char* env = std::getenv("DMAD_MAX_IMAGE_MEGAPIXELS"); env && *env) {
        char* end = nullptr;
        const double mp = std::strtod(env, &end);
        if (end && *end == '\0' && mp > 0 && mp < 1e9) return std::max<std::int64_t>(1, std::int64_t(mp * 1e6));
    }
    return kDefaultMaxPixels;
}

void setMaxPixels(std::int64_t pixels) {
    overrideLimit.store(pixels > 0 ? pixels : 0);
}

Format formatOf(const unsigned char* data, std::size_t size) {
    const Bytes b(data, size);
    if (b.startsWith("\x89PNG\r\n\x1a\n", 8)) return Format::Png;
    if (b.startsWith("\xFF\xD8", 2)) return Format::Jpeg;
    if (b.startsWith("BM", 2)) return Format::Bmp;
    if (b.startsWith("II*\0", 4) || b.startsWith("MM\0*", 4)) return Format::Tiff;
    if (b.startsWith("RIFF", 4) && b.startsWith("WEBP", 4, 8)) return Format::WebP;
    if (b.has(0, 3) && b.at(0) == 'P' && b.at(1) >= '1' && b.at(1) <= '6' && std::isspace(b.at(2))) return Format::Pnm;
    return Format::Unknown;
}

const char* formatName(Format format) {
    switch (format) {
    case Format::Png: return "PNG";
    case Format::Jpeg: return "JPEG";
    case Format::Bmp: return "BMP";
    case Format::Tiff: return "TIFF";
    case Format::WebP: return "WebP";
    case Format::Pnm: return "PNM";
    case Format::Unknown: break;
    }
    return "unknown";
}

std::optional<ImageSize> sizeFromHeader(const unsigned char* data, std::size_t size) {
    const Bytes b(data, size);
    return parse(formatOf(data, size), b, false).size;
}

Verdict checkImageBytes(const unsigned char* data, std::size_t size) {
    return checkImageBytes(data, size, maxPixels());
}

Verdict checkImageBytes(const unsigned char* data, std::size_t size, std::int64_t pixelLimit) {
    Verdict v;
    v.format = formatOf(data, size);
    if (v.format == Format::Unknown) {
        v.problem = Problem::UnknownFormat;
        v.reason = "not a PNG, JPEG, BMP, TIFF, WebP or PNM image";
        return v;
    }
    const Bytes b(data, size);
    const Parsed parsed = parse(v.format, b, true);
    if (!parsed.size) {
        v.problem = Problem::BadHeader;
        v.reason = std::string("its ") + formatName(v.format) + " header is damaged or states no size";
        return v;
    }
    v.size = *parsed.size;
    if (v.size.width > kMaxSide || v.size.height > kMaxSide || v.size.pixels() > pixelLimit) {
        v.problem = Problem::TooLarge;
        v.reason = "its header claims " + std::to_string(v.size.width) + " x " + std::to_string(v.size.height) +
                   " pixels (" + megapixels(double(v.size.width) * double(v.size.height)) +
                   " megapixels), above the limit of " + megapixels(double(pixelLimit)) +
                   " megapixels (DMAD_MAX_IMAGE_MEGAPIXELS)";
        return v;
    }
    if (!parsed.complete) {
        v.problem = Problem::Truncated;
        v.reason = "the file is truncated: " + parsed.missing;
    }
    return v;
}

}  // namespace dmad::imagefile
