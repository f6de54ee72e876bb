// What every long project job (import, export, file check, demo) shares: options, progress, cancel, report.
#pragma once

#include "project/project_types.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace dmad::project {

// Called from the thread that runs the job; the UI forwards it to the GUI thread as a signal.
using ProgressCallback = std::function<void(int done, int total, const QString& item)>;
// Set by another thread; a job checks it between files and stops (an import then rolls back).
using CancelFlag = std::atomic_bool;

struct ImportOptions {
    bool copyImages = false;          // copy into <project>/images instead of referencing
    QString category;                 // plain folder: category name (default: the folder's name)
    Split plainSplit = Split::Train;  // plain folder: split of the unlabelled images
    QString user;                     // who imports: named in the import's audit entry
};

struct ImportReport {
    int imagesAdded = 0;
    int masksAdded = 0;
    int skippedExisting = 0;  // already in the project (same path)
    QStringList categories;
    QStringList problems;    // one line per file that was not imported, and why
    bool cancelled = false;  // nothing was imported
};

}  // namespace dmad::project
