#include "project/project_recovery.h"

#include "project/atomic_file.h"
#include "project/project_store.h"
#include "project/sql_support.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace dmad::project {

namespace {

QSet<QString> storedFiles(ProjectStore& store, const QString& table) {
    QSet<QString> files;
    QSqlQuery query = sql::run(store.database(), QStringLiteral("SELECT file FROM %1").arg(table));
    while (query.next()) files.insert(QDir::cleanPath(store.absolutePath(query.value(0).toString())));
    return files;
}

void removeTemporaryFiles(const QString& folder, RecoveryReport& report) {
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!isTemporaryFileName(it.fileName())) continue;
        if (QFile::remove(file)) report.removedTemporaryFiles << QDir::toNativeSeparators(file);
    }
}

// Moves a file no row refers to into the quarantine folder, keeping its name (numbered when taken).
void quarantine(ProjectStore& store, const QString& file, RecoveryReport& report) {
    if (report.quarantineFolder.isEmpty()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        report.quarantineFolder =
            QDir(store.directory()).filePath(QLatin1String(kQuarantineFolder) + QLatin1Char('/') + stamp);
    }
    const QString folder = QDir(report.quarantineFolder).filePath(QFileInfo(QFileInfo(file).absolutePath()).fileName());
    if (!QDir().mkpath(folder)) return;
    QString target = QDir(folder).filePath(QFileInfo(file).fileName());
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(folder).filePath(QStringLiteral("%1-%2").arg(n).arg(QFileInfo(file).fileName()));
    }
    if (QFile::rename(file, target)) report.quarantinedFiles << QDir::toNativeSeparators(file);
}

void quarantineOrphans(ProjectStore& store, const QString& folder, const QStringList& patterns,
                       const QSet<QString>& known, RecoveryReport& report) {
    const QFileInfoList files = QDir(folder).entryInfoList(patterns, QDir::Files, QDir::Name);
    for (const QFileInfo& info : files) {
        if (!known.contains(QDir::cleanPath(info.absoluteFilePath())))
            quarantine(store, info.absoluteFilePath(), report);
    }
}

void listMissingModels(ProjectStore& store, RecoveryReport& report) {
    QSqlQuery query = sql::run(store.database(), QStringLiteral("SELECT version, file FROM models ORDER BY version"));
    while (query.next()) {
        const QString file = store.absolutePath(query.value(1).toString());
        if (QFileInfo(file).isFile()) continue;
        report.missingModelFiles
            << QObject::tr("model version %1: %2").arg(query.value(0).toInt()).arg(QDir::toNativeSeparators(file));
    }
}

}  // namespace

QString RecoveryReport::summary() const {
    QStringList lines;
    if (!removedTemporaryFiles.isEmpty()) {
        lines << QObject::tr("%n half-written file(s) of an interrupted save were removed.", nullptr,
                             static_cast<int>(removedTemporaryFiles.size()));
    }
    if (!quarantinedFiles.isEmpty()) {
        lines << QObject::tr("%n file(s) that the project does not record (left by an interrupted save) were moved "
                             "to %1:",
                             nullptr, static_cast<int>(quarantinedFiles.size()))
                     .arg(QDir::toNativeSeparators(quarantineFolder));
        lines << quarantinedFiles.mid(0, 20);
    }
    if (!missingModelFiles.isEmpty()) {
        lines << QObject::tr("The file of %n model version(s) is missing; these versions cannot be used until it is "
                             "put back:",
                             nullptr, static_cast<int>(missingModelFiles.size()));
        lines << missingModelFiles.mid(0, 20);
    }
    return lines.join(QLatin1Char('\n'));
}

RecoveryReport recoverInterruptedWrites(ProjectStore& store) {
    RecoveryReport report;
    report.ran = true;
    removeTemporaryFiles(store.directory(), report);
    // A model file is written (and flushed) before its row commits, so a kill in between leaves a file
    // without a row; a mask likewise. Both are kept aside rather than deleted: they may be someone's work.
    quarantineOrphans(store, store.modelsDirectory(),
                      {QStringLiteral("*.dmad")}, storedFiles(store, QStringLiteral("models")), report);
    quarantineOrphans(store, store.masksDirectory(),
                      {QStringLiteral("*.png")}, storedFiles(store, QStringLiteral("masks")), report);
    listMissingModels(store, report);
    if (report.changedSomething()) {
        for (const QString& folder : {store.modelsDirectory(), store.masksDirectory(), store.directory()}) {
            try {
                syncPath(folder);
            } catch (const ProjectError&) {
                // The moves are done; a folder that cannot be flushed only weakens their durability.
            }
        }
    }
    return report;
}

}  // namespace dmad::project
