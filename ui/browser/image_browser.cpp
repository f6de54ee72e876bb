#include "ui/browser/image_browser.h"

#include "ui/browser/image_list_model.h"
#include "ui/browser/thumbnail_cache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dmad::ui {

namespace {

constexpr int kAllCategories = -1;
using StatusFilter = ImageFilterModel::StatusFilter;
using VerdictFilter = ImageFilterModel::VerdictFilter;
using SortKey = ImageFilterModel::SortKey;

template <typename T>
std::optional<T> optionalData(const QComboBox* box) {
    const QVariant data = box->currentData();
    if (!data.isValid()) return std::nullopt;
    return data.value<T>();
}

}  // namespace

ImageBrowser::ImageBrowser(QWidget* parent)
    : QWidget(parent), m_thumbnails(new ThumbnailCache(this)), m_heatmaps(new ThumbnailCache(this)),
      m_model(new ImageListModel(m_thumbnails, this)), m_filter(new ImageFilterModel(this)),
      m_tree(new QTreeWidget(this)), m_statusBox(new QComboBox(this)), m_splitBox(new QComboBox(this)),
      m_defectBox(new QComboBox(this)), m_sortBox(new QComboBox(this)), m_verdictBox(new QComboBox(this)),
      m_heatmapBox(new QCheckBox(tr("Heatmaps"), this)), m_counter(new QLabel(this)), m_grid(new QListView(this)) {
    m_filter->setSourceModel(m_model);
    m_heatmaps->setMaxThreads(1);
    m_model->setHeatmapCache(m_heatmaps);

    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setObjectName(QStringLiteral("categoryTree"));

    m_statusBox->setObjectName(QStringLiteral("statusFilter"));
    m_statusBox->addItem(tr("Any status"), QVariant::fromValue(static_cast<int>(StatusFilter::Any)));
    m_statusBox->addItem(tr("Unlabelled"), static_cast<int>(StatusFilter::Unlabelled));
    m_statusBox->addItem(tr("Normal"), static_cast<int>(StatusFilter::Normal));
    m_statusBox->addItem(tr("Defective"), static_cast<int>(StatusFilter::Defective));
    m_statusBox->addItem(tr("Reviewed"), static_cast<int>(StatusFilter::Reviewed));
    m_statusBox->addItem(tr("Not reviewed"), static_cast<int>(StatusFilter::NotReviewed));

    m_splitBox->setObjectName(QStringLiteral("splitFilter"));
    m_splitBox->addItem(tr("Train and test"));
    m_splitBox->addItem(tr("Train"), static_cast<int>(project::Split::Train));
    m_splitBox->addItem(tr("Test"), static_cast<int>(project::Split::Test));

    m_defectBox->setObjectName(QStringLiteral("defectTypeFilter"));
    fillDefectTypes({});

    m_sortBox->setObjectName(QStringLiteral("sortKey"));
    m_sortBox->addItem(tr("Sort by name"), static_cast<int>(SortKey::Name));
    m_sortBox->addItem(tr("Highest score first"), static_cast<int>(SortKey::ScoreDescending));
    m_sortBox->addItem(tr("Lowest score first"), static_cast<int>(SortKey::ScoreAscending));
    m_sortBox->addItem(tr("NG first, then OK"), static_cast<int>(SortKey::Verdict));

    m_verdictBox->setObjectName(QStringLiteral("verdictFilter"));
    m_verdictBox->addItem(tr("Any verdict"), static_cast<int>(VerdictFilter::Any));
    m_verdictBox->addItem(tr("NG"), static_cast<int>(VerdictFilter::Ng));
    m_verdictBox->addItem(tr("OK"), static_cast<int>(VerdictFilter::Ok));
    m_verdictBox->addItem(tr("Not scored"), static_cast<int>(VerdictFilter::NotScored));
    m_verdictBox->setToolTip(tr("OK / NG: the active model's score against the category's threshold"));

    m_heatmapBox->setObjectName(QStringLiteral("heatmapThumbnails"));
    m_heatmapBox->setToolTip(tr("Show each thumbnail with its anomaly map (computed with the active model)"));
    m_heatmapBox->setEnabled(false);

    m_counter->setObjectName(QStringLiteral("imageCounter"));

    const int edge = m_thumbnails->edge();
    m_grid->setObjectName(QStringLiteral("thumbnailGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setUniformItemSizes(true);
    // Uniform item sizes make a single layout pass cheap even for thousands of images, and
    // scrollTo() then works at once (a batched layout would ignore it until the batch arrives).
    m_grid->setLayoutMode(QListView::SinglePass);
    m_grid->setIconSize(QSize(edge, edge));
    m_grid->setGridSize(QSize(edge + 20, edge + 28));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    // "folder/file": both ends tell two 000.jpg apart, so the middle goes; the tooltip has the full path.
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->setModel(m_filter);

    // Two rows of filters and the counter under them: the browser lives in a narrow dock.
    auto* filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_statusBox, 0, 0);
    filters->addWidget(m_splitBox, 0, 1);
    filters->addWidget(m_defectBox, 1, 0);
    filters->addWidget(m_sortBox, 1, 1);
    filters->addWidget(m_verdictBox, 2, 0);
    filters->addWidget(m_heatmapBox, 2, 1);
    filters->addWidget(m_counter, 3, 0, 1, 2);

    auto* gridPane = new QWidget(this);
    auto* gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addLayout(filters);
    gridLayout->addWidget(m_grid);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(gridPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 600});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ImageBrowser::applyFilters);
    connect(m_heatmapBox, &QCheckBox::toggled, m_model, &ImageListModel::setHeatmapsShown);
    for (QComboBox* box : {m_statusBox, m_splitBox, m_defectBox, m_sortBox, m_verdictBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ImageBrowser::applyFilters);
    }
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    updateCounter();
}

