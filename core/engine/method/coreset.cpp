#include "engine/method/coreset.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

namespace dmad::method {
namespace {

// A seeded subset of row indices, sorted; all rows when few enough.
std::vector<std::int64_t> candidateRows(std::int64_t rows, std::int64_t maxCandidates, std::mt19937_64& rng) {
    std::vector<std::int64_t> all(static_cast<std::size_t>(rows));
    std::iota(all.begin(), all.end(), 0);
    if (maxCandidates <= 0 || rows <= maxCandidates) return all;
    // Partial Fisher-Yates: the first maxCandidates entries become a uniform random subset.
    for (std::int64_t i = 0; i < maxCandidates; ++i) {
        std::uniform_int_distribution<std::int64_t> pick(i, rows - 1);
        std::swap(all[std::size_t(i)], all[std::size_t(pick(rng))]);
    }
    all.resize(std::size_t(maxCandidates));
    std::sort(all.begin(), all.end());
    return all;
}

// [C, d] Gaussian projection, seeded independently of torch's global generator.
torch::Tensor projectionMatrix(std::int64_t c, int d, std::mt19937_64& rng) {
    std::normal_distribution<float> gauss(0.f, 1.f);
    torch::Tensor r = torch::empty({c, d}, torch::kFloat);
    float* p = r.data_ptr<float>();
    for (std::int64_t i = 0; i < c * d; ++i) p[i] = gauss(rng);
    return r / std::sqrt(float(d));
}

}  // namespace

std::int64_t coresetSize(std::int64_t rows, double ratio) {
    if (rows <= 0) return 0;
    const auto k = static_cast<std::int64_t>(std::llround(double(rows) * ratio));
    return std::clamp<std::int64_t>(k, 1, rows);
}

torch::Tensor greedyCoreset(const torch::Tensor& features, std::int64_t k, const CoresetOptions& options,
                            const Tick& progress) {
    torch::NoGradGuard noGrad;
    const std::int64_t rows = features.size(0);
    std::mt19937_64 rng(options.seed);
    const std::vector<std::int64_t> candidates = candidateRows(rows, options.maxCandidates, rng);
    const auto m = std::int64_t(candidates.size());
    k = std::min(k, m);
    if (k <= 0) return torch::empty({0}, torch::kLong);

    const torch::Tensor index = torch::from_blob(const_cast<std::int64_t*>(candidates.data()), {m}, torch::kLong)
                                    .to(features.device());
    torch::Tensor x = features.index_select(0, index).to(torch::kFloat);  // [m, C]
    const std::int64_t c = x.size(1);
    if (options.projectionDim > 0 && c > options.projectionDim) {
        x = x.matmul(projectionMatrix(c, options.projectionDim, rng).to(x.device()));  // [m, d]
    }
    x = x.to(torch::kCPU).contiguous();
    const std::int64_t d = x.size(1);
    const float* data = x.data_ptr<float>();

    std::vector<float> minDist(std::size_t(m), std::numeric_limits<float>::max());
    std::vector<std::int64_t> chosen;
    chosen.reserve(std::size_t(k));
    std::int64_t next = std::uniform_int_distribution<std::int64_t>(0, m - 1)(rng);

    const int threads = std::max(1, at::get_num_threads());
    std::vector<float> bestValue(static_cast<std::size_t>(threads));
    std::vector<std::int64_t> bestIndex(static_cast<std::size_t>(threads));
    auto lastTick = std::chrono::steady_clock::now();
    for (std::int64_t step = 0; step < k; ++step) {
        chosen.push_back(next);
        const float* centre = data + next * d;
        std::fill(bestValue.begin(), bestValue.end(), -1.f);
        std::fill(bestIndex.begin(), bestIndex.end(), 0);
        const std::int64_t grain = std::max<std::int64_t>(4096, m / threads + 1);
        at::parallel_for(0, m, grain, [&](std::int64_t begin, std::int64_t end) {
            const int t = at::get_thread_num();
            float localBest = -1.f;
            std::int64_t localIndex = begin;
            for (std::int64_t i = begin; i < end; ++i) {
                const float* row = data + i * d;
                float dist = 0.f;
                for (std::int64_t j = 0; j < d; ++j) {
                    const float diff = row[j] - centre[j];
                    dist += diff * diff;
                }
                float& current = minDist[std::size_t(i)];
                if (dist < current) current = dist;
                if (current > localBest) {
                    localBest = current;
                    localIndex = i;
                }
            }
            if (localBest > bestValue[std::size_t(t)]) {
                bestValue[std::size_t(t)] = localBest;
                bestIndex[std::size_t(t)] = localIndex;
            }
        });
        const auto winner = std::max_element(bestValue.begin(), bestValue.end()) - bestValue.begin();
        next = bestIndex[std::size_t(winner)];
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTick > std::chrono::milliseconds(200) || step + 1 == k) {
            lastTick = now;
            tick(progress, step + 1, k);
        }
    }
    torch::Tensor out = torch::empty({k}, torch::kLong);
    auto* o = out.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < k; ++i) o[i] = candidates[std::size_t(chosen[std::size_t(i)])];
    return out;
}

}  // namespace dmad::method
