#include "ui/team/live_updates.h"

#include "project/change_listener.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"

namespace dmad::ui {

LiveUpdates::LiveUpdates(project::ProjectStore& store, QObject* parent) : QObject(parent), m_store(store) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &LiveUpdates::flush);
    try {
        if (const auto active = project::ModelRepository(store).active()) m_activeModelId = active->id;
    } catch (const project::ProjectError&) {
        // Nothing to compare with yet: the first activation seen is reported.
    }
    m_listener = std::make_unique<project::ChangeListener>(
        store, [this](const project::RowChange& change) { onChange(change); });
}

LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::isListening() const {
    return m_listener && m_listener->isListening();
}

void LiveUpdates::onChange(const project::RowChange& change) {
    if (change.ownStation) return;
    const QString& table = change.table;
    if (table == QLatin1String("images") || table == QLatin1String("masks")) {
        if (change.id > 0) m_images.insert(change.id);
    } else if (table == QLatin1String("category_thresholds")) {
        m_thresholds = true;
    } else if (table == QLatin1String("scores")) {
        m_scores = true;
    } else if (table == QLatin1String("models")) {
        m_models = true;
    } else if (table == QLatin1String("training_requests")) {
        if (change.id > 0) m_requests.insert(change.id);
    } else if (table == QLatin1String("audit_log")) {
        m_audit = true;
    }
    if (!m_batch.isActive()) m_batch.start();
}

void LiveUpdates::flush() {
    const QSet<qint64> images = std::exchange(m_images, {});
    const QSet<qint64> requests = std::exchange(m_requests, {});
    const bool thresholds = std::exchange(m_thresholds, false);
    const bool scores = std::exchange(m_scores, false);
    const bool models = std::exchange(m_models, false);
    const bool audit = std::exchange(m_audit, false);
    if (!images.isEmpty()) Q_EMIT imagesChanged(images);
    if (thresholds) Q_EMIT thresholdsChanged();
    if (scores) Q_EMIT scoresChanged();
    if (models) {
        Q_EMIT modelsChanged();
        try {
            const auto active = project::ModelRepository(m_store).active();
            if (active && active->id != m_activeModelId) {
                m_activeModelId = active->id;
                Q_EMIT activeModelChanged(active->id, active->version);
            }
        } catch (const project::ProjectError&) {
            // The connection failed: the next change tries again.
        }
    }
    if (!requests.isEmpty()) Q_EMIT trainingRequestsChanged(requests);
    if (audit) Q_EMIT auditLogChanged();
}

}  // namespace dmad::ui
