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

// An orthonormal basis [d, L] of the L directions of largest variance (from a sample of the rows). For
// any two rows, ||U^T (p - s)|| <= ||p - s||: a lower bound of the distance in L instead of d dimensions.
torch::Tensor principalBasis(const torch::Tensor& rows, std::int64_t dims) {
    const std::int64_t m = rows.size(0);
    const torch::Tensor sample = m > 200000 ? rows.slice(0, 0, m, m / 200000 + 1) : rows;
    const torch::Tensor centred = sample.to(torch::kDouble) - sample.to(torch::kDouble).mean(0, true);
    const torch::Tensor covariance = centred.t().matmul(centred);  // [d, d]
    const torch::Tensor vectors = std::get<1>(torch::linalg::eigh(covariance, "L"));  // ascending eigenvalues
    return vectors.slice(1, vectors.size(1) - dims).flip(1).to(torch::kFloat).contiguous();  // [d, L]
}

// Farthest-point greedy with Gonzalez clusters: every row belongs to its nearest chosen centre, each
// cluster knows its radius. A new centre s can only take rows from cluster j when d(s, c_j) < 2 r_j, and
// only the rows p with d(s, c_j) < 2 d(p, c_j) (triangle inequality: otherwise d(p, s) >= d(p, c_j)).
// Rows that pass are checked against a lower bound of d(p, s) in the principal subspace before the full
// distance is computed. Each cluster keeps its rows' records contiguous, so a step streams through the
// clusters it cannot rule out instead of gathering all rows.
class ClusteredGreedy {
public:
    static constexpr std::int64_t kLowDims = 16;

    // lowSlack: an absolute margin for the principal-subspace bound, whose coordinates carry rounding
    // errors relative to the rows' norms rather than to their differences.
    ClusteredGreedy(const float* data, std::int64_t rows, std::int64_t dim, const float* low, float lowSlack,
                    std::int64_t k)
        : data_(data), low_(low), lowMargin_(lowSlack), m_(rows), d_(dim) {
        clusters_.reserve(std::size_t(k));
        centreRows_.reserve(std::size_t(k * dim));
        centreLow_.reserve(std::size_t(k * kLowDims));
    }

    void addFirst(std::int64_t row) {
        openCluster(row);
        std::vector<Record>& all = clusters_.back().rows;
        all.resize(std::size_t(m_));
        at::parallel_for(0, m_, 16384, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) all[std::size_t(i)] = recordOf(i, squaredDistance(rowOf(i), rowOf(row), d_));
        });
        std::sort(all.begin(), all.end(), before);
    }

    // Picks the row farthest from all centres, makes it a centre and moves the rows it now owns.
    std::int64_t addNext() {
        const std::int64_t s = farthestRow();
        const auto t = std::int64_t(clusters_.size());
        openCluster(s);
        const float* centre = rowOf(s);
        const float* centreLow = low_ + s * kLowDims;
        std::vector<std::vector<Record>> moved(std::size_t(std::max(1, at::get_num_threads())));
        at::parallel_for(0, t, 16, [&](std::int64_t begin, std::int64_t end) {
            std::vector<Record>& mine = moved[std::size_t(at::get_thread_num())];
            for (std::int64_t j = begin; j < end; ++j) takeRows(clusters_[std::size_t(j)], j, centre, centreLow, mine);
        });
        std::vector<Record>& taken = clusters_[std::size_t(t)].rows;
        for (const auto& part : moved) taken.insert(taken.end(), part.begin(), part.end());
        std::sort(taken.begin(), taken.end(), before);
        return s;
    }

    std::vector<std::int64_t> centres() const {
        std::vector<std::int64_t> out;
        out.reserve(clusters_.size());
        for (const Cluster& c : clusters_) out.push_back(c.centre);
        return out;
    }

