#include "engine/method/nearest_neighbour.h"

#include "engine/method/squared_distance.h"

#include <ATen/Parallel.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace dmad::method {
namespace {

// One block of squared distances is [1024 x 4096] floats = 16 MB, written by BLAS and read once by min():
// small enough to stay near the cache, and reused, so a search does not page-fault fresh memory per block
// (128 MB blocks spent about a third of the search in the kernel zeroing pages).
constexpr std::int64_t kQueryChunk = 1024;
constexpr std::int64_t kBankChunk = 4096;

// A per-thread scratch buffer of at least `elements` floats on `device` (searches run on many threads).
torch::Tensor scratch(std::int64_t elements, const torch::Device& device) {
    thread_local torch::Tensor buffer;
    if (!buffer.defined() || buffer.device() != device || buffer.numel() < elements) {
        buffer = torch::empty({elements}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    }
    return buffer;
}

constexpr float kInf = std::numeric_limits<float>::infinity();

// Below this many rows the full matmul is cheap enough that the bound's bookkeeping does not pay.
constexpr std::int64_t kBoundMinRows = 8192;
// The bound rules rows out only when the principal components hold most of the spread; on isotropic rows
// (C/4 components hold a quarter) nearly every row survives and the search would only get slower.
constexpr double kBoundMinExplained = 0.6;
// The bound comes from a float matmul: it may exceed the true bound by a rounding error that grows with the
// squared norms involved. A row is ruled out only when its bound is larger than the best distance by this
// fraction of those norms, so rounding never removes the true nearest row.
constexpr float kBoundSlack = 1e-4f;

// The smallest of v[0, n), index of its first occurrence.
std::int64_t argminOf(const float* v, std::int64_t n) {
    std::int64_t at = 0;
    for (std::int64_t j = 1; j < n; ++j)
        if (v[j] < v[at]) at = j;
    return at;
}

// Whether any of v[0, 16) is below t, four lanes at a time. Spelled out in vector types: once inlined into the
// scan, GCC 12 left the plain loop scalar, and this test runs on every bound the matmul writes.
bool anyBelow(const float* v, float t) {
    using Floats = float __attribute__((vector_size(16)));
    using Ints = int __attribute__((vector_size(16)));
    const Floats threshold = {t, t, t, t};
    Ints any = {0, 0, 0, 0};
    for (int l = 0; l < 16; l += 4) {
        Floats x;
        std::memcpy(&x, v + l, sizeof x);
        any |= x < threshold;
    }
    return (any[0] | any[1] | any[2] | any[3]) != 0;
}

// One query's pass over a block of bank rows [kb, kb + n). lower[j] + offset bounds the squared distance to
// row kb + j from below; best / bestIndex hold the nearest row found so far and are updated in place.
struct BoundScan {
    const float* query;  // [C]
    const float* bank;   // [K, C]
    std::int64_t c;
    float offset;
    float slack;
    float best = kInf;
    std::int64_t bestIndex = 0;

    void consider(std::int64_t row) {
        const float d = squaredDistance(query, bank + row * c, c);
        if (d < best || (d == best && row < bestIndex)) {
            best = d;
            bestIndex = row;
        }
    }

    void scan(const float* lower, std::int64_t n, std::int64_t kb) {
        // With nothing found yet, the row of lowest bound first: it is usually the nearest, so the threshold
        // drops at once and the scan below computes few full distances.
        if (best == kInf) {
            const std::int64_t j = argminOf(lower, n);
            if (lower[j] == kInf) return;  // every row of the block is the query's own
            consider(kb + j);
        }
        // A local threshold: best is a member, which the compiler must assume lower may alias.
        float threshold = limit();
        const auto visit = [&](std::int64_t j) {
            if (lower[j] >= threshold) return;
            consider(kb + j);
            threshold = limit();
        };
        std::int64_t j = 0;
        for (; j + 16 <= n; j += 16) {
            if (!anyBelow(lower + j, threshold)) continue;
            for (std::int64_t l = j; l < j + 16; ++l) visit(l);
        }
        for (; j < n; ++j) visit(j);
    }

    // A row whose lower[j] is at or above this cannot be nearer than best (slack: the bound's rounding).
    float limit() const { return best - offset + slack; }
};

}  // namespace

// Coordinates in the leading principal components plus the residual norm: for any two rows x, y,
// |x - y|^2 = |P(x - y)|^2 + |r(x) - r(y)|^2 >= |Px - Py|^2 + (|r(x)| - |r(y)|)^2, the squared distance of
// their coordinates. So one matmul over r + 1 dimensions bounds every distance from below.
struct SearchIndex::Bound {
    torch::Tensor mean;          // [C]
    torch::Tensor basis;         // [C, r], orthonormal columns
    torch::Tensor rows;          // [K, r + 1]: each bank row's coordinates
    torch::Tensor squaredNorms;  // [K]: |coordinates|^2 = |row - mean|^2
    float maxSquaredNorm = 0;

