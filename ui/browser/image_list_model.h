// The images of a project as a list model: one row per image, its label, split, mask and score as roles.
#pragma once

#include "project/project_types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

namespace dmad::ui {

class ThumbnailCache;

class ImageListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PathRole,
        NameRole,
        CategoryIdRole,
        CategoryRole,
        StatusRole,        // int(project::ImageStatus)
        SplitRole,         // int(project::Split)
        DefectTypeIdRole,  // qint64, -1 when none
        DefectTypeRole,
        ReviewedRole,
        HasMaskRole,
        ScoreRole          // double; invalid QVariant while the image has no score
    };

    explicit ImageListModel(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setImages(const QVector<project::ImageRecord>& images);
    // Replaces one image's row in place (after a label change); false when the id is unknown.
    bool updateImage(const project::ImageRecord& image);
    // Scores of the active model; images missing from the map have none.
    void setScores(const QHash<qint64, double>& scores);

    int rowForId(qint64 imageId) const;  // -1 when unknown
    const project::ImageRecord& image(int row) const { return m_images.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onThumbnailReady(qint64 imageId);

    ThumbnailCache* m_thumbnails;
    QVector<project::ImageRecord> m_images;
    QHash<qint64, int> m_rows;
    QHash<qint64, double> m_scores;
};

}  // namespace dmad::ui
