// Internal to core/project: every difference between SQLite and PostgreSQL, in one place.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace dmad::project::dialect {

inline constexpr const char* kSqliteDriver = "QSQLITE";
inline constexpr const char* kPostgresDriver = "QPSQL";
// The channel every change is announced on (PostgreSQL NOTIFY); the payload is "table:id".
inline constexpr const char* kChangeChannel = "dmad_changes";

bool isPostgres(const QSqlDatabase& db);

// A schema statement written for SQLite as the server needs it: types (integer keys, REAL, BLOB),
// triggers that refuse a change (SQLite's RAISE(ABORT) becomes a PL/pgSQL function), DROP TRIGGER.
// PRAGMAs mean nothing to the server and become no statement at all.
QStringList schemaStatements(const QSqlDatabase& db, const QString& sqliteStatement);

// The schema version and the "this is a DMAD Studio project" mark: PRAGMAs on SQLite, a table on the server.
int schemaVersion(const QSqlDatabase& db);
void setSchemaVersion(const QSqlDatabase& db, int version);
// 0 when the database carries no mark (an empty server database, or another program's).
int applicationId(const QSqlDatabase& db);
// The role that owns the project's tables on the server, and whether this connection may change their
// schema (it is that role, a member of it, or a superuser): migrations alter the tables, grants and row
// security, which PostgreSQL lets only the owner do. On SQLite: empty, and true.
QString schemaOwner(const QSqlDatabase& db);
bool mayChangeSchema(const QSqlDatabase& db);
// True when the database holds no table at all (a new server database to create a project in).
bool isEmpty(const QSqlDatabase& db);

// BEGIN: IMMEDIATE on SQLite (the write lock up front); the server locks rows as it goes.
QString beginTransaction(const QSqlDatabase& db);
// Serialises writers of something read-then-written (the audit chain) until the transaction ends.
void lockForAppend(const QSqlDatabase& db, const QString& what);
// Locks one row until the transaction ends (SELECT ... FOR UPDATE); SQLite's BEGIN IMMEDIATE already
// excludes every other writer.
void lockRow(const QSqlDatabase& db, const QString& table, qint64 id);
// What ends a SELECT that claims rows for this transaction, passing over those another one holds
// (" FOR UPDATE SKIP LOCKED" on the server; nothing on SQLite, whose BEGIN IMMEDIATE excludes others).
QString claimRows(const QSqlDatabase& db);
// After rows were inserted with explicit ids, the server's id sequence must continue after them.
void continueIdsAfterCopy(const QSqlDatabase& db, const QString& table);
// Whether account `id` has a password, as a column expression on users (the server keeps the hashes from
// most roles and answers through a function), and the query for one account's hash (one bound id).
QString hasPasswordExpression(const QSqlDatabase& db);
QString passwordHashQuery(const QSqlDatabase& db);
// The tables of the project, parents before children (the order a copy inserts them in).
QStringList projectTables();

}  // namespace dmad::project::dialect
