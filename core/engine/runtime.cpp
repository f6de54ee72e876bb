#include "engine/runtime.h"

#include "engine/engine_error.h"
#include "engine/method/device.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <ATen/Context.h>
#include <mutex>
#include <thread>
#include <torch/csrc/jit/runtime/graph_executor.h>
#include <torch/torch.h>

namespace dmad {
namespace method {
namespace {

std::mutex& deviceMutex() {
    static std::mutex m;
    return m;
}

torch::Device& deviceSlot() {
    static torch::Device d(torch::kCPU);
    return d;
}

}  // namespace

torch::Device engineDevice() {
    std::lock_guard<std::mutex> lock(deviceMutex());
    return deviceSlot();
}

void setEngineDevice(const torch::Device& device) {
    std::lock_guard<std::mutex> lock(deviceMutex());
    deviceSlot() = device;
}

}  // namespace method

RuntimeInfo configureRuntime(const RuntimeConfig& config) {
    const bool cudaAvailable = torch::cuda::is_available();
    if (config.device == DevicePreference::Cuda && !cudaAvailable) {
        throw EngineError(EngineError::Kind::InvalidArgument,
                          "A CUDA device was requested but this libtorch build or machine has none.");
    }
    const bool useCuda = config.device != DevicePreference::Cpu && cudaAvailable;
    method::setEngineDevice(useCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU));
    if (useCuda) {
        // libtorch lets cuDNN convolve in TF32 (10-bit mantissa) by default. Measured on an H200: one model's
        // image scores then differed by up to 1.0 % between the GPU and the CPU, enough to move images across
        // a threshold set on the other kind of station; in full float32 by 4e-6. The backbone forward still
        // takes about 1 ms per image there (`dmad bench --device cuda` prints both figures).
        at::globalContext().setAllowTF32CuDNN(false);
        at::globalContext().setAllowTF32CuBLAS(false);
    }

    int threads = config.threads;
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(threads);
    // The profiling executor makes the second forward of a fresh module take ~20x longer.
    torch::jit::getProfilingMode() = false;

    RuntimeInfo info;
    info.cuda = useCuda;
    info.threads = torch::get_num_threads();
    info.device = useCuda ? "cuda:0" : "cpu";
    info.torchVersion = TORCH_VERSION;
    return info;
}

void releaseFreedMemory() {
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

}  // namespace dmad