    torch::Tensor coordinatesOf(const torch::Tensor& x) const {  // x [M, C] -> [M, r + 1]
        const torch::Tensor centred = x - mean;
        const torch::Tensor projected = centred.mm(basis);                                    // [M, r]
        const torch::Tensor residual = (centred - projected.mm(basis.t())).norm(2, 1, true);  // [M, 1]
        return torch::cat({projected, residual}, 1).contiguous();
    }
};

namespace {

std::shared_ptr<const SearchIndex::Bound> makeBound(const torch::Tensor& rows, SearchIndex::Pruning pruning) {
    using Pruning = SearchIndex::Pruning;
    if (pruning == Pruning::Off || !rows.device().is_cpu() || rows.size(0) == 0) return nullptr;
    const std::int64_t k = rows.size(0), c = rows.size(1), r = c / 4;
    if (r < 1 || (pruning == Pruning::Auto && k < kBoundMinRows)) return nullptr;
    auto bound = std::make_shared<SearchIndex::Bound>();
    bound->mean = rows.mean(0);                                                  // [C]
    const torch::Tensor centred = (rows - bound->mean).to(torch::kDouble);       // [K, C]
    const auto [values, vectors] = torch::linalg_eigh(centred.t().mm(centred));  // ascending; [C], [C, C]
    const double total = values.sum().item<double>();
    const double kept = values.slice(0, c - r).sum().item<double>();
    if (pruning == Pruning::Auto && !(total > 0 && kept >= kBoundMinExplained * total)) return nullptr;
    bound->basis = vectors.slice(1, c - r).to(torch::kFloat).contiguous();
    bound->rows = bound->coordinatesOf(rows);
    bound->squaredNorms = bound->rows.pow(2).sum(1).contiguous();
    bound->maxSquaredNorm = bound->squaredNorms.max().item<float>();
    return bound;
}

}  // namespace

SearchIndex::SearchIndex(torch::Tensor rows, torch::Tensor sources, Pruning pruning)
    : m_rows(rows.to(torch::kFloat).contiguous()), m_sources(std::move(sources)) {
    m_squaredNorms = m_rows.pow(2).sum(1);  // [K]
    if (!m_sources.defined()) m_sources = torch::full({m_rows.size(0)}, -1, m_rows.options().dtype(torch::kLong));
    m_sources = m_sources.to(m_rows.device(), torch::kLong);
    // Grouping the rows by source once keeps the exclusion cheap: an image owns only a few bank rows.
    const torch::Tensor cpu = m_sources.to(torch::kCPU).contiguous();
    const auto* s = cpu.data_ptr<std::int64_t>();
    std::map<std::int64_t, std::vector<std::int64_t>> groups;
    for (std::int64_t i = 0; i < cpu.numel(); ++i)
        if (s[i] >= 0) groups[s[i]].push_back(i);
    for (auto& [source, sourceRows] : groups) {
        m_rowsBySource[source] = torch::tensor(sourceRows, torch::kLong).to(m_rows.device());
    }
    m_bound = makeBound(m_rows, pruning);
}

torch::Tensor SearchIndex::rowsOf(std::int64_t source) const {
    const auto it = m_rowsBySource.find(source);
    return it != m_rowsBySource.end()
               ? it->second
               : torch::empty({0}, torch::TensorOptions().dtype(torch::kLong).device(m_rows.device()));
}

void SearchIndex::excludeOwnRows(torch::Tensor& d2, const torch::Tensor& chunkSources, std::int64_t kb,
                                 std::int64_t ke) const {
    if (m_rowsBySource.empty()) return;
    const torch::Tensor present = std::get<0>(at::_unique(chunkSources.to(torch::kCPU)));
    const auto* p = present.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < present.numel(); ++i) {
        const auto it = m_rowsBySource.find(p[i]);
        if (it == m_rowsBySource.end()) continue;
        const torch::Tensor& own = it->second;
        const torch::Tensor cols = own.masked_select((own >= kb) & (own < ke)) - kb;
        if (cols.numel() == 0) continue;
        const torch::Tensor queries = (chunkSources == p[i]).nonzero().squeeze(1);
        d2.index_put_({queries.unsqueeze(1), cols.unsqueeze(0)}, std::numeric_limits<float>::infinity());
    }
}

