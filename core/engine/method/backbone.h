// The frozen feature extractor: a TorchScript module returning maps at strides 8 and 16, contract-checked.
#pragma once

#include "engine/engine_config.h"

#include <mutex>
#include <opencv2/core.hpp>
#include <string>
#include <torch/script.h>
#include <torch/torch.h>
#include <tuple>
#include <utility>

namespace dmad::method {

// FeatureConfig::autoLevels: the factor an 8-bit RGB image's levels are multiplied by (then clipped to white);
// never below 1 (a bright image is left as it is) and at most 4 (a nearly black image would show only its noise).
// Peak: the 99th percentile of grey reaches 90 % of white (the percentile, not the maximum, so that a few
// specular pixels do not decide it). Median: the median of grey reaches ImageNet's mean grey (117 of 255, the
// level the backbone's normalisation centres on), so that the gain is the scene's, not a local spot's. Off: 1.
double autoLevelsGain(const cv::Mat& rgb8, AutoLevels rule);

class Backbone {
public:
    // Throws EngineError(BackboneMissing) when no file is at path, (BackboneContract) when the file is
    // not TorchScript or its forward does not return two 4-D maps at strides 8 and 16 for a probe image.
    Backbone(const std::string& path, int probeSize, const torch::Device& device);

    // rgb8 of any size -> [1, 3, S, S] float (S = features.imageSize), levels stretched when features.autoLevels,
    // ImageNet-normalised, on the device.
    torch::Tensor preprocess(const cv::Mat& rgb8, const FeatureConfig& features) const;
    // x [B, 3, H, W] -> ([B, c8, H/8, W/8], [B, c16, H/16, W/16]). Serialised: one forward at a time.
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x) const;
    // x -> ([B, c4, H/4, W/4], [B, c8, H/8, W/8], [B, c16, H/16, W/16]) through `stages(x)`. Throws
    // EngineError(BackboneContract) when the module has no such stride-4 map (channelsStride4() == 0).
    std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> forwardWithStride4(const torch::Tensor& x) const;

    int channelsStride8() const { return m_c8; }
    int channelsStride16() const { return m_c16; }
    int channelsStride4() const { return m_c4; }  // 0: the module offers no stride-4 map

private:
    std::pair<torch::Tensor, torch::Tensor> unpack(const torch::jit::IValue& out, const std::string& path) const;
    static std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> stride4Maps(const torch::jit::IValue& out);
    // Finds the stride-4, 8 and 16 maps among `stages(x)`'s and wraps the module so that they are all it returns.
    void probeStride4(const torch::Tensor& probe);
    static torch::jit::Module frozenIfFaithful(torch::jit::Module loaded, const torch::Tensor& probe);

    mutable torch::jit::Module m_module;
    mutable torch::jit::Module m_stride4;  // forward(x) -> the maps at strides 4, 8 and 16, when m_c4 > 0
    mutable std::mutex m_mutex;
    torch::Device m_device;
    int m_c8 = 0;
    int m_c16 = 0;
    int m_c4 = 0;
};

}  // namespace dmad::method
