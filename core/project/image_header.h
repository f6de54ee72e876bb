// Width and height of an image file read from its header (PNG, JPEG, BMP, TIFF) with Qt Core alone.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <optional>

namespace dmad::project {

// core/project stays free of Qt Gui, so import cannot use QImageReader; these headers are all it needs.
// std::nullopt when the file cannot be read or is not one of the formats above.
std::optional<QSize> readImageSize(const QString& path);
std::optional<QSize> imageSizeFromBytes(const QByteArray& bytes);  // the leading bytes of a file suffice
bool isPng(const QByteArray& bytes);

}  // namespace dmad::project
