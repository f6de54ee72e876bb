// bench_retrain: the demo project (all of ../shared/data), one Train, ten defects labelled, one-click Retrain, and
// clicks on thumbnails in the main window until each heatmap is painted, timed.
#include "app/tools/event_loop_stall_meter.h"
#include "project/demo_project.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/user_repository.h"
#include "training/engine_session.h"
#include "training/test_split_metrics.h"
#include "training/training_set_builder.h"
#include "ui/browser/image_browser.h"
#include "ui/browser/image_filter_model.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/training_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace dmad;
using namespace dmad::ui;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

// Resident memory now and at its peak, from /proc (kB -> GB); "-" where not available.
QString memoryLine() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return QStringLiteral("-");
    QString rss = QStringLiteral("-"), peak = QStringLiteral("-");
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2) continue;
        const QString gb = QString::number(parts.at(1).toDouble() / 1024.0 / 1024.0, 'f', 2);
        if (parts.at(0) == "VmRSS:") rss = gb;
        if (parts.at(0) == "VmHWM:") peak = gb;
    }
    return QStringLiteral("resident %1 GB (peak %2 GB)").arg(rss, peak);
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("-");
}

QJsonObject metricsOf(project::ProjectStore& store, qint64 modelId) {
    const auto record = project::ModelRepository(store).byId(modelId);
    return QJsonDocument::fromJson(record->metricsJson.toUtf8()).object();
}

struct Run {
    bool ok = false;
    double seconds = 0.0;
    qint64 maxStallMs = 0;
    qint64 modelId = 0;
};

Run runTraining(TrainingController& controller, bool incremental, const QString& label) {
    Run run;
    QString error;
    QString lastStage;
    // A real event loop, as the GUI's: it sleeps between events. (processEvents(flags, ms) returns at
    // once when nothing is pending, so a loop around it kept a core busy and slowed the training 2x.)
    QEventLoop loop;
    bool done = false;
    const auto c1 = QObject::connect(&controller, &TrainingController::finished, [&] {
        run.ok = done = true;
        loop.quit();
    });
    const auto c2 = QObject::connect(&controller, &TrainingController::failed, [&](const QString& m) {
        error = m;
        done = true;
        loop.quit();
    });
    const auto c3 =
        QObject::connect(&controller, &TrainingController::progress, [&](const QString& stage, qint64, qint64 total) {
            if (stage != lastStage) {
                out() << "  [" << label << "] " << stage << " (" << total << ")\n";
                out().flush();
                lastStage = stage;
            }
        });
    const auto c4 = QObject::connect(&controller, &TrainingController::warning,
                                     [&](const QString& m) { out() << "  warning: " << m << "\n"; });
    const auto c5 =
        QObject::connect(&controller, &TrainingController::activeModelChanged, [&](qint64 id) { run.modelId = id; });
    const auto c6 = QObject::connect(&controller, &TrainingController::planned, [&](const QString& m, double s) {
        out() << "  [" << label << "] planned: " << m << " Estimated " << QString::number(s, 'f', 0) << " s\n";
        out().flush();
    });
    tools::EventLoopStallMeter meter;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    incremental ? controller.retrain() : controller.train();
    if (!done)  // a request refused at once has already answered
        loop.exec();
    meter.stop();
    run.seconds = clock.elapsed() / 1000.0;
    run.maxStallMs = meter.maxGapMs();
    for (const auto& c : {c1, c2, c3, c4, c5, c6}) QObject::disconnect(c);
    if (!run.ok) out() << "  FAILED: " << error << "\n";
    return run;
}

