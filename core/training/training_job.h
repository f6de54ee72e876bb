// One training run on a worker thread: train, save the model file, score every project image, measure.
#pragma once

#include "project/score_repository.h"
#include "training/engine_session.h"
#include "training/training_options.h"
#include "training/training_set_builder.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace dmad::training {

struct TrainingRequest {
    ProjectSnapshot project;
    TrainingOptions options;
    bool incremental = true;                      // false: rebuild the banks from scratch
    std::shared_ptr<const ActiveModel> previous;  // the model image-level defects are scored with
};

// Called on the worker thread; the controller forwards them to the GUI thread.
struct TrainingReporter {
    // done/total: units of the stage; etaSeconds (< 0: not known yet) and jobFraction (0..1) cover the whole
    // job, every stage from preparing to scoring.
    std::function<void(const QString& stage, qint64 done, qint64 total, double etaSeconds, double jobFraction)>
        progress;
    // Before the work starts: what the run will do (reusing the banks, or a full rebuild and why), and
    // the whole job's estimated duration.
    std::function<void(const QString& message, double estimatedSeconds)> planned;
    std::function<void(int epoch, double loss)> loss;
    std::function<void(const QString& message)> warning;
};

// Everything the GUI thread writes to the database in one transaction, and the model to activate.
struct TrainingOutcome {
    std::shared_ptr<const dmad::Inspector> inspector;
    QString modelFile;  // absolute, already written
    QString settingsJson;
    QString metricsJson;
    QVector<project::ImageScore> scores;
    MapRange mapRange;
    TrainingSetSummary summary;
    double trainSeconds = 0.0;      // from the click to the saved model
    double scoreSeconds = 0.0;      // scoring every project image
    bool rebuilt = false;           // the normal side was built from scratch (TrainingPlan::rebuild())
    double estimatedSeconds = 0.0;  // the estimate given before the run started
    // The trainer's self-check found the model ranking its own seen anomalies below its normal images:
    // it must not become active unseen (see dmad::ValidationCheck). flagReason says so in the user's words.
    bool flagged = false;
    QString flagReason;
};

class TrainingJob {
    // The texts keep the translation context they had in ui/training, so they stay translated.
    Q_DECLARE_TR_FUNCTIONS(dmad::ui::TrainingJob)

public:
    // Throws dmad::EngineError: Kind::Cancelled when cancel was set (no model file is left behind),
    // other kinds with a message a user can read. Any other std::exception is a failure too.
    static TrainingOutcome run(const TrainingRequest& request, EngineSession& session, const TrainingReporter& reporter,
                               const std::atomic<bool>& cancel);

    // Why the trainer rebuilds, in the user's words (empty for RebuildReason::None).
    static QString reasonText(dmad::RebuildReason reason);

    // <models folder>/model-v<version>.dmad, or a free variant when that name is taken.
    static QString modelFileFor(const ProjectSnapshot& project);
};

}  // namespace dmad::training
