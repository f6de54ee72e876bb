#include "project/project_backup.h"

#include "project/atomic_file.h"
#include "project/project_error.h"
#include "project/project_recovery.h"
#include "project/project_store.h"
#include "project/sql_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dmad::project {

namespace {

using Kind = ProjectError::Kind;

QString stamp() {
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

bool isInside(const QString& path, const QString& folder) {
    const QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath()) + QLatin1Char('/');
    const QString f = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + QLatin1Char('/');
    return p.startsWith(f);
}

QString sha256Of(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot read %1: %2").arg(native(file), f.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// Files of the project folder that belong in a backup: not the live database, its WAL and lock, not
// half-written or quarantined files, and of the model and mask files only those the snapshot refers to
// (a model being trained right now has no row in the snapshot yet).
QStringList filesToCopy(const ProjectStore& live, const QSet<QString>& referenced) {
    const QDir root(live.directory());
    const QSet<QString> skipped{QLatin1String(ProjectStore::kDatabaseFile),
                                QStringLiteral("project.sqlite-wal"),
                                               QStringLiteral("project.sqlite-shm"),
                                                              QStringLiteral("project.sqlite-journal"),
                                                                             QLatin1String(ProjectStore::kLockFile)};
    QStringList files;
    QDirIterator it(live.directory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = root.relativeFilePath(file);
        if (skipped.contains(relative) || isTemporaryFileName(it.fileName())) continue;
        if (relative.startsWith(QLatin1String(kQuarantineFolder) + QLatin1Char('/'))) continue;
        if (relative.startsWith(QLatin1String(ProjectStore::kCacheFolder) + QLatin1Char('/'))) continue;
        const bool managed = relative.startsWith(QLatin1String(ProjectStore::kModelsFolder) + QLatin1Char('/')) ||
                             relative.startsWith(QLatin1String(ProjectStore::kMasksFolder) + QLatin1Char('/'));
        if (managed && !referenced.contains(QDir::cleanPath(file))) continue;
        files << relative;
    }
    files.sort();
    return files;
}

QSet<QString> referencedFiles(const QString& snapshot, const QString& projectDirectory) {
    const QString name = QStringLiteral("dmad-backup-") + snapshot;
    QSet<QString> files;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(snapshot);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) throw sqliteFailure(db.lastError(), QObject::tr("Opening the backup"));
        QSqlQuery query = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
        if (!query.next() || query.value(0).toString() != QLatin1String("ok")) {
            throw ProjectError(Kind::Damaged,
                               QObject::tr("The database copy in the backup failed its integrity check."));
        }
        query = sql::run(db, QStringLiteral("SELECT file FROM models UNION ALL SELECT file FROM masks"));
        while (query.next()) {
            const QString stored = query.value(0).toString();
            files.insert(
                QDir::cleanPath(QDir::isAbsolutePath(stored) ? stored : QDir(projectDirectory).filePath(stored)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return files;
}

QString resolveBackupFolder(const QString& projectDirectory, const QString& destination) {
    const QFileInfo info(destination);
    if (info.exists() && !info.isDir()) {
        throw ProjectError(Kind::InvalidInput,
                           QObject::tr("%1 is a file; give a folder for the backup.").arg(native(destination)));
    }
    const QString folder =
        info.isDir() ? QDir(destination)
                           .filePath(QFileInfo(projectDirectory).fileName() + QStringLiteral("-backup-") + stamp())
                     : info.absoluteFilePath();
    if (isInside(folder, projectDirectory)) {
        throw ProjectError(
            Kind::InvalidInput,
            QObject::tr("A backup cannot be put inside the project folder %1.").arg(native(projectDirectory)));
    }
    if (QFileInfo::exists(folder)) {
        throw ProjectError(Kind::AlreadyExists, QObject::tr("%1 already exists.").arg(native(folder)));
    }
    return folder;
}

// Removes a half-made folder unless released.
class PartialFolder {
public:
    explicit PartialFolder(QString path) : m_path(std::move(path)) {}
    ~PartialFolder() {
        if (!m_path.isEmpty()) QDir(m_path).removeRecursively();
    }
    PartialFolder(const PartialFolder&) = delete;
    PartialFolder& operator=(const PartialFolder&) = delete;
    const QString& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

void renameInto(const QString& from, const QString& to) {
    if (!QDir().rename(from, to)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot rename %1 to %2").arg(native(from), native(to)));
    }
    syncPath(QFileInfo(to).absolutePath());
}

QJsonObject readManifest(const QString& backupFolder) {
    QFile file(QDir(backupFolder).filePath(QLatin1String(kBackupManifest)));
    if (!file.open(QIODevice::ReadOnly)) {
        throw ProjectError(Kind::InvalidInput, QObject::tr("%1 is not a DMAD Studio backup (no %2 in it).")
                                                   .arg(native(backupFolder), QLatin1String(kBackupManifest)));
    }
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    if (manifest.value(QStringLiteral("format")).toInt() != 1) {
        throw ProjectError(Kind::InvalidInput,
                           QObject::tr("%1 is not a backup this version can read.").arg(native(backupFolder)));
    }
    return manifest;
}

}  // namespace

bool isBackupFolder(const QString& folder) {
    return QFileInfo(QDir(folder).filePath(QLatin1String(kBackupManifest))).isFile();
}

BackupReport backupProject(const QString& projectDirectory, const QString& destination,
                           const ProgressCallback& progress, const CancelFlag* cancel) {
    const auto live = ProjectStore::open(projectDirectory);
    BackupReport report;
    report.folder = resolveBackupFolder(live->directory(), destination);
    PartialFolder partial(report.folder + QStringLiteral(".partial"));
    QDir(partial.path()).removeRecursively();
    if (!QDir().mkpath(partial.path())) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot create the folder %1").arg(native(partial.path())));
    }
    // One read transaction: the snapshot is consistent however busy the project is.
    const QString snapshot = QDir(partial.path()).filePath(QLatin1String(ProjectStore::kDatabaseFile));
    sql::run(live->database(), QStringLiteral("VACUUM INTO ?"), {snapshot});
    syncPath(snapshot);
    const QStringList files = filesToCopy(*live, referencedFiles(snapshot, live->directory()));

    QJsonArray listed;
    listed.append(QJsonObject{{QStringLiteral("path"), QLatin1String(ProjectStore::kDatabaseFile)},
                               {QStringLiteral("size"), QFileInfo(snapshot).size()},
                                {QStringLiteral("sha256"), sha256Of(snapshot)}});
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            report.folder.clear();
            return report;
        }
        if (progress) progress(i, total, files[i]);
        const QString from = QDir(live->directory()).filePath(files[i]);
        const QString to = QDir(partial.path()).filePath(files[i]);
        if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
            throw ProjectError(Kind::Io,
                               QObject::tr("Cannot create the folder %1").arg(native(QFileInfo(to).absolutePath())));
        }
        copyFileAtomically(from, to);
        listed.append(QJsonObject{{QStringLiteral("path"), files[i]}, {QStringLiteral("size"), QFileInfo(to).size()},
                                                                       {QStringLiteral("sha256"), sha256Of(to)}});
        report.bytes += QFileInfo(to).size();
        ++report.files;
    }
    const QJsonObject manifest{{QStringLiteral("format"), 1},
                                {QStringLiteral("project"), live->directory()},
                                 {QStringLiteral("created"), sql::now()},
                                  {QStringLiteral("schemaVersion"), live->schemaVersion()},
                                   {QStringLiteral("files"), listed}};
    writeFileAtomically(QDir(partial.path()).filePath(QLatin1String(kBackupManifest)),
                        QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    renameInto(partial.path(), report.folder);
    partial.release();
    if (progress) progress(total, total, QString());
    return report;
}

RestoreReport restoreProject(const QString& backupFolder, const QString& projectDirectory,
                             const ProgressCallback& progress) {
    const QJsonArray files = readManifest(backupFolder).value(QStringLiteral("files")).toArray();
    RestoreReport report;
    report.project = QFileInfo(projectDirectory).absoluteFilePath();
    const bool replacing = ProjectStore::containsProject(report.project);
    if (replacing && ProjectStore::isInUse(report.project)) {
        throw ProjectError(Kind::InvalidInput, QObject::tr("The project %1 is open (in DMAD Studio or another "
                                                           "program); close it before restoring over it.")
                                                   .arg(native(report.project)));
    }
    if (!replacing && QDir(report.project).exists() && !QDir(report.project).isEmpty()) {
        throw ProjectError(Kind::InvalidInput, QObject::tr("%1 is not empty and holds no project; restore into a new "
                                                           "or empty folder.")
                                                   .arg(native(report.project)));
    }
    PartialFolder staging(report.project + QStringLiteral(".restoring"));
    QDir(staging.path()).removeRecursively();
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        const QJsonObject entry = files.at(i).toObject();
        const QString relative = entry.value(QStringLiteral("path")).toString();
        if (relative.isEmpty() || QDir::isAbsolutePath(relative) ||
            QDir::cleanPath(relative).startsWith(QLatin1String(".."))) {
            throw ProjectError(Kind::InvalidInput,
                               QObject::tr("The backup lists a file outside itself: %1").arg(relative));
        }
        if (progress) progress(i, total, relative);
        const QString from = QDir(backupFolder).filePath(relative);
        if (sha256Of(from) != entry.value(QStringLiteral("sha256")).toString()) {
            throw ProjectError(Kind::Damaged, QObject::tr("The backup is damaged: %1 differs from what was backed up. "
                                                          "Nothing was restored.")
                                                  .arg(native(from)));
        }
        const QString to = QDir(staging.path()).filePath(relative);
        if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
            throw ProjectError(Kind::Io,
                               QObject::tr("Cannot create the folder %1").arg(native(QFileInfo(to).absolutePath())));
        }
        copyFileAtomically(from, to);
        ++report.files;
    }
    {
        const auto check = ProjectStore::open(staging.path());  // schema, identity and the folders
        const QVariant ok = sql::scalar(check->database(), QStringLiteral("PRAGMA integrity_check"));
        if (ok.toString() != QLatin1String("ok")) {
            throw ProjectError(Kind::Damaged, QObject::tr("The database in the backup is damaged (%1). Nothing was "
                                                          "restored.")
                                                  .arg(ok.toString()));
        }
    }
    if (replacing) {
        report.movedAside = report.project + QStringLiteral(".before-restore-") + stamp();
        renameInto(report.project, report.movedAside);
    } else {
        QDir().rmdir(report.project);  // an empty folder the caller chose
    }
    renameInto(staging.path(), report.project);
    staging.release();
    --report.files;  // the database is not counted among the files
    if (progress) progress(total, total, QString());
    return report;
}

}  // namespace dmad::project
