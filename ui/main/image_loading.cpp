#include "ui/main/image_loading.h"

#include "engine/engine_error.h"
#include "ui/canvas/mask_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

namespace dmad::ui {

namespace {

// Free functions have no tr() of their own; this gives their messages a context lupdate can see.
struct ImageLoading {
    Q_DECLARE_TR_FUNCTIONS(dmad::ui::ImageLoading)
};

QImage readImage(const QString& path, QString* error) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        *error =
            ImageLoading::tr("Cannot read the image %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString());
    }
    return image;
}

// The engine's decode of the file (its checks, its 8-bit RGB) and a QImage of those pixels for the canvas.
bool decodeImage(const QString& path, LoadedImage* loaded) {
    try {
        auto decoded = std::make_shared<dmad::DecodedImage>(dmad::readDecodedImage(path.toStdString()));
        const cv::Mat& rgb = decoded->rgb8;
        loaded->image =
            QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step), QImage::Format_RGB888).copy();
        loaded->decoded = std::move(decoded);
        return true;
    } catch (const dmad::EngineError& error) {
        loaded->error = ImageLoading::tr("The image cannot be shown: %1").arg(QString::fromStdString(error.what()));
    } catch (const std::bad_alloc&) {
        loaded->error =
            ImageLoading::tr("The image %1 is too large for the memory left.").arg(QDir::toNativeSeparators(path));
    }
    return false;
}

// A mask holding only 0 and 255 is a binary ground truth; its defect pixels take `label`.
void relabelBinary(QImage& labels, int label) {
    for (int y = 0; y < labels.height(); ++y) {
        const uchar* row = labels.constScanLine(y);
        for (int x = 0; x < labels.width(); ++x) {
            if (row[x] != 0 && row[x] != 255) return;
        }
    }
    for (int y = 0; y < labels.height(); ++y) {
        uchar* row = labels.scanLine(y);
        for (int x = 0; x < labels.width(); ++x) {
            if (row[x] == 255) row[x] = static_cast<uchar>(label);
        }
    }
}

}  // namespace

LoadedImage loadImageForLabelling(qint64 imageId, const QString& path, const QString& maskPath, QSize expectedSize,
                                  int defectLabel) {
    LoadedImage loaded;
    loaded.imageId = imageId;
    if (!QFileInfo(path).isFile()) {
        loaded.error = ImageLoading::tr("The image %1 is missing (moved or deleted). Use File > Check Files to "
                                        "list all missing files.")
                           .arg(QDir::toNativeSeparators(path));
        return loaded;
    }
    if (!decodeImage(path, &loaded)) return loaded;
    if (expectedSize.isValid() && loaded.image.size() != expectedSize) {
        loaded.warning = ImageLoading::tr("%1 is %2x%3 pixels now, but was %4x%5 when imported: the file changed.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(loaded.image.width())
                             .arg(loaded.image.height())
                             .arg(expectedSize.width())
                             .arg(expectedSize.height());
    }
    if (maskPath.isEmpty()) return loaded;
    QString maskError;
    const QImage mask = readImage(maskPath, &maskError);
    if (mask.isNull()) {
        loaded.warning = maskError;
    } else if (mask.size() != loaded.image.size()) {
        loaded.warning = ImageLoading::tr("The mask %1 is %2x%3 pixels but the image is %4x%5; it is not shown.")
                             .arg(QDir::toNativeSeparators(maskPath))
                             .arg(mask.width())
                             .arg(mask.height())
                             .arg(loaded.image.width())
                             .arg(loaded.image.height());
    } else {
        loaded.maskLabels =
            mask.format() == QImage::Format_Grayscale8 ? mask : mask.convertToFormat(QImage::Format_Grayscale8);
        if (defectLabel > 0 && defectLabel < 255) relabelBinary(loaded.maskLabels, defectLabel);
    }
    return loaded;
}

QString writeBinaryMask(const QString& labelMaskPath, const QString& target) {
    QImageReader reader(labelMaskPath);
    QImage labels = reader.read();
    if (labels.isNull()) {
        return ImageLoading::tr("Cannot read the mask %1: %2")
            .arg(QDir::toNativeSeparators(labelMaskPath), reader.errorString());
    }
    if (labels.format() != QImage::Format_Grayscale8 && labels.format() != QImage::Format_Indexed8) {
        labels = labels.convertToFormat(QImage::Format_Grayscale8);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !MaskDocument::toBinary(labels).save(&file, "PNG") || !file.commit()) {
        return ImageLoading::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
    }
    return {};
}

}  // namespace dmad::ui
