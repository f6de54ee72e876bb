#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "engine/benchmark.h"
#include "engine/engine_error.h"

#include <filesystem>
#include <iostream>

namespace dmad::cli {
namespace {

ArgumentParser benchParser() {
    ArgumentParser p("bench", "Measures the engine on this machine: per-stage inference time, nearest-neighbour "
                              "search by bank size, a short training, peak memory.");
    p.option("data", "DIR", "MVTec-layout root for real images (default: synthetic images in a temporary folder)")
        .option("outliers", "DIR", "outlier textures (default: DIR/outliers of --data)")
        .option("image-size", "PX", "input size (default 256)")
        .option("bank-sizes", "LIST", "bank sizes for the search timing (default 5000,20000,50000,100000)")
        .option("repeats", "N", "timed runs per measurement (default 10)")
        .option("train-images", "N", "normal images for the training measurement (default 48, 0 = all)")
        .option("train-epochs", "N", "epochs of the training measurement (default 2)")
        .option("model", "FILE", "also time end-to-end scoring with this trained model (its real bank sizes)");
    addEngineOptions(p, false);
    p.note(exitCodeHelp());
    return p;
}

}  // namespace

int runBench(const std::vector<std::string>& args) {
    const ArgumentParser parser = benchParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    BenchmarkOptions options;
    options.backbonePath = resolveBackbone(a);
    if (!std::filesystem::is_regular_file(options.backbonePath))
        throw EngineError(EngineError::Kind::BackboneMissing, "backbone not found: " + options.backbonePath);
    options.dataDir = a.value("data");
    if (!options.dataDir.empty() && !std::filesystem::is_directory(options.dataDir))
        throw EngineError(EngineError::Kind::InvalidArgument, "data folder not found: " + options.dataDir);
    options.outlierDir = a.value("outliers");
    options.modelPath = a.value("model");
    if (!options.modelPath.empty() && !std::filesystem::is_regular_file(options.modelPath))
        throw EngineError(EngineError::Kind::InvalidArgument, "model file not found: " + options.modelPath);
    options.runtime = runtimeConfigFrom(a);
    options.imageSize = static_cast<int>(a.integer("image-size", options.imageSize));
    const auto banks = a.integers("bank-sizes", {});
    if (!banks.empty()) options.bankSizes.assign(banks.begin(), banks.end());
    options.repeats = static_cast<int>(a.integer("repeats", options.repeats));
    options.trainImages = static_cast<int>(a.integer("train-images", options.trainImages));
    options.trainEpochs = static_cast<int>(a.integer("train-epochs", options.trainEpochs));
    if (options.imageSize < 32 || options.repeats < 1 || options.trainImages < 0 || options.trainEpochs < 1)
        throw UsageError("bench: --image-size >= 32, --repeats >= 1, --train-images >= 0, --train-epochs >= 1");
    for (const auto b : options.bankSizes)
        if (b < 1) throw UsageError("--bank-sizes must be positive");
    return runBenchmark(options, std::cout) == 0 ? kExitOk : kExitRuntimeFailure;
}

}  // namespace dmad::cli
