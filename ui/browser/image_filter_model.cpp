#include "ui/browser/image_filter_model.h"

#include "ui/browser/image_list_model.h"

namespace dmad::ui {

using project::ImageStatus;

ImageFilterModel::ImageFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(0);
}

void ImageFilterModel::setCategory(std::optional<qint64> categoryId) {
    m_category = categoryId;
    invalidateFilter();
}

void ImageFilterModel::setStatusFilter(StatusFilter filter) {
    m_status = filter;
    invalidateFilter();
}

void ImageFilterModel::setSplit(std::optional<project::Split> split) {
    m_split = split;
    invalidateFilter();
}

void ImageFilterModel::setDefectType(std::optional<qint64> defectTypeId) {
    m_defectType = defectTypeId;
    invalidateFilter();
}

void ImageFilterModel::setMinimumScore(std::optional<double> score) {
    m_minimumScore = score;
    invalidateFilter();
}

void ImageFilterModel::setVerdictFilter(VerdictFilter filter) {
    m_verdict = filter;
    invalidateFilter();
}

void ImageFilterModel::setSortKey(SortKey key) {
    m_sortKey = key;
    invalidate();
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(ImageListModel::CategoryIdRole).toLongLong() != *m_category) return false;
    if (m_split && index.data(ImageListModel::SplitRole).toInt() != static_cast<int>(*m_split)) return false;
    if (m_defectType && index.data(ImageListModel::DefectTypeIdRole).toLongLong() != *m_defectType) return false;
    if (m_minimumScore) {
        const QVariant score = index.data(ImageListModel::ScoreRole);
        if (!score.isValid() || score.toDouble() < *m_minimumScore) return false;
    }
    return acceptsStatus(index) && acceptsVerdict(index);
}

bool ImageFilterModel::acceptsVerdict(const QModelIndex& index) const {
    const int verdict = index.data(ImageListModel::VerdictRole).toInt();
    switch (m_verdict) {
    case VerdictFilter::Any: return true;
    case VerdictFilter::Ok: return verdict == static_cast<int>(project::Verdict::Ok);
    case VerdictFilter::Ng: return verdict == static_cast<int>(project::Verdict::Ng);
    case VerdictFilter::NotScored: return verdict == ImageListModel::kNotScored;
    }
    return true;
}

int ImageFilterModel::compareByScore(const QModelIndex& left, const QModelIndex& right, bool descending) const {
    const QVariant a = left.data(ImageListModel::ScoreRole);
    const QVariant b = right.data(ImageListModel::ScoreRole);
    if (a.isValid() != b.isValid()) return a.isValid() ? -1 : 1;
    if (!a.isValid() || a.toDouble() == b.toDouble()) return 0;
    return (a.toDouble() > b.toDouble()) == descending ? -1 : 1;
}

bool ImageFilterModel::acceptsStatus(const QModelIndex& index) const {
    const auto status = static_cast<ImageStatus>(index.data(ImageListModel::StatusRole).toInt());
    const bool reviewed = index.data(ImageListModel::ReviewedRole).toBool();
    switch (m_status) {
    case StatusFilter::Any: return true;
    case StatusFilter::Unlabelled: return status == ImageStatus::Unlabelled;
    case StatusFilter::Normal: return status == ImageStatus::Normal;
    case StatusFilter::Defective: return status == ImageStatus::Defective;
    case StatusFilter::Reviewed: return reviewed;
    case StatusFilter::NotReviewed: return !reviewed;
    }
    return true;
}

bool ImageFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (m_sortKey == SortKey::Verdict) {
        // NG, then OK, then not scored; within a verdict the highest score first.
        const int a = left.data(ImageListModel::VerdictRole).toInt();
        const int b = right.data(ImageListModel::VerdictRole).toInt();
        if (a != b) return a > b;
    }
    if (m_sortKey != SortKey::Name) {
        const int byScore = compareByScore(left, right, m_sortKey != SortKey::ScoreAscending);
        if (byScore != 0) return byScore < 0;
    }
    const QString category = left.data(ImageListModel::CategoryRole).toString();
    const int byCategory = QString::compare(category, right.data(ImageListModel::CategoryRole).toString());
    if (byCategory != 0) return byCategory < 0;
    const int byPath = QString::localeAwareCompare(left.data(ImageListModel::PathRole).toString(),
                                                   right.data(ImageListModel::PathRole).toString());
    if (byPath != 0) return byPath < 0;
    return left.data(ImageListModel::IdRole).toLongLong() < right.data(ImageListModel::IdRole).toLongLong();
}

}  // namespace dmad::ui
