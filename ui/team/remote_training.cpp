#include "ui/team/remote_training.h"

#include "project/project_error.h"
#include "project/project_store.h"
#include "project/training_queue.h"
#include "ui/team/live_updates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dmad::ui {

RemoteTraining::RemoteTraining(project::ProjectStore& store, LiveUpdates& updates, QObject* parent)
    : QObject(parent), m_store(store) {
    connect(&updates, &LiveUpdates::trainingRequestsChanged, this, &RemoteTraining::onRequestsChanged);
}

bool RemoteTraining::request(const training::TrainingOptions& options, bool incremental) {
    if (m_pending) {
        Q_EMIT failed(tr("Training request %1 is still waiting for the worker.").arg(*m_pending));
        return false;
    }
    const QJsonObject settings{{QStringLiteral("incremental"), incremental},
                                {QStringLiteral("epochs"), options.epochs},
                                 {QStringLiteral("patchesPerImage"), options.patchesPerImage},
                                  {QStringLiteral("imageSize"), options.imageSize}};
    try {
        m_pending = project::TrainingQueue(m_store).request(
            options.userName, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(tr("The training request could not be queued: %1").arg(error.message()));
        return false;
    }
    Q_EMIT queued(*m_pending);
    return true;
}

void RemoteTraining::onRequestsChanged(const QSet<qint64>& ids) {
    if (!m_pending || !ids.contains(*m_pending)) return;
    std::optional<project::TrainingRequestRecord> row;
    try {
        row = project::TrainingQueue(m_store).byId(*m_pending);
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        return;
    }
    if (!row) {
        m_pending.reset();
        Q_EMIT failed(tr("The training request was removed from the queue."));
        return;
    }
    switch (row->status) {
    case project::RequestStatus::Queued: return;
    case project::RequestStatus::Running: Q_EMIT progress(row->message, row->progress, row->worker); return;
    case project::RequestStatus::Done:
        m_pending.reset();
        Q_EMIT finished(row->modelId.value_or(0), row->message);
        return;
    case project::RequestStatus::Failed:
        m_pending.reset();
        Q_EMIT failed(tr("The worker could not train: %1").arg(row->message));
        return;
    }
}

}  // namespace dmad::ui
