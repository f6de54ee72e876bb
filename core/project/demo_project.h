// The demo project: every MVTec category of the shared data folder imported (referenced, not copied).
#pragma once

#include "project/import_job.h"

namespace dmad::project {

// True when the folder holds at least one MVTec category.
bool isDemoDataFolder(const QString& dataFolder);

// Builds the project in a sibling folder and renames it into place when complete, so a cancelled or
// failed build never leaves a half-filled project behind. Adds the current user (labeller) and a
// supervisor. Throws ProjectError (projectDirectory already a project, data folder without categories).
ImportReport createDemoProject(const QString& projectDirectory, const QString& dataFolder,
                               const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

}  // namespace dmad::project
