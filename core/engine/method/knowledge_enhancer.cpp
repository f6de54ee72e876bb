#include "engine/method/knowledge_enhancer.h"

#include <cmath>

namespace dmad::method {

void initLinear(torch::nn::Linear& layer, at::Generator& generator) {
    torch::NoGradGuard noGrad;
    const double bound = 1.0 / std::sqrt(double(layer->weight.size(1)));
    const auto device = layer->weight.device();
    layer->weight.copy_((torch::rand(layer->weight.sizes(), generator, torch::kFloat) * 2 - 1).mul(bound).to(device));
    if (layer->bias.defined()) {
        layer->bias.copy_((torch::rand(layer->bias.sizes(), generator, torch::kFloat) * 2 - 1).mul(bound).to(device));
    }
}

double unitScaleOf(const torch::Tensor& features) {
    const double meanVariance = features.to(torch::kFloat).var(0).mean().item<double>();
    return meanVariance > 1e-12 ? 1.0 / std::sqrt(meanVariance) : 1.0;
}

KnowledgeEnhancerImpl::KnowledgeEnhancerImpl(std::int64_t dim) : featureDim(dim) {
    inputScale = register_buffer("inputScale", torch::ones({1}));
    keyLayer = register_module("key", torch::nn::Linear(dim, dim));
    valueLayer = register_module("value", torch::nn::Linear(dim, dim));
    projection = register_module("projection", torch::nn::Linear(dim, dim));
}

void KnowledgeEnhancerImpl::reset(std::uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    initLinear(keyLayer, gen);
    initLinear(valueLayer, gen);
    initLinear(projection, gen);
}

torch::Tensor KnowledgeEnhancerImpl::attention(const torch::Tensor& neighbours, const torch::Tensor& keys,
                                               const torch::Tensor& values) const {
    const double scale = 1.0 / std::sqrt(double(featureDim));
    const torch::Tensor weights =
        torch::softmax(torch::bmm(neighbours, keys.transpose(1, 2)) * scale, -1);  // [B, P, N]
    return torch::bmm(weights, values);                                            // [B, P, C]
}

torch::Tensor KnowledgeEnhancerImpl::forward(const torch::Tensor& qRaw, const torch::Tensor& queried,
                                             const torch::Tensor& qnnRaw, const torch::Tensor& qnaRaw,
                                             AttentionMode mode) {
    const torch::Tensor q = qRaw * inputScale;      // [B, N, C]
    const torch::Tensor qnn = qnnRaw * inputScale;  // [B, P, C]
    const torch::Tensor qna = qnaRaw * inputScale;  // [B, P, C]
    const std::int64_t c = q.size(2);
    const torch::Tensor qSel = torch::gather(q, 1, queried.unsqueeze(-1).expand({-1, -1, c}));  // [B, P, C]
    torch::Tensor knn = qSel - qnn;                                                             // d_nn
    torch::Tensor kna = qSel - qna;                                                             // d_na
    if (mode == AttentionMode::OverImage) {
        const torch::Tensor keys = keyLayer(q);      // [B, N, C]
        const torch::Tensor values = valueLayer(q);  // [B, N, C]
        knn = knn + attention(qnn, keys, values);
        kna = kna + attention(qna, keys, values);
    } else if (mode == AttentionMode::PerPatch) {
        // Sequence length 1: the softmax is 1, so the attention is the patch's own value.
        const torch::Tensor values = valueLayer(qSel);
        knn = knn + values;
        kna = kna + values;
    }
    return torch::cat({projection(qSel), projection(knn), projection(kna)}, -1);  // [B, P, 3C]
}

}  // namespace dmad::method
