#include "engine/inspector.h"

#include "engine/engine_error.h"
#include "engine/image_io.h"

namespace dmad {

Inspector::Inspector(std::shared_ptr<FeatureExtractor> extractor, DmadModel model, ScoringMethod method)
    : extractor_(std::move(extractor)), model_(std::move(model)), method_(method) {
    if (!extractor_) throw EngineError(EngineError::Kind::InvalidArgument, "The inspector needs a feature extractor.");
    if (model_.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "The inspector needs a trained model.");
    model_.checkCompatible(*extractor_);
}

ImageScore Inspector::scoreFeatures(const PatchFeatures& q, cv::Size mapSize) const {
    return method_ == ScoringMethod::PatchCore ? model_.scorePatchCore(q, mapSize) : model_.score(q, mapSize, cache_.get());
}

ImageScore Inspector::inspect(const std::string& path, bool withMap) const {
    cv::Size size;
    const PatchFeatures q = extractor_->extractFile(path, &size);
    try {
        return scoreFeatures(q, withMap ? size : cv::Size());
    } catch (const EngineError& e) {
        if (e.kind() != EngineError::Kind::NonFinite) throw;
        throw EngineError(e.kind(), "Image '" + path + "': " + e.what());
    }
}

ImageScore Inspector::inspect(const cv::Mat& rgb8, bool withMap) const {
    const PatchFeatures q = extractor_->extract(rgb8);
    return scoreFeatures(q, withMap ? rgb8.size() : cv::Size());
}

}  // namespace dmad
