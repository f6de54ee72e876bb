// The browser without a database: records in, filters and counter, thumbnails off the GUI thread, keyboard navigation.
#include "ui/browser/image_browser.h"
#include "ui/browser/image_filter_model.h"
#include "ui/browser/image_list_model.h"
#include "ui/browser/thumbnail_cache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace dmad;
using namespace dmad::ui;
using project::ImageStatus;
using project::Split;

class TestImageBrowser : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QVector<project::ImageRecord> m_images;
    const QVector<project::Category> m_categories{{1, QStringLiteral("bottle")}, {2, QStringLiteral("tire")}};
    const QVector<project::DefectType> m_types{{7, QStringLiteral("crack"), QStringLiteral("#ff0000")},
                                                {8, QStringLiteral("hole"), QStringLiteral("#00ff00")}};

    // 12 images: bottle 0..5 (train normal x3, test normal, test crack x2), tire 6..11 (unlabelled x4,
    // test hole, test crack reviewed).
    void makeImages() {
        for (int i = 0; i < 12; ++i) {
            project::ImageRecord image;
            image.id = 100 + i;
            image.categoryId = i < 6 ? 1 : 2;
            image.categoryName = i < 6 ? QStringLiteral("bottle") : QStringLiteral("tire");
            image.path = m_dir.filePath(QStringLiteral("img_%1.png").arg(i, 2, 10, QLatin1Char('0')));
            image.width = 40 + i;
            image.height = 30;
            QImage pixels(image.width, image.height, QImage::Format_RGB32);
            pixels.fill(QColor::fromHsv(i * 30, 200, 200));
            QVERIFY(pixels.save(image.path));
            image.split = (i < 3 || (i >= 6 && i < 10)) ? Split::Train : Split::Test;
            image.status = i < 4    ? ImageStatus::Normal
                           : i < 6  ? ImageStatus::Defective
                           : i < 10 ? ImageStatus::Unlabelled
                                    : ImageStatus::Defective;
            if (i == 4 || i == 5 || i == 11) {
                image.defectTypeId = 7;
                image.defectTypeName = QStringLiteral("crack");
            }
            if (i == 10) {
                image.defectTypeId = 8;
                image.defectTypeName = QStringLiteral("hole");
            }
            image.reviewed = i == 11;
            m_images.push_back(image);
        }
    }

    static void choose(QComboBox* box, int index) { box->setCurrentIndex(index); }

