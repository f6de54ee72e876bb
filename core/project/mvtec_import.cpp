#include "project/mvtec_import.h"

#include "project/image_importer.h"
#include "project/project_error.h"

#include <QDir>
#include <QFileInfo>

namespace dmad::project {

namespace {

const QString kGood = QStringLiteral("good");

QStringList subfolders(const QString& folder) {
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void planSplitFolder(const QString& categoryFolder, const QString& splitFolder, Split split,
                     QVector<PlannedImage>& plan) {
    const QDir category(categoryFolder);
    const QString categoryName = category.dirName();
    for (const QString& kind : subfolders(category.filePath(splitFolder))) {
        const bool good = kind == kGood;
        // MVTec's train folders hold only good images; anything else found there is still a defect.
        for (const QString& file : imageFilesIn(category.filePath(splitFolder + QLatin1Char('/') + kind), false)) {
            PlannedImage planned;
            planned.category = categoryName;
            planned.file = file;
            planned.relativePath = category.relativeFilePath(file);
            planned.split = split;
            planned.status = good ? ImageStatus::Normal : ImageStatus::Defective;
            if (!good) {
                planned.defectType = kind;
                const QString mask = category.filePath(
                    QStringLiteral("ground_truth/%1/%2_mask.png") .arg(kind, QFileInfo(file).completeBaseName()));
                if (QFileInfo::exists(mask)) planned.maskFile = mask;
            }
            plan.push_back(planned);
        }
    }
}

}  // namespace

bool isMvtecCategory(const QString& folder) {
    const QDir dir(folder);
    return dir.exists(QStringLiteral("train")) || dir.exists(QStringLiteral("test"));
}

QStringList mvtecCategoryFolders(const QString& root) {
    if (isMvtecCategory(root)) return {QDir(root).absolutePath()};
    QStringList folders;
    for (const QString& name : subfolders(root)) {
        const QString folder = QDir(root).absoluteFilePath(name);
        if (isMvtecCategory(folder)) folders << folder;
    }
    return folders;
}

ImportReport importMvtecFolder(ProjectStore& store, const QString& root, const ImportOptions& options,
                               const ProgressCallback& progress, const CancelFlag* cancel) {
    const QStringList categories = mvtecCategoryFolders(root);
    if (categories.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("%1 is not in MVTec layout: no category with train/ or test/ folders in it")
                               .arg(QDir::toNativeSeparators(root)));
    }
    QVector<PlannedImage> plan;
    for (const QString& category : categories) {
        planSplitFolder(category, QStringLiteral("train"), Split::Train, plan);
        planSplitFolder(category, QStringLiteral("validation"), Split::Train, plan);
        planSplitFolder(category, QStringLiteral("test"), Split::Test, plan);
    }
    return runImportPlan(store, root, plan, options, progress, cancel);
}

}  // namespace dmad::project
