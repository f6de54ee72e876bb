// A station's Retrain when the project is on a server: a request in the queue, its progress from the worker.
#pragma once

#include "training/training_options.h"

#include <QObject>
#include <optional>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class LiveUpdates;

// The worker (`dmad worker`) trains; this station follows its request's row through LiveUpdates and
// reports it as the local training does (progress, then finished or failed).
class RemoteTraining : public QObject {
    Q_OBJECT

public:
    RemoteTraining(project::ProjectStore& store, LiveUpdates& updates, QObject* parent = nullptr);

    // Queues a request with this station's budget; false (failed() says why) when the server refuses.
    bool request(const training::TrainingOptions& options, bool incremental);
    std::optional<qint64> pendingRequest() const { return m_pending; }

Q_SIGNALS:
    void queued(qint64 requestId);
    // The worker's stage (the engine's name) and fraction 0..1 of its whole job.
    void progress(const QString& stage, double fraction, const QString& worker);
    void finished(qint64 modelId, const QString& message);
    void failed(const QString& message);

private:
    void onRequestsChanged(const QSet<qint64>& ids);

    project::ProjectStore& m_store;
    std::optional<qint64> m_pending;
};

}  // namespace dmad::ui
