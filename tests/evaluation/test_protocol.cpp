// The protocol runner end to end on one small real category: runs, splits, reports, maps, errors.
#include "engine/engine_error.h"
#include "engine/presets.h"
#include "evaluation/protocol.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

using namespace dmad;
using namespace dmad::eval;
namespace fs = std::filesystem;

namespace {

const std::string kShared = DMAD_SHARED_DIR;

ProtocolConfig smallConfig(const std::string& outputDir) {
    ProtocolConfig c;
    c.categoryDirs = {kShared + "/data/piped_PA_BDP01_TL"};
    c.outlierDir = kShared + "/data/outliers/skimage";
    c.engine = workstationPreset(kShared + "/models/mobilenet_v2_imagenet_features.ts.pt");
    c.engine.training.epochs = 1;
    c.engine.runtime.threads = 1;  // spinning OpenMP threads stall on a busy 2-core machine
    c.shots = {0, 5};
    c.seeds = {0, 1};
    c.outputDir = outputDir;
    return c;
}

// One 5-shot run, DMAD only, its scoring chosen on the validation split.
ProtocolConfig validatedFiveShotConfig(const std::string& outputDir) {
    ProtocolConfig c = smallConfig(outputDir);
    c.shots = {5};
    c.seeds = {0};
    c.patchCore = false;
    c.validation.enabled = true;
    return c;
}

std::size_t lineCount(const std::string& path) {
    std::ifstream in(path);
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    return n;
}

}  // namespace

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsEverySettingAndSeed() {
        QTemporaryDir tmp;
        ProtocolConfig config = smallConfig(tmp.path().toStdString());
        config.writeMaps = true;
        const ProtocolResult r = runProtocol(config);

        QCOMPARE(r.runs.size(), std::size_t(4));  // seeds outside, settings inside
        QCOMPARE(r.featureDim, 152);              // the preset takes the stride-4 map the backbone offers
        QCOMPARE(r.patchCoreFeatureDim, 128);     // PatchCore stays on the stride-8 and stride-16 maps
        QCOMPARE(r.runs[0].seed, std::uint64_t(0));
        QCOMPARE(r.runs[1].shots, 5);
        QVERIFY(!r.runs[0].reusedNormalBank);
        QVERIFY(r.runs[1].reusedNormalBank);  // same seed: M_n and M_o kept
        std::set<std::string> seenBySeed[2];
        for (const RunResult& run : r.runs) {
            QCOMPARE(run.categories.size(), std::size_t(1));
            const CategoryResult& c = run.categories.front();
            QCOMPARE(c.testNormals, 16);
            QCOMPARE(c.testAnomalies, run.shots == 0 ? 48 : 43);
            QCOMPARE(c.seen.size(), std::size_t(run.shots));
            if (run.shots > 0) seenBySeed[run.seed] = std::set<std::string>(c.seen.begin(), c.seen.end());
            for (const char* method : {kMethodDmad, kMethodPatchCore}) {
                const MethodResult& m = c.methods.at(method);
                QVERIFY(m.imageDefined && m.hasPixel);
                QVERIFY(m.image.auroc >= 0.0 && m.image.auroc <= 1.0);
                QVERIFY(m.pixel.pro >= 0.0 && m.pixel.pro <= 1.0);
                QCOMPARE(m.pixel.pixels, (16 + c.testAnomalies) * 128 * 128);
            }
        }
        QVERIFY(seenBySeed[0] != seenBySeed[1]);
        // PatchCore sees M_n only, which the 5-shot run of a seed shares with its unsupervised run.
        QCOMPARE(r.runs[1].normalBankSize, r.runs[0].normalBankSize);

        const fs::path out(config.outputDir);
        QVERIFY(fs::is_regular_file(out / "results.json"));
        QVERIFY(fs::is_regular_file(out / "results.md"));
        QCOMPARE(lineCount((out / "scores.csv").string()), std::size_t(1 + 2 * 2 * (64 + 59)));
        const fs::path map = out / "maps" / "DMAD" / "5-shot_seed1" / "piped_PA_BDP01_TL" / "good";
        QVERIFY(fs::is_directory(map));
        const cv::Mat tiff = cv::imread(fs::directory_iterator(map)->path().string(), cv::IMREAD_UNCHANGED);
        QCOMPARE(tiff.type(), CV_32FC1);
        QCOMPARE(tiff.size(), cv::Size(128, 128));
    }

    // PatchCore is the baseline on its standard features whatever DMAD's are: with the stride-4 map in DMAD's
    // features it builds a bank of its own, and scores exactly as it does beside DMAD without the map.
    void patchCoreKeepsItsStandardFeatures() {
        QTemporaryDir withMap, withoutMap;
        ProtocolConfig a = smallConfig(withMap.path().toStdString());
        a.shots = {0};
        a.seeds = {0};
        ProtocolConfig b = a;
        b.outputDir = withoutMap.path().toStdString();
        b.engine.features.strideFourMap = StrideFourMap::Off;
        const ProtocolResult ra = runProtocol(a), rb = runProtocol(b);
        QCOMPARE(ra.featureDim, 152);
        QCOMPARE(rb.featureDim, 128);
        const MethodResult& pa = ra.runs.at(0).categories.at(0).methods.at(kMethodPatchCore);
        const MethodResult& pb = rb.runs.at(0).categories.at(0).methods.at(kMethodPatchCore);
        QCOMPARE(pa.image.auroc, pb.image.auroc);
        QCOMPARE(pa.pixel.ranking.auroc, pb.pixel.ranking.auroc);
        QCOMPARE(pa.pixel.pro, pb.pixel.pro);
        const MethodResult& da = ra.runs.at(0).categories.at(0).methods.at(kMethodDmad);
        const MethodResult& db = rb.runs.at(0).categories.at(0).methods.at(kMethodDmad);
        QVERIFY(da.pixel.pro != db.pixel.pro);  // DMAD's own features did change
    }

    void choosesTheScoringWeightOnValidation() {
        QTemporaryDir tmp;
        ProtocolConfig config = validatedFiveShotConfig(tmp.path().toStdString());
        config.validation.weights = {4, 0};
        config.validation.seenWeights = {2, 0, 2};
        config.validation.topKs = {5, 1};
        config.validation.categoryTolerance = 0.0;  // strict, so that the guard has rows to refuse
        config.validation.perCategory = ValidationSelection::PerCategory::All;
        config.validation.sigmas = {4, 2};  // 4 is the engine's: only 2 adds a row
        const ProtocolResult r = runProtocol(config);

        QCOMPARE(r.runs.size(), std::size_t(1));
        const ValidationOutcome& v = r.runs[0].validation;
        QVERIFY(v.used);
        // (w, v) ascending without repeats, k as given: ties keep the candidate closest to the paper's score.
        QCOMPARE(v.rows.size(), std::size_t(2 * 2 * 2 + 1));
        for (std::size_t i = 0; i + 1 < v.rows.size(); ++i) {
            QCOMPARE(v.rows[i].sigmaAt256, 4.0);
            QCOMPARE(v.rows[i].weight, i < 4 ? 0.0 : 4.0);
            QCOMPARE(v.rows[i].seenWeight, (i / 2) % 2 == 0 ? 0.0 : 2.0);
            QCOMPARE(v.rows[i].topK, i % 2 == 0 ? 5 : 1);
        }
        // The map does not depend on k: the two k of one (w, v) share their pixel figures.
        QCOMPARE(v.rows[0].pixelAuroc, v.rows[1].pixelAuroc);
        QCOMPARE(v.rows[0].pro, v.rows[1].pro);
        QCOMPARE(v.synthetic, v.normals);
        QVERIFY(v.normals >= 2);
        QCOMPARE(v.seen, std::int64_t(2));  // of 5 seen anomalies 3 train the validation model
        // The guard's reference is the largest w with v = 0 and the first k; a row is admissible exactly when no
        // category falls more than the tolerance below it, and the choice is the best admissible row.
        const ValidationRow& reference = v.rows[4];
        QCOMPARE(v.referenceWeight, 4.0);
        QVERIFY(reference.admissible);
        QVERIFY(!reference.categoryCriterion.empty());
        for (const ValidationRow& row : v.rows) {
            bool within = true;
            for (const auto& [category, value] : reference.categoryCriterion)
                within = within && row.categoryCriterion.at(category) >= value - config.validation.categoryTolerance;
            QCOMPARE(row.admissible, within);
        }
        const ValidationRow* best = nullptr;
        for (const ValidationRow& row : v.rows)
            if (row.admissible && (!best || row.criterion() > best->criterion())) best = &row;
        QCOMPARE(v.chosenWeight, best->weight);
        QCOMPARE(v.chosenSeenWeight, best->seenWeight);
        QCOMPARE(v.chosenTopK, best->topK);
        // The other smoothing is tried on the chosen (w, v, k) under the same guard and replaces 4 only when better;
        // the image score does not depend on it.
        const ValidationRow& smoothed = v.rows.back();
        QCOMPARE(smoothed.sigmaAt256, 2.0);
        QCOMPARE(smoothed.weight, v.chosenWeight);
        QCOMPARE(smoothed.seenWeight, v.chosenSeenWeight);
        QCOMPARE(smoothed.topK, v.chosenTopK);
        const auto chosenAt4 = std::find_if(v.rows.begin(), v.rows.end() - 1, [&](const ValidationRow& row) {
            return row.weight == v.chosenWeight && row.seenWeight == v.chosenSeenWeight && row.topK == v.chosenTopK;
        });
        QCOMPARE(smoothed.imageAuroc, chosenAt4->imageAuroc);
        QVERIFY(smoothed.pro != chosenAt4->pro || smoothed.pixelAuroc != chosenAt4->pixelAuroc);
        QCOMPARE(v.chosenSigma, smoothed.admissible && smoothed.criterion() > chosenAt4->criterion() ? 2.0 : 4.0);
        // Per category: the row best on the category's own figure, the guard aside (among the rows at sigma 4).
        QCOMPARE(v.categoryChoice.size(), std::size_t(1));
        const auto& [category, own] = *v.categoryChoice.begin();
        const ValidationRow* bestOwn = nullptr;
        for (const ValidationRow& row : v.rows)
            if (row.sigmaAt256 == 4.0 &&
                (!bestOwn || row.categoryCriterion.at(category) > bestOwn->categoryCriterion.at(category)))
                bestOwn = &row;
        QCOMPARE(own.weight, bestOwn->weight);
        QCOMPARE(own.seenWeight, bestOwn->seenWeight);
        QCOMPARE(own.topK, bestOwn->topK);
        for (const ValidationRow& row : v.rows) {
            QVERIFY(row.imageAuroc > 0.0 && row.imageAuroc <= 1.0);
            QVERIFY(row.pixelAuroc > 0.0 && row.pixelAuroc <= 1.0);
        }
        // The test set is the k-shot split's, whatever the validation did.
        QCOMPARE(r.runs[0].categories.front().testAnomalies, 43);
        std::ifstream md((fs::path(config.outputDir) / "results.md").string());
        const std::string text((std::istreambuf_iterator<char>(md)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("chosen on the validation split") != std::string::npos);
        QVERIFY(text.find("Per category (5-shot, seed 0)") != std::string::npos);
        std::ifstream json((fs::path(config.outputDir) / "results.json").string());
        const std::string jsonText((std::istreambuf_iterator<char>(json)), std::istreambuf_iterator<char>());
        const std::size_t choiceAt = jsonText.find("\"category_choice\": {");
        QVERIFY(choiceAt != std::string::npos);
        QVERIFY(jsonText.find("\"" + category + "\": {", choiceAt) != std::string::npos);
    }

    // Two categories that disagree get different candidates; a tie keeps the earlier row; a category without
    // figures in some rows is judged on the rows that have it.
    void choosesTheScoringPerCategory() {
        const auto row = [](double w, double v, int k, std::map<std::string, double> perCategory) {
            ValidationRow r;
            r.weight = w;
            r.seenWeight = v;
            r.topK = k;
            r.categoryCriterion = std::move(perCategory);
            return r;
        };
        const std::vector<ValidationRow> rows{
            row(0, 0, 5, {{"tire", 0.90}, {"brg", 0.75}}),
            row(0, 8, 5, {{"tire", 0.91}, {"brg", 0.80}}),
            row(16, 0, 5, {{"tire", 0.97}, {"brg", 0.66}, {"tile", 0.5}}),
            row(16, 8, 5, {{"tire", 0.97}, {"brg", 0.69}}),
        };
        const std::map<std::string, ScoringChoice> c = bestScoringPerCategory(rows);
        QCOMPARE(c.size(), std::size_t(3));
        QCOMPARE(c.at("tire").weight, 16.0);
        QCOMPARE(c.at("tire").seenWeight, 0.0);  // the tie with (16, 8) keeps the earlier row
        QCOMPARE(c.at("brg").weight, 0.0);
        QCOMPARE(c.at("brg").seenWeight, 8.0);
        QCOMPARE(c.at("tile").weight, 16.0);
        QVERIFY(bestScoringPerCategory({}).empty());
    }

    // A category keeps its own candidate only where it wins both folds: chosen on one half, judged on the other
    // against the run's choice on the same half.
    void checksThePerCategoryChoiceOnTheHalves() {
        const auto figures = [](double criterion, std::map<std::string, double> perCategory) {
            ValidationFigures f;
            f.imageAuroc = f.pixelAuroc = f.pro = criterion;
            f.categoryCriterion = std::move(perCategory);
            return f;
        };
        const auto row = [&](double w, std::map<std::string, double> whole, ValidationFigures h0,
                             ValidationFigures h1) {
            ValidationRow r;
            static_cast<ValidationFigures&>(r) = figures(0.5, std::move(whole));
            r.weight = w;
            r.halves = {std::move(h0), std::move(h1)};
            return r;
        };
        // The run chooses w = 2 on either half. tire prefers w = 16 on both; brg's preference flips between the
        // halves (w = 0 on half 0 loses on half 1, w = 16 on half 1 wins on half 0); tile's own is the run's;
        // bottle has no figure on the halves.
        const std::vector<ValidationRow> rows{
            row(0, {{"tire", 0.90}, {"brg", 0.76}, {"tile", 0.70}, {"bottle", 0.9}},
                figures(0.5, {{"tire", 0.90}, {"brg", 0.80}, {"tile", 0.70}}),
                figures(0.5, {{"tire", 0.90}, {"brg", 0.70}, {"tile", 0.70}})),
            row(2, {{"tire", 0.915}, {"brg", 0.75}, {"tile", 0.95}, {"bottle", 0.8}},
                figures(0.9, {{"tire", 0.92}, {"brg", 0.75}, {"tile", 0.95}}),
                figures(0.9, {{"tire", 0.91}, {"brg", 0.75}, {"tile", 0.95}})),
            row(16, {{"tire", 0.965}, {"brg", 0.69}, {"tile", 0.60}, {"bottle", 0.8}},
                figures(0.6, {{"tire", 0.97}, {"brg", 0.76}, {"tile", 0.60}}),
                figures(0.6, {{"tire", 0.96}, {"brg", 0.78}, {"tile", 0.60}})),
        };
        const auto half = [](std::size_t h) {
            return [h](const ValidationRow& r) -> const ValidationFigures& { return r.halves[h]; };
        };
        QCOMPARE(guardedBest(rows, half(0), -1)->weight, 2.0);
        QCOMPARE(guardedBest(rows, half(1), -1)->weight, 2.0);
        std::map<std::string, std::array<bool, 2>> folds;
        const std::map<std::string, ScoringChoice> kept = checkedScoringPerCategory(rows, -1, &folds);
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept.at("tire").weight, 16.0);
        QVERIFY((folds.at("tire") == std::array<bool, 2>{true, true}));
        QVERIFY((folds.at("brg") == std::array<bool, 2>{false, true}));
        QVERIFY((folds.at("tile") == std::array<bool, 2>{false, false}));
        QVERIFY((folds.at("bottle") == std::array<bool, 2>{false, false}));
        // With the guard on the halves (tolerance 0, reference w = 16): w = 2 leaves tire below it, so the run's
        // choice on each half is the reference itself and tire's own choice no longer beats it.
        QCOMPARE(guardedBest(rows, half(0), 0.0)->weight, 16.0);
        QVERIFY(checkedScoringPerCategory(rows, 0.0, nullptr).count("tire") == 0);
        QVERIFY(checkedScoringPerCategory({}, 0.0, nullptr).empty());
    }

    // The run fills each row's halves and records the check for every category it has figures for.
    void checkedChoiceRunsOnTheSplitsHalves() {
        QTemporaryDir tmp;
        ProtocolConfig config = validatedFiveShotConfig(tmp.path().toStdString());
        config.validation.weights = {0, 64};
        config.validation.seenWeights = {0, 8};
        config.validation.perCategory = ValidationSelection::PerCategory::Checked;
        const ProtocolResult r = runProtocol(config);
        const ValidationOutcome& v = r.runs.at(0).validation;
        QCOMPARE(v.rows.size(), std::size_t(4));
        for (const ValidationRow& row : v.rows) {
            for (const ValidationFigures& h : row.halves) {
                QCOMPARE(h.categoryCriterion.size(), std::size_t(1));
                QVERIFY(h.imageAuroc > 0.0 && h.pixelAuroc > 0.0);
            }
            // The halves are two different samples of the split.
            QVERIFY(row.halves[0].categoryCriterion != row.halves[1].categoryCriterion);
        }
        QCOMPARE(v.categoryFolds.size(), std::size_t(1));
        const auto expected = checkedScoringPerCategory(v.rows, config.validation.categoryTolerance, nullptr);
        QCOMPARE(v.categoryChoice.size(), expected.size());
        for (const auto& [category, c] : expected) {
            QCOMPARE(v.categoryChoice.at(category).weight, c.weight);
            QCOMPARE(v.categoryChoice.at(category).seenWeight, c.seenWeight);
        }
        std::ifstream md((fs::path(config.outputDir) / "results.md").string());
        const std::string text((std::istreambuf_iterator<char>(md)), std::istreambuf_iterator<char>());
        QVERIFY(text.find("checked on the split's halves (5-shot, seed 0)") != std::string::npos);
    }

    void cancelStopsBeforeWork() {
        QTemporaryDir tmp;
        const std::atomic<bool> cancel{true};
        try {
            runProtocol(smallConfig(tmp.path().toStdString()), {}, &cancel);
            QFAIL("a cancelled run went on");
        } catch (const EngineError& e) {
            QCOMPARE(e.kind(), EngineError::Kind::Cancelled);
        }
    }

    void maskOfAnotherSizeIsRefused() {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "widget";
        const cv::Mat image(64, 64, CV_8UC3, cv::Scalar(90, 90, 90));
        for (const char* p : {"train/good/000.png", "test/good/000.png", "test/dent/000.png"}) {
            fs::create_directories((root / p).parent_path());
            QVERIFY(cv::imwrite((root / p).string(), image));
        }
        fs::create_directories(root / "ground_truth/dent");
        QVERIFY(
            cv::imwrite((root / "ground_truth/dent/000_mask.png").string(), cv::Mat(32, 32, CV_8U, cv::Scalar(255))));
        ProtocolConfig config = smallConfig((fs::path(tmp.path().toStdString()) / "out").string());
        config.categoryDirs = {root.string()};
        try {
            runProtocol(config);
            QFAIL("a mask of another size was accepted");
        } catch (const EngineError& e) {
            QCOMPARE(e.kind(), EngineError::Kind::MaskMismatch);
            QVERIFY2(std::string(e.what()).find("000_mask.png") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "test_protocol.moc"
