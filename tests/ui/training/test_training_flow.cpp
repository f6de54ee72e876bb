// The real flow, headless: Train, label two defects, Retrain with the dock's button, heatmap, cancel, switch version.
#include "app/tools/event_loop_stall_meter.h"
#include "engine/dmad_model.h"
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "engine/inspector.h"
#include "engine/runtime.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/model_repository.h"
#include "project/score_repository.h"
#include "project/user_repository.h"
#include "small_project.h"
#include "training/engine_session.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/plots/loss_plot.h"
#include "ui/training/heatmap_controller.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/verdict_panel.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <cmath>

using namespace dmad;
using namespace dmad::ui;
using namespace dmad::ui::testing;

namespace {

constexpr int kTrainTimeoutMs = 240000;

QJsonObject metricsOf(const project::ModelRecord& record) {
    return QJsonDocument::fromJson(record.metricsJson.toUtf8()).object();
}

qint64 seenBank(const project::ModelRecord& record) {
    return qint64(metricsOf(record).value(QStringLiteral("banks")).toObject().value(QStringLiteral("seen")).toDouble());
}

QToolButton* buttonOf(QWidget* parent, QAction* action) {
    for (QToolButton* b : parent->findChildren<QToolButton*>()) {
        if (b->defaultAction() == action) return b;
    }
    return nullptr;
}

}  // namespace

class TestTrainingFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!sharedDataPresent()) QSKIP("../shared (backbone, PIPED data, DTD outliers) is not present");
        m_project = makeSmallProject(1);
        m_session = std::make_unique<training::EngineSession>();
        m_controller = std::make_unique<TrainingController>(m_session.get());
        training::TrainingOptions options;
        options.backbonePath = backbonePath();
        options.outliersFolder = m_project->outliers;
        options.epochs = 3;
        options.patchesPerImage = 32;
        // One thread: CI runs suites side by side, and OpenMP threads on oversubscribed cores spin
        // (measured: 10x slower with 2 threads on 2 busy cores).
        options.threads = 1;
        options.userName = QStringLiteral("tester");
        m_controller->setOptions(options);
        m_controller->setProject(m_project->store.get());
        m_window = std::make_unique<QMainWindow>();
        m_dock = new TrainingDock(m_controller.get(), m_window.get());
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resize(900, 700);
        m_window->show();
    }

    void cleanupTestCase() {
        if (m_controller) m_controller->setProject(nullptr);
    }

    void firstTrainIsUnsupervised() {
        QSignalSpy finished(m_controller.get(), &TrainingController::finished);
        QSignalSpy losses(m_controller.get(), &TrainingController::lossAppended);
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        m_controller->train();
        QVERIFY(m_controller->isTraining());
        QVERIFY(!m_dock->trainAction()->isEnabled());
        QVERIFY(finished.wait(kTrainTimeoutMs) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(losses.count(), 3);  // one point per epoch
        QCOMPARE(m_dock->lossPlot()->pointCount(), 3);

        const auto v1 = project::ModelRepository(*m_project->store).active();
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);
        m_v1 = *v1;
        // Each point is its own epoch's loss (not the previous epoch's, as a report at an epoch's end could carry).
        const QJsonArray epochLoss =
            metricsOf(*v1).value(QStringLiteral("training")).toObject().value(QStringLiteral("epochLoss")).toArray();
        QCOMPARE(epochLoss.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(losses.at(i).at(0).toInt(), i + 1);
            QCOMPARE(losses.at(i).at(1).toDouble(), epochLoss.at(i).toDouble());
        }
        QCOMPARE(metricsOf(*v1).value(QStringLiteral("setting")).toString(), QStringLiteral("unsupervised"));
        QCOMPARE(seenBank(*v1), 0);
        QVERIFY(QFileInfo::exists(project::ModelRepository(*m_project->store).absoluteFile(*v1)));
        // The heatmaps' colour range is stored in the model file (issue #11), the one the views use.
        const dmad::DmadModel file =
            dmad::DmadModel::load(project::ModelRepository(*m_project->store).absoluteFile(*v1).toStdString());
        QVERIFY(file.info().hasMapRange);
        const training::MapRange shown = m_session->activeModel()->mapRange;
        QVERIFY(std::abs(file.info().mapLow - shown.low) <= 1e-5 * (1.0 + std::abs(shown.low)));
        QVERIFY(std::abs(file.info().mapHigh - shown.high) <= 1e-5 * (1.0 + std::abs(shown.high)));
    }

    void retrainWithTwoLabelledDefects() {
        project::ProjectStore& store = *m_project->store;
        const QVector<project::ImageRecord> defects = maskedTestDefects(store);
        labelDefectForTraining(store, defects.at(0));
        labelDefectForTraining(store, defects.at(1));
        m_defect = defects.at(0);

        QSignalSpy finished(m_controller.get(), &TrainingController::finished);
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        QSignalSpy progress(m_controller.get(), &TrainingController::progress);
        tools::EventLoopStallMeter meter;
        meter.start();
        QToolButton* retrain = buttonOf(m_dock, m_dock->retrainAction());
        QVERIFY(retrain);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(retrain, Qt::LeftButton);
        QVERIFY(m_controller->isTraining());
        QVERIFY(finished.wait(kTrainTimeoutMs) || !failed.isEmpty());
        meter.stop();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        qInfo("retrain: %.1f s, longest event-loop stall %lld ms over %lld ticks", clock.elapsed() / 1000.0,
              meter.maxGapMs(), meter.ticks());
        QVERIFY2(meter.maxGapMs() < 250, "the GUI thread was blocked while training");

        QStringList stages;
        for (const QList<QVariant>& args : progress)
            if (!stages.contains(args.first().toString())) stages.push_back(args.first().toString());
        QVERIFY2(stages.contains(QLatin1String("training")) && stages.contains(QLatin1String("scoring")),
                 qPrintable(stages.join(QLatin1String(", "))));
        QVERIFY2(!stages.contains(QLatin1String("normal bank")), "a retrain rebuilt the normal bank");

        project::ModelRepository models(store);
        const auto v2 = models.active();
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        m_v2 = *v2;
        QCOMPARE(models.all().size(), 2);
        QVERIFY(QFileInfo::exists(models.absoluteFile(*v2)));
        QVERIFY(models.absoluteFile(*v2).endsWith(QLatin1String("/models/model-v2.dmad")));
        const QJsonObject metrics = metricsOf(*v2);
        QCOMPARE(metrics.value(QStringLiteral("setting")).toString(), QStringLiteral("semi-supervised"));
        QVERIFY(seenBank(*v2) > seenBank(m_v1));  // the abnormal bank grew
        QVERIFY(
            metrics.value(QStringLiteral("training")).toObject().value(QStringLiteral("reusedNormalBank")).toBool());
        QCOMPARE(metrics.value(
            QStringLiteral("trainingSet")).toObject().value(QStringLiteral("maskedAnomalies")).toInt(), 2);
        QVERIFY(metrics.value(QStringLiteral("test")).toObject().contains(QStringLiteral("meanAuroc")));

        const QHash<qint64, double> scores = project::ScoreRepository(store).forModel(v2->id);
        QCOMPARE(scores.size(), project::ImageRepository(store).count());  // every image scored
        QCOMPARE(m_dock->versionsModel()->rowCount(), 2);
        QCOMPARE(m_dock->versionsModel()->activeRow(), 1);
    }

    void heatmapOfADefectiveImage() {
        MaskCanvas canvas;
        VerdictPanel panel;
        HeatmapController heatmaps(m_session.get(), &canvas, &panel);
        heatmaps.setProject(m_project->store.get());
        QSignalSpy ready(&heatmaps, &HeatmapController::heatmapReady);
        QSignalSpy failed(&heatmaps, &HeatmapController::failed);

        // A request that is superseded at once: only the latest image's map reaches the canvas.
        const project::ImageRecord normal = project::ImageRepository(*m_project->store).all().first();
        canvas.setImage(QImage(normal.path));
        heatmaps.showImage(normal.id);
        const QVector<project::ImageRecord> testDefects = maskedTestDefects(*m_project->store);
        const project::ImageRecord defect = testDefects.first();
        canvas.setImage(QImage(defect.path));
        heatmaps.showImage(defect.id);
        QVERIFY(heatmaps.isComputing());
        QVERIFY(ready.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toLongLong(), defect.id);

        QVERIFY(canvas.hasHeatmap());
        const HeatmapOverlay& overlay = canvas.heatmap();
        QCOMPARE(overlay.mapSize(), QSize(defect.width, defect.height));
        float lo = 1e9f, hi = -1e9f;
        for (int y = 0; y < overlay.mapSize().height(); ++y)
            for (int x = 0; x < overlay.mapSize().width(); ++x) {
                lo = std::min(lo, overlay.valueAt(QPoint(x, y)));
                hi = std::max(hi, overlay.valueAt(QPoint(x, y)));
            }
        QVERIFY2(hi > lo, "the map is flat");
        const auto model = m_session->activeModel();
        QCOMPARE(overlay.minValue(), float(model->mapRange.low));
        QCOMPARE(overlay.maxValue(), float(model->mapRange.high));

        // The score is the one stored for this image and model; the verdict follows the threshold.
        const auto stored = project::ScoreRepository(*m_project->store).score(model->modelId, defect.id);
        QVERIFY(stored);
        // Equal up to float32 rounding (the batched rescoring and this single inference sum in another order).
        const double scoreTolerance = 1e-6 * std::max(1.0, std::abs(*stored));
        QVERIFY2(
            std::abs(*heatmaps.currentScore() - *stored) < scoreTolerance,
            qPrintable(QStringLiteral("%1 vs %2").arg(*heatmaps.currentScore(), 0, 'g', 12).arg(*stored, 0, 'g', 12)));
        QVERIFY(panel.verdict() == (*stored > 0.0 ? project::Verdict::Ng : project::Verdict::Ok));
        project::ScoreRepository(*m_project->store).setThreshold(defect.categoryId, model->modelId, *stored - 1.0);
        heatmaps.refresh();
        QVERIFY(ready.wait(60000));
        QVERIFY(panel.verdict() == (project::Verdict::Ng));

        // The contour slider draws the outline of the region above it.
        panel.setContourThreshold((lo + hi) / 2.0);
        QVERIFY(!canvas.heatmap().contour().isEmpty());
        panel.setHeatmapOpacity(0.25);
        QCOMPARE(canvas.heatmapOpacity(), 0.25);
    }

    // An image already decoded (what the canvas shows) is inspected as it is: the score is the one its file
    // gives, and a refresh after the file is gone reads and decodes nothing and still scores it.
    void heatmapOfDecodedPixelsNeedsNoSecondRead() {
        MaskCanvas canvas;
        VerdictPanel panel;
        HeatmapController heatmaps(m_session.get(), &canvas, &panel);
        heatmaps.setProject(m_project->store.get());
        QSignalSpy ready(&heatmaps, &HeatmapController::heatmapReady);
        QSignalSpy failed(&heatmaps, &HeatmapController::failed);

        const project::ImageRecord defect = maskedTestDefects(*m_project->store).last();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.png"));
        QVERIFY(QFile::copy(defect.path, copy));
        const std::uint64_t decodesBefore = dmad::imageDecodeCount();
        auto decoded = std::make_shared<const dmad::DecodedImage>(dmad::readDecodedImage(copy.toStdString()));
        QCOMPARE(dmad::imageDecodeCount(), decodesBefore + 1);
        canvas.setImage(QImage(copy));
        heatmaps.showDecoded(defect.id, decoded, defect.categoryId);
        QVERIFY(ready.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const auto model = m_session->activeModel();
        const auto stored = project::ScoreRepository(*m_project->store).score(model->modelId, defect.id);
        QVERIFY(stored);
        // Equal up to float32 rounding (the batched rescoring and this single inference sum in another order).
        const double scoreTolerance = 1e-6 * std::max(1.0, std::abs(*stored));
        QVERIFY2(
            std::abs(*heatmaps.currentScore() - *stored) < scoreTolerance,
            qPrintable(QStringLiteral("%1 vs %2").arg(*heatmaps.currentScore(), 0, 'g', 12).arg(*stored, 0, 'g', 12)));
        QCOMPARE(canvas.heatmap().mapSize(), QSize(defect.width, defect.height));

        QVERIFY(QFile::remove(copy));
        heatmaps.refresh();
        QVERIFY(ready.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(ready.count(), 2);
        QVERIFY2(
            std::abs(*heatmaps.currentScore() - *stored) < scoreTolerance,
            qPrintable(QStringLiteral("%1 vs %2").arg(*heatmaps.currentScore(), 0, 'g', 12).arg(*stored, 0, 'g', 12)));
        QCOMPARE(dmad::imageDecodeCount(), decodesBefore + 1);  // one decode for both maps

        // The path route, by contrast, reads the file: gone, it says so and names it.
        heatmaps.showImageFile(defect.id, copy, defect.categoryId);
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.first().at(1).toString().contains(copy));
    }

    void cancelLeavesTheActiveModelUntouched() {
        project::ModelRepository models(*m_project->store);
        const int rowsBefore = models.all().size();
        const QStringList filesBefore = QDir(m_project->store->modelsDirectory()).entryList(QDir::Files);
        QSignalSpy cancelled(m_controller.get(), &TrainingController::cancelled);
        QSignalSpy finished(m_controller.get(), &TrainingController::finished);
        bool inTraining = false;
        const auto connection =
            connect(m_controller.get(), &TrainingController::progress, this,
                    [&](const QString& stage) { inTraining = inTraining || stage == QLatin1String("training"); });
        const training::TrainingOptions budget = m_controller->options();
        training::TrainingOptions longer = budget;
        longer.epochs = 500;  // long enough to be cancelled in the middle of the training stage
        m_controller->setOptions(longer);
        m_controller->train();
        m_controller->setOptions(budget);
        QTRY_VERIFY_WITH_TIMEOUT(inTraining || !m_controller->isBusy(), kTrainTimeoutMs);
        disconnect(connection);
        QVERIFY(m_controller->isTraining());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(buttonOf(m_dock, m_dock->cancelAction()), Qt::LeftButton);
        QVERIFY(cancelled.wait(10000));
        qInfo("cancel took %lld ms", clock.elapsed());
        // A second or two when the machine is idle; generous here because CI runs suites side by side.
        QVERIFY2(clock.elapsed() < 5000, "cancelling took too long");
        QCOMPARE(finished.count(), 0);
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(models.all().size(), rowsBefore);
        QCOMPARE(models.active()->id, m_v2.id);
        QCOMPARE(QDir(m_project->store->modelsDirectory()).entryList(QDir::Files), filesBefore);
        QCOMPARE(m_session->activeModel()->modelId, m_v2.id);

        // The previous model still loads and scores the image exactly as recorded.
        const dmad::DmadModel reloaded = dmad::DmadModel::load(models.absoluteFile(m_v2).toStdString());
        const dmad::Inspector inspector(m_session->extractor(m_controller->options().engineConfig()), reloaded);
        const double again = inspector.inspect(m_defect.path.toStdString(), false).score;
        const auto stored = project::ScoreRepository(*m_project->store).score(m_v2.id, m_defect.id);
        QVERIFY(stored);
        QVERIFY2(std::abs(again - *stored) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(again).arg(*stored)));
    }

    void switchBackToTheFirstVersion() {
        QSignalSpy active(m_controller.get(), &TrainingController::activeModelChanged);
        const int row = m_dock->versionsModel()->rowOfModel(m_v1.id);
        m_dock->versionsView()->selectRow(row);
        QVERIFY(m_dock->switchAction()->isEnabled());
        m_dock->switchAction()->trigger();
        QVERIFY(active.wait(60000));
        QCOMPARE(active.first().first().toLongLong(), m_v1.id);
        QCOMPARE(project::ModelRepository(*m_project->store).active()->id, m_v1.id);
        QCOMPARE(m_session->activeModel()->version, 1);
        QCOMPARE(m_dock->versionsModel()->activeRow(), row);
        QVERIFY(!m_dock->switchAction()->isEnabled());  // the selected version is the active one now
    }

    void reopeningTheProjectLoadsTheActiveModel() {
        QSignalSpy active(m_controller.get(), &TrainingController::activeModelChanged);
        m_controller->setProject(nullptr);
        QVERIFY(!m_session->activeModel());
        m_controller->setProject(m_project->store.get());
        QVERIFY(active.wait(60000));
        QCOMPARE(m_session->activeModel()->modelId, m_v1.id);
        // The loss plot shows the active version's training, as recorded with it.
        const QJsonArray epochLoss =
            metricsOf(m_v1).value(QStringLiteral("training")).toObject().value(QStringLiteral("epochLoss")).toArray();
        QCOMPARE(m_dock->lossPlot()->pointCount(), 3);
        QCOMPARE(m_dock->lossPlot()->lastLoss(), epochLoss.at(2).toDouble());
    }

    // A station set to the fine input size still loads and scores a model made at the standard size: the
    // features are made with the settings recorded in the model file, not the station's.
    void aModelLoadsWithItsOwnInputSize() {
        const training::TrainingOptions standard = m_controller->options();
        training::TrainingOptions fine = standard;
        fine.imageSize = training::kFineImageSize;
        m_controller->setOptions(fine);
        QSignalSpy active(m_controller.get(), &TrainingController::activeModelChanged);
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        m_controller->setProject(nullptr);
        m_controller->setProject(m_project->store.get());
        const bool loaded = active.wait(60000);
        m_controller->setOptions(standard);
        QVERIFY2(loaded,
                 qPrintable(failed.isEmpty() ? QStringLiteral("no signal") : failed.first().first().toString()));
        QCOMPARE(m_session->activeModel()->modelId, m_v1.id);
        QCOMPARE(m_session->activeModel()->inspector->extractor().featureConfig().imageSize,
                 training::kStandardImageSize);
    }

    void aBrokenModelFileIsReportedNotLoaded() {
        project::ModelRepository models(*m_project->store);
        QFile file(models.absoluteFile(m_v2));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 2);
        file.close();
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        m_controller->switchToVersion(m_v2.id);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("v2")) ||
                     failed.first().first().toString().contains(QLatin1String("version 2")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(models.active()->id, m_v1.id);  // nothing changed
        QCOMPARE(m_session->activeModel()->modelId, m_v1.id);
    }

    // A labeller's version is a candidate: shown to them, but the active version and the
    // supervisor's threshold stay, and switching versions is refused (and audited).
    void aLabellersTrainingIsACandidate() {
        project::ModelRepository models(*m_project->store);
        const auto activeBefore = models.active();
        QVERIFY(activeBefore);
        const qint64 category = project::CategoryRepository(*m_project->store).all().front().id;
        project::ScoreRepository(*m_project->store).setThreshold(category, activeBefore->id, 1.7);
        project::UserRepository(*m_project->store).ensure(QStringLiteral("lee"), project::UserRole::Labeller);
        training::TrainingOptions options = m_controller->options();
        const training::TrainingOptions supervisorOptions = options;
        options.userName = QStringLiteral("lee");
        m_controller->setOptions(options);

        QSignalSpy finished(m_controller.get(), &TrainingController::finished);
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        QSignalSpy warnings(m_controller.get(), &TrainingController::warning);
        m_controller->train();
        QVERIFY(finished.wait(kTrainTimeoutMs) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const project::ModelRecord candidate = models.all().back();
        QCOMPARE(finished.first().first().toInt(), candidate.version);
        QCOMPARE(models.active()->id, activeBefore->id);
        QCOMPARE(*project::ScoreRepository(*m_project->store).threshold(category, activeBefore->id), 1.7);
        QVERIFY(!project::ScoreRepository(*m_project->store).forModel(candidate.id).isEmpty());  // its scores
        QCOMPARE(m_session->activeModel()->modelId, candidate.id);  // shown to the labeller
        bool said = false;
        for (const auto& warning : warnings)
            said = said || warning.first().toString().contains(QStringLiteral("candidate"));
        QVERIFY(said);
        const project::AuditEntry trained = project::AuditLog(*m_project->store).recent(1).front();
        QCOMPARE(trained.action, QStringLiteral("train_model"));
        QCOMPARE(trained.user, QStringLiteral("lee"));
        QVERIFY(trained.details.contains(QStringLiteral("candidate")));

        failed.clear();
        m_controller->switchToVersion(candidate.id);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("supervisor")));
        QCOMPARE(project::AuditLog(*m_project->store).recent(1).front().action, QStringLiteral("refused"));
        QCOMPARE(models.active()->id, activeBefore->id);
        m_controller->setOptions(supervisorOptions);
    }

    // Bug 7 of issue #11: Device = GPU on a machine without CUDA: loading the model and training said
    // they fall back to the CPU, then failed (the feature extractor re-applied the GPU setting).
    void aMissingGpuFallsBackToTheCpu() {
        try {
            dmad::configureRuntime({dmad::DevicePreference::Cuda, 1});
            dmad::configureRuntime({dmad::DevicePreference::Cpu, 1});
            QSKIP("this machine has a GPU");
        } catch (const dmad::EngineError&) {}
        training::EngineSession session;  // a new one: its feature extractor is made with the GPU setting
        TrainingController controller(&session);
        training::TrainingOptions options = m_controller->options();
        options.device = dmad::DevicePreference::Cuda;
        controller.setOptions(options);
        QSignalSpy loaded(&controller, &TrainingController::activeModelChanged);
        QSignalSpy failed(&controller, &TrainingController::failed);
        QSignalSpy warnings(&controller, &TrainingController::warning);
        controller.setProject(m_project->store.get());  // loads the active model
        QVERIFY(loaded.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        QSignalSpy finished(&controller, &TrainingController::finished);
        controller.retrain();
        QVERIFY(finished.wait(kTrainTimeoutMs) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        bool said = false;
        for (const auto& warning : warnings) said = said || warning.first().toString().contains(QStringLiteral("CPU"));
        QVERIFY(said);
        controller.setProject(nullptr);
    }

    // A restart (new session objects on the same project folder): Retrain reads the saved banks instead of
    // rebuilding them, says so before any work starts, and one bar covers the whole job to its end.
    void aRestartRebuildsNothing() {
        const training::TrainingOptions options = m_controller->options();
        m_window.reset();  // the dock, which watches the old controller
        m_dock = nullptr;
        m_controller.reset();
        m_session = std::make_unique<training::EngineSession>();
        m_controller = std::make_unique<TrainingController>(m_session.get());
        m_controller->setOptions(options);
        m_controller->setProject(m_project->store.get());
        QVERIFY(m_controller->waitUntilIdle(60000));

        QSignalSpy planned(m_controller.get(), &TrainingController::planned);
        QSignalSpy progress(m_controller.get(), &TrainingController::progress);
        QSignalSpy finished(m_controller.get(), &TrainingController::finished);
        QSignalSpy failed(m_controller.get(), &TrainingController::failed);
        m_controller->retrain();
        QVERIFY(finished.wait(kTrainTimeoutMs) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(planned.count(), 1);
        QVERIFY2(planned.first().at(0).toString().contains(QStringLiteral("saved banks")),
                                                           qPrintable(planned.first().at(0).toString()));
        QVERIFY(planned.first().at(1).toDouble() > 0);  // an estimate before the start
        QStringList stages;
        for (const QList<QVariant>& args : progress)
            if (!stages.contains(args.first().toString())) stages.push_back(args.first().toString());
        QVERIFY2(stages.contains(QLatin1String("loading state")) && !stages.contains(QLatin1String("normal bank")) &&
                     !stages.contains(QLatin1String("neighbours")),
                 qPrintable(stages.join(QLatin1String(", "))));
        QCOMPARE(stages.last(), QStringLiteral("scoring"));
        QCOMPARE(progress.last().at(4).toDouble(), 1.0);  // the bar ends full, over the whole job
        for (const QList<QVariant>& args : progress) {
            const double fraction = args.at(4).toDouble();
            QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        }
        const QJsonObject training = metricsOf(project::ModelRepository(*m_project->store).all().back())
                                         .value(QStringLiteral("training")).toObject();
        QVERIFY(training.value(QStringLiteral("loadedState")).toBool());
        QVERIFY(training.value(QStringLiteral("reusedNormalBank")).toBool());
    }

private:
    std::unique_ptr<SmallProject> m_project;
    std::unique_ptr<training::EngineSession> m_session;
    std::unique_ptr<TrainingController> m_controller;
    std::unique_ptr<QMainWindow> m_window;
    TrainingDock* m_dock = nullptr;  // owned by m_window
    project::ModelRecord m_v1, m_v2;
    project::ImageRecord m_defect;
};

QTEST_MAIN(TestTrainingFlow)
#include "test_training_flow.moc"
