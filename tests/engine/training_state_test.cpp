// Nothing rebuilt silently: the trainer's normal side survives a restart through its state file, is rebuilt
// (with the reason) when the backbone, settings or images change; every stage cancels within a second;
// warm-started retrains; the scoring cache (M_n and M_o neighbours) and the job estimate.
#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/engine_error.h"
#include "engine/feature_extractor.h"
#include "engine/image_io.h"
#include "engine/inspector.h"
#include "engine/job_estimate.h"
#include "engine/presets.h"
#include "engine/scoring_cache.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

namespace {

const std::string kShared = DMAD_SHARED_DIR;
const std::string kBackbone = kShared + "/models/mobilenet_v2_imagenet_features.ts.pt";
const std::string kCategory = kShared + "/data/piped_PA_BDP01_TL";
const char* kName = "piped_PA_BDP01_TL";

std::vector<std::string> files(const std::string& dir, int count) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    if (int(out.size()) > count) out.resize(std::size_t(count));
    return out;
}

std::set<std::string> stagesOf(dmad::DmadTrainer& trainer, const dmad::TrainingSet& set,
                               const dmad::DmadModel* previous = nullptr, dmad::DmadModel* model = nullptr) {
    std::set<std::string> stages;
    dmad::DmadModel trained = trainer.train(
        set, [&](const dmad::TrainingProgress& p) { stages.insert(p.stage); }, nullptr, previous);
    if (model) *model = trained;
    return stages;
}

}  // namespace

class TrainingStateTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    dmad::EngineConfig m_config;
    dmad::TrainingSet m_set;
    std::string m_state;

    std::unique_ptr<dmad::DmadTrainer> newSession(const dmad::EngineConfig& config) const {
        // A restart: a new extractor (empty feature cache) and a new trainer on the same state file.
        auto trainer = std::make_unique<dmad::DmadTrainer>(dmad::FeatureExtractor::open(config), config);
        trainer->setStateFile(m_state);
        return trainer;
    }

