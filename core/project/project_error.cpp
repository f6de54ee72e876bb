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

// SQLite's codes, even extended ones, have at most four digits; SQLSTATEs have five characters.
bool isSqlState(const QString& code) {
    return code.size() == 5;
}

ProjectError serverFailure(const QSqlError& error, const QString& what) {
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().trimmed();
    if (state == QLatin1String("42501")) {
        return ProjectError(ProjectError::Kind::NotAllowed,
                            QObject::tr("The server refused this for your account: %1").arg(text));
    }
    if (state == QLatin1String("53100")) {
        return ProjectError(ProjectError::Kind::DiskFull,
                            QObject::tr("The database server's disk is full: the change was not saved."));
    }
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))) {
        return ProjectError(ProjectError::Kind::Io,
                            QObject::tr("The connection to the database server was lost: the change was not saved "
                                        "(%1).")
                                .arg(text));
    }
    if (state == QLatin1String("25006")) {
        return ProjectError(ProjectError::Kind::ReadOnly,
                            QObject::tr("The database server is read-only: the change was not saved."));
    }
    return ProjectError(ProjectError::Kind::Sql, QStringLiteral("%1 failed: %2").arg(what, error.text()));
}

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
    if (isSqlState(error.nativeErrorCode())) return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

ProjectError sqliteFailure(const QSqlError& error, const QString& what) {
    if (isSqlState(error.nativeErrorCode())) return serverFailure(error, what);
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
