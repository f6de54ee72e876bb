#include "training/training_set_builder.h"

#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "project/image_header.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_store.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>

namespace dmad::training {

using project::ImageStatus;
using project::Split;

ProjectSnapshot ProjectSnapshot::read(project::ProjectStore& store) {
    ProjectSnapshot snapshot;
    snapshot.directory = store.directory();
    snapshot.modelsDirectory = store.modelsDirectory();
    const project::MaskRepository masks(store);
    const QVector<project::ImageRecord> records = project::ImageRepository(store).all();
    snapshot.images.reserve(records.size());
    for (const project::ImageRecord& record : records) {
        ProjectImage image;
        image.id = record.id;
        image.categoryId = record.categoryId;
        image.category = record.categoryName;
        image.path = record.path;
        image.size = QSize(record.width, record.height);
        image.split = record.split;
        image.status = record.status;
        if (record.hasMask) {
            if (const auto mask = masks.forImage(record.id)) image.maskFile = masks.absoluteFile(*mask);
        }
        snapshot.images.push_back(image);
    }
    int highest = 0;
    for (const project::ModelRecord& model : project::ModelRepository(store).all())
        highest = std::max(highest, model.version);
    snapshot.nextVersion = highest + 1;
    return snapshot;
}

TrainingSetBuilder::TrainingSetBuilder(QString outliersFolder, int maxOutliers)
    : m_outliersFolder(std::move(outliersFolder)), m_maxOutliers(std::max(0, maxOutliers)) {}

QStringList TrainingSetBuilder::outlierImages(const QString& folder, int maxOutliers, QString* error) {
    const auto fail = [&](const QString& message) {
        if (error) *error = message;
        return QStringList();
    };
    if (folder.isEmpty())
        return fail(tr("No folder of outlier textures is set. Training needs texture images (for example "
                       "the DTD textures) for its pseudo anomalies: choose a folder in the settings."));
    if (!QFileInfo(folder).isDir())
        return fail(tr("The folder of outlier textures %1 does not exist. Training needs texture images "
                       "(for example the DTD textures) for its pseudo anomalies: choose a folder in the settings.")
                        .arg(QDir::toNativeSeparators(folder)));
    static const QStringList patterns =
        {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                                                          QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff")};
    QStringList files;
    QDirIterator it(folder, patterns, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) files.push_back(it.next());
    std::sort(files.begin(), files.end());
    if (files.isEmpty())
        return fail(tr("The folder of outlier textures %1 holds no images.").arg(QDir::toNativeSeparators(folder)));
    if (maxOutliers <= 0 || files.size() <= maxOutliers) return files;
    // Evenly spread, so a budget still sees every texture class of a sorted DTD folder.
    QStringList subset;
    for (int i = 0; i < maxOutliers; ++i) subset.push_back(files.at(int(qint64(i) * files.size() / maxOutliers)));
    return subset;
}

BuiltTrainingSet TrainingSetBuilder::build(const ProjectSnapshot& project) const {
    BuiltTrainingSet built;
    for (const ProjectImage& image : project.images) {
        if (image.status == ImageStatus::Normal && image.split == Split::Train) {
            built.set.normals.push_back({image.path.toStdString(), image.category.toStdString()});
            continue;
        }
        if (image.status != ImageStatus::Defective) continue;
        if (image.split == Split::Test) {
            ++built.summary.testDefects;
            continue;
        }
        dmad::SeenAnomaly anomaly{image.path.toStdString(), image.category.toStdString(), cv::Mat()};
        if (image.maskFile.isEmpty()) {
            built.set.anomalies.push_back(anomaly);
            ++built.summary.imageLevelAnomalies;
            continue;
        }
        // The file decides, not the size recorded at import: the engine compares with the file.
        const QSize size = project::readImageSize(image.path).value_or(image.size);
        try {
            anomaly.mask = dmad::readMask(image.maskFile.toStdString(), cv::Size(size.width(), size.height()));
        } catch (const dmad::EngineError& e) {
            built.warnings.push_back(tr("%1: its mask was not used (%2)")
                                         .arg(QFileInfo(image.path).fileName(), QString::fromStdString(e.what())));
            ++built.summary.skippedAnomalies;
            continue;
        }
        built.set.anomalies.push_back(std::move(anomaly));
        ++built.summary.maskedAnomalies;
    }
    built.summary.normals = int(built.set.normals.size());
    if (built.summary.testDefects > 0 && built.set.anomalies.empty())
        built.warnings.push_back(tr("%n defective image(s) of the test split are used for evaluation only; "
                                    "move an image to the train split to train on it.",
                                    nullptr, built.summary.testDefects));
    if (built.set.normals.empty()) {
        built.error = tr("No image is labelled normal in the train split: training needs normal images.");
        return built;
    }
    const QStringList outliers = outlierImages(m_outliersFolder, m_maxOutliers, &built.error);
    for (const QString& file : outliers) built.set.outliers.push_back(file.toStdString());
    built.summary.outliers = int(outliers.size());
    return built;
}

}  // namespace dmad::training
