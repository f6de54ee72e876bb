#include "evaluation/protocol.h"

#include "engine/atomic_file.h"
#include "engine/config_text.h"
#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/engine_error.h"
#include "engine/feature_extractor.h"
#include "engine/image_io.h"
#include "engine/patchcore_baseline.h"
#include "engine/runtime.h"
#include "engine/scoring_cache.h"
#include "evaluation/kshot_split.h"
#include "evaluation/mvtec_dataset.h"
#include "evaluation/report.h"
#include "evaluation/validation_split.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace dmad::eval {
namespace {

class Stopwatch {
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
};

void throwIfCancelled(const std::atomic<bool>* cancel) {
    if (cancel && cancel->load()) throw EngineError(EngineError::Kind::Cancelled, "evaluation cancelled");
}

// The process's peak resident memory in MiB (Linux: VmHWM), 0 where the platform does not say.
double peakRssMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // "VmHWM:  123456 kB"
    return 0.0;
}

std::map<std::string, std::string> settingsAsMap(const EngineConfig& config) {
    std::map<std::string, std::string> settings;
    std::istringstream lines(configToText(config));
    std::string line;
    while (std::getline(lines, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        auto trim = [](std::string s) {
            s.erase(0, s.find_first_not_of(" \t"));
            s.erase(s.find_last_not_of(" \t\r") + 1);
            return s;
        };
        settings[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    }
    return settings;
}

// Everything the runs share: data, features, masks, the trainer (which keeps M_n and M_o between runs).
struct Context {
    Context(const ProtocolConfig& c, const ProtocolProgressCallback& p, const std::atomic<bool>* k)
        : config(c), progress(p), cancel(k) {}

    const ProtocolConfig& config;
    const ProtocolProgressCallback& progress;
    const std::atomic<bool>* cancel;
    std::vector<CategoryDataset> datasets;
    std::vector<std::string> outliers;
    std::shared_ptr<FeatureExtractor> extractor;
    // Test images' nearest normal neighbours: every run that keeps M_n (same model seed) reuses them.
    ScoringCache normalNeighbours;
    std::map<std::string, cv::Size> imageSizes;  // test image path -> size
    std::map<std::string, cv::Mat> masks;        // mask path -> CV_8U at its image's size
    std::set<std::string> emptyMaskImages;       // anomalies whose mask marks nothing: never drawn as seen
    std::map<std::string, int> strides;          // category -> pixel subsampling stride
    std::unique_ptr<ScoreCsvWriter> csv;
    std::map<std::string, ImageScore> patchCoreScores;  // valid for the current M_n only
    // PatchCore's own extractor and bank when DMAD's features are not PatchCore's (the stride-4 map); null:
    // PatchCore scores from DMAD's M_n.
    std::shared_ptr<FeatureExtractor> patchCoreExtractor;
    std::optional<PatchCoreBaseline> patchCore;
    std::uint64_t patchCoreSeed = 0;
    // The validation model's trainer (it keeps its own M_n and M_o between runs) and neighbour cache.
    std::unique_ptr<DmadTrainer> validationTrainer;
    ScoringCache validationNeighbours;

    void report(const std::string& stage, const std::string& detail, std::int64_t done, std::int64_t total) const {
        if (progress) progress({stage, detail, done, total});
    }
};

void extractTestFeatures(Context& ctx) {
    std::int64_t total = 0, done = 0;
    for (const CategoryDataset& ds : ctx.datasets) total += static_cast<std::int64_t>(ds.test.size());
    for (const CategoryDataset& ds : ctx.datasets) {
        std::int64_t pixels = 0;
        for (const TestImage& t : ds.test) {
            throwIfCancelled(ctx.cancel);
            cv::Size size;
            ctx.extractor->extractFile(t.path, &size);
            ctx.imageSizes[t.path] = size;
            pixels += static_cast<std::int64_t>(size.area());
            if (++done % 25 == 0 || done == total) ctx.report("features", ds.name, done, total);
        }
        ctx.strides[ds.name] = pixelStride(pixels, ctx.config.maxPixelsPerCategory);
    }
}

void readMasks(Context& ctx) {
    for (const CategoryDataset& ds : ctx.datasets) {
        for (const TestImage& t : ds.test) {
            if (t.maskPath.empty()) continue;
            cv::Mat mask = readMask(t.maskPath, ctx.imageSizes.at(t.path));  // MaskMismatch names the file
            if (cv::countNonZero(mask) == 0) ctx.emptyMaskImages.insert(t.path);
            ctx.masks[t.maskPath] = std::move(mask);
        }
        ctx.report("masks", ds.name, 0, 0);
    }
}

fs::path mapPath(const Context& ctx, const std::string& method, int shots, std::uint64_t seed,
                 const std::string& category, const TestImage& t) {
    return fs::path(ctx.config.outputDir) / "maps" / method / (settingName(shots) + "_seed" + std::to_string(seed)) /
           category / t.defectType / (fs::path(t.path).stem().string() + ".tiff");
}

// PatchCore looks at M_n only, which stays the same while the trainer reuses it (same seed, other
// settings): its scores are kept until a run builds a new M_n (or a new bank of its own).
ImageScore patchCoreScore(Context& ctx, const DmadModel& model, const std::string& path, cv::Size mapSize) {
    const auto hit = ctx.patchCoreScores.find(path);
    if (hit != ctx.patchCoreScores.end() && hit->second.anomalyMap.size() == mapSize) return hit->second;
    ImageScore s = ctx.patchCore ? ctx.patchCore->scoreFile(path, mapSize)
                                 : model.scorePatchCore(ctx.extractor->extractFile(path), mapSize);
    ctx.patchCoreScores[path] = s;
    return s;
}

// PatchCore is the stride-8 and stride-16 maps: when DMAD's features add the stride-4 map, the baseline gets
// its own extractor and its own normal bank on PatchCore's features, built as M_n is (same ratio and seed).
void preparePatchCore(Context& ctx, const TrainingSet& set, std::uint64_t modelSeed) {
    if (!ctx.config.patchCore || !ctx.patchCoreExtractor) return;
    if (ctx.patchCore && ctx.patchCoreSeed == modelSeed) return;
    std::vector<std::string> normals;
    for (const NormalImage& n : set.normals) normals.push_back(n.path);
    ctx.patchCore.reset();
    ctx.patchCoreScores.clear();
    ctx.patchCore = PatchCoreBaseline::build(
        ctx.patchCoreExtractor, normals, ctx.config.engine.banks, modelSeed,
        [&](std::int64_t done, std::int64_t total) {
            if (done % 100 == 0 || done == total) ctx.report("PatchCore bank", "normal images", done, total);
        },
        ctx.cancel);
    ctx.patchCoreSeed = modelSeed;
}

MethodResult evaluateMethod(Context& ctx, const DmadModel& model, const std::string& method, const CategoryDataset& ds,
                            const std::vector<TestImage>& test, int shots, std::uint64_t seed) {
    const Stopwatch watch;
    const bool pixel = ds.hasMasks;
    const bool wantMap = pixel || ctx.config.writeMaps;
    PixelMetricsAccumulator pixels(ctx.strides.at(ds.name));
    std::vector<double> scores;
    std::vector<int> labels;
    std::int64_t done = 0;
    for (const TestImage& t : test) {
        throwIfCancelled(ctx.cancel);
        const cv::Size size = ctx.imageSizes.at(t.path);
        const cv::Size mapSize = wantMap ? size : cv::Size();
        const ImageScore s = method == kMethodDmad
                                 ? model.score(ctx.extractor->extractFile(t.path), mapSize, &ctx.normalNeighbours)
                                 : patchCoreScore(ctx, model, t.path, mapSize);
        scores.push_back(s.score);
        labels.push_back(t.anomalous ? 1 : 0);
        ctx.csv->write({ds.name, t.path, t.anomalous ? 1 : 0, t.defectType, s.score, method, shots, seed});
        if (pixel) {
            const cv::Mat mask = t.anomalous ? ctx.masks.at(t.maskPath) : cv::Mat::zeros(size, CV_8U);
            pixels.add(s.anomalyMap, mask);
        }
        if (ctx.config.writeMaps) {
            const fs::path out = mapPath(ctx, method, shots, seed, ds.name, t);
            fs::create_directories(out.parent_path());
            writeImageAtomically(out.string(), s.anomalyMap);
        }
        if (++done % 50 == 0 || done == static_cast<std::int64_t>(test.size()))
            ctx.report("scoring", ds.name + " " + method, done, static_cast<std::int64_t>(test.size()));
    }
    ctx.csv->flush();

    MethodResult r;
    const bool bothClasses =
        std::count(labels.begin(), labels.end(), 1) > 0 && std::count(labels.begin(), labels.end(), 0) > 0;
    if (bothClasses) {
        r.image = rankingMetrics(scores, labels);
        r.imageDefined = true;
    }
    if (pixel && pixels.regionCount() > 0) {
        r.pixel = pixels.compute(ctx.config.maxFpr);
        r.hasPixel = true;
    }
    r.scoreSeconds = watch.seconds();
    return r;
}

struct ValidationSample {
    std::string category;
    PatchFeatures q;
    cv::Mat mask;  // at the map's size (CV_8U, 255 = defect); all zero for a normal image
    bool anomalous = false;
    int half = 0;      // 0 or 1: each category's normals, synthetic and seen anomalies are dealt alternately
    ScoreTerms terms;  // of the validation model: every candidate scoring is a sum of these
};

// Features and masks of the validation images; maps at most mapSide pixels on the longer side, since the
// choice needs the ranking of pixels, not the full resolution, and is made once per candidate.
std::vector<ValidationSample> extractValidation(Context& ctx, const ValidationSplit& split, const std::string& label) {
    std::vector<ValidationSample> samples;
    const int side = std::max(16, ctx.config.validation.mapSide);
    std::int64_t done = 0;
    std::map<std::pair<std::string, int>, int> dealt;  // per (category, kind): images so far
    for (const ValidationImage& image : split.images) {
        throwIfCancelled(ctx.cancel);
        const int kind = image.synthetic ? 2 : image.anomalous ? 1 : 0;
        const int half = dealt[{image.category, kind}]++ % 2;
        cv::Mat mask;
        const cv::Mat rgb = validationPixels(image, mask);
        const double scale = std::min(1.0, double(side) / double(std::max(rgb.cols, rgb.rows)));
        const cv::Size mapSize(std::max(1, int(std::lround(rgb.cols * scale))),
                               std::max(1, int(std::lround(rgb.rows * scale))));
        cv::Mat small;
        cv::resize(mask, small, mapSize, 0, 0, cv::INTER_NEAREST);
        samples.push_back({image.category, ctx.extractor->extract(rgb), small, image.anomalous, half, {}});
        if (++done % 25 == 0) ctx.report("validation", label + ": features", done, std::int64_t(split.images.size()));
    }
    return samples;
}

// Mean over the categories of one figure; a category counts when it has a value.
double meanOf(const std::map<std::string, double>& perCategory) {
    if (perCategory.empty()) return 0.0;
    double sum = 0.0;
    for (const auto& [category, value] : perCategory) sum += value;
    return sum / double(perCategory.size());
}

// What one group of validation images (the whole split or one half) gives for one (w, v): per k and category the
// image scores with their labels, per category the pixel maps.
struct FigureInputs {
    std::vector<std::map<std::string, std::pair<std::vector<double>, std::vector<int>>>> images;  // [k][category]
    std::map<std::string, PixelMetricsAccumulator> pixels;
};

// Pixel AUROC and PRO per category that has defect pixels.
std::map<std::string, PixelMetrics> pixelFiguresOf(const FigureInputs& in, double maxFpr) {
    std::map<std::string, PixelMetrics> figures;
    for (const auto& [category, accumulator] : in.pixels)
        if (accumulator.regionCount() > 0) figures[category] = accumulator.compute(maxFpr);
    return figures;
}

// A category counts for a figure when its images hold both classes (image) and defect pixels (pixel, PRO).
ValidationFigures figuresOf(const FigureInputs& in, std::size_t k, const std::map<std::string, PixelMetrics>& pixels) {
    ValidationFigures f;
    std::map<std::string, double> imageAuroc, pixelAuroc, pro;
    for (const auto& [category, data] : in.images[k]) {
        const auto& [scores, labels] = data;
        std::vector<double> figures;
        if (std::count(labels.begin(), labels.end(), 1) > 0 && std::count(labels.begin(), labels.end(), 0) > 0) {
            imageAuroc[category] = auroc(scores, labels);
            figures.push_back(imageAuroc[category]);
        }
        if (const auto it = pixels.find(category); it != pixels.end()) {
            pixelAuroc[category] = it->second.ranking.auroc;
            pro[category] = it->second.pro;
            figures.push_back(pixelAuroc[category]);
            figures.push_back(pro[category]);
        }
        if (!figures.empty())
            f.categoryCriterion[category] =
                std::accumulate(figures.begin(), figures.end(), 0.0) / double(figures.size());
    }
    f.imageAuroc = meanOf(imageAuroc);
    f.pixelAuroc = meanOf(pixelAuroc);
    f.pro = meanOf(pro);
    return f;
}

// The rows of one (w, v): pixel AUROC and PRO once (the map does not depend on k), image AUROC per k; with
// PerCategory::Checked also on each half of the split.
std::vector<ValidationRow> scoreValidation(Context& ctx, const std::vector<ValidationSample>& samples, double w,
                                           double v, const std::vector<int>& topKs, double sigmaAt256) {
    ScoreConfig scoring = ctx.config.engine.scoring;
    scoring.normalDistanceWeight = w;
    scoring.seenDistanceWeight = v;
    scoring.sigmaAt256 = sigmaAt256;
    const bool withHalves = ctx.config.validation.perCategory == ValidationSelection::PerCategory::Checked;
    std::array<FigureInputs, 3> groups;  // the whole split, half 0, half 1
    for (FigureInputs& g : groups) g.images.resize(topKs.size());
    for (const ValidationSample& s : samples) {
        throwIfCancelled(ctx.cancel);
        const std::array<FigureInputs*, 2> into{&groups[0], withHalves ? &groups[std::size_t(1 + s.half)] : nullptr};
        for (std::size_t k = 0; k < topKs.size(); ++k) {
            scoring.topK = topKs[k];
            const bool withMap = k == 0 && !(s.anomalous && cv::countNonZero(s.mask) == 0);
            const ImageScore score = DmadModel::scoreFromTerms(s.terms, scoring, withMap ? s.mask.size() : cv::Size());
            for (FigureInputs* g : into) {
                if (!g) continue;
                auto& [scores, labels] = g->images[k][s.category];
                scores.push_back(score.score);
                labels.push_back(s.anomalous ? 1 : 0);
                if (withMap) g->pixels.try_emplace(s.category, 1).first->second.add(score.anomalyMap, s.mask);
            }
        }
    }
    std::array<std::map<std::string, PixelMetrics>, 3> pixels;
    for (std::size_t g = 0; g < (withHalves ? groups.size() : 1); ++g)
        pixels[g] = pixelFiguresOf(groups[g], ctx.config.maxFpr);
    std::vector<ValidationRow> rows;
    for (std::size_t k = 0; k < topKs.size(); ++k) {
        ValidationRow row;
        static_cast<ValidationFigures&>(row) = figuresOf(groups[0], k, pixels[0]);
        if (withHalves)
            for (std::size_t h = 0; h < 2; ++h) row.halves[h] = figuresOf(groups[1 + h], k, pixels[1 + h]);
        row.weight = w;
        row.seenWeight = v;
        row.topK = topKs[k];
        row.sigmaAt256 = sigmaAt256;
        rows.push_back(row);
    }
    return rows;
}

// Sorted, without repeats: the order in which ties are broken.
std::vector<double> ascending(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// The guard's reference among rows (w ascending, v ascending, k as listed): the largest w, v = 0, the first k.
const ValidationRow* referenceRow(const std::vector<ValidationRow>& rows) {
    const ValidationRow* reference = nullptr;
    for (const ValidationRow& row : rows)
        if (row.seenWeight == 0 && (!reference || row.weight > reference->weight)) reference = &row;
    return reference;
}

// The guard: no category more than tolerance below the reference (tolerance < 0: no guard).
bool withinTolerance(const ValidationFigures& row, const ValidationFigures& reference, double tolerance) {
    if (tolerance < 0) return true;
    for (const auto& [category, value] : reference.categoryCriterion) {
        const auto it = row.categoryCriterion.find(category);
        if (it != row.categoryCriterion.end() && it->second < value - tolerance) return false;
    }
    return true;
}

// Rows that leave a category more than tolerance below the reference are not admissible; the reference always is.
void markAdmissible(ValidationOutcome& outcome, double tolerance) {
    const ValidationRow* reference = referenceRow(outcome.rows);
    if (!reference) return;
    outcome.referenceWeight = reference->weight;
    for (ValidationRow& row : outcome.rows) row.admissible = withinTolerance(row, *reference, tolerance);
}

const ValidationFigures& wholeSplit(const ValidationRow& row) {
    return row;
}

ScoringChoice choiceOf(const ValidationRow& row) {
    return {row.weight, row.seenWeight, row.topK};
}

std::optional<double> criterionOf(const ValidationFigures& figures, const std::string& category) {
    const auto it = figures.categoryCriterion.find(category);
    if (it == figures.categoryCriterion.end()) return std::nullopt;
    return it->second;
}

// Per category, the row with the best figure of its own by `figures`; strictly better only, so a tie keeps the
// earlier row (smaller w, then v, as the rows are ordered).
std::map<std::string, const ValidationRow*>
bestRowPerCategory(const std::vector<ValidationRow>& rows,
                   const std::function<const ValidationFigures&(const ValidationRow&)>& figures) {
    std::map<std::string, const ValidationRow*> best;
    for (const ValidationRow& row : rows) {
        for (const auto& [category, value] : figures(row).categoryCriterion) {
            const auto it = best.find(category);
            if (it == best.end() || value > *criterionOf(figures(*it->second), category)) best[category] = &row;
        }
    }
    return best;
}

// The chosen (w, v, k) with each other candidate smoothing of the map, under the same guard; a smoothing
// replaces the chosen one only when strictly better. Appends its rows and updates outcome.chosenSigma.
void chooseSmoothing(Context& ctx, const std::vector<ValidationSample>& samples, ValidationOutcome& outcome) {
    const ValidationRow* found = referenceRow(outcome.rows);
    if (!found) return;
    const ValidationRow reference = *found;  // copies: the rows grow below
    ValidationRow best;
    for (const ValidationRow& row : outcome.rows)
        if (row.weight == outcome.chosenWeight && row.seenWeight == outcome.chosenSeenWeight &&
            row.topK == outcome.chosenTopK)
            best = row;
    for (const double sigma : ascending(ctx.config.validation.sigmas)) {
        if (sigma == outcome.chosenSigma) continue;  // the rows above have it
        for (ValidationRow row : scoreValidation(ctx, samples, outcome.chosenWeight, outcome.chosenSeenWeight,
                                                 {outcome.chosenTopK}, sigma)) {
            row.admissible = withinTolerance(row, reference, ctx.config.validation.categoryTolerance);
            if (row.admissible && row.criterion() > best.criterion()) best = row;
            outcome.rows.push_back(row);
        }
    }
    outcome.chosenSigma = best.sigmaAt256;
}

// Trains the validation model on the run's training set minus the validation split and picks the scoring.
ValidationOutcome chooseWeightOnValidation(Context& ctx, const TrainingSet& set, std::uint64_t modelSeed,
                                           const std::string& label) {
    ValidationOutcome outcome;
    outcome.used = true;
    const ValidationSplit split = splitForValidation(set, {ctx.config.validation.normalFraction, modelSeed});
    for (const ValidationImage& v : split.images) {
        if (v.synthetic)
            ++outcome.synthetic;
        else if (v.anomalous)
            ++outcome.seen;
        else
            ++outcome.normals;
    }
    if (!ctx.validationTrainer) ctx.validationTrainer = std::make_unique<DmadTrainer>(ctx.extractor, ctx.config.engine);
    ctx.validationTrainer->config().training.seed = modelSeed;
    const Stopwatch trainWatch;
    const DmadModel model = ctx.validationTrainer->train(
        split.training,
        [&](const TrainingProgress& p) { ctx.report("validation", label + ": training " + p.stage, p.done, p.total); },
        ctx.cancel);
    outcome.trainSeconds = trainWatch.seconds();
    if (!ctx.validationTrainer->lastStats().reusedNormalBank) ctx.validationNeighbours.clear();

    const Stopwatch scoreWatch;
    std::vector<ValidationSample> samples = extractValidation(ctx, split, label);
    for (ValidationSample& s : samples) s.terms = model.scoreTerms(s.q, &ctx.validationNeighbours);
    const std::vector<double> weights = ascending(ctx.config.validation.weights);
    // Without seen anomalies the seen term is zero: its weight has nothing to choose.
    const std::vector<double> seenWeights =
        model.info().seenBankSize > 0 ? ascending(ctx.config.validation.seenWeights) : std::vector<double>{0.0};
    std::vector<int> topKs;
    for (const int k : ctx.config.validation.topKs)
        if (k >= 1 && std::find(topKs.begin(), topKs.end(), k) == topKs.end()) topKs.push_back(k);
    if (topKs.empty()) topKs.push_back(ctx.config.engine.scoring.topK);
    const std::int64_t candidates = std::int64_t(weights.size() * seenWeights.size());
    const double engineSigma = ctx.config.engine.scoring.sigmaAt256;
    outcome.chosenSigma = engineSigma;
    for (const double w : weights) {
        for (const double v : seenWeights) {
            for (const ValidationRow& row : scoreValidation(ctx, samples, w, v, topKs, engineSigma))
                outcome.rows.push_back(row);
            std::ostringstream text;
            text << label << ": w " << w << ", v " << v;
            ctx.report("validation", text.str(), std::int64_t(outcome.rows.size() / topKs.size()), candidates);
        }
    }
    const double tolerance = ctx.config.validation.categoryTolerance;
    markAdmissible(outcome, tolerance);
    const ValidationRow* best = guardedBest(outcome.rows, wholeSplit, tolerance);
    if (best) {
        outcome.chosenWeight = best->weight;
        outcome.chosenSeenWeight = best->seenWeight;
        outcome.chosenTopK = best->topK;
    }
    switch (ctx.config.validation.perCategory) {
    case ValidationSelection::PerCategory::Off: break;
    case ValidationSelection::PerCategory::All: outcome.categoryChoice = bestScoringPerCategory(outcome.rows); break;
    case ValidationSelection::PerCategory::Checked:
        outcome.categoryChoice = checkedScoringPerCategory(outcome.rows, tolerance, &outcome.categoryFolds);
        break;
    }
    if (best && !ctx.config.validation.sigmas.empty()) chooseSmoothing(ctx, samples, outcome);
    outcome.scoreSeconds = scoreWatch.seconds();
    return outcome;
}

// The scoring each category is evaluated with: its own choice where the validation made one, else the run's.
ScoringChoice scoringFor(const ValidationOutcome& v, const std::string& category) {
    if (const auto it = v.categoryChoice.find(category); it != v.categoryChoice.end()) return it->second;
    return {v.chosenWeight, v.chosenSeenWeight, v.chosenTopK};
}

RunResult runOne(Context& ctx, DmadTrainer& trainer, int shots, std::uint64_t seed) {
    RunResult run;
    run.shots = shots;
    run.seed = seed;
    run.modelSeed = ctx.config.modelSeed.value_or(seed);
    const std::string label = settingName(shots) + " seed " + std::to_string(seed);

    TrainingSet set;
    set.outliers = ctx.outliers;
    std::vector<std::pair<const CategoryDataset*, KShotSplit>> participants;
    for (const CategoryDataset& ds : ctx.datasets) {
        for (const std::string& p : ds.trainNormals) set.normals.push_back({p, ds.name});
        if (shots > 0 && !ds.hasMasks) continue;  // image-level labels only: unsupervised setting only
        KShotSplit split = splitKShot(ds, shots, seed, ctx.emptyMaskImages);
        for (const TestImage& s : split.seen) set.anomalies.push_back({s.path, ds.name, ctx.masks.at(s.maskPath)});
        participants.emplace_back(&ds, std::move(split));
    }

    if (ctx.config.validation.enabled)
        run.validation = chooseWeightOnValidation(ctx, set, ctx.config.modelSeed.value_or(seed), label);

    trainer.config().training.seed = ctx.config.modelSeed.value_or(seed);
    const Stopwatch trainWatch;
    const DmadModel trained = trainer.train(
        set,
        [&](const TrainingProgress& p) {
            ctx.report("training",
                       label + ": " + p.stage +
                           (p.epochs > 0 ? " epoch " + std::to_string(p.epoch) + "/" + std::to_string(p.epochs)
                                         : std::string()),
                       p.done, p.total);
        },
        ctx.cancel);
    run.trainSeconds = trainWatch.seconds();
    const auto scoredFor = [&](const std::string& category) {
        if (!run.validation.used) return trained;
        const ScoringChoice c = scoringFor(run.validation, category);
        return trained.withScoring(c.topK, c.weight, c.seenWeight).withMapSmoothing(run.validation.chosenSigma);
    };
    const TrainingStats& stats = trainer.lastStats();
    run.trainStageSeconds = stats.stageSeconds;
    run.reusedNormalBank = stats.reusedNormalBank;
    if (!run.reusedNormalBank) {
        // Another M_n and M_o: no later run can hit what the old banks' caches hold.
        if (!ctx.patchCoreExtractor) ctx.patchCoreScores.clear();
        ctx.normalNeighbours.clear();
    }
    preparePatchCore(ctx, set, run.modelSeed);
    run.finalLoss = trained.info().finalLoss;
    run.normalBankSize = trained.info().normalBankSize;
    run.abnormalBankSize = trained.info().pseudoBankSize + trained.info().seenBankSize + trained.info().sampledBankSize;

    const Stopwatch evaluateWatch;
    std::vector<std::string> methods{kMethodDmad};
    if (ctx.config.patchCore) methods.emplace_back(kMethodPatchCore);
    for (const auto& [ds, split] : participants) {
        CategoryResult c;
        c.category = ds->name;
        for (const TestImage& t : split.test) (t.anomalous ? c.testAnomalies : c.testNormals) += 1;
        for (const TestImage& s : split.seen) c.seen.push_back(s.path);
        const DmadModel scored = scoredFor(ds->name);
        for (const std::string& method : methods)
            c.methods[method] = evaluateMethod(ctx, scored, method, *ds, split.test, shots, seed);
        run.categories.push_back(std::move(c));
    }
    run.evaluateSeconds = evaluateWatch.seconds();
    return run;
}

void writeReports(const ProtocolConfig& config, const ProtocolResult& result) {
    writeTextFile((fs::path(config.outputDir) / "results.json").string(), toJson(result));
    writeTextFile((fs::path(config.outputDir) / "results.md").string(), toMarkdown(result));
}

}  // namespace

const ValidationRow* guardedBest(const std::vector<ValidationRow>& rows,
                                 const std::function<const ValidationFigures&(const ValidationRow&)>& figures,
                                 double tolerance) {
    const ValidationRow* reference = referenceRow(rows);
    const ValidationRow* best = nullptr;
    for (const ValidationRow& row : rows) {
        if (reference && !withinTolerance(figures(row), figures(*reference), tolerance)) continue;
        // Strictly better only: a tie keeps the earlier candidate, the one closer to the paper's score.
        if (!best || figures(row).criterion() > figures(*best).criterion()) best = &row;
    }
    return best;
}

std::map<std::string, ScoringChoice> bestScoringPerCategory(const std::vector<ValidationRow>& rows) {
    std::map<std::string, ScoringChoice> choice;
    for (const auto& [category, row] : bestRowPerCategory(rows, wholeSplit)) choice[category] = choiceOf(*row);
    return choice;
}

std::map<std::string, ScoringChoice> checkedScoringPerCategory(const std::vector<ValidationRow>& rows, double tolerance,
                                                               std::map<std::string, std::array<bool, 2>>* folds) {
    std::array<std::map<std::string, const ValidationRow*>, 2> own;  // each category's best on each half
    std::array<const ValidationRow*, 2> run{};                       // the run's choice on each half
    for (std::size_t h = 0; h < 2; ++h) {
        const auto onHalf = [h](const ValidationRow& row) -> const ValidationFigures& { return row.halves[h]; };
        own[h] = bestRowPerCategory(rows, onHalf);
        run[h] = guardedBest(rows, onHalf, tolerance);
    }
    std::map<std::string, ScoringChoice> kept;
    for (const auto& [category, choice] : bestScoringPerCategory(rows)) {
        std::array<bool, 2> won{false, false};
        for (std::size_t h = 0; h < 2; ++h) {
            const auto mine = own[h].find(category);
            if (mine == own[h].end() || !run[h]) continue;
            const auto judge = [&](const ValidationRow* row) { return criterionOf(row->halves[1 - h], category); };
            const std::optional<double> a = judge(mine->second), b = judge(run[h]);
            won[h] = a && b && *a > *b;
        }
        if (folds) (*folds)[category] = won;
        if (won[0] && won[1]) kept[category] = choice;
    }
    return kept;
}

ProtocolResult runProtocol(const ProtocolConfig& config, const ProtocolProgressCallback& progress,
                           const std::atomic<bool>* cancel) {
    const Stopwatch total;
    if (config.categoryDirs.empty())
        throw EngineError(EngineError::Kind::InvalidArgument, "evaluation: no category folders given");
    if (config.seeds.empty() || config.shots.empty())
        throw EngineError(EngineError::Kind::InvalidArgument, "evaluation: at least one seed and one setting needed");
    for (const int k : config.shots)
        if (k < 0) throw EngineError(EngineError::Kind::InvalidArgument, "evaluation: k must not be negative");
    if (config.outputDir.empty())
        throw EngineError(EngineError::Kind::InvalidArgument, "evaluation: no output folder given");

    Context ctx(config, progress, cancel);
    for (const std::string& dir : config.categoryDirs) ctx.datasets.push_back(loadMvtecCategory(dir));
    ctx.outliers = listImagesRecursive(config.outlierDir);
    if (ctx.outliers.empty()) throw DatasetError("no outlier images found in '" + config.outlierDir + "'");

    std::error_code ec;
    fs::create_directories(config.outputDir, ec);
    if (ec || !fs::is_directory(config.outputDir))
        throw std::runtime_error("cannot create the output folder " + config.outputDir);
    ctx.csv = std::make_unique<ScoreCsvWriter>((fs::path(config.outputDir) / "scores.csv").string());

    const RuntimeInfo runtime = configureRuntime(config.engine.runtime);
    ctx.extractor = FeatureExtractor::open(config.engine);
    // PatchCore is the standard baseline: forward's two maps of the image as it is.
    const FeatureConfig& dmadFeatures = ctx.extractor->featureConfig();
    if (config.patchCore &&
        (dmadFeatures.strideFourMap == StrideFourMap::On || dmadFeatures.autoLevels != AutoLevels::Off)) {
        EngineConfig standard = config.engine;
        standard.features.strideFourMap = StrideFourMap::Off;
        standard.features.autoLevels = AutoLevels::Off;
        ctx.patchCoreExtractor = FeatureExtractor::open(standard);
    }

    ProtocolResult result;
    result.backbonePath = ctx.extractor->backbone().path;
    result.backboneSha256 = ctx.extractor->backbone().sha256;
    result.featureDim = ctx.extractor->backbone().featureDim;
    result.patchCoreFeatureDim =
        (ctx.patchCoreExtractor ? ctx.patchCoreExtractor : ctx.extractor)->backbone().featureDim;
    result.device = runtime.device + ", " + std::to_string(runtime.threads) + " threads, torch " + runtime.torchVersion;
    result.settings = settingsAsMap(config.engine);
    result.outliers = static_cast<std::int64_t>(ctx.outliers.size());
    for (const CategoryDataset& ds : ctx.datasets) {
        result.categories.push_back(ds.name);
        if (ds.hasMasks) result.categoriesWithMasks.push_back(ds.name);
        result.trainNormals += static_cast<std::int64_t>(ds.trainNormals.size());
    }

    const Stopwatch featureWatch;
    extractTestFeatures(ctx);
    result.featureSeconds = featureWatch.seconds();
    readMasks(ctx);

    // Seeds outside, settings inside: the trainer keeps M_n and M_o while the seed stays, so each
    // seed builds its banks once for all its settings.
    DmadTrainer trainer(ctx.extractor, config.engine);
    for (const std::uint64_t seed : config.seeds) {
        for (const int shots : config.shots) {
            throwIfCancelled(cancel);
            if (config.modelSeed && shots == 0 && seed != config.seeds.front())
                continue;  // the same model on the same test set: nothing new to measure
            result.runs.push_back(runOne(ctx, trainer, shots, seed));
            releaseFreedMemory();  // else each run's peak stacks on the freed pages of the last
            result.totalSeconds = total.seconds();
            result.peakRssMiB = peakRssMiB();
            writeReports(config, result);
        }
    }
    result.totalSeconds = total.seconds();
    result.peakRssMiB = peakRssMiB();
    writeReports(config, result);
    ctx.report("done", config.outputDir, 0, 0);
    return result;
}

}  // namespace dmad::eval
