// Which rows of the review queue are shown: one category or all, and optionally only the unreviewed ones.
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace dmad::ui {

class ReviewFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ReviewFilterProxy(QObject* parent = nullptr);

    void setCategory(std::optional<qint64> categoryId);  // nullopt: every category
    std::optional<qint64> category() const { return m_category; }
    void setUnreviewedOnly(bool unreviewedOnly);
    bool unreviewedOnly() const { return m_unreviewedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<qint64> m_category;
    bool m_unreviewedOnly = false;
};

}  // namespace dmad::ui
