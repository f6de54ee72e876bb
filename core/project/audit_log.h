// The append-only record of who did what to which image, mask or model (the database refuses edits).
#pragma once

#include "project/project_types.h"

#include <QVector>

namespace dmad::project {

class ProjectStore;

class AuditLog {
public:
    explicit AuditLog(ProjectStore& store) : m_store(store) {}

    // Joins the caller's transaction when there is one, so the entry commits with the change it records.
    void append(const QString& user, const QString& action, const QString& subject, const QString& details = {});
    QVector<AuditEntry> recent(int limit = 100) const;  // newest first
    int count() const;

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
