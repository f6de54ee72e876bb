// What a training run needs (from the station's settings or a worker's options): backbone, device, threads, budget, outlier textures, user.
#pragma once

#include "engine/engine_config.h"
#include "training/input_size.h"

#include <QString>

namespace dmad::training {

struct TrainingOptions {
    QString backbonePath;
    dmad::DevicePreference device = dmad::DevicePreference::Auto;
    int threads = 0;                     // 0: one per core
    int epochs = 16;                     // the workstation preset's budget
    int patchesPerImage = 64;            // 0: all patches
    int imageSize = kStandardImageSize;  // the backbone's input (input_size.h); a model records its own
    // Retrain (banks unchanged): epochs from the active model's weights on the new defects plus a replay
    // sample of the normal images; 0: every retrain trains from scratch for `epochs`.
    int retrainEpochs = 0;
    QString outliersFolder;         // texture images for the pseudo anomalies (searched recursively)
    int maxOutliers = 0;            // 0: every image found; else an evenly spread subset (a training budget)
    QString userName;               // recorded in the audit log
    double defaultThreshold = 0.0;  // verdict threshold of a category without its own

    // The workstation preset with this budget and input size applied (features cached in memory only); the
    // coreset ratios scaled by bankRatioScale, so M_n and M_o keep their rows at either size.
    dmad::EngineConfig engineConfig() const;
};

}  // namespace dmad::training
