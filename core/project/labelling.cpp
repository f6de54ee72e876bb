#include "project/labelling.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/project_store.h"
#include "project/user_repository.h"

namespace dmad::project {

namespace {

QString imageSubject(qint64 imageId) {
    return QStringLiteral("image:%1").arg(imageId);
}

QString defectDetails(std::optional<qint64> defectTypeId) {
    return defectTypeId ? QStringLiteral("defect_type:%1").arg(*defectTypeId) : QString();
}

}  // namespace

void Labelling::markNormal(qint64 imageId, std::optional<int> expectedVersion) {
    setLabel(imageId, ImageStatus::Normal, std::nullopt, expectedVersion);
}

void Labelling::markDefective(qint64 imageId, std::optional<qint64> defectTypeId, std::optional<int> expectedVersion) {
    setLabel(imageId, ImageStatus::Defective, defectTypeId, expectedVersion);
}

void Labelling::markUnlabelled(qint64 imageId, std::optional<int> expectedVersion) {
    setLabel(imageId, ImageStatus::Unlabelled, std::nullopt, expectedVersion);
}

void Labelling::setReviewed(qint64 imageId, bool reviewed, std::optional<int> expectedVersion) {
    requireAllowed(m_store, m_user, Action::Review, imageSubject(imageId));
    Transaction transaction(m_store);
    ImageRepository(m_store).setReviewed(imageId, reviewed, expectedVersion);
    AuditLog(m_store).append(m_user,
                             reviewed ? QStringLiteral("review") : QStringLiteral("unreview"), imageSubject(imageId));
    transaction.commit();
}

void Labelling::setSplit(qint64 imageId, Split split, std::optional<int> expectedVersion) {
    Transaction transaction(m_store);
    ImageRepository(m_store).setSplit(imageId, split, expectedVersion);
    AuditLog(m_store).append(m_user, QStringLiteral("split_") + toText(split), imageSubject(imageId));
    transaction.commit();
}

MaskRecord Labelling::saveMask(qint64 imageId, const QByteArray& png, std::optional<qint64> defectTypeId,
                               std::optional<int> expectedMaskVersion) {
    Transaction transaction(m_store);
    ImageRepository(m_store).setLabel(imageId, ImageStatus::Defective, defectTypeId);
    const MaskRecord mask = MaskRepository(m_store).save(imageId, png, defectTypeId, m_user, expectedMaskVersion);
    AuditLog(m_store).append(m_user, QStringLiteral("save_mask"), imageSubject(imageId), defectDetails(defectTypeId));
    transaction.commit();
    return mask;
}

void Labelling::removeMask(qint64 imageId) {
    // Clearing one's own mask is labelling; removing another user's work is a deletion.
    const auto mask = MaskRepository(m_store).forImage(imageId);
    if (mask && UserRepository::nameKey(mask->author) != UserRepository::nameKey(m_user)) {
        requireAllowed(m_store, m_user, Action::Delete, imageSubject(imageId));
    }
    Transaction transaction(m_store);
    MaskRepository(m_store).remove(imageId);
    AuditLog(m_store).append(m_user, QStringLiteral("remove_mask"), imageSubject(imageId));
    transaction.commit();
}

void Labelling::setLabel(qint64 imageId, ImageStatus status, std::optional<qint64> defectTypeId,
                         std::optional<int> expectedVersion) {
    Transaction transaction(m_store);
    ImageRepository(m_store).setLabel(imageId, status, defectTypeId, expectedVersion);
    AuditLog(m_store).append(m_user, QStringLiteral("label_") + toText(status), imageSubject(imageId),
                                                    defectDetails(defectTypeId));
    transaction.commit();
}

}  // namespace dmad::project
