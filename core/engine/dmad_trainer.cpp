#include "engine/dmad_trainer.h"

#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "engine/method/abnormal_bank.h"
#include "engine/method/device.h"
#include "engine/method/dmad_model_impl.h"
#include "engine/method/model_file.h"
#include "engine/method/normal_bank.h"
#include "engine/method/patch_features_impl.h"
#include "engine/method/patchcore.h"
#include "engine/method/scorer.h"
#include "engine/method/scoring_cache_impl.h"
#include "engine/method/sha256.h"
#include "engine/method/trainer.h"
#include "engine/method/training_state.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <set>

namespace dmad {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kImagesPerSearch = 4;     // images searched together: ~0.5 s, so cancel stays responsive
constexpr std::int64_t kValidationNormals = 32;  // normal images the self-check scores (about a second)
constexpr int kFlipCodes[] = {1, 0, -1};         // cv::flip: about the vertical axis, the horizontal one, both

// One more image a seen anomaly enters as: a quarter turn clockwise or not, then a flip or not.
struct SeenView {
    bool quarterTurn = false;
    std::optional<int> flipCode;  // cv::flip's code; none: not mirrored
};

// The images a seen anomaly enters as besides itself, as BankConfig asks for them.
std::vector<SeenView> extraSeenViews(const BankConfig& banks) {
    std::vector<std::optional<int>> flips{std::nullopt};
    if (banks.seenAnomalyMirrors) flips.insert(flips.end(), std::begin(kFlipCodes), std::end(kFlipCodes));
    std::vector<bool> turns{false};
    if (banks.seenAnomalyQuarterTurns) turns.push_back(true);
    std::vector<SeenView> views;
    for (const bool turn : turns) {
        for (const std::optional<int>& flip : flips) {
            if (turn || flip) views.push_back({turn, flip});
        }
    }
    return views;
}

// How many images a seen anomaly enters as: itself and its extra views.
std::int64_t seenViews(const BankConfig& banks) {
    return 1 + std::int64_t(extraSeenViews(banks).size());
}

// An image or mask as one view shows it; an empty mask stays empty.
cv::Mat viewed(const cv::Mat& image, const SeenView& view) {
    if (image.empty()) return image;
    cv::Mat turned = image;
    if (view.quarterTurn) cv::rotate(image, turned, cv::ROTATE_90_CLOCKWISE);
    if (!view.flipCode) return turned;
    cv::Mat flipped;
    cv::flip(turned, flipped, *view.flipCode);
    return flipped;
}

// Image AUROC as the share of (anomaly, normal) pairs ranked right, ties counting half.
double rankAuroc(const std::vector<double>& anomalous, const std::vector<double>& normal) {
    if (anomalous.empty() || normal.empty()) return 0.5;
    double right = 0.0;
    for (const double a : anomalous)
        for (const double n : normal) right += a > n ? 1.0 : a == n ? 0.5 : 0.0;
    return right / (double(anomalous.size()) * double(normal.size()));
}

std::string nowUtc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

constexpr double kMegabyte = 1024.0 * 1024.0;

std::string fileStamp(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const auto time = std::filesystem::last_write_time(path, ec);
    return path + "|" + std::to_string(ec ? 0 : size) + "|" + std::to_string(ec ? 0 : time.time_since_epoch().count()) +
           "\n";
}

// Reports each stage's progress (throttled), its wall time, and stops on cancel.
class StageClock {
public:
    StageClock(const ProgressCallback& progress, const std::atomic<bool>* cancel, TrainingStats& stats)
        : m_progress(progress), m_cancel(cancel), m_stats(stats), m_started(Clock::now()) {}

    void begin(const std::string& stage, std::int64_t total) {
        checkCancel();
        m_stage = stage;
        m_stageStart = Clock::now();
        report(0, total, true);
    }
    void end() { m_stats.stageSeconds[m_stage] += seconds(m_stageStart); }
    void tick(std::int64_t done, std::int64_t total, bool force = false) {
        checkCancel();
        report(done, total, force);
    }
    void epoch(int epoch, int epochs, std::int64_t done, std::int64_t total, double loss, bool force) {
        checkCancel();
        m_current.epoch = epoch;
        m_current.epochs = epochs;
        if (loss >= 0) {
            m_current.loss = loss;
            m_current.lossEpoch = epoch;
        }
        report(done, total, force);
    }
    void checkCancel() const {
        if (m_cancel && m_cancel->load()) {
            throw EngineError(EngineError::Kind::Cancelled, "Training was cancelled; nothing was written.");
        }
    }
    double total() const { return seconds(m_started); }

private:
    static double seconds(Clock::time_point since) {
        return std::chrono::duration<double>(Clock::now() - since).count();
    }
    void report(std::int64_t done, std::int64_t total, bool force) {
        const auto now = Clock::now();
        if (!m_progress || (!force && now - m_lastReport < std::chrono::milliseconds(100) && done < total)) return;
        m_lastReport = now;
        m_current.stage = m_stage;
        m_current.done = done;
        m_current.total = total;
        m_current.elapsedSeconds = seconds(m_started);
        m_progress(m_current);
    }

