// The store behind ScoringCache: M_n nearest-neighbour indices per (bank digest, image content key).
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
    std::size_t maxBytes = 0;
    std::size_t usedBytes = 0;
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::unordered_map<std::string, torch::Tensor> indices;  // key -> [N] int64, CPU
    std::deque<std::string> order;                           // oldest first
    mutable std::mutex mutex;

    static std::string keyOf(const std::string& bankDigest, const std::string& contentKey) {
        return bankDigest + '/' + contentKey;
    }
    std::optional<torch::Tensor> find(const std::string& key);
    void store(const std::string& key, const torch::Tensor& nearest);
};

}  // namespace dmad
