#include "engine/patch_features.h"

#include "engine/engine_error.h"
#include "engine/method/device.h"
#include "engine/method/patch_features_impl.h"

#include <cstring>

namespace dmad {

int PatchFeatures::gridHeight() const noexcept {
    return m_impl ? m_impl->gridHeight : 0;
}
int PatchFeatures::gridWidth() const noexcept {
    return m_impl ? m_impl->gridWidth : 0;
}
int PatchFeatures::dim() const noexcept {
    return m_impl ? int(m_impl->q.size(1)) : 0;
}

cv::Mat PatchFeatures::toMat() const {
    if (!m_impl) return cv::Mat();
    const torch::Tensor cpu = m_impl->q.to(torch::kCPU, torch::kFloat).contiguous();
    cv::Mat out(int(cpu.size(0)), int(cpu.size(1)), CV_32F);
    std::memcpy(out.data, cpu.data_ptr<float>(), sizeof(float) * std::size_t(cpu.numel()));
    return out;
}

PatchFeatures PatchFeatures::fromMat(const cv::Mat& rowsByDim, int gridHeight, int gridWidth) {
    if (rowsByDim.empty() || rowsByDim.channels() != 1 || rowsByDim.rows != gridHeight * gridWidth) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "Patch features need one row per grid cell (" + std::to_string(gridHeight) + "x" +
                              std::to_string(gridWidth) + ") and a single channel.");
    }
    cv::Mat f32;
    rowsByDim.convertTo(f32, CV_32F);
    f32 = f32.clone();  // continuous
    const torch::Tensor q = torch::from_blob(f32.data, {f32.rows, f32.cols}, torch::kFloat).clone();
    return method::makePatchFeatures(q.to(method::engineDevice()), gridHeight, gridWidth);
}

namespace method {

PatchFeatures makePatchFeatures(torch::Tensor q, int gridHeight, int gridWidth, std::string contentKey) {
    auto impl = std::make_shared<PatchFeatures::Impl>();
    impl->q = std::move(q);
    impl->gridHeight = gridHeight;
    impl->gridWidth = gridWidth;
    impl->contentKey = std::move(contentKey);
    return PatchFeatures(std::move(impl));
}

const torch::Tensor& tensorOf(const PatchFeatures& features) {
    if (features.empty()) throw EngineError(EngineError::Kind::InvalidArgument, "Empty patch features.");
    return features.impl()->q;
}

}  // namespace method
}  // namespace dmad