private Q_SLOTS:
    void initTestCase() { makeImages(); }

    // Bug 8 of issue #11: captions were cut from the left, losing the folder that tells two 000.jpg apart.
    void captionsKeepFolderAndFileAndElideInTheMiddle() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        browser.resize(300, 400);
        browser.show();
        QCOMPARE(browser.gridView()->textElideMode(), Qt::ElideMiddle);
        const QModelIndex first = browser.filterModel()->index(0, 0);
        const QString caption = first.data(Qt::DisplayRole).toString();
        QVERIFY2(caption.startsWith(QDir(m_dir.path()).dirName() + QLatin1Char('/')), qPrintable(caption));
        QVERIFY(caption.endsWith(QStringLiteral("img_00.png")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QDir::toNativeSeparators(m_images.front().path)));
    }

    void filtersAndCounter() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        QCOMPARE(browser.visibleCount(), 12);
        QCOMPARE(browser.counterText(), QStringLiteral("12 of 12 images"));

        choose(browser.statusFilterBox(), browser.statusFilterBox()->findText(QStringLiteral("Defective")));
        QCOMPARE(browser.visibleCount(), 4);
        choose(browser.splitFilterBox(), browser.splitFilterBox()->findText(QStringLiteral("Test")));
        QCOMPARE(browser.visibleCount(), 4);
        choose(browser.defectTypeFilterBox(), browser.defectTypeFilterBox()->findText(QStringLiteral("crack")));
        QCOMPARE(browser.visibleCount(), 3);
        browser.categoryTree()->setCurrentItem(browser.categoryTree()->topLevelItem(2));  // tire
        QCOMPARE(browser.visibleCount(), 1);
        QCOMPARE(browser.counterText(), QStringLiteral("1 of 12 images"));
        QCOMPARE(browser.currentImageId(), 111);

        choose(browser.defectTypeFilterBox(), 0);
        choose(browser.splitFilterBox(), 0);
        choose(browser.statusFilterBox(), browser.statusFilterBox()->findText(QStringLiteral("Unlabelled")));
        QCOMPARE(browser.visibleCount(), 4);
        choose(browser.statusFilterBox(), browser.statusFilterBox()->findText(QStringLiteral("Reviewed")));
        QCOMPARE(browser.visibleCount(), 1);
        browser.categoryTree()->setCurrentItem(browser.categoryTree()->topLevelItem(1));  // bottle
        QCOMPARE(browser.visibleCount(), 0);
        QCOMPARE(browser.currentImageId(), -1);
        QVERIFY(browser.categoryTree()->topLevelItem(1)->text(0).contains(QLatin1String("(6)")));
    }

    void labelChangesUpdateTheFilteredView() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        choose(browser.statusFilterBox(), browser.statusFilterBox()->findText(QStringLiteral("Unlabelled")));
        QCOMPARE(browser.visibleCount(), 4);
        project::ImageRecord changed = m_images[6];
        changed.status = ImageStatus::Normal;
        browser.updateImage(changed);
        QCOMPARE(browser.visibleCount(), 3);
        QCOMPARE(browser.counterText(), QStringLiteral("3 of 12 images"));
    }

    void selectingAHiddenImageClearsTheFilters() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        choose(browser.statusFilterBox(), browser.statusFilterBox()->findText(QStringLiteral("Normal")));
        QVERIFY(browser.selectImage(107));
        QCOMPARE(browser.currentImageId(), 107);
        QCOMPARE(browser.visibleCount(), 12);
        QVERIFY(!browser.selectImage(999));
    }

    void sortsByScoreWithUnscoredLast() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        browser.setScores({{105, 0.9}, {101, 0.2}, {110, 1.7}});
        choose(browser.sortBox(), 1);
        const ImageFilterModel* filter = browser.filterModel();
        QCOMPARE(filter->index(0, 0).data(ImageListModel::IdRole).toLongLong(), 110);
        QCOMPARE(filter->index(1, 0).data(ImageListModel::IdRole).toLongLong(), 105);
        QCOMPARE(filter->index(2, 0).data(ImageListModel::IdRole).toLongLong(), 101);
        QVERIFY(!filter->index(3, 0).data(ImageListModel::ScoreRole).isValid());
        browser.filterModel()->setMinimumScore(0.5);
        QCOMPARE(browser.visibleCount(), 2);
    }

    void verdictsFollowTheCategoryThresholds() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        // bottle (1): threshold 0.5; tire (2): the fallback 1.0.
        browser.setScores({{101, 0.2}, {105, 0.9}, {110, 0.9}, {111, 1.7}});
        browser.setThresholds({{1, 0.5}}, 1.0);
        const auto verdictCount = [&](ImageFilterModel::VerdictFilter filter) {
            QComboBox* box = browser.verdictFilterBox();
            choose(box, box->findData(static_cast<int>(filter)));
            return browser.visibleCount();
        };
        QCOMPARE(verdictCount(ImageFilterModel::VerdictFilter::Ng), 2);  // 105 (0.9 >= 0.5), 111 (1.7 >= 1.0)
        QCOMPARE(browser.counterText(), QStringLiteral("2 of 12 images"));
        QCOMPARE(verdictCount(ImageFilterModel::VerdictFilter::Ok), 2);  // 101, 110 (0.9 < 1.0)
        QCOMPARE(verdictCount(ImageFilterModel::VerdictFilter::NotScored), 8);
        // A threshold change moves an image between the verdicts at once.
        browser.setThresholds({{1, 0.5}, {2, 0.8}}, 1.0);
        QCOMPARE(verdictCount(ImageFilterModel::VerdictFilter::Ng), 3);
        QCOMPARE(
            browser.listModel()->index(browser.listModel()->rowForId(110)).data(ImageListModel::VerdictRole).toInt(),
            static_cast<int>(project::Verdict::Ng));
        QCOMPARE(verdictCount(ImageFilterModel::VerdictFilter::Any), 12);

        // NG first (highest score first within), then OK, then unscored; and lowest score first.
        choose(browser.sortBox(), browser.sortBox()->findData(static_cast<int>(ImageFilterModel::SortKey::Verdict)));
        const ImageFilterModel* filter = browser.filterModel();
        const auto idAt = [&](int row) { return filter->index(row, 0).data(ImageListModel::IdRole).toLongLong(); };
        QCOMPARE(QVector<qint64>({idAt(0), idAt(1), idAt(2), idAt(3)}), QVector<qint64>({111, 105, 110, 101}));
        QVERIFY(!filter->index(4, 0).data(ImageListModel::ScoreRole).isValid());
        browser.setThresholds({{1, 0.5}, {2, 0.8}}, 1.0);
        choose(browser.sortBox(),
               browser.sortBox()->findData(static_cast<int>(ImageFilterModel::SortKey::ScoreAscending)));
        QCOMPARE(idAt(0), 101);
        QCOMPARE(idAt(3), 111);
        QVERIFY(!filter->index(4, 0).data(ImageListModel::ScoreRole).isValid());  // unscored still last
    }

    void categoryChoiceIsAnnounced() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        QSignalSpy changed(&browser, &ImageBrowser::categoryChanged);
        browser.categoryTree()->setCurrentItem(browser.categoryTree()->topLevelItem(2));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<std::optional<qint64>>(), std::optional<qint64>(2));
        QCOMPARE(browser.currentCategory(), std::optional<qint64>(2));
        choose(browser.statusFilterBox(), 1);  // another filter, same category: no signal
        QCOMPARE(changed.count(), 1);
    }

    void heatmapThumbnailsComeFromTheRenderer() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        QVERIFY(!browser.heatmapThumbnailsBox()->isEnabled());
        browser.setHeatmapThumbnailsShown(true);
        QVERIFY(!browser.heatmapThumbnailsShown());  // no renderer, no heatmaps

        // A stand-in renderer: a red square of the thumbnail size (the real one blends a map).
        browser.setHeatmapRenderer([](const QString&, int edge) {
            QImage image(edge / 2, edge / 2, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::red);
            return image;
        });
        QVERIFY(browser.heatmapThumbnailsBox()->isEnabled());
        browser.setHeatmapThumbnailsShown(true);
        QVERIFY(browser.heatmapThumbnailsShown());
        const QModelIndex first = browser.listModel()->index(0);
        // The first ask answers at once (nothing yet) and starts both the map and the plain stand-in.
        QVERIFY(first.data(Qt::DecorationRole).value<QImage>().isNull());
        QTRY_VERIFY(browser.heatmapThumbnails()->contains(100) && browser.thumbnails()->contains(100));
        QCOMPARE(first.data(Qt::DecorationRole).value<QImage>().pixelColor(2, 2), QColor(Qt::red));
        browser.setHeatmapThumbnailsShown(false);
        QCOMPARE(first.data(Qt::DecorationRole).value<QImage>().pixelColor(5, 5).rgb(),
                 QColor::fromHsv(0, 200, 200).rgb());

        // Another model: the old maps go; no model: the option is off.
        browser.setHeatmapRenderer({});
        QVERIFY(!browser.heatmapThumbnails()->contains(100));
        QVERIFY(!browser.heatmapThumbnailsBox()->isEnabled());
    }

    void keyboardMovesBetweenImages() {
        ImageBrowser browser;
        browser.resize(480, 900);  // a tall, narrow dock: several grid rows of a few images
        browser.setImages(m_images, m_categories, m_types);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QListView* grid = browser.gridView();
        grid->setFocus();
        QSignalSpy spy(&browser, &ImageBrowser::currentImageChanged);
        QVERIFY(browser.selectImage(100));

        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(browser.currentImageId(), 101);
        QCOMPARE(spy.last().at(0).toLongLong(), 101);
        QTest::keyClick(grid, Qt::Key_Left);
        QCOMPARE(browser.currentImageId(), 100);
        QTest::keyClick(grid, Qt::Key_End);
        QCOMPARE(browser.currentImageId(), 111);
        QTest::keyClick(grid, Qt::Key_Home);
        QCOMPARE(browser.currentImageId(), 100);
        QTest::keyClick(grid, Qt::Key_Down);  // one grid row further: several images on
        const qint64 secondRow = browser.currentImageId();
        QVERIFY(secondRow > 101);
        QTest::keyClick(grid, Qt::Key_PageUp);  // back to the first grid row, same column
        QCOMPARE(browser.currentImageId(), 100);
        QTest::keyClick(grid, Qt::Key_PageDown);  // to the last grid row, same column
        const qint64 lastRow = browser.currentImageId();
        QVERIFY(lastRow > secondRow);
        QCOMPARE((lastRow - 100) % (secondRow - 100), 0);  // same column
        QTest::keyClick(grid, Qt::Key_Home);
        QVERIFY(browser.selectNext());
        QCOMPARE(browser.currentImageId(), 101);
        QVERIFY(browser.selectPrevious());
        QVERIFY(!browser.selectPrevious());
        QCOMPARE(spy.last().at(0).toLongLong(), 100);
    }

    void thumbnailsArriveOffTheGuiThread() {
        ImageBrowser browser;
        browser.setImages(m_images, m_categories, m_types);
        const QModelIndex first = browser.listModel()->index(0);
        QSignalSpy ready(browser.thumbnails(), &ThumbnailCache::thumbnailReady);
        QVERIFY(first.data(Qt::DecorationRole).value<QImage>().isNull());  // requested, not yet there
        QTRY_VERIFY(browser.thumbnails()->contains(100));
        const QImage thumbnail = first.data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(thumbnail.size(), QSize(40, 30));  // small images are not enlarged
        QCOMPARE(thumbnail.pixelColor(5, 5).rgb(), QColor::fromHsv(0, 200, 200).rgb());
    }

    // A grid with uniform item sizes takes them from its first row: a row whose thumbnail is still being
    // decoded must not shrink every cell to a line of text (the cropped grid seen after a reload).
    void cellsHaveThumbnailSizeBeforeThumbnailsArrive() {
        ImageBrowser browser;
        browser.resize(400, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        auto* grid = browser.findChild<QListView*>(QStringLiteral("thumbnailGrid"));
        QVERIFY(grid);
        const int edge = browser.thumbnails()->edge();
        for (int reload = 0; reload < 2; ++reload) {
            browser.thumbnails()->clear();
            browser.setImages(m_images, m_categories, m_types);
            const QModelIndex first = grid->model()->index(0, 0);
            // No event is processed in between, so the layout ran before any decoded thumbnail came back.
            QVERIFY(first.data(Qt::DecorationRole).value<QImage>().isNull());
            QVERIFY2(grid->visualRect(first).height() >= edge,
                     qPrintable(QStringLiteral("cell height %1 < %2").arg(grid->visualRect(first).height()).arg(edge)));
            QVERIFY(grid->visualRect(first).width() >= edge);
        }
    }

    void largeImagesAreScaledAndBrokenFilesMarked() {
        QImage big(600, 300, QImage::Format_RGB32);
        big.fill(Qt::blue);
        const QString file = m_dir.filePath(QStringLiteral("big.jpg"));
        QVERIFY(big.save(file));
        QCOMPARE(ThumbnailCache::load(file, 128).size(), QSize(128, 64));
        QFile broken(m_dir.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("garbage");
        broken.close();
        QVERIFY(ThumbnailCache::load(broken.fileName(), 128).isNull());

        ThumbnailCache cache;
        cache.request(1, broken.fileName());
        QTRY_VERIFY(cache.contains(1));
        QVERIFY(!cache.thumbnail(1, broken.fileName()).isNull());  // a visible "unreadable" mark
    }
};

QTEST_MAIN(TestImageBrowser)
#include "test_image_browser.moc"
