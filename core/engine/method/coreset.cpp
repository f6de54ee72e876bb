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

// Rows per chunk of a group: small enough for tight radii, large enough for an efficient product.
constexpr std::int64_t kChunkRows = 2048;

// How many of the first centres become anchors: about one per 1,024 rows, at most 1,024 (the products over all
// rows before the partition stay a small share of the work). 0: too few centres left to gain.
std::int64_t anchorCount(std::int64_t rows, std::int64_t k) {
    const std::int64_t anchors = std::clamp<std::int64_t>(rows / 1024, 16, 1024);
    return anchors < k ? anchors : 0;
}

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
//
// Most (row, centre) pairs of a late batch cannot lower anything: a centre only matters near itself. Once
// the first centres are chosen, the rows are grouped by their nearest one of them, the anchor (partition()).
// A chunk of a group whose rows all lie within R of the anchor, and within D of their nearest centre, cannot
// be lowered by a centre farther than R + D from the anchor (triangle inequality); the product skips those
// pairs. On the shared data that skips about half of them.
class BatchedGreedy {
public:
    BatchedGreedy(const torch::Tensor& rows, std::int64_t first)
        : m_x(rows), m_squaredNorms(rows.square().sum(1)),
          m_minDist(torch::full({rows.size(0)}, std::numeric_limits<float>::infinity())),
          m_nearest(torch::zeros({rows.size(0)}, torch::kLong)), m_chosen{first} {
        apply(0);
    }

    std::int64_t chosenCount() const { return std::int64_t(m_chosen.size()); }
    bool partitioned() const { return !m_chunks.empty(); }

    // Chooses the next centres in textbook order, as many as the candidates prove; at least one, at most
    // `limit`. They lower the rows' distances with applyNewest().
    void chooseBatch(std::int64_t candidates, std::int64_t limit) {
        m_newest = chosenCount();
        const std::vector<std::int64_t> batch = nextBatch(candidates, limit);
        m_chosen.insert(m_chosen.end(), batch.begin(), batch.end());
    }

    void applyNewest() { apply(m_newest); }

    // Groups the rows by their nearest centre so far (every chosen centre becomes an anchor), each group's
    // farthest rows first, in chunks of at most chunkRows: a chunk near its anchor gets a tight radius. Call
    // it right after a batch was applied, so that every row's nearest centre is known.
    void partition(std::int64_t chunkRows) {
        const std::int64_t m = m_x.size(0);
        const auto* nearest = m_nearest.data_ptr<std::int64_t>();
        const float* minDist = m_minDist.data_ptr<float>();
        m_order.resize(std::size_t(m));
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), [&](std::int64_t a, std::int64_t b) {
            if (nearest[a] != nearest[b]) return nearest[a] < nearest[b];
            if (minDist[a] != minDist[b]) return minDist[a] > minDist[b];
            return a < b;
        });
        m_anchors = chosenCount();
        m_grouped = m_x.index_select(0, torch::from_blob(m_order.data(), {m}, torch::kLong));
        for (std::int64_t s = 0; s < m;) {
            const std::int64_t anchor = nearest[m_order[std::size_t(s)]];
            std::int64_t end = s;
            while (end < m && nearest[m_order[std::size_t(end)]] == anchor) ++end;
            for (std::int64_t c = s; c < end; c += chunkRows) {
                // Farthest first: the chunk's first row sets its radius.
                const float radius = std::sqrt(minDist[m_order[std::size_t(c)]]);
                m_chunks.push_back({c, std::min(end, c + chunkRows), anchor, radius, radius});
            }
            s = end;
        }
    }

    // Rows of the given matrix, in the order chosen.
    const std::vector<std::int64_t>& chosen() const { return m_chosen; }

    CoresetCover cover() const { return {m_nearest, m_minDist}; }

