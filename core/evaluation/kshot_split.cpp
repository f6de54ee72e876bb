#include "evaluation/kshot_split.h"

#include <algorithm>
#include <random>

namespace dmad::eval {

// FNV-1a: std::hash differs between standard libraries, and the draw must not.
std::uint64_t stableHash(const std::string& text) {
    std::uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

KShotSplit splitKShot(const CategoryDataset& dataset, int k, std::uint64_t seed,
                      const std::set<std::string>& excluded) {
    KShotSplit split;
    if (k == 0) {
        split.test = dataset.test;
        return split;
    }
    if (k < 0) throw DatasetError("k-shot: k must not be negative");
    if (!dataset.hasMasks) throw DatasetError(dataset.name + " has no masks: it joins only the unsupervised setting");

    std::vector<std::string> candidates;
    for (const TestImage& t : dataset.test)
        if (t.anomalous && !t.maskPath.empty() && excluded.count(t.path) == 0) candidates.push_back(t.path);
    std::sort(candidates.begin(), candidates.end());
    if (candidates.size() < static_cast<std::size_t>(k))
        throw DatasetError(dataset.name + " has " + std::to_string(candidates.size()) +
                           " anomalies with usable masks, fewer than k = " + std::to_string(k));

    // std::shuffle's use of the engine is implementation-defined; mt19937_64's output is not.
    std::mt19937_64 rng(seed ^ stableHash(dataset.name));
    for (std::size_t i = candidates.size() - 1; i > 0; --i)
        std::swap(candidates[i], candidates[static_cast<std::size_t>(rng() % (i + 1))]);
    const std::set<std::string> seen(candidates.begin(), candidates.begin() + k);

    for (const TestImage& t : dataset.test) (seen.count(t.path) ? split.seen : split.test).push_back(t);
    return split;
}

}  // namespace dmad::eval
