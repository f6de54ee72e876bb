// The public engine end to end with the real backbone on a few real images: extract, banks, train, score,
// save/load, damaged files, mismatched backbones, incremental retrain, cancel, concurrent scoring.
#include "engine/benchmark.h"
#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/engine_error.h"
#include "engine/feature_extractor.h"
#include "engine/image_io.h"
#include "engine/inspector.h"
#include "engine/patchcore_baseline.h"
#include "engine/presets.h"
#include "engine/scoring_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <thread>

using dmad::EngineError;

namespace {

const std::string kShared = DMAD_SHARED_DIR;
const std::string kBackbone = kShared + "/models/mobilenet_v2_imagenet_features.ts.pt";
const std::string kCategory = kShared + "/data/piped_PA_BDP01_TL";

std::vector<std::string> files(const std::string& dir, int count) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    if (int(out.size()) > count) out.resize(std::size_t(count));
    return out;
}

template <typename F>
bool throwsKind(EngineError::Kind kind, F&& f) {
    try {
        f();
    } catch (const EngineError& e) {
        if (e.kind() != kind) qWarning("unexpected kind, message: %s", e.what());
        return e.kind() == kind;
    }
    return false;
}

double meanScore(const dmad::Inspector& inspector, const std::vector<std::string>& paths) {
    double sum = 0;
    for (const auto& p : paths) sum += inspector.inspect(p, false).score;
    return sum / double(paths.size());
}

}  // namespace

class PipelineTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    dmad::EngineConfig m_config;
    std::shared_ptr<dmad::FeatureExtractor> m_extractor;
    std::unique_ptr<dmad::DmadTrainer> m_trainer;
    dmad::TrainingSet m_set;
    dmad::DmadModel m_model;
    bool m_pythonModels = false;

    std::string tmp(const char* name) const { return m_dir.filePath(name).toStdString(); }

    // Writes an RGB image as a PNG in the test's folder: its path, or empty when it cannot be written.
    std::string writeRgb(const cv::Mat& rgb, const std::string& name) const {
        cv::Mat bgr;
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
        const std::string path = tmp(name.c_str());
        return cv::imwrite(path, bgr) ? path : std::string();
    }

    // After the last train() (the one of withViews): a model trained with extra views of one labelled image equals
    // the one trained on those views labelled by hand, and differs from one trained with fewer views.
    void verifyExtraViewsAsLabelledByHand(const dmad::DmadModel& withViews, const dmad::DmadModel& labelledByHand,
                                          const dmad::DmadModel& fewerViews) {
        QVERIFY(m_trainer->lastStats().reusedNormalBank);          // not a bank setting of the normal side
        QCOMPARE(m_trainer->lastStats().validation.anomalies, 1);  // the self-check ranks the labelled image only
        QCOMPARE(withViews.info().seenBankSize, labelledByHand.info().seenBankSize);
        QVERIFY(withViews.info().seenBankSize > fewerViews.info().seenBankSize);
        for (const auto& p : files(kCategory + "/test/good", 2)) {
            const dmad::PatchFeatures q = m_extractor->extractFile(p);
            QCOMPARE(cv::norm(withViews.score(q).patchScores, labelledByHand.score(q).patchScores, cv::NORM_INF), 0.0);
            QVERIFY(cv::norm(withViews.score(q).patchScores, fewerViews.score(q).patchScores, cv::NORM_INF) > 1e-4);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        m_config = dmad::workstationPreset(kBackbone);
        // The stride-8 and stride-16 maps (C = 128) that every backbone gives; the stride-4 map's tests ask for it.
        m_config.features.strideFourMap = dmad::StrideFourMap::Off;
        // The images as recorded, so that the levels' tests compare against them.
        m_config.features.autoLevels = dmad::AutoLevels::Off;
        m_config.runtime.threads = 2;
        m_config.training.epochs = 4;
        m_config.training.batchSize = 2;
        m_config.training.patchesPerImage = 256;
        m_config.banks.normalCoresetRatio = 0.1;
        m_config.banks.pseudoCoresetRatio = 0.1;
        m_extractor = dmad::FeatureExtractor::open(m_config);
        for (const auto& p : files(kCategory + "/train/good", 8)) m_set.normals.push_back({p, "piped_PA_BDP01_TL"});
        for (const char* t : {"banded", "bubbly", "cracked", "crosshatched", "chequered", "braided"}) {
            m_set.outliers.push_back(files(kShared + "/data/outliers/dtd/" + t, 1).front());
        }
        m_trainer = std::make_unique<dmad::DmadTrainer>(m_extractor, m_config);
        // Optional: TorchScript files with a wrong contract and with another backbone, made by Python torch.
        const QString script = QStringLiteral(
            "import sys, torch\n"
            "class Wrong(torch.nn.Module):\n"
            "    def forward(self, x):\n"
            "        return x.mean(1, keepdim=True)\n"
            "class Tiny(torch.nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.a = torch.nn.Conv2d(3, 4, 8, stride=8)\n"
            "        self.b = torch.nn.Conv2d(4, 6, 2, stride=2)\n"
            "    def forward(self, x):\n"
            "        f = self.a(x)\n"
            "        return (f, self.b(f))\n"
            "x = torch.zeros(1, 3, 64, 64)\n"
            "torch.jit.trace(Wrong(), x).save(sys.argv[1])\n"
            "torch.jit.trace(Tiny(), x).save(sys.argv[2])\n");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, m_dir.filePath("wrong.pt"),
                                                                         m_dir.filePath("tiny.pt")});
        m_pythonModels =
            python.waitForFinished(60000) && python.exitCode() == 0 && QFile::exists(m_dir.filePath("tiny.pt"));
    }

    void backboneContract() {
        const dmad::BackboneInfo& b = m_extractor->backbone();
        QCOMPARE(b.channelsStride8, 32);
        QCOMPARE(b.channelsStride16, 96);
        QCOMPARE(b.featureDim, 128);
        QCOMPARE(QString::fromStdString(b.sha256),
                 QStringLiteral("290fad66cf46a2935c5fd618989b78236bfa8638f818c1ecaff43ec06816975e"));
        dmad::EngineConfig c = m_config;
        c.backbonePath = tmp("missing.pt");
        QVERIFY(throwsKind(EngineError::Kind::BackboneMissing, [&] { dmad::FeatureExtractor::open(c); }));
        {
            std::ofstream garbage(tmp("garbage.pt"), std::ios::binary);
            garbage << "this is not a TorchScript archive";
        }
        c.backbonePath = tmp("garbage.pt");
        QVERIFY(throwsKind(EngineError::Kind::BackboneContract, [&] { dmad::FeatureExtractor::open(c); }));
        if (!m_pythonModels) QSKIP("python3 with torch is not available: wrong-contract module not generated");
        c.backbonePath = tmp("wrong.pt");
        QVERIFY(throwsKind(EngineError::Kind::BackboneContract, [&] { dmad::FeatureExtractor::open(c); }));
    }

    void strideFourMapAddsFinerChannels() {
        dmad::EngineConfig c = m_config;
        c.features.strideFourMap = dmad::StrideFourMap::On;
        const auto fine = dmad::FeatureExtractor::open(c);
        QCOMPARE(fine->backbone().channelsStride4, 24);  // MobileNetV2's stages(x)[1]
        QCOMPARE(fine->backbone().featureDim, 152);
        const cv::Mat rgb = dmad::readImageRgb(m_set.normals.front().path);
        const cv::Mat withFine = fine->extract(rgb).toMat();  // [N, 152]
        const cv::Mat plain = m_extractor->extract(rgb).toMat();
        QCOMPARE(withFine.cols, 152);
        QVERIFY(cv::norm(withFine.colRange(0, 128), plain, cv::NORM_INF) < 1e-4);  // stages agree with forward
        QVERIFY(cv::norm(withFine.colRange(128, 152), cv::NORM_INF) > 0.0);
        // Cached features of one setting are never served to the other.
        QCOMPARE(fine->extractFile(m_set.normals.front().path).dim(), 152);
        QCOMPARE(m_extractor->extractFile(m_set.normals.front().path).dim(), 128);
    }

    // The preset takes the stride-4 map when the backbone offers one: the extractor resolves the setting, so
    // a model records On or Off, and a backbone with forward alone still opens (and is refused only when the
    // settings insist on the map).
    void theStrideFourMapIsTakenWhenOffered() {
        dmad::EngineConfig c = dmad::workstationPreset(kBackbone);
        QVERIFY(c.features.strideFourMap == dmad::StrideFourMap::WhenOffered);
        const auto offered = dmad::FeatureExtractor::open(c);
        QVERIFY(offered->featureConfig().strideFourMap == dmad::StrideFourMap::On);
        QCOMPARE(offered->backbone().featureDim, 152);
        // Where the three maps would need channel pooling (WideResNet-50-2's 1,792 > 1,536) the map stays out.
        dmad::EngineConfig narrow = c;
        narrow.features.maxFeatureDim = 140;
        const auto unpooled = dmad::FeatureExtractor::open(narrow);
        QVERIFY(unpooled->featureConfig().strideFourMap == dmad::StrideFourMap::Off);
        QCOMPARE(unpooled->backbone().featureDim, 128);
        QVERIFY(unpooled->resolveStrideFourMap(c.features) == dmad::StrideFourMap::On);
        if (!m_pythonModels) QSKIP("python3 with torch is not available: the forward-only module was not generated");
        c.backbonePath = tmp("tiny.pt");
        const auto forwardOnly = dmad::FeatureExtractor::open(c);
        QVERIFY(forwardOnly->featureConfig().strideFourMap == dmad::StrideFourMap::Off);
        QCOMPARE(forwardOnly->backbone().featureDim, 10);
        QCOMPARE(forwardOnly->backbone().channelsStride4, 0);
        c.features.strideFourMap = dmad::StrideFourMap::On;
        QVERIFY(throwsKind(EngineError::Kind::BackboneContract, [&] { dmad::FeatureExtractor::open(c); }));
    }

    // Auto levels change the features of a dark image only, as stretching it by hand would.
    void autoLevelsChangeDarkImagesFeatures() {
        QFETCH(int, rule);
        dmad::EngineConfig levelled = m_config;
        levelled.features.autoLevels = static_cast<dmad::AutoLevels>(rule);
        const auto stretched = dmad::FeatureExtractor::open(levelled);
        cv::Mat bright(256, 256, CV_8UC3, cv::Scalar(120, 120, 120));  // the backbone's size: no resize
        cv::circle(bright, {128, 128}, 48, cv::Scalar(240, 240, 240), -1);
        QCOMPARE(cv::norm(stretched->extract(bright).toMat(), m_extractor->extract(bright).toMat(), cv::NORM_INF), 0.0);
        // Median 17, 99th percentile 51: stretched 4 times (the cap) by either rule.
        cv::Mat dark(256, 256, CV_8UC3, cv::Scalar(17, 17, 17));
        cv::circle(dark, {128, 128}, 48, cv::Scalar(51, 51, 51), -1);
        QVERIFY(cv::norm(stretched->extract(dark).toMat(), m_extractor->extract(dark).toMat(), cv::NORM_INF) > 1e-3);
        const cv::Mat byHand = dark * 4;
        QVERIFY(cv::norm(stretched->extract(dark).toMat(), m_extractor->extract(byHand).toMat(), cv::NORM_INF) < 1e-5);
    }
    void autoLevelsChangeDarkImagesFeatures_data() {
        QTest::addColumn<int>("rule");
        QTest::newRow("peak") << int(dmad::AutoLevels::Peak);
        QTest::newRow("median") << int(dmad::AutoLevels::Median);
    }

    void extractFeaturesAndCache() {
        cv::Size size;
        const std::string path = m_set.normals.front().path;
        const dmad::PatchFeatures q = m_extractor->extractFile(path, &size);
        QCOMPARE(q.gridHeight(), 32);
        QCOMPARE(q.gridWidth(), 32);
        QCOMPARE(q.dim(), 128);
        QCOMPARE(size, cv::Size(128, 128));
        const cv::Mat direct = m_extractor->extract(dmad::readImageRgb(path)).toMat();
        const cv::Mat cached = m_extractor->extractFile(path).toMat();
        QCOMPARE(cv::norm(direct, cached, cv::NORM_INF), 0.0);
        const dmad::PatchFeatures back = dmad::PatchFeatures::fromMat(direct, 32, 32);
        QCOMPARE(cv::norm(back.toMat(), direct, cv::NORM_INF), 0.0);
        QVERIFY(throwsKind(EngineError::Kind::ImageUnreadable, [&] { m_extractor->extractFile(tmp("nope.png")); }));
    }

    void trainUnsupervisedScoresDefectsHigher() {
        std::vector<std::string> stages;
        std::map<int, double> reportedLoss;  // epoch -> the loss a report says belongs to it
        m_model = m_trainer->train(m_set, [&](const dmad::TrainingProgress& p) {
            if (stages.empty() || stages.back() != p.stage) stages.push_back(p.stage);
            QVERIFY(p.done <= p.total);
            if (p.lossEpoch > 0) reportedLoss[p.lossEpoch] = p.loss;
        });
        const dmad::TrainingStats& stats = m_trainer->lastStats();
        QVERIFY(!stats.reusedNormalBank);
        QVERIFY(!stats.validation.ran);  // no seen anomalies: nothing to rank
        QVERIFY(!stats.flagged());
        QCOMPARE(int(stats.epochLoss.size()), 4);
        QCOMPARE(int(reportedLoss.size()), 4);  // every epoch's loss is reported, under its own epoch
        for (int epoch = 1; epoch <= 4; ++epoch) QCOMPARE(reportedLoss[epoch], stats.epochLoss[std::size_t(epoch - 1)]);
        for (const char* s : {"features", "normal bank", "pseudo anomalies", "neighbours", "training", "done"}) {
            QVERIFY2(std::find(stages.begin(), stages.end(), s) != stages.end(), s);
        }
        const dmad::ModelInfo& info = m_model.info();
        QCOMPARE(info.setting, dmad::Setting::Unsupervised);
        QCOMPARE(info.normalBankSize, std::int64_t(std::llround(8 * 1024 * 0.1)));
        QCOMPARE(info.pseudoBankSize, std::int64_t(std::llround(6 * 1024 * 0.1)));
        QCOMPARE(info.seenBankSize, std::int64_t(0));
        QCOMPARE(info.categories, std::vector<std::string>{"piped_PA_BDP01_TL"});

        const dmad::Inspector dmadInspector(m_extractor, m_model);
        const dmad::Inspector patchCore(m_extractor, m_model, dmad::ScoringMethod::PatchCore);
        const auto good = files(kCategory + "/test/good", 6);
        const auto bad = files(kCategory + "/test/impurity", 6);
        const double goodDmad = meanScore(dmadInspector, good), badDmad = meanScore(dmadInspector, bad);
        const double goodPc = meanScore(patchCore, good), badPc = meanScore(patchCore, bad);
        qInfo("mean score good/defect: DMAD %.4f / %.4f, PatchCore %.4f / %.4f", goodDmad, badDmad, goodPc, badPc);
        QVERIFY(badDmad > goodDmad);
        QVERIFY(badPc > goodPc);

        const dmad::ImageScore withMap = dmadInspector.inspect(bad.front(), true);
        QCOMPARE(withMap.anomalyMap.size(), cv::Size(128, 128));
        QCOMPARE(withMap.patchScores.size(), cv::Size(32, 32));
        const cv::Mat rgb = dmad::readImageRgb(bad.front());
        QCOMPARE(dmadInspector.inspect(rgb, true).score, withMap.score);
    }

    // The evaluation's PatchCore on features of its own builds its bank as the trainer builds M_n: on the same
    // features, seed and ratio it scores exactly as the model's PatchCore does.
    void patchCoreBaselineEqualsTheModelsPatchCore() {
        QVERIFY(!m_model.empty());
        std::vector<std::string> normals;
        for (const auto& n : m_set.normals) normals.push_back(n.path);
        std::int64_t images = 0;
        const dmad::PatchCoreBaseline baseline =
            dmad::PatchCoreBaseline::build(m_extractor, normals, m_config.banks, m_config.training.seed,
                                           [&](std::int64_t done, std::int64_t) { images = done; });
        QCOMPARE(images, std::int64_t(normals.size()));
        QCOMPARE(baseline.bankSize(), m_model.info().normalBankSize);
        for (const auto& p : files(kCategory + "/test/impurity", 2)) {
            const dmad::ImageScore own = baseline.scoreFile(p, cv::Size(64, 64));
            const dmad::ImageScore shared = m_model.scorePatchCore(m_extractor->extractFile(p), cv::Size(64, 64));
            QCOMPARE(own.score, shared.score);
            QCOMPARE(cv::norm(own.anomalyMap, shared.anomalyMap, cv::NORM_INF), 0.0);
        }
        dmad::EngineConfig fine = m_config;
        fine.features.strideFourMap = dmad::StrideFourMap::On;
        const auto wider = dmad::FeatureExtractor::open(fine);
        const std::string image = normals.front();
        QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { baseline.score(wider->extractFile(image), {}); }));
        std::atomic<bool> cancel{true};
        QVERIFY(throwsKind(EngineError::Kind::Cancelled, [&] {
            dmad::PatchCoreBaseline::build(m_extractor, normals, m_config.banks, 0, {}, &cancel);
        }));
    }

    void scoringWeightChangesOnlyTheDistanceTerm() {
        // s = -Psi + w z: patch scores are affine in w, and the banks and networks are the trained ones.
        const dmad::PatchFeatures q = m_extractor->extractFile(files(kCategory + "/test/impurity", 1).front());
        auto patches = [&](double w) {
            cv::Mat p = m_model.withNormalDistanceWeight(w).score(q, cv::Size(64, 64)).patchScores;
            p.convertTo(p, CV_64F);
            return p;
        };
        const cv::Mat p0 = patches(0), p1 = patches(1), p3 = patches(3);
        QVERIFY(cv::norm(p1 - p0, cv::NORM_INF) > 1e-3);  // the distance term is not zero
        QVERIFY(cv::norm(p3 - p0 - 3 * (p1 - p0), cv::NORM_INF) < 1e-3);
        // Trained without seen anomalies: scored with the preset's unsupervised w, which training recorded.
        QVERIFY(m_config.scoring.unsupervisedNormalDistanceWeight != m_config.scoring.normalDistanceWeight);
        QCOMPARE(m_model.info().config.scoring.normalDistanceWeight, m_config.scoring.unsupervisedNormalDistanceWeight);
        QVERIFY_THROWS_EXCEPTION(dmad::EngineError, m_model.withNormalDistanceWeight(-1));
    }

    void modelFileRoundTripAndDamage() {
        QVERIFY(!m_model.empty());
        const std::string path = tmp("model.dmad");
        m_model.save(path);
        QCOMPARE(QDir(m_dir.path()).entryList({"*.tmp"}, QDir::Files).size(), 0);  // written atomically
        const dmad::DmadModel loaded = dmad::DmadModel::load(path);
        QVERIFY(!loaded.info().hasMapRange);  // none set: the views fall back to their own
        QCOMPARE(loaded.info().normalBankSize, m_model.info().normalBankSize);
        QCOMPARE(loaded.info().backbone.sha256, m_model.info().backbone.sha256);
        QCOMPARE(loaded.info().categories, m_model.info().categories);
        const dmad::PatchFeatures q = m_extractor->extractFile(files(kCategory + "/test/impurity", 1).front());
        const dmad::ImageScore a = m_model.score(q, cv::Size(64, 64)), b = loaded.score(q, cv::Size(64, 64));
        QCOMPARE(a.score, b.score);
        QCOMPARE(cv::norm(a.anomalyMap, b.anomalyMap, cv::NORM_INF), 0.0);
        QCOMPARE(m_model.scorePatchCore(q).score, loaded.scorePatchCore(q).score);
        // The heatmaps' colour range is the model's: stored in its file (issue #11).
        {
            dmad::DmadModel ranged = dmad::DmadModel::load(path);
            QVERIFY(throwsKind(EngineError::Kind::InvalidArgument, [&] { ranged.setMapRange(1.0, 1.0); }));
            ranged.setMapRange(-0.25, 1.5);
            ranged.save(tmp("ranged.dmad"));
            const dmad::DmadModel back = dmad::DmadModel::load(tmp("ranged.dmad"));
            QVERIFY(back.info().hasMapRange);
            QCOMPARE(back.info().mapLow, -0.25);
            QCOMPARE(back.info().mapHigh, 1.5);
            QCOMPARE(back.score(q).score, a.score);
        }

        std::vector<char> bytes;
        {
            std::ifstream in(path, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
        auto writeVariant = [&](const char* name, const std::vector<char>& data) {
            std::ofstream out(tmp(name), std::ios::binary);
            out.write(data.data(), std::streamsize(data.size()));
            return tmp(name);
        };
        const std::string truncated =
            writeVariant("truncated.dmad", std::vector<char>(bytes.begin(), bytes.begin() + bytes.size() / 2));
        QVERIFY(throwsKind(EngineError::Kind::ModelFileCorrupt, [&] { dmad::DmadModel::load(truncated); }));
        std::vector<char> flipped = bytes;
        flipped[flipped.size() * 2 / 3] ^= 0x10;
        const std::string damaged = writeVariant("flipped.dmad", flipped);
        QVERIFY(throwsKind(EngineError::Kind::ModelFileCorrupt, [&] { dmad::DmadModel::load(damaged); }));
        QVERIFY(throwsKind(EngineError::Kind::ModelFileCorrupt,
                           [&] { dmad::DmadModel::load(m_set.normals.front().path); }));
        QVERIFY(throwsKind(EngineError::Kind::ModelFileCorrupt, [&] { dmad::DmadModel::load(tmp("absent.dmad")); }));
        QVERIFY(throwsKind(EngineError::Kind::ModelFileCorrupt,
                           [&] { dmad::DmadModel::load(writeVariant("empty.dmad", {})); }));

        // A format-1 file (before pooling and resize were recorded) loads with the settings it was made
        // with, and an extractor of today's features is refused for it instead of scoring silently wrong.
        QCOMPARE(loaded.info().config.features.pooling, dmad::PatchPooling::ZeroPadded);
        std::vector<char> formatOne = bytes;
        const std::uint32_t one = 1;
        std::memcpy(formatOne.data() + 8, &one, 4);  // the version field; the checksum covers the body only
        const dmad::DmadModel old = dmad::DmadModel::load(writeVariant("format1.dmad", formatOne));
        QCOMPARE(old.info().config.features.pooling, dmad::PatchPooling::ValidOnly);
        QCOMPARE(old.info().config.features.resize, dmad::ResizeFilter::OpenCvArea);
        QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { old.checkCompatible(*m_extractor); }));
    }

    void localNormalScaleIsTrainedSavedAndLoaded() {
        // A model scoring d_n in its rows' own units keeps them in its file and scores the same after loading;
        // its scores differ from the global scale's, PatchCore's do not.
        dmad::EngineConfig local = m_config;
        local.scoring.localNormalScale = dmad::LocalNormalScale::Neighbourhood;
        dmad::DmadTrainer trainer(m_extractor, local);
        const dmad::DmadModel model = trainer.train(m_set);
        QCOMPARE(model.info().config.scoring.localNormalScale, dmad::LocalNormalScale::Neighbourhood);
        const std::string path = tmp("local.dmad");
        model.save(path);
        const dmad::DmadModel loaded = dmad::DmadModel::load(path);
        QCOMPARE(loaded.info().config.scoring.localNormalScale, dmad::LocalNormalScale::Neighbourhood);
        const dmad::PatchFeatures q = m_extractor->extractFile(files(kCategory + "/test/impurity", 1).front());
        const dmad::ImageScore a = model.score(q, cv::Size(64, 64)), b = loaded.score(q, cv::Size(64, 64));
        QCOMPARE(a.score, b.score);
        QCOMPARE(cv::norm(a.patchScores, b.patchScores, cv::NORM_INF), 0.0);
        const dmad::ScoreTerms own = loaded.scoreTerms(q), global = m_model.scoreTerms(q);
        QVERIFY(cv::norm(own.normal, global.normal, cv::NORM_INF) > 1e-3);
        QCOMPARE(loaded.scorePatchCore(q).score, m_model.scorePatchCore(q).score);

        // A file that claims row scales without holding them is refused, not scored in the wrong units.
        m_model.save(tmp("global.dmad"));
        QFile file(QString::fromStdString(tmp("global.dmad")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        constexpr int kHeader = 8 + 4 + 8 + 32;  // magic, version, body size, sha256 of the body
        const QByteArray off = "scoring.localNormalScale = 0";
        const int at = bytes.indexOf(off, kHeader);
        QVERIFY(at > 0);
        bytes[at + off.size() - 1] = '1';
        bytes.replace(20, 32, QCryptographicHash::hash(bytes.mid(kHeader), QCryptographicHash::Sha256));
        QFile claimed(QString::fromStdString(tmp("claimed.dmad")));
        QVERIFY(claimed.open(QIODevice::WriteOnly) && claimed.write(bytes) == bytes.size());
        claimed.close();
        try {
            dmad::DmadModel::load(tmp("claimed.dmad"));
            QFAIL("a model without its row scales loaded");
        } catch (const EngineError& e) {
            QCOMPARE(e.kind(), EngineError::Kind::ModelFileCorrupt);
            QVERIFY2(std::string(e.what()).find("row scales") != std::string::npos, e.what());
        }
    }

    void categoryScaleFollowsEachRowsCategory() {
        // A category alone in its model has the global scale: the same distance term as the global model's.
        dmad::EngineConfig byCategory = m_config;
        byCategory.scoring.localNormalScale = dmad::LocalNormalScale::Category;
        const dmad::PatchFeatures q = m_extractor->extractFile(files(kCategory + "/test/impurity", 1).front());
        dmad::DmadTrainer alone(m_extractor, byCategory);
        const dmad::DmadModel single = alone.train(m_set);
        QVERIFY(cv::norm(single.scoreTerms(q).normal, m_model.scoreTerms(q).normal, cv::NORM_INF) < 1e-4);

        // Beside a category of other distances (tire's tread) its rows take their category's scale: the term
        // differs from the global one's, and the file keeps the scales.
        dmad::TrainingSet two = m_set;
        for (const auto& p : files(kShared + "/data/tire/train/good", 4)) two.normals.push_back({p, "tire"});
        dmad::DmadTrainer trainer(m_extractor, byCategory);
        const dmad::DmadModel model = trainer.train(two);
        dmad::DmadTrainer globalTrainer(m_extractor, m_config);
        const dmad::DmadModel global = globalTrainer.train(two);
        QVERIFY(cv::norm(model.scoreTerms(q).normal, global.scoreTerms(q).normal, cv::NORM_INF) > 1e-3);
        const std::string path = tmp("category.dmad");
        model.save(path);
        const dmad::DmadModel loaded = dmad::DmadModel::load(path);
        QCOMPARE(loaded.info().config.scoring.localNormalScale, dmad::LocalNormalScale::Category);
        QCOMPARE(cv::norm(model.scoreTerms(q).normal, loaded.scoreTerms(q).normal, cv::NORM_INF), 0.0);
    }

    void modelWithAnotherBackboneOrSizeIsRefused() {
        dmad::EngineConfig other = m_config;
        other.features.imageSize = 224;
        const auto smaller = dmad::FeatureExtractor::open(other);
        QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { dmad::Inspector(smaller, m_model); }));
        other = m_config;
        for (const dmad::AutoLevels rule : {dmad::AutoLevels::Peak, dmad::AutoLevels::Median}) {
            other.features.autoLevels = rule;
            const auto levelled = dmad::FeatureExtractor::open(other);
            QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { dmad::Inspector(levelled, m_model); }));
        }
        const dmad::PatchFeatures wrongDim = dmad::PatchFeatures::fromMat(cv::Mat::zeros(4, 10, CV_32F), 2, 2);
        QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { m_model.score(wrongDim); }));
        if (!m_pythonModels) QSKIP("python3 with torch is not available: second backbone not generated");
        other = m_config;
        other.backbonePath = tmp("tiny.pt");
        const auto tiny = dmad::FeatureExtractor::open(other);
        QCOMPARE(tiny->backbone().featureDim, 10);
        QVERIFY(throwsKind(EngineError::Kind::ModelMismatch, [&] { m_model.checkCompatible(*tiny); }));
    }

    void incrementalRetrainReusesNormalBank() {
        const auto bad = files(kCategory + "/test/impurity", 2);
        const auto masks = files(kCategory + "/ground_truth/impurity", 2);
        dmad::TrainingSet semi = m_set;
        const cv::Mat mask = dmad::readMask(masks[0], cv::Size(128, 128));
        semi.anomalies.push_back({bad[0], "piped_PA_BDP01_TL", mask});
        const dmad::DmadModel withSeen = m_trainer->train(semi);
        QVERIFY(m_trainer->lastStats().reusedNormalBank);
        QCOMPARE(m_trainer->lastStats().stageSeconds.count("normal bank"), std::size_t(0));
        QCOMPARE(withSeen.info().setting, dmad::Setting::SemiSupervised);
        QCOMPARE(withSeen.info().config.scoring.normalDistanceWeight, m_config.scoring.normalDistanceWeight);
        QCOMPARE(withSeen.info().normalBankSize, m_model.info().normalBankSize);
        QVERIFY(withSeen.info().seenBankSize > 0);
        QCOMPARE(withSeen.info().sampledBankSize, withSeen.info().seenBankSize);
        // The seen-distance term: zero without seen anomalies; the labelled image's own patches are rows of M_as
        // (d_s = 0), so they get max(0, d_n - mu) / sigma = the normal term where it is positive; the score is
        // learnt + w normal + v seen, whichever way it is made.
        {
            const dmad::PatchFeatures qb = m_extractor->extractFile(bad[0]);
            QCOMPARE(cv::countNonZero(m_model.scoreTerms(qb).seen), 0);
            const dmad::ScoreTerms t = withSeen.scoreTerms(qb);
            double lowest = 0;
            cv::minMaxLoc(t.seen, &lowest);
            QVERIFY(lowest >= 0);
            QVERIFY(cv::countNonZero(t.seen) > 0);
            const cv::Mat above = cv::max(t.normal, 0.0);
            cv::Mat excess = t.seen - above;
            double most = 0;
            cv::minMaxLoc(excess, nullptr, &most);
            QVERIFY(most < 1e-5);                                             // never above max(0, z_n)
            const cv::Mat labelled = (cv::abs(excess) < 1e-5) & (above > 0);  // d_s = 0: the whole excess
            QVERIFY(cv::countNonZero(labelled) > 0);
            const dmad::DmadModel scored = withSeen.withScoring(1, 2.0, 3.0);
            const dmad::ImageScore direct = scored.score(qb, cv::Size(64, 64));
            const dmad::ImageScore fromTerms =
                dmad::DmadModel::scoreFromTerms(t, scored.info().config.scoring, cv::Size(64, 64));
            QCOMPARE(fromTerms.score, direct.score);
            QCOMPARE(cv::norm(fromTerms.anomalyMap, direct.anomalyMap, cv::NORM_INF), 0.0);
            const cv::Mat p0 = withSeen.withScoring(1, 2.0, 0.0).score(qb).patchScores;
            QVERIFY(cv::norm(direct.patchScores - p0 - 3 * t.seen, cv::NORM_INF) < 1e-4);
            QVERIFY(cv::norm(direct.patchScores - p0, cv::NORM_INF) > 1e-3);
            double top = 0;
            cv::minMaxLoc(direct.patchScores, nullptr, &top);
            QCOMPARE(direct.score, top);  // k = 1: the largest patch score
            QVERIFY_THROWS_EXCEPTION(dmad::EngineError, withSeen.withScoring(5, 1.0, -1.0));
            QVERIFY_THROWS_EXCEPTION(dmad::EngineError, withSeen.withScoring(0, 1.0, 1.0));
            // Another smoothing changes DMAD's map, not its score, and never PatchCore's map.
            const dmad::DmadModel sharp = scored.withMapSmoothing(1.0);
            QCOMPARE(sharp.info().config.scoring.sigmaAt256, 1.0);
            const dmad::ImageScore sharpScore = sharp.score(qb, cv::Size(64, 64));
            QCOMPARE(sharpScore.score, direct.score);
            QVERIFY(cv::norm(sharpScore.anomalyMap, direct.anomalyMap, cv::NORM_INF) > 1e-4);
            QCOMPARE(cv::norm(sharp.scorePatchCore(qb, cv::Size(64, 64)).anomalyMap,
                              scored.scorePatchCore(qb, cv::Size(64, 64)).anomalyMap, cv::NORM_INF),
                     0.0);
            QVERIFY_THROWS_EXCEPTION(dmad::EngineError, scored.withMapSmoothing(-1.0));
            QVERIFY_THROWS_EXCEPTION(dmad::EngineError, scored.withMapSmoothing(std::nan("")));
        }
        // The self-check ranks the seen anomaly against the normal training images: a working model is not flagged.
        const dmad::ValidationCheck& check = m_trainer->lastStats().validation;
        QVERIFY(check.ran);
        QCOMPARE(check.anomalies, 1);
        QCOMPARE(check.normals, 8);
        qInfo("self-check AUROC: DMAD %.3f, PatchCore %.3f", check.dmadAuroc, check.patchCoreAuroc);
        QVERIFY(check.dmadAuroc > 0.5);
        QVERIFY(!m_trainer->lastStats().flagged());
        QVERIFY(check.message.empty());

        // Rescoring with the retrained model (same M_n and M_o) reuses the nearest neighbours in both found for
        // the first model (two entries per image), and scores as without the cache.
        {
            const auto cache = std::make_shared<dmad::ScoringCache>();
            dmad::Inspector before(m_extractor, m_model);
            before.setScoringCache(cache);
            dmad::Inspector after(m_extractor, withSeen);
            after.setScoringCache(cache);
            const dmad::Inspector uncached(m_extractor, withSeen);
            const auto good = files(kCategory + "/test/good", 3);
            for (const auto& p : good) before.inspect(p, false);
            QCOMPARE(cache->misses(), std::size_t(6));
            QCOMPARE(cache->hits(), std::size_t(0));
            for (const auto& p : good) QCOMPARE(after.inspect(p, true).score, uncached.inspect(p, true).score);
            QCOMPARE(cache->hits(), std::size_t(6));
            QCOMPARE(cache->entries(), std::size_t(6));
            after.inspect(dmad::readImageRgb(good[0]), false);  // pixels, not a file: no content key, no entry
            QCOMPARE(cache->entries(), std::size_t(6));
            QCOMPARE(cache->hits() + cache->misses(), std::size_t(12));
            // A decoded image carries its file's bytes: the same key, so the cache answers as for the path.
            const dmad::DecodedImage decoded = dmad::readDecodedImage(good[1]);
            QCOMPARE(after.inspect(decoded, true).score, uncached.inspect(good[1], true).score);
            QCOMPARE(cache->hits(), std::size_t(8));
            QCOMPARE(cache->entries(), std::size_t(6));
        }

        // An image-level label only: the previous model's most anomalous patches join M_as.
        semi.anomalies.push_back({bad[1], "piped_PA_BDP01_TL", cv::Mat()});
        const dmad::DmadModel withUnlabelled = m_trainer->train(semi, {}, nullptr, &withSeen);
        QVERIFY(m_trainer->lastStats().reusedNormalBank);
        // The image, its mirror images, and all of them turned a quarter turn.
        const int views =
            (m_config.banks.seenAnomalyMirrors ? 4 : 1) * (m_config.banks.seenAnomalyQuarterTurns ? 2 : 1);
        QCOMPARE(withUnlabelled.info().seenBankSize,
                 withSeen.info().seenBankSize + std::int64_t(views * m_config.banks.unlabelledDefectPatches));

        // A mask of the wrong size is refused with a clear error, not a crash.
        semi.anomalies.back().mask = cv::Mat(10, 10, CV_8U, cv::Scalar(255));
        QVERIFY(throwsKind(EngineError::Kind::MaskMismatch, [&] { m_trainer->train(semi); }));

        // Changing a bank setting rebuilds the normal side.
        dmad::DmadTrainer fresh(m_extractor, m_config);
        fresh.config().banks.beta = 0.5;
        fresh.config().training.epochs = 1;
        fresh.train(m_set);
        QVERIFY(!fresh.lastStats().reusedNormalBank);
    }

    // banks.seenAnomalyMirrors: each seen anomaly also enters as its three mirror images, masks mirrored alike.
    // The model must be the one trained on those mirror images written to files and labelled by hand.
    void seenAnomalyMirrorsEqualMirrorImagesLabelledByHand() {
        const std::string image = files(kCategory + "/test/impurity", 1).front();
        const cv::Mat mask = dmad::readMask(files(kCategory + "/ground_truth/impurity", 1).front(), cv::Size(128, 128));
        dmad::TrainingSet byHand = m_set;
        byHand.anomalies.push_back({image, "piped_PA_BDP01_TL", mask});
        const cv::Mat rgb = dmad::readImageRgb(image);
        int written = 0;
        for (const int code : {1, 0, -1}) {
            cv::Mat flipped, flippedMask;
            cv::flip(rgb, flipped, code);
            cv::flip(mask, flippedMask, code);
            const std::string path = writeRgb(flipped, "mirror" + std::to_string(written++) + ".png");
            QVERIFY(!path.empty());
            byHand.anomalies.push_back({path, "piped_PA_BDP01_TL", flippedMask});
        }
        m_trainer->config().banks.seenAnomalyMirrors = false;
        const dmad::DmadModel labelledByHand = m_trainer->train(byHand);

        dmad::TrainingSet once = m_set;
        once.anomalies.push_back(byHand.anomalies.front());
        const dmad::DmadModel withoutMirrors = m_trainer->train(once);
        m_trainer->config().banks.seenAnomalyMirrors = true;
        const dmad::DmadModel withMirrors = m_trainer->train(once);
        m_trainer->config().banks.seenAnomalyMirrors = m_config.banks.seenAnomalyMirrors;
        QVERIFY(withMirrors.info().config.banks.seenAnomalyMirrors);
        verifyExtraViewsAsLabelledByHand(withMirrors, labelledByHand, withoutMirrors);
    }

    // banks.seenAnomalyQuarterTurns with the mirror images: all eight symmetries of the square, masks alike, on
    // an image that is not square, so that a turned view's size differs from its original's. The model must be
    // the one trained on those seven views written to files and labelled by hand.
    void seenAnomalyQuarterTurnsEqualTurnedImagesLabelledByHand() {
        const std::string image = files(kCategory + "/test/impurity", 1).front();
        const cv::Mat fullMask =
            dmad::readMask(files(kCategory + "/ground_truth/impurity", 1).front(), cv::Size(128, 128));
        const cv::Rect band(0, 16, 128, 96);  // 128 wide, 96 high
        const cv::Mat rgb = dmad::readImageRgb(image)(band).clone();
        const cv::Mat mask = fullMask(band).clone();
        QVERIFY(cv::countNonZero(mask) > 0);
        auto labelled = [&](const cv::Mat& view, const std::string& name, const cv::Mat& viewMask) {
            const std::string path = writeRgb(view, name);
            if (path.empty()) qFatal("cannot write %s", name.c_str());
            return dmad::SeenAnomaly{path, "piped_PA_BDP01_TL", viewMask};
        };
        dmad::TrainingSet byHand = m_set;
        byHand.anomalies.push_back(labelled(rgb, "band.png", mask));
        int written = 0;
        for (const bool turn : {false, true}) {
            cv::Mat turned = rgb, turnedMask = mask;
            if (turn) {
                cv::transpose(rgb, turned);  // a quarter turn clockwise: transpose, then mirror left-right
                cv::flip(turned.clone(), turned, 1);
                cv::transpose(mask, turnedMask);
                cv::flip(turnedMask.clone(), turnedMask, 1);
                byHand.anomalies.push_back(labelled(turned, "turned.png", turnedMask));
            }
            for (const int code : {1, 0, -1}) {
                cv::Mat flipped, flippedMask;
                cv::flip(turned, flipped, code);
                cv::flip(turnedMask, flippedMask, code);
                byHand.anomalies.push_back(labelled(flipped, "view" + std::to_string(written++) + ".png", flippedMask));
            }
        }
        QCOMPARE(byHand.anomalies.size(), m_set.anomalies.size() + 8);
        dmad::BankConfig& banks = m_trainer->config().banks;
        banks.seenAnomalyMirrors = false;
        banks.seenAnomalyQuarterTurns = false;
        const dmad::DmadModel labelledByHand = m_trainer->train(byHand);

        dmad::TrainingSet once = m_set;
        once.anomalies.push_back(byHand.anomalies[m_set.anomalies.size()]);
        banks.seenAnomalyMirrors = true;
        const dmad::DmadModel mirrorsOnly = m_trainer->train(once);
        banks.seenAnomalyQuarterTurns = true;
        const dmad::DmadModel allEight = m_trainer->train(once);
        banks = m_config.banks;
        QVERIFY(allEight.info().config.banks.seenAnomalyQuarterTurns);
        verifyExtraViewsAsLabelledByHand(allEight, labelledByHand, mirrorsOnly);
    }

    void invertedRankingIsFlagged() {
        const dmad::ValidationCheck inverted =
            dmad::rankingCheck({0.1, 0.2}, {0.5, 0.6, 0.7}, {0.9, 0.8}, {0.1, 0.2, 0.3});
        QVERIFY(inverted.ran);
        QCOMPARE(inverted.dmadAuroc, 0.0);
        QCOMPARE(inverted.patchCoreAuroc, 1.0);
        QVERIFY(inverted.inverted);
        QVERIFY2(inverted.message.find("AUROC 0.00") != std::string::npos, inverted.message.c_str());
        const dmad::ValidationCheck ties = dmad::rankingCheck({0.5}, {0.5, 0.4}, {0.5}, {0.5, 0.4});
        QCOMPARE(ties.dmadAuroc, 0.75);
        QVERIFY(!ties.inverted);
        QVERIFY(!dmad::rankingCheck({}, {0.1}, {}, {0.1}).ran);
    }

    // Non-finite values anywhere are errors: NaN features score nothing, NaN in a model file is refused.
    void nonFiniteValuesAreErrors() {
        cv::Mat nanFeatures(1024, 128, CV_32F, cv::Scalar(0.1));
        nanFeatures.at<float>(5, 7) = std::numeric_limits<float>::quiet_NaN();
        const dmad::PatchFeatures q = dmad::PatchFeatures::fromMat(nanFeatures, 32, 32);
        QVERIFY(throwsKind(EngineError::Kind::NonFinite, [&] { m_model.score(q); }));
        QVERIFY(throwsKind(EngineError::Kind::NonFinite, [&] { m_model.scorePatchCore(q); }));
    }

    void cancelStopsTraining() {
        std::atomic<bool> cancel{true};
        QVERIFY(throwsKind(EngineError::Kind::Cancelled, [&] { m_trainer->train(m_set, {}, &cancel); }));
        cancel = false;
        QVERIFY(throwsKind(EngineError::Kind::Cancelled, [&] {
            m_trainer->train(
                m_set,
                [&](const dmad::TrainingProgress& p) {
                    if (p.stage == "training") cancel = true;
                },
                &cancel);
        }));
        QVERIFY(throwsKind(EngineError::Kind::InvalidArgument, [&] { m_trainer->train(dmad::TrainingSet{}); }));
    }

    void benchmarkReportsEveryStage() {
        dmad::BenchmarkOptions o;
        o.backbonePath = kBackbone;
        o.runtime.threads = 2;
        o.bankSizes = {2000};
        o.repeats = 1;
        o.trainImages = 8;
        o.trainOutliers = 4;
        o.trainEpochs = 1;
        o.coresetCandidates = 5000;
        o.coresetChosen = 100;
        std::ostringstream out;
        QCOMPARE(dmad::runBenchmark(o, out), 0);
        const std::string report = out.str();
        for (const char* s :
             {"backbone forward", "feature aggregation", "bank    2000 rows", "Training (8 normal images",
              "Coreset: 100 of 5000", "both banks + heatmap", "PatchCore + heatmap", "VmHWM"}) {
            QVERIFY2(report.find(s) != std::string::npos, s);
        }
        QVERIFY(dmad::peakResidentMiB() > 10.0);
        o.backbonePath = tmp("missing.pt");
        std::ostringstream failed;
        QCOMPARE(dmad::runBenchmark(o, failed), 1);
        QVERIFY(failed.str().find("missing.pt") != std::string::npos);
    }

    void concurrentScoringAgrees() {
        const dmad::Inspector inspector(m_extractor, m_model);
        const auto paths = files(kCategory + "/test/good", 4);
        std::vector<double> first(paths.size()), second(paths.size());
        std::thread t1([&] {
            for (std::size_t i = 0; i < paths.size(); ++i)
                first[i] = inspector.inspect(dmad::readImageRgb(paths[i]), true).score;
        });
        std::thread t2([&] {
            for (std::size_t i = 0; i < paths.size(); ++i)
                second[i] = inspector.inspect(dmad::readImageRgb(paths[i]), true).score;
        });
        t1.join();
        t2.join();
        QCOMPARE(first, second);
    }
};

QTEST_GUILESS_MAIN(PipelineTest)
#include "pipeline_test.moc"
