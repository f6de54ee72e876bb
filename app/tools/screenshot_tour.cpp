// Drives the real main window under X (Xvfb) through training, heatmap, analysis and review, grabbing docs/screenshots.
// Not a test: built on demand (target dmad_screenshot_tour), run as
//   XDG_CONFIG_HOME=<scratch> xvfb-run -a -s "-screen 0 1400x900x24" dmad_screenshot_tour <scratch> <docs/screenshots>
// The project and the outlier links are made under <scratch>; only the PNGs go to the output folder.
#include "project/image_repository.h"
#include "project/mvtec_import.h"
#include "project/project_store.h"
#include "training/training_options.h"
#include "ui/browser/image_browser.h"
#include "ui/browser/image_filter_model.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/review/analysis_panel.h"
#include "ui/review/review_queue.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/verdict_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace dmad;
using namespace dmad::ui;

namespace {

const QString kShared = QStringLiteral(DMAD_SHARED_DIR);

void settle(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(20);
    }
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs) return false;
        QTest::qWait(50);
    }
    return true;
}

// The whole X screen, as `import -window root` sees it; reduced to 256 colours when over 400 KB.
bool grab(const QString& outDir, const QString& name) {
    settle(700);
    const QString file = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file}) != 0) {
        qCritical("import failed for %s", qPrintable(file));
        return false;
    }
    if (QFileInfo(file).size() > 400 * 1024) {
        QProcess::execute(QStringLiteral("convert"), {file, QStringLiteral("-colors"), QStringLiteral("256"), file});
    }
    qInfo("%s: %lld KB", qPrintable(file), QFileInfo(file).size() / 1024);
    return true;
}

void linkOutliers(const QString& target) {
    QDir().mkpath(target);
    const QDir dtd(kShared + QStringLiteral("/data/outliers/dtd"));
    for (const QString& cls : dtd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QStringList files = QDir(dtd.filePath(cls)).entryList(QDir::Files, QDir::Name);
        for (int i = 0; i < std::min<int>(2, files.size()); ++i) {
            QFile::link(dtd.filePath(cls + QLatin1Char('/') + files.at(i)),
                        QDir(target).filePath(cls + QLatin1Char('_') + files.at(i)));
        }
    }
}

qint64 imageNamed(project::ProjectStore& store, const QString& suffix) {
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        if (image.path.endsWith(suffix)) return image.id;
    }
    return -1;
}

QDockWidget* raise(MainWindow& window, const char* name, int height) {
    QDockWidget* dock = window.dock(QLatin1String(name));
    dock->show();
    dock->raise();
    window.resizeDocks({dock}, {height}, Qt::Vertical);
    return dock;
}