ImageBrowser::~ImageBrowser() = default;

void ImageBrowser::setImages(const QVector<project::ImageRecord>& images, const QVector<project::Category>& categories,
                             const QVector<project::DefectType>& defectTypes) {
    const qint64 previous = currentImageId();
    m_model->setImages(images);
    {
        const QSignalBlocker blockTree(m_tree);
        const QSignalBlocker blockDefects(m_defectBox);
        buildTree(categories);
        fillDefectTypes(defectTypes);
    }
    applyFilters();
    if (previous >= 0 && m_filter->mapFromSource(m_model->index(m_model->rowForId(previous))).isValid()) {
        selectImage(previous);
    }
}

void ImageBrowser::updateImage(const project::ImageRecord& image) {
    if (!m_model->updateImage(image)) return;
    updateCounter();
}

void ImageBrowser::setScores(const QHash<qint64, double>& scores) {
    m_model->setScores(scores);
    updateCounter();
}

void ImageBrowser::setThresholds(const QHash<qint64, double>& perCategory, double fallback) {
    m_model->setThresholds(perCategory, fallback);
    // The proxy re-filters and re-sorts on dataChanged (dynamicSortFilter); the count may change.
    updateCounter();
}

void ImageBrowser::setHeatmapRenderer(ThumbnailCache::Renderer renderer) {
    const bool available = static_cast<bool>(renderer);
    m_heatmaps->setRenderer(available ? std::move(renderer) : ThumbnailCache::Renderer());
    if (!available) m_heatmapBox->setChecked(false);
    m_heatmapBox->setEnabled(available);
    m_model->setHeatmapCache(m_heatmaps);  // repaint: the old model's maps are gone
}

void ImageBrowser::setHeatmapThumbnailsShown(bool shown) {
    m_heatmapBox->setChecked(shown && m_heatmapBox->isEnabled());
}

bool ImageBrowser::heatmapThumbnailsShown() const {
    return m_model->heatmapsShown();
}

std::optional<qint64> ImageBrowser::currentCategory() const {
    return m_filter->category();
}

void ImageBrowser::clear() {
    m_thumbnails->clear();
    setHeatmapRenderer({});
    setImages({}, {}, {});
}

qint64 ImageBrowser::currentImageId() const {
    const QModelIndex current = m_grid->currentIndex();
    return current.isValid() ? current.data(ImageListModel::IdRole).toLongLong() : -1;
}

bool ImageBrowser::selectImage(qint64 imageId) {
    const int sourceRow = m_model->rowForId(imageId);
    if (sourceRow < 0) return false;
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow));
    if (!proxy.isValid()) {
        // Hidden by a filter: show everything rather than refuse the user's choice.
        const QSignalBlocker blockTree(m_tree);
        for (QComboBox* box : {m_statusBox, m_splitBox, m_defectBox, m_verdictBox}) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(0);
        }
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
        applyFilters();
        proxy = m_filter->mapFromSource(m_model->index(sourceRow));
    }
    return selectProxyRow(proxy.row());
}