void printRun(project::ProjectStore& store, const QString& label, const Run& run) {
    const QJsonObject m = metricsOf(store, run.modelId);
    const double train = m.value(QStringLiteral("trainSeconds")).toDouble();
    const double score = m.value(QStringLiteral("scoreSeconds")).toDouble();
    const int scored = m.value(QStringLiteral("scoredImages")).toInt();
    const QJsonObject banks = m.value(QStringLiteral("banks")).toObject();
    out() << label << ": click to finished " << QString::number(run.seconds, 'f', 1) << " s (train + save "
          << QString::number(train, 'f', 1) << " s, scoring " << scored << " images " << QString::number(score, 'f', 1)
          << " s = " << QString::number(scored / std::max(score, 1e-9), 'f', 1)
          << " images/s); longest event-loop stall " << run.maxStallMs << " ms\n";
    const QJsonObject training = m.value(QStringLiteral("training")).toObject();
    out() << "  estimated before the start "
          << QString::number(
                 m.value(QStringLiteral("estimatedSeconds")).toDouble(), 'f', 1)
                 << " s; normal side: "
                 << m.value(
                        QStringLiteral("rebuildReason")).toString()
                        << (training.value(QStringLiteral("loadedState")).toBool() ? " (read from the state file)" : "")
                            << "; warm start "
                            << (training.value(QStringLiteral("warmStarted")).toBool() ? "yes" : "no")
                                << "; " << memoryLine() << "; load average " << loadAverage() << "\n";
    out() << "  banks: normal "
          << banks.value(QStringLiteral("normal")).toInt()
                         << ", pseudo "
                         << banks.value(QStringLiteral("pseudo")).toInt()
                                        << ", seen "
                                        << banks.value(QStringLiteral("seen")).toInt()
                                                       << ", sampled "
                                                       << banks.value(QStringLiteral("sampled")).toInt()
                                                                      << "\n  stages:";
    const QJsonObject stages =
        m.value(QStringLiteral("training")).toObject().value(QStringLiteral("stageSeconds")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it)
        out() << " " << it.key() << " " << QString::number(it.value().toDouble(), 'f', 1) << " s;";
    out() << "\n";
    out().flush();
}

// Per-category test AUROC of several models on the CURRENT test split (the same images for all).
void printComparison(project::ProjectStore& store, const QVector<QPair<QString, qint64>>& models) {
    const training::ProjectSnapshot snapshot = training::ProjectSnapshot::read(store);
    QMap<QString, QStringList> rows;
    QStringList means;
    for (const auto& [label, id] : models) {
        const QJsonObject m = training::testSplitMetrics(snapshot.images, project::ScoreRepository(store).forModel(id));
        const QJsonObject categories = m.value(QStringLiteral("categories")).toObject();
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            rows[it.key()].push_back(c.contains(QStringLiteral("auroc"))
                                     ? QString::number(c.value(QStringLiteral("auroc")).toDouble() * 100, 'f', 1)
                                     : QStringLiteral("-"));
        }
        means.push_back(QString::number(m.value(QStringLiteral("meanAuroc")).toDouble() * 100, 'f', 1));
    }
    out() << "image AUROC % on the same test images:\n  category";
    for (const auto& model : models) out() << " | " << model.first;
    out() << "\n";
    for (auto it = rows.begin(); it != rows.end(); ++it)
        out() << "  " << it.key() << " | " << it.value().join(QStringLiteral(" | ")) << "\n";
    out() << "  mean | " << means.join(QStringLiteral(" | ")) << "\n";
    out().flush();
}

// What a labeller does to teach the model a defect: the image goes to the train split and its mask is
// saved through Labelling (the ground truth's PNG bytes stand for the painted mask).
void labelDefectForTraining(project::ProjectStore& store, const project::ImageRecord& image) {
    project::ImageRepository(store).setSplit(image.id, project::Split::Train);
    const project::MaskRepository masks(store);
    QFile file(masks.absoluteFile(*masks.forImage(image.id)));
    file.open(QIODevice::ReadOnly);
    project::Labelling(store, QStringLiteral("bench")).saveMask(image.id, file.readAll(), image.defectTypeId);
}

// count defects with masks, round-robin over the categories that have masks, moved into the train split.
int labelMaskedDefects(project::ProjectStore& store, int count) {
    QMap<QString, QVector<project::ImageRecord>> byCategory;
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        if (image.status == project::ImageStatus::Defective && image.split == project::Split::Test && image.hasMask)
            byCategory[image.categoryName].push_back(image);
    }
    int labelled = 0;
    for (int round = 0; labelled < count; ++round) {
        bool any = false;
        for (auto it = byCategory.begin(); it != byCategory.end() && labelled < count; ++it) {
            if (round >= it.value().size()) continue;
            // Spread over the defect types of the category.
            const int step = std::max(1, int(it.value().size()) / 4);
            labelDefectForTraining(store, it.value().at((round * step) % it.value().size()));
            ++labelled;
            any = true;
        }
        if (!any) break;
    }
    return labelled;
}

