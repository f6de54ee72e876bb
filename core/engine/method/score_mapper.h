// The anomaly score mapper Psi: four (Linear, BatchNorm1d, LeakyReLU 0.2) layers with skips, then Linear -> 1.
#pragma once

#include <torch/torch.h>

namespace dmad::method {

struct ScoreMapperImpl : torch::nn::Module {
    ScoreMapperImpl(std::int64_t inputDim, std::int64_t hiddenDim);

    // o [M, 3C] -> Psi(o) [M]; high = normal (the anomaly score is -Psi).
    torch::Tensor forward(const torch::Tensor& o);
    void reset(std::uint64_t seed);

    // s = -Psi(o) + w (d_n - mean) / std: the standardised distance to M_n [M] for weight w.
    torch::Tensor normalTerm(const torch::Tensor& distance, double weight) const;

    std::int64_t inputDim, hiddenDim;
    // [2]: mean and std of the normal training patches' distances to M_n (own image excluded).
    torch::Tensor normalDistance;
    torch::nn::ModuleList blocks{nullptr};  // 4 x Sequential(Linear, BatchNorm1d, LeakyReLU)
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(ScoreMapper);

// MLP width: min(3C, 1024) unless configured.
std::int64_t mapperHiddenDim(std::int64_t featureDim, int configured);

}  // namespace dmad::method
