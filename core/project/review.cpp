#include "project/review.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/verdict.h"

#include <QObject>
#include <optional>

namespace dmad::project {

namespace {

QString imageSubject(qint64 imageId) {
    return QStringLiteral("image:%1").arg(imageId);
}

QString score3(double value) {
    return QString::number(value, 'f', 3);
}

[[noreturn]] void refuse(const QString& message) {
    throw ProjectError(ProjectError::Kind::InvalidInput, message);
}

ImageRecord existing(const ImageRepository& images, qint64 id) {
    const auto image = images.byId(id);
    if (!image) refuse(QObject::tr("There is no image %1.").arg(id));
    return *image;
}

// The row versions each image's next write must find: the caller's view first (checked before the
// decision is taken from the image as it is now), then one more per write of this decision. Each write
// checks its version in the same statement, so a station's change between the read and the write is
// caught too.
class ExpectedVersions {
public:
    explicit ExpectedVersions(ShownVersions shown) : m_versions(std::move(shown)) {}

    // Conflict when `image` (read now) is no longer the version the caller showed.
    void requireShown(const ImageRepository& images, const ImageRecord& image) const {
        const auto shown = m_versions.constFind(image.id);
        if (shown != m_versions.constEnd() && *shown != image.rowVersion) images.requireVersion(image.id, *shown);
    }
    // The version for the next write of `id`; none where the caller showed none.
    std::optional<int> next(qint64 id) {
        const auto found = m_versions.find(id);
        if (found == m_versions.end()) return std::nullopt;
        return (*found)++;
    }

private:
    ShownVersions m_versions;
};

// One decision over a selection, in one transaction: each image read now, checked against the version the
// caller showed, then decided on by decide(image, labelling, log, versions).
template <typename Decide>
void decideEach(ProjectStore& store, const QString& user, const QVector<qint64>& imageIds,
                const ShownVersions& shownVersions, Decide decide) {
    Transaction transaction(store);
    const ImageRepository images(store);
    Labelling labelling(store, user);
    AuditLog log(store);
    ExpectedVersions versions(shownVersions);
    for (const qint64 id : imageIds) {
        const ImageRecord image = existing(images, id);
        versions.requireShown(images, image);
        decide(image, labelling, log, versions);
    }
    transaction.commit();
}

}  // namespace

void Review::requireReviewer(const QVector<qint64>& imageIds) {
    const QString subject =
        imageIds.size() == 1 ? imageSubject(imageIds.front()) : QStringLiteral("%1 images").arg(imageIds.size());
    // Outside the transaction: the refusal's audit entry stays.
    requireAllowed(m_store, m_user, Action::Review, subject);
}

void Review::acceptLabels(const QVector<qint64>& imageIds, const ShownVersions& shownVersions) {
    requireReviewer(imageIds);
    decideEach(m_store, m_user, imageIds, shownVersions,
               [&](const ImageRecord& image, Labelling& labelling, AuditLog& log, ExpectedVersions& versions) {
                   if (image.status == ImageStatus::Unlabelled)
                       refuse(QObject::tr("%1 has no label to accept.").arg(image.fileName()));
                   log.append(m_user, QStringLiteral("accept_label"), imageSubject(image.id), toText(image.status));
                   labelling.setReviewed(image.id, true, versions.next(image.id));
               });
}

void Review::rejectLabels(const QVector<qint64>& imageIds, const ShownVersions& shownVersions) {
    requireReviewer(imageIds);
    decideEach(m_store, m_user, imageIds, shownVersions,
               [&](const ImageRecord& image, Labelling& labelling, AuditLog& log, ExpectedVersions& versions) {
                   log.append(m_user, QStringLiteral("reject_label"), imageSubject(image.id),
                                                     QStringLiteral("was %1").arg(toText(image.status)));
                   labelling.markUnlabelled(image.id, versions.next(image.id));
                   if (image.reviewed) labelling.setReviewed(image.id, false, versions.next(image.id));
               });
}

void Review::acceptPredictions(const QVector<qint64>& imageIds, qint64 modelId, double defaultThreshold,
                               const ShownVersions& shownVersions) {
    requireReviewer(imageIds);
    const ScoreRepository scores(m_store);
    const auto model = ModelRepository(m_store).byId(modelId);
    if (!model) refuse(QObject::tr("There is no model %1.").arg(modelId));
    decideEach(
        m_store, m_user, imageIds, shownVersions,
        [&](const ImageRecord& image, Labelling& labelling, AuditLog& log, ExpectedVersions& versions) {
            const qint64 id = image.id;
            const auto score = scores.score(modelId, id);
            if (!score) refuse(QObject::tr("Model v%1 has not scored %2.").arg(model->version).arg(image.fileName()));
            const double threshold = thresholdInForce(scores, image.categoryId, modelId, defaultThreshold).value;
            const Verdict verdict = verdictOf(*score, threshold);
            if (verdict == Verdict::Ok && image.hasMask)
                refuse(QObject::tr("%1 has a painted defect mask; it cannot become normal.").arg(image.fileName()));
            log.append(m_user,
                       QStringLiteral("accept_prediction"), imageSubject(id),
                                      QStringLiteral("model v%1: score %2, threshold %3, %4")
                                                         .arg(model->version)
                                                         .arg(score3(*score), score3(threshold), verdictCode(verdict)));
            if (verdict == Verdict::Ng) {
                // An image already labelled defective keeps its defect type.
                const bool wasDefective = image.status == ImageStatus::Defective;
                labelling.markDefective(id, wasDefective ? image.defectTypeId : std::nullopt, versions.next(id));
            } else {
                labelling.markNormal(id, versions.next(id));
            }
            labelling.setReviewed(id, true, versions.next(id));
        });
}

}  // namespace dmad::project
