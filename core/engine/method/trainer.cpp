#include "engine/method/trainer.h"

#include "engine/engine_error.h"
#include "engine/method/normal_bank.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dmad::method {
namespace {

// [B, P] int64: P distinct patches of N for each of B images (all N in order when P >= N).
torch::Tensor sampleQueries(std::int64_t b, std::int64_t n, std::int64_t p, at::Generator& gen) {
    if (p <= 0 || p >= n) return torch::arange(n, torch::kLong).unsqueeze(0).expand({b, n}).contiguous();
    return std::get<1>(torch::rand({b, n}, gen, torch::kFloat).sort(1)).slice(1, 0, p).contiguous();
}

struct Represented {
    torch::Tensor o;         // [B, P, 3C]
    torch::Tensor distance;  // [B, P] L2 distance of each queried patch to its nearest row of M_n
};

// o for images ids of a feature store with cached neighbour indices.
Represented represent(KnowledgeEnhancer& enhancer, const torch::Tensor& features, const torch::Tensor& nnIdx,
                      const torch::Tensor& naIdx, const torch::Tensor& ids, const torch::Tensor& queried,
                      const TrainingData& data, AttentionMode attention) {
    const auto device = features.device();
    const torch::Tensor idsD = ids.to(device);
    const torch::Tensor sel = queried.to(device);                         // [B, P]
    const torch::Tensor nn = nnIdx.index_select(0, idsD).gather(1, sel);  // [B, P]
    const torch::Tensor na = naIdx.index_select(0, idsD).gather(1, sel);  // [B, P]
    const std::int64_t b = sel.size(0), p = sel.size(1), n = features.size(1), c = features.size(2);
    const torch::Tensor qnn = data.normalBank.index_select(0, nn.reshape({-1})).reshape({b, p, c});
    const torch::Tensor qna = data.abnormalBank.index_select(0, na.reshape({-1})).reshape({b, p, c});
    const torch::Tensor rows = (idsD.unsqueeze(1) * n + sel).reshape({-1});                         // [B * P]
    const torch::Tensor qSel = features.reshape({-1, c}).index_select(0, rows).reshape({b, p, c});  // [B, P, C]
    const torch::Tensor distance = inRowUnits((qSel - qnn).norm(2, -1), nn, data.normalScales);     // [B, P]
    if (attention == AttentionMode::OverImage) {
        // The keys are every patch of the image.
        return {enhancer->forward(features.index_select(0, idsD), sel, qnn, qna, attention), distance};
    }
    // Without attention only the queried patches matter: copying and scaling whole images (16 MB for 32 of
    // them) every step is wasted.
    const torch::Tensor own = torch::arange(p, sel.options()).unsqueeze(0).expand({b, p});
    return {enhancer->forward(qSel, own, qnn, qna, attention), distance};
}

// The seen anomalies' filtered patches pooled per category (TrainingData::anomalyGroup), so that each step can
// draw as many from every category: a category whose defects cover one patch each then weighs as much in the
// loss as one whose defects cover a hundred.
struct SeenPool {
    std::vector<std::vector<std::pair<std::int64_t, std::int64_t>>> byGroup;  // (anomaly, patch) per category
    std::int64_t perGroup = 0;                                                // draws per category and step
};

SeenPool poolSeenByCategory(const TrainingData& data, std::int64_t take, std::int64_t perImage) {
    SeenPool pool;
    std::map<int, std::size_t> slot;
    double patchesPerAnomaly = 0;
    for (std::size_t a = 0; a < data.anomalyPatches.size(); ++a) {
        const torch::Tensor patches = data.anomalyPatches[a].to(torch::kCPU);
        if (patches.numel() == 0) continue;
        const auto [it, added] = slot.emplace(data.anomalyGroup[a], pool.byGroup.size());
        if (added) pool.byGroup.emplace_back();
        for (std::int64_t i = 0; i < patches.numel(); ++i)
            pool.byGroup[it->second].emplace_back(std::int64_t(a), patches[i].item<std::int64_t>());
        patchesPerAnomaly += double(std::min<std::int64_t>(patches.numel(), perImage));
    }
    if (pool.byGroup.empty()) return pool;
    // As many seen patches per step as the paper's sampling takes on average, shared evenly by the categories.
    const double perStep = double(take) * patchesPerAnomaly / double(data.anomalyPatches.size());
    pool.perGroup = std::max<std::int64_t>(1, std::int64_t(std::ceil(perStep / double(pool.byGroup.size()))));
    return pool;
}

// One step's draw from the pool, grouped by anomaly image: anomaly -> its drawn patches (repeats allowed).
std::map<std::int64_t, std::vector<std::int64_t>> drawSeen(const SeenPool& pool, at::Generator& gen) {
    std::map<std::int64_t, std::vector<std::int64_t>> drawn;
    for (const auto& group : pool.byGroup) {
        const torch::Tensor picks = torch::randint(std::int64_t(group.size()), {pool.perGroup}, gen, torch::kLong);
        const auto* index = picks.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < pool.perGroup; ++i) {
            const auto& [anomaly, patch] = group[std::size_t(index[i])];
            drawn[anomaly].push_back(patch);
        }
    }
    return drawn;
}

