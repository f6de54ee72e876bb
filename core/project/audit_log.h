// The append-only record of who did what to which image, mask, model or account, chained by SHA-256.
#pragma once

#include "project/project_types.h"

#include <QSqlDatabase>
#include <QVector>

namespace dmad::project {

class ProjectStore;

// What verify() found: every entry chained, or the first one that is not.
struct AuditChainReport {
    qint64 entries = 0;   // entries checked
    qint64 brokenId = 0;  // the first entry whose hash or time does not follow; 0 when intact
    QString problem;      // why that entry breaks the chain, in words

    bool intact() const { return brokenId == 0; }
};

// Triggers refuse UPDATE and DELETE; the chain shows what the triggers cannot stop (dropping them,
// editing, deleting or inserting rows with raw SQL): each entry stores SHA-256 over the previous
// entry's hash and its own id, user, action, subject, details and time, so a change anywhere breaks
// the chain from that entry on. Times come from this program, never later than the next entry's.
class AuditLog {
public:
    explicit AuditLog(ProjectStore& store) : m_store(store) {}

    // Joins the caller's transaction when there is one, so the entry commits with the change it records.
    void append(const QString& user, const QString& action, const QString& subject, const QString& details = {});
    QVector<AuditEntry> recent(int limit = 100) const;  // newest first
    int count() const;
    AuditChainReport verify() const;

    // The hash an entry must carry after `previousHash` (the first entry follows genesisHash()).
    static QString chainHash(const QString& previousHash, const AuditEntry& entry);
    static QString genesisHash();
    // Fills the hashes of entries written before the chain existed; for the schema migration only.
    static void chainUnchainedEntries(const QSqlDatabase& db);

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
