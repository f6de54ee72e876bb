// Knowledge enhancement: difference vectors to both banks' nearest neighbours plus cross-attention,
// projected by the shared layer P into the enhanced representation o = Cat(P(q), P(k_nn), P(k_na)).
#pragma once

#include "engine/engine_config.h"

#include <torch/torch.h>

namespace dmad::method {

struct KnowledgeEnhancerImpl : torch::nn::Module {
    explicit KnowledgeEnhancerImpl(std::int64_t featureDim);

    // q [B, N, C]: all patches of each image (they give the keys and values);
    // queried [B, P] int64: the patches whose representation is wanted (P = N at inference);
    // qnn, qna [B, P, C]: their nearest neighbours in M_n and M_a  ->  o [B, P, 3C].
    torch::Tensor forward(const torch::Tensor& q, const torch::Tensor& queried, const torch::Tensor& qnn,
                          const torch::Tensor& qna, AttentionMode mode);

    // A [B, P, C]: softmax(Q K^T / sqrt(C)) V with Q = neighbours [B, P, C], K = W_k q, V = W_v q (q [B, N, C]).
    torch::Tensor attention(const torch::Tensor& neighbours, const torch::Tensor& q);

    // Deterministic initialisation from a seed (PyTorch's Linear default distribution).
    void reset(std::uint64_t seed);

    std::int64_t featureDim;
    // [1]: q, q_nn and q_na are multiplied by it first, so that the representation has unit scale whatever
    // the backbone (MobileNetV2's maps have a per-dimension std near 2, WideResNet's far less) and the
    // pseudo-negative noise means the same for every backbone. Set from the normal features in training.
    torch::Tensor inputScale;
    torch::nn::Linear keyLayer{nullptr};    // W_k
    torch::nn::Linear valueLayer{nullptr};  // W_v
    torch::nn::Linear projection{nullptr};  // P, shared by q, k_nn and k_na
};
TORCH_MODULE(KnowledgeEnhancer);

// 1 / RMS of the per-dimension standard deviation of patch features [M, C] (1 for constant features).
double unitScaleOf(const torch::Tensor& features);

// Linear layer initialisation U(-1/sqrt(in), 1/sqrt(in)) from a seeded generator.
void initLinear(torch::nn::Linear& layer, at::Generator& generator);

}  // namespace dmad::method
