#include "ui/plots/metrics_table.h"
#include "ui/plots/png_file.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <cmath>
#include <limits>

namespace dmad::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double valueOf(const CategoryMetrics& row, int column) {
    switch (column) {
    case MetricsTableModel::ImageAuroc: return row.imageAuroc;
    case MetricsTableModel::ImageAp: return row.imageAp;
    case MetricsTableModel::ImageF1Max: return row.imageF1Max;
    case MetricsTableModel::PixelAuroc: return row.pixelAuroc;
    case MetricsTableModel::Pro: return row.pro;
    case MetricsTableModel::Threshold: return row.threshold;
    case MetricsTableModel::ImageCount: return row.imageCount;
    default: return kNaN;
    }
}

QString formatted(const CategoryMetrics& row, int column) {
    if (column == MetricsTableModel::Category) return row.category;
    const QLocale locale;
    if (column == MetricsTableModel::ImageCount) return locale.toString(row.imageCount);
    const double value = valueOf(row, column);
    if (std::isnan(value)) return QStringLiteral("-");
    if (column == MetricsTableModel::Threshold) return locale.toString(value, 'g', 4);
    return locale.toString(100.0 * value, 'f', 1);
}

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

}  // namespace

MetricsTableModel::MetricsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricsTableModel::setRows(const QVector<CategoryMetrics>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

CategoryMetrics MetricsTableModel::meanRow() const {
    CategoryMetrics mean;
    mean.category = tr("Mean");
    const auto average = [this](double CategoryMetrics::*field) {
        double sum = 0.0;
        int count = 0;
        for (const CategoryMetrics& row : m_rows) {
            if (std::isnan(row.*field)) continue;
            sum += row.*field;
            ++count;
        }
        return count > 0 ? sum / count : kNaN;
    };
    mean.imageAuroc = average(&CategoryMetrics::imageAuroc);
    mean.imageAp = average(&CategoryMetrics::imageAp);
    mean.imageF1Max = average(&CategoryMetrics::imageF1Max);
    mean.pixelAuroc = average(&CategoryMetrics::pixelAuroc);
    mean.pro = average(&CategoryMetrics::pro);
    mean.threshold = kNaN;  // thresholds of different categories do not average into anything usable
    mean.imageCount = 0;
    for (const CategoryMetrics& row : m_rows) mean.imageCount += row.imageCount;
    return mean;
}

const CategoryMetrics& MetricsTableModel::rowAt(int row, CategoryMetrics& meanStorage) const {
    if (row < m_rows.size()) return m_rows[row];
    meanStorage = meanRow();
    return meanStorage;
}

int MetricsTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return static_cast<int>(m_rows.size()) + (hasMeanRow() ? 1 : 0);
}

int MetricsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    CategoryMetrics meanStorage;
    const CategoryMetrics& row = rowAt(index.row(), meanStorage);
    switch (role) {
    case Qt::DisplayRole: return formatted(row, index.column());
    case Qt::UserRole:
        return index.column() == Category ? QVariant(row.category) : QVariant(valueOf(row, index.column()));
    case Qt::TextAlignmentRole:
        return index.column() == Category ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() >= m_rows.size()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category: return tr("Category");
    case ImageAuroc: return tr("Image AUROC %");
    case ImageAp: return tr("AP %");
    case ImageF1Max: return tr("F1max %");
    case PixelAuroc: return tr("Pixel AUROC %");
    case Pro: return tr("PRO %");
    case Threshold: return tr("Threshold");
    case ImageCount: return tr("n");
    default: return {};
    }
}

QString MetricsTableModel::toTsv() const {
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column) header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) cells << data(index(row, column)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

MetricsTable::MetricsTable(QWidget* parent) : QTableView(parent), m_model(new MetricsTableModel(this)) {
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(MetricsTableModel::Category, QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("100.0")) + 16);
    // The header and a few rows stay visible however small the dock: a squeezed table showed none.
    setMinimumHeight(horizontalHeader()->sizeHint().height() + 3 * verticalHeader()->defaultSectionSize() +
                     2 * frameWidth());

    auto* copy = new QAction(tr("Copy Table"), this);
    connect(copy, &QAction::triggered, this, &MetricsTable::copyAsText);
    auto* save = new QAction(tr("Save Image As..."), this);
    connect(save, &QAction::triggered, this, &MetricsTable::saveWithDialog);
    addAction(copy);
    addAction(save);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MetricsTable::setRows(const QVector<CategoryMetrics>& rows) {
    m_model->setRows(rows);
}

bool MetricsTable::savePng(const QString& path, QString* error) {
    const QImage image = grab().toImage();
    if (image.isNull()) {
        setError(error, tr("The table could not be rendered."));
        return false;
    }
    return writePngAtomically(image, path, error);
}

void MetricsTable::saveWithDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Table"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) path += QLatin1String(".png");
    QString error;
    if (!savePng(path, &error)) QMessageBox::warning(this, tr("Save Table"), error);
}

void MetricsTable::copyAsText() {
    QApplication::clipboard()->setText(m_model->toTsv());
}

}  // namespace dmad::ui
