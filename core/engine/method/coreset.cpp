#include "engine/method/coreset.h"

#include "engine/method/squared_distance.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cmath>
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

constexpr std::int64_t kBlockElements = std::int64_t(1) << 20;  // 4 MB of floats: stays in cache, never mmap'ed

// The rows the greedy runs on: [m, d] float on the CPU, after the optional subset and projection.
struct Prepared {
    torch::Tensor rows;
    std::vector<std::int64_t> candidates;  // row of `rows` -> row of the caller's features
    std::int64_t first = 0;                // the seeded first centre, a row of `rows`
    bool exact = true;                     // rows are the caller's, unprojected
};

Prepared prepare(const torch::Tensor& features, const CoresetOptions& options) {
    Prepared p;
    std::mt19937_64 rng(options.seed);
    p.candidates = candidateRows(features.size(0), options.maxCandidates, rng);
    const auto m = std::int64_t(p.candidates.size());
    torch::Tensor x = features.to(torch::kFloat);
    if (m != features.size(0)) {
        const torch::Tensor index = torch::from_blob(p.candidates.data(), {m}, torch::kLong).to(features.device());
        x = x.index_select(0, index);
    }
    const std::int64_t c = x.size(1);
    p.exact = m == features.size(0);
    if (options.projectionDim > 0 && c > options.projectionDim) {
        p.exact = false;
        x = x.matmul(projectionMatrix(c, options.projectionDim, rng).to(x.device()));  // [m, d]
    }
    p.rows = x.to(torch::kCPU).contiguous();
    if (m > 0) p.first = std::uniform_int_distribution<std::int64_t>(0, m - 1)(rng);
    return p;
}

torch::Tensor toCallerRows(const std::vector<std::int64_t>& chosen, const std::vector<std::int64_t>& candidates) {
    torch::Tensor out = torch::empty({std::int64_t(chosen.size())}, torch::kLong);
    auto* o = out.data_ptr<std::int64_t>();
    for (std::size_t i = 0; i < chosen.size(); ++i) o[i] = candidates[std::size_t(chosen[i])];
    return out;
}

// Farthest-point greedy, several steps per pass over the rows. After a pass every row's distance to its
// nearest centre is exact. The B rows farthest from the centres are candidates; every other row is at most
// as far as the (B+1)-th, the bound. The farthest candidate is then the next centre, as in the textbook;
// the other candidates' distances are lowered by it, and the farthest of them is the next centre as long as
// it still lies above the bound (nothing outside the candidates can have grown). So a step costs B
// distances instead of M, and one matrix product per batch brings all rows up to date: compute-bound
// instead of one memory-bound pass per step.
class BatchedGreedy {
public:
    BatchedGreedy(const torch::Tensor& rows, bool trackNearest)
        : m_x(rows), m_squaredNorms(rows.square().sum(1)),
          m_minDist(torch::full({rows.size(0)}, std::numeric_limits<float>::infinity())) {
        if (trackNearest) m_nearest = torch::zeros({rows.size(0)}, torch::kLong);
    }

