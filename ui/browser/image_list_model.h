// The images of a project as a list model: one row per image, its label, split, mask and score as roles.
#pragma once

#include "project/project_types.h"
#include "project/verdict.h"

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
        ScoreRole,   // double; invalid QVariant while the image has no score
        VerdictRole  // int(project::Verdict), or kNotScored
    };
    // VerdictRole of an image without a score. The verdict itself is core/project's rule.
    static constexpr int kNotScored = -1;

    explicit ImageListModel(ThumbnailCache* thumbnails, QObject* parent = nullptr);

    void setImages(const QVector<project::ImageRecord>& images);
    // Replaces one image's row in place (after a label change); false when the id is unknown.
    bool updateImage(const project::ImageRecord& image);
    // Scores of the active model; images missing from the map have none.
    void setScores(const QHash<qint64, double>& scores);
    // The thresholds that turn scores into verdicts: per category id, `fallback` for the others.
    void setThresholds(const QHash<qint64, double>& perCategory, double fallback);
    double thresholdFor(qint64 categoryId) const { return m_thresholds.value(categoryId, m_fallbackThreshold); }
    // Thumbnails with the anomaly map blended in come from this second cache while shown (not owned;
    // null: none). Until an image's map is there, its plain thumbnail stands in.
    void setHeatmapCache(ThumbnailCache* heatmaps);
    void setHeatmapsShown(bool shown);
    bool heatmapsShown() const { return m_heatmapsShown; }

    int rowForId(qint64 imageId) const;  // -1 when unknown
    const project::ImageRecord& image(int row) const { return m_images.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onThumbnailReady(qint64 imageId);
    void onHeatmapReady(qint64 imageId);

    std::optional<project::Verdict> verdictOf(const project::ImageRecord& image) const;
    void emitAllChanged(const QList<int>& roles);

    ThumbnailCache* m_thumbnails;
    ThumbnailCache* m_heatmaps = nullptr;
    bool m_heatmapsShown = false;
    QHash<qint64, double> m_thresholds;
    double m_fallbackThreshold = 0.0;
    QVector<project::ImageRecord> m_images;
    QHash<qint64, int> m_rows;
    QHash<qint64, double> m_scores;
};

}  // namespace dmad::ui
