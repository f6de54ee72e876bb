#include "ui/training/training_dock.h"

#include "ui/plots/loss_plot.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace dmad::ui {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

}  // namespace

TrainingDock::TrainingDock(TrainingController* controller, QWidget* parent)
    : QDockWidget(tr("Training"), parent), m_controller(controller), m_trainAction(new QAction(tr("&Train"), this)),
      m_retrainAction(new QAction(tr("&Retrain"), this)), m_cancelAction(new QAction(tr("&Cancel Training"), this)),
      m_switchAction(new QAction(tr("&Switch to This Version"), this)), m_progress(new QProgressBar),
      m_stage(new QLabel), m_loss(new LossPlot), m_versions(new QTableView), m_model(new ModelVersionsModel(this)),
      m_messages(new QPlainTextEdit) {
    setObjectName(QStringLiteral("TrainingDock"));
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_trainAction->setToolTip(tr("Train a new model from scratch on every labelled image"));
    m_retrainAction->setObjectName(QStringLiteral("retrainAction"));
    m_retrainAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_retrainAction->setToolTip(tr("Train a new model, reusing the banks of normal images: only the "
                                   "defects labelled since are new work"));
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setToolTip(tr("Stop training; the active model and the project stay as they were"));
    m_switchAction->setObjectName(QStringLiteral("switchAction"));
    m_switchAction->setToolTip(tr("Make the selected model version the active one"));
    for (QAction* action : {m_trainAction, m_retrainAction, m_cancelAction, m_switchAction}) addAction(action);

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_loss->setMinimumHeight(120);
    m_loss->setXAxisLabel(tr("Epoch"));
    m_versions->setModel(m_model);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    // The table fills the dock's width: the short columns fit their contents and the two text columns share
    // the rest (a stretched last column, "Active", was a wide empty strip on the right).
    QHeaderView* header = m_versions->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModelVersionsModel::Created, QHeaderView::Stretch);
    header->setSectionResizeMode(ModelVersionsModel::Setting, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_versions->setAlternatingRowColors(true);
    // The header and three versions stay visible: the splitter squeezed the table to its header.
    m_versions->setMinimumHeight(m_versions->horizontalHeader()->sizeHint().height() +
                                 3 * m_versions->verticalHeader()->defaultSectionSize() + 2 * m_versions->frameWidth());
    m_versions->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_versions->addAction(m_switchAction);
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(500);
    m_messages->setPlaceholderText(tr("Warnings of the last run appear here."));

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_trainAction, m_retrainAction, m_cancelAction})
        buttons->addWidget(buttonFor(action, this));
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_progress);
    topLayout->addWidget(m_stage);
    auto* versionsBox = new QWidget;
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(m_versions);
    versionsLayout->addWidget(buttonFor(m_switchAction, versionsBox));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_loss);
    splitter->addWidget(versionsBox);
    splitter->addWidget(m_messages);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(top);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_trainAction, &QAction::triggered, m_controller, &TrainingController::train);
    connect(m_retrainAction, &QAction::triggered, m_controller, &TrainingController::retrain);
    connect(m_cancelAction, &QAction::triggered, m_controller, &TrainingController::cancel);
    connect(m_switchAction, &QAction::triggered, this, &TrainingDock::switchToSelected);
    connect(m_versions, &QTableView::doubleClicked, this, &TrainingDock::switchToSelected);
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrainingDock::updateActions);
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingDock::showSelectedLoss);

    connect(m_controller, &TrainingController::started, this, &TrainingDock::onStarted);
    connect(m_controller, &TrainingController::planned, this, &TrainingDock::onPlanned);
    connect(m_controller, &TrainingController::progress, this, &TrainingDock::onProgress);
    connect(m_controller, &TrainingController::lossAppended, m_loss, &LossPlot::addPoint);
    connect(m_controller, &TrainingController::warning, this, &TrainingDock::addMessage);
    connect(m_controller, &TrainingController::finished, this, &TrainingDock::onFinished);
    connect(m_controller, &TrainingController::failed, this, &TrainingDock::onFailed);
    connect(m_controller, &TrainingController::cancelled, this, &TrainingDock::onCancelled);
    connect(m_controller, &TrainingController::busyChanged, this, &TrainingDock::updateActions);
    connect(m_controller, &TrainingController::modelsChanged, this, &TrainingDock::reloadVersions);
    connect(m_controller, &TrainingController::activeModelChanged, this, &TrainingDock::onActiveModelChanged);
    reloadVersions();
}

