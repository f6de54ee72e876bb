// Writing a rendered plot or table to a PNG file atomically: the old file stays whole if anything fails.
#pragma once

#include <QImage>
#include <QString>

namespace dmad::ui {

// On failure returns false and, when error is non-null, a message naming the path.
bool writePngAtomically(const QImage& image, const QString& path, QString* error);

}  // namespace dmad::ui
