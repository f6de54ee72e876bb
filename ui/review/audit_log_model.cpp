#include "ui/review/audit_log_model.h"

namespace dmad::ui {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(QVector<project::AuditEntry> entries, QHash<QString, QString> subjectNames) {
    beginResetModel();
    m_entries = std::move(entries);
    m_subjectNames = std::move(subjectNames);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    const project::AuditEntry& entry = m_entries.at(index.row());
    if (role == FilterTextRole) return QStringLiteral("%1 %2").arg(entry.user, entry.action);
    if (role == EntryIndexRole) return index.row();
    if (index.column() == SubjectColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString name = m_subjectNames.value(entry.subject);
        if (name.isEmpty()) return entry.subject;
        return role == Qt::DisplayRole ? name : QStringLiteral("%1 (%2)").arg(name, entry.subject);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case TimeColumn: return entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn: return entry.user;
    case ActionColumn: return entry.action;
    case SubjectColumn: return entry.subject;
    case DetailsColumn: return entry.details;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case SubjectColumn: return tr("Subject");
    case DetailsColumn: return tr("Details");
    default: return {};
    }
}

}  // namespace dmad::ui
