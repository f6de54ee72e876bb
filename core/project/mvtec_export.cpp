#include "project/mvtec_export.h"

#include "project/atomic_file.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace dmad::project {

namespace {

// Category and defect names become folder names; keep them portable.
QString folderName(QString name) {
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (forbidden.contains(c) || c.unicode() < 32) c = QLatin1Char('_');
    }
    return name.trimmed().isEmpty() ? QStringLiteral("unnamed") : name.trimmed();
}

QString classFolder(const ImageRecord& image) {
    if (image.status == ImageStatus::Normal) return QStringLiteral("good");
    return image.defectTypeName.isEmpty() ? QStringLiteral("defect") : folderName(image.defectTypeName);
}

void copyFile(const QString& from, const QString& to) {
    if (!QDir().mkpath(QFileInfo(to).absolutePath())) {
        throw ProjectError(ProjectError::Kind::Io, QObject::tr("Cannot create %1").arg(QFileInfo(to).absolutePath()));
    }
    copyFileAtomically(from, to);
}

QString writeWith(const MaskWriter& writeMask, const QString& source, const QString& target) {
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return QObject::tr("Cannot create %1").arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()));
    }
    // The writer (the UI's binary mask converter) writes the temporary file; the rename makes it final.
    QString error;
    try {
        writeFileAtomically(target, [&](const QString& temporary) {
            error = writeMask(source, temporary);
            if (!error.isEmpty()) throw ProjectError(ProjectError::Kind::Io, error);
        });
    } catch (const ProjectError& e) {
        return e.message();
    }
    return {};
}

}  // namespace

ExportReport exportMvtec(ProjectStore& store, const QString& outDirectory, const ProgressCallback& progress,
                         const CancelFlag* cancel, const MaskWriter& writeMask) {
    ExportReport report;
    const MaskRepository masks(store);
    const QVector<ImageRecord> images = ImageRepository(store).all();
    const QDir out(outDirectory);
    QSet<QString> written;
    const int total = static_cast<int>(images.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        const ImageRecord& image = images[i];
        if (progress) progress(i, total, image.path);
        if (image.status == ImageStatus::Unlabelled) {
            ++report.skippedUnlabelled;
            continue;
        }
        if (!QFileInfo(image.path).isFile()) {
            report.problems << QObject::tr("%1: missing, not exported").arg(QDir::toNativeSeparators(image.path));
            continue;
        }
        const bool normal = image.status == ImageStatus::Normal;
        const QString split = normal && image.split == Split::Train ? QStringLiteral("train") : QStringLiteral("test");
        const QString category = folderName(image.categoryName);
        const QString folder = QStringLiteral("%1/%2/%3").arg(category, split, classFolder(image));
        QString name = image.fileName();
        // Two source folders may hold the same file name; the image id keeps them apart.
        if (written.contains(folder + QLatin1Char('/') + name)) name = QStringLiteral("%1_%2").arg(image.id).arg(name);
        written.insert(folder + QLatin1Char('/') + name);
        copyFile(image.path, out.filePath(folder + QLatin1Char('/') + name));
        ++report.imagesWritten;

        if (normal || !image.hasMask) continue;
        const std::optional<MaskRecord> mask = masks.forImage(image.id);
        const QString maskFile = mask ? masks.absoluteFile(*mask) : QString();
        if (!QFileInfo(maskFile).isFile()) {
            report.problems
                << QObject::tr("%1: mask missing, image exported without it").arg(QDir::toNativeSeparators(image.path));
            continue;
        }
        const QString maskName = QFileInfo(name).completeBaseName() + QStringLiteral("_mask.png");
        const QString target =
            out.filePath(QStringLiteral("%1/ground_truth/%2/%3").arg(category, classFolder(image), maskName));
        QString error;
        if (writeMask) {
            error = writeWith(writeMask, maskFile, target);
        } else {
            copyFile(maskFile, target);
        }
        if (!error.isEmpty()) {
            report.problems << error;
            continue;
        }
        ++report.masksWritten;
    }
    if (progress) progress(total, total, QString());
    return report;
}

}  // namespace dmad::project
