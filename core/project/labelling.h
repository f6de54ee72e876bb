// What a labeller does to an image (label, review, save a mask), each change committed with its audit entry.
#pragma once

#include "project/project_types.h"

#include <QByteArray>
#include <optional>

namespace dmad::project {

class ProjectStore;

class Labelling {
public:
    Labelling(ProjectStore& store, QString user) : m_store(store), m_user(std::move(user)) {}

    // With `expectedVersion` (ImageRecord::rowVersion as shown) a label someone else changed meanwhile
    // is not overwritten: ProjectError(Conflict).
    void markNormal(qint64 imageId, std::optional<int> expectedVersion = std::nullopt);
    void markDefective(qint64 imageId, std::optional<qint64> defectTypeId,
                       std::optional<int> expectedVersion = std::nullopt);
    void markUnlabelled(qint64 imageId, std::optional<int> expectedVersion = std::nullopt);
    // Review state is a supervisor's: refused (ProjectError NotAllowed, audited) for a labeller.
    // `expectedVersion` as for the labels above.
    void setReviewed(qint64 imageId, bool reviewed, std::optional<int> expectedVersion = std::nullopt);
    // Moves an image between the splits: only train-split labels teach the model, test ones measure it.
    void setSplit(qint64 imageId, Split split, std::optional<int> expectedVersion = std::nullopt);
    // A painted mask says the image is defective: the label follows in the same transaction.
    // `expectedMaskVersion`: see MaskRepository::save (Conflict when someone else saved the mask since).
    MaskRecord saveMask(qint64 imageId, const QByteArray& png, std::optional<qint64> defectTypeId,
                        std::optional<int> expectedMaskVersion = std::nullopt);
    // Removing a mask another user painted needs a supervisor.
    void removeMask(qint64 imageId);

    QString user() const { return m_user; }

private:
    void setLabel(qint64 imageId, ImageStatus status, std::optional<qint64> defectTypeId,
                  std::optional<int> expectedVersion);

    ProjectStore& m_store;
    QString m_user;
};

}  // namespace dmad::project
