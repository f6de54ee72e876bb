// An anomaly map prepared for display over an image: coloured and outlined by core's one heatmap style.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QLineF>
#include <QSize>
#include <QString>
#include <QVector>
#include <optional>
#include <vector>

namespace dmad::ui {

// The map may be smaller than the image (e.g. 256 x 256 scores over a 1024 x 1024 image): the
// canvas stretches it over the whole image. Map sample (i, j) sits at the centre of map pixel
// (i, j), i.e. at map coordinates (i + 0.5, j + 0.5); contour() is in map coordinates.
class HeatmapOverlay {
    Q_DECLARE_TR_FUNCTIONS(HeatmapOverlay)

public:
    // values: row-major, size.width() * size.height() floats. minValue maps to blue, maxValue to
    // red; NaN samples are transparent. Fails (leaving the overlay unchanged) on a size mismatch.
    bool setMap(const std::vector<float>& values, QSize size, float minValue, float maxValue, QString* error = nullptr);
    // A single-channel map image (Grayscale8 or Grayscale16 pixel values; other formats are
    // converted to Grayscale16 first). minValue / maxValue are in those pixel units.
    bool setMap(const QImage& map, float minValue, float maxValue, QString* error = nullptr);
    void clear();

    bool isNull() const { return m_values.empty(); }
    QSize mapSize() const { return m_size; }
    float minValue() const { return m_min; }
    float maxValue() const { return m_max; }
    float valueAt(QPoint mapPixel) const;  // NaN outside the map
    // The coloured map, Format_ARGB32_Premultiplied, mapSize().
    const QImage& colored() const { return m_colored; }

    // Outline of the region map >= threshold: dmad::heatmapContour() (engine/heatmap_style.h), the
    // routine `dmad score` draws with.
    void setThreshold(double threshold);
    void clearThreshold();
    std::optional<double> threshold() const { return m_threshold; }
    const QVector<QLineF>& contour() const { return m_contour; }

    // dmad::heatmapColour(): t in [0, 1] from dark blue through cyan, yellow to dark red.
    static QRgb jet(double t);

private:
    void recolor();
    void retrace();

    std::vector<float> m_values;  // [H, W]
    QSize m_size;
    float m_min = 0.0f;
    float m_max = 1.0f;
    QImage m_colored;
    std::optional<double> m_threshold;
    QVector<QLineF> m_contour;
};

}  // namespace dmad::ui
