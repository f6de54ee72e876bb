#include "ui/review/supervisor_actions.h"

#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "ui/review/session.h"
#include "ui/review/verdict.h"

#include <cmath>

namespace dmad::ui {
namespace {

QString imageSubject(qint64 imageId)
{
    return QStringLiteral("image:%1").arg(imageId);
}

QString score3(double value)
{
    return QString::number(value, 'f', 3);
}

// Runs `apply` in one transaction and turns a refusal or a database failure into the outcome's error.
template <typename Apply>
ActionOutcome applyAll(project::ProjectStore& store, Apply apply)
{
    try {
        project::Transaction transaction(store);
        ActionOutcome outcome = apply();
        if (outcome.ok())
            transaction.commit();
        else
            outcome.changed = 0;
        return outcome;
    } catch (const project::ProjectError& error) {
        return {0, error.message()};
    }
}

}  // namespace

ActionOutcome SupervisorActions::acceptLabels(const QVector<qint64>& imageIds)
{
    if (const QString what = tr("accept labels"); !m_session.requireSupervisor(what))
        return {0, m_session.supervisorRefusal(what)};
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image)
                return {0, tr("There is no image %1.").arg(id)};
            if (image->status == project::ImageStatus::Unlabelled)
                return {0, tr("%1 has no label to accept.").arg(image->fileName())};
            log.append(m_session.userName(), QStringLiteral("accept_label"), imageSubject(id),
                       project::toText(image->status));
            labelling.setReviewed(id, true);
        }
        return {static_cast<int>(imageIds.size()), {}};
    });
}

ActionOutcome SupervisorActions::rejectLabels(const QVector<qint64>& imageIds)
{
    if (const QString what = tr("reject labels"); !m_session.requireSupervisor(what))
        return {0, m_session.supervisorRefusal(what)};
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image)
                return {0, tr("There is no image %1.").arg(id)};
            log.append(m_session.userName(), QStringLiteral("reject_label"), imageSubject(id),
                       QStringLiteral("was %1").arg(project::toText(image->status)));
            labelling.markUnlabelled(id);
            if (image->reviewed)
                labelling.setReviewed(id, false);
        }
        return {static_cast<int>(imageIds.size()), {}};
    });
}

ActionOutcome SupervisorActions::acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId,
                                                   double fallbackThreshold)
{
    if (const QString what = tr("accept predictions"); !m_session.requireSupervisor(what))
        return {0, m_session.supervisorRefusal(what)};
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        const project::ScoreRepository scores(m_store);
        const auto model = project::ModelRepository(m_store).byId(modelId);
        if (!model)
            return {0, tr("There is no model %1.").arg(modelId)};
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image)
                return {0, tr("There is no image %1.").arg(id)};
            const auto score = scores.score(modelId, id);
            if (!score)
                return {0, tr("Model v%1 has not scored %2.").arg(model->version).arg(image->fileName())};
            const double threshold = effectiveThreshold(scores, image->categoryId, modelId, fallbackThreshold);
            const Verdict verdict = verdictOf(*score, threshold);
            if (verdict == Verdict::Ok && image->hasMask)
                return {0, tr("%1 has a painted defect mask; it cannot become normal.").arg(image->fileName())};
            log.append(m_session.userName(), QStringLiteral("accept_prediction"), imageSubject(id),
                       QStringLiteral("model v%1: score %2, threshold %3, %4")
                           .arg(model->version)
                           .arg(score3(*score), score3(threshold),
                                verdict == Verdict::Ng ? QStringLiteral("NG") : QStringLiteral("OK")));
            if (verdict == Verdict::Ng) {
                // An image already labelled defective keeps its defect type.
                const bool wasDefective = image->status == project::ImageStatus::Defective;
                labelling.markDefective(id, wasDefective ? image->defectTypeId : std::nullopt);
            } else {
                labelling.markNormal(id);
            }
            labelling.setReviewed(id, true);
        }
        return {static_cast<int>(imageIds.size()), {}};
    });
}

ActionOutcome SupervisorActions::setThreshold(qint64 categoryId, qint64 modelId, double threshold)
{
    if (const QString what = tr("change a threshold"); !m_session.requireSupervisor(what))
        return {0, m_session.supervisorRefusal(what)};
    if (!std::isfinite(threshold))
        return {0, tr("A threshold must be a finite number.")};
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ScoreRepository scores(m_store);
        const auto previous = scores.threshold(categoryId, modelId);
        scores.setThreshold(categoryId, modelId, threshold);
        project::AuditLog(m_store).append(
            m_session.userName(), QStringLiteral("set_threshold"), QStringLiteral("category:%1").arg(categoryId),
            QStringLiteral("model:%1 %2 -> %3")
                .arg(modelId)
                .arg(previous ? score3(*previous) : QStringLiteral("default"), score3(threshold)));
        return {1, {}};
    });
}

}  // namespace dmad::ui
