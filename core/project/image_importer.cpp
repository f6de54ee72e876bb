#include "project/image_importer.h"

#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/defect_type_repository.h"
#include "project/image_header.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace dmad::project {

namespace {

const QStringList kImagePatterns = {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                    QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff")};

bool copyInto(const QString& from, const QString& to) {
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath()) return true;
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) return false;
    if (QFile::exists(to)) QFile::remove(to);
    return QFile::copy(from, to);
}

class Importer {
public:
    Importer(ProjectStore& store, const ImportOptions& options, ImportReport& report)
        : m_store(store), m_options(options), m_report(report), m_images(store), m_masks(store) {}

    void add(const PlannedImage& planned) {
        if (m_images.idForPath(planned.file) || (m_options.copyImages && m_images.idForPath(copyTarget(planned)))) {
            ++m_report.skippedExisting;
            return;
        }
        const std::optional<QSize> size = readImageSize(planned.file);
        if (!size) {
            m_report.problems << QObject::tr("%1: not a readable PNG, JPEG, BMP or TIFF image")
                                     .arg(QDir::toNativeSeparators(planned.file));
            return;
        }
        const QString hash = sha1OfFile(planned.file);
        if (hash.isEmpty()) {
            m_report.problems << QObject::tr("%1: cannot be read").arg(QDir::toNativeSeparators(planned.file));
            return;
        }
        QString path = planned.file;
        if (m_options.copyImages) {
            path = copyTarget(planned);
            if (!copy(planned.file, path)) {
                throw ProjectError(ProjectError::Kind::Io, QObject::tr("Cannot copy %1 into the project")
                                                               .arg(QDir::toNativeSeparators(planned.file)));
            }
        }
        NewImage image;
        image.categoryId = categoryId(planned.category);
        image.path = path;
        image.contentHash = hash;
        image.width = size->width();
        image.height = size->height();
        image.split = planned.split;
        image.status = planned.status;
        image.defectTypeId = defectTypeId(planned.defectType);
        const qint64 id = m_images.add(image);
        ++m_report.imagesAdded;
        if (!planned.maskFile.isEmpty()) addMask(id, planned, image.defectTypeId);
    }

    // The copies made so far; an import that is rolled back removes them, so that the project
    // folder holds no files its database does not know.
    void removeCopies() {
        for (const QString& file : std::as_const(m_copies)) QFile::remove(file);
        m_copies.clear();
    }

private:
    bool copy(const QString& from, const QString& to) {
        const bool existed = QFileInfo::exists(to);
        if (!copyInto(from, to)) return false;
        if (!existed) m_copies << to;
        return true;
    }

    QString copyTarget(const PlannedImage& planned) const {
        return QDir(m_store.directory()).filePath(QStringLiteral("images/%1/%2").arg(planned.category,
                                                                                   planned.relativePath));
    }

    void addMask(qint64 imageId, const PlannedImage& planned, std::optional<qint64> defectTypeId) {
        QString file = planned.maskFile;
        if (m_options.copyImages) {
            file = m_masks.managedFile(imageId);
            if (!copy(planned.maskFile, file)) {
                throw ProjectError(ProjectError::Kind::Io, QObject::tr("Cannot copy %1 into the project")
                                                               .arg(QDir::toNativeSeparators(planned.maskFile)));
            }
        }
        try {
            m_masks.record(imageId, file, defectTypeId, QStringLiteral("import"));
            ++m_report.masksAdded;
        } catch (const ProjectError& error) {
            if (error.kind() != ProjectError::Kind::InvalidInput && error.kind() != ProjectError::Kind::Io) throw;
            m_report.problems << QObject::tr("%1: mask not imported: %2")
                                     .arg(QDir::toNativeSeparators(planned.maskFile), error.message());
        }
    }

    qint64 categoryId(const QString& name) {
        auto found = m_categoryIds.constFind(name);
        if (found != m_categoryIds.constEnd()) return *found;
        const qint64 id = CategoryRepository(m_store).ensure(name);
        m_categoryIds.insert(name, id);
        if (!m_report.categories.contains(name)) m_report.categories << name;
        return id;
    }

    std::optional<qint64> defectTypeId(const QString& name) {
        if (name.isEmpty()) return std::nullopt;
        auto found = m_defectIds.constFind(name);
        if (found != m_defectIds.constEnd()) return *found;
        const qint64 id = DefectTypeRepository(m_store).ensure(name);
        m_defectIds.insert(name, id);
        return id;
    }

    ProjectStore& m_store;
    const ImportOptions& m_options;
    ImportReport& m_report;
    ImageRepository m_images;
    MaskRepository m_masks;
    QHash<QString, qint64> m_categoryIds;
    QHash<QString, qint64> m_defectIds;
    QStringList m_copies;
};

}  // namespace

QString sha1OfFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&file)) return {};
    return QString::fromLatin1(hash.result().toHex());
}

QStringList imageFilesIn(const QString& folder, bool recursive) {
    QStringList files;
    QDirIterator it(folder, kImagePatterns, QDir::Files | QDir::Readable,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) files << QFileInfo(it.next()).absoluteFilePath();
    std::sort(files.begin(), files.end());
    return files;
}

ImportReport runImportPlan(ProjectStore& store, const QString& source, const QVector<PlannedImage>& plan,
                           const ImportOptions& options,
                           const ProgressCallback& progress, const CancelFlag* cancel) {
    ImportReport report;
    Transaction transaction(store);
    Importer importer(store, options, report);
    const int total = static_cast<int>(plan.size());
    try {
        for (int i = 0; i < total; ++i) {
            if (cancel && cancel->load()) {
                importer.removeCopies();
                ImportReport cancelled;
                cancelled.cancelled = true;
                return cancelled;  // the transaction rolls back
            }
            if (progress) progress(i, total, plan[i].file);
            importer.add(plan[i]);
        }
        AuditLog(store).append(options.user.isEmpty() ? QStringLiteral("(unknown)") : options.user,
                               QStringLiteral("import"), QDir::toNativeSeparators(source),
                               QStringLiteral("%1 image(s), %2 mask(s), %3 already present; categories: %4")
                                   .arg(report.imagesAdded)
                                   .arg(report.masksAdded)
                                   .arg(report.skippedExisting)
                                   .arg(report.categories.join(QStringLiteral(", "))));
        transaction.commit();
    } catch (...) {
        importer.removeCopies();
        throw;
    }
    if (progress) progress(total, total, QString());
    return report;
}

}  // namespace dmad::project
