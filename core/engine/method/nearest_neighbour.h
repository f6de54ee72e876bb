// Exact L2 1-NN search in a memory bank by chunked |a|^2 + |b|^2 - 2ab matmuls: the cost to beat at inference.
#pragma once

#include <map>
#include <torch/torch.h>

namespace dmad::method {

struct Neighbours {
    torch::Tensor distances;  // [M] float, L2 (not squared)
    torch::Tensor indices;    // [M] int64 into the bank
};

// A flat index over bank rows [K, C] on the engine device. sources [K] int64 (optional) names the image
// each row came from, so a training image never finds itself (-1: from no image).
class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(torch::Tensor rows, torch::Tensor sources = {});

    std::int64_t size() const { return m_rows.defined() ? m_rows.size(0) : 0; }
    const torch::Tensor& rows() const { return m_rows; }        // [K, C]
    const torch::Tensor& sources() const { return m_sources; }  // [K] int64
    // The bank rows [r] int64 that came from source (r = 0 when none).
    torch::Tensor rowsOf(std::int64_t source) const;
    // queries [M, C]; querySources [M] int64 optional: rows with the same source are skipped.
    Neighbours search(const torch::Tensor& queries, const torch::Tensor& querySources = {}) const;

private:
    // Sets d2 [mq, kc] to +inf where a query of chunk rows [qb, ...) meets a bank row of its own source.
    void excludeOwnRows(torch::Tensor& d2, const torch::Tensor& chunkSources, std::int64_t kb, std::int64_t ke) const;

    torch::Tensor m_rows;
    torch::Tensor m_squaredNorms;  // [K]
    torch::Tensor m_sources;
    std::map<std::int64_t, torch::Tensor> m_rowsBySource;  // bank rows [r] int64 of each source >= 0
};

// The bank rows of a search result, i.e. q_nn: [M, C].
torch::Tensor gatherRows(const SearchIndex& index, const torch::Tensor& indices);

// Combines two searches over disjoint banks; b's indices are shifted by offset.
Neighbours closerOf(const Neighbours& a, const Neighbours& b, std::int64_t offset);

}  // namespace dmad::method
