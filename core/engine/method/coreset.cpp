#include "engine/method/coreset.h"

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

// Squared L2 distance with eight independent sums, so the compiler can vectorise it. Both greedy versions
// use this one function: they then see bit-identical distances and choose identical rows.
float squaredDistance(const float* a, const float* b, std::int64_t d) {
    float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::int64_t j = 0;
    for (; j + 8 <= d; j += 8) {
        for (int l = 0; l < 8; ++l) {
            const float diff = a[j + l] - b[j + l];
            acc[l] += diff * diff;
        }
    }
    for (; j < d; ++j) {
        const float diff = a[j] - b[j];
        acc[0] += diff * diff;
    }
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

// The rows the greedy runs on: [m, d] float on the CPU, after the optional subset and projection.
struct Prepared {
    torch::Tensor rows;
    std::vector<std::int64_t> candidates;  // row of `rows` -> row of the caller's features
    std::int64_t first = 0;                // the seeded first centre, a row of `rows`
};

Prepared prepare(const torch::Tensor& features, const CoresetOptions& options) {
    Prepared p;
    std::mt19937_64 rng(options.seed);
    p.candidates = candidateRows(features.size(0), options.maxCandidates, rng);
    const auto m = std::int64_t(p.candidates.size());
    torch::Tensor x = features.to(torch::kFloat);
    if (m != features.size(0)) {
        const torch::Tensor index =
            torch::from_blob(p.candidates.data(), {m}, torch::kLong).to(features.device());
        x = x.index_select(0, index);
    }
    const std::int64_t c = x.size(1);
    if (options.projectionDim > 0 && c > options.projectionDim) {
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

// Farthest-point greedy with Gonzalez clusters: every row belongs to its nearest chosen centre, each
// cluster knows its radius. A new centre s can only take rows from cluster j when d(s, c_j) < 2 r_j, and
// only the rows p with d(s, c_j) < 2 d(p, c_j) (triangle inequality: otherwise d(p, s) >= d(p, c_j)). As
// the clusters shrink, each step touches a small part of the rows instead of all of them.
class ClusteredGreedy {
public:
    ClusteredGreedy(const float* data, std::int64_t rows, std::int64_t dim, std::int64_t k)
        : data_(data), m_(rows), d_(dim), minDist_(std::size_t(rows), std::numeric_limits<float>::infinity()) {
        centres_.reserve(std::size_t(k));
        centreRows_.reserve(std::size_t(k * dim));
        members_.reserve(std::size_t(k));
        radius_.reserve(std::size_t(k));
        farthest_.reserve(std::size_t(k));
    }

    void addFirst(std::int64_t row) {
        openCluster(row);
        std::vector<std::int32_t>& all = members_.back();
        all.resize(std::size_t(m_));
        std::iota(all.begin(), all.end(), 0);
        at::parallel_for(0, m_, 16384, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) minDist_[std::size_t(i)] = squaredDistance(rowOf(i), rowOf(row), d_);
        });
        refreshRadius(0);
    }

    // Picks the row farthest from all centres, makes it a centre and moves the rows it now owns.
    std::int64_t addNext() {
        const std::int64_t s = farthestRow();
        const auto t = std::int64_t(centres_.size());
        const float* centre = rowOf(s);
        openCluster(s);
        std::vector<std::vector<std::int32_t>> moved(std::size_t(std::max(1, at::get_num_threads())));
        at::parallel_for(0, t, 64, [&](std::int64_t begin, std::int64_t end) {
            std::vector<std::int32_t>& mine = moved[std::size_t(at::get_thread_num())];
            for (std::int64_t j = begin; j < end; ++j) takeRows(j, centre, mine);
        });
        std::vector<std::int32_t>& taken = members_[std::size_t(t)];
        for (const auto& part : moved) taken.insert(taken.end(), part.begin(), part.end());
        refreshRadius(t);
        return s;
    }

    const std::vector<std::int64_t>& centres() const { return centres_; }

private:
    // Relative slack on the pruning tests: a row is skipped only when the bound holds by more than rounding.
    static constexpr float kSlack = 1.0f + 1e-4f;

    const float* rowOf(std::int64_t i) const { return data_ + i * d_; }

    void openCluster(std::int64_t row) {
        centres_.push_back(row);
        centreRows_.insert(centreRows_.end(), rowOf(row), rowOf(row) + d_);
        members_.emplace_back();
        radius_.push_back(0.f);
        farthest_.push_back(std::int32_t(row));
    }

    void takeRows(std::int64_t j, const float* centre, std::vector<std::int32_t>& taken) {
        const float rj = std::sqrt(radius_[std::size_t(j)]);
        const float dc = std::sqrt(squaredDistance(centre, centreRows_.data() + j * d_, d_));
        if (dc >= 2.f * rj * kSlack) return;
        std::vector<std::int32_t>& rows = members_[std::size_t(j)];
        std::size_t kept = 0;
        bool changed = false;
        for (const std::int32_t p : rows) {
            float& best = minDist_[std::size_t(p)];
            if (dc < 2.f * std::sqrt(best) * kSlack) {
                const float dist = squaredDistance(rowOf(p), centre, d_);
                if (dist < best) {
                    best = dist;
                    taken.push_back(p);
                    changed = true;
                    continue;
                }
            }
            rows[kept++] = p;
        }
        if (!changed) return;
        rows.resize(kept);
        refreshRadius(j);
    }

    void refreshRadius(std::int64_t j) {
        float r = -1.f;
        std::int32_t arg = std::numeric_limits<std::int32_t>::max();
        for (const std::int32_t p : members_[std::size_t(j)]) {
            const float v = minDist_[std::size_t(p)];
            if (v > r || (v == r && p < arg)) {
                r = v;
                arg = p;
            }
        }
        radius_[std::size_t(j)] = std::max(r, 0.f);
        farthest_[std::size_t(j)] = arg == std::numeric_limits<std::int32_t>::max() ? std::int32_t(centres_[std::size_t(j)]) : arg;
    }

    std::int64_t farthestRow() const {
        std::size_t best = 0;
        for (std::size_t j = 1; j < radius_.size(); ++j) {
            if (radius_[j] > radius_[best] || (radius_[j] == radius_[best] && farthest_[j] < farthest_[best])) best = j;
        }
        return farthest_[best];
    }

    const float* data_;
    std::int64_t m_, d_;
    std::vector<float> minDist_;                      // [m] squared distance to the row's nearest centre
    std::vector<std::int64_t> centres_;               // [t] chosen rows, in order
    std::vector<float> centreRows_;                   // [t, d] their features, contiguous
    std::vector<std::vector<std::int32_t>> members_;  // per centre: the rows it is nearest to
    std::vector<float> radius_;                       // per centre: the largest squared distance of its rows
    std::vector<std::int32_t> farthest_;              // per centre: the row at that distance (lowest index)
};

}  // namespace

std::int64_t coresetSize(std::int64_t rows, double ratio) {
    if (rows <= 0) return 0;
    const auto k = static_cast<std::int64_t>(std::llround(double(rows) * ratio));
    return std::clamp<std::int64_t>(k, 1, rows);
}

torch::Tensor greedyCoreset(const torch::Tensor& features, std::int64_t k, const CoresetOptions& options,
                            const Tick& progress) {
    torch::NoGradGuard noGrad;
    const Prepared p = prepare(features, options);
    const std::int64_t m = p.rows.size(0);
    k = std::min(k, m);
    if (k <= 0) return torch::empty({0}, torch::kLong);
    TORCH_CHECK(m <= std::numeric_limits<std::int32_t>::max(), "greedyCoreset: too many rows");

    ClusteredGreedy greedy(p.rows.data_ptr<float>(), m, p.rows.size(1), k);
    greedy.addFirst(p.first);
    auto lastTick = std::chrono::steady_clock::now();
    for (std::int64_t step = 1; step < k; ++step) {
        greedy.addNext();
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTick > std::chrono::milliseconds(200)) {
            lastTick = now;
            tick(progress, step + 1, k);
        }
    }
    tick(progress, k, k);
    return toCallerRows(greedy.centres(), p.candidates);
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
