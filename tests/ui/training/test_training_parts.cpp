// The training parts that need no trained model: training-set rules, outliers, ranges, metrics, verdict, versions.
#include "project/model_repository.h"
#include "project/score_repository.h"
#include "small_project.h"
#include "training/engine_session.h"
#include "training/map_range.h"
#include "training/test_split_metrics.h"
#include "training/training_options.h"
#include "training/training_set_builder.h"
#include "ui/dialogs/app_settings.h"
#include "ui/plots/loss_plot.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"
#include "ui/training/verdict_panel.h"

#include <QHeaderView>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QtTest>
#include <cmath>

using namespace dmad;
using namespace dmad::ui;
using namespace dmad::ui::testing;

class TestTrainingParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!sharedDataPresent()) QSKIP("../shared (backbone, PIPED data, DTD outliers) is not present");
        m_project = makeSmallProject(2);
    }

    void importedProjectTrainsUnsupervised() {
        const training::BuiltTrainingSet built =
            training::TrainingSetBuilder(m_project->outliers).build(training::ProjectSnapshot::read(*m_project->store));
        QVERIFY2(built.ok(), qPrintable(built.error));
        QCOMPARE(built.summary.normals, 32);
        QCOMPARE(int(built.set.anomalies.size()), 0);
        QCOMPARE(built.summary.testDefects, 48);
        QCOMPARE(built.summary.outliers, 20);  // 10 DTD classes x 2
        QVERIFY(built.warnings.join(QLatin1Char('\n')).contains(QLatin1String("evaluation only")));
    }

    void trainSplitDefectsBecomeSeenAnomalies() {
        project::ProjectStore& store = *m_project->store;
        const QVector<project::ImageRecord> defects = maskedTestDefects(store);
        QVERIFY(defects.size() >= 4);
        labelDefectForTraining(store, defects.at(0));
        labelDefectForTraining(store, defects.at(1));
        // An image-level label: defective in the train split without a mask.
        project::ImageRepository(store).setSplit(defects.at(2).id, project::Split::Train);
        project::Labelling(store, QStringLiteral("tester")).removeMask(defects.at(2).id);

        const training::ProjectSnapshot snapshot = training::ProjectSnapshot::read(store);
        const training::BuiltTrainingSet built = training::TrainingSetBuilder(m_project->outliers).build(snapshot);
        QVERIFY2(built.ok(), qPrintable(built.error));
        QCOMPARE(built.summary.maskedAnomalies, 2);
        QCOMPARE(built.summary.imageLevelAnomalies, 1);
        QCOMPARE(built.summary.testDefects, 45);
        int masked = 0;
        for (const dmad::SeenAnomaly& a : built.set.anomalies) {
            if (a.mask.empty()) continue;
            ++masked;
            QCOMPARE(a.mask.cols, 128);  // full resolution, as the image
            QCOMPARE(a.mask.rows, 128);
            QVERIFY(cv::countNonZero(a.mask) > 0);
        }
        QCOMPARE(masked, 2);
        QCOMPARE(snapshot.nextVersion, 1);
    }

    void maskOfTheWrongSizeIsSkippedWithAWarning() {
        project::ProjectStore& store = *m_project->store;
        const QVector<project::ImageRecord> defects = maskedTestDefects(store);
        labelDefectForTraining(store, defects.at(0));
        const project::MaskRepository masks(store);
        const QString file = masks.absoluteFile(*masks.forImage(defects.at(0).id));
        QImage wrong(64, 64, QImage::Format_Grayscale8);
        wrong.fill(255);
        QVERIFY(wrong.save(file, "PNG"));  // damaged behind the project's back

        const training::BuiltTrainingSet built =
            training::TrainingSetBuilder(m_project->outliers).build(training::ProjectSnapshot::read(store));
        QVERIFY(built.ok());
        QCOMPARE(built.summary.maskedAnomalies, 2);
        QCOMPARE(built.summary.skippedAnomalies, 1);
        const QString warnings = built.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(defects.at(0).fileName()), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("64")), qPrintable(warnings));
        project::Labelling(store, QStringLiteral("tester")).removeMask(defects.at(0).id);
        project::ImageRepository(store).setSplit(defects.at(0).id, project::Split::Test);
    }

    void missingOutlierFolderIsAClearError() {
        const QString missing = m_project->dir.filePath(QStringLiteral("no-such-folder"));
        const training::BuiltTrainingSet built =
            training::TrainingSetBuilder(missing).build(training::ProjectSnapshot::read(*m_project->store));
        QVERIFY(!built.ok());
        QVERIFY2(built.error.contains(QDir::toNativeSeparators(missing)), qPrintable(built.error));
        QVERIFY(built.error.contains(QLatin1String("settings")));

        QString error;
        QDir().mkpath(m_project->dir.filePath(QStringLiteral("empty")));
        QVERIFY(training::TrainingSetBuilder::outlierImages(
            m_project->dir.filePath(QStringLiteral("empty")), 0, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("no images")));
    }

    void outlierBudgetSpreadsOverTheClasses() {
        QString error;
        const QStringList all = training::TrainingSetBuilder::outlierImages(m_project->outliers, 0, &error);
        QCOMPARE(all.size(), 20);
        const QStringList five = training::TrainingSetBuilder::outlierImages(m_project->outliers, 5, &error);
        QCOMPARE(five.size(), 5);
        QSet<QString> classes;
        for (const QString& f : five) classes.insert(QFileInfo(f).fileName().section(QLatin1Char('_'), 0, 0));
        QCOMPARE(classes.size(), 5);  // sorted by class: every 4th file is another class
        QVERIFY(std::is_sorted(five.begin(), five.end()));
    }

    void noNormalImagesIsAClearError() {
        training::ProjectSnapshot empty;
        const training::BuiltTrainingSet built = training::TrainingSetBuilder(m_project->outliers).build(empty);
        QVERIFY(!built.ok());
        QVERIFY(built.error.contains(QLatin1String("normal")));
    }

    void optionsReachTheEngineConfig() {
        const training::TrainingOptions options;
        const dmad::EngineConfig config = options.engineConfig();
        QCOMPARE(config.training.epochs, options.epochs);
        QCOMPARE(config.training.patchesPerImage, options.patchesPerImage);
        QCOMPARE(config.features.imageSize, training::kStandardImageSize);
        QCOMPARE(config.banks.normalCoresetRatio, dmad::BankConfig{}.normalCoresetRatio);
    }

    // The fine input cuts an image into 2.25 times the patches; M_n and M_o keep the rows they have at the
    // standard size, so the station's fine training costs about 2.3 times the standard one, not 5 times.
    void theFineInputKeepsTheBanksRows() {
        training::TrainingOptions options;
        options.imageSize = training::kFineImageSize;
        const dmad::EngineConfig standard = training::TrainingOptions().engineConfig();
        const dmad::EngineConfig fine = options.engineConfig();
        QCOMPARE(fine.features.imageSize, 384);
        const double patches = (384.0 / 8) * (384.0 / 8), standardPatches = (256.0 / 8) * (256.0 / 8);
        QVERIFY(std::abs(fine.banks.normalCoresetRatio * patches -
                         standard.banks.normalCoresetRatio * standardPatches) < 1e-9);
        QVERIFY(std::abs(fine.banks.pseudoCoresetRatio * patches -
                         standard.banks.pseudoCoresetRatio * standardPatches) < 1e-9);
    }

    // Models made with and without the stride-4 map exist side by side in a project (a model records its
    // features); the session must give each the extractor of its own setting, or the model is refused as the
    // wrong width.
    void theSessionKeepsOneExtractorPerFeatureSetting() {
        training::EngineSession session;
        training::TrainingOptions options;
        options.backbonePath = backbonePath();
        dmad::EngineConfig plain = options.engineConfig();
        plain.features.strideFourMap = dmad::StrideFourMap::Off;
        dmad::EngineConfig fine = plain;
        fine.features.strideFourMap = dmad::StrideFourMap::On;
        QCOMPARE(session.extractor(plain)->backbone().featureDim, 128);
        QCOMPARE(session.extractor(fine)->backbone().featureDim, 152);
        QVERIFY(session.extractor(fine)->featureConfig().strideFourMap == dmad::StrideFourMap::On);
        QCOMPARE(session.extractor(plain)->backbone().featureDim, 128);
        // Training asks for the map when offered, its model records On: one extractor serves both.
        dmad::EngineConfig offered = plain;
        offered.features.strideFourMap = dmad::StrideFourMap::WhenOffered;
        const auto resolved = session.extractor(offered);
        QVERIFY(resolved->featureConfig().strideFourMap == dmad::StrideFourMap::On);
        QCOMPARE(session.extractor(fine).get(), resolved.get());
        QCOMPARE(session.extractor(offered).get(), resolved.get());
    }

    void mapRangeFollowsTheScoreDistribution() {
        QHash<qint64, double> scores;
        QSet<qint64> normal;
        for (int i = 0; i < 100; ++i) {
            scores.insert(i, -1.0 + i * 0.01);  // normals: -1.0 .. -0.01
            normal.insert(i);
        }
        for (int i = 100; i < 110; ++i) scores.insert(i, 2.0);
        const training::MapRange range = training::mapRangeFromScores(scores, normal);
        QVERIFY(std::abs(range.low - (-0.5)) < 0.02);  // the normals' median
        QCOMPARE(range.high, 2.0);
        const training::MapRange flat = training::mapRangeFromScores({{1, 0.3}, {2, 0.3}}, {});
        QCOMPARE(flat.low, 0.3);
        QVERIFY(flat.high >= 0.4 - 1e-12);
        const training::MapRange none = training::mapRangeFromScores({}, {});
        QVERIFY(none.high > none.low);
    }

    void testMetricsUseLabelledTestImagesPerCategory() {
        QVector<training::ProjectImage> images;
        QHash<qint64, double> scores;
        auto add = [&](qint64 id, const char* category, project::Split split, project::ImageStatus status, double s) {
            training::ProjectImage image;
            image.id = id;
            image.category = QString::fromLatin1(category);
            image.split = split;
            image.status = status;
            images.push_back(image);
            scores.insert(id, s);
        };
        using project::ImageStatus;
        using project::Split;
        add(1, "a", Split::Test, ImageStatus::Normal, 0.1);
        add(2, "a", Split::Test, ImageStatus::Normal, 0.5);
        add(3, "a", Split::Test, ImageStatus::Defective, 0.4);
        add(4, "a", Split::Test, ImageStatus::Defective, 0.9);
        add(5, "a", Split::Train, ImageStatus::Defective, -5.0);  // trained on: not evaluated
        add(6, "a", Split::Test, ImageStatus::Unlabelled, 10.0);  // unknown truth: not evaluated
        add(7, "b", Split::Test, ImageStatus::Normal, 0.2);       // one class only: not measured
        const QJsonObject m = training::testSplitMetrics(images, scores);
        QCOMPARE(m.value(QStringLiteral("measuredCategories")).toInt(), 1);
        const QJsonObject a = m.value(QStringLiteral("categories")).toObject().value(QStringLiteral("a")).toObject();
        QCOMPARE(a.value(QStringLiteral("normal")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("defective")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("auroc")).toDouble(), 0.75);
        QCOMPARE(m.value(QStringLiteral("meanAuroc")).toDouble(), 0.75);
        const QJsonObject b = m.value(QStringLiteral("categories")).toObject().value(QStringLiteral("b")).toObject();
        QVERIFY(!b.contains(QStringLiteral("auroc")));
    }

    void verdictPanelComparesWithTheThreshold() {
        VerdictPanel panel;
        QVERIFY(!panel.verdict().has_value());
        // No model, no range: the contour value is a dash and its slider is off (not "-1.000").
        auto* contourSlider = panel.findChild<QSlider*>(QStringLiteral("contourThreshold"));
        QVERIFY(contourSlider);
        auto* contourValue = panel.findChild<QLabel*>(QStringLiteral("contourValue"));
        QVERIFY(contourValue);
        const auto contourText = [&] { return contourValue->text(); };
        QVERIFY(!panel.hasMapRange());
        QVERIFY(!contourSlider->isEnabled());
        QCOMPARE(contourText(), QStringLiteral("–"));
        panel.showResult(0.7, {0.5, project::ThresholdOrigin::Supervisor});
        QVERIFY(panel.verdict() == (project::Verdict::Ng));
        panel.showResult(0.5, {0.5, project::ThresholdOrigin::Suggested});
        QVERIFY(panel.verdict() == (project::Verdict::Ng));  // at the threshold is NG
        panel.showResult(0.2, {0.5, project::ThresholdOrigin::Default});
        QVERIFY(panel.verdict() == (project::Verdict::Ok));
        QCOMPARE(panel.score(), 0.2);

        panel.setMapRange(training::MapRange{-1.0, 3.0});
        QVERIFY(panel.hasMapRange() && contourSlider->isEnabled());
        QCOMPARE(contourText(), QLocale().toString(-1.0, 'f', 3));
        QSignalSpy contour(&panel, &VerdictPanel::contourThresholdChanged);
        panel.setContourThreshold(1.0);
        QCOMPARE(contour.count(), 1);
        QVERIFY(std::abs(panel.contourThreshold() - 1.0) < 0.005);
        panel.setContourThreshold(99.0);
        QCOMPARE(panel.contourThreshold(), 3.0);  // clamped
        auto* opacity = panel.findChild<QSlider*>(QStringLiteral("opacity"));
        QVERIFY(opacity);
        QSignalSpy opacitySpy(&panel, &VerdictPanel::heatmapOpacityChanged);
        opacity->setValue(80);
        QCOMPARE(opacitySpy.count(), 1);
        QCOMPARE(opacitySpy.first().first().toDouble(), 0.8);

        panel.clearMapRange();  // the model went away
        QVERIFY(!contourSlider->isEnabled());
        QCOMPARE(contourText(), QStringLiteral("–"));
    }

    void versionsModelReadsMetrics() {
        project::ProjectStore& store = *m_project->store;
        project::ModelRepository models(store);
        const QString file = m_project->store->modelsDirectory() + QStringLiteral("/model-v1.dmad");
        const project::ModelRecord v1 = models.add(
            file,
            QStringLiteral("{}"),
                QStringLiteral(R"({"setting":"unsupervised","trainingSet":{"maskedAnomalies":0,"imageLevelAnomalies":0},"test":{"meanAuroc":0.9},"training":{"epochLoss":[0.9,0.5,0.4,0.3]}})"));
        const project::ModelRecord v2 = models.add(
            file,
            QStringLiteral("{}"),
                QStringLiteral(R"({"setting":"semi-supervised","trainingSet":{"maskedAnomalies":2,"imageLevelAnomalies":1},"training":{"epochLoss":[0.8,null,0.25]}})"));
        models.activate(v2.id);
        ModelVersionsModel model;
        QVERIFY(model.reload(&store));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeRow(), 1);
        QCOMPARE(model.modelId(0), v1.id);
        QCOMPARE(model.rowOfModel(v2.id), 1);
        QCOMPARE(model.index(0, ModelVersionsModel::Version).data().toString(), QStringLiteral("v1"));
        QCOMPARE(model.index(0, ModelVersionsModel::TestAuroc).data().toString(), QLocale().toString(90.0, 'f', 1));
        QCOMPARE(model.index(1, ModelVersionsModel::SeenDefects).data().toInt(), 3);
        QCOMPARE(model.index(1, ModelVersionsModel::Active).data().toString(), QStringLiteral("active"));
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.epochLosses(0), (QVector<double>{0.9, 0.5, 0.4, 0.3}));
        QCOMPARE(model.epochLosses(1).size(), 3);
        QVERIFY(std::isnan(model.epochLosses(1).at(1)));  // a diverged epoch keeps its place
        QVERIFY(model.epochLosses(2).isEmpty());
        QVERIFY(model.reload(nullptr));
        QCOMPARE(model.rowCount(), 0);
    }

    // Runs after versionsModelReadsMetrics: v1 (4 epochs) and the active v2 (3 epochs, the second diverged).
    void dockShowsTheRecordedLossOnOpening() {
        training::EngineSession session;
        TrainingController controller(&session);
        QMainWindow window;
        auto* dock = new TrainingDock(&controller, &window);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(dock->lossPlot()->pointCount(), 0);

        // The model files are not there: loading fails, the recorded curve shows all the same.
        controller.setProject(m_project->store.get());
        QCOMPARE(dock->versionsModel()->rowCount(), 2);
        QCOMPARE(dock->lossPlot()->pointCount(), 2);  // epochs 1 and 3
        QCOMPARE(dock->lossPlot()->lastLoss(), 0.25);

        // Selecting another version shows its training.
        dock->versionsView()->selectRow(0);
        QCOMPARE(dock->lossPlot()->pointCount(), 4);
        QCOMPARE(dock->lossPlot()->lastLoss(), 0.3);

        controller.setProject(nullptr);
        QCOMPARE(dock->lossPlot()->pointCount(), 0);
        controller.waitUntilIdle(10000);
    }

    // The versions table fills its width: the last column ends at the right edge, none is squeezed away.
    void versionsTableFillsTheDock() {
        training::EngineSession session;
        TrainingController controller(&session);
        QMainWindow window;
        auto* dock = new TrainingDock(&controller, &window);
        window.setCentralWidget(new QWidget);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        window.resize(1200, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        controller.setProject(m_project->store.get());
        window.resizeDocks({dock}, {700}, Qt::Horizontal);
        QApplication::processEvents();
        QTableView* view = dock->versionsView();
        QHeaderView* header = view->horizontalHeader();
        QVERIFY(view->viewport()->width() > 400);
        const int last = ModelVersionsModel::ColumnCount - 1;
        QCOMPARE(header->sectionViewportPosition(last) + header->sectionSize(last), view->viewport()->width());
        for (int column = 0; column < ModelVersionsModel::ColumnCount; ++column) {
            const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(text), qPrintable(text));
        }
        // The spare width goes to the text columns, not to an empty strip in "Active".
        const int active = ModelVersionsModel::Active;
        const QAbstractItemView* asView = view;  // QTableView hides sizeHintForColumn()
        QCOMPARE(header->sectionSize(active), qMax(header->sectionSizeHint(active), asView->sizeHintForColumn(active)));
        QVERIFY(header->sectionSize(ModelVersionsModel::Created) > header->sectionSize(ModelVersionsModel::Active));
        QVERIFY(header->sectionSize(ModelVersionsModel::Setting) > header->sectionSize(ModelVersionsModel::Active));
        controller.setProject(nullptr);
        controller.waitUntilIdle(10000);
    }

    void etaAndStagesReadWell() {
        QCOMPARE(TrainingDock::formatEta(-1), QString());
        QCOMPARE(TrainingDock::formatEta(12.4), QStringLiteral("12 s"));
        QCOMPARE(TrainingDock::formatEta(65), QStringLiteral("1:05"));
        QCOMPARE(TrainingDock::formatEta(3725), QStringLiteral("1:02:05"));
        QCOMPARE(TrainingDock::stageTitle(QStringLiteral("scoring")), QStringLiteral("Scoring every image"));
        QCOMPARE(TrainingDock::stageTitle(QStringLiteral("unknown stage")), QStringLiteral("unknown stage"));
    }

private:
    std::unique_ptr<SmallProject> m_project;
};

QTEST_MAIN(TestTrainingParts)
#include "test_training_parts.moc"
