// Patch features kept by content: in memory (bounded) and optionally on disk, keyed by a SHA-256.
#pragma once

#include "engine/engine_config.h"

#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace dmad::method {

class FeatureCache {
public:
    struct Entry {
        torch::Tensor q;  // [N, C] float, CPU
        int gridHeight = 0;
        int gridWidth = 0;
        cv::Size imageSize;  // of the original image
    };

    // diskDir empty: memory only. memoryBudgetBytes: oldest entries leave memory beyond it.
    FeatureCache(std::string diskDir, std::size_t memoryBudgetBytes);

    // sha256 over the file bytes, the backbone's sha256 and the feature settings.
    static std::string key(const std::vector<unsigned char>& fileBytes, const std::string& backboneSha256,
                           const FeatureConfig& features);

    std::optional<Entry> find(const std::string& key);
    void store(const std::string& key, const Entry& entry);
    std::size_t memoryEntries() const;

private:
    std::optional<Entry> readDisk(const std::string& key) const;
    void writeDisk(const std::string& key, const Entry& entry) const;
    void keepInMemory(const std::string& key, const Entry& entry);

    std::string m_diskDir;
    std::size_t m_budget;
    std::size_t m_used = 0;
    std::map<std::string, Entry> m_memory;
    std::deque<std::string> m_order;  // oldest first
    mutable std::mutex m_mutex;
};

}  // namespace dmad::method
