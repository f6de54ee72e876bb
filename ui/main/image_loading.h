// Reading the image to label and its stored mask on a worker thread, with errors in words.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace dmad::ui {

struct LoadedImage {
    qint64 imageId = -1;
    QImage image;       // null when it could not be read
    QImage maskLabels;  // Grayscale8 at the image's size; null when there is no (usable) mask
    QString error;      // why the image could not be shown
    QString warning;    // the image is shown, but its mask was not (unreadable, wrong size)
};

// Thread-safe (QImageReader only). maskPath empty: no mask. expectedSize: the size recorded at import;
// a different size means the file changed since, which is reported as a warning. defectLabel (1..254,
// or 0 for none): a binary 0/255 mask (a ground truth) is shown with this label, i.e. in the colour of
// the image's defect type rather than as "unspecified defect".
LoadedImage loadImageForLabelling(qint64 imageId, const QString& path, const QString& maskPath, QSize expectedSize,
                                  int defectLabel = 0);

// Writes the mask's 0/255 binary form atomically as PNG (what MVTec AD expects); empty string on success.
QString writeBinaryMask(const QString& labelMaskPath, const QString& target);

}  // namespace dmad::ui
