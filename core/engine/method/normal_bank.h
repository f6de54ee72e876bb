// The normal memory bank M_n: a coreset of all normal patch features of all categories.
#pragma once

#include "engine/engine_config.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/progress_tick.h"

#include <torch/torch.h>

namespace dmad::method {

class NormalBank {
public:
    NormalBank() = default;
    explicit NormalBank(SearchIndex index) : m_index(std::move(index)) {}

    // patches [M, C], sources [M] int64 (image of each patch) -> M_n = Coreset(patches), keeping
    // banks.normalCoresetRatio of them.
    static NormalBank build(const torch::Tensor& patches, const torch::Tensor& sources, const BankConfig& banks,
                            std::uint64_t seed, const Tick& progress = {});

    std::int64_t size() const { return m_index.size(); }
    const SearchIndex& index() const { return m_index; }
    const torch::Tensor& features() const { return m_index.rows(); }  // [K, C]

private:
    SearchIndex m_index;
};

}  // namespace dmad::method
