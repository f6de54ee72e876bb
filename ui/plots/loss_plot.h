// The live training-loss curve: one point per epoch or step, appended as training reports it.
#pragma once

#include "ui/plots/savable_plot.h"

namespace dmad::ui {

class LossPlot : public SavablePlot {
    Q_OBJECT

public:
    explicit LossPlot(QWidget* parent = nullptr);

    // "Epoch" by default.
    void setXAxisLabel(const QString& label);
    int pointCount() const;
    double lastLoss() const;  // NaN when empty

public Q_SLOTS:
    // Appends (x, loss) and rescales; x should grow (epoch or step number).
    void addPoint(double x, double loss);
    // Appends at x = pointCount() + 1.
    void addLoss(double loss);
    void clear();

private:
    QCPGraph* m_graph;
};

}  // namespace dmad::ui
