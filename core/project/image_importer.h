// Internal to core/project: adds one planned image (and its mask) to a project; shared by the importers.
#pragma once

#include "project/import_job.h"
#include "project/project_types.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace dmad::project {

class ProjectStore;

struct PlannedImage {
    QString category;
    QString file;          // absolute
    QString relativePath;  // below the import root; where a copy goes inside <project>/images/<category>
    Split split = Split::Train;
    ImageStatus status = ImageStatus::Unlabelled;
    QString defectType;  // empty: none
    QString maskFile;    // empty: none
};

QString sha1OfFile(const QString& path);  // empty when unreadable

// Image files directly in a folder (or below it), sorted by name, absolute paths.
QStringList imageFilesIn(const QString& folder, bool recursive);

// Runs a plan inside one transaction: all of it, or (on cancel) none of it. The audit entry naming
// who imported what from `source` commits with it.
ImportReport runImportPlan(ProjectStore& store, const QString& source, const QVector<PlannedImage>& plan,
                           const ImportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel);

}  // namespace dmad::project
