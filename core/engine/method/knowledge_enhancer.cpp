#include "engine/method/knowledge_enhancer.h"

#include <algorithm>
#include <cmath>

namespace dmad::method {
namespace {
constexpr std::int64_t kAttentionBlockElements = std::int64_t(1) << 18;  // weights of a block of queries: 1 MB
}  // namespace

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

torch::Tensor KnowledgeEnhancerImpl::attention(const torch::Tensor& neighbours, const torch::Tensor& q) {
    const double scale = 1.0 / std::sqrt(double(featureDim));
    const std::int64_t p = neighbours.size(1), n = q.size(1);
    if (2 * p < n) {
        // Q K^T = (Q W_k) q^T + Q b_k, and Q b_k is one constant per row, which the softmax ignores; and
        // weights (q W_v^T + b_v) = (weights q) W_v^T + b_v because each row of weights sums to 1. Projecting
        // the P queries instead of the N keys costs 2PC^2 multiply-adds instead of 2NC^2: in training (P = 128
        // of N = 1024 for both banks) the attention's cost falls by almost half. Same result up to rounding.
        const torch::Tensor logits = torch::bmm(torch::matmul(neighbours, keyLayer->weight), q.transpose(1, 2));
        const torch::Tensor weights = torch::softmax(logits * scale, -1);  // [B, P, N]
        return valueLayer(torch::bmm(weights, q));                         // [B, P, C]
    }
    const torch::Tensor keys = keyLayer(q);      // [B, N, C]
    const torch::Tensor values = valueLayer(q);  // [B, N, C]
    if (torch::GradMode::is_enabled()) {
        const torch::Tensor weights =
            torch::softmax(torch::bmm(neighbours, keys.transpose(1, 2)) * scale, -1);  // [B, P, N]
        return torch::bmm(weights, values);                                            // [B, P, C]
    }
    // Scoring: per image and block of queries, so the weights take 1 MB instead of [B, 2N, N] (64 MB for a
    // batch of 8, three times over: fresh mmap'ed memory the kernel faulted in and zeroed on every batch).
    // Each image then sees the same operations whatever the batch, so batched scores equal single ones.
    const std::int64_t b = neighbours.size(0), c = values.size(2);
    const std::int64_t rows = std::max<std::int64_t>(1, kAttentionBlockElements / n);
    torch::Tensor out = torch::empty({b, p, c}, values.options());
    for (std::int64_t i = 0; i < b; ++i) {
        const torch::Tensor keysT = keys[i].t();  // [C, N]
        for (std::int64_t s = 0; s < p; s += rows) {
            const std::int64_t e = std::min(p, s + rows);
            torch::Tensor logits = torch::mm(neighbours[i].slice(0, s, e), keysT);  // [r, N]
            logits.mul_(scale);
            torch::Tensor block = out[i].slice(0, s, e);
            torch::mm_out(block, torch::softmax(logits, -1), values[i]);  // [r, C]
        }
    }
    return out;
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
        // Both banks' neighbours query the same keys: one call, so that they are formed once.
        const std::int64_t p = qnn.size(1);
        const torch::Tensor a = attention(torch::cat({qnn, qna}, 1), q);  // [B, 2P, C]
        knn = knn + a.slice(1, 0, p);
        kna = kna + a.slice(1, p);
    } else if (mode == AttentionMode::PerPatch) {
        // Sequence length 1: the softmax is 1, so the attention is the patch's own value.
        const torch::Tensor values = valueLayer(qSel);
        knn = knn + values;
        kna = kna + values;
    }
    return torch::cat({projection(qSel), projection(knn), projection(kna)}, -1);  // [B, P, 3C]
}

}  // namespace dmad::method
