#include "ui/review/supervisor_actions.h"

#include "project/project_error.h"
#include "project/review.h"
#include "project/supervision.h"
#include "ui/review/session.h"

namespace dmad::ui {

// The decisions themselves are core/project's (Review, Supervision); here a refusal reaches the
// session and any failure becomes the outcome's message.
template <typename Decide>
ActionOutcome SupervisorActions::run(int count, Decide decide) {
    try {
        decide();
    } catch (const project::ProjectError& error) {
        if (error.kind() == project::ProjectError::Kind::NotAllowed) m_session.reportRefusal(error.message());
        return {0, error.message(), error.kind() == project::ProjectError::Kind::Conflict};
    }
    return {count, {}};
}

ActionOutcome SupervisorActions::acceptLabels(const QVector<qint64>& imageIds, const project::ShownVersions& shown) {
    return run(static_cast<int>(imageIds.size()),
               [&] { project::Review(m_store, m_session.userName()).acceptLabels(imageIds, shown); });
}

ActionOutcome SupervisorActions::rejectLabels(const QVector<qint64>& imageIds, const project::ShownVersions& shown) {
    return run(static_cast<int>(imageIds.size()),
               [&] { project::Review(m_store, m_session.userName()).rejectLabels(imageIds, shown); });
}

ActionOutcome SupervisorActions::acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId,
                                                   double fallbackThreshold, const project::ShownVersions& shown) {
    return run(static_cast<int>(imageIds.size()), [&] {
        project::Review(m_store, m_session.userName()).acceptPredictions(imageIds, modelId, fallbackThreshold, shown);
    });
}

ActionOutcome SupervisorActions::setThreshold(qint64 categoryId, qint64 modelId, double threshold,
                                              double applicationDefault) {
    return run(1, [&] {
        project::Supervision(m_store, m_session.userName())
            .setThreshold(categoryId, modelId, threshold, applicationDefault);
    });
}

}  // namespace dmad::ui
