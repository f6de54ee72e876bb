// A stage's heartbeat: long loops report done/total through it; the trainer's tick also throws on cancel.
#pragma once

#include <cstdint>
#include <functional>

namespace dmad::method {

using Tick = std::function<void(std::int64_t done, std::int64_t total)>;

inline void tick(const Tick& t, std::int64_t done, std::int64_t total) {
    if (t) t(done, total);
}

}  // namespace dmad::method
