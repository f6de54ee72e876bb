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

// Hands memory that was freed but kept by the C library (glibc keeps freed heap pages in per-thread arenas)
// back to the system. Call after a job that allocated and freed gigabytes (a training, one protocol run), so
// that the next job's peak does not stack on the last one's leftovers. Cheap; a no-op elsewhere than glibc.
void releaseFreedMemory();

}  // namespace dmad
