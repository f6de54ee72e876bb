// Progress of long steps on stderr: one line per stage change, then at most one a few seconds apart.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dmad::cli {

class ProgressPrinter {
public:
    explicit ProgressPrinter(double intervalSeconds = 5.0) : m_interval(intervalSeconds) {}

    // stage + detail identify a step; done/total 0 print no count.
    void update(const std::string& stage, const std::string& detail, std::int64_t done, std::int64_t total);
    void message(const std::string& text);

private:
    using Clock = std::chrono::steady_clock;
    double m_interval;
    Clock::time_point m_start = Clock::now();
    Clock::time_point m_last{};
    std::string m_lastKey;
};

}  // namespace dmad::cli
