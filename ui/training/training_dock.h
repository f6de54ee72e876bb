// The training dock: Train / Retrain / Cancel, progress with stage, counts and ETA, live loss, model versions.
#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dmad::ui {

class LossPlot;
class ModelVersionsModel;
class TrainingController;

class TrainingDock : public QDockWidget {
    Q_OBJECT

public:
    // The controller is not owned; it must outlive the dock.
    explicit TrainingDock(TrainingController* controller, QWidget* parent = nullptr);

    // For menus and toolbars: Train (Shift+F9), Retrain (F9), Cancel training, Switch to this version.
    QAction* trainAction() const { return m_trainAction; }
    QAction* retrainAction() const { return m_retrainAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* switchAction() const { return m_switchAction; }

    QProgressBar* progressBar() const { return m_progress; }
    QLabel* stageLabel() const { return m_stage; }
    LossPlot* lossPlot() const { return m_loss; }
    QTableView* versionsView() const { return m_versions; }
    ModelVersionsModel* versionsModel() const { return m_model; }
    QPlainTextEdit* messages() const { return m_messages; }

    // "1:05", "12 s"; empty for an unknown (negative) time.
    static QString formatEta(double seconds);
    // The engine's stage names in the user's language.
    static QString stageTitle(const QString& stage);

public Q_SLOTS:
    void reloadVersions();
    // A project on a server trains on the team's worker (RemoteTraining): the request's way through the
    // queue in the same bar and stage text as a run on this station. fraction: 0..1 of the whole job.
    void showRemoteQueued(qint64 requestId);
    void showRemoteProgress(const QString& stage, double fraction, const QString& worker);
    void showRemoteFinished(const QString& message);
    void showRemoteFailed(const QString& message);
    // The project's contents changed (an import): an old outcome ("Failed", "Cancelled") is stale.
    void clearOutcome();

private:
    void onStarted(bool incremental);
    void onPlanned(const QString& message, double estimatedSeconds);
    void onProgress(const QString& stage, qint64 done, qint64 total, double etaSeconds, double jobFraction);
    void onFinished(int version);
    void onActiveModelChanged(qint64 modelId, int version);
    void showActiveModel();
    // Outside a run, the loss plot shows the selected version's training (the active one after a reload).
    void showSelectedLoss();
    void onFailed(const QString& message);
    void onCancelled();
    void updateActions();
    void addMessage(const QString& message);
    void switchToSelected();

    TrainingController* m_controller;
    QAction* m_trainAction;
    QAction* m_retrainAction;
    QAction* m_cancelAction;
    QAction* m_switchAction;
    QProgressBar* m_progress;
    QLabel* m_stage;
    LossPlot* m_loss;
    QTableView* m_versions;
    ModelVersionsModel* m_model;
    QPlainTextEdit* m_messages;
    int m_activeVersion = 0;  // 0: none
};

}  // namespace dmad::ui
