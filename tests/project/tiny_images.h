// Tiny generated "normal" images for tests that train a model on a throw-away project.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

namespace dmad::testing {

// A 64x64 grey checker texture with a little noise under folder/part/good_<seed>.png: different for each
// seed, alike enough to be "normal". Returns its path.
inline QString writeTinyNormalImage(const QString& folder, int seed) {
    QImage image(64, 64, QImage::Format_RGB32);
    QRandomGenerator random(static_cast<quint32>(seed));
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int v = 120 + ((x / 8 + y / 8) % 2) * 40 + static_cast<int>(random.bounded(12));
            image.setPixel(x, y, qRgb(v, v, v));
        }
    }
    const QString path = QDir(folder).filePath(QStringLiteral("part/good_%1.png").arg(seed));
    QDir().mkpath(QFileInfo(path).path());
    image.save(path);
    return path;
}

}  // namespace dmad::testing
