// The station's settings (settings dialog) turned into the options of a training run.
#pragma once

#include "training/training_options.h"

namespace dmad::ui {

class AppSettings;

// The settings a user chose in the settings dialog.
training::TrainingOptions trainingOptionsFromSettings(const AppSettings& settings);

}  // namespace dmad::ui
