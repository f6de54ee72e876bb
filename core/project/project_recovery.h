// Tidying up after a kill or power cut: leftover temporary files, model and mask files without their rows.
#pragma once

#include <QString>
#include <QStringList>

namespace dmad::project {

class ProjectStore;

struct RecoveryReport {
    bool ran = false;                   // false when another program had the project open (nothing was touched)
    QStringList removedTemporaryFiles;  // half-written files of an interrupted write (never under a final name)
    QStringList quarantinedFiles;       // model / mask files no database row refers to, moved aside
    QString quarantineFolder;           // where they went (inside the project folder)
    QStringList missingModelFiles;      // "version N: path" for model rows whose file is gone

    bool changedSomething() const { return !removedTemporaryFiles.isEmpty() || !quarantinedFiles.isEmpty(); }
    // For the user; empty when there is nothing to say.
    QString summary() const;
};

// The folder (inside the project) where files without a database row are moved; never deleted.
inline constexpr const char* kQuarantineFolder = "recovered";

// Run by ProjectStore::open() only while no other connection (in any process) has the project open,
// so a file another program is writing right now is never taken for a leftover.
RecoveryReport recoverInterruptedWrites(ProjectStore& store);

}  // namespace dmad::project
