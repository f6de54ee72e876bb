#include "project/image_repository.h"

#include "project/project_store.h"
#include "project/sql_support.h"

namespace dmad::project {

namespace {

const QString kSelect =
    QStringLiteral(
    "SELECT i.id, i.category_id, c.name, i.path, i.content_hash, i.width, i.height, i.split, i.status,"
    " i.reviewed, i.defect_type_id, d.name, m.id IS NOT NULL, i.row_version"
    " FROM images i JOIN categories c ON c.id = i.category_id"
    " LEFT JOIN defect_types d ON d.id = i.defect_type_id"
    " LEFT JOIN masks m ON m.image_id = i.id ");

}  // namespace

qint64 ImageRepository::add(const NewImage& image) {
    if (image.width <= 0 || image.height <= 0 || image.path.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("An image needs a path and a size: %1").arg(image.path));
    }
    const QVariant defect = sql::nullable(image.status == ImageStatus::Defective ? image.defectTypeId : std::nullopt);
    Transaction transaction(m_store);
    const qint64 id =
        sql::insert(m_store.database(),
                    QStringLiteral("INSERT INTO images (category_id, path, content_hash, width, height, split, status,"
                       " defect_type_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {image.categoryId, m_store.storedPath(image.path), image.contentHash, image.width,
                                    image.height, toText(image.split), toText(image.status), defect, sql::now()});
    transaction.commit();
    return id;
}

std::optional<ImageRecord> ImageRepository::byId(qint64 id) const {
    const QVector<ImageRecord> found = select(QStringLiteral("WHERE i.id = ?"), {id});
    if (found.isEmpty()) return std::nullopt;
    return found.front();
}

std::optional<qint64> ImageRepository::idForPath(const QString& absolutePath) const {
    return sql::optionalId(sql::scalar(m_store.database(), QStringLiteral("SELECT id FROM images WHERE path = ?"),
                                                                          {m_store.storedPath(absolutePath)}));
}

QVector<ImageRecord> ImageRepository::all() const {
    return select(QStringLiteral("ORDER BY c.name, i.path"), {});
}

QVector<ImageRecord> ImageRepository::inCategory(qint64 categoryId) const {
    return select(QStringLiteral("WHERE i.category_id = ? ORDER BY i.path"), {categoryId});
}

int ImageRepository::count() const {
    return sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM images")).toInt();
}

void ImageRepository::setLabel(qint64 id, ImageStatus status, std::optional<qint64> defectTypeId,
                               std::optional<int> expectedVersion) {
    // A QVariant, not an optional: GCC 12 warned of a maybe-uninitialised optional in the initialiser list.
    const QVariant defect = sql::nullable(status == ImageStatus::Defective ? defectTypeId : std::nullopt);
    update(id, QStringLiteral("status = ?, defect_type_id = ?"), {toText(status), defect}, expectedVersion);
}

void ImageRepository::setSplit(qint64 id, Split split, std::optional<int> expectedVersion) {
    update(id, QStringLiteral("split = ?"), {toText(split)}, expectedVersion);
}

void ImageRepository::setReviewed(qint64 id, bool reviewed, std::optional<int> expectedVersion) {
    update(id, QStringLiteral("reviewed = ?"), {reviewed ? 1 : 0}, expectedVersion);
}

void ImageRepository::requireVersion(qint64 id, int expectedVersion) const {
    const QVariant version =
        sql::scalar(m_store.database(), QStringLiteral("SELECT row_version FROM images WHERE id = ?"), {id});
    if (!version.isValid() || version.isNull() || version.toInt() != expectedVersion) throwChangedMeanwhile(id);
}

void ImageRepository::setPath(qint64 id, const QString& absolutePath) {
    update(id, QStringLiteral("path = ?"), {m_store.storedPath(absolutePath)});
}

QVector<ImageRecord> ImageRepository::select(const QString& where, std::initializer_list<QVariant> values) const {
    QSqlQuery query = sql::run(m_store.database(), kSelect + where, values);
    QVector<ImageRecord> images;
    while (query.next()) {
        ImageRecord record;
        record.id = query.value(0).toLongLong();
        record.categoryId = query.value(1).toLongLong();
        record.categoryName = query.value(2).toString();
        record.path = m_store.absolutePath(query.value(3).toString());
        record.contentHash = query.value(4).toString();
        record.width = query.value(5).toInt();
        record.height = query.value(6).toInt();
        record.split = splitFromString(query.value(7).toString()).value_or(Split::Train);
        record.status = statusFromString(query.value(8).toString()).value_or(ImageStatus::Unlabelled);
        record.reviewed = query.value(9).toInt() != 0;
        record.defectTypeId = sql::optionalId(query.value(10));
        record.defectTypeName = query.value(11).toString();
        record.hasMask = query.value(12).toInt() != 0;
        record.rowVersion = query.value(13).toInt();
        images.push_back(record);
    }
    return images;
}

void ImageRepository::update(qint64 id, const QString& assignments, std::initializer_list<QVariant> values,
                             std::optional<int> expectedVersion) {
    QList<QVariant> bound(values);
    bound.push_back(id);
    if (expectedVersion) bound.push_back(*expectedVersion);
    Transaction transaction(m_store);
    QSqlQuery query(m_store.database());
    // The version check and the write are one statement: no other station's write can come between.
    const QString statement = QStringLiteral("UPDATE images SET %1, row_version = row_version + 1 WHERE id = ?%2") .arg(
        assignments, expectedVersion ? QStringLiteral(" AND row_version = ?") : QString());
    if (!query.prepare(statement)) throw sql::failure(query, QStringLiteral("update image"));
    for (const QVariant& value : bound) query.addBindValue(sql::bindable(value));
    if (!query.exec()) throw sql::failure(query, QStringLiteral("update image"));
    if (query.numRowsAffected() == 1) {
        transaction.commit();
        return;
    }
    throwChangedMeanwhile(id);
}

void ImageRepository::throwChangedMeanwhile(qint64 id) const {
    const std::optional<ImageRecord> now = byId(id);
    if (!now) throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("There is no image %1").arg(id));
    throw ProjectError(ProjectError::Kind::Conflict,
                       QObject::tr("%1 was changed by someone else after you opened it (it is now %2). Nothing was "
                                   "saved.")
                           .arg(now->fileName(), toText(now->status)));
}

}  // namespace dmad::project
