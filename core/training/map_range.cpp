#include "training/map_range.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dmad::training {
namespace {

double quantile(std::vector<double> values, double q) {
    const std::size_t k = std::min(values.size() - 1, std::size_t(std::lround(q * double(values.size() - 1))));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

}  // namespace

MapRange mapRangeFromScores(const QHash<qint64, double>& scores, const QSet<qint64>& normalImages, double minSpan) {
    std::vector<double> all, normal;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!std::isfinite(it.value())) continue;
        all.push_back(it.value());
        if (normalImages.contains(it.key())) normal.push_back(it.value());
    }
    if (all.empty()) return MapRange{};
    MapRange range;
    range.low = quantile(normal.empty() ? all : normal, 0.5);
    range.high = std::max(quantile(all, 0.99), range.low + minSpan);
    return range;
}

}  // namespace dmad::training
