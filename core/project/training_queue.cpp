#include "project/training_queue.h"

#include "project/project_store.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"

#include <algorithm>

namespace dmad::project {
namespace {

const QString kColumns = QStringLiteral(
    "id, requested_by, settings_json, status, progress, message, worker, model_id, requested_at, updated_at");

RequestStatus statusFrom(const QString& text) {
    if (text == QLatin1String("running")) return RequestStatus::Running;
    if (text == QLatin1String("done")) return RequestStatus::Done;
    if (text == QLatin1String("failed")) return RequestStatus::Failed;
    return RequestStatus::Queued;
}

TrainingRequestRecord recordFrom(const QSqlQuery& query) {
    TrainingRequestRecord record;
    record.id = query.value(0).toLongLong();
    record.requestedBy = query.value(1).toString();
    record.settingsJson = query.value(2).toString();
    record.status = statusFrom(query.value(3).toString());
    record.progress = query.value(4).toDouble();
    record.message = query.value(5).toString();
    record.worker = query.value(6).toString();
    record.modelId = sql::optionalId(query.value(7));
    record.requestedAt = sql::time(query.value(8));
    record.updatedAt = sql::time(query.value(9));
    return record;
}

}  // namespace

QString statusText(RequestStatus status) {
    switch (status) {
    case RequestStatus::Running: return QStringLiteral("running");
    case RequestStatus::Done: return QStringLiteral("done");
    case RequestStatus::Failed: return QStringLiteral("failed");
    case RequestStatus::Queued: break;
    }
    return QStringLiteral("queued");
}

qint64 TrainingQueue::request(const QString& user, const QString& settingsJson) {
    m_store.requireWritable();
    const QString now = sql::now();
    return sql::insert(m_store.database(),
                       QStringLiteral("INSERT INTO training_requests (requested_by, settings_json, status,"
                                      " requested_at, updated_at) VALUES (?, ?, 'queued', ?, ?)"),
                                      {user, settingsJson.isEmpty() ? QStringLiteral("{}") : settingsJson, now, now});
}

std::optional<TrainingRequestRecord> TrainingQueue::claim(const QString& worker) {
    m_store.requireWritable();
    const QSqlDatabase db = m_store.database();
    Transaction transaction(m_store);
    QSqlQuery oldest = sql::run(db, QStringLiteral("SELECT %1 FROM training_requests WHERE status = 'queued'"
                                                   " ORDER BY id LIMIT 1%2")
                                                       .arg(kColumns, dialect::claimRows(db)));
    if (!oldest.next()) return std::nullopt;
    TrainingRequestRecord record = recordFrom(oldest);
    oldest.finish();
    record.status = RequestStatus::Running;
    record.worker = worker;
    record.message.clear();
    record.updatedAt = QDateTime::currentDateTimeUtc();
    sql::run(db, QStringLiteral("UPDATE training_requests SET status = 'running', worker = ?, progress = 0,"
                            " message = '', updated_at = ? WHERE id = ?"),
                                {worker, sql::now(), record.id});
    transaction.commit();
    return record;
}

int TrainingQueue::requeueAbandoned(const QString& worker) {
    m_store.requireWritable();
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("UPDATE training_requests SET status = 'queued', progress = 0,"
                                              " message = 'requeued: the worker stopped', updated_at = ?"
                                              " WHERE status = 'running' AND worker = ?"),
                                                    {sql::now(), worker});
    return query.numRowsAffected();
}

void TrainingQueue::reportProgress(qint64 id, double progress, const QString& message) {
    update(id, RequestStatus::Running, progress, message, std::nullopt);
}

void TrainingQueue::finish(qint64 id, qint64 modelId, const QString& message) {
    update(id, RequestStatus::Done, 1.0, message, modelId);
}

void TrainingQueue::fail(qint64 id, const QString& message) {
    update(id, RequestStatus::Failed, 1.0, message, std::nullopt);
}

void TrainingQueue::update(qint64 id, RequestStatus status, double progress, const QString& message,
                           std::optional<qint64> modelId) {
    m_store.requireWritable();
    sql::run(m_store.database(), QStringLiteral("UPDATE training_requests SET status = ?, progress = ?, message = ?,"
                            " model_id = coalesce(?, model_id), updated_at = ? WHERE id = ?"),
                                                {statusText(status), std::clamp(progress, 0.0, 1.0), message,
                                                 sql::nullable(modelId), sql::now(), id});
}

std::optional<TrainingRequestRecord> TrainingQueue::byId(qint64 id) const {
    QSqlQuery query = sql::run(m_store.database(),
                               QStringLiteral("SELECT %1 FROM training_requests WHERE id = ?").arg(kColumns), {id});
    if (!query.next()) return std::nullopt;
    return recordFrom(query);
}

QVector<TrainingRequestRecord> TrainingQueue::all() const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT %1 FROM training_requests ORDER BY id").arg(kColumns));
    QVector<TrainingRequestRecord> records;
    while (query.next()) records.push_back(recordFrom(query));
    return records;
}

}  // namespace dmad::project
