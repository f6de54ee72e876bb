#include "project/image_header.h"

#include "imagefile/image_check.h"

#include <QFile>

namespace dmad::project {

namespace {

std::optional<QSize> sizeOf(const QByteArray& bytes) {
    const auto size =
        imagefile::sizeFromHeader(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()));
    if (!size || size->width > 1 << 20 || size->height > 1 << 20) return std::nullopt;
    return QSize(static_cast<int>(size->width), static_cast<int>(size->height));
}

}  // namespace

bool isPng(const QByteArray& bytes) {
    return imagefile::formatOf(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size())) ==
           imagefile::Format::Png;
}

std::optional<QSize> imageSizeFromBytes(const QByteArray& bytes) {
    return sizeOf(bytes);
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

ImageFileCheck checkImageFile(const QString& path) {
    ImageFileCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.problem = ImageFileCheck::Problem::Unreadable;
        return check;
    }
    const qint64 size = file.size();
    const uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray copy;
    if (!mapped && size > 0) {  // a file system without mmap
        copy = file.readAll();
        mapped = reinterpret_cast<const uchar*>(copy.constData());
    }
    const imagefile::Verdict verdict = imagefile::checkImageBytes(mapped, mapped ? std::size_t(size) : 0);
    if (verdict.problem != imagefile::Problem::UnknownFormat && verdict.problem != imagefile::Problem::BadHeader &&
        verdict.size.width <= 1 << 20 && verdict.size.height <= 1 << 20) {
        check.size = QSize(static_cast<int>(verdict.size.width), static_cast<int>(verdict.size.height));
    }
    check.megapixelLimit = double(imagefile::maxPixels()) / 1e6;
    switch (verdict.problem) {
    case imagefile::Problem::None: check.problem = ImageFileCheck::Problem::None; break;
    case imagefile::Problem::UnknownFormat:
    case imagefile::Problem::BadHeader: check.problem = ImageFileCheck::Problem::NotAnImage; break;
    case imagefile::Problem::TooLarge:
        check.problem = ImageFileCheck::Problem::TooLarge;
        check.claimedWidth = verdict.size.width;
        check.claimedHeight = verdict.size.height;
        break;
    case imagefile::Problem::Truncated: check.problem = ImageFileCheck::Problem::Truncated; break;
    }
    return check;
}

}  // namespace dmad::project
