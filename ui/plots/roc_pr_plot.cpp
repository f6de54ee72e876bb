#include "ui/plots/roc_pr_plot.h"

#include "ui/plots/roc_pr_metrics.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace dmad::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QColor kCurveColor(31, 119, 180);
const QColor kMarkerColor(214, 39, 40);

void setUnitAxes(QCPAxisRect* rect, const QString& xLabel, const QString& yLabel) {
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->setLabel(xLabel);
    y->setLabel(yLabel);
    x->setRange(-0.02, 1.02);
    y->setRange(-0.02, 1.02);
}

QString figure(double value) {
    return std::isnan(value) ? QCoreApplication::translate("dmad::ui::RocPrPlot", "n/a")
                             : QLocale().toString(value, 'f', 3);
}

QCPGraph* makeMarker(QCustomPlot* plot, QCPAxisRect* rect) {
    auto* marker = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kMarkerColor, 8.0));
    marker->removeFromLegend();
    return marker;
}

}  // namespace

RocPrPlot::RocPrPlot(QWidget* parent) : SavablePlot(parent), m_auroc(kNaN), m_ap(kNaN) {
    plotLayout()->clear();
    m_rocTitle = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_prTitle = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_rocRect = new QCPAxisRect(this);
    m_prRect = new QCPAxisRect(this);
    plotLayout()->addElement(0, 0, m_rocTitle);
    plotLayout()->addElement(0, 1, m_prTitle);
    plotLayout()->addElement(1, 0, m_rocRect);
    plotLayout()->addElement(1, 1, m_prRect);
    setUnitAxes(m_rocRect, tr("False-positive rate"), tr("True-positive rate"));
    setUnitAxes(m_prRect, tr("Recall"), tr("Precision"));

    QCPAxis* rocX = m_rocRect->axis(QCPAxis::atBottom);
    QCPAxis* rocY = m_rocRect->axis(QCPAxis::atLeft);
    m_chance = new QCPCurve(rocX, rocY);
    m_chance->setPen(QPen(Qt::gray, 1.0, Qt::DashLine));
    m_chance->setData({0.0, 1.0}, {0.0, 1.0});
    m_rocCurve = new QCPCurve(rocX, rocY);
    m_rocCurve->setPen(QPen(kCurveColor, 2.0));
    m_prCurve = addGraph(m_prRect->axis(QCPAxis::atBottom), m_prRect->axis(QCPAxis::atLeft));
    m_prCurve->setPen(QPen(kCurveColor, 2.0));
    m_prCurve->setLineStyle(QCPGraph::lsStepRight);
    m_rocMarker = makeMarker(this, m_rocRect);
    m_prMarker = makeMarker(this, m_prRect);
    updateTitles();
}

void RocPrPlot::setData(const std::vector<double>& scores, const std::vector<bool>& labels) {
    if (scores.size() != labels.size()) {
        m_scores.clear();
        m_labels.clear();
        refresh();
        updateTitles(tr("(%1 scores but %2 labels)").arg(scores.size()).arg(labels.size()));
        return;
    }
    m_scores = scores;
    m_labels = labels;
    refresh();
}

void RocPrPlot::clearData() {
    m_scores.clear();
    m_labels.clear();
    refresh();
}

void RocPrPlot::setThreshold(double threshold) {
    m_threshold = threshold;
    updateMarkers();
    replot(rpQueuedReplot);
}

void RocPrPlot::clearThreshold() {
    m_threshold.reset();
    updateMarkers();
    replot(rpQueuedReplot);
}

void RocPrPlot::refresh() {
    QVector<double> fpr, tpr;
    for (const CurvePoint& p : rocCurve(m_scores, m_labels)) {
        fpr << p.x;
        tpr << p.y;
    }
    m_rocCurve->setData(fpr, tpr);

    // AP is the area under the step function that holds P_k over (R_{k-1}, R_k].
    QVector<double> recall, precision;
    const std::vector<CurvePoint> pr = precisionRecallCurve(m_scores, m_labels);
    if (!pr.empty()) {
        recall << 0.0;
        precision << pr.front().y;
    }
    for (const CurvePoint& p : pr) {
        recall << p.x;
        precision << p.y;
    }
    m_prCurve->setData(recall, precision, true);

    const RankingFigures figures = rankingFigures(m_scores, m_labels);
    m_auroc = figures.auroc;
    m_ap = figures.ap;
    updateTitles();
    updateMarkers();
    replot(rpQueuedReplot);
}

void RocPrPlot::updateTitles(const QString& note) {
    m_rocTitle->setText((tr("ROC  AUROC %1").arg(figure(m_auroc)) + QLatin1Char(' ') + note).trimmed());
    m_prTitle->setText((tr("Precision-recall  AP %1").arg(figure(m_ap)) + QLatin1Char(' ') + note).trimmed());
}

void RocPrPlot::updateMarkers() {
    m_rocMarker->data()->clear();
    m_prMarker->data()->clear();
    if (!m_threshold || m_scores.empty()) return;
    const OperatingPoint point = operatingPointAt(m_scores, m_labels, *m_threshold);
    const double fpr = point.falsePositiveRate();
    const double tpr = point.truePositiveRate();
    if (!std::isnan(fpr) && !std::isnan(tpr)) m_rocMarker->addData(fpr, tpr);
    if (!std::isnan(tpr)) m_prMarker->addData(tpr, point.precision());
}

}  // namespace dmad::ui
