// The device every engine tensor and module lives on, as chosen by configureRuntime (CPU until then).
#pragma once

#include <torch/torch.h>

namespace dmad::method {

torch::Device engineDevice();
void setEngineDevice(const torch::Device& device);

}  // namespace dmad::method
