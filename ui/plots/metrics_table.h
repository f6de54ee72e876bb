// The per-category metrics table (image AUROC, AP, F1max, pixel AUROC, PRO, threshold, n) with a mean row.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QTableView>
#include <QVector>

namespace dmad::ui {

// One category's figures; NaN where a figure does not apply (e.g. pixel metrics without masks).
// Rates are fractions in [0, 1]; the table shows them as percentages with one decimal.
struct CategoryMetrics {
    QString category;
    double imageAuroc = 0.0;
    double imageAp = 0.0;
    double imageF1Max = 0.0;
    double pixelAuroc = 0.0;
    double pro = 0.0;
    double threshold = 0.0;
    int imageCount = 0;
};

// Rows in the given order plus, when there is more than one row, a last "Mean" row: the mean of
// each figure over the categories that have it (the unified protocol's average), the total n.
// Qt::DisplayRole is the formatted text ("-" for NaN), Qt::UserRole the raw double.
class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Category, ImageAuroc, ImageAp, ImageF1Max, PixelAuroc, Pro, Threshold, ImageCount, ColumnCount };

    explicit MetricsTableModel(QObject* parent = nullptr);

    void setRows(const QVector<CategoryMetrics>& rows);
    const QVector<CategoryMetrics>& rows() const { return m_rows; }
    // The mean row as shown (category "Mean"); only meaningful with rows.
    CategoryMetrics meanRow() const;
    bool hasMeanRow() const { return m_rows.size() > 1; }
    // The whole table as tab-separated text with a header line, as displayed.
    QString toTsv() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CategoryMetrics& rowAt(int row, CategoryMetrics& meanStorage) const;

    QVector<CategoryMetrics> m_rows;
};

// A read-only view of MetricsTableModel; its context menu copies the table (TSV) or saves it as PNG.
class MetricsTable : public QTableView {
    Q_OBJECT

public:
    explicit MetricsTable(QWidget* parent = nullptr);

    void setRows(const QVector<CategoryMetrics>& rows);
    MetricsTableModel* metricsModel() const { return m_model; }
    // Writes what the table shows, atomically, as PNG.
    bool savePng(const QString& path, QString* error = nullptr);

private:
    void saveWithDialog();
    void copyAsText();

    MetricsTableModel* m_model;
};

}  // namespace dmad::ui
