// The frozen backbone plus PatchCore-style aggregation: image in, patch features q out.
#pragma once

#include "engine/engine_config.h"
#include "engine/patch_features.h"

#include <memory>
#include <opencv2/core.hpp>
#include <string>

namespace dmad {

struct DecodedImage;

struct BackboneInfo {
    std::string path;
    std::string sha256;       // of the TorchScript file: a model file remembers which backbone it needs
    int channelsStride8 = 0;  // read from the module's output, never assumed
    int channelsStride16 = 0;
    int channelsStride4 = 0;  // > 0 only when the features use the stride-4 map (FeatureConfig::strideFourMap)
    int featureDim = 0;       // C after aggregation
};

class FeatureExtractor {
public:
    // Loads the TorchScript module, checks the contract of ../shared/models/README.md on a probe
    // input (a tuple of two 4-D maps at strides 8 and 16), warms it up. Throws EngineError
    // (BackboneMissing / BackboneContract) with a message that says exactly what is wrong, and when the
    // features ask for the stride-4 map (StrideFourMap::On) that the backbone does not offer.
    static std::shared_ptr<FeatureExtractor> open(const EngineConfig& config);
    ~FeatureExtractor();

    const BackboneInfo& backbone() const;
    // The features as this backbone gives them: strideFourMap resolved to On or Off (never WhenOffered).
    const FeatureConfig& featureConfig() const;
    // What asked.strideFourMap means with this backbone: WhenOffered is On when the backbone offers the map
    // and the three maps fit in asked.maxFeatureDim unpooled, else Off; On and Off stay.
    StrideFourMap resolveStrideFourMap(const FeatureConfig& asked) const;

    // rgb8: 8-bit RGB of any size (see image_io.h). Safe to call from several threads.
    PatchFeatures extract(const cv::Mat& rgb8) const;
    // Reads the file, and reuses cached features of identical content (memory, and disk when
    // EngineConfig::featureCacheDir is set). imageSize receives the original size when non-null.
    PatchFeatures extractFile(const std::string& path, cv::Size* imageSize = nullptr) const;
    // The same for an image already read and decoded (readDecodedImage): no second read or decode; the
    // bytes give the cache key. Throws EngineError(InvalidArgument) when it holds no bytes or pixels.
    PatchFeatures extractDecoded(const DecodedImage& image) const;

    struct Impl;

private:
    explicit FeatureExtractor(std::unique_ptr<Impl> impl);
    PatchFeatures extractAndCache(const cv::Mat& rgb8, const std::string& key) const;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace dmad
