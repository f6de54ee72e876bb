#include "project/model_repository.h"

#include "project/project_store.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"

#include "project/atomic_file.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace dmad::project {

namespace {

void requireJson(const QString& json, const QString& what) {
    QJsonParseError error;
    QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("The model's %1 are not valid JSON: %2").arg(what, error.errorString()));
    }
}

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

}  // namespace

ModelRecord ModelRepository::add(const QString& absoluteFile, const QString& settingsJson, const QString& metricsJson) {
    requireJson(settingsJson, QObject::tr("settings"));
    requireJson(metricsJson, QObject::tr("metrics"));
    QFile file(absoluteFile);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const QString checksum = bytes.isEmpty() ? QString() : sha256(bytes);
    Transaction transaction(m_store);
    dialect::lockForAppend(m_store.database(), QStringLiteral("models"));  // two trainers: distinct versions
    const int version =
        sql::scalar(m_store.database(), QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM models")).toInt();
    const qint64 id =
        sql::insert(m_store.database(), QStringLiteral("INSERT INTO models (version, file, created_at, settings_json,"
                                                 " metrics_json, checksum) VALUES (?, ?, ?, ?, ?, ?)"),
                                                       {version, m_store.storedPath(absoluteFile), sql::now(),
                                                        settingsJson, metricsJson, checksum});
    if (m_store.isServer() && !bytes.isEmpty()) {
        sql::run(m_store.database(), QStringLiteral("UPDATE models SET data = ? WHERE id = ?"), {bytes, id});
    }
    transaction.commit();
    return *byId(id);
}

void ModelRepository::setMetrics(qint64 id, const QString& metricsJson) {
    requireJson(metricsJson, QObject::tr("metrics"));
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE models SET metrics_json = ? WHERE id = ?"), {metricsJson, id});
    transaction.commit();
}

void ModelRepository::activate(qint64 id) {
    if (!byId(id)) throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("There is no model %1").arg(id));
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE models SET active = 0 WHERE active = 1"));
    sql::run(m_store.database(), QStringLiteral("UPDATE models SET active = 1 WHERE id = ?"), {id});
    transaction.commit();
}

std::optional<ModelRecord> ModelRepository::active() const {
    const QVector<ModelRecord> found = select(QStringLiteral("WHERE active = 1"), {});
    if (found.isEmpty()) return std::nullopt;
    return found.front();
}

std::optional<ModelRecord> ModelRepository::byId(qint64 id) const {
    const QVector<ModelRecord> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty()) return std::nullopt;
    return found.front();
}

QVector<ModelRecord> ModelRepository::all() const {
    return select(QStringLiteral("ORDER BY version"), {});
}

QString ModelRepository::absoluteFile(const ModelRecord& model) const {
    if (!m_store.isServer() || model.checksum.isEmpty()) return m_store.absolutePath(model.file);
    const QString local = QDir(m_store.modelsDirectory())
                              .filePath(QStringLiteral("v%1-%2.dmad").arg(model.version).arg(model.checksum.left(16)));
    QFile existing(local);
    if (existing.open(QIODevice::ReadOnly) && sha256(existing.readAll()) == model.checksum) return local;
    existing.close();
    const QByteArray bytes = sql::scalar(
        m_store.database(), QStringLiteral("SELECT data FROM models WHERE id = ?"), {model.id}).toByteArray();
    if (sha256(bytes) != model.checksum) {
        throw ProjectError(ProjectError::Kind::Damaged,
                           QObject::tr("Model version %1 on the server does not match its checksum: it cannot be "
                                       "loaded.")
                               .arg(model.version));
    }
    writeFileAtomically(local, bytes);
    return local;
}

QVector<ModelRecord> ModelRepository::select(const QString& where, std::initializer_list<QVariant> values) const {
    QSqlQuery query = sql::run(
        m_store.database(),
        QStringLiteral("SELECT id, version, file, created_at, settings_json, metrics_json, active, checksum FROM models ") + where,
            values);
    QVector<ModelRecord> models;
    while (query.next()) {
        ModelRecord model;
        model.id = query.value(0).toLongLong();
        model.version = query.value(1).toInt();
        model.file = query.value(2).toString();
        model.created = sql::time(query.value(3));
        model.settingsJson = query.value(4).toString();
        model.metricsJson = query.value(5).toString();
        model.active = query.value(6).toInt() != 0;
        model.checksum = query.value(7).toString();
        models.push_back(model);
    }
    return models;
}

}  // namespace dmad::project
