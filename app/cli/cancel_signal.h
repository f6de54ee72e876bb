// Ctrl+C as a cancel request: the first SIGINT/SIGTERM sets a flag long steps check, a second one ends at once.
#pragma once

#include <atomic>

namespace dmad::cli {

// Installs the handlers (once) and returns the flag they set.
const std::atomic<bool>* installCancelHandler();

}  // namespace dmad::cli
