// The one error type of core/project: what went wrong with a project, its database or its files, in words.
#pragma once

#include <QString>
#include <stdexcept>

class QSqlError;

namespace dmad::project {

class ProjectError : public std::runtime_error {
public:
    enum class Kind {
        NotAProject,      // the folder has no project.sqlite
        AlreadyExists,    // create() on a folder that already holds a project
        NotADatabase,     // the file is not SQLite (garbage, truncated, another format)
        ForeignDatabase,  // SQLite, but not a DMAD Studio project
        NewerSchema,      // written by a newer DMAD Studio
        Sql,              // a statement failed (locked, constraint)
        Io,               // a file could not be read or written
        InvalidInput,     // a caller passed something the project cannot hold (wrong mask size, unknown id)
        NotAllowed,       // the user's role does not permit the action, or a sign-in failed
        Damaged,          // an SQLite database whose pages are damaged or truncated
        DiskFull,         // SQLITE_FULL or ENOSPC: nothing is wrong with the project, the disk is full
        ReadOnly,         // the project is open read-only (its files or folder are not writable)
        Conflict          // another station changed the row since it was read (row version): nothing was saved
    };

    ProjectError(Kind kind, const QString& message);

    Kind kind() const noexcept { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

// What an SQLite result code means for the user. Takes primary or extended codes (the low byte decides).
ProjectError::Kind kindOfSqliteCode(int code);
// The SQLite result code behind a Qt Sql error, or 0 when there is none.
int sqliteCode(const QSqlError& error);
// A failed statement as a ProjectError whose kind and words say what happened: "disk full" is not "damaged".
// A PostgreSQL error (a five-character SQLSTATE) is told apart from an SQLite result code: a server's
// refusal of a privilege becomes NotAllowed, a lost connection Io.
ProjectError sqliteFailure(const QSqlError& error, const QString& what);
// A failed file write (errno): a full disk is named as such.
ProjectError fileWriteFailure(int error, const QString& file);

}  // namespace dmad::project
