// A trained DMAD model: the dual memory bank, the knowledge enhancer and the score mapper, saved as one file.
#pragma once

#include "engine/engine_config.h"
#include "engine/feature_extractor.h"
#include "engine/image_score.h"
#include "engine/patch_features.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace dmad {

class ScoringCache;

// The terms of each patch's score, gridHeight x gridWidth CV_32F each: learnt = -Psi(o), normal = (d_n - mu) /
// sigma, seen = max(0, d_n - max(d_s, mu)) / sigma (all zero without seen anomalies). The score is
// learnt + w normal + v seen (ScoreConfig's normalDistanceWeight and seenDistanceWeight).
struct ScoreTerms {
    cv::Mat learnt, normal, seen;
};

struct ModelInfo {
    int formatVersion = 0;
    Setting setting = Setting::Unsupervised;
    BackboneInfo backbone;  // sha256 and channel counts the model was trained on
    EngineConfig config;    // everything it was trained with
    std::vector<std::string> categories;
    std::int64_t normalBankSize = 0;   // |M_n|
    std::int64_t pseudoBankSize = 0;   // |M_o|
    std::int64_t seenBankSize = 0;     // |M_as|
    std::int64_t sampledBankSize = 0;  // |M_p|
    double finalLoss = 0.0;
    std::string createdUtc;  // ISO 8601
    // The colour range of the model's heatmaps (scores mapLow..mapHigh), set once its images are
    // scored; files written before it was stored have none (hasMapRange false).
    bool hasMapRange = false;
    double mapLow = 0.0;
    double mapHigh = 0.0;
};

class DmadModel {
public:
    DmadModel();
    ~DmadModel();
    DmadModel(const DmadModel&);
    DmadModel& operator=(const DmadModel&);
    DmadModel(DmadModel&&) noexcept;
    DmadModel& operator=(DmadModel&&) noexcept;

    bool empty() const noexcept { return !m_impl; }
    const ModelInfo& info() const;

    // Throws EngineError(ModelFileCorrupt) for a damaged or foreign file, or one holding NaN/infinite values.
    static DmadModel load(const std::string& path);
    // Written to a temporary file beside path, then renamed: a crash never leaves half a model.
    void save(const std::string& path) const;
    // Stored with the model by save(). Throws EngineError(InvalidArgument) unless low < high, both finite.
    void setMapRange(double low, double high);

    // Throws EngineError(ModelMismatch) when the features come from another backbone / settings.
    void checkCompatible(const FeatureExtractor& extractor) const;

    // imageSize empty: no pixel map (cheaper). Safe to call from several threads. cache (optional) keeps
    // the image's nearest neighbours in M_n for the next model with the same M_n (see scoring_cache.h).
    // Throws EngineError(NonFinite) when a patch score is NaN or infinite: never a score that passes as OK.
    ImageScore score(const PatchFeatures& q, cv::Size imageSize = cv::Size(), ScoringCache* cache = nullptr) const;
    // The same model (banks and networks shared, not copied) scoring s = -Psi(o) + w (d_n - mu) / sigma with
    // another w than it was trained with; mu and sigma come from its training data.
    DmadModel withNormalDistanceWeight(double w) const;
    // The same model scoring with another topK, normalDistanceWeight and seenDistanceWeight (the rest of
    // scoring stays as trained). Throws EngineError(InvalidArgument) for a weight < 0 or not finite, topK < 1.
    DmadModel withScoring(int topK, double normalDistanceWeight, double seenDistanceWeight) const;
    // The same model with another Gaussian smoothing of its pixel maps (ScoreConfig::sigmaAt256; 0 = none). The
    // PatchCore baseline keeps PatchCore's own sigma of 4. Throws EngineError(InvalidArgument) for < 0 or not finite.
    DmadModel withMapSmoothing(double sigmaAt256) const;
    // The terms of q's patch scores, to compare weights without scoring again (choosing them on validation).
    ScoreTerms scoreTerms(const PatchFeatures& q, ScoringCache* cache = nullptr) const;
    // What score() gives for the same image under scoring (its top-k, weights and smoothing), from its terms.
    static ImageScore scoreFromTerms(const ScoreTerms& terms, const ScoreConfig& scoring, cv::Size imageSize = {});
    // The PatchCore baseline on the same features: distance to the nearest normal patch in M_n.
    // Several images at once, without maps (rescoring every image after a training): the same scores as
    // score() up to float rounding, with one search of M_as U M_p and one forward for all. The images need
    // the same grid (one extractor). Throws like score(), for the batch as a whole.
    std::vector<ImageScore> scoreMany(const std::vector<PatchFeatures>& qs, ScoringCache* cache = nullptr) const;
    ImageScore scorePatchCore(const PatchFeatures& q, cv::Size imageSize = cv::Size()) const;

    struct Impl;
    explicit DmadModel(std::shared_ptr<Impl> impl);
    Impl* impl() const noexcept { return m_impl.get(); }

private:
    std::shared_ptr<Impl> m_impl;
};

}  // namespace dmad