    // Lowers every row's distance by the new centres (rows of x). The matrix product's
    // ||x||^2 + ||c||^2 - 2 x c only finds the (row, centre) pairs that may lower a row; their distance is
    // then computed as the textbook does, so every stored distance is bit-identical to the textbook's and
    // the choice does not depend on how the product was blocked or threaded.
    //
    // The product goes into one reused block of about 4 MB: a fresh tensor per block of this size is
    // mmap'ed, and the kernel's page faults and zeroing took as long as the product itself.
    // firstPosition: the chosen-order position of centres[0], for the cover.
    void apply(const std::vector<std::int64_t>& centres, std::int64_t firstPosition) {
        if (centres.empty()) return;
        const torch::Tensor index = torch::tensor(centres, torch::kLong);
        const torch::Tensor c = m_x.index_select(0, index);              // [b, d]
        const torch::Tensor c2 = m_squaredNorms.index_select(0, index);  // [b]
        const std::int64_t m = m_x.size(0), d = m_x.size(1), b = std::int64_t(centres.size());
        // Every pair whose product says it may be closer, with a margin far above the product's rounding
        // error (below 1e-5 of the norms): the exact distance then decides.
        const float margin = 1e-5f * c2.max().item<float>();
        const std::int64_t block = std::max<std::int64_t>(64, kBlockElements / b);
        if (m_product.numel() < block * b) m_product = torch::empty({block * b}, torch::kFloat);
        const float* data = m_x.data_ptr<float>();
        const float* norms = m_squaredNorms.data_ptr<float>();
        float* minDist = m_minDist.data_ptr<float>();
        std::int64_t* nearest = m_nearest.defined() ? m_nearest.data_ptr<std::int64_t>() : nullptr;
        for (std::int64_t s = 0; s < m; s += block) {
            const std::int64_t e = std::min(m, s + block);
            torch::Tensor product = m_product.slice(0, 0, (e - s) * b).view({e - s, b});  // [r, b] c2 - 2 x c
            torch::addmm_out(product, c2.unsqueeze(0), m_x.slice(0, s, e), c.t(), 1, -2);
            const float* p = product.data_ptr<float>();
            at::parallel_for(s, e, 256, [&](std::int64_t rb, std::int64_t re) {
                for (std::int64_t row = rb; row < re; ++row) {
                    const float* pr = p + (row - s) * b;
                    float threshold = minDist[row] - norms[row] + 1e-5f * norms[row] + margin;
                    for (std::int64_t j = 0; j < b; ++j) {
                        if (!(pr[j] < threshold)) continue;
                        const float dist = squaredDistance(data + row * d, data + centres[std::size_t(j)] * d, d);
                        if (dist < minDist[row]) {
                            minDist[row] = dist;
                            if (nearest) nearest[row] = firstPosition + j;
                            threshold = dist - norms[row] + 1e-5f * norms[row] + margin;
                        }
                    }
                }
            });
        }
    }

    // The next centres in textbook order, as many as the candidates prove; at least one, at most `limit`.
    std::vector<std::int64_t> nextBatch(std::int64_t candidates, std::int64_t limit) const {
        const std::int64_t m = m_x.size(0);
        const std::int64_t b = std::min(candidates, m);
        const auto top = m_minDist.topk(std::min(b + 1, m));
        const torch::Tensor values = std::get<0>(top).contiguous();
        const torch::Tensor indices = std::get<1>(top).contiguous();
        const float* v = values.data_ptr<float>();
        const std::int64_t* id = indices.data_ptr<std::int64_t>();
        // Rows outside the candidates are at most this far.
        const float bound = b < m ? v[b] : -1.0f;

        std::vector<float> value(v, v + b);
        std::vector<char> alive(std::size_t(b), 1);
        const std::int64_t d = m_x.size(1);
        const float* data = m_x.data_ptr<float>();
        std::vector<std::int64_t> batch;
        while (std::int64_t(batch.size()) < limit) {
            std::int64_t best = -1;
            for (std::int64_t j = 0; j < b; ++j) {
                if (!alive[std::size_t(j)]) continue;
                if (best < 0 || value[std::size_t(j)] > value[std::size_t(best)] ||
                    (value[std::size_t(j)] == value[std::size_t(best)] && id[j] < id[best])) {
                    best = j;
                }
            }
            if (best < 0 || !(value[std::size_t(best)] > bound)) break;
            batch.push_back(id[best]);
            alive[std::size_t(best)] = 0;
            const float* centre = data + id[best] * d;
            for (std::int64_t j = 0; j < b; ++j) {
                if (!alive[std::size_t(j)]) continue;
                value[std::size_t(j)] = std::min(value[std::size_t(j)], squaredDistance(data + id[j] * d, centre, d));
            }
        }
        if (batch.empty()) batch.push_back(farthestRow());  // a tie with the bound: one textbook step
        return batch;
    }

