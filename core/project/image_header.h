// Width and height of an image file read from its header, and the pre-import check (one rule: core/imagefile).
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <optional>

namespace dmad::project {

// core/project stays free of Qt Gui, so import cannot use QImageReader; the headers are all it needs.
// Formats: PNG, JPEG, BMP, TIFF, WebP, PNM. std::nullopt when the file cannot be read or is none of these.
std::optional<QSize> readImageSize(const QString& path);
std::optional<QSize> imageSizeFromBytes(const QByteArray& bytes);  // the leading bytes of a file suffice
bool isPng(const QByteArray& bytes);

// What import needs to know before it accepts a file: the rule the engine applies before decoding
// (imagefile::checkImageBytes: size limit, truncation), so an image import accepts is one training can read.
struct ImageFileCheck {
    enum class Problem { None, Unreadable, NotAnImage, TooLarge, Truncated };
    Problem problem = Problem::Unreadable;
    std::optional<QSize> size;  // when the header could be read
    qint64 claimedWidth = 0;    // TooLarge: what the header claims
    qint64 claimedHeight = 0;
    double megapixelLimit = 0.0;  // the limit in force (imagefile::maxPixels())
};
ImageFileCheck checkImageFile(const QString& path);

}  // namespace dmad::project