QString TrainingDock::formatEta(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds)) return {};
    const int s = int(std::lround(seconds));
    if (s < 60) return tr("%n s", nullptr, s);
    if (s < 3600) return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TrainingDock::stageTitle(const QString& stage) {
    static const struct {
        const char* key;
        const char* title;
    } titles[] = {
        {"preparing", QT_TR_NOOP("Preparing")},
         {"features", QT_TR_NOOP("Extracting features")},
          {"normal bank", QT_TR_NOOP("Normal memory bank")},
           {"pseudo anomalies", QT_TR_NOOP("Pseudo anomalies")},
            {"loading state", QT_TR_NOOP("Loading the saved banks")},
             {"neighbours", QT_TR_NOOP("Nearest neighbours")},
              {"saving state", QT_TR_NOOP("Saving the banks for the next session")},
               {"seen anomalies", QT_TR_NOOP("Seen anomalies")},
                {"anomaly neighbours", QT_TR_NOOP("Anomaly neighbours")},
                 {"training", QT_TR_NOOP("Training the score mapper")},
                  {"validation", QT_TR_NOOP("Checking the model on its training images")},
                   {"done", QT_TR_NOOP("Finishing the model")},
                    {"saving model", QT_TR_NOOP("Saving the model")},
                     {"scoring", QT_TR_NOOP("Scoring every image")},
                    };
    for (const auto& t : titles) {
        if (stage == QLatin1String(t.key)) return tr(t.title);
    }
    return stage;
}

void TrainingDock::reloadVersions() {
    QString error;
    if (!m_model->reload(m_controller->project(), &error)) addMessage(error);
    const int active = m_model->activeRow();
    if (active >= 0) m_versions->selectRow(active);
    updateActions();
    showSelectedLoss();
}

void TrainingDock::showSelectedLoss() {
    // A run draws its own curve as it goes.
    if (m_controller->isTraining()) return;
    const QModelIndexList selected = m_versions->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_model->activeRow() : selected.first().row();
    m_loss->clear();
    const QVector<double> losses = m_model->epochLosses(row);
    for (int i = 0; i < losses.size(); ++i) {
        if (std::isfinite(losses.at(i))) m_loss->addPoint(i + 1, losses.at(i));
    }
}

void TrainingDock::updateActions() {
    const bool busy = m_controller->isBusy();
    const bool project = m_controller->project() != nullptr;
    m_trainAction->setEnabled(project && !busy);
    m_retrainAction->setEnabled(project && !busy);
    m_cancelAction->setEnabled(m_controller->isTraining());
    const QModelIndexList selected = m_versions->selectionModel()->selectedRows();
    const bool otherVersion = !selected.isEmpty() && selected.first().row() != m_model->activeRow();
    m_switchAction->setEnabled(project && !busy && otherVersion);
}

void TrainingDock::onStarted(bool incremental) {
    m_loss->clear();
    m_messages->clear();
    m_progress->setRange(0, 0);
    m_stage->setText(incremental ? tr("Retraining…") : tr("Training…"));
    updateActions();
}

void TrainingDock::onPlanned(const QString& message, double estimatedSeconds) {
    const QString estimate = formatEta(estimatedSeconds);
    const QString text = estimate.isEmpty() ? message : tr("%1 Estimated time: %2.").arg(message, estimate);
    m_stage->setText(text);
    addMessage(text);
}

