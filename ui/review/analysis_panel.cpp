#include "ui/review/analysis_panel.h"

#include "project/category_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "ui/dialogs/app_settings.h"
#include "ui/plots/metrics_table.h"
#include "ui/plots/roc_pr_plot.h"
#include "ui/plots/score_histogram_plot.h"
#include "ui/review/session.h"
#include "ui/review/supervisor_actions.h"
#include "ui/review/verdict.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSaveFile>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dmad::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kThresholdLimit = 1e6;

CategoryMetrics metricsRow(const CategoryAnalysis& analysis, double threshold) {
    CategoryMetrics row;
    row.category = analysis.categoryName;
    row.imageAuroc = analysis.ranking ? analysis.ranking->auroc : kNaN;
    row.imageAp = analysis.ranking ? analysis.ranking->ap : kNaN;
    row.imageF1Max = analysis.ranking ? analysis.ranking->f1max : kNaN;
    // Pixel figures need anomaly maps and masks of the test images; the project keeps image scores only.
    row.pixelAuroc = kNaN;
    row.pro = kNaN;
    row.threshold = threshold;
    row.imageCount = analysis.testCount();
    return row;
}

// One row, no scroll bar, no empty band below it.
void fitTableHeight(QTableView* table) {
    const int rows = std::max(table->model()->rowCount(), 1);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

}  // namespace

AnalysisPanel::AnalysisPanel(project::ProjectStore& store, Session& session, QWidget* parent)
    : QWidget(parent), m_store(store), m_session(session), m_defaultThreshold(AppSettings().imageThreshold()),
      m_content(new QWidget(this)), m_category(new QComboBox(this)), m_modelLabel(new QLabel(this)),
      m_note(new QLabel(this)), m_thresholdBox(new QDoubleSpinBox(this)), m_counts(new QLabel(m_content)),
      m_histogram(new ScoreHistogramPlot(m_content)), m_rocPr(new RocPrPlot(m_content)),
      m_metrics(new MetricsTable(m_content)), m_savePng(new QAction(tr("&Save Plot as PNG..."), this)) {
    m_category->setObjectName(QStringLiteral("category"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_thresholdBox->setObjectName(QStringLiteral("threshold"));
    m_thresholdBox->setDecimals(4);
    m_thresholdBox->setRange(-kThresholdLimit, kThresholdLimit);
    m_thresholdBox->setSingleStep(0.01);
    m_thresholdBox->setKeyboardTracking(false);
    m_histogram->setObjectName(QStringLiteral("histogram"));
    m_histogram->setMinimumSize(240, 220);
    m_histogram->installEventFilter(this);
    m_rocPr->setObjectName(QStringLiteral("rocPr"));
    m_rocPr->setMinimumSize(360, 220);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    m_metrics->verticalHeader()->hide();
    m_metrics->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The project keeps image scores, not anomaly maps: the pixel figures never apply here.
    m_metrics->hideColumn(MetricsTableModel::PixelAuroc);
    m_metrics->hideColumn(MetricsTableModel::Pro);
    m_savePng->setObjectName(QStringLiteral("savePng"));
    m_savePng->setStatusTip(tr("Save the histogram, the ROC / PR curves and the metrics as one PNG image"));
    addAction(m_savePng);

    auto* top = new QHBoxLayout;
    auto* categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    top->addWidget(categoryLabel);
    top->addWidget(m_category, 1);
    auto* thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(m_thresholdBox);
    top->addWidget(thresholdLabel);
    top->addWidget(m_thresholdBox);
    top->addStretch();
    top->addWidget(m_modelLabel);
    auto* saveButton = new QToolButton(this);
    saveButton->setDefaultAction(m_savePng);
    top->addWidget(saveButton);

    auto* grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_histogram, 0, 0);
    grid->addWidget(m_rocPr, 0, 1);
    grid->addWidget(m_metrics, 1, 0, 1, 2);
    grid->addWidget(m_counts, 2, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(0, 1);

    // The plots need room side by side; in a narrow dock they scroll instead of widening the main
    // window past the screen (which squeezed the side docks until their buttons were cut off).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("plotsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(scroll, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, &AnalysisPanel::analyse);
    connect(m_histogram, &ScoreHistogramPlot::thresholdChanged, this, &AnalysisPanel::showThreshold);
    connect(m_histogram, &ScoreHistogramPlot::thresholdDragFinished, this, &AnalysisPanel::storeThreshold);
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (value != m_analysis.threshold) storeThreshold(value);
    });
    connect(m_savePng, &QAction::triggered, this, &AnalysisPanel::saveWithDialog);
    connect(&m_session, &Session::changed, this, &AnalysisPanel::updateLocks);

    updateLocks();
    reload();
}

