#include "ui/review/supervisor_actions.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/supervision.h"
#include "ui/review/session.h"
#include "ui/review/verdict.h"

namespace dmad::ui {
namespace {

QString imageSubject(qint64 imageId) {
    return QStringLiteral("image:%1").arg(imageId);
}

QString score3(double value) {
    return QString::number(value, 'f', 3);
}

// Runs `apply` in one transaction and turns a refusal or a database failure into the outcome's error.
template <typename Apply>
ActionOutcome applyAll(project::ProjectStore& store, Apply apply) {
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

ActionOutcome SupervisorActions::acceptLabels(const QVector<qint64>& imageIds) {
    if (auto refused = refusal(project::Action::Review, imageIds)) return *refused;
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image) return {0, tr("There is no image %1.").arg(id)};
            if (image->status == project::ImageStatus::Unlabelled)
                return {0, tr("%1 has no label to accept.").arg(image->fileName())};
            log.append(m_session.userName(), QStringLiteral("accept_label"), imageSubject(id),
                                                            project::toText(image->status));
            labelling.setReviewed(id, true);
        }
        return {static_cast<int>(imageIds.size()), {}};
    });
}

ActionOutcome SupervisorActions::rejectLabels(const QVector<qint64>& imageIds) {
    if (auto refused = refusal(project::Action::Review, imageIds)) return *refused;
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image) return {0, tr("There is no image %1.").arg(id)};
            log.append(m_session.userName(),
                       QStringLiteral("reject_label"), imageSubject(id),
                                      QStringLiteral("was %1").arg(project::toText(image->status)));
            labelling.markUnlabelled(id);
            if (image->reviewed) labelling.setReviewed(id, false);
        }
        return {static_cast<int>(imageIds.size()), {}};
    });
}

ActionOutcome SupervisorActions::acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId,
                                                   double fallbackThreshold) {
    if (auto refused = refusal(project::Action::Review, imageIds)) return *refused;
    return applyAll(m_store, [&]() -> ActionOutcome {
        project::ImageRepository images(m_store);
        const project::ScoreRepository scores(m_store);
        const auto model = project::ModelRepository(m_store).byId(modelId);
        if (!model) return {0, tr("There is no model %1.").arg(modelId)};
        project::Labelling labelling(m_store, m_session.userName());
        project::AuditLog log(m_store);
        for (const qint64 id : imageIds) {
            const auto image = images.byId(id);
            if (!image) return {0, tr("There is no image %1.").arg(id)};
            const auto score = scores.score(modelId, id);
            if (!score) return {0, tr("Model v%1 has not scored %2.").arg(model->version).arg(image->fileName())};
            const double threshold =
                project::thresholdInForce(scores, image->categoryId, modelId, fallbackThreshold).value;
            const Verdict verdict = verdictOf(*score, threshold);
            if (verdict == Verdict::Ok && image->hasMask)
                return {0, tr("%1 has a painted defect mask; it cannot become normal.").arg(image->fileName())};
            log.append(m_session.userName(), QStringLiteral("accept_prediction"), imageSubject(id),
                                                            QStringLiteral("model v%1: score %2, threshold %3, %4")
                                                                               .arg(model->version)
                                                                               .arg(score3(*score), score3(threshold),
                                                                                    project::verdictCode(verdict)));
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

ActionOutcome SupervisorActions::setThreshold(qint64 categoryId, qint64 modelId, double threshold,
                                              double applicationDefault) {
    try {
        project::Supervision(m_store, m_session.userName())
            .setThreshold(categoryId, modelId, threshold, applicationDefault);
    } catch (const project::ProjectError& error) {
        if (error.kind() == project::ProjectError::Kind::NotAllowed) m_session.reportRefusal(error.message());
        return {0, error.message()};
    }
    return {1, {}};
}

std::optional<ActionOutcome> SupervisorActions::refusal(project::Action action, const QVector<qint64>& imageIds) {
    const QString subject = imageIds.size() == 1 ? imageSubject(imageIds.front())
                                                 : tr("%n image(s)", nullptr, static_cast<int>(imageIds.size()));
    try {
        project::requireAllowed(m_store, m_session.userName(), action, subject);
    } catch (const project::ProjectError& error) {
        m_session.reportRefusal(error.message());
        return ActionOutcome{0, error.message()};
    }
    return std::nullopt;
}

}  // namespace dmad::ui
