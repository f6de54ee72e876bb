// The audit log on screen: newest first, filtered by user or action, exported as CSV. It refreshes by
// itself while visible (a cheap count every few seconds reads the rows again when entries were added,
// by this window or another user) and names images by folder and file rather than by id.
#pragma once

#include "project/project_types.h"
#include "ui/review/project_read.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

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
    static constexpr int kPollMs = 2000;

    explicit AuditLogView(project::ProjectStore& store, QWidget* parent = nullptr);
    ~AuditLogView() override;  // waits for a read still running

    QAction* refreshAction() const { return m_refresh; }
    QAction* exportAction() const { return m_export; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    // The entries the filter lets through, in the order shown (what an export writes).
    QVector<project::AuditEntry> shownEntries() const;
    QString message() const;  // the note above the table; empty when hidden
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Reads the log again off the GUI thread (a long log takes longer than a frame); loaded() follows.
    void refresh();
    void setFilterText(const QString& text);
    // Writes shownEntries() to `path`; false (and the note says why) when that failed.
    bool exportCsv(const QString& path);

Q_SIGNALS:
    void loaded();

private:
    struct Page {
        QVector<project::AuditEntry> entries;
        int total = 0;
        QHash<QString, QString> subjectNames;  // "image:12" -> "bottle/000.png"
    };
    void refreshWhenChanged();
    void showEvent(QShowEvent* event) override;
    void showLoaded(const ProjectRead<Page>& read);
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
    bool m_loading = false;
    int m_loadedTotal = -1;  // the entry count of the rows shown
    QTimer* m_poll;
    int m_generation = 0;  // only the newest read is shown
    PendingReads<Page> m_reads;
};

}  // namespace dmad::ui
