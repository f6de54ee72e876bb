// `dmad worker`: trains a server project's queued requests, one at a time, as a station's Retrain would.
#include "app/cli/cancel_signal.h"
#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "engine/dmad_model.h"
#include "engine/engine_error.h"
#include "engine/runtime.h"
#include "project/change_listener.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/server_connection.h"
#include "project/training_queue.h"
#include "project/training_record.h"
#include "project/user_repository.h"
#include "training/engine_session.h"
#include "training/training_job.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace dmad::cli {
namespace {

ArgumentParser workerParser() {
    ArgumentParser p("worker",
                     "Trains the training requests of a project on a PostgreSQL server (what a station's Retrain "
                     "queues there), one at a time, on this machine's CPU or GPU, and stores each new version in "
                     "the project. The account must be a supervisor's (it updates the queue and activates versions "
                     "a supervisor asked for; a labeller's request gives a candidate).");
    p.option("project", "URL", "postgresql://user@host:port/database (required)")
        .option("image-root", "DIR", "where this machine sees the project's image root (default: the current folder)")
        .option("local-folder", "DIR", "this machine's folder for mask and model files (default: under the cache)")
        .option(
            "outliers", "DIR",
            "texture images for the pseudo anomalies, searched recursively (default: $DMAD_SHARED_DIR/data/outliers; "
            "required when that variable is not set)")
        .option("max-outliers", "N", "use an evenly spread subset of N outlier textures (default: all)")
        .option("poll", "SECONDS", "how often to look at the queue besides the server's notifications (default 2)")
        .flag("once", "train what is queued now, then exit");
    addEngineOptions(p, true);
    p.note("The password comes from PGPASSWORD or ~/.pgpass (libpq's password file), else it is asked for. "
           "Ctrl+C stops after the current step; the request being trained is marked failed.\n\n" +
           exitCodeHelp());
    return p;
}

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

std::string text(const QString& s) {
    return s.toStdString();
}

bool hasPasswordFile() {
    const QString file = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                 : QDir::home().filePath(QStringLiteral(".pgpass"));
    return QFile::exists(file);
}

// Asked on the terminal without echo; never written anywhere.
QString askPassword(const project::ServerConnection& server) {
    if (!::isatty(STDIN_FILENO)) return {};
    std::cerr << "Password for " << text(server.user) << " on " << text(server.displayName()) << ": " << std::flush;
    termios old{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (canHide) {
        termios hidden = old;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (canHide) ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return qs(line);
}

training::TrainingOptions baseOptions(const Arguments& a) {
    const EngineConfig engine = engineConfigFrom(a);
    training::TrainingOptions options;
    options.backbonePath = qs(engine.backbonePath);
    options.device = engine.runtime.device;
    options.threads = engine.runtime.threads;
    options.epochs = engine.training.epochs;
    options.patchesPerImage = engine.training.patchesPerImage;
    options.imageSize = engine.features.imageSize;
    // No textures are installed with the program: the shared data's, as the GUI's default, or the option.
    const QString shared = qEnvironmentVariable("DMAD_SHARED_DIR");
    if (!a.has("outliers") && shared.isEmpty())
        throw UsageError("worker needs --outliers DIR (texture images), or DMAD_SHARED_DIR naming the shared data");
    options.outliersFolder =
        a.has("outliers") ? qs(a.value("outliers")) : QDir(shared).filePath(QStringLiteral("data/outliers"));
    options.maxOutliers = static_cast<int>(a.integer("max-outliers", 0));
    if (options.maxOutliers < 0) throw UsageError("--max-outliers must not be negative");
    return options;
}

// The station's budget where it gave one; the machine's own settings (backbone, device, outliers) stay.
training::TrainingOptions optionsFor(const project::TrainingRequestRecord& request, training::TrainingOptions options,
                                     bool* incremental) {
    const QJsonObject settings = QJsonDocument::fromJson(request.settingsJson.toUtf8()).object();
    const int epochs = settings.value(QStringLiteral("epochs")).toInt(0);
    if (epochs > 0 && epochs <= 10000) options.epochs = epochs;
    const int patches = settings.value(QStringLiteral("patchesPerImage")).toInt(-1);
    if (patches >= 0) options.patchesPerImage = patches;
    // A size this version does not offer is refused, not replaced: the station asked for that model.
    if (const QJsonValue size = settings.value(QStringLiteral("imageSize")); !size.isUndefined()) {
        if (!training::isOfferedImageSize(size.toInt(0)))
            throw dmad::EngineError(dmad::EngineError::Kind::InvalidArgument,
                                    "the request asks for input size " + std::to_string(size.toInt(0)) +
                                        "; this worker offers " + std::to_string(training::kStandardImageSize) +
                                        " and " + std::to_string(training::kFineImageSize));
        options.imageSize = size.toInt();
    }
    *incremental = settings.value(QStringLiteral("incremental")).toBool(true);
    return options;
}

class Worker {
public:
    Worker(project::ProjectStore& store, training::TrainingOptions options, const std::atomic<bool>& cancel)
        : m_store(store), m_options(std::move(options)), m_cancel(cancel) {
        // The audit log takes the account's name as stored (the server checks it against the login role).
        const auto account = project::UserRepository(store).byName(store.server()->user);
        m_account = account ? account->name : store.server()->user;
        m_options.userName = m_account;
        m_workerName = m_account + QLatin1Char('@') + QSysInfo::machineHostName();
    }

    // What this worker (same account, same machine) left running when it was stopped goes back to the queue.
    void requeueAbandoned() {
        const int requeued = project::TrainingQueue(m_store).requeueAbandoned(m_workerName);
        if (requeued > 0) std::cout << requeued << " interrupted request(s) queued again" << std::endl;
    }

    // True when a request was taken (trained or failed).
    bool runOne() {
        project::TrainingQueue queue(m_store);
        const auto request = queue.claim(m_workerName);
        if (!request) return false;
        std::cout << "request " << request->id << " from " << text(request->requestedBy) << ": training" << std::endl;
        try {
            const QString done = train(queue, *request);
            queue.finish(request->id, m_lastModelId, done);
            std::cout << "request " << request->id << ": " << text(done) << std::endl;
        } catch (const dmad::EngineError& e) {
            fail(queue, request->id, qs(e.what()));
        } catch (const project::ProjectError& e) {
            fail(queue, request->id, e.message());
        } catch (const std::exception& e) {
            fail(queue, request->id, QStringLiteral("training failed: %1").arg(qs(e.what())));
        }
        return true;
    }

private:
    void fail(project::TrainingQueue& queue, qint64 id, const QString& why) {
        std::cerr << "request " << id << " failed: " << text(why) << std::endl;
        try {
            queue.fail(id, why);
        } catch (const project::ProjectError& e) {
            std::cerr << "dmad: the failure could not be recorded: " << text(e.message()) << std::endl;
        }
    }

    QString train(project::TrainingQueue& queue, const project::TrainingRequestRecord& request) {
        training::TrainingRequest job;
        job.options = optionsFor(request, m_options, &job.incremental);
        job.project = training::ProjectSnapshot::read(m_store);
        job.previous = previousModel(job.options);

        // Progress goes to the request's row (and from there to the requesting station), at most
        // twice a second so that a busy server is not flooded; each new stage at once.
        QElapsedTimer sinceReport;
        QString lastStage;
        training::TrainingReporter reporter;
        // The fraction is the whole job's (every stage), as the station's own progress bar shows it.
        reporter.progress = [&](const QString& stage, qint64, qint64, double, double jobFraction) {
            if (stage == lastStage && sinceReport.isValid() && sinceReport.elapsed() < 500) return;
            lastStage = stage;
            sinceReport.start();
            queue.reportProgress(request.id, jobFraction, stage);
        };
        reporter.warning = [](const QString& message) { std::cerr << "warning: " << text(message) << std::endl; };
        const training::TrainingOutcome outcome = training::TrainingJob::run(job, m_session, reporter, m_cancel);
        project::RecordedTraining recorded;
        try {
            recorded =
                project::recordTraining(m_store, m_account, outcome.modelFile, outcome.settingsJson,
                                        outcome.metricsJson, outcome.scores, outcome.flagged, request.requestedBy,
                                        QStringLiteral("request %1 of %2").arg(request.id).arg(request.requestedBy));
        } catch (...) {
            QFile::remove(outcome.modelFile);
            throw;
        }
        m_lastModelId = recorded.modelId;
        auto active = std::make_shared<training::ActiveModel>();
        active->modelId = recorded.modelId;
        active->version = recorded.version;
        active->file = outcome.modelFile;
        active->inspector = outcome.inspector;
        active->mapRange = outcome.mapRange;
        m_session.setActiveModel(active);
        if (outcome.flagged)
            return QStringLiteral("version %1, candidate: %2").arg(recorded.version).arg(outcome.flagReason);
        return recorded.candidate ? QStringLiteral("version %1, candidate").arg(recorded.version)
                                  : QStringLiteral("version %1, active").arg(recorded.version);
    }

    // What image-level defects are scored with: the version this worker trained last, else the project's
    // active one (loaded from the database's bytes); none on a new project.
    std::shared_ptr<const training::ActiveModel> previousModel(const training::TrainingOptions& options) {
        if (auto kept = m_session.activeModel()) return kept;
        const auto active = project::ModelRepository(m_store).active();
        if (!active) return nullptr;
        auto model = std::make_shared<training::ActiveModel>();
        model->modelId = active->id;
        model->version = active->version;
        model->file = project::ModelRepository(m_store).absoluteFile(*active);
        const EngineConfig config = options.engineConfig();
        configureRuntime(config.runtime);
        model->inspector = m_session.inspectorFor(config, DmadModel::load(model->file.toStdString()));
        m_session.setActiveModel(model);
        return model;
    }

    project::ProjectStore& m_store;
    training::TrainingOptions m_options;
    const std::atomic<bool>& m_cancel;
    training::EngineSession m_session;
    QString m_account;
    QString m_workerName;
    qint64 m_lastModelId = 0;
};

}  // namespace

int runWorker(const std::vector<std::string>& args) {
    const ArgumentParser parser = workerParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    auto server = project::ServerConnection::fromUrl(qs(a.value("project")));
    if (!server) throw UsageError("worker needs --project postgresql://user@host:port/database");
    server->imageRoot = QDir(qs(a.value("image-root", "."))).absolutePath();
    if (a.has("local-folder")) server->localFolder = QDir(qs(a.value("local-folder"))).absolutePath();
    const double poll = a.number("poll", 2.0);
    if (!(poll > 0.0 && poll <= 3600.0)) throw UsageError("--poll must be between 0 and 3600 seconds");
    const training::TrainingOptions options = baseOptions(a);

    // Qt Sql's driver registry and the server's notifications need an application object.
    static int argc = 1;
    static char name[] = "dmad";
    static char* argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    if (server->password.isEmpty() && !qEnvironmentVariableIsSet("PGPASSWORD") && !hasPasswordFile())
        server->password = askPassword(*server);
    const std::atomic<bool>* cancel = installCancelHandler();
    try {
        const auto store = project::ProjectStore::connect(*server);
        Worker worker(*store, options, *cancel);
        worker.requeueAbandoned();
        bool woken = true;  // a notification about the queue arrived since the last look
        const project::ChangeListener listener(*store, [&woken](const project::RowChange& change) {
            if (change.table == QLatin1String("training_requests") && !change.ownStation) woken = true;
        });
        std::cout << "worker on " << text(server->displayName()) << ": waiting for training requests" << std::endl;
        while (!cancel->load()) {
            woken = false;
            if (worker.runOne()) continue;
            if (a.has("once")) break;
            const QDeadlineTimer next(static_cast<qint64>(poll * 1000));
            while (!woken && !cancel->load() && !next.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 200);
        }
    } catch (const project::ProjectError& e) {
        std::cerr << "dmad: error: " << text(e.message()) << "\n";
        return e.kind() == project::ProjectError::Kind::NotAllowed ? kExitBadInput : kExitRuntimeFailure;
    }
    return cancel->load() ? kExitCancelled : kExitOk;
}

}  // namespace dmad::cli
