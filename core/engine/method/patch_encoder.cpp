#include "engine/method/patch_encoder.h"

namespace dmad::method {

namespace F = torch::nn::functional;

int aggregatedDim(int channelsStride8, int channelsStride16, int maxFeatureDim, int channelsStride4) {
    const int c = channelsStride8 + channelsStride16 + channelsStride4;
    return maxFeatureDim > 0 && c > maxFeatureDim ? maxFeatureDim : c;
}

int strideFourChannels(int channelsStride4, StrideFourCells cells) {
    return cells == StrideFourCells::Kept ? 4 * channelsStride4 : channelsStride4;
}

torch::Tensor aggregatePatches(const torch::Tensor& map8, const torch::Tensor& map16, const FeatureConfig& features,
                               const torch::Tensor& map4) {
    // The backbone's outer ring of cells is atypical (its convolutions saw padding). Counting the zero
    // padding shrinks those features towards the bank's dense middle, so a normal border patch does not
    // become the image's top score; averaging over the existing cells only ("valid-only", format-1
    // models) made 98 % of good magnetic_tile images peak on the border ring.
    const bool countPadding = features.pooling == PatchPooling::ZeroPadded;
    const auto pool = F::AvgPool2dFuncOptions(3).stride(1).padding(1).count_include_pad(countPadding);
    const int maxFeatureDim = features.maxFeatureDim;
    const torch::Tensor p8 = F::avg_pool2d(map8, pool);  // [B, c8, h, w]
    torch::Tensor p16 = F::avg_pool2d(map16, pool);      // [B, c16, h', w']
    const int64_t h = p8.size(2), w = p8.size(3);
    p16 = F::interpolate(p16, F::InterpolateFuncOptions()
                                  .size(std::vector<int64_t>{h, w})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));  // [B, c16, h, w]
    std::vector<torch::Tensor> parts = {p8, p16};
    if (map4.defined()) {
        const torch::Tensor p4 = F::avg_pool2d(map4, pool);  // [B, c4, h4, w4], h4 = 2h for even sizes
        if (features.strideFourCells == StrideFourCells::Kept) {
            // An odd input side gives h4 = 2h - 1: resampled onto exactly two cells per stride-8 cell first.
            const torch::Tensor even = F::adaptive_avg_pool2d(p4, F::AdaptiveAvgPool2dFuncOptions({2 * h, 2 * w}));
            parts.push_back(F::pixel_unshuffle(even, F::PixelUnshuffleFuncOptions(2)));  // [B, 4 c4, h, w]
        } else {
            parts.push_back(F::adaptive_avg_pool2d(p4, F::AdaptiveAvgPool2dFuncOptions({h, w})));  // [B, c4, h, w]
        }
    }
    torch::Tensor q = torch::cat(parts, 1);  // [B, C, h, w]
    q = q.flatten(2).transpose(1, 2);        // [B, N, C]
    const int64_t c = q.size(2);
    if (maxFeatureDim > 0 && c > maxFeatureDim) {
        const int64_t b = q.size(0), n = q.size(1);
        q = F::adaptive_avg_pool1d(q.reshape({b * n, 1, c}), F::AdaptiveAvgPool1dFuncOptions(maxFeatureDim))
                .reshape({b, n, maxFeatureDim});
    }
    return q.contiguous();
}

}  // namespace dmad::method
