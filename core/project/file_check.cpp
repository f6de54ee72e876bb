#include "project/file_check.h"

#include "project/image_importer.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/project_store.h"

#include <QFileInfo>

namespace dmad::project {

FileCheckReport checkProjectFiles(ProjectStore& store, bool verifyHashes, const ProgressCallback& progress,
                                  const CancelFlag* cancel) {
    FileCheckReport report;
    const MaskRepository masks(store);
    const QVector<ImageRecord> images = ImageRepository(store).all();
    const int total = static_cast<int>(images.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        const ImageRecord& image = images[i];
        if (progress) progress(i, total, image.path);
        ++report.imagesChecked;
        if (!QFileInfo(image.path).isFile()) {
            report.missing.push_back({MissingFile::Kind::Image, image.id, image.path});
        } else if (verifyHashes && sha1OfFile(image.path) != image.contentHash) {
            report.changedImages.push_back(image.id);
        }
        if (!image.hasMask) continue;
        const std::optional<MaskRecord> mask = masks.forImage(image.id);
        const QString maskFile = mask ? masks.absoluteFile(*mask) : QString();
        if (!QFileInfo(maskFile).isFile()) report.missing.push_back({MissingFile::Kind::Mask, image.id, maskFile});
    }
    if (progress) progress(total, total, QString());
    return report;
}

}  // namespace dmad::project
