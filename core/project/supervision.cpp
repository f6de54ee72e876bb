#include "project/supervision.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/verdict.h"

#include <QObject>
#include <QStringList>
#include <cmath>

namespace dmad::project {

namespace {

QString number3(double value) {
    return QString::number(value, 'f', 3);
}

QString describe(const ThresholdChange& change) {
    const QString current = change.current ? number3(change.current->value) : QStringLiteral("none");
    const QString suggested = change.suggested ? number3(*change.suggested) : QStringLiteral("none");
    return QStringLiteral("%1: %2 -> suggested %3").arg(change.categoryName, current, suggested);
}

}  // namespace

void Supervision::setThreshold(qint64 categoryId, qint64 modelId, double threshold, double applicationDefault) {
    requireAllowed(m_store, m_user, Action::SetThreshold, QStringLiteral("category:%1").arg(categoryId));
    if (!std::isfinite(threshold)) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("A threshold must be a finite number."));
    }
    Transaction transaction(m_store);
    ScoreRepository scores(m_store);
    // The audit names the value that was in force (a suggested one too), not only a stored one.
    const ThresholdInForce previous = thresholdInForce(scores, categoryId, modelId, applicationDefault);
    scores.setThreshold(categoryId, modelId, threshold);
    AuditLog(m_store).append(
        m_user, QStringLiteral("set_threshold"), QStringLiteral("category:%1").arg(categoryId),
                                                                QStringLiteral("model:%1 %2 -> %3") .arg(modelId).arg(
                                                                    describeForAudit(previous), number3(threshold)));
    transaction.commit();
}

QVector<ThresholdChange> Supervision::activationPreview(qint64 modelId) const {
    const ScoreRepository scores(m_store);
    const auto active = ModelRepository(m_store).active();
    QVector<ThresholdChange> changes;
    for (const Category& category : CategoryRepository(m_store).all()) {
        ThresholdChange change;
        change.categoryId = category.id;
        change.categoryName = category.name;
        if (active) change.current = scores.categoryThreshold(category.id, active->id);
        change.suggested = scores.suggestedThreshold(category.id, modelId);
        changes.push_back(change);
    }
    return changes;
}

void Supervision::activateModel(qint64 modelId) {
    requireAllowed(m_store, m_user, Action::ActivateModel, QStringLiteral("model:%1").arg(modelId));
    ModelRepository models(m_store);
    const auto model = models.byId(modelId);
    if (!model) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("There is no model %1.").arg(modelId));
    }
    const auto previous = models.active();
    QStringList thresholds;
    for (const ThresholdChange& change : activationPreview(modelId)) thresholds << describe(change);
    Transaction transaction(m_store);
    models.activate(modelId);
    AuditLog(m_store).append(
        m_user,
        QStringLiteral("activate_model"),
            QStringLiteral("model:%1").arg(modelId),
                           QStringLiteral("version %1 (was %2); thresholds %3")
                                              .arg(model->version)
                                              .arg(previous ? QString::number(previous->version)
                                                            : QStringLiteral("none"),
                                                                             thresholds.join(QStringLiteral("; "))));
    transaction.commit();
}

}  // namespace dmad::project
