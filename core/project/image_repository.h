// The images of a project: where each file is, its content hash and size, its split and its label.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <optional>

namespace dmad::project {

class ProjectStore;

struct NewImage {
    qint64 categoryId = 0;
    QString path;  // absolute; stored relative when inside the project folder
    QString contentHash;
    int width = 0;
    int height = 0;
    Split split = Split::Train;
    ImageStatus status = ImageStatus::Unlabelled;
    std::optional<qint64> defectTypeId;
};

class ImageRepository {
public:
    explicit ImageRepository(ProjectStore& store) : m_store(store) {}

    qint64 add(const NewImage& image);
    std::optional<ImageRecord> byId(qint64 id) const;
    std::optional<qint64> idForPath(const QString& absolutePath) const;
    QVector<ImageRecord> all() const;  // by category, then path
    QVector<ImageRecord> inCategory(qint64 categoryId) const;
    int count() const;

    // A normal or unlabelled image has no defect type; a defective one may have one. With
    // `expectedVersion` (the ImageRecord::rowVersion the caller showed) a change someone else saved
    // since is not overwritten: ProjectError(Conflict), and nothing changes.
    void setLabel(qint64 id, ImageStatus status, std::optional<qint64> defectTypeId = std::nullopt,
                  std::optional<int> expectedVersion = std::nullopt);
    void setSplit(qint64 id, Split split, std::optional<int> expectedVersion = std::nullopt);
    void setReviewed(qint64 id, bool reviewed, std::optional<int> expectedVersion = std::nullopt);
    // ProjectError(Conflict) when the image is no longer at `expectedVersion`: checked before a change of
    // several steps (a mask removed, then the label) so that none of them is made over a newer change.
    void requireVersion(qint64 id, int expectedVersion) const;
    // For a file that was moved: the record follows it (the hash is kept and can be checked).
    void setPath(qint64 id, const QString& absolutePath);

private:
    QVector<ImageRecord> select(const QString& where, std::initializer_list<QVariant> values) const;
    void update(qint64 id, const QString& assignments, std::initializer_list<QVariant> values,
                std::optional<int> expectedVersion = std::nullopt);
    [[noreturn]] void throwChangedMeanwhile(qint64 id) const;

    ProjectStore& m_store;
};

}  // namespace dmad::project