// Mean and std of the normal patches' distances to their nearest M_n row (own image excluded) [2].
torch::Tensor normalDistanceStats(const TrainingData& data) {
    torch::NoGradGuard noGrad;
    const std::int64_t images = data.normalFeatures.size(0), c = data.normalFeatures.size(2);
    double sum = 0, sumSquares = 0;
    std::int64_t count = 0;
    for (std::int64_t s = 0; s < images; s += 64) {
        const std::int64_t e = std::min(images, s + 64);
        const torch::Tensor q = data.normalFeatures.slice(0, s, e).reshape({-1, c});
        const torch::Tensor rows = data.normalNn.slice(0, s, e).reshape({-1});
        const torch::Tensor nn = data.normalBank.index_select(0, rows);
        const torch::Tensor d = inRowUnits((q - nn).norm(2, -1), rows, data.normalScales).to(torch::kDouble);
        sum += d.sum().item<double>();
        sumSquares += d.square().sum().item<double>();
        count += d.numel();
    }
    const double mean = count > 0 ? sum / double(count) : 0.0;
    const double variance = count > 1 ? (sumSquares - double(count) * mean * mean) / double(count - 1) : 1.0;
    const double stdev = variance > 1e-12 ? std::sqrt(variance) : 1.0;
    return torch::tensor({float(mean), float(stdev)});
}

}  // namespace

torch::Tensor groupNoiseScales(const torch::Tensor& heldOut, const std::vector<int>& groups) {
    const std::int64_t in = heldOut.size(0);
    if (std::int64_t(groups.size()) != in)
        throw EngineError(EngineError::Kind::InvalidArgument, "Noise scales: one group per normal image needed.");
    const torch::Tensor perImage = heldOut.to(torch::kCPU, torch::kDouble).reshape({in, -1}).mean(1);  // [In]
    torch::Tensor scales = torch::ones({in}, torch::kFloat);
    const double overall = in > 0 ? perImage.mean().item<double>() : 0.0;
    if (!(overall > 0)) return scales;
    std::map<int, std::pair<double, std::int64_t>> sums;  // group -> (sum of its images' means, images)
    const auto* mean = perImage.data_ptr<double>();
    for (std::int64_t i = 0; i < in; ++i) {
        auto& [sum, count] = sums[groups[std::size_t(i)]];
        sum += mean[i];
        ++count;
    }
    auto* out = scales.data_ptr<float>();
    for (std::int64_t i = 0; i < in; ++i) {
        const auto& [sum, count] = sums[groups[std::size_t(i)]];
        out[i] = float(sum / double(count) / overall);
    }
    return scales;
}

torch::Tensor hingeLoss(const torch::Tensor& psiNormal, const torch::Tensor& psiPseudo,
                        const torch::Tensor& psiAnomalous, double lambda1, double lambda2) {
    torch::Tensor loss = torch::relu(0.5 - psiNormal).mean();
    if (lambda1 != 0 && psiPseudo.defined() && psiPseudo.numel() > 0) {
        loss = loss + lambda1 * torch::relu(0.5 + psiPseudo).mean();
    }
    if (lambda2 != 0 && psiAnomalous.defined() && psiAnomalous.numel() > 0) {
        loss = loss + lambda2 * torch::relu(0.5 + psiAnomalous).mean();
    }
    return loss;
}

