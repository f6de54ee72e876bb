// The one error type of core/project: what went wrong with a project, its database or its files, in words.
#pragma once

#include <QString>
#include <stdexcept>

namespace dmad::project {

class ProjectError : public std::runtime_error {
public:
    enum class Kind {
        NotAProject,      // the folder has no project.sqlite
        AlreadyExists,    // create() on a folder that already holds a project
        NotADatabase,     // the file is not SQLite (garbage, truncated, another format)
        ForeignDatabase,  // SQLite, but not a DMAD Studio project
        NewerSchema,      // written by a newer DMAD Studio
        Sql,              // a statement failed (disk full, locked, constraint)
        Io,               // a file could not be read or written
        InvalidInput,     // a caller passed something the project cannot hold (wrong mask size, unknown id)
        NotAllowed        // the user's role does not permit the action, or a sign-in failed
    };

    ProjectError(Kind kind, const QString& message);

    Kind kind() const noexcept { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

}  // namespace dmad::project
