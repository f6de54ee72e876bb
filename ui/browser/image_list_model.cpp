#include "ui/browser/image_list_model.h"

#include "ui/browser/thumbnail_cache.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSize>

namespace dmad::ui {

namespace {

using project::ImageStatus;

QString statusText(const project::ImageRecord& image) {
    switch (image.status) {
    case ImageStatus::Unlabelled: return ImageListModel::tr("unlabelled");
    case ImageStatus::Normal: return ImageListModel::tr("normal");
    case ImageStatus::Defective:
        return image.defectTypeName.isEmpty() ? ImageListModel::tr("defective")
                                              : ImageListModel::tr("defective: %1").arg(image.defectTypeName);
    }
    return {};
}

QColor statusColour(ImageStatus status) {
    switch (status) {
    case ImageStatus::Unlabelled: return QColor(140, 140, 140);
    case ImageStatus::Normal: return QColor(60, 170, 90);
    case ImageStatus::Defective: return QColor(220, 70, 60);
    }
    return {};
}

}  // namespace

ImageListModel::ImageListModel(ThumbnailCache* thumbnails, QObject* parent)
    : QAbstractListModel(parent), m_thumbnails(thumbnails) {
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ImageListModel::onThumbnailReady);
}

void ImageListModel::setImages(const QVector<project::ImageRecord>& images) {
    beginResetModel();
    m_images = images;
    m_rows.clear();
    m_rows.reserve(m_images.size());
    for (int row = 0; row < m_images.size(); ++row) m_rows.insert(m_images[row].id, row);
    endResetModel();
}

bool ImageListModel::updateImage(const project::ImageRecord& image) {
    const int row = rowForId(image.id);
    if (row < 0) return false;
    m_images[row] = image;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

void ImageListModel::setScores(const QHash<qint64, double>& scores) {
    m_scores = scores;
    emitAllChanged({ScoreRole, VerdictRole, Qt::ToolTipRole});
}

void ImageListModel::setThresholds(const QHash<qint64, double>& perCategory, double fallback) {
    m_thresholds = perCategory;
    m_fallbackThreshold = fallback;
    emitAllChanged({VerdictRole, Qt::ToolTipRole});
}

void ImageListModel::setHeatmapCache(ThumbnailCache* heatmaps) {
    if (m_heatmaps) disconnect(m_heatmaps, nullptr, this, nullptr);
    m_heatmaps = heatmaps;
    if (m_heatmaps) connect(m_heatmaps, &ThumbnailCache::thumbnailReady, this, &ImageListModel::onHeatmapReady);
    emitAllChanged({Qt::DecorationRole});
}

void ImageListModel::setHeatmapsShown(bool shown) {
    if (shown == m_heatmapsShown) return;
    m_heatmapsShown = shown;
    emitAllChanged({Qt::DecorationRole});
}

std::optional<project::Verdict> ImageListModel::verdictOf(const project::ImageRecord& image) const {
    const auto score = m_scores.constFind(image.id);
    if (score == m_scores.constEnd()) return std::nullopt;
    return project::verdictOf(*score, thresholdFor(image.categoryId));
}

void ImageListModel::emitAllChanged(const QList<int>& roles) {
    if (!m_images.isEmpty()) Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
}

int ImageListModel::rowForId(qint64 imageId) const {
    return m_rows.value(imageId, -1);
}

int ImageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_images.size()) return {};
    const project::ImageRecord& image = m_images[index.row()];
    switch (role) {
    case Qt::DisplayRole: return image.shortName();
    case NameRole: return image.fileName();
    case Qt::DecorationRole: {
        if (m_heatmapsShown && m_heatmaps) {
            const QImage heatmap = m_heatmaps->thumbnail(image.id, image.path);
            if (!heatmap.isNull()) return heatmap;
        }
        return m_thumbnails->thumbnail(image.id, image.path);
    }
    case Qt::SizeHintRole: {
        // Every cell is as large as a full thumbnail plus its caption, loaded or not: the grid keeps
        // uniform item sizes (one cheap layout pass) and takes them from the first row, which would
        // otherwise freeze the size of a row whose thumbnail is still being decoded.
        const int edge = m_thumbnails->edge();
        return QSize(edge + 16, edge + 24);
    }
    case Qt::ForegroundRole: return statusColour(image.status);
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2, %3 x %4 px\n%5, %6")
                          .arg(QDir::toNativeSeparators(image.path), image.categoryName)
                          .arg(image.width)
                          .arg(image.height)
                          .arg(statusText(image), image.split == project::Split::Train ? tr("train") : tr("test"));
        if (image.reviewed) tip += tr(", reviewed");
        if (image.hasMask) tip += tr(", mask");
        const auto score = m_scores.constFind(image.id);
        if (score != m_scores.constEnd()) {
            tip += tr("\nscore %1 (threshold %2): %3")
                       .arg(*score, 0, 'f', 3)
                       .arg(thresholdFor(image.categoryId), 0, 'f', 3)
                       .arg(verdictOf(image) == project::Verdict::Ng ? tr("NG") : tr("OK"));
        }
        return tip;
    }
    case IdRole: return image.id;
    case PathRole: return image.path;
    case CategoryIdRole: return image.categoryId;
    case CategoryRole: return image.categoryName;
    case StatusRole: return static_cast<int>(image.status);
    case SplitRole: return static_cast<int>(image.split);
    case DefectTypeIdRole: return image.defectTypeId.value_or(-1);
    case DefectTypeRole: return image.defectTypeName;
    case ReviewedRole: return image.reviewed;
    case HasMaskRole: return image.hasMask;
    case ScoreRole: {
        const auto score = m_scores.constFind(image.id);
        return score != m_scores.constEnd() ? QVariant(*score) : QVariant();
    }
    case VerdictRole: {
        const auto verdict = verdictOf(image);
        return verdict ? static_cast<int>(*verdict) : kNotScored;
    }
    default: return {};
    }
}

QHash<int, QByteArray> ImageListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, const char*> ours[] = {{IdRole, "imageId"},
                                                {PathRole, "path"},
                                                {NameRole, "name"},
                                                {CategoryIdRole, "categoryId"},
                                                {CategoryRole, "category"},
                                                {StatusRole, "status"},
                                                {SplitRole, "split"},
                                                {DefectTypeIdRole, "defectTypeId"},
                                                {DefectTypeRole, "defectType"},
                                                {ReviewedRole, "reviewed"},
                                                {HasMaskRole, "hasMask"},
                                                {ScoreRole, "score"},
                                                {VerdictRole, "verdict"}};
    for (const auto& [role, name] : ours) names.insert(role, name);
    return names;
}

void ImageListModel::onThumbnailReady(qint64 imageId) {
    const int row = rowForId(imageId);
    if (row >= 0) Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

void ImageListModel::onHeatmapReady(qint64 imageId) {
    if (m_heatmapsShown) onThumbnailReady(imageId);
}

}  // namespace dmad::ui
