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
    return scoreNamed(q, withMap ? size : cv::Size(), path);
}

ImageScore Inspector::scoreNamed(const PatchFeatures& q, cv::Size mapSize, const std::string& path) const {
    try {
        return scoreFeatures(q, mapSize);
    } catch (const EngineError& e) {
        if (e.kind() != EngineError::Kind::NonFinite) throw;
        throw EngineError(e.kind(), "Image '" + path + "': " + e.what());
    }
}

ImageScore Inspector::inspect(const DecodedImage& image, bool withMap) const {
    const PatchFeatures q = m_extractor->extractDecoded(image);
    return scoreNamed(q, withMap ? image.rgb8.size() : cv::Size(), image.path);
}

ImageScore Inspector::inspect(const cv::Mat& rgb8, bool withMap) const {
    const PatchFeatures q = m_extractor->extract(rgb8);
    return scoreFeatures(q, withMap ? rgb8.size() : cv::Size());
}

std::vector<InspectedImage> Inspector::inspectMany(const std::vector<std::string>& paths) const {
    std::vector<InspectedImage> out(paths.size());
    std::vector<PatchFeatures> features;
    std::vector<std::size_t> read;  // indices into paths of the images in features
    for (std::size_t i = 0; i < paths.size(); ++i) {
        try {
            features.push_back(m_extractor->extractFile(paths[i]));
            read.push_back(i);
        } catch (const EngineError& e) {
            out[i].error = e.what();
        }
    }
    if (m_method == ScoringMethod::Dmad && !features.empty()) {
        try {
            const std::vector<ImageScore> scores = m_model.scoreMany(features, m_cache.get());
            for (std::size_t k = 0; k < read.size(); ++k) {
                out[read[k]].ok = true;
                out[read[k]].score = scores[k];
            }
            return out;
        } catch (const EngineError&) {
            // One image spoilt the batch (a non-finite score): each on its own says which.
        }
    }
    for (std::size_t k = 0; k < read.size(); ++k) {
        try {
            out[read[k]].score = scoreFeatures(features[k], cv::Size());
            out[read[k]].ok = true;
        } catch (const EngineError& e) {
            out[read[k]].error = e.kind() == EngineError::Kind::NonFinite
                                     ? "Image '" + paths[read[k]] + "': " + e.what()
                                     : std::string(e.what());
        }
    }
    return out;
}

}  // namespace dmad
