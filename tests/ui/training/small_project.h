// A small real project for the training suites: one PIPED category imported into a temporary folder, few outliers.
#pragma once

#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/mvtec_import.h"
#include "project/project_store.h"
#include "project/user_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

namespace dmad::ui::testing {

inline QString sharedDir() {
    return QStringLiteral(DMAD_SHARED_DIR);
}
inline QString backbonePath() {
    return sharedDir() + QStringLiteral("/models/mobilenet_v2_imagenet_features.ts.pt");
}
inline QString pipedCategory() {
    return sharedDir() + QStringLiteral("/data/piped_PA_BDP01_TL");
}
inline bool sharedDataPresent() {
    return QFileInfo::exists(backbonePath()) && QFileInfo(pipedCategory()).isDir() &&
           QFileInfo(sharedDir() + QStringLiteral("/data/outliers/dtd")).isDir();
}

struct SmallProject {
    QTemporaryDir dir;
    std::unique_ptr<project::ProjectStore> store;
    QString outliers;  // a folder of symlinks to a few DTD textures

    QString projectDir() const { return dir.filePath(QStringLiteral("project")); }
};

// perClass textures from each DTD class (symlinked, never copied into the repository).
inline void linkOutliers(const QString& target, int perClass) {
    QDir().mkpath(target);
    const QDir dtd(sharedDir() + QStringLiteral("/data/outliers/dtd"));
    for (const QString& cls : dtd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QStringList files = QDir(dtd.filePath(cls)).entryList(QDir::Files, QDir::Name);
        for (int i = 0; i < std::min(perClass, int(files.size())); ++i)
            QFile::link(dtd.filePath(cls + QLatin1Char('/') + files.at(i)),
                        QDir(target).filePath(cls + QLatin1Char('_') + files.at(i)));
    }
}

// The PIPED category imported as is: 32 normal train images, 16 normal and 48 defective test
// images (with their ground-truth masks). Nothing is in the train split as a defect yet.
inline std::unique_ptr<SmallProject> makeSmallProject(int outliersPerClass = 1) {
    auto p = std::make_unique<SmallProject>();
    p->store = project::ProjectStore::create(p->projectDir());
    project::importMvtecFolder(*p->store, pipedCategory());
    // The suites train as "tester", a supervisor: a new version becomes active (a labeller's is a candidate).
    project::UserRepository(*p->store).ensure(QStringLiteral("tester"), project::UserRole::Supervisor);
    p->outliers = p->dir.filePath(QStringLiteral("outliers"));
    linkOutliers(p->outliers, outliersPerClass);
    return p;
}

// The defective test images that have a mask, sorted by path.
inline QVector<project::ImageRecord> maskedTestDefects(project::ProjectStore& store) {
    QVector<project::ImageRecord> found;
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        if (image.status == project::ImageStatus::Defective && image.split == project::Split::Test && image.hasMask)
            found.push_back(image);
    }
    return found;
}

// What a labeller does to teach the model a defect: the image goes to the train split and its
// mask is saved through Labelling (here the ground truth's PNG bytes stand for the painted mask).
inline void labelDefectForTraining(project::ProjectStore& store, const project::ImageRecord& image) {
    project::ImageRepository(store).setSplit(image.id, project::Split::Train);
    const project::MaskRepository masks(store);
    QFile file(masks.absoluteFile(*masks.forImage(image.id)));
    file.open(QIODevice::ReadOnly);
    project::Labelling(store, QStringLiteral("tester")).saveMask(image.id, file.readAll(), image.defectTypeId);
}

}  // namespace dmad::ui::testing
