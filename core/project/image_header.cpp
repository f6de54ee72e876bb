#include "project/image_header.h"

#include <QFile>

namespace dmad::project {

namespace {

quint32 bigEndian(const QByteArray& b, int at, int bytes) {
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | static_cast<quint8>(b[at + i]);
    return value;
}

quint32 littleEndian(const QByteArray& b, int at, int bytes) {
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | static_cast<quint8>(b[at + i]);
    return value;
}

std::optional<QSize> valid(qint64 width, qint64 height) {
    if (width <= 0 || height <= 0 || width > 1 << 20 || height > 1 << 20) return std::nullopt;
    return QSize(static_cast<int>(width), static_cast<int>(height));
}

std::optional<QSize> pngSize(const QByteArray& b) {
    // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
    if (b.size() < 24 || b.mid(12, 4) != "IHDR") return std::nullopt;
    return valid(bigEndian(b, 16, 4), bigEndian(b, 20, 4));
}

std::optional<QSize> jpegSize(const QByteArray& b) {
    int at = 2;
    while (at + 9 < b.size()) {
        if (static_cast<quint8>(b[at]) != 0xFF) return std::nullopt;
        const quint8 marker = static_cast<quint8>(b[at + 1]);
        if (marker == 0xFF) { ++at; continue; }  // fill byte
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { at += 2; continue; }
        if (marker == 0xDA) return std::nullopt;  // scan data: no frame header came before it
        const int length = static_cast<int>(bigEndian(b, at + 2, 2));
        // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) return valid(bigEndian(b, at + 7, 2), bigEndian(b, at + 5, 2));
        if (length < 2) return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<QSize> bmpSize(const QByteArray& b) {
    if (b.size() < 26) return std::nullopt;
    const quint32 headerSize = littleEndian(b, 14, 4);
    if (headerSize == 12) return valid(littleEndian(b, 18, 2), littleEndian(b, 20, 2));
    const qint32 height = static_cast<qint32>(littleEndian(b, 22, 4));  // negative: stored top-down
    return valid(static_cast<qint32>(littleEndian(b, 18, 4)), height < 0 ? -qint64(height) : height);
}

std::optional<QSize> tiffSize(const QByteArray& b) {
    const bool little = b.startsWith("II");
    const auto read = [&](int at, int bytes) -> qint64 {
        if (at < 0 || at + bytes > b.size()) return -1;
        return little ? littleEndian(b, at, bytes) : bigEndian(b, at, bytes);
    };
    const qint64 ifd = read(4, 4);
    const qint64 entries = read(static_cast<int>(ifd), 2);
    if (ifd < 8 || entries <= 0) return std::nullopt;
    qint64 width = 0;
    qint64 height = 0;
    for (int i = 0; i < entries; ++i) {
        const int entry = static_cast<int>(ifd + 2 + 12 * i);
        const qint64 tag = read(entry, 2);
        const qint64 type = read(entry + 2, 2);
        const qint64 value = type == 3 ? read(entry + 8, 2) : read(entry + 8, 4);  // SHORT or LONG
        if (tag == 256) width = value;
        if (tag == 257) height = value;
    }
    return valid(width, height);
}

}  // namespace

bool isPng(const QByteArray& bytes) {
    return bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8));
}

std::optional<QSize> imageSizeFromBytes(const QByteArray& bytes) {
    if (isPng(bytes)) return pngSize(bytes);
    if (bytes.startsWith("\xFF\xD8")) return jpegSize(bytes);
    if (bytes.startsWith("BM")) return bmpSize(bytes);
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))) return tiffSize(bytes);
    return std::nullopt;
}

std::optional<QSize> readImageSize(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    // JPEG frame headers may follow large EXIF blocks; TIFF directories may sit at the end.
    QByteArray head = file.read(64 * 1024);
    if (const auto size = imageSizeFromBytes(head)) return size;
    if (head.startsWith("\xFF\xD8") || head.startsWith("II") || head.startsWith("MM")) {
        if (file.size() > 64 * 1024 * 1024) return std::nullopt;
        file.seek(0);
        return imageSizeFromBytes(file.readAll());
    }
    return std::nullopt;
}

}  // namespace dmad::project