    const ProgressCallback& m_progress;
    const std::atomic<bool>* m_cancel;
    TrainingStats& m_stats;
    Clock::time_point m_started, m_stageStart, m_lastReport;
    std::string m_stage;
    TrainingProgress m_current;
};

// Each normal image's category as an index (TrainConfig::pseudoNegativePerCategory).
std::vector<int> normalGroups(const TrainingSet& set) {
    std::map<std::string, int> ids;
    std::vector<int> groups;
    for (const auto& n : set.normals) groups.push_back(ids.emplace(n.category, int(ids.size())).first->second);
    return groups;
}

}  // namespace

struct DmadTrainer::Impl {
    std::shared_ptr<FeatureExtractor> extractor;
    EngineConfig config;
    TrainingStats stats;

    // Kept between calls while bankKey holds: the normal side never changes with new defects.
    method::TrainingStateKey bankKey;
    std::string statePath;          // empty: the normal side lives in memory only
    bool rebuildRequested = false;  // requireRebuild(): ignore memory and the state file once
    method::NormalBank normal;
    torch::Tensor pseudoRows, pseudoSources;  // M_o [Ko, C], [Ko]
    torch::Tensor normalFeatures;             // [In, N, C]
    method::Neighbours normalInNormal;        // [In * N], own image excluded
    method::Neighbours normalInPseudo;        // [In * N]
    int gridHeight = 0, gridWidth = 0;
    // Only between a rebuild's coreset and the end of that train(): each normal patch's nearest row of M_n
    // (own image included, as scoring sees it) and the images' content keys.
    method::CoresetCover normalCover;  // [In * N]
    std::vector<std::string> normalKeys;
    std::shared_ptr<ScoringCache> scoringCache;

    method::TrainingStateKey keyOf(const TrainingSet& set) const;
    bool heldInMemory(const method::TrainingStateKey& key) const;
    RebuildReason reasonFor(const method::TrainingStateKey& key, bool* fromFile) const;
    TrainingPlan plan(const TrainingSet& set, const DmadModel* previous) const;
    bool loadState(const method::TrainingStateKey& key, StageClock& clock);
    void saveState(StageClock& clock);
    torch::Tensor extractAll(const std::vector<std::string>& paths, StageClock& clock, std::int64_t& done,
                             std::int64_t total, std::vector<cv::Size>* sizes,
                             std::vector<std::string>* keys = nullptr);
    torch::Tensor addExtraViews(std::vector<SeenAnomaly>& seen, std::vector<cv::Size>& sizes,
                                const torch::Tensor& features, StageClock& clock, std::int64_t& done,
                                std::int64_t total) const;
    void buildNormalSide(const TrainingSet& set, StageClock& clock);
    void rememberTrainingNeighbours(const DmadModel::Impl& model);
    ValidationCheck validate(const DmadModel::Impl& model, const torch::Tensor& anomalyFeatures,
                             StageClock& clock) const;
    DmadModel train(const TrainingSet& set, const ProgressCallback& progress, const std::atomic<bool>* cancel,
                    const DmadModel* previous);
};

method::TrainingStateKey DmadTrainer::Impl::keyOf(const TrainingSet& set) const {
    const BankConfig& b = config.banks;
    const FeatureConfig& f = extractor->featureConfig();
    method::TrainingStateKey key;
    {
        method::Sha256 h;
        h.update(extractor->backbone().sha256 + "|" + std::to_string(f.imageSize) + "|" +
                 std::to_string(f.maxFeatureDim) + "|" + toString(f.pooling) + "|" + toString(f.resize) +
                 (f.strideFourMap != StrideFourMap::On         ? ""
                  : f.strideFourCells == StrideFourCells::Kept ? "|stride4=kept"
                                                               : "|stride4") +
                 (f.autoLevels == AutoLevels::Peak     ? "|levels"
                  : f.autoLevels == AutoLevels::Median ? "|levels=median"
                                                       : ""));
        key.backbone = h.hexDigest();
    }
    {
        method::Sha256 h;
        h.update(std::to_string(b.normalCoresetRatio) + "|" + std::to_string(b.pseudoCoresetRatio) + "|" +
                 std::to_string(b.beta) + "|" + std::to_string(b.coresetProjectionDim) + "|" +
                 std::to_string(b.coresetMaxCandidates) + "|" + std::to_string(config.training.seed));
        key.settings = h.hexDigest();
    }
    {
        method::Sha256 h;
        for (const auto& n : set.normals) h.update(fileStamp(n.path));
        key.normals = h.hexDigest();
    }
    {
        method::Sha256 h;
        for (const auto& o : set.outliers) h.update(fileStamp(o));
        key.outliers = h.hexDigest();
    }
    return key;
}

bool DmadTrainer::Impl::heldInMemory(const method::TrainingStateKey& key) const {
    return !rebuildRequested && normal.size() > 0 && key.backbone == bankKey.backbone &&
           key.settings == bankKey.settings && key.normals == bankKey.normals && key.outliers == bankKey.outliers;
}

RebuildReason DmadTrainer::Impl::reasonFor(const method::TrainingStateKey& key, bool* fromFile) const {
    *fromFile = false;
    if (rebuildRequested) return RebuildReason::Requested;
    if (heldInMemory(key)) return RebuildReason::None;
    // The state to compare with: the file when there is one, else what memory holds.
    std::optional<method::TrainingStateKey> saved;
    if (!statePath.empty()) {
        std::error_code ec;
        if (std::filesystem::exists(statePath, ec)) {
            saved = method::readTrainingStateKey(statePath);
            if (!saved) return RebuildReason::SavedStateUnreadable;
        }
    }
    if (!saved && normal.size() > 0) saved = bankKey;
    if (!saved) return RebuildReason::NoSavedState;
    if (saved->backbone != key.backbone) return RebuildReason::BackboneChanged;
    if (saved->settings != key.settings) return RebuildReason::SettingsChanged;
    if (saved->normals != key.normals) return RebuildReason::NormalImagesChanged;
    if (saved->outliers != key.outliers) return RebuildReason::OutliersChanged;
    *fromFile = true;
    return RebuildReason::None;
}

