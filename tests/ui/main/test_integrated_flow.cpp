// The integrated workstation, headless: sign in, Train by shortcut, scores in queue and browser, label, paint, Retrain.
#include "engine/image_io.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/mvtec_import.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "training/training_options.h"
#include "ui/browser/image_browser.h"
#include "ui/browser/image_list_model.h"
#include "ui/browser/thumbnail_cache.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/main/shown_image.h"
#include "ui/review/analysis_panel.h"
#include "ui/review/review_queue.h"
#include "ui/review/review_queue_model.h"
#include "ui/review/session.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/verdict_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad;
using namespace dmad::ui;

namespace {

const QString kShared = QStringLiteral(DMAD_SHARED_DIR);
const QString kPiped = kShared + QStringLiteral("/data/piped_PA_BDP01_TL");
const QString kBackbone = kShared + QStringLiteral("/models/mobilenet_v2_imagenet_features.ts.pt");
const QString kDtd = kShared + QStringLiteral("/data/outliers/dtd");
constexpr int kTrainTimeoutMs = 240000;

// One texture of each DTD class, linked (never copied) into `target`: a small training budget.
void linkOutliers(const QString& target) {
    QDir().mkpath(target);
    const QDir dtd(kDtd);
    for (const QString& cls : dtd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QStringList files = QDir(dtd.filePath(cls)).entryList(QDir::Files, QDir::Name);
        if (!files.isEmpty()) {
            QFile::link(dtd.filePath(cls + QLatin1Char('/') + files.first()),
                        QDir(target).filePath(cls + QLatin1Char('_') + files.first()));
        }
    }
}

void paintStroke(MaskCanvas* canvas, QPoint from, QPoint to) {
    QWidget* viewport = canvas->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(from));
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, canvas->pixelCentreInViewport(from + (to - from) * step / 10));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(to));
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) return false;
        QTest::qWait(20);
    }
    return true;
}

}  // namespace

class TestIntegratedFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    int m_imageCount = 0;

    bool train(QKeySequence shortcut, int expectedVersion) {
        TrainingController* controller = m_window->trainingController();
        QSignalSpy finished(controller, &TrainingController::finished);
        QSignalSpy failed(controller, &TrainingController::failed);
        QSignalSpy queueLoaded(m_window->reviewQueue(), &ReviewQueue::loaded);
        QTest::keySequence(m_window.get(), shortcut);
        if (!controller->isTraining()) {
            qWarning("the shortcut did not start training");
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        if (!finished.wait(kTrainTimeoutMs) && failed.isEmpty()) return false;
        if (!failed.isEmpty()) {
            qWarning("training failed: %s", qPrintable(failed.first().first().toString()));
            return false;
        }
        qInfo("training to version %d: %.1f s", expectedVersion, clock.elapsed() / 1000.0);
        // The queue reloads after the model changed (off the GUI thread).
        return finished.first().first().toInt() == expectedVersion &&
               (queueLoaded.count() > 0 || queueLoaded.wait(10000));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(kBackbone) || !QFileInfo(kPiped).isDir() || !QFileInfo(kDtd).isDir()) {
            QSKIP("../shared (backbone, PIPED data, DTD outliers) is not present");
        }
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DMAD"));
        QCoreApplication::setApplicationName(QStringLiteral("DMAD Studio"));
        QSettings().clear();
        AppSettings settings;
        QCOMPARE(settings.setMaskAutosave(true), QString());
        QCOMPARE(settings.setBackbonePath(kBackbone), QString());
        QCOMPARE(settings.setEpochs(3), QString());
        QCOMPARE(settings.setPatchesPerImage(32), QString());
        QCOMPARE(settings.setThreads(2), QString());
        const QString outliers = m_root.filePath(QStringLiteral("outliers"));
        linkOutliers(outliers);
        QCOMPARE(settings.setOutliersFolder(outliers), QString());

        m_project = m_root.filePath(QStringLiteral("project"));
        const auto store = project::ProjectStore::create(m_project);
        QVERIFY(project::importMvtecFolder(*store, kPiped).imagesAdded > 0);
        m_imageCount = project::ImageRepository(*store).count();

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        // The tests' sign-in (what `DMAD_TEST_SIGN_IN=1 dmad-studio --user lead --role supervisor` does):
        // no password; "lead" is created as a supervisor because the project does not know it yet.
        QVERIFY(m_window->signIn(QStringLiteral("lead"), project::UserRole::Supervisor));
        QSignalSpy shown(m_window.get(), &MainWindow::imageShown);
        QVERIFY(m_window->openProject(m_project));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QVERIFY(m_window->session()->isSupervisor());
        QVERIFY(m_window->reviewQueue());
        QVERIFY(m_window->analysisPanel());
        QVERIFY(m_window->auditLog());
        QVERIFY(!m_window->browser()->heatmapThumbnailsBox()->isEnabled());  // no model yet
    }

    void cleanupTestCase() { m_window.reset(); }

    void theModelMenuOffersTrainingWithShortcuts() {
        QMenu* menu = m_window->findChild<QMenu*>(QStringLiteral("modelMenu"));
        QVERIFY(menu);
        QAction* train = m_window->trainingDock()->trainAction();
        QVERIFY(menu->actions().contains(train));
        QVERIFY(train->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+T"))));
        QVERIFY(
            m_window->trainingDock()->retrainAction()->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+R"))));
        QVERIFY(train->isEnabled());
        for (const char* name : {"TrainingDock", "reviewQueueDock", "analysisDock", "auditLogDock", "heatmapDock"}) {
            QDockWidget* dock = m_window->dock(QLatin1String(name));
            QVERIFY2(dock, name);
            QVERIFY(dock->toggleViewAction());
        }
    }

    void trainingScoresEveryImageEverywhere() {
        QVERIFY(train(QKeySequence(QStringLiteral("Ctrl+T")), 1));
        ReviewQueue* queue = m_window->reviewQueue();
        QCOMPARE(queue->model()->rowCount(), m_imageCount);  // every image scored, in the queue
        QVERIFY(queue->modelId().has_value());

        // The browser has the same scores and sorts by them, highest first.
        ImageBrowser* browser = m_window->browser();
        QComboBox* sort = browser->sortBox();
        sort->setCurrentIndex(sort->findData(static_cast<int>(ImageFilterModel::SortKey::ScoreDescending)));
        QCOMPARE(browser->visibleCount(), m_imageCount);
        QAbstractItemModel* grid = browser->gridView()->model();
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < grid->rowCount(); ++row) {
            const QVariant score = grid->index(row, 0).data(ImageListModel::ScoreRole);
            QVERIFY2(score.isValid(), "an image without a score after training");
            QVERIFY(score.toDouble() <= previous);
            previous = score.toDouble();
        }
        const double top = grid->index(0, 0).data(ImageListModel::ScoreRole).toDouble();
        double queueTop = -std::numeric_limits<double>::infinity();
        for (int row = 0; row < queue->model()->rowCount(); ++row)
            queueTop = qMax(queueTop, queue->model()->rowAt(row).score);
        QCOMPARE(top, queueTop);  // the same scores in both places

        // Verdicts: NG and OK split every scored image; "not scored" is empty now.
        QComboBox* verdict = browser->verdictFilterBox();
        const auto countFor = [&](ImageFilterModel::VerdictFilter filter) {
            verdict->setCurrentIndex(verdict->findData(static_cast<int>(filter)));
            return browser->visibleCount();
        };
        const int ng = countFor(ImageFilterModel::VerdictFilter::Ng);
        const int ok = countFor(ImageFilterModel::VerdictFilter::Ok);
        QCOMPARE(ng + ok, m_imageCount);
        QCOMPARE(countFor(ImageFilterModel::VerdictFilter::NotScored), 0);
        verdict->setCurrentIndex(0);

        // Heatmap thumbnails become available with a model.
        QVERIFY(browser->heatmapThumbnailsBox()->isEnabled());
    }

    void theShownImageGetsItsHeatmapAndVerdict() {
        HeatmapController* heatmaps = m_window->heatmapController();
        QVERIFY(waitFor([&] { return !heatmaps->isComputing() && m_window->canvas()->hasHeatmap(); }, 30000));
        QCOMPARE(heatmaps->currentImage(), m_window->shownImageId());
        QVERIFY(m_window->verdictPanel()->verdict().has_value());
    }

    // The shown image's file is read and decoded once: the canvas and the model's inspection share the pixels.
    void theShownImageIsDecodedOnce() {
        QVERIFY(!m_window->browser()->heatmapThumbnailsShown());
        HeatmapController* heatmaps = m_window->heatmapController();
        QVERIFY(waitFor([&] { return !heatmaps->isComputing(); }, 30000));
        const qint64 before = m_window->shownImageId();
        QSignalSpy shown(m_window.get(), &MainWindow::imageShown);
        QSignalSpy ready(heatmaps, &HeatmapController::heatmapReady);
        const std::uint64_t decodes = dmad::imageDecodeCount();
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Right")));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        const qint64 next = m_window->shownImageId();
        QVERIFY(next != before);
        QVERIFY(waitFor([&] { return !ready.isEmpty() && ready.last().first().toLongLong() == next; }, 30000));
        QCOMPARE(dmad::imageDecodeCount(), decodes + 1);
        QCOMPARE(heatmaps->currentImage(), next);
        QVERIFY(m_window->canvas()->hasHeatmap());
    }

    void heatmapThumbnailsAreRenderedOffTheGuiThread() {
        ImageBrowser* browser = m_window->browser();
        browser->setHeatmapThumbnailsShown(true);
        QVERIFY(browser->heatmapThumbnailsShown());
        const qint64 id = browser->currentImageId();
        ThumbnailCache* cache = browser->heatmapThumbnails();
        QSignalSpy ready(cache, &ThumbnailCache::thumbnailReady);
        const QString path = browser->gridView()->currentIndex().data(ImageListModel::PathRole).toString();
        (void)cache->thumbnail(id, path);  // a miss answers at once and starts the map on the pool
        QVERIFY(waitFor([&] { return cache->contains(id); }, 30000));
        const QImage heatmap = cache->thumbnail(id, path);
        const QImage plain = browser->thumbnails()->thumbnail(id, path);
        QVERIFY(!heatmap.isNull());
        QVERIFY(qMax(heatmap.width(), heatmap.height()) <= cache->edge());
        QVERIFY(plain.isNull() || heatmap != plain);
        browser->setHeatmapThumbnailsShown(false);
    }

    void labelPaintAndRetrain() {
        // A normal train image becomes a labelled defect with a painted mask.
        qint64 target = -1;
        {
            const auto images = project::ImageRepository(*m_window->project()).all();
            for (const project::ImageRecord& image : images) {
                if (image.split == project::Split::Train && image.status == project::ImageStatus::Normal) {
                    target = image.id;
                    break;
                }
            }
        }
        QVERIFY(target >= 0);
        QSignalSpy shown(m_window.get(), &MainWindow::imageShown);
        QVERIFY(m_window->browser()->selectImage(target));
        QVERIFY(m_window->shownImageId() == target || shown.wait(10000));
        QCOMPARE(m_window->shownImageId(), target);

        QSignalSpy queueRefreshed(m_window.get(), &MainWindow::imageLabelChanged);
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QCOMPARE(queueRefreshed.count(), 1);
        const QSize size = m_window->canvas()->imageSize();
        m_window->canvas()->fitAction()->trigger();
        paintStroke(m_window->canvas(), QPoint(size.width() / 3, size.height() / 2),
                    QPoint(2 * size.width() / 3, size.height() / 2));
        QVERIFY(m_window->canvas()->document()->hasDefectPixels());
        QTest::keySequence(m_window.get(), QKeySequence::Save);
        QVERIFY(!m_window->canvas()->document()->isDirty());
        {
            const auto image = project::ImageRepository(*m_window->project()).byId(target);
            QVERIFY(image && image->hasMask && image->status == project::ImageStatus::Defective);
        }
        // The queue shows the new label at once.
        ReviewQueue* queue = m_window->reviewQueue();
        const std::optional<int> row = queue->model()->rowOf(target);
        QVERIFY(row);
        QCOMPARE(queue->model()->rowAt(*row).image.status, project::ImageStatus::Defective);

        QSignalSpy heatmapReady(m_window->heatmapController(), &HeatmapController::heatmapReady);
        QVERIFY(train(QKeySequence(QStringLiteral("Ctrl+R")), 2));
        project::ModelRepository models(*m_window->project());
        const auto active = models.active();
        QVERIFY(active);
        QCOMPARE(active->version, 2);
        QCOMPARE(models.all().size(), 2);
        const QJsonObject metrics = QJsonDocument::fromJson(active->metricsJson.toUtf8()).object();
        QCOMPARE(metrics.value(
            QStringLiteral("trainingSet")).toObject().value(QStringLiteral("maskedAnomalies")).toInt(), 1);
        QCOMPARE(m_window->reviewQueue()->modelId(), std::optional<qint64>(active->id));
        // The shown image's heatmap is recomputed with the new model.
        QVERIFY(heatmapReady.count() > 0 || heatmapReady.wait(30000));
        QCOMPARE(heatmapReady.last().first().toLongLong(), target);

        // The version switch lists both, the new one checked.
        QMenu* versions = m_window->findChild<QMenu*>(QStringLiteral("versionsMenu"));
        QVERIFY(versions && versions->isEnabled());
        QCOMPARE(versions->actions().size(), 2);
        QVERIFY(versions->actions().last()->isChecked());
    }

    void switchingBackToTheFirstVersion() {
        // Bug 1 of issue #11: click an image in the queue, move on with Ctrl+Right, switch the version:
        // the canvas went back to the clicked image.
        QTableView* table = m_window->reviewQueue()->view();
        m_window->dock(QStringLiteral("reviewQueueDock"))->raise();
        QSignalSpy shown(m_window.get(), &MainWindow::imageShown);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        const qint64 clicked = table->model()->index(0, 0).data(ReviewQueueModel::ImageIdRole).toLongLong();
        QVERIFY(waitFor([&] { return m_window->shownImageId() == clicked; }, 10000));
        m_window->action(QStringLiteral("nextImage"))->trigger();
        QVERIFY(waitFor([&] { return m_window->shownImageId() != clicked; }, 10000));
        const qint64 movedOn = m_window->shownImageId();

        QMenu* versions = m_window->findChild<QMenu*>(QStringLiteral("versionsMenu"));
        QVERIFY(versions && versions->actions().size() == 2);
        QSignalSpy changed(m_window->trainingController(), &TrainingController::activeModelChanged);
        versions->actions().first()->trigger();
        // The supervisor sees the thresholds in force next to the suggested ones, then confirms.
        auto* confirm = m_window->findChild<QMessageBox*>(QStringLiteral("activateVersion"));
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("In force")));
        QVERIFY(confirm->text().contains(QStringLiteral("Suggested by v1")));
        confirm->button(QMessageBox::Yes)->click();
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.first().at(1).toInt(), 1);
        QVERIFY(waitFor([&] { return !m_window->reviewQueue()->isLoading(); }, 10000));
        QCOMPARE(project::ModelRepository(*m_window->project()).active()->version, 1);
        QVERIFY(m_window->findChild<QMenu*>(QStringLiteral("versionsMenu"))->actions().first()->isChecked());
        QTest::qWait(200);  // anything the reload would do to the selection has happened
        QCOMPARE(m_window->shownImageId(), movedOn);
        QCOMPARE(m_window->browser()->currentImageId(), movedOn);
        // Bug 2 of issue #11: the Training dock still said "Model v2 is active".
        QCOMPARE(m_window->trainingDock()->progressBar()->format(), QStringLiteral("Model v1 is active"));
    }

    // Bug 4 of issue #11: "Contour at" stayed where it was when the threshold in force changed.
    void theContourFollowsTheThreshold() {
        HeatmapController* heatmaps = m_window->heatmapController();
        VerdictPanel* panel = m_window->verdictPanel();
        QVERIFY(waitFor([&] { return !heatmaps->isComputing() && m_window->canvas()->hasHeatmap(); }, 30000));
        const project::ImageRecord shown = *m_window->shownImage()->record();
        const training::MapRange range = panel->mapRange();
        const double target = range.low + 0.37 * (range.high - range.low);
        AnalysisPanel* analysis = m_window->analysisPanel();
        analysis->setCategory(shown.categoryId);
        QVERIFY(waitFor([&] { return analysis->analysis().categoryId == shown.categoryId && !analysis->isLoading(); },
                        10000));
        QSignalSpy ready(heatmaps, &HeatmapController::heatmapReady);
        analysis->thresholdSpinBox()->setValue(target);
        QVERIFY(ready.wait(30000));
        const double step = (range.high - range.low) / 500.0;
        QVERIFY2(std::abs(panel->contourThreshold() - target) <= step,
                 qPrintable(QStringLiteral("%1 vs %2").arg(panel->contourThreshold()).arg(target)));
        QVERIFY(m_window->canvas()->heatmap().threshold().has_value());
        QVERIFY(std::abs(*m_window->canvas()->heatmap().threshold() - target) <= step);
    }

    void closingTheProjectReleasesTheReviewParts() {
        m_window->closeProject();
        QVERIFY(!m_window->reviewQueue());
        QVERIFY(!m_window->analysisPanel());
        QVERIFY(!m_window->trainingDock()->trainAction()->isEnabled());
        // No project, no model: the verdict panel's contour has no range and shows a dash, not a number.
        QVERIFY(waitFor([&] { return !m_window->verdictPanel()->hasMapRange(); }, 10000));
        QCOMPARE(m_window->verdictPanel()->findChild<QLabel*>(QStringLiteral("contourValue"))->text(),
                                                              QStringLiteral("–"));
    }
};

QTEST_MAIN(TestIntegratedFlow)
#include "test_integrated_flow.moc"
