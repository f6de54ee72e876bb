#include "project/schema.h"

#include "project/audit_log.h"
#include "project/server_rules.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"
#include "project/user_repository.h"

namespace dmad::project {

namespace {

Migration initialSchema() {
    return {
        1,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                QStringLiteral(
            "CREATE TABLE categories ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " created_at TEXT NOT NULL)"),
                    QStringLiteral(
            "CREATE TABLE defect_types ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " colour TEXT NOT NULL)"),
                        QStringLiteral(
            "CREATE TABLE images ("
            " id INTEGER PRIMARY KEY,"
            " category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE RESTRICT,"
            " path TEXT NOT NULL UNIQUE,"
            " content_hash TEXT NOT NULL,"
            " width INTEGER NOT NULL CHECK (width > 0),"
            " height INTEGER NOT NULL CHECK (height > 0),"
            " split TEXT NOT NULL CHECK (split IN ('train', 'test')),"
            " status TEXT NOT NULL DEFAULT 'unlabelled'"
            "   CHECK (status IN ('unlabelled', 'normal', 'defective')),"
            " reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),"
            " defect_type_id INTEGER REFERENCES defect_types(id) ON DELETE SET NULL,"
            " imported_at TEXT NOT NULL)"),
                            QStringLiteral("CREATE INDEX images_by_category ON images(category_id)"),
                                QStringLiteral("CREATE INDEX images_by_hash ON images(content_hash)"),
                                    QStringLiteral(
            "CREATE TABLE masks ("
            " id INTEGER PRIMARY KEY,"
            " image_id INTEGER NOT NULL UNIQUE REFERENCES images(id) ON DELETE CASCADE,"
            " defect_type_id INTEGER REFERENCES defect_types(id) ON DELETE SET NULL,"
            " file TEXT NOT NULL,"
            " author TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
                                        QStringLiteral(
            "CREATE TABLE models ("
            " id INTEGER PRIMARY KEY,"
            " version INTEGER NOT NULL UNIQUE,"
            " file TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " settings_json TEXT NOT NULL DEFAULT '{}',"
            " metrics_json TEXT NOT NULL DEFAULT '{}',"
            " active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)))"),
                                            // At most one active model.
                                            QStringLiteral("CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1"),
                                                QStringLiteral(
            "CREATE TABLE scores ("
            " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
            " image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,"
            " image_score REAL NOT NULL,"
            " scored_at TEXT NOT NULL,"
            " PRIMARY KEY (model_id, image_id))"),
                                                    QStringLiteral("CREATE INDEX scores_by_image ON scores(image_id)"),
                                                        QStringLiteral(
            "CREATE TABLE category_thresholds ("
            " category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,"
            " model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
            " threshold REAL NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " PRIMARY KEY (category_id, model_id))"),
                                                            QStringLiteral(
            "CREATE TABLE users ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " role TEXT NOT NULL CHECK (role IN ('labeller', 'supervisor')),"
            " created_at TEXT NOT NULL)"),
                                                                // User names are copied, not referenced: the log must outlive renamed or removed users.
                                                                QStringLiteral(
            "CREATE TABLE audit_log ("
            " id INTEGER PRIMARY KEY,"
            " user_name TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " subject TEXT NOT NULL,"
            " details TEXT NOT NULL DEFAULT '',"
            " at TEXT NOT NULL)"),
                                                                    QStringLiteral(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                                                                        QStringLiteral(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                                                                    }};
}

void keyAndChain(const QSqlDatabase& db) {
    QSqlQuery users = sql::run(db, QStringLiteral("SELECT id, name FROM users"));
    QVector<QPair<qint64, QString>> names;
    while (users.next()) names.push_back({users.value(0).toLongLong(), users.value(1).toString()});
    users.finish();
    for (const auto& [id, name] : names) {
        sql::run(db, QStringLiteral("UPDATE users SET name_key = ? WHERE id = ?"), {UserRepository::nameKey(name), id});
    }
    AuditLog::chainUnchainedEntries(db);
    const QString noUpdate = QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                            " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
    for (const QString& statement : dialect::schemaStatements(db, noUpdate)) sql::run(db, statement);
}

// Accounts get passwords (Argon2id) and the administrator role; the audit log gets its hash chain.
// Users of older projects keep their names and roles without a password: they sign in once an
// administrator has given them one (the first administrator is created at the first sign-in).
Migration accountsAndAuditChain() {
    Migration migration{
        2,
        {
            QStringLiteral(
            "CREATE TABLE users_v2 ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " name_key TEXT NOT NULL DEFAULT '',"
            " role TEXT NOT NULL CHECK (role IN ('labeller', 'supervisor', 'administrator')),"
            " password_hash TEXT,"
            " created_at TEXT NOT NULL)"),
                QStringLiteral("INSERT INTO users_v2 (id, name, role, created_at) SELECT id, name, role, created_at FROM users"),
                    QStringLiteral("DROP TABLE users"),
                        QStringLiteral("ALTER TABLE users_v2 RENAME TO users"),
                            // Not UNIQUE: older projects may hold "Anna" and "anna"; new accounts are checked in code.
                            QStringLiteral("CREATE INDEX users_by_key ON users(name_key)"),
                                QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                    QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain_hash TEXT NOT NULL DEFAULT ''"),
                                }};
    migration.code = keyAndChain;
    return migration;
}

void installServerRules(const QSqlDatabase& db) {
    if (dialect::isPostgres(db)) server::installRules(db);
}

// What a team shares: masks and model files as bytes (with the model's checksum) so that every station
// sees them, row versions so that a second save notices the first, and the queue a worker trains from.
// On a server the roles, grants, row security and change notifications come with it.
Migration sharedData() {
    Migration migration{
        3,
        {
            QStringLiteral("ALTER TABLE images ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE masks ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                    QStringLiteral("ALTER TABLE masks ADD COLUMN png BLOB"),
                        QStringLiteral("ALTER TABLE models ADD COLUMN data BLOB"),
                            QStringLiteral("ALTER TABLE models ADD COLUMN checksum TEXT NOT NULL DEFAULT ''"),
                                QStringLiteral("CREATE TABLE training_requests ("
                           " id INTEGER PRIMARY KEY,"
                           " requested_by TEXT NOT NULL,"
                           " settings_json TEXT NOT NULL DEFAULT '{}',"
                           " status TEXT NOT NULL DEFAULT 'queued'"
                           "   CHECK (status IN ('queued', 'running', 'done', 'failed')),"
                           " progress REAL NOT NULL DEFAULT 0,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " worker TEXT NOT NULL DEFAULT '',"
                           " model_id INTEGER REFERENCES models(id) ON DELETE SET NULL,"
                           " requested_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
                            }};
    migration.code = installServerRules;
    return migration;
}

void installServerPrivacyRules(const QSqlDatabase& db) {
    if (dialect::isPostgres(db)) server::installPrivacyRules(db);
}

// On a server: password hashes out of reach of labellers and supervisors, mask removal by row security.
// Nothing changes in a project file (one station: the application's checks are the rules).
Migration serverPrivacy() {
    Migration migration{4, {}};
    migration.code = installServerPrivacyRules;
    return migration;
}

}  // namespace

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations{initialSchema(), accountsAndAuditChain(), sharedData(),
                                                   serverPrivacy()};
    return migrations;
}

}  // namespace dmad::project