TrainingPlan DmadTrainer::Impl::plan(const TrainingSet& set, const DmadModel* previous) const {
    TrainingPlan p;
    const method::TrainingStateKey key = keyOf(set);
    p.reason = reasonFor(key, &p.fromStateFile);
    const FeatureConfig& f = extractor->featureConfig();
    const double in = double(set.normals.size()), io = double(set.outliers.size()),
                 ia = double(set.anomalies.size()) * double(seenViews(config.banks));
    // The grid of a stride-8 map; the real one is known after the first image.
    const double n = gridHeight > 0 ? double(gridHeight) * gridWidth : std::pow(double(f.imageSize) / 8.0, 2.0);
    const double c = double(extractor->backbone().featureDim);
    p.imageUnits = n / 1024.0;
    p.bankUnits = p.imageUnits * config.banks.normalCoresetRatio / BankConfig{}.normalCoresetRatio;
    const double u = p.imageUnits, searched = p.searchUnits();
    const double normalPatches = in * n, kn = normalPatches * config.banks.normalCoresetRatio;
    const double ko = io * n * config.banks.pseudoCoresetRatio;
    const double stateMegabytes =
        (normalPatches * c * 4.0 + (kn + ko) * (c * 4.0 + 8.0) + normalPatches * 24.0) / kMegabyte;
    if (p.fromStateFile) p.stages.push_back({"loading state", stateMegabytes});
    p.stages.push_back({"features", ((p.rebuild() ? in + io : 0.0) + ia) * u});
    if (p.rebuild()) {
        p.stages.push_back({"normal bank", normalPatches * kn / 1e9});
        p.stages.push_back({"pseudo anomalies", io * n * ko / 1e9});
        p.stages.push_back({"neighbours", normalPatches * (kn + ko) / 1e9});
        if (!statePath.empty()) p.stages.push_back({"saving state", stateMegabytes});
    }
    const double seenRows = 2.0 * ia * n * 0.1;  // M_as and M_p: about a tenth of a defect image's patches
    p.stages.push_back({"seen anomalies", ia});
    p.stages.push_back({"anomaly neighbours", (normalPatches * seenRows + ia * n * (kn + ko + seenRows)) / 1e9});
    const TrainConfig& t = config.training;
    p.warmStart = !p.rebuild() && t.warmStartEpochs > 0 && previous && !previous->empty();
    const double perImage = t.patchesPerImage > 0 ? std::min<double>(t.patchesPerImage, n) : n;
    const double epochs = p.warmStart ? t.warmStartEpochs : t.epochs;
    const double images = p.warmStart ? std::max(std::min(in, double(t.batchSize)), std::ceil(in * t.replayShare)) : in;
    // Attention over the image costs about as much as the MLP: its own rate, so a Retrain learns nothing
    // wrong from an unsupervised Train and the other way round.
    const AttentionMode attention = ia > 0 ? t.attentionSemiSupervised : t.attentionUnsupervised;
    p.stages.push_back({"training", epochs * (images + ia) * perImage / 1e6,
                        attention == AttentionMode::OverImage ? "" : "training, attention off"});
    p.stages.push_back({"validation", (std::min<double>(in, double(kValidationNormals)) + ia) * searched});
    p.stages.push_back({"done", 1.0});
    return p;
}

bool DmadTrainer::Impl::loadState(const method::TrainingStateKey& key, StageClock& clock) {
    clock.begin("loading state", 1);
    std::optional<method::TrainingState> state = method::readTrainingState(statePath, [&] { clock.checkCancel(); });
    clock.checkCancel();
    if (!state || state->key.backbone != key.backbone || state->key.settings != key.settings ||
        state->key.normals != key.normals || state->key.outliers != key.outliers ||
        state->normalFeatures.size(2) != extractor->backbone().featureDim) {
        clock.end();
        return false;
    }
    const auto device = method::engineDevice();
    gridHeight = state->gridHeight;
    gridWidth = state->gridWidth;
    normal = method::NormalBank(method::SearchIndex(state->normalRows.to(device), state->normalSources.to(device)));
    pseudoRows = state->pseudoRows.to(device);
    pseudoSources = state->pseudoSources.to(device);
    normalFeatures = state->normalFeatures.to(device);
    normalInNormal = {state->normalInNormal.distances.to(device), state->normalInNormal.indices.to(device)};
    normalInPseudo = {state->normalInPseudo.distances.to(device), state->normalInPseudo.indices.to(device)};
    bankKey = key;
    clock.tick(1, 1, true);
    clock.end();
    return true;
}

