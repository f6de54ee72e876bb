#include "engine/dmad_model.h"

#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/method/dmad_model_impl.h"
#include "engine/method/model_file.h"
#include "engine/method/patch_features_impl.h"
#include "engine/method/patchcore.h"
#include "engine/method/scorer.h"
#include "engine/method/scoring_cache_impl.h"
#include "engine/method/sha256.h"

namespace dmad {

std::string method::digestOfRows(const torch::Tensor& rows) {
    const torch::Tensor cpu = rows.to(torch::kCPU, torch::kFloat).contiguous();
    method::Sha256 h;
    h.update(cpu.data_ptr<float>(), std::size_t(cpu.numel()) * sizeof(float));
    return h.hexDigest();
}

void DmadModel::Impl::finalise() {
    enhancer->eval();
    mapper->eval();
    abnormalIndex = abnormal.index();
    pseudoIndex = abnormal.pseudoIndex();
    seenIndex = abnormal.seenAndSampledIndex();
    info.normalBankSize = normal.size();
    info.pseudoBankSize = abnormal.pseudoSize();
    info.seenBankSize = abnormal.seenSize();
    info.sampledBankSize = abnormal.sampledSize();
    normalDigest = method::digestOfRows(normal.features());
    pseudoDigest = abnormal.pseudoSize() > 0 ? method::digestOfRows(abnormal.pseudo()) : std::string();
}

torch::Tensor DmadModel::Impl::nearestNormal(const torch::Tensor& qd, ScoringCache* cache,
                                             const std::string& contentKey) const {
    if (!cache || contentKey.empty()) return normal.index().search(qd).indices;
    const std::string key = ScoringCache::Impl::keyOf(normalDigest, contentKey);
    if (const auto known = cache->impl().find(key); known && known->indices.size(0) == qd.size(0)) {
        return known->indices.to(qd.device());
    }
    const torch::Tensor indices = normal.index().search(qd).indices;  // [N]
    cache->impl().store(key, indices);
    return indices;
}

torch::Tensor DmadModel::Impl::nearestAbnormal(const torch::Tensor& qd, ScoringCache* cache,
                                               const std::string& contentKey) const {
    if (!cache || contentKey.empty() || pseudoIndex.size() == 0) return abnormalIndex.search(qd).indices;
    const std::string key = ScoringCache::Impl::keyOf(pseudoDigest, contentKey);
    method::Neighbours pseudo;
    if (const auto known = cache->impl().find(key);
        known && known->distances.defined() && known->indices.size(0) == qd.size(0)) {
        pseudo = {known->distances.to(qd.device()), known->indices.to(qd.device())};
    } else {
        pseudo = pseudoIndex.search(qd);
        cache->impl().store(key, pseudo.indices, pseudo.distances);
    }
    if (seenIndex.size() == 0) return pseudo.indices;
    // M_a's rows are M_o's, then M_as U M_p's: the nearer of the two searches is the union's nearest.
    return method::closerOf(pseudo, seenIndex.search(qd), pseudoIndex.size()).indices;
}

torch::Tensor DmadModel::Impl::patchScores(const torch::Tensor& q, ScoringCache* cache,
                                           const std::string& contentKey) const {
    torch::NoGradGuard noGrad;
    const torch::Tensor qd = q.to(normal.features().device(), torch::kFloat);  // [N, C]
    const std::int64_t n = qd.size(0);
    const torch::Tensor nearest = nearestNormal(qd, cache, contentKey);                             // [N] rows of M_n
    const torch::Tensor na = nearestAbnormal(qd, cache, contentKey);                                // [N] rows of M_a
    const torch::Tensor qnn = method::gatherRows(normal.index(), nearest).unsqueeze(0);             // [1, N, C]
    const torch::Tensor qna = method::gatherRows(abnormalIndex, na).unsqueeze(0);                   // [1, N, C]
    const torch::Tensor all = torch::arange(n, qd.options().dtype(torch::kLong)).unsqueeze(0);      // [1, N]
    const torch::Tensor o = enhancer.ptr()->forward(qd.unsqueeze(0), all, qnn, qna, attention)[0];  // [N, 3C]
    const torch::Tensor distance = (qd - qnn[0]).norm(2, -1);                                       // [N]
    return -mapper.ptr()->forward(o) + mapper.ptr()->normalTerm(distance, info.config.scoring.normalDistanceWeight);
}

DmadModel::DmadModel() = default;
DmadModel::~DmadModel() = default;
DmadModel::DmadModel(const DmadModel&) = default;
DmadModel& DmadModel::operator=(const DmadModel&) = default;
DmadModel::DmadModel(DmadModel&&) noexcept = default;
DmadModel& DmadModel::operator=(DmadModel&&) noexcept = default;
DmadModel::DmadModel(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}

namespace {

const DmadModel::Impl& require(const std::shared_ptr<DmadModel::Impl>& impl) {
    if (!impl) throw EngineError(EngineError::Kind::InvalidArgument, "No model: train or load one first.");
    return *impl;
}

void requireFeatureDim(const DmadModel::Impl& m, const PatchFeatures& q) {
    if (q.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "Empty patch features.");
    if (q.dim() != m.info.backbone.featureDim) {
        throw EngineError(EngineError::Kind::ModelMismatch, "The features have " + std::to_string(q.dim()) +
                                                                " dimensions but the model expects " +
                                                                std::to_string(m.info.backbone.featureDim) + ".");
    }
}

// A NaN score sorts below every threshold and would pass as "OK": it is an error instead.
void requireFinite(const torch::Tensor& patchScores, const char* method) {
    if (!torch::isfinite(patchScores).all().item<bool>()) {
        throw EngineError(EngineError::Kind::NonFinite, std::string("The ") + method +
                                                            " score is not a finite number (NaN or infinity): the "
                                                            "backbone or the model gives non-finite values.");
    }
}

}  // namespace

const ModelInfo& DmadModel::info() const {
    return require(m_impl).info;
}

DmadModel DmadModel::load(const std::string& path) {
    try {
        return DmadModel(method::readModelFile(path));
    } catch (const EngineError&) {
        throw;
    } catch (const std::exception& e) {
        throw EngineError(EngineError::Kind::ModelFileCorrupt,
                          "Model file '" + path + "' cannot be used: " + std::string(e.what()).substr(0, 200));
    }
}

void DmadModel::save(const std::string& path) const {
    method::writeModelFile(path, require(m_impl));
}

void DmadModel::checkCompatible(const FeatureExtractor& extractor) const {
    const ModelInfo& i = require(m_impl).info;
    const BackboneInfo& b = extractor.backbone();
    if (i.backbone.sha256 != b.sha256) {
        throw EngineError(EngineError::Kind::ModelMismatch, "The model was trained with backbone '" + i.backbone.path +
                                                                "' (sha256 " + i.backbone.sha256.substr(0, 12) +
                                                                "...), not with '" + b.path + "' (sha256 " +
                                                                b.sha256.substr(0, 12) + "...).");
    }
    if (i.backbone.channelsStride8 != b.channelsStride8 || i.backbone.channelsStride16 != b.channelsStride16 ||
        i.backbone.featureDim != b.featureDim) {
        throw EngineError(EngineError::Kind::ModelMismatch,
                          "The model expects " + std::to_string(i.backbone.featureDim) +
                              "-dimensional features; this extractor gives " + std::to_string(b.featureDim) + ".");
    }
    const FeatureConfig& f = extractor.featureConfig();
    const FeatureConfig& trained = i.config.features;
    if (f.imageSize != trained.imageSize || f.maxFeatureDim != trained.maxFeatureDim || f.pooling != trained.pooling ||
        f.resize != trained.resize) {
        const auto describe = [](const FeatureConfig& c) {
            return "image size " + std::to_string(c.imageSize) + ", " + toString(c.pooling) + " pooling, " +
                   toString(c.resize) + " resize";
        };
        throw EngineError(EngineError::Kind::ModelMismatch, "The model was trained with " + describe(trained) +
                                                                "; the extractor uses " + describe(f) + ".");
    }
}

ImageScore DmadModel::score(const PatchFeatures& q, cv::Size imageSize, ScoringCache* cache) const {
    const Impl& m = require(m_impl);
    requireFeatureDim(m, q);
    const torch::Tensor s = m.patchScores(method::tensorOf(q), cache, q.impl()->contentKey);
    requireFinite(s, "DMAD");
    return method::scorePatches(s, q.gridHeight(), q.gridWidth(), imageSize, m.info.config.scoring);
}

ImageScore DmadModel::scorePatchCore(const PatchFeatures& q, cv::Size imageSize) const {
    const Impl& m = require(m_impl);
    requireFeatureDim(m, q);
    torch::NoGradGuard noGrad;
    const torch::Tensor s = method::patchCoreScores(method::tensorOf(q), m.normal.index());
    requireFinite(s, "PatchCore");
    // PatchCore's image score is its largest patch distance, whatever top-k DMAD's own score uses.
    ScoreConfig scoring = m.info.config.scoring;
    scoring.topK = 1;
    return method::scorePatches(s, q.gridHeight(), q.gridWidth(), imageSize, scoring);
}

}  // namespace dmad
