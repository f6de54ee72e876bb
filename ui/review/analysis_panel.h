// Score analysis of one category under the active model: histogram with the threshold, ROC / PR and the metrics.
#pragma once

#include "ui/review/category_analysis.h"
#include "ui/review/project_read.h"

#include <QWidget>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class MetricsTable;
class RocPrPlot;
class ScoreHistogramPlot;
class Session;

// A supervisor sets the category's threshold by dragging the line in the histogram (stored and
// audited on release) or by typing it; for a labeller both are locked and refused.
class AnalysisPanel : public QWidget {
    Q_OBJECT

public:
    // The store and the session must outlive the panel. The fallback threshold (categories without
    // one of their own) starts as the settings' image threshold.
    AnalysisPanel(project::ProjectStore& store, Session& session, QWidget* parent = nullptr);
    ~AnalysisPanel() override;  // waits for a read still running

    ScoreHistogramPlot* histogram() const { return m_histogram; }
    RocPrPlot* rocPrPlot() const { return m_rocPr; }
    MetricsTable* metricsTable() const { return m_metrics; }
    QComboBox* categoryCombo() const { return m_category; }
    QDoubleSpinBox* thresholdSpinBox() const { return m_thresholdBox; }
    QAction* savePngAction() const { return m_savePng; }

    std::optional<qint64> categoryId() const;
    // Empty (categoryId 0) until a category and an active model are there.
    const CategoryAnalysis& analysis() const { return m_analysis; }
    double shownThreshold() const { return m_shownThreshold; }  // follows a drag before it is stored
    int okCount() const { return m_analysis.okCount(m_shownThreshold); }
    int ngCount() const { return m_analysis.ngCount(m_shownThreshold); }
    QString countsText() const;
    QString message() const;  // the note above the plots; empty when hidden
    bool isLoading() const { return m_loading; }
    void setDefaultThreshold(double threshold);

    // Renders the histogram, the ROC / PR curves and the metrics as one PNG, atomically.
    bool savePng(const QString& path, QString* error = nullptr);

public Q_SLOTS:
    // Reads the active model, the categories and the scores again; the scores are read off the GUI
    // thread (thousands of rows take longer than a frame) and analysed() follows.
    void reload();
    void setCategory(qint64 categoryId);

Q_SIGNALS:
    // The category's threshold was stored (the review queue's verdicts follow it).
    void thresholdChanged(qint64 categoryId, double threshold);
    // The selected category's scores and figures are shown.
    void analysed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildCategoryCombo();
    void analyse();
    void showAnalysis(const CategoryAnalysis& analysis);
    void showThreshold(double threshold);
    void storeThreshold(double threshold);
    void updateLocks();
    void updateCounts();
    void saveWithDialog();
    void showNote(const QString& text, bool isError);

    project::ProjectStore& m_store;
    Session& m_session;
    std::optional<qint64> m_modelId;
    double m_defaultThreshold = 0.0;
    CategoryAnalysis m_analysis;
    double m_shownThreshold = 0.0;
    bool m_loading = false;
    int m_generation = 0;  // only the newest read is shown
    PendingReads<CategoryAnalysis> m_reads;

    QWidget* m_content;
    QComboBox* m_category;
    QLabel* m_modelLabel;
    QLabel* m_note;
    QDoubleSpinBox* m_thresholdBox;
    QLabel* m_counts;
    ScoreHistogramPlot* m_histogram;
    RocPrPlot* m_rocPr;
    MetricsTable* m_metrics;
    QAction* m_savePng;
};

}  // namespace dmad::ui
