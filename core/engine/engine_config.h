// Every knob of the DMAD method and its run time, with the paper's defaults, in one plain struct.
#pragma once

#include <cstdint>
#include <string>

namespace dmad {

enum class DevicePreference { Auto, Cpu, Cuda };

// How the knowledge enhancer's cross-attention is formed (method notes, step 5).
enum class AttentionMode {
    Off,        // knowledge = difference vectors only (the paper's semi-supervised choice)
    OverImage,  // scaled dot-product attention over the image's N patches (the paper's intent)
    PerPatch    // the released code's sequence-length-1 form: A collapses to W_v q (ablation)
};

enum class Setting { Unsupervised, SemiSupervised };

// How the 3x3 neighbourhood average treats the grid's border (PatchCore's local aggregation).
enum class PatchPooling {
    ZeroPadded,  // torch.nn.AvgPool2d(3, 1, 1): the zero padding counts, as in PatchCore
    ValidOnly    // only the cells inside the grid count (format-1 models)
};

// How an image is resized to imageSize x imageSize before the backbone.
enum class ResizeFilter {
    AreaPerAxis,  // each shrinking axis is area-averaged (anti-aliased), growing axes bilinear
    OpenCvArea    // cv::INTER_AREA whenever a side shrinks: aliased when only one side does (format-1 models)
};

// Whether the features also take the backbone's stride-4 map (a `stages(x)` method with maps at strides 4, 8
// and 16, as the MobileNetV2 of ../shared/models has; the shared contract asks for forward's two maps only).
enum class StrideFourMap {
    Off,
    On,  // a backbone without the map is refused
    // On when the backbone offers the map and the three maps need no channel pooling (maxFeatureDim), else Off:
    // resolved when the backbone is opened (FeatureExtractor::resolveStrideFourMap)
    WhenOffered
};

// How the stride-4 map's four cells under each stride-8 cell enter that patch's feature.
enum class StrideFourCells {
    Averaged,  // one mean of the four: c4 channels (the map as first measured, runs S4 to ST)
    Kept       // each cell its own c4 channels (space to depth): 4 c4 channels, a speck's place within the cell kept
};

// Whether, and by which rule, each image's levels are stretched before the backbone (method::autoLevelsGain).
enum class AutoLevels {
    Off,   // the image as recorded: the paper, and models written before the key was recorded
    Peak,  // the 99th percentile of grey to 90 % of white: follows a bright spot of a few percent of the image
    // the median of grey to ImageNet's mean grey: a defect (or a pasted texture) of a few percent of the image
    // barely moves it
    Median
};

// How the seen anomalies enter M_as, M_p and the loss (method notes, departures).
enum class SeenAnomalyRules {
    // The paper's code: the Filter keeps patches whose mask coverage reaches filterThreshold; one centre of
    // all of M_as with N(0, centreNoiseStd^2) noise; each step takes the patches of up to a batch of
    // anomaly images, so categories with large defects dominate the loss.
    Paper,
    // The Filter's threshold is a share of the mask's best-covered patch (a defect of one patch still gives
    // its neighbours that are half covered); M_p is sampled around each category's own centre with noise
    // centreNoiseStd times that category's spread; each step takes the same number of seen patches from
    // every category that has seen anomalies.
    PerCategory
};

struct RuntimeConfig {
    DevicePreference device = DevicePreference::Auto;
    int threads = 0;  // 0: one per core
};

struct FeatureConfig {
    int imageSize = 256;       // images are resized to imageSize x imageSize
    int maxFeatureDim = 1536;  // C = c8 + c16, reduced by channel pooling only above this
    PatchPooling pooling = PatchPooling::ZeroPadded;
    ResizeFilter resize = ResizeFilter::AreaPerAxis;
    // Also the stride-4 map, pooled 3x3 and brought onto the stride-8 grid (strideFourCells says how): finer
    // detail for defects of one or two patches. FeatureExtractor::featureConfig() holds the resolved On or Off,
    // and so does every model.
    StrideFourMap strideFourMap = StrideFourMap::Off;
    StrideFourCells strideFourCells = StrideFourCells::Averaged;
    // Each image's levels stretched before the backbone (method::autoLevelsGain): a dark image, such as
    // tire's (median grey 18 of 255, 99th percentile 75), shows its tread to an ImageNet backbone with a third
    // of the contrast a photograph has.
    AutoLevels autoLevels = AutoLevels::Off;
};

struct BankConfig {
    double normalCoresetRatio = 0.02;       // M_n keeps 2% of all normal patches
    double pseudoCoresetRatio = 0.02;       // M_o keeps this share of the fused outlier patches
    double beta = 0.6;                      // fusion beta*F(x_o) + (1-beta)*F(x_n)
    double filterThreshold = 0.5;           // Filter: mask coverage that counts (PerCategory: share of the peak)
    double centreNoiseStd = 0.01;           // M_p: N(0, std^2) around the centre (PerCategory: times the spread)
    int coresetProjectionDim = 0;           // > 0: random projection before the greedy k-center (0: exact)
    std::int64_t coresetMaxCandidates = 0;  // > 0: a random subset of this size competes (0: all patches)
    int unlabelledDefectPatches = 10;       // image-level-only defects: most anomalous patches taken
    // PerCategory (with centreNoiseStd = 0.1) is evaluation run E5: against the paper's rules (E4), 10-shot
    // PRO +1.5 and pixel AUROC +0.3 but image AUROC -0.4 and tire -2.8 (docs/evaluation.md): not the default.
    SeenAnomalyRules seenRules = SeenAnomalyRules::Paper;
    // Each seen anomaly also enters as its three mirror images (left-right, top-bottom, both), mask mirrored
    // with it: four times the labelled defect patches for M_as, M_p and the loss. false = the paper; the
    // workstation preset turns it on (run M in docs/evaluation.md: better on the validation split in every draw).
    bool seenAnomalyMirrors = false;
    // Each seen anomaly (and each mirror image) also enters turned a quarter turn clockwise, mask turned with it:
    // with the mirror images, all eight symmetries of the square the backbone sees. false = the paper and the
    // presets: run QT (docs/evaluation.md) was worse on the validation split in every draw and cost PRO on the
    // oriented PIPED images, while tire and magnetic_tile, textures without a direction, gained.
    bool seenAnomalyQuarterTurns = false;
};

struct TrainConfig {
    int epochs = 48;
    int batchSize = 32;         // images per step
    int patchesPerImage = 0;    // budget: query patches sampled per image and epoch (0 = all)
    double lrAttention = 1e-4;  // W_k, W_v and the projection P
    double lrMapper = 2e-4;     // the MLP Psi
    double weightDecayMapper = 1e-5;
    double lambda1 = -1;               // < 0: the setting's default (1 unsupervised, 0.5 semi)
    double lambda2 = -1;               // < 0: the setting's default (0 unsupervised, 15 semi)
    double pseudoNegativeStd = 0.015;  // o_p = o_n + N(0, std)
    // The noise's std times each category's mean distance to M_n (own image excluded) over all categories':
    // a tight texture (tire) gets pseudo negatives as near as its own normal variation, not the loosest one's.
    // Training only: the category is known there, not at scoring. false = one std for all (the paper).
    bool pseudoNegativePerCategory = false;
    int hiddenDim = 0;  // MLP width; 0 = min(3C, 1024)
    AttentionMode attentionUnsupervised = AttentionMode::OverImage;
    AttentionMode attentionSemiSupervised = AttentionMode::Off;
    // The w that Psi is trained beside (the hinge acts on -Psi + w z); < 0: the w the model's setting is scored
    // with (scoring.normalDistanceWeight, or scoring.unsupervisedNormalDistanceWeight without seen anomalies).
    // A model trained with one w can be scored with another (DmadModel::withNormalDistanceWeight): that is
    // how `dmad evaluate --select-on-validation` picks the scoring weight without retraining.
    double normalDistanceWeight = -1;
    std::uint64_t seed = 0;
    // > 0: a retrain whose normal side is unchanged starts the enhancer and mapper from the previous model's
    // weights and trains this many epochs on the seen anomalies and a replay sample of the normal images
    // (replayShare of them per epoch). 0: every retrain trains from scratch for `epochs`.
    int warmStartEpochs = 0;
    double replayShare = 0.25;
};

// PatchCore's smoothing of its pixel map (sigma 4 on its 224-pixel maps), kept by the baseline.
constexpr double kPatchCoreSigmaAt256 = 4.0;

// Which units the distance to M_n is measured in before it is standardised (ScoreConfig::localNormalScale): the
// coreset covers every region with about one radius, so a tight texture (tire's tread) has normal distances far
// below a loose one's, and one global unit gives w a different meaning in each category.
enum class LocalNormalScale {
    Off,            // one global scale: the bank's
    Neighbourhood,  // each M_n row's own: the held-out distances of the patches nearest it (run L1, not kept)
    Category        // each M_n row's category's: the mean held-out distance of that category's normal patches
};

struct ScoreConfig {
    int topK = 5;                              // image score = mean of the top-k patch scores
    double sigmaAt256 = kPatchCoreSigmaAt256;  // Gaussian smoothing of the pixel map, scaled with the image size
    // w in s = -Psi(o) + w (d_n - mu) / sigma: the patch's distance to M_n, standardised by the held-out
    // distances of the normal training patches, joins the score, and Psi is trained as its residual.
    // 0 = the paper's score -Psi(o) alone.
    double normalDistanceWeight = 0.0;
    // The w a model trained without seen anomalies is scored with (training records it as its
    // normalDistanceWeight); < 0: normalDistanceWeight. Without a labelled defect the validation split favours
    // the distance to M_n far more than with some (run ML: w = 64 against w = 2), and a station cannot choose
    // per project.
    double unsupervisedNormalDistanceWeight = -1;
    // v in s += v max(0, d_n - max(d_s, mu)) / sigma, d_s the distance to the nearest seen anomalous patch
    // (M_as): where a labelled defect is nearer than M_n, the patch's excess over the typical normal distance
    // is weighted w + v instead of w. 0 = off; nothing without seen anomalies. Psi is not trained beside it (M_as's
    // own rows would see d_s = 0).
    double seenDistanceWeight = 0.0;
    // d_n in units of its nearest M_n row's region instead of the bank's (LocalNormalScale). Applies to w's and
    // v's terms and to the distances Psi is trained beside.
    LocalNormalScale localNormalScale = LocalNormalScale::Off;
};

struct EngineConfig {
    std::string backbonePath;
    RuntimeConfig runtime;
    FeatureConfig features;
    BankConfig banks;
    TrainConfig training;
    ScoreConfig scoring;
    std::string featureCacheDir;  // empty: features are cached in memory only
};

}  // namespace dmad
