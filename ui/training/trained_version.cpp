#include "ui/training/trained_version.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/supervision.h"

namespace dmad::ui {

RecordedVersion recordTrainedVersion(project::ProjectStore& store, const TrainingOutcome& outcome,
                                     const QString& author, const QString& requester, const QString& note) {
    using project::Action;
    RecordedVersion recorded;
    project::Transaction transaction(store);
    recorded.model = project::ModelRepository(store).add(outcome.modelFile, outcome.settingsJson, outcome.metricsJson);
    project::ScoreRepository(store).put(recorded.model.id, outcome.scores);
    // A labeller's version, or one the self-check flagged, waits for a supervisor.
    recorded.candidate = outcome.flagged || !project::isAllowed(store, requester, Action::ActivateModel) ||
                         !project::isAllowed(store, author, Action::ActivateModel);
    QString details = outcome.flagged ? QStringLiteral("version %1, candidate, self-check flagged")
                                      : recorded.candidate
        ? QStringLiteral("version %1, candidate")
        : QStringLiteral("version %1");
    details = details.arg(recorded.model.version);
    if (!note.isEmpty()) details += QStringLiteral(", ") + note;
    project::AuditLog(store).append(author, QStringLiteral("train_model"),
                                                           QStringLiteral("model:%1").arg(recorded.model.id), details);
    // A candidate leaves the active version and its thresholds as they are.
    if (!recorded.candidate) project::Supervision(store, author).activateModel(recorded.model.id);
    transaction.commit();
    return recorded;
}

}  // namespace dmad::ui
