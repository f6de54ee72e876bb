#include "engine/method/feature_cache.h"

#include "engine/config_text.h"
#include "engine/method/sha256.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace dmad::method {
namespace {

constexpr char kMagic[8] = {'D', 'M', 'A', 'D', 'F', 'E', 'A', 'T'};
constexpr std::int32_t kVersion = 1;

std::size_t bytesOf(const FeatureCache::Entry& e) {
    return std::size_t(e.q.numel()) * sizeof(float);
}

// The rule with its constants: a change to either must not reuse features cached under the other.
std::string levelsKey(AutoLevels levels) {
    switch (levels) {
    case AutoLevels::Off: return "";
    case AutoLevels::Peak: return "|levels=p99-0.9-x4";
    case AutoLevels::Median: return "|levels=p50-imagenet-x4";
    }
    return "";
}

}  // namespace

FeatureCache::FeatureCache(std::string diskDir, std::size_t memoryBudgetBytes)
    : m_diskDir(std::move(diskDir)), m_budget(memoryBudgetBytes) {}

std::string FeatureCache::key(const std::vector<unsigned char>& fileBytes, const std::string& backboneSha256,
                              const FeatureConfig& features) {
    Sha256 h;
    h.update(fileBytes.data(), fileBytes.size());
    h.update("|backbone=" + backboneSha256 + "|imageSize=" + std::to_string(features.imageSize) +
             "|maxFeatureDim=" + std::to_string(features.maxFeatureDim) + "|pooling=" + toString(features.pooling) +
             "|resize=" + toString(features.resize) + "|aggregation=avg3x3-v2" +
             (features.strideFourMap != StrideFourMap::On         ? ""
              : features.strideFourCells == StrideFourCells::Kept ? "|stride4=avg3x3-cells2x2-kept"
                                                                  : "|stride4=avg3x3-cell2x2") +
             levelsKey(features.autoLevels));
    return h.hexDigest();
}

std::optional<FeatureCache::Entry> FeatureCache::find(const std::string& key) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_memory.find(key);
        if (it != m_memory.end()) return it->second;
    }
    auto fromDisk = readDisk(key);
    if (fromDisk) {
        std::lock_guard<std::mutex> lock(m_mutex);
        keepInMemory(key, *fromDisk);
    }
    return fromDisk;
}

void FeatureCache::store(const std::string& key, const Entry& entry) {
    Entry cpu = entry;
    cpu.q = entry.q.to(torch::kCPU, torch::kFloat).contiguous();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        keepInMemory(key, cpu);
    }
    writeDisk(key, cpu);
}

std::size_t FeatureCache::memoryEntries() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_memory.size();
}

void FeatureCache::keepInMemory(const std::string& key, const Entry& entry) {
    if (m_memory.count(key)) return;
    const std::size_t bytes = bytesOf(entry);
    if (bytes > m_budget) return;
    while (m_used + bytes > m_budget && !m_order.empty()) {
        const auto it = m_memory.find(m_order.front());
        if (it != m_memory.end()) {
            m_used -= bytesOf(it->second);
            m_memory.erase(it);
        }
        m_order.pop_front();
    }
    m_memory.emplace(key, entry);
    m_order.push_back(key);
    m_used += bytes;
}

std::optional<FeatureCache::Entry> FeatureCache::readDisk(const std::string& key) const {
    if (m_diskDir.empty()) return std::nullopt;
    std::ifstream in(m_diskDir + "/" + key + ".feat", std::ios::binary);
    if (!in) return std::nullopt;
    char magic[8];
    std::int32_t header[7];  // version, gridH, gridW, N, C, imageW, imageH
    if (!in.read(magic, 8) || std::memcmp(magic, kMagic, 8) != 0) return std::nullopt;
    if (!in.read(reinterpret_cast<char*>(header), sizeof(header)) || header[0] != kVersion) return std::nullopt;
    const std::int32_t n = header[3], c = header[4];
    if (n <= 0 || c <= 0 || n != header[1] * header[2] || n > (1 << 22) || c > (1 << 16)) return std::nullopt;
    Entry e;
    e.gridHeight = header[1];
    e.gridWidth = header[2];
    e.imageSize = cv::Size(header[5], header[6]);
    e.q = torch::empty({n, c}, torch::kFloat);
    const auto bytes = std::streamsize(std::size_t(n) * std::size_t(c) * sizeof(float));
    if (!in.read(reinterpret_cast<char*>(e.q.data_ptr<float>()), bytes)) return std::nullopt;  // truncated: recompute
    return e;
}

void FeatureCache::writeDisk(const std::string& key, const Entry& e) const {
    if (m_diskDir.empty()) return;
    // A cache that cannot be written only costs time later, so failures are silent.
    std::error_code ec;
    std::filesystem::create_directories(m_diskDir, ec);
    const std::string finalPath = m_diskDir + "/" + key + ".feat";
    const std::string tmpPath = finalPath + ".tmp" + std::to_string(reinterpret_cast<std::uintptr_t>(&e));
    {
        std::ofstream out(tmpPath, std::ios::binary | std::ios::trunc);
        if (!out) return;
        const std::int32_t header[7] = {
            kVersion,          e.gridHeight,      e.gridWidth, std::int32_t(e.q.size(0)), std::int32_t(e.q.size(1)),
            e.imageSize.width, e.imageSize.height};
        out.write(kMagic, 8);
        out.write(reinterpret_cast<const char*>(header), sizeof(header));
        out.write(reinterpret_cast<const char*>(e.q.data_ptr<float>()), std::streamsize(bytesOf(e)));
        if (!out) {
            out.close();
            std::filesystem::remove(tmpPath, ec);
            return;
        }
    }
    std::filesystem::rename(tmpPath, finalPath, ec);
    if (ec) std::filesystem::remove(tmpPath, ec);
}

}  // namespace dmad::method
