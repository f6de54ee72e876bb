// Named starting configurations: the paper's settings, and a budget that trains the full shared data in time.
#pragma once

#include "engine/engine_config.h"

#include <string>

namespace dmad {

// Exactly the paper's values (48 epochs over all patches): the reference, slow on a CPU.
EngineConfig paperPreset(const std::string& backbonePath);

// The workstation default: the paper's method with a training budget (fewer epochs, sampled query
// patches per image, a candidate cap for the coresets) so that a unified model on ~1,400 normal
// images and ~400 outlier textures trains in under 15 minutes on 2 CPU cores with MobileNetV2, and a
// pseudo-negative noise large enough to learn from in that budget.
EngineConfig workstationPreset(const std::string& backbonePath);

}  // namespace dmad
