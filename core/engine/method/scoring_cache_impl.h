// The store behind ScoringCache: nearest-neighbour results per (bank digest, image content key).
#pragma once

#include "engine/scoring_cache.h"

#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <torch/torch.h>
#include <unordered_map>

namespace dmad {

struct ScoringCache::Impl {
    struct Entry {
        torch::Tensor indices;    // [N] int64, CPU
        torch::Tensor distances;  // [N] float, CPU; undefined where only the indices matter (M_n)
    };
    std::size_t maxBytes = 0;
    std::size_t usedBytes = 0;
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::unordered_map<std::string, Entry> entries;
    std::deque<std::string> order;  // oldest first
    mutable std::mutex mutex;

    static std::string keyOf(const std::string& bankDigest, const std::string& contentKey) {
        return bankDigest + '/' + contentKey;
    }
    static std::size_t bytesOf(const Entry& e) {
        return std::size_t(e.indices.numel()) * sizeof(std::int64_t) +
               (e.distances.defined() ? std::size_t(e.distances.numel()) * sizeof(float) : 0);
    }
    std::optional<Entry> find(const std::string& key);
    void store(const std::string& key, const torch::Tensor& indices, const torch::Tensor& distances = {});
    void keep(const std::string& key, Entry entry);  // mutex held
};

}  // namespace dmad
