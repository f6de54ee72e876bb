// The project browser: category tree, filter bar, counter and the thumbnail grid, with keyboard navigation.
#pragma once

#include "project/project_types.h"
#include "ui/browser/image_filter_model.h"
#include "ui/browser/thumbnail_cache.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QModelIndex;
class QTreeWidget;

namespace dmad::ui {

class ImageListModel;

// Data in (setImages, updateImage, setScores), the chosen image out (currentImageChanged). It never
// touches the database, so it is tested and reused without a project. In the grid: arrows, PgUp/PgDn,
// Home/End move between images (QListView's own navigation); the thumbnails of the images around the
// current one are decoded ahead.
//
// Verdicts: setScores() and setThresholds() (per category) give every scored image OK or NG, which
// the verdict filter and the sort keys use. Heatmap thumbnails: the owner hands in a renderer
// (setHeatmapRenderer) that blends an image's anomaly map into its thumbnail; it runs on a pool of
// its own, one thread (a map costs a backbone pass), only for the thumbnails the grid paints, and
// its results are cached until the next renderer (another model) arrives.
class ImageBrowser : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPreloadRadius = 24;

    explicit ImageBrowser(QWidget* parent = nullptr);
    ~ImageBrowser() override;

    // Replaces the contents; categories and defect types fill the tree and the filter. Thumbnails
    // already decoded are kept (image ids are stable within a project): clear() before another project.
    void setImages(const QVector<project::ImageRecord>& images, const QVector<project::Category>& categories,
                   const QVector<project::DefectType>& defectTypes);
    void updateImage(const project::ImageRecord& image);
    void setScores(const QHash<qint64, double>& scores);
    void setThresholds(const QHash<qint64, double>& perCategory, double fallback);
    // Null: no model, the heatmap option is off and disabled.
    void setHeatmapRenderer(ThumbnailCache::Renderer renderer);
    void setHeatmapThumbnailsShown(bool shown);
    bool heatmapThumbnailsShown() const;
    void clear();
    // The category chosen in the tree; nullopt for all categories.
    std::optional<qint64> currentCategory() const;

    qint64 currentImageId() const;  // -1 when none
    // Selects the image (clearing filters that hide it); false when the id is unknown.
    bool selectImage(qint64 imageId);
    bool selectNext();
    bool selectPrevious();

    int visibleCount() const;
    int totalCount() const;
    QString counterText() const;

    QListView* gridView() const { return m_grid; }
    QTreeWidget* categoryTree() const { return m_tree; }
    QComboBox* statusFilterBox() const { return m_statusBox; }
    QComboBox* splitFilterBox() const { return m_splitBox; }
    QComboBox* defectTypeFilterBox() const { return m_defectBox; }
    QComboBox* sortBox() const { return m_sortBox; }
    QComboBox* verdictFilterBox() const { return m_verdictBox; }
    QCheckBox* heatmapThumbnailsBox() const { return m_heatmapBox; }
    ImageFilterModel* filterModel() const { return m_filter; }
    ImageListModel* listModel() const { return m_model; }
    ThumbnailCache* thumbnails() const { return m_thumbnails; }
    ThumbnailCache* heatmapThumbnails() const { return m_heatmaps; }

Q_SIGNALS:
    void currentImageChanged(qint64 imageId);  // -1 when the filter leaves nothing to show
    void categoryChanged(std::optional<qint64> categoryId);

private:
    void buildTree(const QVector<project::Category>& categories);
    void fillDefectTypes(const QVector<project::DefectType>& defectTypes);
    void applyFilters();
    void afterFilterChange();
    void onCurrentChanged(const QModelIndex& current);
    void preloadAround(int proxyRow);
    void updateCounter();
    bool selectProxyRow(int row);

    ThumbnailCache* m_thumbnails;
    ThumbnailCache* m_heatmaps;
    ImageListModel* m_model;
    ImageFilterModel* m_filter;
    QTreeWidget* m_tree;
    QComboBox* m_statusBox;
    QComboBox* m_splitBox;
    QComboBox* m_defectBox;
    QComboBox* m_sortBox;
    QComboBox* m_verdictBox;
    QCheckBox* m_heatmapBox;
    QLabel* m_counter;
    QListView* m_grid;
    qint64 m_lastEmitted = -1;
    std::optional<qint64> m_lastCategory;
};

}  // namespace dmad::ui
