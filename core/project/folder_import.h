// Import of a plain folder of images (and its subfolders): one category, every image unlabelled.
#pragma once

#include "project/import_job.h"

namespace dmad::project {

class ProjectStore;

// Category options.category, or the folder's name; split options.plainSplit. All or nothing.
ImportReport importImageFolder(ProjectStore& store, const QString& folder, const ImportOptions& options = {},
                               const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

}  // namespace dmad::project
