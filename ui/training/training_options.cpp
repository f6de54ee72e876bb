#include "ui/training/training_options.h"

#include "ui/dialogs/app_settings.h"

namespace dmad::ui {
namespace {

dmad::DevicePreference toEngine(ComputeDevice device) {
    switch (device) {
    case ComputeDevice::Cpu: return dmad::DevicePreference::Cpu;
    case ComputeDevice::Gpu: return dmad::DevicePreference::Cuda;
    case ComputeDevice::Auto: break;
    }
    return dmad::DevicePreference::Auto;
}

}  // namespace

training::TrainingOptions trainingOptionsFromSettings(const AppSettings& settings) {
    training::TrainingOptions options;
    options.backbonePath = settings.backbonePath();
    options.device = toEngine(settings.device());
    options.threads = settings.threads();
    options.epochs = settings.epochs();
    options.patchesPerImage = settings.patchesPerImage();
    options.imageSize = settings.imageSize();
    options.retrainEpochs = settings.retrainEpochs();
    options.userName = settings.userName();
    options.defaultThreshold = settings.imageThreshold();
    options.outliersFolder = settings.outliersFolder();
    return options;
}

}  // namespace dmad::ui