std::optional<qint64> AnalysisPanel::categoryId() const {
    const QVariant id = m_category->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void AnalysisPanel::setDefaultThreshold(double threshold) {
    m_defaultThreshold = threshold;
    analyse();
}

void AnalysisPanel::reload() {
    try {
        const auto model = project::ModelRepository(m_store).active();
        m_modelId = model ? std::optional<qint64>(model->id) : std::nullopt;
        m_modelLabel->setText(model ? tr("Model v%1").arg(model->version) : QString());
        rebuildCategoryCombo();
    } catch (const project::ProjectError& error) {
        m_modelId.reset();
        showNote(tr("The project could not be read: %1").arg(error.message()), true);
        return;
    }
    analyse();
}

void AnalysisPanel::setCategory(qint64 categoryId) {
    const int index = m_category->findData(categoryId);
    if (index >= 0) m_category->setCurrentIndex(index);
}

void AnalysisPanel::rebuildCategoryCombo() {
    const QVariant selected = m_category->currentData();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    for (const project::Category& category : project::CategoryRepository(m_store).all())
        m_category->addItem(category.name, category.id);
    m_category->setCurrentIndex(std::max(selected.isValid() ? m_category->findData(selected) : 0, 0));
}

void AnalysisPanel::analyse() {
    const int generation = ++m_generation;
    m_note->hide();
    const auto category = categoryId();
    if (!m_modelId || !category) {
        showNote(!m_modelId ? tr("There is no active model yet: train one to see its scores.")
                            : tr("The project has no categories yet."),
                 false);
        showAnalysis(CategoryAnalysis{});
        return;
    }
    m_loading = true;
    const qint64 model = *m_modelId;
    const double fallback = m_defaultThreshold;
    auto* watcher = new QFutureWatcher<ProjectRead<CategoryAnalysis>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) return;
        const ProjectRead<CategoryAnalysis> read = watcher->result();
        if (!read.value)
            showNote(tr("The scores could not be read: %1").arg(read.error), true);
        else if (!read.value->ranking)
            showNote(read.value->rankingNote, false);
        showAnalysis(read.value.value_or(CategoryAnalysis{}));
    });
    const auto future = readProjectAsync<CategoryAnalysis>(
        m_store, [category = *category, model, fallback](project::ProjectStore& store) {
            return analyseCategory(store, category, model, fallback);
        });
    m_reads.add(future);
    watcher->setFuture(future);
}

void AnalysisPanel::showAnalysis(const CategoryAnalysis& analysis) {
    m_loading = false;
    m_analysis = analysis;
    m_histogram->setScores(m_analysis.normalTestScores, m_analysis.defectiveTestScores);
    if (m_analysis.testCount() > 0)
        m_rocPr->setData(m_analysis.testScores(), m_analysis.testLabels());
    else
        m_rocPr->clearData();
    const double threshold = m_analysis.categoryId != 0 ? m_analysis.threshold : m_defaultThreshold;
    m_shownThreshold = threshold;
    m_histogram->setThreshold(threshold);
    showThreshold(threshold);
    updateLocks();
    Q_EMIT analysed();
}

AnalysisPanel::~AnalysisPanel() = default;  // m_reads waits for the reads still running

// The live part of a drag: counts, markers and the table follow; nothing is stored yet.
void AnalysisPanel::showThreshold(double threshold) {
    m_shownThreshold = threshold;
    m_rocPr->setThreshold(threshold);
    {
        const QSignalBlocker blocker(m_thresholdBox);
        m_thresholdBox->setValue(threshold);
    }
    if (m_analysis.categoryId != 0)
        m_metrics->setRows({metricsRow(m_analysis, threshold)});
    else
        m_metrics->setRows({});
    fitTableHeight(m_metrics);
    updateCounts();
}

