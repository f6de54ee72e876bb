#include "engine/inspector.h"

#include "engine/engine_error.h"
#include "engine/image_io.h"

namespace dmad {

Inspector::Inspector(std::shared_ptr<FeatureExtractor> extractor, DmadModel model, ScoringMethod method)
    : m_extractor(std::move(extractor)), m_model(std::move(model)), m_method(method) {
    if (!m_extractor) throw EngineError(EngineError::Kind::InvalidArgument, "The inspector needs a feature extractor.");
    if (m_model.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "The inspector needs a trained model.");
    m_model.checkCompatible(*m_extractor);
}

ImageScore Inspector::scoreFeatures(const PatchFeatures& q, cv::Size mapSize) const {
    return m_method == ScoringMethod::PatchCore ? m_model.scorePatchCore(q, mapSize)
                                                : m_model.score(q, mapSize, m_cache.get());
}

ImageScore Inspector::inspect(const std::string& path, bool withMap) const {
    cv::Size size;
    const PatchFeatures q = m_extractor->extractFile(path, &size);
    try {
        return scoreFeatures(q, withMap ? size : cv::Size());
    } catch (const EngineError& e) {
        if (e.kind() != EngineError::Kind::NonFinite) throw;
        throw EngineError(e.kind(), "Image '" + path + "': " + e.what());
    }
}

ImageScore Inspector::inspect(const cv::Mat& rgb8, bool withMap) const {
    const PatchFeatures q = m_extractor->extract(rgb8);
    return scoreFeatures(q, withMap ? rgb8.size() : cv::Size());
}

}  // namespace dmad
