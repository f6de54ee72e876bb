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

std::size_t bytesOf(const FeatureCache::Entry& e) { return std::size_t(e.q.numel()) * sizeof(float); }

}  // namespace

FeatureCache::FeatureCache(std::string diskDir, std::size_t memoryBudgetBytes)
    : diskDir_(std::move(diskDir)), budget_(memoryBudgetBytes) {}

std::string FeatureCache::key(const std::vector<unsigned char>& fileBytes, const std::string& backboneSha256,
                              const FeatureConfig& features) {
    Sha256 h;
    h.update(fileBytes.data(), fileBytes.size());
    h.update("|backbone=" + backboneSha256 + "|imageSize=" + std::to_string(features.imageSize) +
             "|maxFeatureDim=" + std::to_string(features.maxFeatureDim) + "|pooling=" + toString(features.pooling) +
             "|resize=" + toString(features.resize) + "|aggregation=avg3x3-v2");
    return h.hexDigest();
}

std::optional<FeatureCache::Entry> FeatureCache::find(const std::string& key) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        const auto it = memory_.find(key);
        if (it != memory_.end()) return it->second;
    }
    auto fromDisk = readDisk(key);
    if (fromDisk) {
        std::lock_guard<std::mutex> lock(mutex_);
        keepInMemory(key, *fromDisk);
    }
    return fromDisk;
}

void FeatureCache::store(const std::string& key, const Entry& entry) {
    Entry cpu = entry;
    cpu.q = entry.q.to(torch::kCPU, torch::kFloat).contiguous();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        keepInMemory(key, cpu);
    }
    writeDisk(key, cpu);
}

std::size_t FeatureCache::memoryEntries() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return memory_.size();
}

void FeatureCache::keepInMemory(const std::string& key, const Entry& entry) {
    if (memory_.count(key)) return;
    const std::size_t bytes = bytesOf(entry);
    if (bytes > budget_) return;
    while (used_ + bytes > budget_ && !order_.empty()) {
        const auto it = memory_.find(order_.front());
        if (it != memory_.end()) {
            used_ -= bytesOf(it->second);
            memory_.erase(it);
        }
        order_.pop_front();
    }
    memory_.emplace(key, entry);
    order_.push_back(key);
    used_ += bytes;
}

std::optional<FeatureCache::Entry> FeatureCache::readDisk(const std::string& key) const {
    if (diskDir_.empty()) return std::nullopt;
    std::ifstream in(diskDir_ + "/" + key + ".feat", std::ios::binary);
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
    if (diskDir_.empty()) return;
    // A cache that cannot be written only costs time later, so failures are silent.
    std::error_code ec;
    std::filesystem::create_directories(diskDir_, ec);
    const std::string finalPath = diskDir_ + "/" + key + ".feat";
    const std::string tmpPath = finalPath + ".tmp" + std::to_string(reinterpret_cast<std::uintptr_t>(&e));
    {
        std::ofstream out(tmpPath, std::ios::binary | std::ios::trunc);
        if (!out) return;
        const std::int32_t header[7] = {kVersion, e.gridHeight, e.gridWidth, std::int32_t(e.q.size(0)),
                                        std::int32_t(e.q.size(1)), e.imageSize.width, e.imageSize.height};
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