bool ImageBrowser::selectNext() {
    const int row = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() + 1 : 0;
    return selectProxyRow(row);
}

bool ImageBrowser::selectPrevious() {
    const int row = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() - 1 : 0;
    return selectProxyRow(row);
}

int ImageBrowser::visibleCount() const {
    return m_filter->rowCount();
}

int ImageBrowser::totalCount() const {
    return m_model->rowCount();
}

QString ImageBrowser::counterText() const {
    return m_counter->text();
}

void ImageBrowser::buildTree(const QVector<project::Category>& categories) {
    QHash<qint64, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row) ++counts[m_model->image(row).categoryId];
    const QLocale locale;
    m_tree->clear();
    auto* all = new QTreeWidgetItem(m_tree, {tr("All categories (%1)").arg(locale.toString(m_model->rowCount()))});
    all->setData(0, Qt::UserRole, kAllCategories);
    for (const project::Category& category : categories) {
        auto* item =
            new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(category.name, locale.toString(counts.value(category.id)))});
        item->setData(0, Qt::UserRole, category.id);
    }
    m_tree->setCurrentItem(all);
}

void ImageBrowser::fillDefectTypes(const QVector<project::DefectType>& defectTypes) {
    const QVariant previous = m_defectBox->currentData();
    m_defectBox->clear();
    m_defectBox->addItem(tr("Any defect type"));
    for (const project::DefectType& type : defectTypes) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(type.colour));
        m_defectBox->addItem(QIcon(swatch), type.name, type.id);
    }
    const int index = previous.isValid() ? m_defectBox->findData(previous) : 0;
    m_defectBox->setCurrentIndex(qMax(0, index));
}

void ImageBrowser::applyFilters() {
    const QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 category = item ? item->data(0, Qt::UserRole).toLongLong() : kAllCategories;
    m_filter->setCategory(category == kAllCategories ? std::nullopt : std::optional<qint64>(category));
    m_filter->setStatusFilter(static_cast<StatusFilter>(m_statusBox->currentData().toInt()));
    const std::optional<int> split = optionalData<int>(m_splitBox);
    m_filter->setSplit(split ? std::optional<project::Split>(static_cast<project::Split>(*split)) : std::nullopt);
    m_filter->setDefectType(optionalData<qint64>(m_defectBox));
    m_filter->setVerdictFilter(static_cast<VerdictFilter>(m_verdictBox->currentData().toInt()));
    m_filter->setSortKey(static_cast<SortKey>(m_sortBox->currentData().toInt()));
    afterFilterChange();
    if (m_filter->category() != m_lastCategory) {
        m_lastCategory = m_filter->category();
        Q_EMIT categoryChanged(m_lastCategory);
    }
}

void ImageBrowser::afterFilterChange() {
    updateCounter();
    // Keep the image the user was on when it is still shown; otherwise move to the first one.
    const int sourceRow = m_model->rowForId(m_lastEmitted);
    const QModelIndex kept = sourceRow >= 0 ? m_filter->mapFromSource(m_model->index(sourceRow)) : QModelIndex();
    if (kept.isValid()) {
        m_grid->setCurrentIndex(kept);
        m_grid->scrollTo(kept);
        return;
    }
    if (!selectProxyRow(0)) onCurrentChanged({});
}

void ImageBrowser::onCurrentChanged(const QModelIndex& current) {
    const qint64 id = current.isValid() ? current.data(ImageListModel::IdRole).toLongLong() : -1;
    if (current.isValid()) preloadAround(current.row());
    if (id == m_lastEmitted) return;
    m_lastEmitted = id;
    Q_EMIT currentImageChanged(id);
}

void ImageBrowser::preloadAround(int proxyRow) {
    const int last = qMin(m_filter->rowCount() - 1, proxyRow + kPreloadRadius);
    for (int row = qMax(0, proxyRow - kPreloadRadius); row <= last; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        m_thumbnails->request(index.data(ImageListModel::IdRole).toLongLong(),
                              index.data(ImageListModel::PathRole).toString());
    }
}

void ImageBrowser::updateCounter() {
    const QLocale locale;
    m_counter->setText(tr("%1 of %2 images").arg(locale.toString(visibleCount()), locale.toString(totalCount())));
}

bool ImageBrowser::selectProxyRow(int row) {
    if (row < 0 || row >= m_filter->rowCount()) return false;
    const QModelIndex index = m_filter->index(row, 0);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

}  // namespace dmad::ui
