#include "ui/canvas/heatmap_overlay.h"

#include "engine/heatmap_style.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dmad::ui {
namespace {

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

}  // namespace

QRgb HeatmapOverlay::jet(double t) {
    const Rgb8 colour = heatmapColour(t);
    return qRgb(colour.r, colour.g, colour.b);
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

void HeatmapOverlay::retrace() {
    m_contour.clear();
    if (!m_threshold || isNull()) return;
    for (const ContourSegment& s : heatmapContour(m_values.data(), m_size.width(), m_size.height(), *m_threshold))
        m_contour.append(QLineF(s.x1, s.y1, s.x2, s.y2));
}

}  // namespace dmad::ui
