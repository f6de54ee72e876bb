#include "ui/training/training_controller.h"

#include "engine/dmad_model.h"
#include "engine/engine_error.h"
#include "engine/runtime.h"
#include "project/access.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/supervision.h"
#include "project/training_record.h"
#include "training/training_job.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace dmad::ui {

struct TrainingController::TrainingResult {
    quint64 generation = 0;
    std::optional<training::TrainingOutcome> outcome;
    bool cancelled = false;
    QString error;
};

struct TrainingController::LoadResult {
    quint64 generation = 0;
    qint64 modelId = 0;
    int version = 0;
    bool activate = false;
    std::shared_ptr<training::ActiveModel> model;
    QString error;
};

namespace {

QString engineMessage(const std::exception& e) {
    return QString::fromStdString(e.what());
}

// For model files without their own colour range: the one recorded with the training, else one from
// the model's scores in the database.
training::MapRange storedMapRange(project::ProjectStore& store, const project::ModelRecord& record) {
    const QJsonArray stored =
        QJsonDocument::fromJson(record.metricsJson.toUtf8()).object().value(QStringLiteral("mapRange")).toArray();
    if (stored.size() == 2 && stored.at(1).toDouble() > stored.at(0).toDouble())
        return training::MapRange{stored.at(0).toDouble(), stored.at(1).toDouble()};
    QSet<qint64> normal;
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        if (image.status == project::ImageStatus::Normal) normal.insert(image.id);
    }
    return training::mapRangeFromScores(project::ScoreRepository(store).forModel(record.id), normal);
}

}  // namespace

TrainingController::TrainingController(training::EngineSession* session, QObject* parent)
    : QObject(parent), m_session(session) {
    Q_ASSERT(session);
    connect(&m_trainingWatcher, &QFutureWatcherBase::finished, this, &TrainingController::onTrainingDone);
    connect(&m_loadingWatcher, &QFutureWatcherBase::finished, this, &TrainingController::onLoadingDone);
}

TrainingController::~TrainingController() {
    m_cancel = true;
    waitForJob();
}

void TrainingController::waitForJob() {
    m_trainingWatcher.waitForFinished();
    m_loadingWatcher.waitForFinished();
}

bool TrainingController::waitUntilIdle(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return !isBusy();
}

void TrainingController::setJob(Job job) {
    const bool wasBusy = isBusy();
    m_job = job;
    if (wasBusy != isBusy()) Q_EMIT busyChanged(isBusy());
}

void TrainingController::setProject(project::ProjectStore* store) {
    if (isBusy()) {
        m_cancel = true;
        waitForJob();  // its finished() is still queued: the generation check drops it
        setJob(Job::None);
        Q_EMIT cancelled();
    }
    ++m_generation;
    m_store = store;
    m_session->resetProject(m_store ? m_store->directory() : QString());
    Q_EMIT modelsChanged();
    if (!m_store) return;
    try {
        if (const auto active = project::ModelRepository(*m_store).active()) startLoading(active->id, false);
    } catch (const project::ProjectError& e) {
        Q_EMIT failed(e.message());
    }
}

void TrainingController::train() {
    startTraining(false);
}

void TrainingController::retrain() {
    startTraining(true);
}

void TrainingController::cancel() {
    if (m_job == Job::Training) m_cancel = true;
}

void TrainingController::startTraining(bool incremental) {
    if (isBusy()) return;
    if (!m_store) {
        Q_EMIT failed(tr("Open a project before training."));
        return;
    }
    if (m_remote) {
        m_remote(incremental);
        return;
    }
    if (m_options.backbonePath.isEmpty()) {
        Q_EMIT failed(tr("No backbone is chosen: select a TorchScript backbone in the settings."));
        return;
    }
    training::TrainingRequest request;
    try {
        request.project = training::ProjectSnapshot::read(*m_store);
    } catch (const project::ProjectError& e) {
        Q_EMIT failed(e.message());
        return;
    }
    request.options = m_options;
    request.incremental = incremental;
    request.previous = m_session->activeModel();

    // The reporter runs on the worker; each call is queued to this object's (the GUI) thread.
    training::TrainingReporter reporter;
    reporter.progress = [this](const QString& stage, qint64 done, qint64 total, double eta, double fraction) {
        QMetaObject::invokeMethod(
            this, [=] { Q_EMIT progress(stage, done, total, eta, fraction); }, Qt::QueuedConnection);
    };
    reporter.planned = [this](const QString& message, double seconds) {
        QMetaObject::invokeMethod(
            this, [=] { Q_EMIT planned(message, seconds); }, Qt::QueuedConnection);
    };
    reporter.loss = [this](int epoch, double loss) {
        QMetaObject::invokeMethod(
            this, [=] { Q_EMIT lossAppended(epoch, loss); }, Qt::QueuedConnection);
    };
    reporter.warning = [this](const QString& message) {
        QMetaObject::invokeMethod(
            this, [=] { Q_EMIT warning(message); }, Qt::QueuedConnection);
    };

    m_cancel = false;
    setJob(Job::Training);
    Q_EMIT started(incremental);
    training::EngineSession* session = m_session;
    const std::atomic<bool>* cancelFlag = &m_cancel;
    const quint64 generation = m_generation;
    m_trainingWatcher.setFuture(
        QtConcurrent::run(session->jobPool(), [request, reporter, session, cancelFlag, generation] {
            auto result = std::make_shared<TrainingResult>();
            result->generation = generation;
            try {
                result->outcome = training::TrainingJob::run(request, *session, reporter, *cancelFlag);
            } catch (const dmad::EngineError& e) {
                result->cancelled = e.kind() == dmad::EngineError::Kind::Cancelled;
                result->error = engineMessage(e);
            } catch (const std::exception& e) {
                result->error = tr("Training failed: %1").arg(engineMessage(e));
            }
            return result;
        }));
}

