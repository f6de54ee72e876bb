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

#include <cmath>
#include <cstring>

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
    seenOnlyIndex = abnormal.seenSize() > 0 ? method::SearchIndex(abnormal.seen()) : method::SearchIndex();
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

method::Neighbours DmadModel::Impl::nearestPseudo(const torch::Tensor& qd, ScoringCache* cache,
                                                  const std::string& contentKey) const {
    if (!cache || contentKey.empty()) return pseudoIndex.search(qd);
    const std::string key = ScoringCache::Impl::keyOf(pseudoDigest, contentKey);
    if (const auto known = cache->impl().find(key);
        known && known->distances.defined() && known->indices.size(0) == qd.size(0)) {
        return {known->distances.to(qd.device()), known->indices.to(qd.device())};
    }
    method::Neighbours found = pseudoIndex.search(qd);
    cache->impl().store(key, found.indices, found.distances);
    return found;
}

DmadModel::Impl::PatchTerms DmadModel::Impl::patchTerms(const std::vector<torch::Tensor>& qs, ScoringCache* cache,
                                                        const std::vector<std::string>& contentKeys,
                                                        bool wantSeen) const {
    torch::NoGradGuard noGrad;
    const auto device = normal.features().device();
    const std::int64_t b = std::int64_t(qs.size());
    std::vector<torch::Tensor> qd;
    qd.reserve(qs.size());
    for (const torch::Tensor& q : qs) qd.push_back(q.to(device, torch::kFloat));  // [N, C] each
    const torch::Tensor flat = torch::cat(qd, 0);                                 // [B * N, C]
    const std::int64_t n = qd.front().size(0), c = flat.size(1);
    const auto keyOf = [&](std::size_t i) { return i < contentKeys.size() ? contentKeys[i] : std::string(); };

    // Nearest rows of M_n: remembered per image, else one search for all.
    torch::Tensor nearest;
    if (cache) {
        std::vector<torch::Tensor> parts;
        for (std::size_t i = 0; i < qd.size(); ++i) parts.push_back(nearestNormal(qd[i], cache, keyOf(i)));
        nearest = torch::cat(parts);
    } else {
        nearest = normal.index().search(flat).indices;
    }
    // Nearest rows of M_a: M_o's remembered per image, M_as U M_p (the rows a retrain adds) searched for all
    // at once; M_a's rows are M_o's, then M_as U M_p's, so the nearer of the two is the union's nearest.
    torch::Tensor na;
    if (cache && pseudoIndex.size() > 0) {
        std::vector<torch::Tensor> d, i;
        for (std::size_t k = 0; k < qd.size(); ++k) {
            const method::Neighbours p = nearestPseudo(qd[k], cache, keyOf(k));
            d.push_back(p.distances);
            i.push_back(p.indices);
        }
        const method::Neighbours pseudo{torch::cat(d), torch::cat(i)};
        na = seenIndex.size() == 0 ? pseudo.indices
                                   : seenIndex.searchCloserThan(flat, pseudo, pseudoIndex.size()).indices;
    } else {
        na = abnormalIndex.search(flat).indices;
    }
    const torch::Tensor q3 = flat.reshape({b, n, c});
    const torch::Tensor qnn = method::gatherRows(normal.index(), nearest).reshape({b, n, c});
    const torch::Tensor qna = method::gatherRows(abnormalIndex, na).reshape({b, n, c});
    const torch::Tensor all = torch::arange(n, flat.options().dtype(torch::kLong)).unsqueeze(0).expand({b, n});
    // One forward for the whole batch: per image, most of the time went into the many small operations.
    const torch::Tensor o = enhancer.ptr()->forward(q3, all, qnn, qna, attention);  // [B, N, 3C]
    const torch::Tensor rawDistance = (q3 - qnn).norm(2, -1).reshape({-1});         // [B * N]
    const torch::Tensor distance = normal.inOwnUnits(rawDistance, nearest);         // [B * N]
    PatchTerms t;
    t.learnt = (-mapper.ptr()->forward(o.reshape({b * n, o.size(2)}))).reshape({b, n});
    t.normal = mapper.ptr()->normalTerm(distance, 1.0).reshape({b, n});
    if (wantSeen && seenOnlyIndex.size() > 0) {
        // The margin over the nearer of the seen patch and a typical normal distance mu: a patch no farther from
        // M_n than usual gets nothing, however near a seen row it lies (a seen row that is mostly normal texture
        // lifted every normal patch of its category without the mu), and no patch gets more than its own
        // (d_n - mu) / sigma, so the term at most raises w by v where a seen defect is nearer than M_n.
        // Only a seen row nearer than M_n's nearest can give a margin, so M_n's distance rules the rest out: the
        // distance found is min(d_seen, d_n), and d_n - max(min(d_seen, d_n), mu) clamps to what d_seen gives.
        const method::Neighbours seenOrNormal =
            seenOnlyIndex.searchCloserThan(flat, {rawDistance, torch::full_like(nearest, -1)}, 0);
        const torch::Tensor ds = normal.inOwnUnits(seenOrNormal.distances, nearest);  // [B * N]
        const torch::Tensor& stats = mapper.ptr()->normalDistance;                    // [2]: mu, sigma
        t.seen = ((distance - torch::maximum(ds, stats[0])).clamp_min(0) / stats[1]).reshape({b, n});
    } else {
        t.seen = torch::zeros_like(t.normal);
    }
    return t;
}

