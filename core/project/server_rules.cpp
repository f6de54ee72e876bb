#include "project/server_rules.h"

#include "project/sql_support.h"

#include <QSqlDriver>

namespace dmad::project::server {

namespace {

QString identifier(const QSqlDatabase& db, const QString& name) {
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString literal(QString text) {
    text.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

void runAll(const QSqlDatabase& db, const QStringList& statements) {
    for (const QString& statement : statements) sql::run(db, statement);
}

const QStringList& groupRoles() {
    static const QStringList roles{
        QStringLiteral("dmad_labeller"), QStringLiteral("dmad_supervisor"), QStringLiteral("dmad_administrator")};
    return roles;
}

QStringList createGroups() {
    QStringList statements;
    for (const QString& role : groupRoles()) {
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                                     " CREATE ROLE %1 NOLOGIN; END IF; END $$")
                                         .arg(role);
    }
    for (const auto& [member, group] :
         {std::pair{"dmad_supervisor", "dmad_labeller"}, std::pair{"dmad_administrator", "dmad_supervisor"}}) {
        statements << QStringLiteral("DO $$ BEGIN IF NOT pg_has_role('%1', '%2', 'MEMBER') THEN GRANT %2 TO %1;"
                                     " END IF; END $$")
                                         .arg(QLatin1String(member), QLatin1String(group));
    }
    return statements;
}

// Least privilege by column: a labeller labels, paints, imports and trains candidates; accepting a
// label (images.reviewed), activating a version (models.active) and thresholds are a supervisor's.
QStringList grants() {
    return {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO dmad_labeller"),
                QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO dmad_labeller"),
                    QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dmad_labeller"),
                        QStringLiteral("GRANT INSERT ON categories, defect_types, images, masks, models, scores, audit_log,"
                       " training_requests TO dmad_labeller"),
                            QStringLiteral("GRANT UPDATE (status, defect_type_id, split, path, row_version) ON images TO dmad_labeller"),
                                QStringLiteral("GRANT UPDATE (defect_type_id, file, author, updated_at, png, row_version), DELETE ON masks"
                       " TO dmad_labeller"),
                                    QStringLiteral("GRANT UPDATE (metrics_json) ON models TO dmad_labeller"),
                                        QStringLiteral("GRANT UPDATE (image_score, scored_at) ON scores TO dmad_labeller"),
                                            QStringLiteral("GRANT UPDATE, DELETE ON categories, defect_types, images, masks, models, scores,"
                       " training_requests TO dmad_supervisor"),
                                                QStringLiteral("GRANT INSERT, UPDATE, DELETE ON category_thresholds TO dmad_supervisor"),
                                                    QStringLiteral("GRANT INSERT, UPDATE ON users TO dmad_administrator"),
                                                        // Insert-only for everyone, the owner included (the triggers hold for it too).
                                                        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, dmad_labeller, dmad_supervisor,"
                       " dmad_administrator"),
                                                            QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
                                                                QStringLiteral("CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (true)"),
                                                                    // Nobody writes an entry under another account's name.
                                                                    QStringLiteral("CREATE POLICY audit_log_own_name ON audit_log FOR INSERT WITH CHECK"
                       " (user_name IN (SELECT name FROM users WHERE name_key = current_user))"),
                                                                };
}

QStringList notifications() {
    QStringList statements{
        QStringLiteral("CREATE OR REPLACE FUNCTION dmad_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " DECLARE changed jsonb; BEGIN"
                       " IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;"
                       " PERFORM pg_notify('dmad_changes', TG_TABLE_NAME || ':' || (changed ->> TG_ARGV[0]));"
                       " RETURN NULL; END $$"),
            QStringLiteral("CREATE OR REPLACE FUNCTION dmad_notify_table() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN PERFORM pg_notify('dmad_changes', TG_TABLE_NAME || ':*'); RETURN NULL; END $$"),
                           QStringLiteral("CREATE TRIGGER scores_notify AFTER INSERT OR UPDATE OR DELETE ON scores"
                       " FOR EACH STATEMENT EXECUTE FUNCTION dmad_notify_table()"),
            };
    const QList<QPair<QString, QString>> rowTables{
        {QStringLiteral("images"), QStringLiteral("id")},
         {QStringLiteral("masks"), QStringLiteral("image_id")},
          {QStringLiteral("models"), QStringLiteral("id")},
           {QStringLiteral("category_thresholds"), QStringLiteral("category_id")},
            {QStringLiteral("training_requests"), QStringLiteral("id")},
             {QStringLiteral("audit_log"), QStringLiteral("id")}, {QStringLiteral("users"), QStringLiteral("id")}};
    for (const auto& [table, key] : rowTables) {
        statements << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW"
                                     " EXECUTE FUNCTION dmad_notify_row('%2')")
                                         .arg(table, key);
    }
    return statements;
}

// Only what the app's own rules need from users is readable by every role; the hashes are for
// administrators (they set passwords anyway, and `dmad project copy` carries the accounts).
QStringList privacy() {
    return {
        QStringLiteral("REVOKE SELECT ON users FROM dmad_labeller"),
            QStringLiteral("GRANT SELECT (id, name, name_key, role, created_at) ON users TO dmad_labeller"),
                QStringLiteral("GRANT SELECT (password_hash) ON users TO dmad_administrator"),
                    // One's own hash (to check one's own password at sign-in), or any when one may read the column.
                    // session_user: inside a SECURITY DEFINER function current_user is the function's owner.
                    QStringLiteral("CREATE OR REPLACE FUNCTION dmad_password_hash(account BIGINT) RETURNS TEXT LANGUAGE sql"
                       " STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$"
                       " SELECT password_hash FROM public.users WHERE id = account AND (name_key = session_user"
                       " OR has_column_privilege(session_user, 'public.users', 'password_hash', 'SELECT')) $$"),
                        QStringLiteral("CREATE OR REPLACE FUNCTION dmad_has_password(account BIGINT) RETURNS BOOLEAN LANGUAGE sql"
                       " STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$"
                       " SELECT password_hash IS NOT NULL FROM public.users WHERE id = account $$"),
                            QStringLiteral("REVOKE ALL ON FUNCTION dmad_password_hash(BIGINT), dmad_has_password(BIGINT) FROM PUBLIC"),
                                QStringLiteral("GRANT EXECUTE ON FUNCTION dmad_password_hash(BIGINT), dmad_has_password(BIGINT)"
                       " TO dmad_labeller"),
                                    // Masks: everyone reads, paints and repaints; removing one is the author's or a supervisor's.
                                    // The owner and cascades from a removed image are not subject to row security.
                                    QStringLiteral("ALTER TABLE masks ENABLE ROW LEVEL SECURITY"),
                                        QStringLiteral("CREATE POLICY masks_read ON masks FOR SELECT USING (true)"),
                                            QStringLiteral("CREATE POLICY masks_paint ON masks FOR INSERT WITH CHECK (true)"),
                                                QStringLiteral("CREATE POLICY masks_repaint ON masks FOR UPDATE USING (true) WITH CHECK (true)"),
                                                    QStringLiteral("CREATE POLICY masks_remove ON masks FOR DELETE USING (pg_has_role('dmad_supervisor',"
                       " 'MEMBER') OR author IN (SELECT name FROM users WHERE name_key = current_user))"),
                                                };
}

}  // namespace

