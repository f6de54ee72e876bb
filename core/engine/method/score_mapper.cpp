#include "engine/method/score_mapper.h"

#include "engine/method/knowledge_enhancer.h"

namespace dmad::method {

std::int64_t mapperHiddenDim(std::int64_t featureDim, int configured) {
    return configured > 0 ? configured : std::min<std::int64_t>(3 * featureDim, 1024);
}

ScoreMapperImpl::ScoreMapperImpl(std::int64_t in, std::int64_t hidden) : inputDim(in), hiddenDim(hidden) {
    blocks = register_module("blocks", torch::nn::ModuleList());
    for (int i = 0; i < 4; ++i) {
        blocks->push_back(
            torch::nn::Sequential(torch::nn::Linear(i == 0 ? in : hidden, hidden), torch::nn::BatchNorm1d(hidden),
                                  torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2))));
    }
    head = register_module("head", torch::nn::Linear(hidden, 1));
    normalDistance = register_buffer("normalDistance", torch::tensor({0.0f, 1.0f}));
}

torch::Tensor ScoreMapperImpl::normalTerm(const torch::Tensor& distance, double weight) const {
    if (weight == 0) return torch::zeros_like(distance);
    return (distance - normalDistance[0]) / normalDistance[1] * weight;
}

void ScoreMapperImpl::reset(std::uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    for (const auto& block : *blocks) {
        torch::nn::Linear linear(
            std::dynamic_pointer_cast<torch::nn::LinearImpl>(block->as<torch::nn::Sequential>()->ptr(0)));
        initLinear(linear, gen);
    }
    initLinear(head, gen);
}

torch::Tensor ScoreMapperImpl::forward(const torch::Tensor& o) {
    torch::Tensor h = o;
    for (std::size_t i = 0; i < blocks->size(); ++i) {
        const torch::Tensor out = blocks[i]->as<torch::nn::Sequential>()->forward(h);
        // Skip connections between the layers whose widths agree.
        h = h.size(-1) == out.size(-1) ? out + h : out;
    }
    return head(h).squeeze(-1);  // [M]
}

}  // namespace dmad::method
