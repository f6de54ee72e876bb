// Choosing the compute device and thread count once per process, and reporting what was chosen.
#pragma once

#include "engine/engine_config.h"

#include <string>

namespace dmad {

struct RuntimeInfo {
    bool cuda = false;   // true when the engine runs on a CUDA device
    int threads = 1;     // intra-op threads libtorch uses
    std::string device;  // "cpu" or "cuda:0"
    std::string torchVersion;
};

// Applies the preference (Auto: CUDA when torch::cuda::is_available()), sets the threads,
// and turns the profiling executor off so the second forward is not slow. Idempotent.
// Throws EngineError(InvalidArgument) when Cuda is asked for and none is available.
RuntimeInfo configureRuntime(const RuntimeConfig& config);

}  // namespace dmad
