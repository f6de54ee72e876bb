#include "ui/canvas/mask_raster.h"

#include <QColor>
#include <algorithm>
#include <cmath>
#include <vector>

namespace dmad::ui::raster {
namespace {

double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0.0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

struct Crossing {
    double x;
    int direction;
};

}  // namespace

QPointF brushCentre(QPointF p, int size) {
    if (size % 2 == 1) return {std::floor(p.x()) + 0.5, std::floor(p.y()) + 0.5};
    return {std::round(p.x()), std::round(p.y())};
}

QRect stampSegment(QImage& labels, QPointF a, QPointF b, int size, int value) {
    const double radius = size / 2.0;
    const double limit = radius * radius + 1e-9;
    const QRect box = QRectF(a, b)
                          .normalized()
                          .adjusted(-radius - 1, -radius - 1, radius + 1, radius + 1)
                          .toAlignedRect()
                          .intersected(labels.rect());
    QRect touched;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        uchar* row = labels.scanLine(y);
        for (int x = box.left(); x <= box.right(); ++x) {
            if (squaredDistanceToSegment(QPointF(x + 0.5, y + 0.5), a, b) > limit) continue;
            row[x] = static_cast<uchar>(value);
            touched |= QRect(x, y, 1, 1);
        }
    }
    return touched;
}

QRect fillPolygon(QImage& labels, const QPolygonF& polygon, int value) {
    if (polygon.size() < 3) return {};
    const QRect box = polygon.boundingRect().toAlignedRect().intersected(labels.rect());
    QRect touched;
    std::vector<Crossing> crossings;
    const int n = static_cast<int>(polygon.size());
    for (int y = box.top(); y <= box.bottom(); ++y) {
        const double cy = y + 0.5;
        crossings.clear();
        for (int i = 0; i < n; ++i) {
            const QPointF p0 = polygon[i];
            const QPointF p1 = polygon[(i + 1) % n];
            const bool down = p0.y() <= cy && cy < p1.y();
            const bool up = p1.y() <= cy && cy < p0.y();
            if (!down && !up) continue;
            const double x = p0.x() + (cy - p0.y()) * (p1.x() - p0.x()) / (p1.y() - p0.y());
            crossings.push_back({x, down ? 1 : -1});
        }
        std::sort(crossings.begin(), crossings.end(), [](const Crossing& l, const Crossing& r) { return l.x < r.x; });
        uchar* row = labels.scanLine(y);
        int winding = 0;
        for (size_t k = 0; k + 1 < crossings.size(); ++k) {
            winding += crossings[k].direction;
            if (winding == 0) continue;
            // Pixels whose centre x + 0.5 lies in [x_k, m_x{k+1}).
            const int first = std::max(box.left(), static_cast<int>(std::ceil(crossings[k].x - 0.5)));
            const int last = std::min(box.right(), static_cast<int>(std::ceil(crossings[k + 1].x - 0.5)) - 1);
            if (first > last) continue;
            std::fill(row + first, row + last + 1, static_cast<uchar>(value));
            touched |= QRect(first, y, last - first + 1, 1);
        }
    }
    return touched;
}

QRect floodFill(QImage& labels, const QImage& image, QPoint seed, int tolerance, int value) {
    if (!image.rect().contains(seed) || image.size() != labels.size()) return {};
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    const int width = rgb.width();
    const int height = rgb.height();
    const QRgb seedColor = rgb.pixel(seed);
    const auto similar = [&](int x, int y) {
        const QRgb c = reinterpret_cast<const QRgb*>(rgb.constScanLine(y))[x];
        return std::abs(qRed(c) - qRed(seedColor)) <= tolerance &&
               std::abs(qGreen(c) - qGreen(seedColor)) <= tolerance &&
               std::abs(qBlue(c) - qBlue(seedColor)) <= tolerance;
    };

    std::vector<uchar> visited(static_cast<size_t>(width) * height, 0);
    std::vector<QPoint> pending{seed};
    visited[static_cast<size_t>(seed.y()) * width + seed.x()] = 1;
    int left = seed.x(), right = seed.x(), top = seed.y(), bottom = seed.y();
    while (!pending.empty()) {
        const QPoint p = pending.back();
        pending.pop_back();
        labels.scanLine(p.y())[p.x()] = static_cast<uchar>(value);
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
        const QPoint neighbours[4] = {{p.x() - 1, p.y()}, {p.x() + 1, p.y()}, {p.x(), p.y() - 1}, {p.x(), p.y() + 1}};
        for (const QPoint& q : neighbours) {
            if (q.x() < 0 || q.y() < 0 || q.x() >= width || q.y() >= height) continue;
            uchar& seen = visited[static_cast<size_t>(q.y()) * width + q.x()];
            if (seen || !similar(q.x(), q.y())) continue;
            seen = 1;
            pending.push_back(q);
        }
    }
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

}  // namespace dmad::ui::raster
