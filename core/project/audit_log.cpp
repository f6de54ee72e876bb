#include "project/audit_log.h"

#include "project/project_store.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"

#include <QCryptographicHash>

namespace dmad::project {

namespace {

constexpr const char* kSelect = "SELECT id, user_name, action, subject, details, at, chain_hash FROM audit_log ";

AuditEntry fromRow(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), sql::time(query.value(5)),
            query.value(6).toString()};
}

// Length-prefixed, so that moving text from one field into the next changes the hash.
void addField(QCryptographicHash& hash, const QByteArray& field) {
    hash.addData(QByteArray::number(field.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
}

QString storedTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

}  // namespace

QString AuditLog::genesisHash() {
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::chainHash(const QString& previousHash, const AuditEntry& entry) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash.toLatin1());
    addField(hash, QByteArray::number(entry.id));
    addField(hash, entry.user.toUtf8());
    addField(hash, entry.action.toUtf8());
    addField(hash, entry.subject.toUtf8());
    addField(hash, entry.details.toUtf8());
    addField(hash, storedTime(entry.time).toLatin1());
    return QString::fromLatin1(hash.result().toHex());
}

void AuditLog::append(const QString& user, const QString& action, const QString& subject, const QString& details) {
    Transaction transaction(m_store);  // IMMEDIATE: nobody appends between reading the last entry and writing
    dialect::lockForAppend(m_store.database(), QStringLiteral("audit_log"));  // the same on a server
    QSqlQuery last = sql::run(m_store.database(), QLatin1String(kSelect) + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    AuditEntry entry{1, user, action, subject, details, sql::time(sql::now()), {}};
    QString previousHash = genesisHash();
    if (last.next()) {
        const AuditEntry previous = fromRow(last);
        entry.id = previous.id + 1;
        previousHash = previous.chainHash;
        // A clock set back must not make the log look back-dated.
        if (entry.time < previous.time) entry.time = previous.time;
    }
    last.finish();
    entry.chainHash = chainHash(previousHash, entry);
    sql::run(m_store.database(),
             QStringLiteral("INSERT INTO audit_log (id, user_name, action, subject, details, at, chain_hash)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {entry.id, user, action, subject, details, storedTime(entry.time), entry.chainHash});
    transaction.commit();
}

QVector<AuditEntry> AuditLog::recent(int limit) const {
    QSqlQuery query =
        sql::run(m_store.database(), QLatin1String(kSelect) + QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
    QVector<AuditEntry> entries;
    while (query.next()) entries.push_back(fromRow(query));
    return entries;
}

int AuditLog::count() const {
    return sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

AuditChainReport AuditLog::verify() const {
    AuditChainReport report;
    QSqlQuery query = sql::run(m_store.database(), QLatin1String(kSelect) + QStringLiteral("ORDER BY id"));
    QString previousHash = genesisHash();
    QDateTime previousTime;
    qint64 previousId = 0;
    while (query.next()) {
        const AuditEntry entry = fromRow(query);
        ++report.entries;
        const auto broken = [&](const QString& problem) {
            report.brokenId = entry.id;
            report.problem = problem;
            return report;
        };
        if (entry.id != previousId + 1) {
            return broken(QObject::tr("entry %1 follows entry %2: the entries between them are missing")
                              .arg(entry.id)
                              .arg(previousId));
        }
        if (!entry.time.isValid()) return broken(QObject::tr("entry %1 has no valid time").arg(entry.id));
        if (previousTime.isValid() && entry.time < previousTime) {
            return broken(QObject::tr("entry %1 is dated before entry %2 (back-dated)").arg(entry.id).arg(previousId));
        }
        if (entry.chainHash != chainHash(previousHash, entry)) {
            return broken(QObject::tr("entry %1 was changed, inserted or follows a changed entry (its hash "
                                      "does not match)")
                              .arg(entry.id));
        }
        previousHash = entry.chainHash;
        previousTime = entry.time;
        previousId = entry.id;
    }
    return report;
}

void AuditLog::chainUnchainedEntries(const QSqlDatabase& db) {
    QSqlQuery query = sql::run(db, QLatin1String(kSelect) + QStringLiteral("ORDER BY id"));
    QVector<AuditEntry> entries;
    while (query.next()) entries.push_back(fromRow(query));
    query.finish();
    // Entries keep their ids and times: a gap or a back-dated entry from before the chain is still
    // reported by verify(), the chain only makes later edits visible.
    QString previousHash = genesisHash();
    for (AuditEntry& entry : entries) {
        entry.chainHash = chainHash(previousHash, entry);
        sql::run(db, QStringLiteral("UPDATE audit_log SET chain_hash = ? WHERE id = ?"), {entry.chainHash, entry.id});
        previousHash = entry.chainHash;
    }
}

}  // namespace dmad::project
