// The project's trained model versions as a table: version, date, setting, seen defects, test AUROC, active.
#pragma once

#include "project/project_types.h"

#include <QAbstractTableModel>
#include <QVector>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class ModelVersionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Version, Created, Setting, SeenDefects, TestAuroc, Active, ColumnCount };
    static constexpr int ModelIdRole = Qt::UserRole + 1;

    explicit ModelVersionsModel(QObject* parent = nullptr);

    // Reads the versions again (GUI thread); nullptr empties the table. Returns false (and leaves
    // the table empty) when the database cannot be read; error receives why.
    bool reload(project::ProjectStore* store, QString* error = nullptr);

    qint64 modelId(int row) const;
    int rowOfModel(qint64 modelId) const;  // -1 when absent
    int activeRow() const;                 // -1 when none is active
    // The mean loss of each epoch of the version's training (epoch 1 first); empty when not recorded.
    QVector<double> epochLosses(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        project::ModelRecord record;
        QString setting;
        int seenDefects = -1;   // -1: not recorded
        double testAuroc = -1;  // -1: not measured
        QVector<double> epochLoss;
    };
    QVector<Row> m_rows;
};

}  // namespace dmad::ui