QString groupRole(UserRole role) {
    switch (role) {
    case UserRole::Supervisor: return groupRoles().at(1);
    case UserRole::Administrator: return groupRoles().at(2);
    case UserRole::Labeller: break;
    }
    return groupRoles().at(0);
}

void installRules(const QSqlDatabase& db) {
    runAll(db, createGroups());
    runAll(db, grants());
    runAll(db, notifications());
}

void installPrivacyRules(const QSqlDatabase& db) {
    runAll(db, privacy());
}

void ensureLoginRole(const QSqlDatabase& db, const QString& nameKey, UserRole role, const QString& password) {
    const QString name = identifier(db, nameKey);
    const bool exists =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {nameKey}).toInt() > 0;
    // Roles belong to the whole server: the same person may already have one from another project.
    sql::run(db, QStringLiteral("%1 ROLE %2 LOGIN PASSWORD %3") .arg(
                     exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), name, literal(password)));
    setLoginRoleGroup(db, nameKey, role);
}

void setLoginRoleGroup(const QSqlDatabase& db, const QString& nameKey, UserRole role) {
    const QString name = identifier(db, nameKey);
    for (const QString& group : groupRoles()) {
        // Only direct memberships: revoking one the role does not have is a warning on the server.
        const bool member = sql::scalar(
            db, QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                                           " JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"),
                               {group, nameKey})
                        .toInt() > 0;
        if (member) sql::run(db, QStringLiteral("REVOKE %1 FROM %2").arg(group, name));
    }
    sql::run(db, QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), name));
    // Only an administrator adds accounts, which on a server means creating login roles.
    sql::run(db, QStringLiteral("ALTER ROLE %1 %2") .arg(name, role == UserRole::Administrator
                                                         ? QStringLiteral("CREATEROLE")
                                                         : QStringLiteral("NOCREATEROLE")));
}

void setLoginRolePassword(const QSqlDatabase& db, const QString& nameKey, const QString& password) {
    sql::run(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(identifier(db, nameKey), literal(password)));
}

}  // namespace dmad::project::server
