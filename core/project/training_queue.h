// The training queue of a project: requests a station puts in, a worker claims, trains and reports on.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

enum class RequestStatus { Queued, Running, Done, Failed };

struct TrainingRequestRecord {
    qint64 id = 0;
    QString requestedBy;
    QString settingsJson;  // what the station asked for: {"incremental": bool, "epochs": n, ...}
    RequestStatus status = RequestStatus::Queued;
    double progress = 0.0;  // 0..1
    QString message;        // the stage being worked on, or why it failed
    QString worker;         // who claimed it
    std::optional<qint64> modelId;
    QDateTime requestedAt;
    QDateTime updatedAt;

    bool isFinished() const { return status == RequestStatus::Done || status == RequestStatus::Failed; }
};

QString statusText(RequestStatus status);  // as stored: "queued", "running", "done", "failed"

// Every write is its own statement (or transaction) and is announced to the stations (NOTIFY) when
// it commits. A labeller may queue; claiming and reporting is for a supervisor's (the worker's) account.
class TrainingQueue {
public:
    explicit TrainingQueue(ProjectStore& store) : m_store(store) {}

    // Queues a request; its id.
    qint64 request(const QString& user, const QString& settingsJson);
    // The oldest queued request, now running under `worker`; none when nothing waits. Two workers never
    // get the same request: on the server the row is claimed with FOR UPDATE SKIP LOCKED, so a second
    // worker skips it instead of waiting; on SQLite the write lock is taken first.
    std::optional<TrainingRequestRecord> claim(const QString& worker);
    // Requests `worker` had claimed but never finished (it was killed or the machine went down) go back
    // to the queue; how many. A worker calls this when it starts, under the same name.
    int requeueAbandoned(const QString& worker);
    void reportProgress(qint64 id, double progress, const QString& message);
    void finish(qint64 id, qint64 modelId, const QString& message);
    void fail(qint64 id, const QString& message);

    std::optional<TrainingRequestRecord> byId(qint64 id) const;
    QVector<TrainingRequestRecord> all() const;  // by id

private:
    void update(qint64 id, RequestStatus status, double progress, const QString& message,
                std::optional<qint64> modelId);

    ProjectStore& m_store;
};

}  // namespace dmad::project