void DmadTrainer::Impl::saveState(StageClock& clock) {
    if (statePath.empty()) return;
    clock.begin("saving state", 1);
    method::TrainingState state;
    state.key = bankKey;
    state.gridHeight = gridHeight;
    state.gridWidth = gridWidth;
    state.normalRows = normal.features();
    state.normalSources = normal.index().sources();
    state.pseudoRows = pseudoRows;
    state.pseudoSources = pseudoSources;
    state.normalFeatures = normalFeatures;
    state.normalInNormal = normalInNormal;
    state.normalInPseudo = normalInPseudo;
    try {
        std::error_code ec;
        std::filesystem::create_directories(std::filesystem::path(statePath).parent_path(), ec);
        method::writeTrainingState(statePath, state, [&] { clock.checkCancel(); });
    } catch (const EngineError& e) {
        if (e.kind() == EngineError::Kind::Cancelled) throw;
        // The model does not depend on it: the next session rebuilds instead.
        stats.stateWarning = e.what();
    }
    clock.tick(1, 1, true);
    clock.end();
}

torch::Tensor DmadTrainer::Impl::extractAll(const std::vector<std::string>& paths, StageClock& clock,
                                            std::int64_t& done, std::int64_t total, std::vector<cv::Size>* sizes,
                                            std::vector<std::string>* keys) {
    std::vector<torch::Tensor> features;
    features.reserve(paths.size());
    for (const auto& path : paths) {
        cv::Size size;
        const PatchFeatures q = extractor->extractFile(path, &size);
        if (!torch::isfinite(method::tensorOf(q)).all().item<bool>()) {
            throw EngineError(EngineError::Kind::NonFinite,
                              "The backbone gives NaN or infinite features for image '" + path +
                                  "'; training stopped and no model was written (check the backbone file).");
        }
        if (gridHeight == 0) {
            gridHeight = q.gridHeight();
            gridWidth = q.gridWidth();
        }
        if (q.gridHeight() != gridHeight || q.gridWidth() != gridWidth) {
            throw EngineError(EngineError::Kind::InvalidArgument,
                              "Image '" + path + "' gives a different feature grid.");
        }
        features.push_back(method::tensorOf(q));
        if (sizes) sizes->push_back(size);
        if (keys) keys->push_back(q.impl()->contentKey);
        clock.tick(++done, total);
    }
    return torch::stack(features, 0);  // [I, N, C]
}

// Appends each seen anomaly's extra views (mirror images, quarter turns) with their masks turned and mirrored
// alike. The images are transformed before the backbone: a feature map's channels have no such symmetry. Not
// cached: they are a few images, and the feature cache is keyed by file content.
torch::Tensor DmadTrainer::Impl::addExtraViews(std::vector<SeenAnomaly>& seen, std::vector<cv::Size>& sizes,
                                               const torch::Tensor& features, StageClock& clock, std::int64_t& done,
                                               std::int64_t total) const {
    const std::vector<SeenView> views = extraSeenViews(config.banks);
    const std::size_t originals = seen.size();
    std::vector<torch::Tensor> all{features};  // [Ia, N, C]
    for (std::size_t a = 0; a < originals; ++a) {
        const cv::Mat rgb = readImageRgb(seen[a].path);
        for (const SeenView& view : views) {
            const torch::Tensor q = method::tensorOf(extractor->extract(viewed(rgb, view)));  // [N, C]
            if (q.sizes() != features[0].sizes()) {
                throw EngineError(EngineError::Kind::InvalidArgument, "A turned or mirrored copy of '" + seen[a].path +
                                                                          "' gives a different feature grid.");
            }
            all.push_back(q.unsqueeze(0));
            seen.push_back({seen[a].path, seen[a].category, viewed(seen[a].mask, view)});
            sizes.push_back(view.quarterTurn ? cv::Size(sizes[a].height, sizes[a].width) : sizes[a]);
            clock.tick(++done, total);
        }
    }
    return torch::cat(all, 0);  // [seenViews * Ia, N, C]
}

void DmadTrainer::Impl::buildNormalSide(const TrainingSet& set, StageClock& clock) {
    bankKey = {};
    const std::int64_t in = std::int64_t(set.normals.size());
    const std::int64_t n = normalFeatures.size(1), c = normalFeatures.size(2);
    const auto device = normalFeatures.device();
    const torch::Tensor all = normalFeatures.reshape({-1, c});  // [In * N, C]
    const torch::Tensor sources =
        torch::arange(in, torch::TensorOptions().dtype(torch::kLong).device(device)).repeat_interleave(n);  // [In * N]

    clock.begin("normal bank", 1);
    normal = method::NormalBank::build(
        all, sources, config.banks, config.training.seed, [&](std::int64_t d, std::int64_t t) { clock.tick(d, t); },
        &normalCover);
    clock.end();

    clock.begin("pseudo anomalies", 1);
    std::vector<torch::Tensor> fused, fusedSources;
    std::mt19937_64 rng(config.training.seed + 1);
    std::uniform_int_distribution<std::int64_t> pickNormal(0, in - 1);
    std::int64_t done = 0;
    const std::int64_t total = std::int64_t(set.outliers.size());
    for (const auto& path : set.outliers) {
        const torch::Tensor xo = method::tensorOf(extractor->extractFile(path));  // cached after "features"
        const std::int64_t partner = pickNormal(rng);
        fused.push_back(method::fusePseudoAnomaly(xo, normalFeatures[partner], config.banks.beta));
        fusedSources.push_back(torch::full({n}, partner, torch::TensorOptions().dtype(torch::kLong).device(device)));
        clock.tick(++done, total);
    }
    method::AbnormalBank pseudo;
    pseudo.buildPseudo(torch::cat(fused, 0), torch::cat(fusedSources, 0), config.banks, config.training.seed + 2,
                       [&](std::int64_t d, std::int64_t t) { clock.tick(d, t); });
    pseudoRows = pseudo.pseudo();
    pseudoSources = pseudo.pseudoIndex().sources();
    clock.end();

    clock.begin("neighbours", in);
    const method::SearchIndex pseudoIndex = pseudo.pseudoIndex();
    std::vector<method::Neighbours> inNormal, inPseudo;
    for (std::int64_t i = 0; i < in; i += kImagesPerSearch) {
        const std::int64_t e = std::min(in, i + kImagesPerSearch);
        const torch::Tensor q = normalFeatures.slice(0, i, e).reshape({-1, c});
        const torch::Tensor src = sources.slice(0, i * n, e * n);
        inNormal.push_back(normal.nearestFromOtherImages(q, src, normalCover, i * n));
        inPseudo.push_back(pseudoIndex.search(q, src));
        clock.tick(e, in);
    }
    auto join = [](const std::vector<method::Neighbours>& parts) {
        std::vector<torch::Tensor> d, i;
        for (const auto& p : parts) {
            d.push_back(p.distances);
            i.push_back(p.indices);
        }
        return method::Neighbours{torch::cat(d), torch::cat(i)};
    };
    normalInNormal = join(inNormal);
    normalInPseudo = join(inPseudo);
    clock.end();
}

