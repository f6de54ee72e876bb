#include "engine/presets.h"

namespace dmad {

EngineConfig paperPreset(const std::string& backbonePath) {
    EngineConfig c;
    c.backbonePath = backbonePath;
    c.training.patchesPerImage = 0;
    c.training.epochs = 48;
    c.banks.centreNoiseStd = 0.01;
    return c;
}

EngineConfig workstationPreset(const std::string& backbonePath) {
    EngineConfig c = paperPreset(backbonePath);
    c.banks.coresetProjectionDim = 64;
    c.banks.coresetMaxCandidates = 200000;
    c.training.epochs = 16;
    c.training.patchesPerImage = 64;
    return c;
}

}  // namespace dmad
