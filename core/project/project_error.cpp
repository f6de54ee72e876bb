#include "project/project_error.h"

#include <QDir>
#include <QObject>
#include <QSqlError>
#include <cerrno>
#include <cstring>

namespace dmad::project {

namespace {

// SQLite's primary result codes (sqlite3.h); core/project talks to SQLite through Qt Sql only.
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteIoErrShortRead = kSqliteIoErr | (2 << 8);

}  // namespace

ProjectError::ProjectError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

ProjectError::Kind kindOfSqliteCode(int code) {
    // A truncated file reads short: that is damage, not an I/O fault of the disk.
    if (code == kSqliteIoErrShortRead) return ProjectError::Kind::Damaged;
    switch (code & 0xff) {
    case kSqliteFull: return ProjectError::Kind::DiskFull;
    case kSqliteCorrupt: return ProjectError::Kind::Damaged;
    case kSqliteNotADb: return ProjectError::Kind::NotADatabase;
    case kSqliteReadOnly: return ProjectError::Kind::ReadOnly;
    case kSqliteIoErr:
    case kSqliteCantOpen: return ProjectError::Kind::Io;
    default: return ProjectError::Kind::Sql;
    }
}

int sqliteCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

ProjectError sqliteFailure(const QSqlError& error, const QString& what) {
    const ProjectError::Kind kind = kindOfSqliteCode(sqliteCode(error));
    switch (kind) {
    case ProjectError::Kind::DiskFull:
        return ProjectError(kind, QObject::tr("The disk is full: the change was not saved (the project is intact). "
                                              "Free some space and try again."));
    case ProjectError::Kind::Damaged:
    case ProjectError::Kind::NotADatabase:
        return ProjectError(kind, QObject::tr("The project database is damaged (%1). Restore the project from a "
                                              "backup (File > Restore Project...).")
                                      .arg(error.databaseText()));
    case ProjectError::Kind::ReadOnly:
        return ProjectError(kind, QObject::tr("The project is read-only here: the change was not saved."));
    default: return ProjectError(kind, QStringLiteral("%1 failed: %2").arg(what, error.text()));
    }
}

ProjectError fileWriteFailure(int error, const QString& file) {
    if (error == ENOSPC || error == EDQUOT) {
        return ProjectError(ProjectError::Kind::DiskFull,
                            QObject::tr("The disk is full: %1 could not be written (nothing was replaced).")
                                .arg(QDir::toNativeSeparators(file)));
    }
    if (error == EROFS || error == EACCES || error == EPERM) {
        return ProjectError(ProjectError::Kind::ReadOnly,
                            QObject::tr("%1 cannot be written: %2")
                                .arg(QDir::toNativeSeparators(file), QString::fromLocal8Bit(std::strerror(error))));
    }
    return ProjectError(ProjectError::Kind::Io,
                        QObject::tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(file), QString::fromLocal8Bit(std::strerror(error))));
}

}  // namespace dmad::project