torch::Tensor DmadModel::Impl::combine(const PatchTerms& t, const ScoreConfig& scoring) {
    torch::Tensor s = t.learnt;
    if (scoring.normalDistanceWeight != 0) s = s + t.normal * scoring.normalDistanceWeight;
    if (scoring.seenDistanceWeight != 0) s = s + t.seen * scoring.seenDistanceWeight;
    return s;
}

torch::Tensor DmadModel::Impl::patchScores(const std::vector<torch::Tensor>& qs, ScoringCache* cache,
                                           const std::vector<std::string>& contentKeys) const {
    const ScoreConfig& scoring = info.config.scoring;
    return combine(patchTerms(qs, cache, contentKeys, scoring.seenDistanceWeight != 0), scoring);
}

torch::Tensor DmadModel::Impl::patchScores(const torch::Tensor& q, ScoringCache* cache,
                                           const std::string& contentKey) const {
    return patchScores(std::vector<torch::Tensor>{q}, cache, std::vector<std::string>{contentKey})[0];
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

DmadModel DmadModel::withNormalDistanceWeight(double w) const {
    const ScoreConfig& scoring = require(m_impl).info.config.scoring;
    return withScoring(scoring.topK, w, scoring.seenDistanceWeight);
}

DmadModel DmadModel::withScoring(int topK, double normalDistanceWeight, double seenDistanceWeight) const {
    const auto valid = [](double w) { return std::isfinite(w) && w >= 0; };
    if (!valid(normalDistanceWeight))
        throw EngineError(EngineError::Kind::InvalidArgument, "The normal-distance weight must be finite and >= 0.");
    if (!valid(seenDistanceWeight))
        throw EngineError(EngineError::Kind::InvalidArgument, "The seen-distance weight must be finite and >= 0.");
    if (topK < 1) throw EngineError(EngineError::Kind::InvalidArgument, "The image score needs top-k >= 1.");
    auto copy = std::make_shared<Impl>(require(m_impl));
    ScoreConfig& scoring = copy->info.config.scoring;
    scoring.topK = topK;
    scoring.normalDistanceWeight = normalDistanceWeight;
    scoring.seenDistanceWeight = seenDistanceWeight;
    return DmadModel(std::move(copy));
}

DmadModel DmadModel::withMapSmoothing(double sigmaAt256) const {
    if (!std::isfinite(sigmaAt256) || sigmaAt256 < 0)
        throw EngineError(EngineError::Kind::InvalidArgument, "The map's smoothing must be finite and >= 0.");
    auto copy = std::make_shared<Impl>(require(m_impl));
    copy->info.config.scoring.sigmaAt256 = sigmaAt256;
    return DmadModel(std::move(copy));
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

void DmadModel::setMapRange(double low, double high) {
    if (!std::isfinite(low) || !std::isfinite(high) || !(high > low)) {
        throw EngineError(EngineError::Kind::InvalidArgument, "A heatmap colour range needs finite LOW < HIGH.");
    }
    require(m_impl);  // throws without a model
    ModelInfo& info = m_impl->info;
    info.hasMapRange = true;
    info.mapLow = low;
    info.mapHigh = high;
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
        i.backbone.channelsStride4 != b.channelsStride4 || i.backbone.featureDim != b.featureDim) {
        throw EngineError(EngineError::Kind::ModelMismatch,
                          "The model expects " + std::to_string(i.backbone.featureDim) +
                              "-dimensional features; this extractor gives " + std::to_string(b.featureDim) + ".");
    }
    const FeatureConfig& f = extractor.featureConfig();
    const FeatureConfig& trained = i.config.features;
    if (f.imageSize != trained.imageSize || f.maxFeatureDim != trained.maxFeatureDim || f.pooling != trained.pooling ||
        f.resize != trained.resize || f.strideFourMap != trained.strideFourMap ||
        (f.strideFourMap == StrideFourMap::On && f.strideFourCells != trained.strideFourCells) ||
        f.autoLevels != trained.autoLevels) {
        const auto describe = [](const FeatureConfig& c) {
            return "image size " + std::to_string(c.imageSize) + ", " + toString(c.pooling) + " pooling, " +
                   toString(c.resize) + " resize" +
                   (c.strideFourMap != StrideFourMap::On
                        ? ""
                        : std::string(", the stride-4 map (cells ") + toString(c.strideFourCells) + ")") +
                   (c.autoLevels == AutoLevels::Off ? ""
                                                    : std::string(", auto levels (") + toString(c.autoLevels) + ")");
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

ScoreTerms DmadModel::scoreTerms(const PatchFeatures& q, ScoringCache* cache) const {
    const Impl& m = require(m_impl);
    requireFeatureDim(m, q);
    const Impl::PatchTerms t = m.patchTerms({method::tensorOf(q)}, cache, {q.impl()->contentKey}, true);
    const auto grid = [&](const torch::Tensor& x) {
        requireFinite(x, "DMAD");
        const torch::Tensor cpu = x.to(torch::kCPU, torch::kFloat).contiguous();
        cv::Mat out(q.gridHeight(), q.gridWidth(), CV_32F);
        std::memcpy(out.data, cpu.data_ptr<float>(), sizeof(float) * std::size_t(cpu.numel()));
        return out;
    };
    return {grid(t.learnt), grid(t.normal), grid(t.seen)};
}

ImageScore DmadModel::scoreFromTerms(const ScoreTerms& terms, const ScoreConfig& scoring, cv::Size imageSize) {
    const cv::Size grid = terms.learnt.size();
    if (terms.learnt.empty() || terms.learnt.type() != CV_32F || terms.normal.size() != grid ||
        terms.seen.size() != grid || terms.normal.type() != CV_32F || terms.seen.type() != CV_32F) {
        throw EngineError(EngineError::Kind::InvalidArgument, "Score terms of different grids or types.");
    }
    const auto tensorOf = [](const cv::Mat& m) {
        const cv::Mat dense = m.isContinuous() ? m : m.clone();
        return torch::from_blob(dense.data, {dense.rows * dense.cols}, torch::kFloat).clone();
    };
    const Impl::PatchTerms t{tensorOf(terms.learnt), tensorOf(terms.normal), tensorOf(terms.seen)};
    return method::scorePatches(Impl::combine(t, scoring), grid.height, grid.width, imageSize, scoring);
}

std::vector<ImageScore> DmadModel::scoreMany(const std::vector<PatchFeatures>& qs, ScoringCache* cache) const {
    const Impl& m = require(m_impl);
    if (qs.empty()) return {};
    std::vector<torch::Tensor> tensors;
    std::vector<std::string> keys;
    for (const PatchFeatures& q : qs) {
        requireFeatureDim(m, q);
        if (q.gridHeight() != qs.front().gridHeight() || q.gridWidth() != qs.front().gridWidth()) {
            throw EngineError(EngineError::Kind::InvalidArgument, "Images scored together need the same grid.");
        }
        tensors.push_back(method::tensorOf(q));
        keys.push_back(q.impl()->contentKey);
    }
    const torch::Tensor s = m.patchScores(tensors, cache, keys);  // [B, N]
    requireFinite(s, "DMAD");
    std::vector<ImageScore> scores;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        scores.push_back(method::scorePatches(s[std::int64_t(i)], qs[i].gridHeight(), qs[i].gridWidth(), cv::Size(),
                                              m.info.config.scoring));
    }
    return scores;
}

ImageScore DmadModel::scorePatchCore(const PatchFeatures& q, cv::Size imageSize) const {
    const Impl& m = require(m_impl);
    requireFeatureDim(m, q);
    torch::NoGradGuard noGrad;
    return method::patchCoreImageScore(method::tensorOf(q), q.gridHeight(), q.gridWidth(), m.normal.index(), imageSize);
}

}  // namespace dmad
