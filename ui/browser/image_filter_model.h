// Which images the browser shows and in what order: filters by category, status, split, defect type, score.
#pragma once

#include "project/project_types.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace dmad::ui {

// Works on ImageListModel's roles only, so a new criterion is one more role and one more member here.
// Unscored images always come after scored ones when sorting by score or verdict.
class ImageFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StatusFilter { Any, Unlabelled, Normal, Defective, Reviewed, NotReviewed };
    enum class SortKey { Name, ScoreDescending, ScoreAscending, Verdict };
    // OK / NG by the category's threshold (ImageListModel::VerdictRole).
    enum class VerdictFilter { Any, Ok, Ng, NotScored };

    explicit ImageFilterModel(QObject* parent = nullptr);

    void setCategory(std::optional<qint64> categoryId);
    void setStatusFilter(StatusFilter filter);
    void setSplit(std::optional<project::Split> split);
    void setDefectType(std::optional<qint64> defectTypeId);
    // Only images with a score of at least this value (images without a score are hidden).
    void setMinimumScore(std::optional<double> score);
    void setVerdictFilter(VerdictFilter filter);
    void setSortKey(SortKey key);

    std::optional<qint64> category() const { return m_category; }
    StatusFilter statusFilter() const { return m_status; }
    std::optional<project::Split> split() const { return m_split; }
    std::optional<qint64> defectType() const { return m_defectType; }
    std::optional<double> minimumScore() const { return m_minimumScore; }
    VerdictFilter verdictFilter() const { return m_verdict; }
    SortKey sortKey() const { return m_sortKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool acceptsStatus(const QModelIndex& index) const;
    bool acceptsVerdict(const QModelIndex& index) const;
    // -1, 0, 1: which of two scored or unscored images comes first under the score keys; 0 on a tie.
    int compareByScore(const QModelIndex& left, const QModelIndex& right, bool descending) const;

    std::optional<qint64> m_category;
    StatusFilter m_status = StatusFilter::Any;
    std::optional<project::Split> m_split;
    std::optional<qint64> m_defectType;
    std::optional<double> m_minimumScore;
    VerdictFilter m_verdict = VerdictFilter::Any;
    SortKey m_sortKey = SortKey::Name;
};

}  // namespace dmad::ui
