#include "project/folder_import.h"

#include "project/image_importer.h"
#include "project/project_error.h"

#include <QDir>

namespace dmad::project {

ImportReport importImageFolder(ProjectStore& store, const QString& folder, const ImportOptions& options,
                               const ProgressCallback& progress, const CancelFlag* cancel) {
    const QDir dir(folder);
    if (!dir.exists()) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    }
    const QString category = options.category.trimmed().isEmpty() ? dir.dirName() : options.category.trimmed();
    QVector<PlannedImage> plan;
    for (const QString& file : imageFilesIn(dir.absolutePath(), true)) {
        PlannedImage planned;
        planned.category = category;
        planned.file = file;
        planned.relativePath = dir.relativeFilePath(file);
        planned.split = options.plainSplit;
        plan.push_back(planned);
    }
    ImportReport report = runImportPlan(store, dir.absolutePath(), plan, options, progress, cancel);
    if (plan.isEmpty()) {
        report.problems
            << QObject::tr("%1 holds no PNG, JPEG, BMP or TIFF images").arg(QDir::toNativeSeparators(folder));
    }
    return report;
}

}  // namespace dmad::project