private Q_SLOTS:
    void initTestCase() {
        m_config = dmad::workstationPreset(kBackbone);
        m_config.runtime.threads = 2;
        m_config.training.epochs = 3;
        m_config.training.batchSize = 2;
        m_config.training.patchesPerImage = 128;
        m_config.banks.normalCoresetRatio = 0.1;
        m_config.banks.pseudoCoresetRatio = 0.1;
        for (const auto& p : files(kCategory + "/train/good", 6)) m_set.normals.push_back({p, kName});
        for (const char* t : {"banded", "bubbly", "cracked"})
            m_set.outliers.push_back(files(kShared + "/data/outliers/dtd/" + t, 1).front());
        const auto bad = files(kCategory + "/test/impurity", 1);
        const auto masks = files(kCategory + "/ground_truth/impurity", 1);
        m_set.anomalies.push_back({bad[0], kName, dmad::readMask(masks[0], cv::Size(128, 128))});
        m_state = m_dir.filePath("cache/training-state.bin").toStdString();
    }

    void restartReusesTheSavedState() {
        auto first = newSession(m_config);
        QCOMPARE(first->plan(m_set).reason, dmad::RebuildReason::NoSavedState);
        const auto built = stagesOf(*first, m_set);
        QVERIFY(built.count("normal bank") && built.count("saving state"));
        QVERIFY(std::filesystem::exists(m_state));
        dmad::DmadModel inSession;
        const auto again = stagesOf(*first, m_set, nullptr, &inSession);
        QVERIFY(!again.count("normal bank") && !again.count("loading state"));  // from memory

        auto second = newSession(m_config);
        const dmad::TrainingPlan plan = second->plan(m_set);
        QCOMPARE(plan.reason, dmad::RebuildReason::None);
        QVERIFY(plan.fromStateFile);
        dmad::DmadModel restarted;
        const auto stages = stagesOf(*second, m_set, nullptr, &restarted);
        QVERIFY(stages.count("loading state"));
        QVERIFY2(!stages.count("normal bank") && !stages.count("pseudo anomalies") && !stages.count("neighbours"),
                 "a restart rebuilt the normal side");
        QVERIFY(second->lastStats().loadedState && second->lastStats().reusedNormalBank);
        // The same banks and neighbours: the same model, to the bit, as the retrain within the session.
        dmad::Inspector a(dmad::FeatureExtractor::open(m_config), inSession);
        dmad::Inspector b(dmad::FeatureExtractor::open(m_config), restarted);
        for (const auto& path : {m_set.normals[0].path, m_set.anomalies[0].path})
            QCOMPARE(b.inspect(path, false).score, a.inspect(path, false).score);
    }

    void changesRebuildWithTheReason() {
        dmad::EngineConfig other = m_config;
        other.banks.normalCoresetRatio = 0.12;
        auto settings = newSession(other);
        QCOMPARE(settings->plan(m_set).reason, dmad::RebuildReason::SettingsChanged);
        QVERIFY(stagesOf(*settings, m_set).count("normal bank"));
        QCOMPARE(newSession(other)->plan(m_set).reason, dmad::RebuildReason::None);  // the file holds the new key
        QCOMPARE(newSession(m_config)->plan(m_set).reason, dmad::RebuildReason::SettingsChanged);

        dmad::TrainingSet fewer = m_set;
        fewer.normals.pop_back();
        QCOMPARE(newSession(other)->plan(fewer).reason, dmad::RebuildReason::NormalImagesChanged);
        dmad::TrainingSet textures = m_set;
        textures.outliers.pop_back();
        QCOMPARE(newSession(other)->plan(textures).reason, dmad::RebuildReason::OutliersChanged);
        dmad::EngineConfig bigger = other;
        bigger.features.imageSize = 192;
        QCOMPARE(newSession(bigger)->plan(m_set).reason, dmad::RebuildReason::BackboneChanged);

        auto requested = newSession(other);
        requested->requireRebuild();
        QCOMPARE(requested->plan(m_set).reason, dmad::RebuildReason::Requested);
    }

    // Per-image stages are planned in images of 1,024 patches: a 320-pixel input (1,600 patches) plans 1.5625
    // times the backbone work of a 256-pixel one, so the rates a project measured at one size estimate the other.
    // Searches grow with the patches times M_n's rows.
    void planScalesWithTheInputSize() {
        dmad::EngineConfig fine = m_config;
        fine.features.imageSize = 320;
        const auto unitsOf = [this](const dmad::EngineConfig& config, const std::string& stage) {
            auto trainer = newSession(config);
            trainer->requireRebuild();
            const dmad::TrainingPlan plan = trainer->plan(m_set);
            for (const auto& s : plan.stages)
                if (s.name == stage) return std::make_pair(plan.imageUnits, s.units);
            return std::make_pair(plan.imageUnits, -1.0);
        };
        const auto standard = unitsOf(m_config, "features");
        const auto large = unitsOf(fine, "features");
        QCOMPARE(standard.first, 1.0);
        QCOMPARE(large.first, 1.5625);
        QVERIFY(standard.second > 0);
        QCOMPARE(large.second, standard.second * 1.5625);
        QCOMPARE(unitsOf(fine, "validation").second, unitsOf(m_config, "validation").second * 1.5625 * 1.5625);
        // With the coreset ratio scaled down with the patches (the station's fine input), M_n keeps its rows
        // and a search grows only with the image's patches.
        dmad::EngineConfig fineSameRows = fine;
        fineSameRows.banks.normalCoresetRatio /= 1.5625;
        QCOMPARE(unitsOf(fineSameRows, "validation").second, unitsOf(m_config, "validation").second * 1.5625);
    }

    void aDamagedStateIsRebuiltNotTrusted() {
        const auto size = std::filesystem::file_size(m_state);
        std::filesystem::resize_file(m_state, size / 2);
        auto trainer = newSession(m_config);
        QCOMPARE(trainer->plan(m_set).reason, dmad::RebuildReason::SettingsChanged);  // the header still reads
        {
            std::ofstream garbage(m_state, std::ios::binary | std::ios::trunc);
            garbage << "not a state file";
        }
        QCOMPARE(newSession(m_config)->plan(m_set).reason, dmad::RebuildReason::SavedStateUnreadable);
        QVERIFY(stagesOf(*trainer, m_set).count("normal bank"));
        QCOMPARE(newSession(m_config)->plan(m_set).reason, dmad::RebuildReason::None);
    }

    void everyStageCancelsWithinASecond() {
        auto probe = newSession(m_config);
        probe->requireRebuild();
        std::vector<std::string> stages;
        for (const auto& s : probe->plan(m_set).stages) stages.push_back(s.name);
        stages.push_back("loading state");
        for (const std::string& stage : stages) {
            auto trainer = newSession(m_config);
            if (stage != "loading state") trainer->requireRebuild();
            std::atomic<bool> cancel{false};
            QElapsedTimer clock;
            bool thrown = false;
            try {
                trainer->train(
                    m_set,
                    [&](const dmad::TrainingProgress& p) {
                        if (p.stage == stage && !cancel) {
                            cancel = true;
                            clock.start();
                        }
                    },
                    &cancel);
            } catch (const dmad::EngineError& e) {
                thrown = e.kind() == dmad::EngineError::Kind::Cancelled;
            }
            QVERIFY2(thrown, stage.c_str());
            qInfo("cancel in '%s' took %lld ms", stage.c_str(), clock.elapsed());
            QVERIFY2(clock.elapsed() < 1000, stage.c_str());
        }
        // A cancelled save leaves no temporary file beside the state.
        for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(m_state).parent_path()))
            QVERIFY2(e.path().extension() != ".tmp", e.path().c_str());
    }

    void trainingWithoutAttentionHasItsOwnRate() {
        auto trainer = newSession(m_config);
        const auto trainingKey = [&](const dmad::TrainingSet& set) {
            for (const auto& s : trainer->plan(set).stages)
                if (s.name == "training") return s.key();
            return std::string("(no training stage)");
        };
        dmad::TrainingSet unsupervised = m_set;
        unsupervised.anomalies.clear();
        QVERIFY(!m_set.anomalies.empty());
        QCOMPARE(m_config.training.attentionSemiSupervised, dmad::AttentionMode::Off);
        QCOMPARE(trainingKey(unsupervised), std::string("training"));
        QCOMPARE(trainingKey(m_set), std::string("training, attention off"));
        QVERIFY(dmad::JobEstimate::defaultRates().count("training, attention off") == 1);
    }

    void warmStartTrainsFromThePreviousModel() {
        dmad::EngineConfig warm = m_config;
        warm.training.warmStartEpochs = 2;
        warm.training.replayShare = 0.5;
        auto trainer = newSession(warm);
        dmad::TrainingSet unsupervised = m_set;
        unsupervised.anomalies.clear();
        dmad::DmadModel previous;
        stagesOf(*trainer, unsupervised, nullptr, &previous);
        QVERIFY(!trainer->lastStats().warmStarted);  // nothing to start from
        const dmad::TrainingPlan plan = trainer->plan(m_set, &previous);
        QVERIFY(plan.warmStart);
        stagesOf(*trainer, m_set, &previous);
        QVERIFY(trainer->lastStats().warmStarted);
        QCOMPARE(int(trainer->lastStats().epochLoss.size()), 2);
        QCOMPARE(trainer->lastStats().trainingPatches, std::int64_t(3 * 128));  // half of 6 normals per epoch
        // A rebuilt normal side (another M_n) never warm-starts.
        trainer->requireRebuild();
        stagesOf(*trainer, m_set, &previous);
        QVERIFY(!trainer->lastStats().warmStarted);
    }

    void scoringCacheSkipsTheKnownBanks() {
        auto trainer = newSession(m_config);
        dmad::TrainingSet unsupervised = m_set;
        unsupervised.anomalies.clear();
        dmad::DmadModel v1, v2;
        stagesOf(*trainer, unsupervised, nullptr, &v1);
        stagesOf(*trainer, m_set, nullptr, &v2);
        auto extractor = dmad::FeatureExtractor::open(m_config);
        auto cache = std::make_shared<dmad::ScoringCache>();
        dmad::Inspector cached1(extractor, v1), cached2(extractor, v2), plain2(extractor, v2);
        cached1.setScoringCache(cache);
        cached2.setScoringCache(cache);
        const std::string image = m_set.anomalies[0].path;
        cached1.inspect(image, false);
        QCOMPARE(cache->misses(), std::size_t(2));  // M_n and M_o searched and remembered
        const double withCache = cached2.inspect(image, false).score;
        QCOMPARE(cache->hits(), std::size_t(2));  // v2 kept both: only M_as U M_p were searched
        // The same neighbours up to float rounding of the two searches.
        QVERIFY(std::abs(withCache - plain2.inspect(image, false).score) < 1e-4 * (1.0 + std::abs(withCache)));

        // Batched: the same scores as one by one; an unreadable file is reported, the rest still scored.
        const std::string missing = m_dir.filePath("missing.png").toStdString();
        const std::vector<std::string> paths = {m_set.normals[1].path, image, missing};
        for (const dmad::Inspector* inspector : {&cached2, &plain2}) {
            const std::vector<dmad::InspectedImage> many = inspector->inspectMany(paths);
            QCOMPARE(many.size(), std::size_t(3));
            QVERIFY(many[0].ok && many[1].ok && !many[2].ok);
            QVERIFY(many[2].error.find("missing.png") != std::string::npos);
            for (int i = 0; i < 2; ++i) {
                const double single = plain2.inspect(paths[std::size_t(i)], false).score;
                QVERIFY(std::abs(many[std::size_t(i)].score.score - single) < 1e-4 * (1.0 + std::abs(single)));
            }
        }

        const std::string file = m_dir.filePath("scoring-cache.bin").toStdString();
        cache->save(file);
        dmad::ScoringCache restored;
        QVERIFY(restored.load(file));
        QCOMPARE(restored.entries(), cache->entries());
        std::filesystem::resize_file(file, std::filesystem::file_size(file) - 3);
        dmad::ScoringCache truncated;
        QVERIFY(!truncated.load(file));
        QCOMPARE(truncated.entries(), std::size_t(0));
    }

    void aRebuildLeavesItsImagesNeighboursInTheCache() {
        auto trainer = newSession(m_config);
        trainer->requireRebuild();
        auto cache = std::make_shared<dmad::ScoringCache>();
        trainer->setScoringCache(cache);
        dmad::TrainingSet unsupervised = m_set;
        unsupervised.anomalies.clear();
        dmad::DmadModel model;
        stagesOf(*trainer, unsupervised, nullptr, &model);
        QCOMPARE(cache->entries(), 2 * unsupervised.normals.size());  // M_n and M_o rows of each normal image
        auto extractor = dmad::FeatureExtractor::open(m_config);
        dmad::Inspector cached(extractor, model), plain(extractor, model);
        cached.setScoringCache(cache);
        const std::size_t stored = cache->misses();  // the trainer's entries count as remembered searches
        for (const auto& normal : unsupervised.normals) {
            const double withCache = cached.inspect(normal.path, false).score;
            const double searched = plain.inspect(normal.path, false).score;
            QVERIFY(std::abs(withCache - searched) < 1e-4 * (1.0 + std::abs(searched)));
        }
        QCOMPARE(cache->hits(), 2 * unsupervised.normals.size());  // neither bank searched
        QCOMPARE(cache->misses(), stored);
        // A retrain that keeps the banks adds nothing: its images' entries are already there.
        stagesOf(*trainer, unsupervised);
        QCOMPARE(cache->entries(), 2 * unsupervised.normals.size());
    }

    void jobEstimateCoversEveryStage() {
        dmad::JobEstimate estimate({{"a", 1.0}, {"b", 2.0}});
        estimate.plan({{"a", 10.0}, {"b", 5.0}, {"c", 0.0}});
        QCOMPARE(estimate.totalSeconds(), 20.0);  // before it starts: 10 x 1 s + 5 x 2 s
        estimate.update("a", 0.0, 0.0);
        estimate.update("a", 0.5, 10.0);  // twice as slow as planned
        QCOMPARE(estimate.etaSeconds(), 10.0 + 10.0);
        QCOMPARE(estimate.fraction(), 10.0 / 30.0);
        estimate.update("b", 0.0, 20.0);  // a took 20 s: the rest is scaled by 2
        QCOMPARE(estimate.etaSeconds(), 20.0);
        QCOMPARE(estimate.rates().at("a"), 2.0);
        estimate.update("b", 0.5, 25.0);  // b runs faster than feared: its own rate wins
        QCOMPARE(estimate.etaSeconds(), 5.0);
        estimate.finish(30.0);
        QCOMPARE(estimate.etaSeconds(), 0.0);
        QCOMPARE(estimate.fraction(), 1.0);
        QCOMPARE(estimate.rates().at("b"), 2.0);

        const std::string file = m_dir.filePath("rates.txt").toStdString();
        dmad::JobEstimate::writeRates(file, estimate.rates());
        { std::ofstream(file, std::ios::app) << "broken line\nx=-1\n"; }
        QCOMPARE(dmad::JobEstimate::readRates(file), estimate.rates());
    }
};

QTEST_GUILESS_MAIN(TrainingStateTest)
#include "training_state_test.moc"