// count defects of the category labelled without a mask: a test defect's mask (if it has one) is taken
// out of the project, so the label alone says "defective somewhere", then it moves to the train split.
int labelImageLevelDefects(project::ProjectStore& store, const QString& category, int count) {
    int labelled = 0;
    project::Labelling labelling(store, QStringLiteral("bench"));
    for (const project::ImageRecord& image : project::ImageRepository(store).all()) {
        if (labelled == count) break;
        if (image.categoryName != category || image.status != project::ImageStatus::Defective ||
            image.split != project::Split::Test)
            continue;
        if (image.hasMask) labelling.removeMask(image.id);
        labelling.setSplit(image.id, project::Split::Train);
        ++labelled;
    }
    return labelled;
}

// Waits in the event loop until the heatmap controller has shown imageId's map (true) or failed on it.
bool waitForHeatmap(HeatmapController& heatmaps, qint64 imageId, int timeoutMs) {
    if (heatmaps.currentImage() == imageId && !heatmaps.isComputing() && heatmaps.currentScore()) return true;
    QEventLoop loop;
    bool shown = false;
    const auto c1 = QObject::connect(&heatmaps, &HeatmapController::heatmapReady, [&](qint64 id, double) {
        if (id != imageId) return;
        shown = true;
        loop.quit();
    });
    const auto c2 = QObject::connect(&heatmaps, &HeatmapController::failed, [&](qint64 id, const QString& message) {
        if (id != imageId) return;
        out() << "  heatmap failed: " << message << "\n";
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return shown;
}

// Clicks on thumbnails spread over the browser's grid in the GUI's own main window, each timed from the click
// to its heatmap painted on the canvas. The scoring before left every image's features and its neighbours in
// M_n and M_o in the project's cache, so this is the case of cached features.
bool measureClicks(const QString& projectDir, const training::TrainingOptions& options, int clicks) {
    AppSettings settings;
    settings.setBackbonePath(options.backbonePath);
    settings.setOutliersFolder(options.outliersFolder);
    settings.setThreads(options.threads);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.signIn(options.userName, project::UserRole::Supervisor);
    if (!window.openProject(projectDir)) return false;
    QListView* grid = window.browser()->gridView();
    ImageFilterModel* rows = window.browser()->filterModel();
    HeatmapController& heatmaps = *window.heatmapController();
    const int count = rows->rowCount();
    if (count == 0 || clicks <= 0) return false;
    const auto click = [&](int row) {
        const QModelIndex index = rows->index(row, 0);
        grid->scrollTo(index);
        QTest::qWait(300);  // the user's pause: thumbnails around the new place decode meanwhile
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::NoModifier, grid->visualRect(index).center());
        const qint64 imageId = window.browser()->currentImageId();
        if (!waitForHeatmap(heatmaps, imageId, 60000)) return -1.0;
        window.canvas()->repaint();
        return clock.nsecsElapsed() / 1e6;
    };
    // The first click loads the active model in the new window's session.
    const double first = click(0);
    if (first < 0) return false;
    std::vector<double> ms;
    for (int i = 1; i <= clicks; ++i) {
        const double t = click(int((qint64(i) * (count - 1)) / clicks));
        if (t < 0) return false;
        ms.push_back(t);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double share) { return ms[std::min(ms.size() - 1, std::size_t(share * double(ms.size())))]; };
    out() << "Click on a thumbnail to heatmap painted, features cached, " << ms.size() << " images: median "
          << QString::number(at(0.5), 'f', 1) << " ms, 90th percentile " << QString::number(at(0.9), 'f', 1)
          << " ms, max " << QString::number(ms.back(), 'f', 1)
          << " ms (first click, model loading included: " << QString::number(first, 'f', 1) << " ms); " << memoryLine()
          << "\n";
    out().flush();
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Its own settings (the main window's backbone, threads), never the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("DMAD Studio benchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_retrain"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("One-click retrain benchmark on the demo project."));
    parser.addHelpOption();
    const QString shared = QStringLiteral(DMAD_SHARED_DIR);
    QCommandLineOption data(QStringLiteral("data"), QStringLiteral("MVTec-layout data root."), QStringLiteral("dir"), shared + QStringLiteral("/data"));
    QCommandLineOption backbone(QStringLiteral("backbone"),
        QStringLiteral("TorchScript backbone."),
                       QStringLiteral("file"), shared + QStringLiteral("/models/mobilenet_v2_imagenet_features.ts.pt"));
    QCommandLineOption outliers(
        QStringLiteral("outliers"), QStringLiteral("Outlier textures."),
                                                   QStringLiteral("dir"), shared + QStringLiteral("/data/outliers"));
    QCommandLineOption epochs(QStringLiteral("epochs"),
        QStringLiteral("Training epochs."), QStringLiteral("n"), QString::number(training::TrainingOptions().epochs));
    QCommandLineOption patches(QStringLiteral("patches"), QStringLiteral("Query patches per image and epoch."),
                                   QStringLiteral("n"), QString::number(training::TrainingOptions().patchesPerImage));
    QCommandLineOption imageSize(QStringLiteral("image-size"), QStringLiteral("Input size of the backbone (the settings' input detail: %1 or %2).")
                                          .arg(training::kStandardImageSize)
                                          .arg(training::kFineImageSize),
                                      QStringLiteral("px"), QString::number(training::kStandardImageSize));
    QCommandLineOption defects(QStringLiteral("defects"), QStringLiteral("Defects labelled before the retrain."),
                                                                         QStringLiteral("n"), QStringLiteral("10"));
    QCommandLineOption imageLevel(
        QStringLiteral("image-level"), QStringLiteral("Then label n defects without masks and retrain again."),
                                                      QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption imageLevelCategory(QStringLiteral("image-level-category"), QStringLiteral("The category of those defects (their masks are dropped)."),
                                                QStringLiteral("name"), QStringLiteral("bottle"));
    QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("libtorch threads (0: one per core)."),
                                                                         QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption retrainEpochs(
        QStringLiteral("retrain-epochs"),
                       QStringLiteral("Warm-start epochs of a Retrain (0: from scratch)."),
                                      QStringLiteral("n"), QString::number(training::TrainingOptions().retrainEpochs));
    QCommandLineOption compareFull(QStringLiteral("compare-full"), QStringLiteral("After the Retrain, train the head from scratch on the same labels "
                                                  "and compare the AUROC."));
    QCommandLineOption restart(
        QStringLiteral("restart"), QStringLiteral("Then start a new session on the project (a restart) and Retrain."));
    QCommandLineOption clicks(
        QStringLiteral("clicks"), QStringLiteral("Thumbnails clicked at the end, each timed to its heatmap (0: none)."),
                                                 QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({data, backbone, outliers, epochs, patches, imageSize, defects, imageLevel, imageLevelCategory,
                       threads, retrainEpochs, compareFull, restart, clicks});
    parser.process(app);

    QTemporaryDir dir;
    const QString projectDir = dir.filePath(QStringLiteral("demo"));
    QElapsedTimer clock;
    clock.start();
    const project::ImportReport report = project::createDemoProject(projectDir, parser.value(data));
    out() << "demo project: " << report.imagesAdded << " images, " << report.masksAdded << " masks, categories "
          << report.categories.join(QStringLiteral(", "))
                                    << " (" << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s)\n";
    out().flush();
    const auto store = project::ProjectStore::open(projectDir);
    // A supervisor's training activates each new version.
    project::UserRepository(*store).ensure(QStringLiteral("bench"), project::UserRole::Supervisor);

    auto session = std::make_unique<training::EngineSession>();
    auto controllerOwner = std::make_unique<TrainingController>(session.get());
    TrainingController& controller = *controllerOwner;
    training::TrainingOptions options;
    options.backbonePath = parser.value(backbone);
    options.outliersFolder = parser.value(outliers);
    options.epochs = parser.value(epochs).toInt();
    options.patchesPerImage = parser.value(patches).toInt();
    options.imageSize = parser.value(imageSize).toInt();
    if (!training::isOfferedImageSize(options.imageSize)) {
        QTextStream(stderr) << "bench_retrain: --image-size must be " << training::kStandardImageSize << " or "
                            << training::kFineImageSize << "\n";
        return 2;
    }
    options.threads = parser.value(threads).toInt();
    options.retrainEpochs = parser.value(retrainEpochs).toInt();
    options.userName = QStringLiteral("bench");
    controller.setOptions(options);
    controller.setProject(store.get());
    out() << "budget: " << options.epochs << " epochs, " << options.patchesPerImage << " patches per image, input "
          << options.imageSize << " px, " << options.threads << " threads (0: one per core), Retrain warm start "
          << options.retrainEpochs << " epochs; load average " << loadAverage() << "\n";

    const Run first = runTraining(controller, false, QStringLiteral("train"));
    if (!first.ok) return 1;
    printRun(*store, QStringLiteral("Train (unsupervised, from nothing)"), first);

    const int labelled = labelMaskedDefects(*store, parser.value(defects).toInt());
    out() << "labelled " << labelled << " defects with masks (moved to the train split)\n";
    const Run retrain = runTraining(controller, true, QStringLiteral("retrain"));
    if (!retrain.ok) return 1;
    printRun(*store, QStringLiteral("One-click Retrain"), retrain);
    QVector<QPair<QString, qint64>> compared = {{QStringLiteral("v1 unsup."), first.modelId},
                                                 {QStringLiteral("v2 +masked"), retrain.modelId}};

    if (parser.isSet(compareFull)) {
        // The same labels and banks, the head trained from scratch: what the warm start must stay close to.
        training::TrainingOptions full = options;
        full.retrainEpochs = 0;
        controller.setOptions(full);
        const Run scratch = runTraining(controller, true, QStringLiteral("full head"));
        controller.setOptions(options);
        if (!scratch.ok) return 1;
        printRun(*store, QStringLiteral("Retrain, head from scratch"), scratch);
        compared.push_back({QStringLiteral("v2 full head"), scratch.modelId});
    }

    if (parser.isSet(restart)) {
        // A restart: new session objects on the same project folder; nothing in memory.
        controllerOwner.reset();
        session = std::make_unique<training::EngineSession>();
        controllerOwner = std::make_unique<TrainingController>(session.get());
        controllerOwner->setOptions(options);
        controllerOwner->setProject(store.get());
        if (!controllerOwner->waitUntilIdle(120000)) return 1;
        const Run again = runTraining(*controllerOwner, true, QStringLiteral("after restart"));
        if (!again.ok) return 1;
        printRun(*store, QStringLiteral("Retrain after a restart"), again);
        compared.push_back({QStringLiteral("after restart"), again.modelId});
    }

    const int imageLevelCount = parser.value(imageLevel).toInt();
    if (imageLevelCount > 0) {
        const QString category = parser.value(imageLevelCategory);
        const int added = labelImageLevelDefects(*store, category, imageLevelCount);
        out() << "labelled " << added << " " << category << " defects without masks (image-level)\n";
        const Run third = runTraining(*controllerOwner, true, QStringLiteral("image-level"));
        if (!third.ok) return 1;
        printRun(*store, QStringLiteral("Retrain with image-level defects"), third);
        compared.push_back({QStringLiteral("v3 +image-level"), third.modelId});
    }
    printComparison(*store, compared);

    // The training session's memory goes before the window opens the project with its own.
    controllerOwner.reset();
    session.reset();
    const int clickCount = parser.value(clicks).toInt();
    if (clickCount > 0 && !measureClicks(projectDir, options, clickCount)) {
        out() << "  FAILED: the main window did not show the heatmaps\n";
        return 1;
    }
    return 0;
}
