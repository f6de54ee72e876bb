#include "engine/method/nearest_neighbour.h"

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

}  // namespace

SearchIndex::SearchIndex(torch::Tensor rows, torch::Tensor sources)
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
    Neighbours out;
    out.distances = torch::empty({m}, torch::TensorOptions().dtype(torch::kFloat).device(device));
    out.indices = torch::empty({m}, torch::TensorOptions().dtype(torch::kLong).device(device));
    if (size() == 0) {
        out.distances.fill_(std::numeric_limits<float>::infinity());
        out.indices.fill_(0);
        return out;
    }
    const torch::Tensor q = queries.to(device, torch::kFloat);
    const torch::Tensor qs = querySources.defined() ? querySources.to(device, torch::kLong) : torch::Tensor();
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
