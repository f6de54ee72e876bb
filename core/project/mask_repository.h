// Pixel masks of defective images: one 8-bit PNG per image at the image's full resolution, and its row.
#pragma once

#include "project/project_types.h"

#include <QByteArray>
#include <optional>

namespace dmad::project {

class ProjectStore;

class MaskRepository {
public:
    explicit MaskRepository(ProjectStore& store) : m_store(store) {}

    // Where the project keeps the mask of this image (masks/<imageId>.png), absolute.
    QString managedFile(qint64 imageId) const;

    // Writes PNG bytes atomically (writeFileAtomically) to managedFile() and records them in the same transaction;
    // on a server the bytes go into the row (every station sees them) and managedFile() is this station's copy.
    // Throws ProjectError(InvalidInput) unless the bytes are a PNG of exactly the image's size, and
    // ProjectError(Conflict) when `expectedVersion` is given and the mask is no longer at that version
    // (0: the caller saw no mask) because someone else saved it meanwhile; then nothing is written.
    MaskRecord save(qint64 imageId, const QByteArray& png, std::optional<qint64> defectTypeId, const QString& author,
                    std::optional<int> expectedVersion = std::nullopt);
    // Records a mask file written elsewhere (an imported ground truth, or a file the canvas saved
    // atomically itself); checks that it is a PNG of the image's size.
    MaskRecord record(qint64 imageId, const QString& absoluteFile, std::optional<qint64> defectTypeId,
                      const QString& author);
    // Forgets the mask; a file the project owns is deleted, a referenced file is left alone.
    void remove(qint64 imageId);

    std::optional<MaskRecord> forImage(qint64 imageId) const;
    // A file to read the mask from; on a server this station's copy of the row's bytes, refreshed.
    QString absoluteFile(const MaskRecord& mask) const;
    // The mask's PNG bytes (from the row on a server, else from its file); empty when it cannot be read.
    QByteArray png(const MaskRecord& mask) const;
    // The version a save must expect for this image: 0 without a mask.
    int currentVersion(qint64 imageId) const;
    int count() const;

private:
    void requireImageSize(qint64 imageId, const QByteArray& header, const QString& what) const;
    MaskRecord upsert(qint64 imageId, const QString& storedFile, std::optional<qint64> defectTypeId,
                      const QString& author);

    ProjectStore& m_store;
};

}  // namespace dmad::project
