// Exact L2 1-NN search in a memory bank by chunked |a|^2 + |b|^2 - 2ab matmuls: the cost to beat at inference.
#pragma once

#include <map>
#include <memory>
#include <torch/torch.h>

namespace dmad::method {

struct Neighbours {
    torch::Tensor distances;  // [M] float, L2 (not squared)
    torch::Tensor indices;    // [M] int64 into the bank
};

// A flat index over bank rows [K, C] on the engine device. sources [K] int64 (optional) names the image
// each row came from, so a training image never finds itself (-1: from no image).
//
// On the CPU a large bank whose rows lie near a subspace (real patch features do) is searched with a lower
// bound first: the distance in its C/4 principal components plus the difference of the residual norms, one
// matmul over C/4 + 1 dimensions instead of C. Only the rows the bound cannot rule out get their full
// distance. The result is still the exact nearest neighbour; only the work shrinks.
class SearchIndex {
public:
    // Auto: the bound where it pays (CPU, at least 8,192 rows, the subspace holding most of the variance).
    // Off: always the full matmul. Always: the bound on any CPU bank (tests; slower where rows are isotropic).
    enum class Pruning { Auto, Off, Always };

    SearchIndex() = default;
    explicit SearchIndex(torch::Tensor rows, torch::Tensor sources = {}, Pruning pruning = Pruning::Auto);

    std::int64_t size() const { return m_rows.defined() ? m_rows.size(0) : 0; }
    const torch::Tensor& rows() const { return m_rows; }        // [K, C]
    const torch::Tensor& sources() const { return m_sources; }  // [K] int64
    // The bank rows [r] int64 that came from source (r = 0 when none).
    torch::Tensor rowsOf(std::int64_t source) const;
    // queries [M, C]; querySources [M] int64 optional: rows with the same source are skipped.
    Neighbours search(const torch::Tensor& queries, const torch::Tensor& querySources = {}) const;
    // The nearer of `known` (each query's nearest row of another bank) and this index's nearest, whose indices
    // are shifted by offset: closerOf(known, search(queries, querySources), offset). On a bounded index the
    // known distance rules rows out from the first block on, so a bank of rows farther than the other bank's
    // nearest costs little more than the bound's matmul.
    Neighbours searchCloserThan(const torch::Tensor& queries, const Neighbours& known, std::int64_t offset,
                                const torch::Tensor& querySources = {}) const;
    // Whether searches use the lower bound (see Pruning).
    bool pruned() const { return m_bound != nullptr; }

    struct Bound;

private:
    Neighbours searchFull(const torch::Tensor& q, const torch::Tensor& qs) const;
    // known (optional): each query's squared distance [M] to beat; a row no nearer is not reported (index -1).
    Neighbours searchPruned(const torch::Tensor& q, const torch::Tensor& qs, const torch::Tensor& known = {}) const;
    // Sets d2 [mq, kc] to +inf where a query of chunk rows [qb, ...) meets a bank row of its own source.
    void excludeOwnRows(torch::Tensor& d2, const torch::Tensor& chunkSources, std::int64_t kb, std::int64_t ke) const;

    torch::Tensor m_rows;
    torch::Tensor m_squaredNorms;  // [K]
    torch::Tensor m_sources;
    std::map<std::int64_t, torch::Tensor> m_rowsBySource;  // bank rows [r] int64 of each source >= 0
    std::shared_ptr<const Bound> m_bound;                  // null: every search is the full matmul
};

// The bank rows of a search result, i.e. q_nn: [M, C].
torch::Tensor gatherRows(const SearchIndex& index, const torch::Tensor& indices);

// Combines two searches over disjoint banks; b's indices are shifted by offset.
Neighbours closerOf(const Neighbours& a, const Neighbours& b, std::int64_t offset);

}  // namespace dmad::method
