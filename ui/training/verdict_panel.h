// The selected image's anomaly score and OK / NG verdict, with the heatmap's opacity and contour threshold sliders.
#pragma once

#include "project/verdict.h"
#include "training/map_range.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QSlider;

namespace dmad::ui {

class VerdictPanel : public QWidget {
    Q_OBJECT

public:
    explicit VerdictPanel(QWidget* parent = nullptr);

    // The contour slider spans the model's map range (map units = anomaly scores).
    void setMapRange(const training::MapRange& range);
    // No model, so no range: the contour slider is disabled and its value shows a dash (not -1.000).
    void clearMapRange();
    bool hasMapRange() const { return m_hasRange; }
    training::MapRange mapRange() const { return m_range; }
    double contourThreshold() const;
    void setContourThreshold(double threshold);  // clamped to the range
    double heatmapOpacity() const;
    void setHeatmapOpacity(double opacity);  // 0..1
    bool isHeatmapVisible() const;

    // The verdict by core/project's rule; where the threshold comes from is said next to it.
    void showResult(double score, const project::ThresholdInForce& threshold);
    void showBusy();                        // a map is being computed
    void showMessage(const QString& text);  // no model, an unreadable image, ...

    std::optional<project::Verdict> verdict() const { return m_verdict; }  // none while nothing is shown
    double score() const { return m_score; }

Q_SIGNALS:
    void contourThresholdChanged(double threshold);
    void heatmapOpacityChanged(double opacity);
    void heatmapVisibleChanged(bool visible);

private:
    static constexpr int kSteps = 1000;
    double sliderToValue(int position) const;
    int valueToSlider(double value) const;
    void updateContourLabel();

    training::MapRange m_range;
    bool m_hasRange = false;
    std::optional<project::Verdict> m_verdict;
    double m_score = 0.0;
    QLabel* m_verdictLabel;
    QLabel* m_scoreLabel;
    QLabel* m_thresholdLabel;
    QCheckBox* m_visible;
    QSlider* m_opacity;
    QSlider* m_contour;
    QLabel* m_contourLabel;
};

}  // namespace dmad::ui
