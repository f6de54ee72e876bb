#include "training/training_options.h"

#include "engine/presets.h"

namespace dmad::training {

dmad::EngineConfig TrainingOptions::engineConfig() const {
    dmad::EngineConfig config = dmad::workstationPreset(backbonePath.toStdString());
    config.runtime.device = device;
    config.runtime.threads = threads;
    config.training.epochs = epochs;
    config.training.patchesPerImage = patchesPerImage;
    config.features.imageSize = imageSize;
    config.banks.normalCoresetRatio *= bankRatioScale(imageSize);
    config.banks.pseudoCoresetRatio *= bankRatioScale(imageSize);
    config.training.warmStartEpochs = retrainEpochs;
    return config;
}

}  // namespace dmad::training
