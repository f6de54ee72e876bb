// EngineConfig as "key = value" lines: stored in model files, printed by tools, read back exactly.
#pragma once

#include "engine/engine_config.h"

#include <string>

namespace dmad {

std::string configToText(const EngineConfig& config);
// Keys not listed keep their defaults; unknown keys are ignored (files from newer versions).
// Throws EngineError(InvalidArgument) naming the line for a malformed value.
EngineConfig configFromText(const std::string& text);

const char* toString(AttentionMode mode);
const char* toString(Setting setting);
const char* toString(PatchPooling pooling);
const char* toString(ResizeFilter resize);
const char* toString(StrideFourMap map);
const char* toString(StrideFourCells cells);
const char* toString(LocalNormalScale scale);
const char* toString(AutoLevels levels);
const char* toString(SeenAnomalyRules rules);
const char* toString(DevicePreference device);

}  // namespace dmad
