#include "engine/scoring_cache.h"

#include "engine/atomic_file.h"
#include "engine/method/scoring_cache_impl.h"

#include <cstring>
#include <fstream>
#include <vector>

namespace dmad {
namespace {

constexpr char kMagic[8] = {'D', 'M', 'A', 'D', 'S', 'C', 'A', 'C'};
constexpr std::int32_t kVersion = 1;
constexpr std::uint32_t kMaxKeyBytes = 1024;
constexpr std::int64_t kMaxPatches = std::int64_t(1) << 22;

template <typename T>
bool readValue(std::istream& in, T& value) {
    return bool(in.read(reinterpret_cast<char*>(&value), sizeof(value)));
}

}  // namespace

ScoringCache::ScoringCache(std::size_t maxBytes) : m_impl(std::make_unique<Impl>()) {
    m_impl->maxBytes = maxBytes;
}

ScoringCache::~ScoringCache() = default;

std::size_t ScoringCache::entries() const {
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->entries.size();
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
    m_impl->entries.clear();
    m_impl->order.clear();
    m_impl->usedBytes = 0;
}

void ScoringCache::save(const std::string& path) const {
    std::string out(kMagic, sizeof(kMagic));
    const auto append = [&out](const void* data, std::size_t size) {
        out.append(static_cast<const char*>(data), size);
    };
    {
        const std::lock_guard<std::mutex> lock(m_impl->mutex);
        out.reserve(m_impl->usedBytes + m_impl->entries.size() * 160 + 64);
        append(&kVersion, sizeof(kVersion));
        const auto count = std::uint64_t(m_impl->order.size());
        append(&count, sizeof(count));
        for (const std::string& key : m_impl->order) {  // oldest first, so a load keeps the same order
            const Impl::Entry& e = m_impl->entries.at(key);
            const auto keyBytes = std::uint32_t(key.size());
            const std::int64_t n = e.indices.numel();
            const std::uint8_t withDistances = e.distances.defined() ? 1 : 0;
            append(&keyBytes, sizeof(keyBytes));
            append(key.data(), key.size());
            append(&n, sizeof(n));
            append(&withDistances, sizeof(withDistances));
            append(e.indices.data_ptr<std::int64_t>(), std::size_t(n) * sizeof(std::int64_t));
            if (withDistances) append(e.distances.data_ptr<float>(), std::size_t(n) * sizeof(float));
        }
    }
    writeFileAtomically(path, out.data(), out.size());
}

bool ScoringCache::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[8];
    std::int32_t version = 0;
    std::uint64_t count = 0;
    if (!in || !in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0 || !readValue(in, version) ||
        version != kVersion || !readValue(in, count))
        return false;
    std::vector<std::pair<std::string, Impl::Entry>> loaded;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint32_t keyBytes = 0;
        std::int64_t n = 0;
        std::uint8_t withDistances = 0;
        if (!readValue(in, keyBytes) || keyBytes == 0 || keyBytes > kMaxKeyBytes) return false;
        std::string key(keyBytes, '\0');
        if (!in.read(key.data(), keyBytes) || !readValue(in, n) || n <= 0 || n > kMaxPatches ||
            !readValue(in, withDistances) || withDistances > 1)
            return false;
        Impl::Entry e;
        e.indices = torch::empty({n}, torch::kLong);
        if (!in.read(static_cast<char*>(e.indices.data_ptr()), std::streamsize(e.indices.nbytes()))) return false;
        if (withDistances) {
            e.distances = torch::empty({n}, torch::kFloat);
            if (!in.read(static_cast<char*>(e.distances.data_ptr()), std::streamsize(e.distances.nbytes())))
                return false;
        }
        loaded.emplace_back(std::move(key), std::move(e));
    }
    const std::lock_guard<std::mutex> lock(m_impl->mutex);
    for (auto& [key, entry] : loaded) m_impl->keep(key, std::move(entry));
    return true;
}

std::optional<ScoringCache::Impl::Entry> ScoringCache::Impl::find(const std::string& key) {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto it = entries.find(key);
    if (it == entries.end()) return std::nullopt;
    ++hits;
    return it->second;
}

void ScoringCache::Impl::store(const std::string& key, const torch::Tensor& indices, const torch::Tensor& distances) {
    Entry e;
    e.indices = indices.to(torch::kCPU, torch::kLong).contiguous();
    if (distances.defined()) e.distances = distances.to(torch::kCPU, torch::kFloat).contiguous();
    const std::lock_guard<std::mutex> lock(mutex);
    ++misses;
    keep(key, std::move(e));
}

void ScoringCache::Impl::keep(const std::string& key, Entry entry) {
    const std::size_t bytes = bytesOf(entry);
    if (bytes > maxBytes || entries.count(key)) return;
    while (usedBytes + bytes > maxBytes && !order.empty()) {
        const auto it = entries.find(order.front());
        if (it != entries.end()) {
            usedBytes -= bytesOf(it->second);
            entries.erase(it);
        }
        order.pop_front();
    }
    entries.emplace(key, std::move(entry));
    order.push_back(key);
    usedBytes += bytes;
}

}  // namespace dmad
