// Copying a whole project between back ends (a folder's SQLite and a PostgreSQL server), with a count check.
#pragma once

#include <QMap>
#include <QString>
#include <memory>

namespace dmad::project {

class ProjectStore;

struct CopyReport {
    QMap<QString, qint64> rows;  // per table, equal in source and target (checked)
    qint64 maskFiles = 0;        // masks whose bytes moved between a file and a row
    qint64 modelFiles = 0;       // model files likewise
};

// Copies every row of `from` into `to`, which must be a project without any images, users or audit
// entries (a new one). Ids, audit hashes and row versions are kept, so the audit chain still verifies.
// Masks and model files become rows' bytes on a server and files in a folder. Image paths are copied
// as stored: relative to the project folder, or to the server project's image root. Accounts come
// without server login roles: an administrator sets their passwords again on the server.
// One transaction on the target: on any failure (also a count that differs) nothing is left there.
// Throws ProjectError.
CopyReport copyProject(ProjectStore& from, ProjectStore& to);

// A folder path or a postgresql:// URL, opened (a folder: created when `create` and it holds none).
std::unique_ptr<ProjectStore> openLocation(const QString& location, bool create);

}  // namespace dmad::project
