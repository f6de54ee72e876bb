// Builds the dual memory bank and trains the knowledge enhancer and score mapper, reusing what it can.
#pragma once

#include "engine/dmad_model.h"
#include "engine/engine_config.h"
#include "engine/feature_extractor.h"
#include "engine/job_estimate.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

struct NormalImage {
    std::string path;
    std::string category;
};

struct SeenAnomaly {
    std::string path;
    std::string category;
    cv::Mat mask;  // CV_8U at the image's size, non-zero = defect; empty = image-level label only
};

struct TrainingSet {
    std::vector<NormalImage> normals;    // all categories together: one unified model
    std::vector<SeenAnomaly> anomalies;  // empty: unsupervised setting
    std::vector<std::string> outliers;   // texture images x_o for the pseudo anomalies M_o
};

struct TrainingProgress {
    std::string stage;      // "loading state", "features", "normal bank", "pseudo anomalies", "neighbours",
                            // "saving state", "seen anomalies", "anomaly neighbours", "training",
                            // "validation", "done"
    std::int64_t done = 0;  // units of this stage finished
    std::int64_t total = 0;
    int epoch = 0;  // during "training"
    int epochs = 0;
    double loss = 0.0;  // mean loss of the last finished epoch (training stage)
    int lossEpoch = 0;  // the epoch `loss` belongs to; 0 while none has finished
    double elapsedSeconds = 0.0;
};
using ProgressCallback = std::function<void(const TrainingProgress&)>;

// The trained model's ranking of its own training images: seen anomalies against a sample of the normal
// images, DMAD and the PatchCore baseline. Not held out (the banks hold these images), so a working model
// scores near 1.0; below 0.5 the ranking is inverted and the model must not become active unseen.
struct ValidationCheck {
    bool ran = false;  // only when the training set has seen anomalies
    int anomalies = 0;
    int normals = 0;
    double dmadAuroc = 0.0;
    double patchCoreAuroc = 0.0;
    bool inverted = false;  // dmadAuroc < 0.5: flag the model (the CLI exits 5, the GUI keeps it a candidate)
    std::string message;    // English, for logs and the CLI; empty when not inverted
};

// The self-check's verdict from image scores (anomalies against normals; the trainer calls it, tests too).
// Empty anomaly or normal scores: a check that did not run.
ValidationCheck rankingCheck(const std::vector<double>& anomalyDmad, const std::vector<double>& normalDmad,
                             const std::vector<double>& anomalyPatchCore, const std::vector<double>& normalPatchCore);

struct TrainingStats {
    std::map<std::string, double> stageSeconds;  // wall time of each stage
    std::vector<double> epochLoss;
    std::int64_t trainingPatches = 0;
    bool reusedNormalBank = false;  // incremental retrain kept M_n and M_o (from memory or the state file)
    bool loadedState = false;       // ... read from the state file (a restart)
    bool warmStarted = false;       // the enhancer and mapper started from the previous model's weights
    ValidationCheck validation;     // see ValidationCheck; check flagged() before making the model active
    std::string stateWarning;       // English; non-empty when the state file could not be written
    bool flagged() const { return validation.inverted; }
};

// Why train() builds the normal side (features, M_n, M_o, their neighbours) from scratch.
enum class RebuildReason {
    None,                  // reused: kept in memory or read from the state file
    Requested,             // requireRebuild(): the user asked for a training from nothing
    NoSavedState,          // no state in memory nor on disk (the project's first training)
    SavedStateUnreadable,  // the state file is damaged, truncated or of another format version
    BackboneChanged,       // another backbone file or feature settings
    SettingsChanged,       // other bank settings or seed
    NormalImagesChanged,   // normal images added, removed or modified
    OutliersChanged        // outlier textures added, removed or modified
};
const char* toString(RebuildReason reason);  // English, for logs and the CLI

// What the next train() will do, known before it starts: the rebuild decision and the stages with their
// amount of work (for JobEstimate).
struct TrainingPlan {
    RebuildReason reason = RebuildReason::NoSavedState;
    bool rebuild() const { return reason != RebuildReason::None; }
    bool fromStateFile = false;  // reused by reading the state file
    bool warmStart = false;      // the head starts from the previous model (TrainConfig::warmStartEpochs)
    // One image in the per-image stages' units: its patches / 1,024 (a 256-pixel input), so the rates measured
    // at one input size serve another. Work that searches a bank grows with the image's patches times the
    // bank's rows: M_n's rows per image in units of 1,024 patches at the default 2 % (bankUnits) grow with
    // the patches at a fixed ratio and stay 1 where the ratio shrinks with them (the station's fine input).
    double imageUnits = 1.0;
    double bankUnits = 1.0;
    double searchUnits() const { return imageUnits * bankUnits; }  // one image's share of a bank search
    std::vector<JobEstimate::Stage> stages;
};

class DmadTrainer {
public:
    DmadTrainer(std::shared_ptr<FeatureExtractor> extractor, EngineConfig config);
    ~DmadTrainer();

    // Trains one unified model. The setting follows from the data: semi-supervised when anomalies
    // are given. Features are cached by content; M_n and M_o are reused while the normal images,
    // the outliers and the bank settings are unchanged, so a retrain after labelling one more defect
    // only redoes M_as, M_p and the MLP. previous (optional) scores image-level-only anomalies to take
    // their most anomalous patches. cancel: checked often; when set, throws EngineError(Cancelled).
    // progress is called from the calling thread. Throws EngineError(NonFinite) when features, the loss or
    // the trained model's scores are NaN or infinite. lastStats().validation holds the self-check.
    DmadModel train(const TrainingSet& set, const ProgressCallback& progress = {},
                    const std::atomic<bool>* cancel = nullptr, const DmadModel* previous = nullptr);

    // What train(set, ..., previous) will do, without doing it (reads only the state file's header).
    TrainingPlan plan(const TrainingSet& set, const DmadModel* previous = nullptr) const;

    // Where the normal side is kept between sessions (empty: memory only). It is written after each
    // rebuild (atomically) and read by a train() whose key (backbone, settings, normal images, outliers)
    // matches, so a restart does not rebuild. A state that cannot be written costs a warning in
    // lastStats().stateWarning, never the training.
    void setStateFile(std::string path);
    // Where a rebuild leaves its normal images' nearest rows of M_n (found by the coreset on the way), so
    // scoring them with the new model skips that search. Optional; the inspectors' cache.
    void setScoringCache(std::shared_ptr<ScoringCache> cache);
    // The next train() builds the normal side from scratch, ignoring memory and the state file.
    void requireRebuild();

    const TrainingStats& lastStats() const;
    EngineConfig& config();

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dmad
