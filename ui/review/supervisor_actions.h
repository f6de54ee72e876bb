// The supervisor's decisions on labels, predictions and thresholds, each refused for a labeller and audited.
#pragma once

#include "project/review.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <optional>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class Session;

// What one decision did: how many images (or thresholds) it changed, or why it changed nothing.
struct ActionOutcome {
    int changed = 0;
    QString error;          // empty when the decision was applied
    bool conflict = false;  // another station changed an image since the caller showed it; nothing changed

    bool ok() const { return error.isEmpty(); }
};

// Every call is all or nothing (one transaction). core/project checks the stored role (and audits a
// refusal), whatever the buttons say; the session shows the refusal. Database failures come back as
// an error message, never as an exception. `shown`: the images' row versions as the caller showed
// them (project::Review); a decision on an image changed since is a conflict.
class SupervisorActions {
    Q_DECLARE_TR_FUNCTIONS(dmad::ui::SupervisorActions)

public:
    SupervisorActions(project::ProjectStore& store, Session& session) : m_store(store), m_session(session) {}

    // The labeller's label stands: the images are marked reviewed. Unlabelled images are refused.
    ActionOutcome acceptLabels(const QVector<qint64>& imageIds, const project::ShownVersions& shown = {});
    // The label goes back to "unlabelled" and unreviewed, so the image returns to the labellers.
    ActionOutcome rejectLabels(const QVector<qint64>& imageIds, const project::ShownVersions& shown = {});
    // The model's verdict becomes the label (NG -> defective, OK -> normal), reviewed. An image with a
    // painted mask is not relabelled normal (the mask would contradict it): that call is refused.
    ActionOutcome acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId, double fallbackThreshold,
                                    const project::ShownVersions& shown = {});
    // The category's OK / NG threshold for the model; applicationDefault is the one in force where the
    // category has none (the audit entry names the value that was in force).
    ActionOutcome setThreshold(qint64 categoryId, qint64 modelId, double threshold, double applicationDefault = 0.0);

private:
    template <typename Decide>
    ActionOutcome run(int count, Decide decide);

    project::ProjectStore& m_store;
    Session& m_session;
};

}  // namespace dmad::ui
