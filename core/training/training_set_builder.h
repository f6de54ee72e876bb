// The project's labels turned into the engine's TrainingSet: normals, seen anomalies (masked or image-level), outliers.
#pragma once

#include "engine/dmad_trainer.h"
#include "project/project_types.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::training {

// One project image as training and scoring need it: read on the thread that owns the database,
// then handed to a worker as plain values (a QSqlDatabase must not cross threads).
struct ProjectImage {
    qint64 id = 0;
    qint64 categoryId = 0;
    QString category;
    QString path;  // absolute
    QSize size;    // as recorded at import
    project::Split split = project::Split::Train;
    project::ImageStatus status = project::ImageStatus::Unlabelled;
    QString maskFile;  // absolute; empty when the image has no mask
};

struct ProjectSnapshot {
    QString directory;
    QString modelsDirectory;
    QVector<ProjectImage> images;
    int nextVersion = 1;  // the version the next ModelRepository::add() will give

    // Reads images, masks and model versions; throws ProjectError when the database fails.
    static ProjectSnapshot read(project::ProjectStore& store);
};

struct TrainingSetSummary {
    int normals = 0;              // normal images of the train split, all categories
    int maskedAnomalies = 0;      // defective train images with a usable mask
    int imageLevelAnomalies = 0;  // defective train images without a mask
    int skippedAnomalies = 0;     // masks that could not be used (warned)
    int testDefects = 0;          // defective images of the test split: evaluation only
    int outliers = 0;
};

struct BuiltTrainingSet {
    dmad::TrainingSet set;
    TrainingSetSummary summary;
    QStringList warnings;  // one line per image that was left out, and why
    QString error;         // non-empty: training cannot start (no normals, no outliers)
    bool ok() const { return error.isEmpty(); }
};

// Rules: normals = status normal AND split train; seen anomalies = status defective AND split train,
// with the mask read at full resolution (it must match the image's size, else the image is skipped
// with a warning) or, without a mask, as an image-level anomaly (empty cv::Mat; the engine takes
// the previous model's most anomalous patches). Defective images of the test split are kept out
// of training so that the test metrics stay honest. No defect labelled: the unsupervised setting.
class TrainingSetBuilder {
    // The texts keep the translation context they had in ui/training, so they stay translated.
    Q_DECLARE_TR_FUNCTIONS(dmad::ui::TrainingSetBuilder)

public:
    // maxOutliers 0: every image of the folder; otherwise an evenly spread subset of that size.
    explicit TrainingSetBuilder(QString outliersFolder, int maxOutliers = 0);

    // Reads masks and lists the outlier folder: safe on a worker thread.
    BuiltTrainingSet build(const ProjectSnapshot& project) const;

    // The image files below folder (recursively, sorted); error receives why there are none.
    static QStringList outlierImages(const QString& folder, int maxOutliers, QString* error);

private:
    QString m_outliersFolder;
    int m_maxOutliers;
};

}  // namespace dmad::training
