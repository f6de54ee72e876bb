// Export of a project's labelled images and masks in MVTec AD layout, so the engine's evaluation reads them.
#pragma once

#include "project/import_job.h"

namespace dmad::project {

class ProjectStore;

struct ExportReport {
    int imagesWritten = 0;
    int masksWritten = 0;
    int skippedUnlabelled = 0;
    QStringList problems;  // missing source files
    bool cancelled = false;
};

// Writes one mask file into the export. The default copies the file: any non-zero pixel is a defect, which
// is how the engine reads masks. The ui passes one that writes strict 0/255 PNGs (Qt Gui decodes images;
// core/project does not link it). Returns an empty string on success, else the reason.
using MaskWriter = std::function<QString(const QString& source, const QString& target)>;

// <out>/<category>/train/good (normal, train), test/good (normal, test), test/<defect> (defective; MVTec's
// train folders hold only good images, so defective images always go to test), ground_truth/<defect>/
// <stem>_mask.png. A defective image without a defect type goes to test/defect. Unlabelled images are skipped.
ExportReport exportMvtec(ProjectStore& store, const QString& outDirectory, const ProgressCallback& progress = {},
                         const CancelFlag* cancel = nullptr, const MaskWriter& writeMask = {});

}  // namespace dmad::project
