// The review queue as a table model: one row per scored image with its label, score, verdict and reviewed flag.
#pragma once

#include "ui/review/scored_images.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <optional>

namespace dmad::ui {

struct ReviewRow {
    project::ImageRecord image;
    double score = 0.0;
    double threshold = 0.0;  // the category's, for the queue's model
};

class ReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CategoryColumn, LabelColumn, ScoreColumn, VerdictColumn, ReviewedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // the raw value: a number for score / reviewed, text otherwise
        ImageIdRole,
        CategoryIdRole,
        ReviewedRole,
        StatusRole,  // project::ImageStatus as int
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    void setRows(QVector<ReviewRow> rows);
    // After a decision or a label change elsewhere: the image's row shows the new record.
    void updateImage(const project::ImageRecord& image);
    // After a threshold change: every row of the category gets the new verdict.
    void setCategoryThreshold(qint64 categoryId, double threshold);

    const ReviewRow& rowAt(int row) const { return m_rows.at(row); }
    std::optional<int> rowOf(qint64 imageId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReviewRow& row, int column) const;
    QVariant sortValue(const ReviewRow& row, int column) const;

    QVector<ReviewRow> m_rows;
    QHash<qint64, int> m_rowOfImage;
};

}  // namespace dmad::ui
