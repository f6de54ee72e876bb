// Import of folders in MVTec AD layout: categories, train/test splits, defect types and ground-truth masks.
#pragma once

#include "project/import_job.h"

namespace dmad::project {

class ProjectStore;

// True when the folder looks like one MVTec category (it has train/ or test/ below it).
bool isMvtecCategory(const QString& folder);
// The category folders of a data root (sorted), or the folder itself when it is a category.
QStringList mvtecCategoryFolders(const QString& root);

// train/good and validation/good -> normal, train; test/good -> normal, test;
// test/<defect> -> defective, test, defect type <defect>, mask ground_truth/<defect>/<stem>_mask.png
// when present (image-level labels stay without a mask). Images are referenced unless options.copyImages.
// All or nothing: on cancel nothing is imported. Throws ProjectError when the database fails.
ImportReport importMvtecFolder(ProjectStore& store, const QString& root, const ImportOptions& options = {},
                               const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

}  // namespace dmad::project
