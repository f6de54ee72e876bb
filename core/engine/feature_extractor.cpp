#include "engine/feature_extractor.h"

#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "engine/method/backbone.h"
#include "engine/method/device.h"
#include "engine/method/feature_cache.h"
#include "engine/method/patch_encoder.h"
#include "engine/method/patch_features_impl.h"
#include "engine/method/sha256.h"
#include "engine/runtime.h"

namespace dmad {

namespace {
constexpr std::size_t kMemoryCacheBytes = std::size_t(4) << 30;  // the full shared data at C=128 is ~1 GB

// Only where the channels need no pooling: on a wide backbone (WideResNet-50-2: 512 + 1024 + 256 > 1536) the
// map would be mixed into the other channels by the reduction, which was never measured.
StrideFourMap resolve(const FeatureConfig& asked, const method::Backbone& backbone) {
    if (asked.strideFourMap != StrideFourMap::WhenOffered) return asked.strideFourMap;
    const int c4 = backbone.channelsStride4();
    const int all = backbone.channelsStride8() + backbone.channelsStride16() +
                    method::strideFourChannels(c4, asked.strideFourCells);
    const bool fits = asked.maxFeatureDim <= 0 || all <= asked.maxFeatureDim;
    return c4 > 0 && fits ? StrideFourMap::On : StrideFourMap::Off;
}
}  // namespace

struct FeatureExtractor::Impl {
    EngineConfig config;
    BackboneInfo info;
    std::unique_ptr<method::Backbone> backbone;
    std::unique_ptr<method::FeatureCache> cache;
};

std::shared_ptr<FeatureExtractor> FeatureExtractor::open(const EngineConfig& config) {
    if (config.features.imageSize < 32 || config.features.imageSize > 4096) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "Image size " + std::to_string(config.features.imageSize) + " is outside 32..4096.");
    }
    configureRuntime(config.runtime);
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    impl->backbone =
        std::make_unique<method::Backbone>(config.backbonePath, config.features.imageSize, method::engineDevice());
    impl->info.path = config.backbonePath;
    impl->info.sha256 = method::sha256OfFile(config.backbonePath);
    impl->info.channelsStride8 = impl->backbone->channelsStride8();
    impl->info.channelsStride16 = impl->backbone->channelsStride16();
    impl->config.features.strideFourMap = resolve(config.features, *impl->backbone);
    if (impl->config.features.strideFourMap == StrideFourMap::On) {
        impl->info.channelsStride4 = impl->backbone->channelsStride4();
        if (impl->info.channelsStride4 == 0) {
            throw EngineError(EngineError::Kind::BackboneContract,
                              "The backbone '" + config.backbonePath +
                                  "' offers no stride-4 map (a `stages(x)` method with maps at strides 4, 8 and 16), "
                                  "but the settings ask for one (features.strideFourMap = 1).");
        }
    }
    impl->info.featureDim =
        method::aggregatedDim(impl->info.channelsStride8, impl->info.channelsStride16, config.features.maxFeatureDim,
                              method::strideFourChannels(impl->info.channelsStride4, config.features.strideFourCells));
    impl->cache = std::make_unique<method::FeatureCache>(config.featureCacheDir, kMemoryCacheBytes);
    return std::shared_ptr<FeatureExtractor>(new FeatureExtractor(std::move(impl)));
}

FeatureExtractor::FeatureExtractor(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
FeatureExtractor::~FeatureExtractor() = default;

const BackboneInfo& FeatureExtractor::backbone() const {
    return m_impl->info;
}
const FeatureConfig& FeatureExtractor::featureConfig() const {
    return m_impl->config.features;
}

StrideFourMap FeatureExtractor::resolveStrideFourMap(const FeatureConfig& asked) const {
    return resolve(asked, *m_impl->backbone);
}

PatchFeatures FeatureExtractor::extract(const cv::Mat& rgb8) const {
    if (rgb8.empty() || rgb8.type() != CV_8UC3) {
        throw EngineError(EngineError::Kind::InvalidArgument, "extract() needs an 8-bit 3-channel RGB image.");
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor x = m_impl->backbone->preprocess(rgb8, m_impl->config.features);  // [1,3,S,S]
    if (m_impl->config.features.strideFourMap == StrideFourMap::On) {
        const auto [map4, map8, map16] = m_impl->backbone->forwardWithStride4(x);
        const torch::Tensor q = method::aggregatePatches(map8, map16, m_impl->config.features, map4);  // [1, N, C]
        return method::makePatchFeatures(q[0], int(map8.size(2)), int(map8.size(3)));
    }
    const auto maps = m_impl->backbone->forward(x);
    const torch::Tensor q = method::aggregatePatches(maps.first, maps.second, m_impl->config.features);  // [1, N, C]
    return method::makePatchFeatures(q[0], int(maps.first.size(2)), int(maps.first.size(3)));
}

PatchFeatures FeatureExtractor::extractFile(const std::string& path, cv::Size* imageSize) const {
    const std::vector<unsigned char> bytes = readFileBytes(path);
    const std::string key = method::FeatureCache::key(bytes, m_impl->info.sha256, m_impl->config.features);
    if (auto hit = m_impl->cache->find(key)) {
        if (imageSize) *imageSize = hit->imageSize;
        return method::makePatchFeatures(hit->q.to(method::engineDevice()), hit->gridHeight, hit->gridWidth, key);
    }
    const cv::Mat rgb = decodeImageRgb(bytes, path);
    if (imageSize) *imageSize = rgb.size();
    return extractAndCache(rgb, key);
}

PatchFeatures FeatureExtractor::extractDecoded(const DecodedImage& image) const {
    if (image.bytes.empty() || image.rgb8.empty()) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "Image '" + image.path + "' was not read: it has no bytes or no pixels.");
    }
    const std::string key = method::FeatureCache::key(image.bytes, m_impl->info.sha256, m_impl->config.features);
    if (auto hit = m_impl->cache->find(key)) {
        return method::makePatchFeatures(hit->q.to(method::engineDevice()), hit->gridHeight, hit->gridWidth, key);
    }
    return extractAndCache(image.rgb8, key);
}

PatchFeatures FeatureExtractor::extractAndCache(const cv::Mat& rgb8, const std::string& key) const {
    const PatchFeatures extracted = extract(rgb8);
    PatchFeatures features =
        method::makePatchFeatures(method::tensorOf(extracted), extracted.gridHeight(), extracted.gridWidth(), key);
    method::FeatureCache::Entry entry;
    entry.q = method::tensorOf(features);
    entry.gridHeight = features.gridHeight();
    entry.gridWidth = features.gridWidth();
    entry.imageSize = rgb8.size();
    m_impl->cache->store(key, entry);
    return features;
}

}  // namespace dmad
