// libFuzzer target: the engine's "key = value" settings text; what parses must survive a round trip unchanged.
#include "engine/config_text.h"
#include "engine/engine_error.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    dmad::EngineConfig config;
    try {
        config = dmad::configFromText(text);
    } catch (const dmad::EngineError& e) {
        if (e.kind() != dmad::EngineError::Kind::InvalidArgument) std::abort();
        return 0;
    }
    const std::string written = dmad::configToText(config);
    try {
        if (dmad::configToText(dmad::configFromText(written)) != written) std::abort();
    } catch (const dmad::EngineError&) {
        std::abort();  // the program's own text must always read back
    }
    return 0;
}
