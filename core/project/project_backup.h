// Backups of a project taken while it is in use, and restoring one without destroying the current project.
#pragma once

#include "project/import_job.h"

#include <QString>

namespace dmad::project {

// A backup is a folder: project.sqlite (a consistent snapshot made by SQLite's VACUUM INTO, safe while
// the project is being written), the masks, model files and other files inside the project folder that
// the snapshot refers to, and backup.json listing every file with its size and SHA-256.
inline constexpr const char* kBackupManifest = "backup.json";

struct BackupReport {
    QString folder;  // the backup, absolute
    int files = 0;   // besides the database
    qint64 bytes = 0;
    bool cancelled = false;  // nothing was left behind
};

struct RestoreReport {
    QString project;     // the restored project, absolute
    QString movedAside;  // where the project that was there before now is (empty when there was none)
    int files = 0;
};

// destination: a folder that does not exist yet (it becomes the backup), or an existing folder, which then
// receives "<project name>-backup-<UTC time>". Never inside the project folder. The backup appears under
// its name only when complete and verified (integrity_check). Throws ProjectError.
BackupReport backupProject(const QString& projectDirectory, const QString& destination,
                           const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

// Checks every file of the backup against its manifest and the database's integrity, then puts a copy at
// projectDirectory. A project already there is moved aside (to "<folder>.before-restore-<UTC time>"),
// never deleted; it must not be open anywhere. Throws ProjectError; on failure nothing changed.
RestoreReport restoreProject(const QString& backupFolder, const QString& projectDirectory,
                             const ProgressCallback& progress = {});

bool isBackupFolder(const QString& folder);

}  // namespace dmad::project
