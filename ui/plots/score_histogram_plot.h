// Histograms of normal and defective image scores with a decision threshold the user drags with the mouse.
#pragma once

#include "ui/plots/savable_plot.h"

#include <vector>

namespace dmad::ui {

// Both histograms share the same bins over the range of all scores. Pressing the left button in
// the plot moves the threshold line to the cursor and dragging moves it along; while dragging,
// thresholdChanged() follows the cursor and thresholdDragFinished() comes once on release.
class ScoreHistogramPlot : public SavablePlot {
    Q_OBJECT

public:
    explicit ScoreHistogramPlot(QWidget* parent = nullptr);

    // Scores of images known to be normal and known to be defective (either may be empty).
    void setScores(const std::vector<double>& normalScores, const std::vector<double>& defectiveScores);
    void setBinCount(int bins);
    int binCount() const { return m_binCount; }
    double threshold() const { return m_threshold; }

    QCPBars* normalBars() const { return m_normalBars; }
    QCPBars* defectiveBars() const { return m_defectiveBars; }

public Q_SLOTS:
    // Emits thresholdChanged() when the value changes.
    void setThreshold(double threshold);

Q_SIGNALS:
    void thresholdChanged(double threshold);
    void thresholdDragFinished(double threshold);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void rebuildBins();
    void placeThresholdLine();
    double thresholdAtPixel(double x) const;

    std::vector<double> m_normal;
    std::vector<double> m_defective;
    int m_binCount = 30;
    double m_threshold = 0.0;
    bool m_dragging = false;
    QCPBars* m_normalBars;
    QCPBars* m_defectiveBars;
    QCPItemStraightLine* m_thresholdLine;
    QCPItemText* m_thresholdLabel;
};

}  // namespace dmad::ui
