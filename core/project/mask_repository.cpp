#include "project/mask_repository.h"

#include "project/atomic_file.h"
#include "project/image_header.h"
#include "project/project_store.h"
#include "project/sql_support.h"

#include <QDir>
#include <QFile>

namespace dmad::project {

namespace {

using Kind = ProjectError::Kind;

MaskRecord fromRow(const QSqlQuery& query) {
    MaskRecord mask;
    mask.id = query.value(0).toLongLong();
    mask.imageId = query.value(1).toLongLong();
    mask.defectTypeId = sql::optionalId(query.value(2));
    mask.file = query.value(3).toString();
    mask.author = query.value(4).toString();
    mask.created = sql::time(query.value(5));
    mask.updated = sql::time(query.value(6));
    return mask;
}

}  // namespace

QString MaskRepository::managedFile(qint64 imageId) const {
    return QDir(m_store.masksDirectory()).filePath(QStringLiteral("%1.png").arg(imageId));
}

MaskRecord MaskRepository::save(qint64 imageId, const QByteArray& png, std::optional<qint64> defectTypeId,
                                const QString& author) {
    requireImageSize(imageId, png, QObject::tr("The mask"));
    const QString file = managedFile(imageId);
    Transaction transaction(m_store);
    const MaskRecord mask = upsert(imageId, m_store.storedPath(file), defectTypeId, author);
    // The file is renamed into place only when complete and on disk, and the row commits only when the
    // file did: a kill in between leaves a file without a row (moved aside at the next open), never a row
    // without its file.
    writeFileAtomically(file, png);
    transaction.commit();
    return mask;
}

MaskRecord MaskRepository::record(qint64 imageId, const QString& absoluteFile, std::optional<qint64> defectTypeId,
                                  const QString& author) {
    QFile file(absoluteFile);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ProjectError(
            Kind::Io,
            QObject::tr("Cannot read the mask %1: %2").arg(QDir::toNativeSeparators(absoluteFile), file.errorString()));
    }
    requireImageSize(imageId, file.read(64), QDir::toNativeSeparators(absoluteFile));
    Transaction transaction(m_store);
    const MaskRecord mask = upsert(imageId, m_store.storedPath(absoluteFile), defectTypeId, author);
    transaction.commit();
    return mask;
}

void MaskRepository::remove(qint64 imageId) {
    const std::optional<MaskRecord> mask = forImage(imageId);
    if (!mask) return;
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("DELETE FROM masks WHERE image_id = ?"), {imageId});
    const QString file = absoluteFile(*mask);
    if (file == managedFile(imageId) && QFile::exists(file) && !QFile::remove(file)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot delete the mask %1").arg(QDir::toNativeSeparators(file)));
    }
    transaction.commit();
}

std::optional<MaskRecord> MaskRepository::forImage(qint64 imageId) const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT id, image_id, defect_type_id, file, author, created_at,"
                                              " updated_at FROM masks WHERE image_id = ?"),
                                                    {imageId});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

QString MaskRepository::absoluteFile(const MaskRecord& mask) const {
    return m_store.absolutePath(mask.file);
}

int MaskRepository::count() const {
    return sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM masks")).toInt();
}

void MaskRepository::requireImageSize(qint64 imageId, const QByteArray& header, const QString& what) const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT width, height FROM images WHERE id = ?"), {imageId});
    if (!query.next()) throw ProjectError(Kind::InvalidInput, QObject::tr("There is no image %1").arg(imageId));
    const QSize expected(query.value(0).toInt(), query.value(1).toInt());
    if (!isPng(header)) throw ProjectError(Kind::InvalidInput, QObject::tr("%1 is not a PNG image").arg(what));
    const std::optional<QSize> size = imageSizeFromBytes(header);
    if (size != expected) {
        throw ProjectError(Kind::InvalidInput, QObject::tr("%1 is %2x%3 pixels, but the image is %4x%5")
                                                   .arg(what)
                                                   .arg(size ? size->width() : 0)
                                                   .arg(size ? size->height() : 0)
                                                   .arg(expected.width())
                                                   .arg(expected.height()));
    }
}

MaskRecord MaskRepository::upsert(qint64 imageId, const QString& storedFile, std::optional<qint64> defectTypeId,
                                  const QString& author) {
    const QString now = sql::now();
    sql::run(m_store.database(),
             QStringLiteral("INSERT INTO masks (image_id, defect_type_id, file, author, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (image_id) DO UPDATE SET"
                            " defect_type_id = excluded.defect_type_id, file = excluded.file,"
                            " author = excluded.author, updated_at = excluded.updated_at"),
                            {imageId, sql::nullable(defectTypeId), storedFile, author, now, now});
    return *forImage(imageId);
}

}  // namespace dmad::project
