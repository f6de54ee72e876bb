// Audit log entries written as a CSV file (RFC 4180 quoting, UTF-8, ISO 8601 UTC times), atomically.
#pragma once

#include "project/project_types.h"

#include <QString>
#include <QVector>

namespace dmad::ui {

// Header "id,time,user,action,subject,details", then one row per entry in the given order.
QString auditCsvText(const QVector<project::AuditEntry>& entries);
// Empty on success, otherwise why the file was not written (nothing partial is left behind).
QString writeAuditCsv(const QString& path, const QVector<project::AuditEntry>& entries);

}  // namespace dmad::ui
