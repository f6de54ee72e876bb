#include "ui/review/review_filter_proxy.h"

#include "ui/review/review_queue_model.h"

namespace dmad::ui {

ReviewFilterProxy::ReviewFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ReviewQueueModel::SortRole);
    // A decision that marks a row reviewed must make it leave an "unreviewed only" view at once.
    setDynamicSortFilter(true);
}

void ReviewFilterProxy::setCategory(std::optional<qint64> categoryId) {
    if (m_category == categoryId) return;
    m_category = categoryId;
    invalidateFilter();
}

void ReviewFilterProxy::setUnreviewedOnly(bool unreviewedOnly) {
    if (m_unreviewedOnly == unreviewedOnly) return;
    m_unreviewedOnly = unreviewedOnly;
    invalidateFilter();
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && index.data(ReviewQueueModel::CategoryIdRole).toLongLong() != *m_category) return false;
    if (m_unreviewedOnly && index.data(ReviewQueueModel::ReviewedRole).toBool()) return false;
    return true;
}

}  // namespace dmad::ui
