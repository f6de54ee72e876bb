#include "ui/plots/loss_plot.h"

#include <limits>

namespace dmad::ui {

LossPlot::LossPlot(QWidget* parent) : SavablePlot(parent), m_graph(addGraph()) {
    m_graph->setName(tr("Training loss"));
    m_graph->setPen(QPen(QColor(31, 119, 180), 2.0));
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4.0));
    xAxis->setLabel(tr("Epoch"));
    yAxis->setLabel(tr("Loss"));
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
}

void LossPlot::setXAxisLabel(const QString& label) {
    xAxis->setLabel(label);
    replot(rpQueuedReplot);
}

int LossPlot::pointCount() const {
    return m_graph->dataCount();
}

double LossPlot::lastLoss() const {
    if (m_graph->data()->isEmpty()) return std::numeric_limits<double>::quiet_NaN();
    return (m_graph->data()->constEnd() - 1)->value;
}

void LossPlot::addPoint(double x, double loss) {
    m_graph->addData(x, loss);
    // Markers help while there are few points and clutter once there are many.
    if (m_graph->dataCount() > 60) m_graph->setScatterStyle(QCPScatterStyle::ssNone);
    m_graph->rescaleAxes();
    yAxis->scaleRange(1.1, yAxis->range().center());
    if (xAxis->range().size() <= 0.0) xAxis->setRange(x - 1.0, x + 1.0);
    if (yAxis->range().size() <= 0.0) yAxis->setRange(loss - 1.0, loss + 1.0);
    replot(rpQueuedReplot);
}

void LossPlot::addLoss(double loss) {
    addPoint(pointCount() + 1, loss);
}

void LossPlot::clear() {
    m_graph->data()->clear();
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4.0));
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    replot(rpQueuedReplot);
}

}  // namespace dmad::ui