private:
    // A row is skipped only when a bound holds by more than rounding could explain.
    static constexpr float kTriangleSlack = 4.0f * (1.0f + 1e-4f);  // d(s,c)^2 >= 4 d(p,c)^2, squared form
    static constexpr float kLowSlack = 1.0f + 1e-3f;

    // One row of a cluster: its squared distance to the centre, its index and principal coordinates.
    struct Record {
        float minDist;
        std::int32_t id;
        float low[kLowDims];
    };
    // Farthest first, the lowest index among equals: the first record is the cluster's farthest row, and
    // a scan can stop where the triangle bound starts to hold for every remaining row.
    static bool before(const Record& a, const Record& b) {
        return a.minDist > b.minDist || (a.minDist == b.minDist && a.id < b.id);
    }

    struct Cluster {
        std::int64_t centre = 0;
        std::vector<Record> rows;  // sorted by before()

        float radius() const { return rows.empty() ? 0.f : std::max(rows.front().minDist, 0.f); }
        std::int32_t farthest() const { return rows.empty() ? std::int32_t(centre) : rows.front().id; }
    };

    const float* rowOf(std::int64_t i) const { return data_ + i * d_; }

    void openCluster(std::int64_t row) {
        Cluster c;
        c.centre = row;
        clusters_.push_back(std::move(c));
        centreRows_.insert(centreRows_.end(), rowOf(row), rowOf(row) + d_);
        centreLow_.insert(centreLow_.end(), low_ + row * kLowDims, low_ + (row + 1) * kLowDims);
    }

    Record recordOf(std::int64_t row, float dist) const {
        Record r;
        r.minDist = dist;
        r.id = std::int32_t(row);
        std::copy(low_ + row * kLowDims, low_ + (row + 1) * kLowDims, r.low);
        return r;
    }

    void takeRows(Cluster& cluster, std::int64_t j, const float* centre, const float* centreLow,
                  std::vector<Record>& taken) const {
        const float dc2 = squaredDistance(centre, centreRows_.data() + j * d_, d_);
        std::vector<Record>& rows = cluster.rows;
        // Rows with 4 minDist <= d(s, c)^2 keep their centre; sorted farthest first, they are the tail.
        std::size_t scanned = 0;
        while (scanned < rows.size() && dc2 < kTriangleSlack * rows[scanned].minDist) ++scanned;
        if (scanned == 0) return;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < scanned; ++i) {
            const Record& r = rows[i];
            if (squaredDistance(r.low, centreLow, kLowDims) < kLowSlack * r.minDist + lowMargin_) {
                const float dist = squaredDistance(rowOf(r.id), centre, d_);
                if (dist < r.minDist) {
                    taken.push_back(r);
                    taken.back().minDist = dist;
                    continue;
                }
            }
            if (kept != i) rows[kept] = r;
            ++kept;
        }
        if (kept == scanned) return;
        rows.erase(rows.begin() + std::ptrdiff_t(kept), rows.begin() + std::ptrdiff_t(scanned));  // order kept
    }

    std::int64_t farthestRow() const {
        std::size_t best = 0;
        for (std::size_t j = 1; j < clusters_.size(); ++j) {
            const Cluster& c = clusters_[j];
            const Cluster& b = clusters_[best];
            if (c.radius() > b.radius() || (c.radius() == b.radius() && c.farthest() < b.farthest())) best = j;
        }
        return clusters_[best].farthest();
    }

    const float* data_;
    const float* low_;  // [m, kLowDims] every row's principal coordinates
    float lowMargin_;
    std::int64_t m_, d_;
    std::vector<Cluster> clusters_;   // one per centre, in the order chosen
    std::vector<float> centreRows_;   // [t, d] the centres' features, contiguous
    std::vector<float> centreLow_;    // [t, kLowDims] their principal coordinates
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

    const std::int64_t lowDims = std::min<std::int64_t>(ClusteredGreedy::kLowDims, p.rows.size(1));
    torch::Tensor low = p.rows.matmul(principalBasis(p.rows, lowDims));  // [m, L]
    if (lowDims < ClusteredGreedy::kLowDims) {
        low = torch::cat({low, torch::zeros({m, ClusteredGreedy::kLowDims - lowDims})}, 1);  // zeros bound nothing
    }
    low = low.contiguous();
    const float lowMargin = 1e-5f * p.rows.square().sum(1).max().item<float>();
    ClusteredGreedy greedy(p.rows.data_ptr<float>(), m, p.rows.size(1), low.data_ptr<float>(), lowMargin, k);
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
