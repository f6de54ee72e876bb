#include "engine/method/scorer.h"

#include "engine/engine_error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace dmad::method {

ImageScore scorePatches(const torch::Tensor& patchScores, int gridHeight, int gridWidth, cv::Size imageSize,
                        const ScoreConfig& scoring) {
    const torch::Tensor s = patchScores.detach().to(torch::kCPU, torch::kFloat).contiguous().reshape({-1});
    if (s.numel() != std::int64_t(gridHeight) * gridWidth || s.numel() == 0) {
        throw EngineError(EngineError::Kind::InvalidArgument, "Patch scores do not fill the feature grid.");
    }
    ImageScore out;
    out.patchScores = cv::Mat(gridHeight, gridWidth, CV_32F);
    std::memcpy(out.patchScores.data, s.data_ptr<float>(), sizeof(float) * std::size_t(s.numel()));

    std::vector<float> values(s.data_ptr<float>(), s.data_ptr<float>() + s.numel());
    const std::size_t k = std::clamp<std::size_t>(std::size_t(std::max(1, scoring.topK)), 1, values.size());
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(), std::greater<float>());
    double sum = 0.0;
    for (std::size_t i = 0; i < k; ++i) sum += values[i];
    out.score = sum / double(k);

    if (imageSize.empty()) return out;
    // The map is smooth at patch scale: above kMaxMapSide it is made and blurred at a bounded size, then scaled
    // (a blur at 20000 x 20000 took 15 minutes). Images up to kMaxMapSide get exactly the map they always got.
    const int longSide = std::max(imageSize.width, imageSize.height);
    const double shrink = longSide > kMaxMapSide ? double(kMaxMapSide) / double(longSide) : 1.0;
    const cv::Size work = shrink < 1.0 ? cv::Size(std::max(1, int(std::lround(imageSize.width * shrink))),
                                                  std::max(1, int(std::lround(imageSize.height * shrink))))
                                       : imageSize;
    cv::Mat map;
    cv::resize(out.patchScores, map, work, 0, 0, cv::INTER_LINEAR);
    const double sigma = scoring.sigmaAt256 * double(std::max(work.width, work.height)) / 256.0;
    if (sigma > 0) cv::GaussianBlur(map, map, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
    if (work == imageSize)
        out.anomalyMap = map;
    else
        cv::resize(map, out.anomalyMap, imageSize, 0, 0, cv::INTER_LINEAR);
    return out;
}

}  // namespace dmad::method
