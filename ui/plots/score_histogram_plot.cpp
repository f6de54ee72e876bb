#include "ui/plots/score_histogram_plot.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace dmad::ui {
namespace {

const QColor kNormalColor(44, 160, 44);
const QColor kDefectiveColor(214, 39, 40);

QCPBars* makeBars(QCustomPlot* plot, const QColor& color) {
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setPen(QPen(color.darker(130)));
    QColor fill = color;
    fill.setAlpha(110);
    bars->setBrush(fill);
    bars->setWidthType(QCPBars::wtPlotCoords);
    return bars;
}

}  // namespace

ScoreHistogramPlot::ScoreHistogramPlot(QWidget* parent)
    : SavablePlot(parent), m_normalBars(makeBars(this, kNormalColor)), m_defectiveBars(makeBars(this, kDefectiveColor)),
      m_thresholdLine(new QCPItemStraightLine(this)), m_thresholdLabel(new QCPItemText(this)) {
    xAxis->setLabel(tr("Image score"));
    yAxis->setLabel(tr("Images"));
    // The legend sits in a row of its own above the plot: inside, it covered the threshold line
    // (and the label on it) whenever the threshold was in its corner.
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 2, 4, 0));
    QPen linePen(Qt::black, 2.0, Qt::DashLine);
    m_thresholdLine->setPen(linePen);
    m_thresholdLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_thresholdLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_thresholdLabel->setPadding(QMargins(4, 2, 4, 2));
    // Above the legend, on a light backing, so the value stays readable wherever the line is.
    m_thresholdLabel->setLayer(QStringLiteral("legend"));
    m_thresholdLabel->setBrush(QColor(255, 255, 255, 220));
    setCursor(Qt::SizeHorCursor);
    rebuildBins();
}

void ScoreHistogramPlot::setScores(const std::vector<double>& normalScores,
                                   const std::vector<double>& defectiveScores) {
    m_normal = normalScores;
    m_defective = defectiveScores;
    rebuildBins();
}

void ScoreHistogramPlot::setBinCount(int bins) {
    m_binCount = std::max(1, bins);
    rebuildBins();
}

void ScoreHistogramPlot::setThreshold(double threshold) {
    if (threshold == m_threshold || std::isnan(threshold)) return;
    m_threshold = threshold;
    placeThresholdLine();
    replot(rpQueuedReplot);
    Q_EMIT thresholdChanged(threshold);
}

void ScoreHistogramPlot::rebuildBins() {
    std::vector<double> all;
    for (const auto* scores : {&m_normal, &m_defective})
        std::copy_if(scores->begin(), scores->end(), std::back_inserter(all),
                     [](double s) { return std::isfinite(s); });
    double low = 0.0;
    double high = 1.0;
    if (!all.empty()) {
        const auto [minIt, maxIt] = std::minmax_element(all.begin(), all.end());
        low = *minIt;
        high = *maxIt;
        if (high <= low) {
            low -= 0.5;
            high += 0.5;
        }
    }
    const double width = (high - low) / m_binCount;
    const auto fill = [&](const std::vector<double>& scores, QCPBars* bars) {
        QVector<double> keys(m_binCount);
        QVector<double> counts(m_binCount, 0.0);
        for (int i = 0; i < m_binCount; ++i) keys[i] = low + (i + 0.5) * width;
        for (const double s : scores) {
            if (!std::isfinite(s)) continue;
            const int bin = std::clamp(static_cast<int>((s - low) / width), 0, m_binCount - 1);
            counts[bin] += 1.0;
        }
        bars->setWidth(width);
        bars->setData(keys, counts, true);
        bars->setName(bars == m_normalBars ? tr("Normal (%1)").arg(scores.size())
                                           : tr("Defective (%1)").arg(scores.size()));
    };
    fill(m_normal, m_normalBars);
    fill(m_defective, m_defectiveBars);

    const double margin = (high - low) * 0.05;
    xAxis->setRange(low - margin, high + margin);
    bool found = false;
    QCPRange counts = m_normalBars->getValueRange(found);
    if (found) counts.expand(m_defectiveBars->getValueRange(found));
    yAxis->setRange(0.0, std::max(1.0, counts.upper * 1.1));
    placeThresholdLine();
    replot(rpQueuedReplot);
}

void ScoreHistogramPlot::placeThresholdLine() {
    m_thresholdLine->point1->setCoords(m_threshold, 0.0);
    m_thresholdLine->point2->setCoords(m_threshold, 1.0);
    m_thresholdLabel->position->setCoords(m_threshold, 0.0);
    m_thresholdLabel->setText(tr("threshold %1").arg(QLocale().toString(m_threshold, 'g', 4)));
}

double ScoreHistogramPlot::thresholdAtPixel(double x) const {
    const QRect area = axisRect()->rect();
    return xAxis->pixelToCoord(std::clamp(x, static_cast<double>(area.left()), static_cast<double>(area.right())));
}

void ScoreHistogramPlot::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !axisRect()->rect().contains(event->position().toPoint())) {
        SavablePlot::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    setThreshold(thresholdAtPixel(event->position().x()));
    event->accept();
}

void ScoreHistogramPlot::mouseMoveEvent(QMouseEvent* event) {
    if (!m_dragging) {
        SavablePlot::mouseMoveEvent(event);
        return;
    }
    setThreshold(thresholdAtPixel(event->position().x()));
    event->accept();
}

void ScoreHistogramPlot::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_dragging || event->button() != Qt::LeftButton) {
        SavablePlot::mouseReleaseEvent(event);
        return;
    }
    setThreshold(thresholdAtPixel(event->position().x()));
    m_dragging = false;
    event->accept();
    Q_EMIT thresholdDragFinished(m_threshold);
}

}  // namespace dmad::ui
