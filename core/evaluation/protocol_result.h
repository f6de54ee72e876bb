// What one evaluation protocol run measured: every figure per setting, seed, category and method, with timings.
#pragma once

#include "evaluation/metrics.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dmad::eval {

inline constexpr const char* kMethodDmad = "DMAD";
inline constexpr const char* kMethodPatchCore = "PatchCore";

// "unsupervised" for k = 0, else "<k>-shot".
std::string settingName(int shots);

struct MethodResult {
    RankingMetrics image;
    bool imageDefined = false;  // false: the test set lacks one class
    bool hasPixel = false;      // the category has masks
    PixelMetrics pixel;
    double scoreSeconds = 0.0;  // scoring every test image, pixel maps included
};

struct CategoryResult {
    std::string category;
    std::int64_t testNormals = 0;
    std::int64_t testAnomalies = 0;
    std::vector<std::string> seen;                // the seen anomalies removed from the test set
    std::map<std::string, MethodResult> methods;  // by method name
};

// One candidate's figures on a set of validation images: means over its categories.
struct ValidationFigures {
    double imageAuroc = 0.0;
    double pixelAuroc = 0.0;
    double pro = 0.0;
    double criterion() const { return (imageAuroc + pixelAuroc + pro) / 3.0; }
    // Per category, the mean of the figures it has (image AUROC; pixel AUROC and PRO where it has defect pixels).
    std::map<std::string, double> categoryCriterion;
};

// One candidate scoring on the validation split: its figures on the whole split and on each half.
struct ValidationRow : ValidationFigures {
    double weight = 0.0;      // w, the normal-distance weight
    double seenWeight = 0.0;  // v, the seen-distance weight
    int topK = 5;             // the image score's k
    double sigmaAt256 = 4.0;  // the pixel map's smoothing
    // No category more than the tolerance below the reference candidate (ValidationSelection::categoryTolerance).
    bool admissible = true;
    // The figures on each half of the split (each category's normals, synthetic and seen anomalies dealt
    // alternately); filled only for PerCategory::Checked, which chooses on one half and checks on the other.
    std::array<ValidationFigures, 2> halves;
};

// A scoring of DMAD's terms: the normal-distance weight w, the seen-distance weight v and the image score's k.
struct ScoringChoice {
    double weight = 0.0;
    double seenWeight = 0.0;
    int topK = 5;
};

struct ValidationOutcome {
    bool used = false;
    std::int64_t normals = 0;    // held-out normal images
    std::int64_t synthetic = 0;  // synthetic anomalies made from them
    std::int64_t seen = 0;       // seen anomalies kept out of the validation model's training
    double chosenWeight = 0.0;
    double chosenSeenWeight = 0.0;
    int chosenTopK = 5;
    double chosenSigma = 4.0;  // the pixel map's smoothing (ScoreConfig::sigmaAt256)
    // With ValidationSelection::perCategory: each category's own best candidate (a category without validation
    // figures, or with Checked one whose choice failed the check, is not listed and keeps the choice above).
    std::map<std::string, ScoringChoice> categoryChoice;
    // With PerCategory::Checked, per category: in each fold (choose on half h, judge on the other), whether the
    // category's own choice beat the run's choice. Only a category that won both folds is in categoryChoice.
    std::map<std::string, std::array<bool, 2>> categoryFolds;
    // The reference of the per-category guard: the largest w, v = 0, the first k (the score nearest to the
    // normal-distance alone, PatchCore's); a category's figure below it shows the learnt parts failing it.
    double referenceWeight = 0.0;
    double trainSeconds = 0.0;
    double scoreSeconds = 0.0;
    std::vector<ValidationRow> rows;
};

struct RunResult {
    int shots = 0;                // 0: unsupervised
    std::uint64_t seed = 0;       // the draw of the seen anomalies
    std::uint64_t modelSeed = 0;  // the engine's seed (coresets, pseudo anomalies, MLP)
    double trainSeconds = 0.0;
    std::map<std::string, double> trainStageSeconds;
    double finalLoss = 0.0;
    std::int64_t normalBankSize = 0;
    std::int64_t abnormalBankSize = 0;  // |M_o| + |M_as| + |M_p|
    bool reusedNormalBank = false;
    double evaluateSeconds = 0.0;
    std::vector<CategoryResult> categories;  // only those that take part in this setting
    ValidationOutcome validation;            // how DMAD's scoring weight was chosen, when it was
};

struct ProtocolResult {
    std::string backbonePath;
    std::string backboneSha256;
    int featureDim = 0;
    int patchCoreFeatureDim = 0;  // the baseline's own features (stride 8 + 16) when DMAD's differ; else featureDim
    std::string device;
    std::map<std::string, std::string> settings;  // the engine settings that shape the result, as text
    std::vector<std::string> categories;          // all categories of the unified model
    std::vector<std::string> categoriesWithMasks;
    std::int64_t trainNormals = 0;
    std::int64_t outliers = 0;
    double featureSeconds = 0.0;  // extracting every test image once
    double totalSeconds = 0.0;
    double peakRssMiB = 0.0;  // the process's high-water mark, where the platform reports it
    std::vector<RunResult> runs;
};

}  // namespace dmad::eval
