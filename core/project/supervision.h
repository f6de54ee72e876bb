// A supervisor's decisions on thresholds and model versions, refused (and audited) for anyone else.
#pragma once

#include "project/score_repository.h"

#include <QString>
#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

// One category's thresholds as a supervisor weighs activating a version: the one in force now (of
// the active version) next to the one the candidate suggests.
struct ThresholdChange {
    qint64 categoryId = 0;
    QString categoryName;
    std::optional<CategoryThreshold> current;  // none without an active version or any score
    std::optional<double> suggested;           // none while the candidate scored no normal image
};

class Supervision {
public:
    Supervision(ProjectStore& store, QString user) : m_store(store), m_user(std::move(user)) {}

    // Throws ProjectError: NotAllowed below supervisor (audited), InvalidInput for a non-finite value.
    // applicationDefault: the threshold in force where the category has none (for the audit entry).
    void setThreshold(qint64 categoryId, qint64 modelId, double threshold, double applicationDefault = 0.0);
    // What activating `modelId` would change, per category; readable by anyone.
    QVector<ThresholdChange> activationPreview(qint64 modelId) const;
    // Makes the version active (also an older one: a rollback). The audit entry records the
    // thresholds that were in force and the ones suggested, per category.
    void activateModel(qint64 modelId);

private:
    ProjectStore& m_store;
    QString m_user;
};

}  // namespace dmad::project
