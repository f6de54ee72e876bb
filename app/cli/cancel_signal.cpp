#include "app/cli/cancel_signal.h"

#include <csignal>

namespace dmad::cli {
namespace {

std::atomic<bool> cancelRequested{false};

extern "C" void onSignal(int signal) {
    if (cancelRequested.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

}  // namespace

const std::atomic<bool>* installCancelHandler() {
    static const bool installed = [] {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        return true;
    }();
    (void)installed;
    return &cancelRequested;
}

}  // namespace dmad::cli
