// A supervisor's decisions on labels and predictions, all or nothing per call, refused (and audited) below supervisor.
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace dmad::project {

class ProjectStore;

// Each call checks the stored role first (a refusal is audited and thrown as ProjectError NotAllowed),
// then changes every image or none (one transaction; ProjectError InvalidInput names the image that
// stopped it). Every decision is audited with what it decided on.
// `shownVersions` (image id -> ImageRecord::rowVersion as the caller showed it; on a server): an image
// another station changed since is not decided on: ProjectError(Conflict), and nothing changes.
using ShownVersions = QHash<qint64, int>;

class Review {
public:
    Review(ProjectStore& store, QString user) : m_store(store), m_user(std::move(user)) {}

    // The labeller's label stands: the images are marked reviewed. Unlabelled images are refused.
    void acceptLabels(const QVector<qint64>& imageIds, const ShownVersions& shownVersions = {});
    // The label goes back to "unlabelled" and unreviewed, so the image returns to the labellers.
    void rejectLabels(const QVector<qint64>& imageIds, const ShownVersions& shownVersions = {});
    // The model's verdict (core/project/verdict.h, with the threshold in force) becomes the label,
    // reviewed. An image with a painted mask does not become normal: that call is refused.
    void acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId, double defaultThreshold,
                           const ShownVersions& shownVersions = {});

private:
    void requireReviewer(const QVector<qint64>& imageIds);

    ProjectStore& m_store;
    QString m_user;
};

}  // namespace dmad::project
