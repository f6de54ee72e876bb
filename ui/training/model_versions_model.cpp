#include "ui/training/model_versions_model.h"

#include "project/model_repository.h"
#include "project/project_error.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dmad::ui {

ModelVersionsModel::ModelVersionsModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ModelVersionsModel::reload(project::ProjectStore* store, QString* error) {
    QVector<Row> rows;
    bool ok = true;
    if (store) {
        try {
            for (const project::ModelRecord& record : project::ModelRepository(*store).all()) {
                const QJsonObject metrics = QJsonDocument::fromJson(record.metricsJson.toUtf8()).object();
                const QJsonObject set = metrics.value(QStringLiteral("trainingSet")).toObject();
                const QJsonObject test = metrics.value(QStringLiteral("test")).toObject();
                Row row;
                row.record = record;
                row.setting = metrics.value(QStringLiteral("setting")).toString();
                if (!set.isEmpty())
                    row.seenDefects = set.value(QStringLiteral("maskedAnomalies")).toInt() +
                                                set.value(QStringLiteral("imageLevelAnomalies")).toInt();
                row.testAuroc = test.value(QStringLiteral("meanAuroc")).toDouble(-1);
                const QJsonArray losses =
                    metrics.value(QStringLiteral("training")).toObject().value(QStringLiteral("epochLoss")).toArray();
                // A diverged epoch was written as null: NaN keeps the later epochs at their numbers.
                for (const QJsonValue& loss : losses) row.epochLoss.push_back(loss.toDouble(qQNaN()));
                rows.push_back(row);
            }
        } catch (const project::ProjectError& e) {
            rows.clear();
            ok = false;
            if (error) *error = e.message();
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return ok;
}

qint64 ModelVersionsModel::modelId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record.id : 0;
}

int ModelVersionsModel::rowOfModel(qint64 modelId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == modelId) return i;
    }
    return -1;
}

int ModelVersionsModel::activeRow() const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.active) return i;
    }
    return -1;
}

QVector<double> ModelVersionsModel::epochLosses(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).epochLoss : QVector<double>{};
}

int ModelVersionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelVersionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelVersionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& row = m_rows.at(index.row());
    if (role == ModelIdRole) return row.record.id;
    if (role == Qt::FontRole && row.record.active) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Created && index.column() != Setting)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Version: return tr("v%1").arg(row.record.version);
    case Created: return QLocale().toString(row.record.created.toLocalTime(), QLocale::ShortFormat);
    case Setting:
        if (row.setting == QLatin1String("semi-supervised")) return tr("semi-supervised");
        if (row.setting == QLatin1String("unsupervised")) return tr("unsupervised");
        return row.setting;
    case SeenDefects: return row.seenDefects < 0 ? QVariant() : QVariant(row.seenDefects);
    case TestAuroc: return row.testAuroc < 0 ? QString() : QLocale().toString(row.testAuroc * 100.0, 'f', 1);
    case Active: return row.record.active ? tr("active") : QString();
    default: return {};
    }
}

QVariant ModelVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Version: return tr("Version");
    case Created: return tr("Trained");
    case Setting: return tr("Setting");
    case SeenDefects: return tr("Defects");
    case TestAuroc: return tr("Test AUROC %");
    case Active: return tr("Active");
    default: return {};
    }
}

}  // namespace dmad::ui