// Scoring a training image would search M_n and M_o for what this rebuild already knows: M_n's nearest rows
// from the coreset's cover; M_o's from the neighbours stage, which excluded the pseudo anomalies fused onto
// the image itself (a handful of rows), so those are compared here. Both go to the cache.
void DmadTrainer::Impl::rememberTrainingNeighbours(const DmadModel::Impl& model) {
    const std::int64_t in = normalFeatures.size(0), n = normalFeatures.size(1);
    if (!scoringCache || !normalCover.defined() || normalKeys.size() != std::size_t(in)) return;
    const torch::Tensor nearestNormal = normalCover.nearest.reshape({in, n});  // [In, N]
    const torch::Tensor pseudoDistances = normalInPseudo.distances.reshape({in, n}).to(torch::kCPU);
    const torch::Tensor pseudoIndices = normalInPseudo.indices.reshape({in, n}).to(torch::kCPU);
    // Only groups M_o's rows by normal image: no search, so no bound to build.
    const method::SearchIndex pseudoBySource(pseudoRows, pseudoSources, method::SearchIndex::Pruning::Off);
    for (std::int64_t i = 0; i < in; ++i) {
        const std::string& key = normalKeys[std::size_t(i)];
        if (key.empty()) continue;
        scoringCache->impl().store(ScoringCache::Impl::keyOf(model.normalDigest, key), nearestNormal[i].clone());
        if (model.pseudoDigest.empty()) continue;
        method::Neighbours pseudo{pseudoDistances[i].clone(), pseudoIndices[i].clone()};
        if (const torch::Tensor own = pseudoBySource.rowsOf(i); own.numel() > 0) {
            const method::Neighbours inOwn =
                method::SearchIndex(pseudoRows.index_select(0, own)).search(normalFeatures[i]);
            pseudo = method::closerOf(
                pseudo, {inOwn.distances.to(torch::kCPU), own.index_select(0, inOwn.indices).to(torch::kCPU)}, 0);
        }
        scoringCache->impl().store(ScoringCache::Impl::keyOf(model.pseudoDigest, key), pseudo.indices,
                                   pseudo.distances);
    }
}

