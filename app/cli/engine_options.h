// The engine settings every `dmad` command shares: backbone, budget preset, device, threads, feature cache.
#pragma once

#include "app/cli/arguments.h"
#include "engine/engine_config.h"

#include <string>

namespace dmad::cli {

// Adds --backbone, --budget, --config, --epochs, --patches-per-image, --coreset-ratio, --coreset-candidates, --image-size,
// --device, --threads, --feature-cache to a command.
void addEngineOptions(ArgumentParser& parser, bool training);

// --backbone, else $DMAD_BACKBONE, else the MobileNetV2 installed with the program (when it exists; see
// core/installation). Throws EngineError(BackboneMissing) saying how to point at one.
std::string resolveBackbone(const Arguments& args);

// --outliers, else the folder "outliers" in the first --data folder (where the shared data keeps its textures).
std::string resolveOutliers(const Arguments& args);

// The preset named by --budget (workstation | paper), then --config FILE (key = value lines), then
// the single options on top. Throws UsageError for an unknown preset or value.
EngineConfig engineConfigFrom(const Arguments& args);

// Only the runtime part (device, threads), for commands that load a model instead of training one.
RuntimeConfig runtimeConfigFrom(const Arguments& args);

}  // namespace dmad::cli
