#include "project/audit_log.h"

#include "project/project_store.h"
#include "project/sql_support.h"

namespace dmad::project {

void AuditLog::append(const QString& user, const QString& action, const QString& subject, const QString& details) {
    Transaction transaction(m_store);
    sql::run(m_store.database(),
             QStringLiteral("INSERT INTO audit_log (user_name, action, subject, details, at) VALUES (?, ?, ?, ?, ?)"),
             {user, action, subject, details, sql::now()});
    transaction.commit();
}

QVector<AuditEntry> AuditLog::recent(int limit) const {
    QSqlQuery query = sql::run(
        m_store.database(),
        QStringLiteral("SELECT id, user_name, action, subject, details, at FROM audit_log ORDER BY id DESC LIMIT ?"),
        {limit});
    QVector<AuditEntry> entries;
    while (query.next()) {
        entries.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString(), sql::time(query.value(5))});
    }
    return entries;
}

int AuditLog::count() const {
    return sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

}  // namespace dmad::project
