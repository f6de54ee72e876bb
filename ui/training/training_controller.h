// Runs training and model loading off the GUI thread and writes their results to the project in one transaction.
#pragma once

#include "training/engine_session.h"
#include "training/training_options.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

// The database is only touched on the GUI thread (a QSqlDatabase connection belongs to its thread):
// everything a run needs is read before it starts, and its results (model row, scores, activation,
// audit entry) are written after it ends, all in one transaction. A cancelled or failed run leaves
// the database and the active model as they were, and no model file behind.
//
// One EngineSession per open project keeps the trainer alive, so Retrain reuses the cached features
// and the normal and pseudo banks and only redoes M_as, M_p and the score mapper; Train rebuilds all.
class TrainingController : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(training::EngineSession* session, QObject* parent = nullptr);
    ~TrainingController() override;  // cancels a running job and waits for it

    // The GUI thread's project connection (nullptr: no project). A running job is cancelled first;
    // the project's active model is then loaded in the background (activeModelChanged follows).
    void setProject(project::ProjectStore* store);
    project::ProjectStore* project() const { return m_store; }

    void setOptions(const training::TrainingOptions& options) { m_options = options; }
    // A project on a server trains on the team's worker: Train / Retrain hand the request to `remote`
    // (incremental or not) instead of training here. Empty: train on this station.
    void setRemoteTrainer(std::function<void(bool incremental)> remote) { m_remote = std::move(remote); }
    const training::TrainingOptions& options() const { return m_options; }

    training::EngineSession* session() const { return m_session; }
    bool isBusy() const { return m_job != Job::None; }
    bool isTraining() const { return m_job == Job::Training; }

    // Blocks (running the event loop) until no job runs; false after timeoutMs. For tests and tools.
    bool waitUntilIdle(int timeoutMs);

public Q_SLOTS:
    void train();    // rebuilds every bank
    void retrain();  // incremental: reuses what did not change
    void cancel();
    // Loads that version, then makes it the active one (its scores are already in the database).
    // Refused (failed(), audited) unless the user's stored role may activate versions.
    void switchToVersion(qint64 modelId);

Q_SIGNALS:
    void started(bool incremental);
    // Before any work: what the run will do (a full rebuild says why) and its estimated duration.
    void planned(const QString& message, double estimatedSeconds);
    // stage: "preparing", the engine's stage names ("features", "normal bank", ... "training"), "saving model"
    // and "scoring"; done/total count that stage's units. etaSeconds (< 0: unknown) and jobFraction (0..1)
    // cover the whole job.
    void progress(const QString& stage, qint64 done, qint64 total, double etaSeconds, double jobFraction);
    void lossAppended(int epoch, double loss);
    void warning(const QString& message);
    // Every image has the new version's score; it is active, or (trained by a labeller) a candidate
    // that is shown but stays inactive until a supervisor activates it (warning() says so).
    void finished(int version);
    void failed(const QString& message);
    void cancelled();
    void busyChanged(bool busy);
    // A version was added or activated: lists of versions and scores should be read again.
    void modelsChanged();
    void activeModelChanged(qint64 modelId, int version);

private:
    enum class Job { None, Training, Loading };
    struct TrainingResult;
    struct LoadResult;

    void startTraining(bool incremental);
    void onTrainingDone();
    void startLoading(qint64 modelId, bool activate);
    void onLoadingDone();
    void setJob(Job job);
    void waitForJob();

    training::EngineSession* m_session;
    project::ProjectStore* m_store = nullptr;
    training::TrainingOptions m_options;
    std::function<void(bool)> m_remote;
    Job m_job = Job::None;
    std::atomic<bool> m_cancel{false};
    quint64 m_generation = 0;  // a project change makes the results of older jobs stale
    QFutureWatcher<std::shared_ptr<TrainingResult>> m_trainingWatcher;
    QFutureWatcher<std::shared_ptr<LoadResult>> m_loadingWatcher;
};

}  // namespace dmad::ui
