#include "app/cli/engine_options.h"

#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/presets.h"
#include "imagefile/image_check.h"
#include "installation/installed_files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dmad::cli {

void addEngineOptions(ArgumentParser& parser, bool training) {
    parser.option("backbone", "FILE",
                  "TorchScript backbone (two feature maps at strides 8 and 16); default: $DMAD_BACKBONE, else "
                  "the MobileNetV2 installed with dmad (<prefix>/share/dmad-studio/" +
                      std::string(installation::kDefaultBackbone) + ")");
    if (training) {
        parser.option("budget", "PRESET",
                      "training budget: 'workstation' (default: fewer epochs, sampled query patches) or 'paper' "
                      "(48 epochs over all patches; slow on a CPU)");
        parser.option("config", "FILE",
                      "engine settings as 'key = value' lines (as a model file stores them), "
                      "applied over the preset");
        parser.option("epochs", "N", "training epochs (overrides the preset)");
        parser.option("patches-per-image", "N", "query patches sampled per image and epoch, 0 = all");
        parser.option("coreset-ratio", "R", "share of the normal patches M_n keeps (paper: 0.02)");
        parser.option(
            "coreset-candidates", "N",
            "approximate coresets: they pick from at most N randomly drawn patches (default 0: all patches, exact)");
        parser.option("image-size", "PX", "images are resized to PX x PX (default 256)");
        parser.option("feature-cache", "DIR", "keep extracted features on disk in DIR for later runs");
    }
    parser.option("device", "auto|cpu|cuda", "compute device (default auto: CUDA when available)");
    parser.option("max-megapixels", "MP",
                  "refuse images whose header claims more pixels, before decoding (default: "
                  "$DMAD_MAX_IMAGE_MEGAPIXELS, else 100)");
    parser.option("threads", "N", "intra-op threads (default: one per core)");
}

std::string resolveBackbone(const Arguments& args) {
    if (args.has("backbone")) return args.value("backbone");
    if (std::string backbone = installation::defaultBackbone(); !backbone.empty()) return backbone;
    throw EngineError(EngineError::Kind::BackboneMissing,
                      "no backbone found: pass --backbone FILE.ts.pt or set DMAD_BACKBONE to a TorchScript module "
                      "whose forward returns feature maps at strides 8 and 16 (looked for the installed default at " +
                          installation::installedBackbone() + ")");
}

std::string resolveOutliers(const Arguments& args) {
    if (args.has("outliers")) return args.value("outliers");
    return (std::filesystem::path(args.value("data")) / "outliers").string();
}

RuntimeConfig runtimeConfigFrom(const Arguments& args) {
    RuntimeConfig runtime;
    const std::string device = args.value("device", "auto");
    if (device == "auto")
        runtime.device = DevicePreference::Auto;
    else if (device == "cpu")
        runtime.device = DevicePreference::Cpu;
    else if (device == "cuda")
        runtime.device = DevicePreference::Cuda;
    else
        throw UsageError("--device must be auto, cpu or cuda, got '" + device + "'");
    // Every command that reads images passes here, so the image limit is set once for the whole run.
    if (args.has("max-megapixels")) {
        const double mp = args.number("max-megapixels", 0.0);
        if (!(mp > 0.0 && mp < 1e9)) throw UsageError("--max-megapixels must be a positive number");
        imagefile::setMaxPixels(static_cast<std::int64_t>(mp * 1e6));
    }
    runtime.threads = static_cast<int>(args.integer("threads", 0));
    if (runtime.threads < 0) throw UsageError("--threads must not be negative");
    return runtime;
}

EngineConfig engineConfigFrom(const Arguments& args) {
    const std::string budget = args.value("budget", "workstation");
    const std::string backbone = resolveBackbone(args);
    EngineConfig config;
    if (budget == "workstation")
        config = workstationPreset(backbone);
    else if (budget == "paper")
        config = paperPreset(backbone);
    else
        throw UsageError("--budget must be 'workstation' or 'paper', got '" + budget + "'");

    if (args.has("config")) {
        std::ifstream in(args.value("config"));
        if (!in)
            throw EngineError(EngineError::Kind::InvalidArgument,
                              "cannot read the settings file " + args.value("config"));
        std::stringstream text;
        text << in.rdbuf();
        // Start from the preset's text so that keys the file leaves out keep the preset's values.
        config = configFromText(configToText(config) + "\n" + text.str());
        config.backbonePath = backbone;
    }
    config.training.epochs = static_cast<int>(args.integer("epochs", config.training.epochs));
    config.training.patchesPerImage =
        static_cast<int>(args.integer("patches-per-image", config.training.patchesPerImage));
    config.banks.normalCoresetRatio = args.number("coreset-ratio", config.banks.normalCoresetRatio);
    config.banks.coresetMaxCandidates = args.integer("coreset-candidates", config.banks.coresetMaxCandidates);
    config.features.imageSize = static_cast<int>(args.integer("image-size", config.features.imageSize));
    config.featureCacheDir = args.value("feature-cache", config.featureCacheDir);
    config.runtime = runtimeConfigFrom(args);
    if (config.training.epochs < 1) throw UsageError("--epochs must be at least 1");
    if (config.training.patchesPerImage < 0) throw UsageError("--patches-per-image must not be negative");
    if (!(config.banks.normalCoresetRatio > 0.0 && config.banks.normalCoresetRatio <= 1.0))
        throw UsageError("--coreset-ratio must be in (0, 1]");
    if (config.banks.coresetMaxCandidates < 0)
        throw UsageError("--coreset-candidates must not be negative (0 = no cap)");
    if (config.features.imageSize < 32) throw UsageError("--image-size must be at least 32");
    return config;
}

}  // namespace dmad::cli