void TrainingController::onTrainingDone() {
    const std::shared_ptr<TrainingResult> result = m_trainingWatcher.result();
    if (result->generation != m_generation) {
        if (result->outcome) QFile::remove(result->outcome->modelFile);
        return;
    }
    setJob(Job::None);
    if (result->outcome && m_cancel) {
        // Cancelled after the last check: the user's word wins.
        QFile::remove(result->outcome->modelFile);
        result->outcome.reset();
        result->cancelled = true;
    }
    if (result->cancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (!result->outcome) {
        Q_EMIT failed(result->error);
        return;
    }
    const training::TrainingOutcome& outcome = *result->outcome;
    project::RecordedTraining record;
    try {
        record = project::recordTraining(*m_store, m_options.userName, outcome.modelFile, outcome.settingsJson,
                                         outcome.metricsJson, outcome.scores, outcome.flagged);
    } catch (const project::ProjectError& e) {
        QFile::remove(outcome.modelFile);
        Q_EMIT failed(tr("The trained model could not be recorded in the project: %1").arg(e.message()));
        return;
    }
    const bool candidate = record.candidate;
    auto active = std::make_shared<training::ActiveModel>();
    active->modelId = record.modelId;
    active->version = record.version;
    active->file = outcome.modelFile;
    active->inspector = outcome.inspector;
    active->mapRange = outcome.mapRange;
    // The trainer sees the new version's scores and heatmaps, a candidate's too.
    m_session->setActiveModel(active);
    Q_EMIT modelsChanged();
    Q_EMIT activeModelChanged(record.modelId, record.version);
    if (outcome.flagged) {
        Q_EMIT warning(outcome.flagReason);
    } else if (candidate) {
        Q_EMIT warning(tr("Version %1 is a candidate: its scores and heatmaps are shown to you, and it becomes "
                          "active when a supervisor activates it.")
                           .arg(record.version));
    }
    Q_EMIT finished(record.version);
}

void TrainingController::switchToVersion(qint64 modelId) {
    if (isBusy() || !m_store) return;
    try {
        project::requireAllowed(*m_store, m_options.userName, project::Action::ActivateModel,
                                QStringLiteral("model:%1").arg(modelId));
    } catch (const project::ProjectError& e) {
        Q_EMIT failed(e.message());
        return;
    }
    startLoading(modelId, true);
}

void TrainingController::startLoading(qint64 modelId, bool activate) {
    std::optional<project::ModelRecord> record;
    auto result = std::make_shared<LoadResult>();
    QString file;
    try {
        record = project::ModelRepository(*m_store).byId(modelId);
        if (!record) {
            Q_EMIT failed(tr("Model %1 is not in this project.").arg(modelId));
            return;
        }
        file = project::ModelRepository(*m_store).absoluteFile(*record);
        result->model = std::make_shared<training::ActiveModel>();
        result->model->mapRange = storedMapRange(*m_store, *record);
    } catch (const project::ProjectError& e) {
        Q_EMIT failed(e.message());
        return;
    }
    result->generation = m_generation;
    result->modelId = modelId;
    result->version = record->version;
    result->activate = activate;
    result->model->modelId = modelId;
    result->model->version = record->version;
    result->model->file = file;
    if (m_options.backbonePath.isEmpty()) {
        Q_EMIT failed(tr("No backbone is chosen: select a TorchScript backbone in the settings."));
        return;
    }
    const dmad::EngineConfig requested = m_options.engineConfig();
    training::EngineSession* session = m_session;
    setJob(Job::Loading);
    m_loadingWatcher.setFuture(QtConcurrent::run(session->jobPool(), [result, requested, session, file] {
        try {
            dmad::EngineConfig config = requested;
            try {
                dmad::configureRuntime(config.runtime);
            } catch (const dmad::EngineError&) {
                // The extractor configures the runtime again from `config`: it must say CPU too.
                config.runtime.device = dmad::DevicePreference::Cpu;
                dmad::configureRuntime(config.runtime);
            }
            dmad::DmadModel model = dmad::DmadModel::load(file.toStdString());
            // The model file's own colour range wins; older files keep the one of the project's records.
            if (model.info().hasMapRange)
                result->model->mapRange = training::MapRange{model.info().mapLow, model.info().mapHigh};
            result->model->inspector = session->inspectorFor(config, std::move(model));
        } catch (const std::exception& e) {
            result->error = tr("Model version %1 cannot be used: %2").arg(result->version).arg(engineMessage(e));
        }
        return result;
    }));
}

void TrainingController::onLoadingDone() {
    const std::shared_ptr<LoadResult> result = m_loadingWatcher.result();
    if (result->generation != m_generation) return;
    setJob(Job::None);
    if (!result->error.isEmpty()) {
        Q_EMIT failed(result->error);
        return;
    }
    if (result->activate) {
        try {
            project::Supervision(*m_store, m_options.userName).activateModel(result->modelId);
        } catch (const project::ProjectError& e) {
            Q_EMIT failed(e.message());
            return;
        }
    }
    m_session->setActiveModel(result->model);
    Q_EMIT modelsChanged();
    Q_EMIT activeModelChanged(result->modelId, result->version);
}

}  // namespace dmad::ui
