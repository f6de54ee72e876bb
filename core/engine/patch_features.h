// One image's patch features q (N x C on a gridHeight x gridWidth grid), opaque to code outside the engine.
#pragma once

#include <memory>
#include <opencv2/core.hpp>

namespace dmad {

class PatchFeatures {
public:
    PatchFeatures() = default;

    bool empty() const noexcept { return !m_impl; }
    int gridHeight() const noexcept;
    int gridWidth() const noexcept;
    int count() const noexcept { return gridHeight() * gridWidth(); }  // N
    int dim() const noexcept;                                          // C

    // count() x dim() CV_32F copy, rows in row-major grid order.
    cv::Mat toMat() const;
    static PatchFeatures fromMat(const cv::Mat& rowsByDim, int gridHeight, int gridWidth);

    // The engine keeps its tensor here; Impl is defined in engine/method/ only.
    struct Impl;
    explicit PatchFeatures(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
    const Impl* impl() const noexcept { return m_impl.get(); }

private:
    std::shared_ptr<const Impl> m_impl;
};

}  // namespace dmad
