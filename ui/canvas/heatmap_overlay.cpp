#include "ui/canvas/heatmap_overlay.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dmad::ui {
namespace {

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}

// Corners of a marching-squares cell in the order top-left, top-right, bottom-right, bottom-left;
// edge k joins corner k and corner k + 1 (top, right, bottom, left).
struct Cell {
    double value[4];
    bool outside[4];
    QPointF position[4];
};

QPointF edgeCrossing(const Cell& cell, int edge, double threshold) {
    const int a = edge;
    const int b = (edge + 1) % 4;
    // Samples beyond the border sit on the border (their positions are clamped), so a region that
    // touches the border is closed along it.
    if (cell.outside[a]) return cell.position[a];
    if (cell.outside[b]) return cell.position[b];
    const double t = (threshold - cell.value[a]) / (cell.value[b] - cell.value[a]);
    return cell.position[a] + clamp01(t) * (cell.position[b] - cell.position[a]);
}

}  // namespace

QRgb HeatmapOverlay::jet(double t) {
    t = clamp01(t);
    const auto channel = [t](double centre) {
        return static_cast<int>(std::lround(255.0 * clamp01(1.5 - std::abs(4.0 * t - centre))));
    };
    return qRgb(channel(3.0), channel(2.0), channel(1.0));
}

bool HeatmapOverlay::setMap(const std::vector<float>& values, QSize size, float minValue, float maxValue,
                            QString* error) {
    if (size.isEmpty() || values.size() != static_cast<size_t>(size.width()) * size.height()) {
        setError(error, tr("The anomaly map has %1 values, which does not match %2 x %3.")
                            .arg(values.size())
                            .arg(size.width())
                            .arg(size.height()));
        return false;
    }
    if (!(maxValue > minValue)) {
        setError(error, tr("The anomaly map range [%1, %2] is empty.").arg(minValue).arg(maxValue));
        return false;
    }
    m_values = values;
    m_size = size;
    m_min = minValue;
    m_max = maxValue;
    recolor();
    retrace();
    return true;
}

bool HeatmapOverlay::setMap(const QImage& map, float minValue, float maxValue, QString* error) {
    if (map.isNull()) {
        setError(error, tr("The anomaly map image is empty."));
        return false;
    }
    const QImage grey = map.format() == QImage::Format_Grayscale8 || map.format() == QImage::Format_Grayscale16
                            ? map
                            : map.convertToFormat(QImage::Format_Grayscale16);
    std::vector<float> values(static_cast<size_t>(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        float* out = values.data() + static_cast<size_t>(y) * grey.width();
        if (grey.format() == QImage::Format_Grayscale8) {
            const uchar* in = grey.constScanLine(y);
            std::transform(in, in + grey.width(), out, [](uchar v) { return static_cast<float>(v); });
        } else {
            const auto* in = reinterpret_cast<const quint16*>(grey.constScanLine(y));
            std::transform(in, in + grey.width(), out, [](quint16 v) { return static_cast<float>(v); });
        }
    }
    return setMap(values, grey.size(), minValue, maxValue, error);
}

void HeatmapOverlay::clear() {
    m_values.clear();
    m_size = QSize();
    m_colored = QImage();
    m_contour.clear();
}

float HeatmapOverlay::valueAt(QPoint mapPixel) const {
    if (mapPixel.x() < 0 || mapPixel.y() < 0 || mapPixel.x() >= m_size.width() || mapPixel.y() >= m_size.height())
        return std::numeric_limits<float>::quiet_NaN();
    return m_values[static_cast<size_t>(mapPixel.y()) * m_size.width() + mapPixel.x()];
}

void HeatmapOverlay::setThreshold(double threshold) {
    m_threshold = threshold;
    retrace();
}

void HeatmapOverlay::clearThreshold() {
    m_threshold.reset();
    m_contour.clear();
}

void HeatmapOverlay::recolor() {
    m_colored = QImage(m_size, QImage::Format_ARGB32_Premultiplied);
    const double range = static_cast<double>(m_max) - m_min;
    for (int y = 0; y < m_size.height(); ++y) {
        auto* out = reinterpret_cast<QRgb*>(m_colored.scanLine(y));
        const float* in = m_values.data() + static_cast<size_t>(y) * m_size.width();
        for (int x = 0; x < m_size.width(); ++x)
            out[x] = std::isnan(in[x]) ? qRgba(0, 0, 0, 0) : jet((in[x] - m_min) / range);
    }
}

float HeatmapOverlay::sampleOrOutside(int i, int j, bool* outside) const {
    *outside = i < 0 || j < 0 || i >= m_size.width() || j >= m_size.height();
    return *outside ? 0.0f : m_values[static_cast<size_t>(j) * m_size.width() + i];
}

void HeatmapOverlay::retrace() {
    m_contour.clear();
    if (!m_threshold || isNull()) return;
    const double threshold = *m_threshold;
    const int cornerDx[4] = {0, 1, 1, 0};
    const int cornerDy[4] = {0, 0, 1, 1};
    // Cells span neighbouring samples, including a ring of "outside" samples (never inside) so
    // that regions touching the border come out closed.
    for (int j = -1; j < m_size.height(); ++j) {
        for (int i = -1; i < m_size.width(); ++i) {
            Cell cell{};
            bool inside[4];
            int insideCount = 0;
            for (int k = 0; k < 4; ++k) {
                const int si = i + cornerDx[k];
                const int sj = j + cornerDy[k];
                cell.value[k] = sampleOrOutside(si, sj, &cell.outside[k]);
                cell.position[k] = QPointF(std::clamp(si + 0.5, 0.0, 1.0 * m_size.width()),
                                           std::clamp(sj + 0.5, 0.0, 1.0 * m_size.height()));
                inside[k] = !cell.outside[k] && !std::isnan(cell.value[k]) && cell.value[k] >= threshold;
                insideCount += inside[k] ? 1 : 0;
            }
            if (insideCount == 0 || insideCount == 4) continue;
            const bool diagonal = insideCount == 2 && inside[0] == inside[2];
            if (!diagonal) {
                QPointF ends[2];
                int found = 0;
                for (int edge = 0; edge < 4 && found < 2; ++edge) {
                    if (inside[edge] != inside[(edge + 1) % 4]) ends[found++] = edgeCrossing(cell, edge, threshold);
                }
                m_contour.append(QLineF(ends[0], ends[1]));
                continue;
            }
            // Saddle: the cell centre decides whether the inside corners connect; each corner whose
            // state differs from the centre's is cut off by its own segment.
            double sum = 0.0;
            for (double v : cell.value) sum += v;
            const bool centreInside = sum / 4.0 >= threshold;
            for (int corner = 0; corner < 4; ++corner) {
                if (inside[corner] == centreInside) continue;
                const int before = (corner + 3) % 4;  // the edge that ends at this corner
                m_contour.append(QLineF(edgeCrossing(cell, before, threshold), edgeCrossing(cell, corner, threshold)));
            }
        }
    }
}

}  // namespace dmad::ui
