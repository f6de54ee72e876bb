// The k-shot protocol's split: k seen anomalies per category drawn at random and removed from its test set.
#pragma once

#include "evaluation/mvtec_dataset.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace dmad::eval {

struct KShotSplit {
    std::vector<TestImage> seen;  // the k anomalies given to training, with their masks
    std::vector<TestImage> test;  // the category's test set without them
};

// FNV-1a of text: a seed offset per category that is the same with every standard library.
std::uint64_t stableHash(const std::string& text);

// Draws k anomalies that have masks (and are not in excluded, e.g. anomalies whose mask is empty)
// with a Fisher-Yates shuffle of the sorted candidates driven by std::mt19937_64, seeded from seed
// and the category's name: the same (category, k, seed) gives the same draw on every platform,
// another seed another draw. k = 0 returns the whole test set. Throws DatasetError when the
// category has no masks or fewer than k candidates.
KShotSplit splitKShot(const CategoryDataset& dataset, int k, std::uint64_t seed,
                      const std::set<std::string>& excluded = {});

}  // namespace dmad::eval
