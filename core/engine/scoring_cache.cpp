#include "engine/scoring_cache.h"

#include "engine/method/scoring_cache_impl.h"

namespace dmad {

ScoringCache::ScoringCache(std::size_t maxBytes) : m_impl(std::make_unique<Impl>()) {
    m_impl->maxBytes = maxBytes;
}

ScoringCache::~ScoringCache() = default;

std::size_t ScoringCache::entries() const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->indices.size();
}

std::size_t ScoringCache::hits() const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->hits;
}

std::size_t ScoringCache::misses() const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->misses;
}

void ScoringCache::clear() {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    m_impl->indices.clear();
    m_impl->order.clear();
    m_impl->usedBytes = 0;
}

std::optional<torch::Tensor> ScoringCache::Impl::find(const std::string& key) {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto it = indices.find(key);
    if (it == indices.end()) return std::nullopt;
    ++hits;
    return it->second;
}

void ScoringCache::Impl::store(const std::string& key, const torch::Tensor& nearest) {
    const torch::Tensor kept = nearest.to(torch::kCPU, torch::kLong).contiguous();
    const std::size_t bytes = std::size_t(kept.numel()) * sizeof(std::int64_t);
    const std::lock_guard<std::mutex> lock(mutex);
    ++misses;
    if (bytes > maxBytes || indices.count(key)) return;
    while (usedBytes + bytes > maxBytes && !order.empty()) {
        const auto it = indices.find(order.front());
        if (it != indices.end()) {
            usedBytes -= std::size_t(it->second.numel()) * sizeof(std::int64_t);
            indices.erase(it);
        }
        order.pop_front();
    }
    indices.emplace(key, kept);
    order.push_back(key);
    usedBytes += bytes;
}

}  // namespace dmad