DmadModel DmadTrainer::Impl::train(const TrainingSet& set, const ProgressCallback& progress,
                                   const std::atomic<bool>* cancel, const DmadModel* previous) {
    if (set.normals.empty()) {
        throw EngineError(EngineError::Kind::InvalidArgument, "Training needs at least one normal image.");
    }
    if (set.outliers.empty()) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "Training needs outlier texture images for the pseudo anomalies (M_o).");
    }
    if (previous && !previous->empty()) previous->checkCompatible(*extractor);
    torch::NoGradGuard noGrad;  // the loop enables gradients where it needs them
    stats = TrainingStats{};
    StageClock clock(progress, cancel, stats);
    normalCover = {};
    normalKeys.clear();

    const method::TrainingStateKey key = keyOf(set);
    bool fromFile = false;
    const RebuildReason reason = reasonFor(key, &fromFile);
    bool reuse = reason == RebuildReason::None;
    if (reuse && fromFile) {
        stats.loadedState = loadState(key, clock);
        reuse = stats.loadedState;  // a file that failed its checks: rebuilt after all
    }
    rebuildRequested = false;
    stats.reusedNormalBank = reuse;

    // Features: normals and outliers only when the normal side is rebuilt; seen anomalies always.
    std::vector<SeenAnomaly> seenAnomalies = set.anomalies;  // with their extra views when asked for
    const std::int64_t seenFiles = std::int64_t(seenAnomalies.size());
    const std::int64_t featureTotal =
        (reuse ? 0 : std::int64_t(set.normals.size() + set.outliers.size())) + seenFiles * seenViews(config.banks);
    clock.begin("features", featureTotal);
    std::int64_t done = 0;
    if (!reuse) {
        gridHeight = gridWidth = 0;
        std::vector<std::string> paths;
        for (const auto& n : set.normals) paths.push_back(n.path);
        normalFeatures = extractAll(paths, clock, done, featureTotal, nullptr, &normalKeys);
        extractAll(set.outliers, clock, done, featureTotal, nullptr);  // fills the cache for the fusion
    }
    std::vector<std::string> anomalyPaths;
    for (const auto& a : set.anomalies) anomalyPaths.push_back(a.path);
    std::vector<cv::Size> anomalySizes;
    torch::Tensor anomalyFeatures =
        seenFiles > 0 ? extractAll(anomalyPaths, clock, done, featureTotal, &anomalySizes) : torch::Tensor();
    if (seenViews(config.banks) > 1 && seenFiles > 0)
        anomalyFeatures = addExtraViews(seenAnomalies, anomalySizes, anomalyFeatures, clock, done, featureTotal);
    const std::int64_t ia = std::int64_t(seenAnomalies.size());  // anomalyFeatures: [Ia, N, C]
    clock.end();

    if (!reuse) {
        buildNormalSide(set, clock);
        bankKey = key;
        saveState(clock);
    }
    const std::int64_t in = normalFeatures.size(0), n = normalFeatures.size(1), c = normalFeatures.size(2);
    const auto device = normalFeatures.device();

    // Seen anomalies: M_as through the Filter (or the most anomalous patches for image-level labels), then M_p.
    clock.begin("seen anomalies", ia);
    method::AbnormalBank abnormal;
    abnormal.setPseudo(pseudoRows, pseudoSources);
    std::vector<torch::Tensor> anomalyPatches;
    const bool perCategory = config.banks.seenRules == SeenAnomalyRules::PerCategory;
    std::vector<int> anomalyCategory;  // [Ia]: index of the anomaly's category among the seen ones
    std::vector<torch::Tensor> seenGroups;
    {
        std::map<std::string, int> ids;
        for (const SeenAnomaly& seen : seenAnomalies)
            anomalyCategory.push_back(ids.emplace(seen.category, int(ids.size())).first->second);
    }
    for (std::int64_t a = 0; a < ia; ++a) {
        const SeenAnomaly& seen = seenAnomalies[std::size_t(a)];
        const torch::Tensor q = anomalyFeatures[a];  // [N, C]
        torch::Tensor keep;
        if (!seen.mask.empty() && seen.mask.size() != anomalySizes[std::size_t(a)]) {
            throw EngineError(EngineError::Kind::MaskMismatch,
                              "The mask of '" + seen.path + "' is " + std::to_string(seen.mask.cols) + "x" +
                                  std::to_string(seen.mask.rows) + " but the image is " +
                                  std::to_string(anomalySizes[std::size_t(a)].width) + "x" +
                                  std::to_string(anomalySizes[std::size_t(a)].height) + ".");
        }
        if (!seen.mask.empty() && cv::countNonZero(seen.mask) > 0) {
            keep = method::filterAnomalousPatches(seen.mask, gridHeight, gridWidth, config.banks.filterThreshold,
                                                  perCategory);
        } else {
            // Image-level label only: the patches the current model (or M_n's distance) finds most anomalous.
            const torch::Tensor scores = previous && !previous->empty() ? previous->impl()->patchScores(q)
                                                                        : method::patchCoreScores(q, normal.index());
            const std::int64_t k = std::clamp<std::int64_t>(config.banks.unlabelledDefectPatches, 1, n);
            keep = std::get<1>(scores.topk(k));
        }
        keep = keep.to(device);
        abnormal.addSeen(q.index_select(0, keep), in + a);
        anomalyPatches.push_back(keep);
        seenGroups.push_back(torch::full({keep.size(0)}, std::int64_t(anomalyCategory[std::size_t(a)]), torch::kLong));
        clock.tick(a + 1, ia);
    }
    if (perCategory && !seenGroups.empty()) {
        abnormal.sampleAroundGroupCentres(torch::cat(seenGroups), config.banks.centreNoiseStd,
                                          config.training.seed + 3);
    } else {
        abnormal.sampleAroundCentre(config.banks.centreNoiseStd, config.training.seed + 3);
    }
    clock.end();

    // Neighbours of the normal patches in M_a = nearest of (M_o, cached) and (M_as U M_p, new).
    clock.begin("anomaly neighbours", in + ia);
    method::TrainingData data;
    data.normalFeatures = normalFeatures;
    data.normalNn = normalInNormal.indices.reshape({in, n});
    method::Neighbours normalInAbnormal = normalInPseudo;
    const method::SearchIndex seenIndex = abnormal.seenAndSampledIndex();
    if (seenIndex.size() > 0) {
        // Most normal patches lie nearer to M_o than to any seen anomaly: M_o's distance rules those rows out.
        std::vector<torch::Tensor> d, i;
        for (std::int64_t s = 0; s < in; s += kImagesPerSearch) {
            const std::int64_t e = std::min(in, s + kImagesPerSearch);
            const method::Neighbours known = {normalInPseudo.distances.slice(0, s * n, e * n),
                                              normalInPseudo.indices.slice(0, s * n, e * n)};
            const auto found = seenIndex.searchCloserThan(normalFeatures.slice(0, s, e).reshape({-1, c}), known,
                                                          abnormal.pseudoSize());
            d.push_back(found.distances);
            i.push_back(found.indices);
            clock.tick(e, in + ia);
        }
        normalInAbnormal = {torch::cat(d), torch::cat(i)};
    }
    data.normalNa = normalInAbnormal.indices.reshape({in, n});
    const method::SearchIndex abnormalIndex = abnormal.index();
    if (ia > 0) {
        std::vector<torch::Tensor> nn, na;
        for (std::int64_t a = 0; a < ia; ++a) {
            const torch::Tensor src =
                torch::full({n}, in + a, torch::TensorOptions().dtype(torch::kLong).device(device));
            nn.push_back(normal.index().search(anomalyFeatures[a]).indices);
            na.push_back(abnormalIndex.search(anomalyFeatures[a], src).indices);
            clock.tick(in + a + 1, in + ia);
        }
        data.anomalyFeatures = anomalyFeatures;
        data.anomalyNn = torch::stack(nn);
        data.anomalyNa = torch::stack(na);
        data.anomalyPatches = anomalyPatches;
        if (perCategory) data.anomalyGroup = anomalyCategory;
    }
    data.normalBank = normal.features();
    data.abnormalBank = abnormalIndex.rows();
    if (config.scoring.localNormalScale == LocalNormalScale::Neighbourhood)
        data.normalScales = normal.neighbourhoodScales(normalInNormal);
    const bool byCategory = config.scoring.localNormalScale == LocalNormalScale::Category;
    const torch::Tensor categoryScales =
        byCategory || config.training.pseudoNegativePerCategory
            ? method::groupNoiseScales(normalInNormal.distances.reshape({in, n}), normalGroups(set))  // [In]
            : torch::Tensor();
    if (byCategory) data.normalScales = normal.categoryScales(categoryScales);
    if (config.training.pseudoNegativePerCategory) data.noiseScales = categoryScales;
    clock.end();

    // Training the enhancer and the mapper.
    const Setting setting = ia > 0 ? Setting::SemiSupervised : Setting::Unsupervised;
    const TrainConfig& t = config.training;
    const double lambda1 = t.lambda1 >= 0 ? t.lambda1 : (setting == Setting::SemiSupervised ? 0.5 : 1.0);
    const double lambda2 = t.lambda2 >= 0 ? t.lambda2 : (setting == Setting::SemiSupervised ? 15.0 : 0.0);
    const AttentionMode attention =
        setting == Setting::SemiSupervised ? t.attentionSemiSupervised : t.attentionUnsupervised;
    // The w this setting's model is scored with (recorded in it below); Psi is trained beside it unless the
    // training names its own.
    const double scoringWeight =
        setting == Setting::Unsupervised && config.scoring.unsupervisedNormalDistanceWeight >= 0
            ? config.scoring.unsupervisedNormalDistanceWeight
            : config.scoring.normalDistanceWeight;
    const double trainedBeside = t.normalDistanceWeight >= 0 ? t.normalDistanceWeight : scoringWeight;
    clock.begin("training", 1);
    method::TrainedHead head;
    {
        torch::AutoGradMode withGrad(true);
        const auto onStep = [&](const method::StepReport& r) {
            clock.epoch(r.epoch, r.epochs, r.step, r.steps, r.epochLoss, r.epochLoss >= 0);
        };
        // Only a head trained on this very M_n knows the neighbours it will see.
        const bool warm = reuse && t.warmStartEpochs > 0 && previous && !previous->empty() &&
                          previous->impl()->normalDigest == method::digestOfRows(normal.features());
        if (warm) {
            method::TrainedHead start;
            start.enhancer = previous->impl()->enhancer;
            start.mapper = previous->impl()->mapper;
            try {
                head = method::trainHead(data, t, attention, lambda1, lambda2, trainedBeside, onStep, &start);
                stats.warmStarted = true;
            } catch (const EngineError& e) {
                if (e.kind() != EngineError::Kind::ModelMismatch) throw;  // another MLP width: from scratch
            }
        }
        if (!stats.warmStarted) {
            head = method::trainHead(data, t, attention, lambda1, lambda2, trainedBeside, onStep);
        }
    }
    clock.end();
    stats.epochLoss = head.epochLoss;
    stats.trainingPatches = head.patchesPerEpoch;

    auto model = std::make_shared<DmadModel::Impl>();
    model->info.formatVersion = method::kModelFormatVersion;
    model->info.setting = setting;
    model->info.backbone = extractor->backbone();
    model->info.config = config;
    model->info.config.features = extractor->featureConfig();
    model->info.config.scoring.normalDistanceWeight = scoringWeight;
    std::set<std::string> categories;
    for (const auto& x : set.normals) categories.insert(x.category);
    for (const auto& x : set.anomalies) categories.insert(x.category);
    model->info.categories.assign(categories.begin(), categories.end());
    model->info.finalLoss = head.epochLoss.empty() ? 0.0 : head.epochLoss.back();
    model->info.createdUtc = nowUtc();
    model->attention = attention;
    model->normal = method::NormalBank(method::SearchIndex(normal.features()));
    model->normal.setRowScales(data.normalScales);
    model->abnormal.setParts(abnormal.pseudo(), abnormal.seen(), abnormal.sampled());
    model->enhancer = head.enhancer;
    model->mapper = head.mapper;
    model->finalise();
    rememberTrainingNeighbours(*model);
    normalCover = {};  // [In * N] twice: not kept beyond this call
    normalKeys.clear();

    // The self-check ranks the labelled images themselves, not their extra views.
    stats.validation =
        validate(*model, seenFiles > 0 ? anomalyFeatures.slice(0, 0, seenFiles) : anomalyFeatures, clock);

    clock.begin("done", 1);
    clock.tick(1, 1, true);
    clock.end();
    return DmadModel(model);
}

