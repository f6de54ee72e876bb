#include "project/mask_repository.h"

#include "project/atomic_file.h"
#include "project/image_header.h"
#include "project/project_store.h"
#include "project/sql_dialect.h"
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
    mask.rowVersion = query.value(7).toInt();
    return mask;
}

}  // namespace

QString MaskRepository::managedFile(qint64 imageId) const {
    return QDir(m_store.masksDirectory()).filePath(QStringLiteral("%1.png").arg(imageId));
}

MaskRecord MaskRepository::save(qint64 imageId, const QByteArray& png, std::optional<qint64> defectTypeId,
                                const QString& author, std::optional<int> expectedVersion) {
    requireImageSize(imageId, png, QObject::tr("The mask"));
    const QString file = managedFile(imageId);
    Transaction transaction(m_store);
    // Every writer of this image's mask waits here for the one before it, so the check below holds
    // until this transaction commits.
    dialect::lockRow(m_store.database(), QStringLiteral("images"), imageId);
    if (expectedVersion && currentVersion(imageId) != *expectedVersion) {
        throw ProjectError(Kind::Conflict,
                           QObject::tr("The mask of image %1 was changed by someone else after you opened it "
                                       "(version %2, yours was %3). Nothing was saved.")
                               .arg(imageId)
                               .arg(currentVersion(imageId))
                               .arg(*expectedVersion));
    }
    MaskRecord mask = upsert(imageId, m_store.storedPath(file), defectTypeId, author);
    if (m_store.isServer()) {
        sql::run(m_store.database(), QStringLiteral("UPDATE masks SET png = ? WHERE image_id = ?"), {png, imageId});
    }
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
    // Other stations may not see this file: the server keeps its bytes.
    if (m_store.isServer() && file.seek(0)) {
        sql::run(m_store.database(), QStringLiteral("UPDATE masks SET png = ? WHERE image_id = ?"),
                                                    {file.readAll(), imageId});
    }
    transaction.commit();
    return mask;
}

void MaskRepository::remove(qint64 imageId) {
    const std::optional<MaskRecord> mask = forImage(imageId);
    if (!mask) return;
    Transaction transaction(m_store);
    const QSqlQuery deleted =
        sql::run(m_store.database(), QStringLiteral("DELETE FROM masks WHERE image_id = ?"), {imageId});
    // A server's row security leaves another account's mask in place for a labeller, without an error
    // (a mask another station removed meanwhile is simply gone).
    if (deleted.numRowsAffected() == 0 && forImage(imageId)) {
        throw ProjectError(Kind::NotAllowed, QObject::tr("The server did not let you remove the mask of image %1 "
                                                         "(painted by %2): only its author or a supervisor may.")
                                                 .arg(imageId)
                                                 .arg(mask->author));
    }
    const QString file = absoluteFile(*mask);
    if (file == managedFile(imageId) && QFile::exists(file) && !QFile::remove(file)) {
        throw ProjectError(Kind::Io, QObject::tr("Cannot delete the mask %1").arg(QDir::toNativeSeparators(file)));
    }
    transaction.commit();
}

std::optional<MaskRecord> MaskRepository::forImage(qint64 imageId) const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT id, image_id, defect_type_id, file, author, created_at,"
                                              " updated_at, row_version FROM masks WHERE image_id = ?"),
                                                    {imageId});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

QString MaskRepository::absoluteFile(const MaskRecord& mask) const {
    if (!m_store.isServer()) return m_store.absolutePath(mask.file);
    const QString file = managedFile(mask.imageId);
    const QByteArray bytes = png(mask);
    if (bytes.isEmpty()) return m_store.absolutePath(mask.file);  // a referenced file (an imported ground truth)
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) return file;
    existing.close();
    writeFileAtomically(file, bytes);
    return file;
}

QByteArray MaskRepository::png(const MaskRecord& mask) const {
    if (m_store.isServer()) {
        const QByteArray bytes =
            sql::scalar(m_store.database(),
                        QStringLiteral("SELECT png FROM masks WHERE image_id = ?"), {mask.imageId}).toByteArray();
        if (!bytes.isEmpty()) return bytes;
    }
    QFile file(m_store.absolutePath(mask.file));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

int MaskRepository::currentVersion(qint64 imageId) const {
    return sql::scalar(m_store.database(),
                       QStringLiteral("SELECT row_version FROM masks WHERE image_id = ?"), {imageId}).toInt();
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
                            " author = excluded.author, updated_at = excluded.updated_at,"
                            " row_version = masks.row_version + 1"),
                            {imageId, sql::nullable(defectTypeId), storedFile, author, now, now});
    return *forImage(imageId);
}

}  // namespace dmad::project
