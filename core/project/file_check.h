// Finds the image and mask files a project references that are gone or whose content changed.
#pragma once

#include "project/import_job.h"

#include <QVector>

namespace dmad::project {

class ProjectStore;

struct MissingFile {
    enum class Kind { Image, Mask };
    Kind kind = Kind::Image;
    qint64 imageId = 0;
    QString path;
};

struct FileCheckReport {
    int imagesChecked = 0;
    QVector<MissingFile> missing;   // moved or deleted; the rows stay, the user decides
    QVector<qint64> changedImages;  // content differs from the hash taken at import (verifyHashes only)
    bool cancelled = false;

    bool allPresent() const { return missing.isEmpty() && changedImages.isEmpty(); }
};

// Reads the database, never changes it. verifyHashes re-hashes every image (slow on large projects).
FileCheckReport checkProjectFiles(ProjectStore& store, bool verifyHashes = false, const ProgressCallback& progress = {},
                                  const CancelFlag* cancel = nullptr);

}  // namespace dmad::project
