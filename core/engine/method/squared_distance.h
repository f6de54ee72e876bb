// Squared L2 distance between two float rows, written so the compiler vectorises it. The coreset's two greedy
// versions both use it (bit-identical distances, identical rows chosen), and so does the bounded search.
#pragma once

#include <cstdint>

namespace dmad::method {

// Eight independent sums: without -ffast-math a single running sum would stay scalar.
inline float squaredDistance(const float* a, const float* b, std::int64_t d) {
    float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    std::int64_t j = 0;
    for (; j + 8 <= d; j += 8) {
        for (int l = 0; l < 8; ++l) {
            const float diff = a[j + l] - b[j + l];
            acc[l] += diff * diff;
        }
    }
    for (; j < d; ++j) {
        const float diff = a[j] - b[j];
        acc[0] += diff * diff;
    }
    return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

}  // namespace dmad::method
