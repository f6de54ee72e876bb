// Measuring the engine on this machine: per-stage inference times, search by bank size, training, memory.
#pragma once

#include "engine/engine_config.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace dmad {

struct BenchmarkOptions {
    std::string backbonePath;
    // MVTec-layout root (<category>/train/good/*); its outliers/ folder (or outlierDir) gives the textures.
    // Empty: a small synthetic set is written to a temporary folder and removed afterwards.
    std::string dataDir;
    std::string outlierDir;
    RuntimeConfig runtime;
    int imageSize = 256;
    std::vector<std::int64_t> bankSizes = {5000, 20000, 50000, 100000};
    int repeats = 10;        // timed runs per measurement, after warm-up runs
    int trainImages = 48;    // normal images for the training measurement (0 = all found)
    int trainOutliers = 16;  // outlier textures for it
    int trainEpochs = 2;
    std::int64_t coresetCandidates = 200000;  // the coreset measurement: rows competing
    std::int64_t coresetChosen = 2000;        // rows chosen
    // A trained model file: end-to-end scoring is also timed with its banks (their real sizes, e.g. the
    // full shared data's), not only with the small model the benchmark trains. Empty: skipped.
    std::string modelPath;
};

// Prints a human-readable report; returns 0, or 1 after printing the error when something failed.
int runBenchmark(const BenchmarkOptions& options, std::ostream& out);

// Peak resident memory of this process in MiB (VmHWM), 0 when unknown.
double peakResidentMiB();

}  // namespace dmad
