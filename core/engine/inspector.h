// Scoring one image end to end: read, extract features, score with DMAD (or the PatchCore baseline), map.
#pragma once

#include "engine/dmad_model.h"
#include "engine/feature_extractor.h"
#include "engine/image_io.h"
#include "engine/image_score.h"
#include "engine/scoring_cache.h"

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

enum class ScoringMethod {
    Dmad,      // s = -Psi(o) with both memory banks
    PatchCore  // the baseline: distance to the nearest normal patch in M_n
};

// One image of inspectMany(): its score, or why it has none.
struct InspectedImage {
    bool ok = false;
    ImageScore score;   // without the map
    std::string error;  // names the file when !ok
};

class Inspector {
public:
    // Throws EngineError(ModelMismatch) when the model needs another backbone or feature settings,
    // (InvalidArgument) for a missing extractor or an empty model.
    Inspector(std::shared_ptr<FeatureExtractor> extractor, DmadModel model, ScoringMethod method = ScoringMethod::Dmad);

    // Throws EngineError(ImageUnreadable) naming the file, (NonFinite) naming it when the score is NaN or
    // infinite. Safe to call from several threads.
    ImageScore inspect(const std::string& path, bool withMap) const;
    // The same for an image already read and decoded (readDecodedImage): nothing is read or decoded again,
    // and the feature and scoring caches work as for the path. Throws as the path-taking one.
    ImageScore inspect(const DecodedImage& image, bool withMap) const;
    // rgb8: 8-bit RGB of any size; the map (when asked) has its size.
    ImageScore inspect(const cv::Mat& rgb8, bool withMap) const;

    // Scores several images without maps, batched (DmadModel::scoreMany): for rescoring a whole project.
    // An image that cannot be read or scored gets its error; the others are scored all the same.
    std::vector<InspectedImage> inspectMany(const std::vector<std::string>& paths) const;

    // Remembers nearest normal neighbours across models that share M_n (null: none). The cache
    // outlives the inspector when several hold it.
    void setScoringCache(std::shared_ptr<ScoringCache> cache) { m_cache = std::move(cache); }

    ScoringMethod method() const { return m_method; }
    void setMethod(ScoringMethod method) { m_method = method; }
    const DmadModel& model() const { return m_model; }
    const FeatureExtractor& extractor() const { return *m_extractor; }

private:
    ImageScore scoreFeatures(const PatchFeatures& q, cv::Size mapSize) const;
    // scoreFeatures, with a non-finite score's error naming the image.
    ImageScore scoreNamed(const PatchFeatures& q, cv::Size mapSize, const std::string& path) const;

    std::shared_ptr<FeatureExtractor> m_extractor;
    DmadModel m_model;
    ScoringMethod m_method;
    std::shared_ptr<ScoringCache> m_cache;
};

}  // namespace dmad
