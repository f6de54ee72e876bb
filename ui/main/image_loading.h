// Reading the image to label and its stored mask on a worker thread, with errors in words.
#pragma once

#include "engine/image_io.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <memory>

namespace dmad::ui {

struct LoadedImage {
    qint64 imageId = -1;
    QImage image;       // null when it could not be read
    QImage maskLabels;  // Grayscale8 at the image's size; null when there is no (usable) mask
    QString error;      // why the image could not be shown
    QString warning;    // the image is shown, but its mask was not (unreadable, wrong size)
    // The same pixels as the engine decoded them, with the file's bytes: the heatmap inspects these, so
    // the file is read and decoded once per shown image. Null when the image could not be read.
    std::shared_ptr<const dmad::DecodedImage> decoded;
};

// Thread-safe. The image is read and decoded by the engine (core/engine/image_io: the checks and 8-bit
// RGB conversion `dmad score` uses), so the canvas shows exactly the pixels the model inspects; the mask
// is read with QImageReader. maskPath empty: no mask. expectedSize: the size recorded at import;
// a different size means the file changed since, which is reported as a warning. defectLabel (1..254,
// or 0 for none): a binary 0/255 mask (a ground truth) is shown with this label, i.e. in the colour of
// the image's defect type rather than as "unspecified defect".
LoadedImage loadImageForLabelling(qint64 imageId, const QString& path, const QString& maskPath, QSize expectedSize,
                                  int defectLabel = 0);

// Writes the mask's 0/255 binary form atomically as PNG (what MVTec AD expects); empty string on success.
QString writeBinaryMask(const QString& labelMaskPath, const QString& target);

}  // namespace dmad::ui