void paintStroke(MaskCanvas* canvas, const QVector<QPoint>& points) {
    QWidget* viewport = canvas->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(points.first()));
    for (int i = 1; i < points.size(); ++i) {
        for (int step = 1; step <= 6; ++step) {
            const QPoint p = points[i - 1] + (points[i] - points[i - 1]) * step / 6;
            QTest::mouseMove(viewport, canvas->pixelCentreInViewport(p));
        }
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(points.last()));
}

}  // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DMAD"));
    QApplication::setApplicationName(QStringLiteral("DMAD Studio"));
    if (argc < 3) {
        qCritical("usage: dmad_screenshot_tour <scratch folder> <output folder>");
        return 2;
    }
    const QString scratch = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const QString outDir = QDir(QString::fromLocal8Bit(argv[2])).absolutePath();
    QDir().mkpath(outDir);

    AppSettings settings;
    settings.setBackbonePath(kShared + QStringLiteral("/models/mobilenet_v2_imagenet_features.ts.pt"));
    settings.setEpochs(8);
    settings.setPatchesPerImage(32);
    settings.setThreads(2);
    settings.setMaskAutosave(false);
    const QString outliers = QDir(scratch).filePath(QStringLiteral("outliers"));
    linkOutliers(outliers);
    settings.setOutliersFolder(outliers);

    const QString projectDir = QDir(scratch).filePath(QStringLiteral("bottle-project"));
    if (!project::ProjectStore::containsProject(projectDir)) {
        const auto store = project::ProjectStore::create(projectDir);
        project::importMvtecFolder(*store, kShared + QStringLiteral("/data/bottle"));
    }

    MainWindow window;
    window.move(0, 0);
    window.resize(1400, 900);
    window.show();
    settle(1000);
    grab(outDir, QStringLiteral("start-page"));  // 0. the first screen, before a project is open
    window.signIn(QStringLiteral("lead"), project::UserRole::Supervisor);
    if (!window.openProject(projectDir)) return 1;
    settle(1500);

    // 1. Training with its loss curve, caught while the score mapper trains.
    TrainingController* training = window.trainingController();
    QSignalSpy losses(training, &TrainingController::lossAppended);
    QSignalSpy finished(training, &TrainingController::finished);
    raise(window, "TrainingDock", 330);
    window.trainingDock()->trainAction()->trigger();
    if (!waitFor([&] { return losses.count() >= 5 || !finished.isEmpty(); }, 600000)) return 1;
    grab(outDir, QStringLiteral("training"));
    if (!waitFor([&] { return !finished.isEmpty(); }, 600000)) return 1;
    settle(1500);

    // 2. A defective image's heatmap with the contour and the verdict; the browser with heatmap thumbnails, NG first.
    project::ProjectStore& store = *window.project();
    const qint64 broken = imageNamed(store, QStringLiteral("/broken_large/000.jpg"));
    QSignalSpy ready(window.heatmapController(), &HeatmapController::heatmapReady);
    window.browser()->selectImage(broken);
    if (!waitFor(
            [&] {
                return window.heatmapController()->currentImage() == broken &&
                       !window.heatmapController()->isComputing() && window.canvas()->hasHeatmap();
            },
            60000)) {
        return 1;
    }
    QComboBox* sort = window.browser()->sortBox();
    sort->setCurrentIndex(sort->findData(static_cast<int>(ImageFilterModel::SortKey::Verdict)));
    window.browser()->setHeatmapThumbnailsShown(true);
    raise(window, "reviewQueueDock", 230);
    settle(20000);  // the visible thumbnails' maps, one backbone pass each
    grab(outDir, QStringLiteral("heatmap"));

    // 3. The analysis panel: histogram with the threshold, ROC / PR, metrics.
    raise(window, "analysisDock", 430);
    settle(2000);
    grab(outDir, QStringLiteral("analysis"));

    // 4. The review queue, highest score first.
    window.browser()->setHeatmapThumbnailsShown(false);
    raise(window, "reviewQueueDock", 380);
    settle(1500);
    grab(outDir, QStringLiteral("review-queue"));

    // 5. Labelling: a mask being painted on a contaminated bottle (left unsaved; the tour discards it).
    const qint64 contaminated = imageNamed(store, QStringLiteral("/contamination/003.jpg"));
    window.browser()->selectImage(contaminated);
    waitFor(
        [&] {
            return window.heatmapController()->currentImage() == contaminated &&
                   !window.heatmapController()->isComputing();
        },
        60000);
    // The heatmap off (the panel's own switch), so the painted mask is what shows.
    if (auto* visible = window.verdictPanel()->findChild<QCheckBox*>()) visible->setChecked(false);
    raise(window, "TrainingDock", 200);
    window.canvas()->fitAction()->trigger();
    const QSize size = window.canvas()->imageSize();
    const QPoint c(size.width() / 2, size.height() / 2);
    paintStroke(window.canvas(), {c + QPoint(-60, -40), c + QPoint(40, -50), c + QPoint(70, 30), c + QPoint(-20, 60)});
    grab(outDir, QStringLiteral("main-window"));
    window.canvas()->document()->setClean();
    return 0;
}