private:
    struct Chunk {
        std::int64_t begin, end;  // rows m_order[begin, end)
        std::int64_t anchor;      // position of the anchor in the chosen order
        float radius;             // no row is farther from the anchor (not squared)
        float reach;              // no row is farther from its nearest centre (not squared)
    };

    // Lowers every row's distance by the centres chosen from position `first` on.
    void apply(std::int64_t first) {
        const std::vector<std::int64_t> centres(m_chosen.begin() + first, m_chosen.end());
        if (centres.empty()) return;
        const torch::Tensor index = torch::tensor(centres, torch::kLong);
        const torch::Tensor c = m_x.index_select(0, index).contiguous();              // [b, d]
        const torch::Tensor c2 = m_squaredNorms.index_select(0, index).contiguous();  // [b]
        // The product's rounding stays far below 1e-5 of the norms.
        const float margin = 1e-5f * c2.max().item<float>();
        if (partitioned()) {
            lowerNearChunks(centres, c, c2, margin, first);
        } else {
            lowerAll(centres, c, c2, margin, first);
        }
    }

    // All rows against all centres of the batch, in blocks of about 4 MB of products: a fresh tensor per
    // block of this size is mmap'ed, and the kernel's page faults and zeroing took as long as the product.
    void lowerAll(const std::vector<std::int64_t>& centres, const torch::Tensor& c, const torch::Tensor& c2,
                  float margin, std::int64_t firstPosition) {
        const std::int64_t m = m_x.size(0), b = std::int64_t(centres.size());
        std::vector<std::int64_t> all(static_cast<std::size_t>(b));
        std::iota(all.begin(), all.end(), 0);
        const std::int64_t block = std::max<std::int64_t>(64, kBlockElements / b);
        if (m_product.numel() < block * b) m_product = torch::empty({block * b}, torch::kFloat);
        std::vector<std::int64_t> ids(static_cast<std::size_t>(std::min(block, m)));
        const float* data = m_x.data_ptr<float>();
        const std::int64_t d = m_x.size(1);
        for (std::int64_t s = 0; s < m; s += block) {
            const std::int64_t e = std::min(m, s + block);
            torch::Tensor product = m_product.slice(0, 0, (e - s) * b).view({e - s, b});  // [r, b] c2 - 2 x c
            torch::addmm_out(product, c2.unsqueeze(0), m_x.slice(0, s, e), c.t(), 1, -2);
            std::iota(ids.begin(), ids.begin() + (e - s), s);
            const float* p = product.data_ptr<float>();
            at::parallel_for(0, e - s, 256, [&](std::int64_t rb, std::int64_t re) {
                lowerRows(ids.data() + rb, re - rb, data + (s + rb) * d, p + rb * b, centres, all.data(), b, margin,
                          firstPosition);
            });
        }
    }

    // Each chunk against the centres near enough to matter. One chunk per task, chunks dealt out in turn
    // (their work varies); each product runs single-threaded inside the parallel region, so thousands of
    // small products cost no thread wake-ups.
    void lowerNearChunks(const std::vector<std::int64_t>& centres, const torch::Tensor& c, const torch::Tensor& c2,
                         float margin, std::int64_t firstPosition) {
        const std::int64_t b = std::int64_t(centres.size()), d = m_x.size(1);
        const std::vector<float> anchorDistance = anchorDistances(centres);  // [chosen before the partition, b]
        std::vector<std::int64_t> nearOffsets{0};
        std::vector<std::int64_t> near;  // each chunk's near centres, in chosen order
        for (const Chunk& chunk : m_chunks) {
            // |x - c| >= |a - c| - |x - a| >= |a - c| - radius. The relative slack covers the rounding of both
            // sides many times over, so a skipped pair cannot lower its row.
            const float limit = (chunk.radius + chunk.reach) * (1.0f + 1e-4f);
            const float* row = anchorDistance.data() + chunk.anchor * b;
            for (std::int64_t j = 0; j < b; ++j) {
                if (!(row[j] * (1.0f - 1e-4f) > limit)) near.push_back(j);
            }
            nearOffsets.push_back(std::int64_t(near.size()));
        }
        const std::int64_t chunks = std::int64_t(m_chunks.size()), threads = at::get_num_threads();
        const float* grouped = m_grouped.data_ptr<float>();
        const float* cData = c.data_ptr<float>();
        const float* c2Data = c2.data_ptr<float>();
        at::parallel_for(0, threads, 1, [&](std::int64_t tb, std::int64_t te) {
            std::vector<float> centreBuffer, normBuffer, productBuffer;
            for (std::int64_t t = tb; t < te; ++t) {
                for (std::int64_t k = t; k < chunks; k += threads) {
                    Chunk& chunk = m_chunks[std::size_t(k)];
                    const std::int64_t nb = nearOffsets[std::size_t(k)], ne = nearOffsets[std::size_t(k + 1)];
                    if (nb == ne) continue;
                    const std::int64_t n = ne - nb, rows = chunk.end - chunk.begin;
                    const std::int64_t* ids = m_order.data() + chunk.begin;
                    const std::int64_t* picked = near.data() + nb;
                    centreBuffer.resize(std::size_t(n * d));
                    normBuffer.resize(std::size_t(n));
                    productBuffer.resize(std::size_t(rows * n));
                    for (std::int64_t j = 0; j < n; ++j) {
                        std::copy_n(cData + picked[j] * d, d, centreBuffer.data() + j * d);
                        normBuffer[std::size_t(j)] = c2Data[picked[j]];
                    }
                    torch::Tensor product = torch::from_blob(productBuffer.data(), {rows, n}, torch::kFloat);
                    torch::addmm_out(product, torch::from_blob(normBuffer.data(), {1, n}, torch::kFloat),
                                     m_grouped.slice(0, chunk.begin, chunk.end),
                                     torch::from_blob(centreBuffer.data(), {n, d}, torch::kFloat).t(), 1, -2);
                    chunk.reach = std::sqrt(lowerRows(ids, rows, grouped + chunk.begin * d, productBuffer.data(),
                                                      centres, picked, n, margin, firstPosition));
                }
            }
        });
    }

    // [anchors, b] distances (not squared) from each centre chosen before the partition to each new one.
    std::vector<float> anchorDistances(const std::vector<std::int64_t>& centres) const {
        const std::int64_t a = m_anchors, b = std::int64_t(centres.size()), d = m_x.size(1);
        const float* data = m_x.data_ptr<float>();
        std::vector<float> out(std::size_t(a * b));
        at::parallel_for(0, a, 16, [&](std::int64_t ab, std::int64_t ae) {
            for (std::int64_t i = ab; i < ae; ++i) {
                const float* anchor = data + m_chosen[std::size_t(i)] * d;
                for (std::int64_t j = 0; j < b; ++j) {
                    out[std::size_t(i * b + j)] =
                        std::sqrt(squaredDistance(anchor, data + centres[std::size_t(j)] * d, d));
                }
            }
        });
        return out;
    }

    // Lowers rows ids[0, count) (their features: rows[0, count)) by the centres centres[picked[j]]; product
    // holds, row by row, each picked centre's ||c||^2 - 2 x c. The product only finds the (row, centre) pairs that may lower a row, with a
    // margin far above its rounding error; their distance is then computed as the textbook does, so every
    // stored distance is bit-identical to the textbook's and the choice does not depend on how the product
    // was blocked, skipped or threaded. Centres are taken in chosen order, so the cover keeps the earliest
    // among equals. Returns the largest squared distance of these rows to their nearest centre.
    float lowerRows(const std::int64_t* ids, std::int64_t count, const float* rows, const float* product,
                    const std::vector<std::int64_t>& centres, const std::int64_t* picked, std::int64_t n, float margin,
                    std::int64_t firstPosition) {
        const std::int64_t d = m_x.size(1);
        float farthest = 0.0f;
        const float* data = m_x.data_ptr<float>();
        const float* norms = m_squaredNorms.data_ptr<float>();
        float* minDist = m_minDist.data_ptr<float>();
        std::int64_t* nearest = m_nearest.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < count; ++i) {
            const std::int64_t row = ids[i];
            const float* pr = product + i * n;
            float threshold = minDist[row] - norms[row] + 1e-5f * norms[row] + margin;
            for (std::int64_t j = 0; j < n; ++j) {
                if (!(pr[j] < threshold)) continue;
                const std::int64_t k = picked[j];
                const float dist = squaredDistance(rows + i * d, data + centres[std::size_t(k)] * d, d);
                if (dist < minDist[row]) {
                    minDist[row] = dist;
                    nearest[row] = firstPosition + k;
                    threshold = dist - norms[row] + 1e-5f * norms[row] + margin;
                }
            }
            farthest = std::max(farthest, minDist[row]);
        }
        return farthest;
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

    // The row farthest from the centres, the lowest index among equals.
    std::int64_t farthestRow() const {
        const float* v = m_minDist.data_ptr<float>();
        std::int64_t best = 0;
        for (std::int64_t i = 1; i < m_minDist.size(0); ++i) {
            if (v[i] > v[best]) best = i;
        }
        return best;
    }

    torch::Tensor m_x;                   // [m, d]
    torch::Tensor m_squaredNorms;        // [m]
    torch::Tensor m_minDist;             // [m] squared distance to the nearest centre so far
    torch::Tensor m_nearest;             // [m] chosen-order position of that centre
    torch::Tensor m_product;             // the reused block of lowerAll()
    std::vector<std::int64_t> m_chosen;  // rows of m_x, in the order chosen
    std::int64_t m_newest = 0;           // position of the first centre not yet applied
    std::vector<std::int64_t> m_order;   // rows grouped by anchor, chunk by chunk; empty before partition()
    torch::Tensor m_grouped;             // [m, d] m_x's rows in m_order: each chunk's product reads them in one run
    std::vector<Chunk> m_chunks;
    std::int64_t m_anchors = 0;  // the first m_anchors chosen rows are the anchors
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
    const std::int64_t anchors = anchorCount(m, k);
    BatchedGreedy greedy(p.rows, p.first);
    auto lastTick = std::chrono::steady_clock::now();
    while (greedy.chosenCount() < k) {
        // Until the partition, batches stop at the anchor count: the partition groups by exactly those centres.
        const std::int64_t limit = greedy.partitioned() || anchors == 0 ? k : anchors;
        greedy.chooseBatch(kCandidates, limit - greedy.chosenCount());
        // The last batch only matters to the cover.
        if (greedy.chosenCount() < k || covering) greedy.applyNewest();
        if (anchors > 0 && !greedy.partitioned() && greedy.chosenCount() == anchors) greedy.partition(kChunkRows);
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTick > std::chrono::milliseconds(200)) {
            lastTick = now;
            tick(progress, greedy.chosenCount(), k);
        }
    }
    tick(progress, k, k);
    if (cover) *cover = covering ? greedy.cover() : CoresetCover{};
    return toCallerRows(greedy.chosen(), p.candidates);
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