void copyWeights(const torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard noGrad;
    const auto copy = [](const torch::OrderedDict<std::string, torch::Tensor>& source,
                         torch::OrderedDict<std::string, torch::Tensor> target) {
        for (auto& item : target) {
            const torch::Tensor* value = source.find(item.key());
            if (!value || value->sizes() != item.value().sizes()) {
                throw EngineError(EngineError::Kind::ModelMismatch,
                                  "The previous model's '" + item.key() + "' does not fit this training.");
            }
            item.value().copy_(*value);
        }
    };
    copy(from.named_parameters(), to.named_parameters());
    copy(from.named_buffers(), to.named_buffers());
}

TrainedHead trainHead(const TrainingData& data, const TrainConfig& config, AttentionMode attention, double lambda1,
                      double lambda2, double normalDistanceWeight, const std::function<void(const StepReport&)>& onStep,
                      const TrainedHead* warmStart) {
    const auto device = data.normalFeatures.device();
    const std::int64_t images = data.normalFeatures.size(0);
    const std::int64_t n = data.normalFeatures.size(1);
    const std::int64_t c = data.normalFeatures.size(2);
    const std::int64_t anomalies = data.anomalyFeatures.defined() ? data.anomalyFeatures.size(0) : 0;
    const std::int64_t batch = std::max(1, config.batchSize);
    const std::int64_t perImage = config.patchesPerImage > 0 ? std::min<std::int64_t>(config.patchesPerImage, n) : n;
    const int epochs = std::max(1, warmStart ? config.warmStartEpochs : config.epochs);
    // A warm start replays a share of the normal images each epoch: the head already knows them.
    const std::int64_t perEpoch =
        warmStart ? std::clamp<std::int64_t>(std::int64_t(std::ceil(double(images) * config.replayShare)),
                                             std::min(images, batch), images)
                  : images;
    const std::int64_t stepsPerEpoch = (perEpoch + batch - 1) / batch;

    auto gen0 = at::detail::createCPUGenerator(config.seed + 5);
    TrainedHead head;
    head.enhancer = KnowledgeEnhancer(c);
    head.mapper = ScoreMapper(3 * c, mapperHiddenDim(c, config.hiddenDim));
    head.enhancer->reset(config.seed * 2 + 1);
    head.mapper->reset(config.seed * 2 + 2);
    if (warmStart) {
        copyWeights(*warmStart->enhancer, *head.enhancer);
        copyWeights(*warmStart->mapper, *head.mapper);
    } else {
        torch::NoGradGuard noGrad;
        const std::int64_t rows = images * n;
        const torch::Tensor flat = data.normalFeatures.reshape({rows, c});
        const torch::Tensor sample =
            rows > 200000
                ? flat.index_select(0, torch::randperm(rows, gen0, torch::kLong).slice(0, 0, 200000).to(device))
                : flat;
        head.enhancer->inputScale.fill_(unitScaleOf(sample));
        // Always: the model may later be scored with a weight other than the one it was trained beside.
        head.mapper->normalDistance.copy_(normalDistanceStats(data));
    }
    head.enhancer->to(device);
    head.mapper->to(device);
    head.enhancer->train();
    head.mapper->train();
    head.patchesPerEpoch = perEpoch * perImage;

    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(
        head.enhancer->parameters(),
        std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(config.lrAttention).weight_decay(0.0)));
    groups.emplace_back(head.mapper->parameters(),
                        std::make_unique<torch::optim::AdamWOptions>(
                            torch::optim::AdamWOptions(config.lrMapper).weight_decay(config.weightDecayMapper)));
    torch::optim::AdamW optimiser(std::move(groups), torch::optim::AdamWOptions(config.lrMapper));

    auto gen = at::detail::createCPUGenerator(config.seed + 7);
    const bool useAnomalies = anomalies > 0 && lambda2 != 0;
    const bool perCategory = useAnomalies && data.anomalyGroup.size() == data.anomalyPatches.size();
    const SeenPool seenPool = perCategory ? poolSeenByCategory(data, std::min(anomalies, batch), perImage) : SeenPool{};
    StepReport report;
    report.epochs = epochs;
    report.steps = stepsPerEpoch * epochs;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        report.epoch = epoch;
        const torch::Tensor order = torch::randperm(images, gen, torch::kLong);
        double lossSum = 0.0;
        for (std::int64_t s = 0; s < stepsPerEpoch; ++s) {
            const torch::Tensor ids = order.slice(0, s * batch, std::min(perEpoch, (s + 1) * batch));
            const torch::Tensor queried = sampleQueries(ids.size(0), n, perImage, gen);
            const Represented normals = represent(head.enhancer, data.normalFeatures, data.normalNn, data.normalNa, ids,
                                                  queried, data, attention);
            const torch::Tensor on = normals.o.reshape({-1, 3 * c});  // [B*P, 3C]
            // A pseudo negative shares its source patch's distance to M_n: Psi alone must push it out.
            const torch::Tensor normalTerm =
                head.mapper->normalTerm(normals.distance.reshape({-1}), normalDistanceWeight);
            torch::Tensor noise = torch::randn(on.sizes(), gen, torch::kFloat) * config.pseudoNegativeStd;
            if (data.noiseScales.defined())  // each query patch's image's factor: on is image-major
                noise = noise * data.noiseScales.index_select(0, ids).repeat_interleave(queried.size(1)).unsqueeze(1);
            const torch::Tensor op = on + noise.to(device);  // o_p [B*P, 3C]

            std::vector<torch::Tensor> seen, seenTerm;
            const auto representSeen = [&](std::int64_t a, const torch::Tensor& patches) {  // patches [k]
                const Represented r =
                    represent(head.enhancer, data.anomalyFeatures, data.anomalyNn, data.anomalyNa,
                              torch::full({1}, a, torch::kLong), patches.unsqueeze(0), data, attention);
                seen.push_back(r.o.reshape({-1, 3 * c}));
                seenTerm.push_back(head.mapper->normalTerm(r.distance.reshape({-1}), normalDistanceWeight));
            };
            if (perCategory) {
                for (const auto& [a, patches] : drawSeen(seenPool, gen))
                    representSeen(a, torch::tensor(patches, torch::kLong));
            } else if (useAnomalies) {
                const std::int64_t take = std::min(anomalies, batch);
                const torch::Tensor picked = torch::randperm(anomalies, gen, torch::kLong).slice(0, 0, take);
                for (std::int64_t i = 0; i < take; ++i) {
                    const std::int64_t a = picked[i].item<std::int64_t>();
                    torch::Tensor patches = data.anomalyPatches[std::size_t(a)];
                    if (patches.numel() == 0) continue;
                    if (patches.numel() > perImage) {
                        const torch::Tensor pick =
                            torch::randperm(patches.numel(), gen, torch::kLong).slice(0, 0, perImage);
                        patches = patches.index_select(0, pick.to(patches.device()));
                    }
                    representSeen(a, patches);
                }
            }
            const torch::Tensor oa = seen.empty() ? torch::Tensor() : torch::cat(seen, 0);  // [Na, 3C]
            std::vector<torch::Tensor> parts = {on, op};
            if (oa.defined()) parts.push_back(oa);
            // Psi is high for normal; the combined score is -Psi + term, so Psi - term is what the hinge sees.
            std::vector<torch::Tensor> terms = {normalTerm, normalTerm};
            if (oa.defined()) terms.push_back(torch::cat(seenTerm, 0));
            const torch::Tensor psi =
                head.mapper->forward(torch::cat(parts, 0)) - torch::cat(terms, 0);  // one batch-norm batch
            const std::int64_t m = on.size(0);
            const torch::Tensor loss =
                hingeLoss(psi.slice(0, 0, m), psi.slice(0, m, 2 * m),
                          oa.defined() ? psi.slice(0, 2 * m) : torch::Tensor(), lambda1, lambda2);
            optimiser.zero_grad();
            loss.backward();
            optimiser.step();
            const double stepLoss = loss.item<double>();
            if (!std::isfinite(stepLoss)) {
                throw EngineError(EngineError::Kind::NonFinite, "Training stopped: the loss became " +
                                                                    std::to_string(stepLoss) + " in epoch " +
                                                                    std::to_string(epoch) +
                                                                    " (NaN or infinite features from the backbone, or "
                                                                    "settings that diverge); no model was written.");
            }
            lossSum += stepLoss;
            ++report.step;
            report.epochLoss = -1;
            if (onStep) onStep(report);
        }
        head.epochLoss.push_back(lossSum / double(stepsPerEpoch));
        report.epochLoss = head.epochLoss.back();
        if (onStep) onStep(report);
    }
    head.enhancer->eval();
    head.mapper->eval();
    return head;
}

}  // namespace dmad::method
