// ROC and precision-recall curves side by side for one set of (score, label) pairs, AUROC and AP in the titles.
#pragma once

#include "ui/plots/savable_plot.h"

#include <optional>
#include <vector>

namespace dmad::ui {

// Left: ROC (false-positive rate vs true-positive rate, with the chance diagonal). Right: PR
// (recall vs precision, drawn as the step function AP sums). setThreshold() marks the operating
// point of "score >= threshold is defective" on both curves. Figures come from roc_pr_metrics.h.
class RocPrPlot : public SavablePlot {
    Q_OBJECT

public:
    explicit RocPrPlot(QWidget* parent = nullptr);

    // labels[i] true = defective. Scores and labels must have the same length; otherwise both
    // curves are cleared and the titles say why.
    void setData(const std::vector<double>& scores, const std::vector<bool>& labels);
    void clearData();
    double auroc() const { return m_auroc; }          // NaN when undefined
    double averagePrecision() const { return m_ap; }  // NaN when undefined
    QString rocTitle() const { return m_rocTitle->text(); }
    QString prTitle() const { return m_prTitle->text(); }

    QCPAxisRect* rocRect() const { return m_rocRect; }
    QCPAxisRect* prRect() const { return m_prRect; }

public Q_SLOTS:
    void setThreshold(double threshold);
    void clearThreshold();

private:
    void refresh();
    void updateTitles(const QString& note = QString());
    void updateMarkers();

    std::vector<double> m_scores;
    std::vector<bool> m_labels;
    std::optional<double> m_threshold;
    double m_auroc;
    double m_ap;
    QCPAxisRect* m_rocRect;
    QCPAxisRect* m_prRect;
    QCPTextElement* m_rocTitle;
    QCPTextElement* m_prTitle;
    QCPCurve* m_rocCurve;
    QCPCurve* m_chance;
    QCPGraph* m_prCurve;
    QCPGraph* m_rocMarker;
    QCPGraph* m_prMarker;
};

}  // namespace dmad::ui
