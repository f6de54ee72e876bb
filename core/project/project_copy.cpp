#include "project/project_copy.h"

#include "project/atomic_file.h"
#include "project/project_store.h"
#include "project/sql_dialect.h"
#include "project/sql_support.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>

namespace dmad::project {

namespace {

using Kind = ProjectError::Kind;

qint64 count(ProjectStore& store, const QString& table) {
    return sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QByteArray readFile(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) return {};
    return in.readAll();
}

// A mask or model row as the target keeps it: bytes in the row on a server, a file in a folder.
struct FileColumn {
    QString bytesColumn;  // "png" or "data"
    QString nameFormat;   // the file in the target folder
    QString keyColumn;    // what names the file
};

std::optional<FileColumn> fileColumn(const QString& table) {
    if (table == QLatin1String("masks")) {
        return FileColumn{QStringLiteral("png"), QStringLiteral("masks/%1.png"), QStringLiteral("image_id")};
    }
    if (table == QLatin1String("models")) {
        return FileColumn{QStringLiteral("data"), QStringLiteral("models/v%1.dmad"), QStringLiteral("version")};
    }
    return std::nullopt;
}

void copyTable(ProjectStore& from, ProjectStore& to, const QString& table, CopyReport& report) {
    QSqlQuery rows = sql::run(from.database(), QStringLiteral("SELECT * FROM %1").arg(table));
    const std::optional<FileColumn> files = fileColumn(table);
    while (rows.next()) {
        QSqlRecord record = rows.record();
        if (files) {
            const int bytesAt = record.indexOf(files->bytesColumn);
            const int fileAt = record.indexOf(QStringLiteral("file"));
            QByteArray bytes = record.value(bytesAt).toByteArray();
            if (bytes.isEmpty() && !from.isServer())
                bytes = readFile(from.absolutePath(record.value(fileAt).toString()));
            if (!bytes.isEmpty() && to.isServer()) {
                record.setValue(bytesAt, bytes);
                ++(table == QLatin1String("masks") ? report.maskFiles : report.modelFiles);
            } else if (!bytes.isEmpty()) {
                const QString name = files->nameFormat.arg(record.value(files->keyColumn).toLongLong());
                writeFileAtomically(QDir(to.directory()).filePath(name), bytes);
                record.setValue(fileAt, name);
                record.setNull(bytesAt);
                ++(table == QLatin1String("masks") ? report.maskFiles : report.modelFiles);
            }
        }
        QStringList names;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            names << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery insert(to.database());
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)") .arg(
                table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            throw sql::failure(insert, QStringLiteral("copy %1").arg(table));
        }
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = record.value(i);
            // A NULL keeps its column's type: QPSQL writes an untyped NULL otherwise, which bytea refuses.
            insert.addBindValue(value.isNull() ? QVariant(value.metaType()) : value);
        }
        if (!insert.exec()) throw sql::failure(insert, QStringLiteral("copy %1").arg(table));
    }
    if (table != QLatin1String("scores") && table != QLatin1String("category_thresholds")) {
        dialect::continueIdsAfterCopy(to.database(), table);
    }
}

}  // namespace

CopyReport copyProject(ProjectStore& from, ProjectStore& to) {
    to.requireWritable();
    for (const QString& table : {QStringLiteral("images"), QStringLiteral("users"), QStringLiteral("audit_log")}) {
        if (count(to, table) != 0) {
            throw ProjectError(Kind::AlreadyExists, QObject::tr("The target project already holds data (%1 rows in "
                                                                "%2): a copy goes only into a new project.")
                                                        .arg(count(to, table))
                                                        .arg(table));
        }
    }
    CopyReport report;
    Transaction transaction(to);
    for (const QString& table : dialect::projectTables()) {
        copyTable(from, to, table, report);
        const qint64 source = count(from, table);
        const qint64 target = count(to, table);
        if (source != target) {
            throw ProjectError(Kind::Sql, QObject::tr("The copy of %1 has %2 rows, the source %3: nothing was copied.")
                                              .arg(table)
                                              .arg(target)
                                              .arg(source));
        }
        report.rows.insert(table, target);
    }
    transaction.commit();
    return report;
}

std::unique_ptr<ProjectStore> openLocation(const QString& location, bool create) {
    if (const auto server = ServerConnection::fromUrl(location)) return ProjectStore::connect(*server);
    if (create && !ProjectStore::containsProject(location)) return ProjectStore::create(location);
    return ProjectStore::open(location);
}

}  // namespace dmad::project