    CoresetCover cover() const { return {m_nearest, m_minDist}; }

private:
    // The row farthest from the centres, the lowest index among equals.
    std::int64_t farthestRow() const {
        const float* v = m_minDist.data_ptr<float>();
        std::int64_t best = 0;
        for (std::int64_t i = 1; i < m_minDist.size(0); ++i) {
            if (v[i] > v[best]) best = i;
        }
        return best;
    }

    torch::Tensor m_x;             // [m, d]
    torch::Tensor m_squaredNorms;  // [m]
    torch::Tensor m_minDist;       // [m] squared distance to the nearest centre so far
    torch::Tensor m_nearest;       // [m] chosen-order position of that centre; undefined unless tracked
    torch::Tensor m_product;       // the reused block of apply()
};

}  // namespace

std::int64_t coresetSize(std::int64_t rows, double ratio) {
    if (rows <= 0) return 0;
    const auto k = static_cast<std::int64_t>(std::llround(double(rows) * ratio));
    return std::clamp<std::int64_t>(k, 1, rows);
}

torch::Tensor greedyCoreset(const torch::Tensor& features, std::int64_t k, const CoresetOptions& options,
                            const Tick& progress, CoresetCover* cover) {
    torch::NoGradGuard noGrad;
    const Prepared p = prepare(features, options);
    const std::int64_t m = p.rows.size(0);
    k = std::min(k, m);
    if (k <= 0) return torch::empty({0}, torch::kLong);
    // Candidates per batch: enough that a batch holds many steps, few enough that checking them stays cheap.
    constexpr std::int64_t kCandidates = 1024;
    const bool covering = cover && p.exact;
    BatchedGreedy greedy(p.rows, covering);
    std::vector<std::int64_t> chosen{p.first};
    greedy.apply(chosen, 0);
    auto lastTick = std::chrono::steady_clock::now();
    while (std::int64_t(chosen.size()) < k) {
        const std::vector<std::int64_t> batch = greedy.nextBatch(kCandidates, k - std::int64_t(chosen.size()));
        const auto position = std::int64_t(chosen.size());
        chosen.insert(chosen.end(), batch.begin(), batch.end());
        // The last batch only matters to the cover.
        if (std::int64_t(chosen.size()) < k || covering) greedy.apply(batch, position);
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTick > std::chrono::milliseconds(200)) {
            lastTick = now;
            tick(progress, std::int64_t(chosen.size()), k);
        }
    }
    tick(progress, k, k);
    if (cover) *cover = covering ? greedy.cover() : CoresetCover{};
    return toCallerRows(chosen, p.candidates);
}

torch::Tensor greedyCoresetReference(const torch::Tensor& features, std::int64_t k, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    CoresetOptions options;
    options.seed = seed;
    const Prepared p = prepare(features, options);
    const std::int64_t m = p.rows.size(0), d = p.rows.size(1);
    k = std::min(k, m);
    if (k <= 0) return torch::empty({0}, torch::kLong);
    const float* data = p.rows.data_ptr<float>();
    std::vector<float> minDist(std::size_t(m), std::numeric_limits<float>::infinity());
    std::vector<std::int64_t> chosen{p.first};
    while (std::int64_t(chosen.size()) < k) {
        const float* centre = data + chosen.back() * d;
        std::int64_t next = 0;
        for (std::int64_t i = 0; i < m; ++i) {
            const float dist = squaredDistance(data + i * d, centre, d);
            if (dist < minDist[std::size_t(i)]) minDist[std::size_t(i)] = dist;
            if (minDist[std::size_t(i)] > minDist[std::size_t(next)]) next = i;
        }
        chosen.push_back(next);
    }
    return toCallerRows(chosen, p.candidates);
}

}  // namespace dmad::method