ValidationCheck DmadTrainer::Impl::validate(const DmadModel::Impl& model, const torch::Tensor& anomalyFeatures,
                                            StageClock& clock) const {
    const std::int64_t in = normalFeatures.size(0);
    const std::int64_t ia = anomalyFeatures.defined() ? anomalyFeatures.size(0) : 0;
    const std::int64_t sampled = std::min<std::int64_t>(in, kValidationNormals);
    clock.begin("validation", sampled + ia);
    auto imageScore = [&](const torch::Tensor& q, bool patchCore) {
        const torch::Tensor s = patchCore ? method::patchCoreScores(q, model.normal.index()) : model.patchScores(q);
        if (!torch::isfinite(s).all().item<bool>()) {
            throw EngineError(EngineError::Kind::NonFinite,
                              "The trained model gives NaN or infinite scores on its own training images; "
                              "no model was written.");
        }
        return method::scorePatches(s, gridHeight, gridWidth, cv::Size(), config.scoring).score;
    };
    std::vector<double> normalDmad, normalCore, anomalyDmad, anomalyCore;
    for (std::int64_t k = 0; k < sampled; ++k) {
        const torch::Tensor q = normalFeatures[k * in / sampled];  // spread over the whole set
        normalDmad.push_back(imageScore(q, false));
        if (ia > 0) normalCore.push_back(imageScore(q, true));
        clock.tick(k + 1, sampled + ia);
    }
    for (std::int64_t a = 0; a < ia; ++a) {
        anomalyDmad.push_back(imageScore(anomalyFeatures[a], false));
        anomalyCore.push_back(imageScore(anomalyFeatures[a], true));
        clock.tick(sampled + a + 1, sampled + ia);
    }
    clock.end();

    return rankingCheck(anomalyDmad, normalDmad, anomalyCore, normalCore);
}

