// The PatchCore baseline on features of its own: a coreset of normal patches, scored by nearest-patch distance.
#pragma once

#include "engine/engine_config.h"
#include "engine/feature_extractor.h"
#include "engine/image_score.h"
#include "engine/patch_features.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad {

// The evaluation's baseline when DMAD's features are not PatchCore's (DMAD with the stride-4 map): PatchCore
// is the stride-8 and stride-16 maps, so it gets a normal bank of its own on those, built as M_n is (the same
// coreset, ratio and seed). With the same features it equals DmadModel::scorePatchCore on DMAD's M_n.
class PatchCoreBaseline {
public:
    // normalPaths: every category's normal training images. progress(done, total) counts images, then the
    // coreset. Throws EngineError (ImageUnreadable naming the file, Cancelled) like training does.
    static PatchCoreBaseline build(std::shared_ptr<FeatureExtractor> extractor,
                                   const std::vector<std::string>& normalPaths, const BankConfig& banks,
                                   std::uint64_t seed, const std::function<void(std::int64_t, std::int64_t)>& progress,
                                   const std::atomic<bool>* cancel = nullptr);

    // The image's features from this baseline's extractor, scored: largest patch distance, map smoothed with
    // PatchCore's sigma. imageSize empty: no map.
    ImageScore scoreFile(const std::string& path, cv::Size imageSize) const;
    ImageScore score(const PatchFeatures& q, cv::Size imageSize) const;

    std::int64_t bankSize() const;
    const FeatureExtractor& extractor() const { return *m_extractor; }

    struct Bank;

private:
    std::shared_ptr<FeatureExtractor> m_extractor;
    std::shared_ptr<const Bank> m_bank;
};

}  // namespace dmad