Neighbours SearchIndex::search(const torch::Tensor& queries, const torch::Tensor& querySources) const {
    torch::NoGradGuard noGrad;
    const std::int64_t m = queries.size(0);
    const auto device = m_rows.device();
    if (size() == 0) {
        Neighbours out;
        out.distances = torch::full({m}, kInf, torch::TensorOptions().dtype(torch::kFloat).device(device));
        out.indices = torch::zeros({m}, torch::TensorOptions().dtype(torch::kLong).device(device));
        return out;
    }
    const torch::Tensor q = queries.to(device, torch::kFloat).contiguous();
    const torch::Tensor qs = querySources.defined() ? querySources.to(device, torch::kLong) : torch::Tensor();
    return m_bound ? searchPruned(q, qs) : searchFull(q, qs);
}

Neighbours SearchIndex::searchFull(const torch::Tensor& q, const torch::Tensor& qs) const {
    const std::int64_t m = q.size(0);
    const auto device = m_rows.device();
    Neighbours out;
    out.distances = torch::empty({m}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    out.indices = torch::empty({m}, torch::TensorOptions().dtype(torch::kLong).device(device));
    const torch::Tensor block = scratch(std::min(m, kQueryChunk) * std::min(size(), kBankChunk), device);
    for (std::int64_t qb = 0; qb < m; qb += kQueryChunk) {
        const std::int64_t qe = std::min(m, qb + kQueryChunk);
        const torch::Tensor qc = q.slice(0, qb, qe);      // [mq, C]
        const torch::Tensor qn = qc.pow(2).sum(1, true);  // [mq, 1]
        torch::Tensor best, bestIndex;
        for (std::int64_t kb = 0; kb < size(); kb += kBankChunk) {
            const std::int64_t ke = std::min(size(), kb + kBankChunk);
            // |b|^2 - 2 q b^T in one BLAS call; |q|^2 is added once at the end.
            torch::Tensor d2 = block.slice(0, 0, (qe - qb) * (ke - kb)).view({qe - qb, ke - kb});  // [mq, kc]
            torch::addmm_out(d2, m_squaredNorms.slice(0, kb, ke).unsqueeze(0), qc, m_rows.slice(0, kb, ke).t(), 1.0,
                             -2.0);
            if (qs.defined()) excludeOwnRows(d2, qs.slice(0, qb, qe), kb, ke);
            auto [value, index] = d2.min(1);  // [mq]
            index += kb;
            if (!best.defined()) {
                best = value;
                bestIndex = index;
            } else {
                const torch::Tensor better = value < best;
                best = torch::where(better, value, best);
                bestIndex = torch::where(better, index, bestIndex);
            }
        }
        out.distances.slice(0, qb, qe).copy_((best + qn.squeeze(1)).clamp_min(0).sqrt());
        out.indices.slice(0, qb, qe).copy_(bestIndex);
    }
    return out;
}

Neighbours SearchIndex::searchCloserThan(const torch::Tensor& queries, const Neighbours& known, std::int64_t offset,
                                         const torch::Tensor& querySources) const {
    if (!m_bound) return closerOf(known, search(queries, querySources), offset);
    torch::NoGradGuard noGrad;
    const torch::Tensor q = queries.to(torch::kCPU, torch::kFloat).contiguous();
    const torch::Tensor qs = querySources.defined() ? querySources.to(torch::kCPU, torch::kLong) : torch::Tensor();
    const torch::Tensor knownDistances = known.distances.to(torch::kCPU, torch::kFloat);  // [M]
    const Neighbours found = searchPruned(q, qs, knownDistances.pow(2).contiguous());
    const torch::Tensor nearer = found.indices.ge(0);
    Neighbours out;
    out.distances = torch::where(nearer, found.distances, knownDistances).to(known.distances.device());
    out.indices = torch::where(nearer, found.indices + offset, known.indices.to(torch::kCPU, torch::kLong))
                      .to(known.indices.device());
    return out;
}

Neighbours SearchIndex::searchPruned(const torch::Tensor& q, const torch::Tensor& qs,
                                     const torch::Tensor& known) const {
    const Bound& bound = *m_bound;
    const std::int64_t m = q.size(0), c = q.size(1);
    const torch::Tensor coordinates = bound.coordinatesOf(q);              // [M, r + 1]
    const torch::Tensor offsets = coordinates.pow(2).sum(1).contiguous();  // [M]
    const float* queryRows = q.data_ptr<float>();
    const float* bankRows = m_rows.data_ptr<float>();
    const float* offset = offsets.data_ptr<float>();
    std::vector<BoundScan> scans;
    scans.reserve(std::size_t(m));
    const float* toBeat = known.defined() ? known.data_ptr<float>() : nullptr;
    for (std::int64_t i = 0; i < m; ++i) {
        scans.push_back({queryRows + i * c, bankRows, c, offset[i], kBoundSlack * (offset[i] + bound.maxSquaredNorm)});
        if (!toBeat) continue;
        scans.back().best = toBeat[i];  // a row must be strictly nearer, as closerOf keeps the other bank's on a tie
        scans.back().bestIndex = -1;
    }
    const torch::Tensor block = scratch(std::min(m, kQueryChunk) * std::min(size(), kBankChunk), m_rows.device());
    for (std::int64_t qb = 0; qb < m; qb += kQueryChunk) {
        const std::int64_t qe = std::min(m, qb + kQueryChunk);
        for (std::int64_t kb = 0; kb < size(); kb += kBankChunk) {
            const std::int64_t ke = std::min(size(), kb + kBankChunk), kc = ke - kb;
            // lower[i][j] + |coordinates_i|^2 is the bound on |q_i - b_j|^2.
            torch::Tensor lower = block.slice(0, 0, (qe - qb) * kc).view({qe - qb, kc});  // [mq, kc]
            torch::addmm_out(lower, bound.squaredNorms.slice(0, kb, ke).unsqueeze(0), coordinates.slice(0, qb, qe),
                             bound.rows.slice(0, kb, ke).t(), 1.0, -2.0);
            if (qs.defined()) excludeOwnRows(lower, qs.slice(0, qb, qe), kb, ke);
            const float* l = lower.data_ptr<float>();
            at::parallel_for(qb, qe, 16, [&](std::int64_t b, std::int64_t e) {
                for (std::int64_t i = b; i < e; ++i) scans[std::size_t(i)].scan(l + (i - qb) * kc, kc, kb);
            });
        }
    }
    torch::Tensor distances = torch::empty({m}, torch::kFloat);
    torch::Tensor indices = torch::empty({m}, torch::kLong);
    float* d = distances.data_ptr<float>();
    std::int64_t* index = indices.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < m; ++i) {
        d[i] = std::sqrt(scans[std::size_t(i)].best);
        index[i] = scans[std::size_t(i)].bestIndex;
    }
    return {distances, indices};
}

torch::Tensor gatherRows(const SearchIndex& index, const torch::Tensor& indices) {
    return index.rows().index_select(0, indices.to(index.rows().device()).reshape({-1})).reshape([&] {
        auto s = indices.sizes().vec();
        s.push_back(index.rows().size(1));
        return s;
    }());
}

Neighbours closerOf(const Neighbours& a, const Neighbours& b, std::int64_t offset) {
    const torch::Tensor better = b.distances < a.distances;
    Neighbours out;
    out.distances = torch::where(better, b.distances, a.distances);
    out.indices = torch::where(better, b.indices + offset, a.indices);
    return out;
}

}  // namespace dmad::method