ValidationCheck rankingCheck(const std::vector<double>& anomalyDmad, const std::vector<double>& normalDmad,
                             const std::vector<double>& anomalyPatchCore, const std::vector<double>& normalPatchCore) {
    ValidationCheck check;
    if (anomalyDmad.empty() || normalDmad.empty()) return check;
    check.ran = true;
    check.anomalies = int(anomalyDmad.size());
    check.normals = int(normalDmad.size());
    check.dmadAuroc = rankAuroc(anomalyDmad, normalDmad);
    check.patchCoreAuroc = rankAuroc(anomalyPatchCore, normalPatchCore);
    check.inverted = check.dmadAuroc < 0.5;
    if (check.inverted) {
        char text[320];
        std::snprintf(text, sizeof(text),
                      "the model ranks its own %d seen anomalies below its normal training images (DMAD image "
                      "AUROC %.2f on %d normal images, PatchCore %.2f): do not use it unchecked",
                      check.anomalies, check.dmadAuroc, check.normals, check.patchCoreAuroc);
        check.message = text;
    }
    return check;
}

DmadTrainer::DmadTrainer(std::shared_ptr<FeatureExtractor> extractor, EngineConfig config)
    : m_impl(std::make_unique<Impl>()) {
    if (!extractor) throw EngineError(EngineError::Kind::InvalidArgument, "The trainer needs a feature extractor.");
    m_impl->extractor = std::move(extractor);
    m_impl->config = std::move(config);
}

DmadTrainer::~DmadTrainer() = default;

DmadModel DmadTrainer::train(const TrainingSet& set, const ProgressCallback& progress, const std::atomic<bool>* cancel,
                             const DmadModel* previous) {
    return m_impl->train(set, progress, cancel, previous);
}

TrainingPlan DmadTrainer::plan(const TrainingSet& set, const DmadModel* previous) const {
    return m_impl->plan(set, previous);
}

void DmadTrainer::setStateFile(std::string path) {
    m_impl->statePath = std::move(path);
}

void DmadTrainer::setScoringCache(std::shared_ptr<ScoringCache> cache) {
    m_impl->scoringCache = std::move(cache);
}

void DmadTrainer::requireRebuild() {
    m_impl->rebuildRequested = true;
}

const char* toString(RebuildReason reason) {
    switch (reason) {
    case RebuildReason::None: return "reused";
    case RebuildReason::Requested: return "a training from nothing was requested";
    case RebuildReason::NoSavedState: return "no saved state (first training of this project)";
    case RebuildReason::SavedStateUnreadable: return "the saved state cannot be read";
    case RebuildReason::BackboneChanged:
        return "the backbone or the feature settings (input size, pooling, resize) changed";
    case RebuildReason::SettingsChanged: return "the bank settings changed";
    case RebuildReason::NormalImagesChanged: return "the normal images changed";
    case RebuildReason::OutliersChanged: return "the outlier textures changed";
    }
    return "unknown";
}

const TrainingStats& DmadTrainer::lastStats() const {
    return m_impl->stats;
}
EngineConfig& DmadTrainer::config() {
    return m_impl->config;
}

}  // namespace dmad
