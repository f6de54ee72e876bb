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

    std::string diskDir_;
    std::size_t budget_;
    std::size_t used_ = 0;
    std::map<std::string, Entry> memory_;
    std::deque<std::string> order_;  // oldest first
    mutable std::mutex mutex_;
};

}  // namespace dmad::method
