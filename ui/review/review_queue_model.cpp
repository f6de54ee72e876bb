#include "ui/review/review_queue_model.h"

#include "ui/review/verdict.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace dmad::ui {
namespace {

QString labelText(const project::ImageRecord& image) {
    switch (image.status) {
    case project::ImageStatus::Unlabelled: return ReviewQueueModel::tr("unlabelled");
    case project::ImageStatus::Normal: return ReviewQueueModel::tr("normal");
    case project::ImageStatus::Defective:
        return image.defectTypeName.isEmpty() ? ReviewQueueModel::tr("defective")
                                              : ReviewQueueModel::tr("defective (%1)").arg(image.defectTypeName);
    }
    return {};
}

Verdict verdictOfRow(const ReviewRow& row) {
    return verdictOf(row.score, row.threshold);
}

}  // namespace

ReviewQueueModel::ReviewQueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewQueueModel::setRows(QVector<ReviewRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfImage.clear();
    for (int row = 0; row < m_rows.size(); ++row) m_rowOfImage.insert(m_rows[row].image.id, row);
    endResetModel();
}

void ReviewQueueModel::updateImage(const project::ImageRecord& image) {
    const auto row = rowOf(image.id);
    if (!row) return;
    m_rows[*row].image = image;
    Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

void ReviewQueueModel::setCategoryThreshold(qint64 categoryId, double threshold) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].image.categoryId != categoryId) continue;
        m_rows[row].threshold = threshold;
        Q_EMIT dataChanged(index(row, VerdictColumn), index(row, VerdictColumn));
    }
}

std::optional<int> ReviewQueueModel::rowOf(qint64 imageId) const {
    const auto found = m_rowOfImage.constFind(imageId);
    if (found == m_rowOfImage.constEnd()) return std::nullopt;
    return found.value();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const ReviewRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case ImageIdRole: return row.image.id;
    case CategoryIdRole: return row.image.categoryId;
    case ReviewedRole: return row.image.reviewed;
    case StatusRole: return static_cast<int>(row.image.status);
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(QDir::toNativeSeparators(row.image.path)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == VerdictColumn || index.column() == ReviewedColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn && verdictOfRow(row) == Verdict::Ng)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    default: return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Image");
    case CategoryColumn: return tr("Category");
    case LabelColumn: return tr("Label");
    case ScoreColumn: return tr("Score");
    case VerdictColumn: return tr("Verdict");
    case ReviewedColumn: return tr("Reviewed");
    default: return {};
    }
}

QVariant ReviewQueueModel::display(const ReviewRow& row, int column) const {
    switch (column) {
    case NameColumn: return row.image.shortName();
    case CategoryColumn: return row.image.categoryName;
    case LabelColumn: return labelText(row.image);
    case ScoreColumn: return QLocale().toString(row.score, 'f', 3);
    case VerdictColumn: return verdictText(verdictOfRow(row));
    case ReviewedColumn: return row.image.reviewed ? tr("yes") : tr("no");
    default: return {};
    }
}

QVariant ReviewQueueModel::sortValue(const ReviewRow& row, int column) const {
    switch (column) {
    case ScoreColumn: return row.score;
    case VerdictColumn: return row.score - row.threshold;
    case ReviewedColumn: return row.image.reviewed ? 1 : 0;
    case LabelColumn: return static_cast<int>(row.image.status);
    default: return display(row, column);
    }
}

}  // namespace dmad::ui
