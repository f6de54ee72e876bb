#include "engine/presets.h"

namespace dmad {

EngineConfig paperPreset(const std::string& backbonePath) {
    EngineConfig c;
    c.backbonePath = backbonePath;
    c.training.patchesPerImage = 0;
    c.training.epochs = 48;
    return c;
}

EngineConfig workstationPreset(const std::string& backbonePath) {
    EngineConfig c = paperPreset(backbonePath);
    c.training.epochs = 16;
    c.training.patchesPerImage = 64;
    // The enhancer sees unit-scale features (KnowledgeEnhancer::inputScale); at the paper's 0.015 the
    // pseudo negatives are indistinguishable from o_n within this budget (loss stays at 1.0), at 0.25 the
    // unified model learns (measured on the shared data, 8 epochs: image AUROC 0.89 -> 0.95).
    c.training.pseudoNegativeStd = 0.25;
    return c;
}

}  // namespace dmad