void TrainingDock::onProgress(const QString& stage, qint64 done, qint64 total, double etaSeconds, double jobFraction) {
    // One bar for the whole job, in per mille of its estimated duration; the label names the stage.
    constexpr int kSteps = 1000;
    m_progress->setRange(0, kSteps);
    m_progress->setValue(int(std::lround(std::clamp(jobFraction, 0.0, 1.0) * kSteps)));
    m_progress->setFormat(QStringLiteral("%1 — %p%").arg(stageTitle(stage)));
    const QString eta = formatEta(etaSeconds);
    const QString counts = tr("%1 of %2").arg(done).arg(total);
    m_stage->setText(eta.isEmpty() ? QStringLiteral("%1: %2").arg(stageTitle(stage), counts)
                                   : tr("%1: %2; about %3 left in all").arg(stageTitle(stage), counts, eta));
}

void TrainingDock::showRemoteQueued(qint64 requestId) {
    m_loss->clear();
    m_messages->clear();
    m_progress->setRange(0, 0);  // busy until the worker takes it
    m_stage->setText(tr("Training request %1 is waiting for the team's worker.").arg(requestId));
}

void TrainingDock::showRemoteProgress(const QString& stage, double fraction, const QString& worker) {
    constexpr int kSteps = 1000;  // as a local run: per mille of the whole job
    m_progress->setRange(0, kSteps);
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * kSteps)));
    m_progress->setFormat(QStringLiteral("%1 — %p%").arg(stageTitle(stage)));
    m_stage->setText(tr("%1 on the worker %2").arg(stageTitle(stage), worker));
}

void TrainingDock::showRemoteFinished(const QString& message) {
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Trained on the worker"));
    m_stage->setText(tr("The worker has trained: %1.").arg(message));
}

void TrainingDock::showRemoteFailed(const QString& message) {
    onFailed(message);
}

void TrainingDock::onFinished(int version) {
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    // A labeller's model is a candidate: it is trained but stays inactive until a supervisor says so.
    m_progress->setFormat(version == m_activeVersion
                              ? tr("Model v%1 is active").arg(version)
                              : tr("Model v%1 is trained, v%2 stays active").arg(version).arg(m_activeVersion));
    m_stage->setText(tr("Every image was scored with model v%1.").arg(version));
}

void TrainingDock::onActiveModelChanged(qint64 modelId, int version) {
    m_activeVersion = modelId > 0 ? version : 0;
    // During a run the progress is shown; the run's end says which version is active.
    if (!m_controller->isTraining()) showActiveModel();
}

void TrainingDock::showActiveModel() {
    m_progress->setRange(0, 1);
    m_progress->setValue(m_activeVersion > 0 ? 1 : 0);
    m_progress->setFormat(m_activeVersion > 0 ? tr("Model v%1 is active").arg(m_activeVersion) : tr("No model yet"));
    m_stage->setText(m_activeVersion > 0 ? tr("Every image was scored with model v%1.").arg(m_activeVersion)
                                         : tr("Label some images normal, then train."));
}

void TrainingDock::clearOutcome() {
    if (!m_controller->isBusy()) showActiveModel();
}

void TrainingDock::onFailed(const QString& message) {
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Failed"));
    m_stage->setText(message);
    addMessage(message);
}

void TrainingDock::onCancelled() {
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Cancelled"));
    m_stage->setText(tr("Training was cancelled; the active model is unchanged."));
}

void TrainingDock::addMessage(const QString& message) {
    if (!message.isEmpty()) m_messages->appendPlainText(message);
}

void TrainingDock::switchToSelected() {
    const QModelIndexList selected = m_versions->selectionModel()->selectedRows();
    if (selected.isEmpty()) return;
    m_controller->switchToVersion(m_model->modelId(selected.first().row()));
}

}  // namespace dmad::ui
