// Internal to core/project: running statements so that every failure becomes a ProjectError.
#pragma once

#include "project/project_error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace dmad::project::sql {

inline ProjectError failure(const QSqlQuery& query, const QString& what) {
    return sqliteFailure(query.lastError(), what);
}

// A null QString binds as SQL NULL; text columns here are NOT NULL, so it means "empty".
inline QVariant bindable(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) return QStringLiteral("");
    return value;
}

// Prepares, binds positionally and executes; throws on any failure. A statement without values is not
// prepared: PostgreSQL prepares only queries and DML, not BEGIN, SAVEPOINT or DDL.
inline QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {}) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.size() == 0) {
        if (!query.exec(statement)) throw failure(query, statement);
        return query;
    }
    if (!query.prepare(statement)) throw failure(query, statement);
    for (const QVariant& value : values) query.addBindValue(bindable(value));
    if (!query.exec()) throw failure(query, statement);
    return query;
}

// The first column of the first row, or an invalid QVariant when there is no row.
inline QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {}) {
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

// Runs an INSERT ... RETURNING id and gives the id: QPSQL's lastInsertId() is an OID, not the key.
inline qint64 insert(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values) {
    QSqlQuery query = run(db, statement + QStringLiteral(" RETURNING id"), values);
    if (!query.next()) throw ProjectError(ProjectError::Kind::Sql, QStringLiteral("%1 returned no id").arg(statement));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

inline QVariant nullable(const std::optional<qint64>& id) {
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> optionalId(const QVariant& value) {
    if (value.isNull()) return std::nullopt;
    return value.toLongLong();
}

inline QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QDateTime time(const QVariant& value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

}  // namespace dmad::project::sql
