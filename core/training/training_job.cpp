#include "training/training_job.h"

#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/job_estimate.h"
#include "engine/runtime.h"
#include "project/atomic_file.h"
#include "training/test_split_metrics.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace dmad::training {
namespace {

using Kind = dmad::EngineError::Kind;
constexpr int kMaxListedScoringProblems = 20;
// Images scored together: one forward instead of eight; with cold features (the backbone runs) a batch
// still takes under a second on 2 busy cores, so cancel stays prompt.
constexpr qint64 kScoringBatch = 8;

// The file is removed unless the run gets to the end: a cancelled run leaves nothing behind.
class ModelFileGuard {
public:
    explicit ModelFileGuard(QString file) : m_file(std::move(file)) {}
    ~ModelFileGuard() {
        if (!m_kept) QFile::remove(m_file);
    }
    void keep() { m_kept = true; }

private:
    QString m_file;
    bool m_kept = false;
};

// A GPU that is asked for but missing: the CPU, in `config` too, since the feature extractor and the
// trainer configure the runtime again from it (and would fail on the GPU setting).
dmad::RuntimeInfo configureDevice(dmad::EngineConfig& config, const TrainingReporter& reporter) {
    try {
        return dmad::configureRuntime(config.runtime);
    } catch (const dmad::EngineError&) {
        if (reporter.warning)
            reporter.warning(QCoreApplication::translate(
                "dmad::ui::TrainingJob", "No GPU is available to this build; training runs on the CPU."));
        config.runtime.device = dmad::DevicePreference::Cpu;
        return dmad::configureRuntime(config.runtime);
    }
}

QString toJson(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString settingsJson(const dmad::EngineConfig& config, const dmad::RuntimeInfo& runtime, const TrainingRequest& request,
                     const dmad::ModelInfo& info) {
    return toJson({
        {QStringLiteral("engine"), QString::fromStdString(dmad::configToText(config))},
         {QStringLiteral("backboneSha256"), QString::fromStdString(info.backbone.sha256)},
          {QStringLiteral("device"), QString::fromStdString(runtime.device)},
           {QStringLiteral("threads"), runtime.threads},
            {QStringLiteral("incremental"), request.incremental},
             {QStringLiteral("outliersFolder"), request.options.outliersFolder},
              {QStringLiteral("user"), request.options.userName},
             });
}

QJsonObject summaryJson(const TrainingSetSummary& s) {
    return {{QStringLiteral("normals"), s.normals}, {QStringLiteral("maskedAnomalies"), s.maskedAnomalies},
                                                     {QStringLiteral("imageLevelAnomalies"), s.imageLevelAnomalies},
                                                      {QStringLiteral("skippedAnomalies"), s.skippedAnomalies},
                                                       {QStringLiteral("outliers"), s.outliers}};
}

QJsonObject bankJson(const dmad::ModelInfo& info) {
    return {{QStringLiteral("normal"), qint64(info.normalBankSize)},
             {QStringLiteral("pseudo"), qint64(info.pseudoBankSize)},
              {QStringLiteral("seen"), qint64(info.seenBankSize)},
               {QStringLiteral("sampled"), qint64(info.sampledBankSize)}};
}

QJsonObject statsJson(const dmad::TrainingStats& stats) {
    QJsonObject stages;
    for (const auto& [stage, seconds] : stats.stageSeconds) stages.insert(QString::fromStdString(stage), seconds);
    QJsonArray losses;
    for (const double loss : stats.epochLoss) losses.push_back(loss);
    return {{QStringLiteral("stageSeconds"), stages},
             {QStringLiteral("epochLoss"), losses},
              {QStringLiteral("trainingPatches"), qint64(stats.trainingPatches)},
               {QStringLiteral("reusedNormalBank"), stats.reusedNormalBank},
                {QStringLiteral("loadedState"), stats.loadedState},
                 {QStringLiteral("warmStarted"), stats.warmStarted},
                  {QStringLiteral("selfCheck"),
                                  QJsonObject{{QStringLiteral("ran"), stats.validation.ran},
                                               {QStringLiteral("dmadAuroc"), stats.validation.dmadAuroc},
                                                {QStringLiteral("patchCoreAuroc"), stats.validation.patchCoreAuroc},
                                                 {QStringLiteral("inverted"), stats.validation.inverted}}}};
}

// One estimate for the whole job: every report moves the bar and the ETA over all stages.
class JobProgress {
public:
    JobProgress(const TrainingReporter& reporter, const QString& ratesFile)
        : m_reporter(reporter), m_ratesFile(ratesFile),
          m_estimate(ratesFile.isEmpty() ? dmad::JobEstimate::Rates{}
                                         : dmad::JobEstimate::readRates(ratesFile.toStdString())) {
        m_clock.start();
    }
    dmad::JobEstimate& estimate() { return m_estimate; }
    double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    void report(const QString& stage, qint64 done, qint64 total) {
        m_estimate.update(stage.toStdString(), total > 0 ? double(done) / double(total) : 0.0, seconds());
        if (m_reporter.progress)
            m_reporter.progress(stage, done, total, m_estimate.etaSeconds(), m_estimate.fraction());
    }
    // The measured costs for the next job's estimate.
    void finish() {
        m_estimate.finish(seconds());
        if (!m_ratesFile.isEmpty() && QDir().mkpath(QFileInfo(m_ratesFile).absolutePath()))
            dmad::JobEstimate::writeRates(m_ratesFile.toStdString(), m_estimate.rates());
    }

private:
    const TrainingReporter& m_reporter;
    QString m_ratesFile;
    dmad::JobEstimate m_estimate;
    QElapsedTimer m_clock;
};

// Reports each epoch's loss once, under the epoch it belongs to (a report at an epoch's last step can
// still carry the previous epoch's loss).
dmad::ProgressCallback engineProgress(const TrainingReporter& reporter, JobProgress& job, int& lastEpoch) {
    return [&reporter, &job, &lastEpoch](const dmad::TrainingProgress& p) {
        job.report(QString::fromStdString(p.stage), p.done, p.total);
        if (p.stage == "training" && p.lossEpoch > lastEpoch) {
            lastEpoch = p.lossEpoch;
            if (reporter.loss) reporter.loss(p.lossEpoch, p.loss);
        }
    };
}

}  // namespace

QString TrainingJob::reasonText(dmad::RebuildReason reason) {
    using R = dmad::RebuildReason;
    switch (reason) {
    case R::None: return {};
    case R::Requested: return tr("Train builds every bank from nothing");
    case R::NoSavedState: return tr("this project has no saved banks yet");
    case R::SavedStateUnreadable: return tr("the saved banks cannot be read (damaged or of an older version)");
    case R::BackboneChanged: return tr("the backbone, the input detail or another feature setting changed");
    case R::SettingsChanged: return tr("the memory bank settings changed");
    case R::NormalImagesChanged: return tr("normal training images were added, removed or changed");
    case R::OutliersChanged: return tr("the outlier textures changed");
    }
    return {};
}

QString TrainingJob::modelFileFor(const ProjectSnapshot& project) {
    const QDir folder(project.modelsDirectory);
    const QString base = QStringLiteral("model-v%1").arg(project.nextVersion);
    QString file = folder.filePath(base + QStringLiteral(".dmad"));
    for (int n = 2; QFileInfo::exists(file); ++n) file = folder.filePath(QStringLiteral("%1-%2.dmad").arg(base).arg(n));
    return file;
}

TrainingOutcome TrainingJob::run(const TrainingRequest& request, EngineSession& session,
                                 const TrainingReporter& reporter, const std::atomic<bool>& cancel) {
    QElapsedTimer clock;
    clock.start();
    const auto checkCancel = [&cancel] {
        if (cancel.load())
            throw dmad::EngineError(Kind::Cancelled, tr("Training was cancelled; nothing was written.").toStdString());
    };
    const auto warn = [&reporter](const QString& message) {
        if (reporter.warning) reporter.warning(message);
    };

    dmad::EngineConfig config = request.options.engineConfig();
    const dmad::RuntimeInfo runtime = configureDevice(config, reporter);
    JobProgress job(reporter, session.stageCostsFile());
    job.estimate().plan({{"preparing", 1.0}});
    job.report(QStringLiteral("preparing"), 0, 1);

    const BuiltTrainingSet built =
        TrainingSetBuilder(request.options.outliersFolder, request.options.maxOutliers).build(request.project);
    for (const QString& warning : built.warnings) warn(warning);
    if (!built.ok()) throw dmad::EngineError(Kind::InvalidArgument, built.error.toStdString());
    checkCancel();

    const std::shared_ptr<dmad::DmadTrainer> trainer = session.trainer(config, !request.incremental);
    const std::shared_ptr<dmad::FeatureExtractor> extractor = session.extractor(config);
    const dmad::DmadModel* previous = nullptr;
    if (request.previous && request.previous->inspector) {
        try {
            request.previous->inspector->model().checkCompatible(*extractor);
            previous = &request.previous->inspector->model();
        } catch (const dmad::EngineError& e) {
            warn(tr("The active model was made with another backbone or input size; image-level defects are "
                    "located with the normal bank instead (%1).")
                     .arg(QString::fromStdString(e.what())));
        }
    }

    session.loadScoringCache();
    checkCancel();

    // The plan, and what it will cost, before any work starts.
    const dmad::TrainingPlan plan = trainer->plan(built.set, previous);
    std::vector<dmad::JobEstimate::Stage> stages = {{"preparing", 1.0}};
    stages.insert(stages.end(), plan.stages.begin(), plan.stages.end());
    stages.push_back({"saving model", 20.0});
    // Scoring after a rebuild extracts features and searches both new banks; after a kept one nearly all is
    // cached. Measured at 256 and 320 pixels (2 %): the first grows with the image's patches times M_n's rows.
    const double images = double(request.project.images.size());
    if (plan.rebuild())
        stages.push_back({"scoring", images * plan.searchUnits()});
    else
        stages.push_back({"scoring", images * plan.imageUnits, "rescoring"});
    job.estimate().plan(stages);
    job.report(QStringLiteral("preparing"), 1, 1);
    const double estimated = job.estimate().totalSeconds();
    if (reporter.planned) {
        const QString message =
            plan.rebuild()       ? tr("Full rebuild of the features and banks: %1.").arg(reasonText(plan.reason))
            : plan.fromStateFile ? tr("Reusing the saved banks of normal images: only the new defects are new work.")
                                 : tr("Reusing the banks of normal images: only the new defects are new work.");
        reporter.planned(message, estimated);
    }

    int lastEpoch = 0;
    const dmad::DmadModel model =
        trainer->train(built.set, engineProgress(reporter, job, lastEpoch), &cancel, previous);
    checkCancel();
    if (!trainer->lastStats().stateWarning.empty())
        warn(tr("The banks could not be saved for the next session (it will rebuild them): %1")
                 .arg(QString::fromStdString(trainer->lastStats().stateWarning)));

    TrainingOutcome outcome;
    outcome.summary = built.summary;
    outcome.rebuilt = plan.rebuild();
    outcome.estimatedSeconds = estimated;
    outcome.modelFile = modelFileFor(request.project);
    if (!QDir().mkpath(request.project.modelsDirectory))
        throw dmad::EngineError(Kind::Io, tr("Cannot create the folder %1.")
                                              .arg(QDir::toNativeSeparators(request.project.modelsDirectory))
                                              .toStdString());
    ModelFileGuard guard(outcome.modelFile);
    job.report(QStringLiteral("saving model"), 0, 1);
    outcome.trainSeconds = double(clock.elapsed()) / 1000.0;
    job.report(QStringLiteral("saving model"), 1, 1);
    outcome.inspector = session.makeInspector(extractor, model);

    // Scoring every image, so the browser can sort and filter by the new model's scores at once.
    QElapsedTimer scoring;
    scoring.start();
    const qint64 total = request.project.images.size();
    QHash<qint64, double> scores;
    QSet<qint64> normalImages;
    QStringList problems;
    int problemCount = 0;
    outcome.scores.reserve(int(total));
    // In batches: one forward per batch instead of per image; small enough that cancel stays prompt.
    for (qint64 first = 0; first < total; first += kScoringBatch) {
        checkCancel();
        job.report(QStringLiteral("scoring"), first, total);
        const qint64 end = std::min(total, first + kScoringBatch);
        std::vector<std::string> paths;
        for (qint64 i = first; i < end; ++i) paths.push_back(request.project.images.at(int(i)).path.toStdString());
        const std::vector<dmad::InspectedImage> scored = outcome.inspector->inspectMany(paths);
        for (qint64 i = first; i < end; ++i) {
            const ProjectImage& image = request.project.images.at(int(i));
            const dmad::InspectedImage& result = scored[std::size_t(i - first)];
            if (!result.ok) {
                if (++problemCount <= kMaxListedScoringProblems)
                    problems.push_back(QString::fromStdString(result.error));
                continue;
            }
            outcome.scores.push_back({image.id, result.score.score});
            scores.insert(image.id, result.score.score);
            if (image.status == project::ImageStatus::Normal) normalImages.insert(image.id);
        }
    }
    checkCancel();
    job.report(QStringLiteral("scoring"), total, total);
    job.finish();
    session.saveScoringCache();
    dmad::releaseFreedMemory();
    for (const QString& problem : problems) warn(tr("Not scored: %1").arg(problem));
    if (problemCount > problems.size())
        warn(tr("%n more image(s) could not be scored.", nullptr, problemCount - int(problems.size())));
    outcome.scoreSeconds = double(scoring.elapsed()) / 1000.0;
    outcome.mapRange = mapRangeFromScores(scores, normalImages);
    // The colour range is the model's: saved with it, so every view (and `dmad score`) colours alike.
    dmad::DmadModel withRange = model;
    withRange.setMapRange(outcome.mapRange.low, outcome.mapRange.high);
    // On disk under its final name only when complete; its row is added afterwards (TrainingController), so a
    // kill leaves at worst a file without a row, which the next open moves aside.
    project::writeFileAtomically(outcome.modelFile,
                                 [&withRange](const QString& temporary) { withRange.save(temporary.toStdString()); });

    const dmad::ModelInfo& info = model.info();
    QJsonObject metrics{
        {QStringLiteral("setting"), QString::fromLatin1(dmad::toString(info.setting))},
         {QStringLiteral("banks"), bankJson(info)},
          {QStringLiteral("finalLoss"), info.finalLoss},
           {QStringLiteral("training"), statsJson(trainer->lastStats())},
            {QStringLiteral("trainingSet"), summaryJson(built.summary)},
             {QStringLiteral("test"), testSplitMetrics(request.project.images, scores)},
              {QStringLiteral("trainSeconds"), outcome.trainSeconds},
               {QStringLiteral("estimatedSeconds"), outcome.estimatedSeconds},
                {QStringLiteral("rebuildReason"), QString::fromLatin1(dmad::toString(plan.reason))},
                 {QStringLiteral("scoreSeconds"), outcome.scoreSeconds},
                  {QStringLiteral("scoredImages"), int(outcome.scores.size())},
                   {QStringLiteral("mapRange"), QJsonArray{outcome.mapRange.low, outcome.mapRange.high}},
                  };
    outcome.metricsJson = toJson(metrics);
    const dmad::ValidationCheck& check = trainer->lastStats().validation;
    outcome.flagged = check.inverted;
    if (check.inverted) {
        outcome.flagReason = tr("The new model ranks its own %1 seen anomalies below its normal training images "
                                "(AUROC %2, PatchCore %3): it was kept as a candidate and not made active.")
                                 .arg(check.anomalies)
                                 .arg(QLocale().toString(check.dmadAuroc, 'f', 2))
                                 .arg(QLocale().toString(check.patchCoreAuroc, 'f', 2));
    }
    outcome.settingsJson = settingsJson(config, runtime, request, info);
    guard.keep();
    return outcome;
}

}  // namespace dmad::training