void AnalysisPanel::storeThreshold(double threshold) {
    if (m_analysis.categoryId == 0 || !m_modelId) return;
    SupervisorActions actions(m_store, m_session);
    const ActionOutcome outcome =
        actions.setThreshold(m_analysis.categoryId, *m_modelId, threshold, m_defaultThreshold);
    if (!outcome.ok()) {
        showNote(outcome.error, true);
        m_histogram->setThreshold(m_analysis.threshold);  // back to what is stored
        showThreshold(m_analysis.threshold);
        return;
    }
    m_note->hide();
    m_analysis.threshold = threshold;
    m_analysis.thresholdOrigin = project::ThresholdOrigin::Supervisor;
    m_histogram->setThreshold(threshold);
    showThreshold(threshold);
    Q_EMIT thresholdChanged(m_analysis.categoryId, threshold);
}

void AnalysisPanel::updateLocks() {
    const bool supervisor = m_session.isSupervisor();
    m_thresholdBox->setReadOnly(!supervisor);
    const QString tip = supervisor ? tr("Drag the dashed line to set this category's OK / NG threshold")
                                   : tr("Only a supervisor may change the threshold");
    m_histogram->setToolTip(tip);
    m_thresholdBox->setToolTip(tip);
    m_histogram->setCursor(supervisor ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void AnalysisPanel::updateCounts() {
    m_counts->setText(countsText());
}

QString AnalysisPanel::countsText() const {
    if (m_analysis.categoryId == 0) return {};
    const double t = m_shownThreshold;
    const project::ThresholdOrigin origin = m_analysis.thresholdOrigin;
    const QString source =
        std::abs(t - m_analysis.threshold) > 0.0        ? tr("not stored yet")
        : origin == project::ThresholdOrigin::Suggested ? tr("suggested: the highest score of a normal image")
        : origin == project::ThresholdOrigin::Default   ? tr("default")
                                                        : tr("set for %1").arg(m_analysis.categoryName);
    return tr("Threshold %1 (%2): OK %3, NG %4 of %5 scored images. "
              "Labelled test images: %6 normal, %7 defective; at this threshold %8 missed defects, %9 false alarms.")
        .arg(QLocale().toString(t, 'f', 4), source)
        .arg(okCount())
        .arg(ngCount())
        .arg(m_analysis.allScores.size())
        .arg(m_analysis.normalTestScores.size())
        .arg(m_analysis.defectiveTestScores.size())
        .arg(m_analysis.missedDefects(t))
        .arg(m_analysis.falseAlarms(t));
}

QString AnalysisPanel::message() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

bool AnalysisPanel::eventFilter(QObject* watched, QEvent* event) {
    // The line must not move for a labeller: the press that would start a drag is refused here,
    // and storeThreshold() refuses again should a value get through some other way.
    if (watched == m_histogram && event->type() == QEvent::MouseButtonPress && !m_session.isSupervisor()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString what = tr("change a threshold");
            m_session.requireSupervisor(what);
            showNote(m_session.supervisorRefusal(what), true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool AnalysisPanel::savePng(const QString& path, QString* error) {
    const QImage image = m_content->grab().toImage();
    QSaveFile file(path);
    const auto fail = [&](const QString& reason) {
        if (error) *error = reason;
        return false;
    };
    if (image.isNull()) return fail(tr("There is nothing to save."));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 could not be opened for writing: %2").arg(path, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(tr("%1 could not be written.").arg(path));
    }
    if (!file.commit()) return fail(tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return true;
}

void AnalysisPanel::saveWithDialog() {
    const QString name = m_analysis.categoryName.isEmpty() ? QStringLiteral("analysis")
                                                           : QStringLiteral("analysis-%1").arg(m_analysis.categoryName);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Plot as PNG"),
        QDir(m_store.directory()).filePath(name + QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (QString error; !savePng(path, &error)) showNote(error, true);
}

void AnalysisPanel::showNote(const QString& text, bool isError) {
    m_note->setText(text);
    m_note->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    m_note->show();
}

}  // namespace dmad::ui
