// The audit log on screen: newest first, filtered by user or action, refreshed on demand, exported as CSV.
#pragma once

#include "project/project_types.h"

#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class AuditLogModel;

class AuditLogView : public QWidget {
    Q_OBJECT

public:
    // The newest this many entries are shown; the note says when there are more.
    static constexpr int kMaxEntries = 100000;

    explicit AuditLogView(project::ProjectStore& store, QWidget* parent = nullptr);

    QAction* refreshAction() const { return m_refresh; }
    QAction* exportAction() const { return m_export; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    // The entries the filter lets through, in the order shown (what an export writes).
    QVector<project::AuditEntry> shownEntries() const;
    QString message() const;  // the note above the table; empty when hidden

public Q_SLOTS:
    void refresh();
    void setFilterText(const QString& text);
    // Writes shownEntries() to `path`; false (and the note says why) when that failed.
    bool exportCsv(const QString& path);

private:
    void exportWithDialog();
    void showNote(const QString& text, bool isError);

    project::ProjectStore& m_store;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_note;
    QAction* m_refresh;
    QAction* m_export;
};

}  // namespace dmad::ui
