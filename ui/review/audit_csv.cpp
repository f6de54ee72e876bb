#include "ui/review/audit_csv.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace dmad::ui {
namespace {

QString field(const QString& text) {
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

}  // namespace

QString auditCsvText(const QVector<project::AuditEntry>& entries) {
    QString text = QStringLiteral("id,time,user,action,subject,details\r\n");
    for (const project::AuditEntry& entry : entries) {
        const QStringList fields{QString::number(entry.id), entry.time.toUTC().toString(Qt::ISODateWithMs),
                                 field(entry.user),         field(entry.action),
                                 field(entry.subject),      field(entry.details)};
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text;
}

QString writeAuditCsv(const QString& path, const QVector<project::AuditEntry>& entries) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("dmad::ui::AuditCsv", "%1 could not be opened for writing: %2")
            .arg(path, file.errorString());
    const QByteArray bytes = auditCsvText(entries).toUtf8();
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("dmad::ui::AuditCsv", "%1 could not be written: %2").arg(path, reason);
    }
    if (!file.commit())
        return QCoreApplication::translate("dmad::ui::AuditCsv", "%1 could not be saved: %2")
            .arg(path, file.errorString());
    return {};
}

}  // namespace dmad::ui
