#include "project/training_record.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/supervision.h"

namespace dmad::project {

RecordedTraining recordTraining(ProjectStore& store, const QString& user, const QString& modelFile,
                                const QString& settingsJson, const QString& metricsJson,
                                const QVector<ImageScore>& scores, bool flagged, const QString& requester,
                                const QString& note) {
    Transaction transaction(store);
    ModelRepository models(store);
    const ModelRecord record = models.add(modelFile, settingsJson, metricsJson);
    ScoreRepository(store).put(record.id, scores);
    // A labeller's version, or one the self-check flagged, waits for a supervisor.
    const QString forWhom = requester.isEmpty() ? user : requester;
    const bool candidate =
        flagged || !isAllowed(store, user, Action::ActivateModel) || !isAllowed(store, forWhom, Action::ActivateModel);
    QString details = flagged ? QStringLiteral("version %1, candidate, self-check flagged")
                              : candidate
        ? QStringLiteral("version %1, candidate")
        : QStringLiteral("version %1");
    details = details.arg(record.version);
    if (!note.isEmpty()) details += QStringLiteral(", ") + note;
    AuditLog(store).append(user, QStringLiteral("train_model"), QStringLiteral("model:%1").arg(record.id), details);
    // A candidate leaves the active version and its thresholds as they are.
    if (!candidate) Supervision(store, user).activateModel(record.id);
    transaction.commit();
    return {record.id, record.version, candidate};
}

}  // namespace dmad::project
