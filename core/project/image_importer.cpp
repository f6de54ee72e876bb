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
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace dmad::project {

namespace {

bool hasImageExtension(const std::string& name) {
    const auto dot = name.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = name.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "bmp" || ext == "tif" || ext == "tiff";
}

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
        const QString shown = QDir::toNativeSeparators(planned.file);
        if (!QFileInfo::exists(planned.file)) {
            // Qt cannot name a file whose name is not valid UTF-8 (it reads U+FFFD): list it, never drop it.
            m_report.problems << (planned.file.contains(QChar::ReplacementCharacter)
                                      ? QObject::tr("%1: the file name is not valid UTF-8, so it cannot be opened; "
                                                    "rename the file and import it again")
                                            .arg(shown)
                                      : QObject::tr("%1: cannot be read").arg(shown));
            return;
        }
        const ImageFileCheck check = checkImageFile(planned.file);
        if (!reportProblem(check, shown)) return;
        const std::optional<QSize> size = check.size;
        const QString hash = sha1OfFile(planned.file);
        if (hash.isEmpty()) {
            m_report.problems << QObject::tr("%1: cannot be read").arg(QDir::toNativeSeparators(planned.file));
            return;
        }
        QString path = planned.file;
        if (m_options.copyImages) {
            path = copyTarget(planned);
            if (!copy(planned.file, path)) {
                throw ProjectError(
                    ProjectError::Kind::Io,
                    QObject::tr("Cannot copy %1 into the project").arg(QDir::toNativeSeparators(planned.file)));
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
    // False (and a line in the report naming the file) when the image must not be imported.
    bool reportProblem(const ImageFileCheck& check, const QString& shown) {
        switch (check.problem) {
        case ImageFileCheck::Problem::None: return true;
        case ImageFileCheck::Problem::Unreadable:
            m_report.problems << QObject::tr("%1: cannot be read").arg(shown);
            return false;
        case ImageFileCheck::Problem::NotAnImage:
            m_report.problems << QObject::tr("%1: not a readable PNG, JPEG, BMP or TIFF image").arg(shown);
            return false;
        case ImageFileCheck::Problem::TooLarge:
            m_report.problems << QObject::tr("%1: its header claims %2 x %3 pixels, above the limit of %4 megapixels; "
                                             "not imported")
                                     .arg(shown)
                                     .arg(check.claimedWidth)
                                     .arg(check.claimedHeight)
                                     .arg(check.megapixelLimit, 0, 'g', 4);
            return false;
        case ImageFileCheck::Problem::Truncated:
            m_report.problems
                << QObject::tr("%1: the file is truncated (an incomplete copy or download); not imported").arg(shown);
            return false;
        }
        return false;
    }

    bool copy(const QString& from, const QString& to) {
        const bool existed = QFileInfo::exists(to);
        if (!copyInto(from, to)) return false;
        if (!existed) m_copies << to;
        return true;
    }

    QString copyTarget(const PlannedImage& planned) const {
        return QDir(m_store.directory())
            .filePath(QStringLiteral("images/%1/%2").arg(planned.category, planned.relativePath));
    }

    void addMask(qint64 imageId, const PlannedImage& planned, std::optional<qint64> defectTypeId) {
        QString file = planned.maskFile;
        if (m_options.copyImages) {
            file = m_masks.managedFile(imageId);
            if (!copy(planned.maskFile, file)) {
                throw ProjectError(
                    ProjectError::Kind::Io,
                    QObject::tr("Cannot copy %1 into the project").arg(QDir::toNativeSeparators(planned.maskFile)));
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
    // std::filesystem, not QDirIterator: Qt silently skips names that are not valid UTF-8, and such a file
    // must reach the import to be reported by name. Its QString holds U+FFFD where the bad bytes were.
    namespace fs = std::filesystem;
    QStringList files;
    const fs::path root(QFile::encodeName(QDir(folder).absolutePath()).toStdString());
    const auto consider = [&](const fs::directory_entry& entry) {
        const std::string name = entry.path().filename().string();
        std::error_code ec;
        if (name.empty() || name.front() == '.' || !hasImageExtension(name) || !entry.is_regular_file(ec)) return;
        files << QFile::decodeName(QByteArray::fromStdString(entry.path().string()));
    };
    std::error_code ec;
    const auto options = fs::directory_options::skip_permission_denied;
    if (recursive) {
        for (auto it = fs::recursive_directory_iterator(root, options, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            consider(*it);
    } else {
        for (auto it = fs::directory_iterator(root, options, ec); !ec && it != fs::directory_iterator();
             it.increment(ec))
            consider(*it);
    }
    std::sort(files.begin(), files.end());
    return files;
}

ImportReport runImportPlan(ProjectStore& store, const QString& source, const QVector<PlannedImage>& plan,
                           const ImportOptions& options, const ProgressCallback& progress, const CancelFlag* cancel) {
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
        AuditLog(store).append(
            options.user.isEmpty()
            ? QStringLiteral("(unknown)") : options.user,
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
