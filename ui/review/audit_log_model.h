// The audit log as a read-only table model, newest entry first.
#pragma once

#include "project/project_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace dmad::ui {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum Role {
        // "user action": what the view's filter text is matched against.
        FilterTextRole = Qt::UserRole + 1,
        EntryIndexRole,  // the row in entries()
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    // subjectNames: what a subject ("image:12") is called on screen ("bottle/000.png"); the entries
    // themselves (and an export) keep the subject as recorded.
    void setEntries(QVector<project::AuditEntry> entries, QHash<QString, QString> subjectNames = {});
    const QVector<project::AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<project::AuditEntry> m_entries;
    QHash<QString, QString> m_subjectNames;
};

}  // namespace dmad::ui
