#include "project/csv_export.h"

#include "project/atomic_file.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"

#include <QDir>
#include <QStringList>

namespace dmad::project {

namespace {

QString field(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString row(const QStringList& fields) {
    QStringList quoted;
    for (const QString& f : fields) quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

}  // namespace

void exportCsv(ProjectStore& store, const QString& file, std::optional<qint64> modelId) {
    if (!modelId) {
        if (const auto active = ModelRepository(store).active()) modelId = active->id;
    }
    const QHash<qint64, double> scores = modelId ? ScoreRepository(store).forModel(*modelId) : QHash<qint64, double>();
    const MaskRepository masks(store);

    QString text = row({QStringLiteral("image_id"),
        QStringLiteral("category"),
            QStringLiteral("split"),
                QStringLiteral("status"),
                    QStringLiteral("reviewed"),
                        QStringLiteral("defect_type"),
                            QStringLiteral("width"),
                                QStringLiteral("height"),
                                               QStringLiteral("sha1"),
                                                              QStringLiteral("path"),
                                                                             QStringLiteral("mask"),
                                                                                            QStringLiteral("score")});
    for (const ImageRecord& image : ImageRepository(store).all()) {
        const std::optional<MaskRecord> mask = image.hasMask ? masks.forImage(image.id) : std::nullopt;
        const auto score = scores.constFind(image.id);
        text += row({QString::number(image.id), image.categoryName, toText(image.split), toText(image.status),
                     image.reviewed
                     ? QStringLiteral("1")
                     : QStringLiteral("0"), image.defectTypeName, QString::number(image.width),
                                      QString::number(image.height), image.contentHash, image.path,
                                      mask ? masks.absoluteFile(*mask) : QString(),
                                      score != scores.constEnd() ? QString::number(*score, 'g', 9) : QString()});
    }
    writeFileAtomically(file, text.toUtf8());
}

}  // namespace dmad::project
