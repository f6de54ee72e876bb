#include "app/cli/progress_printer.h"

#include <cstdio>
#include <iostream>

namespace dmad::cli {

void ProgressPrinter::update(const std::string& stage, const std::string& detail, std::int64_t done,
                             std::int64_t total) {
    const auto now = Clock::now();
    const std::string key = stage + "|" + detail;
    const bool finished = total > 0 && done >= total;
    if (key == m_lastKey && !finished && std::chrono::duration<double>(now - m_last).count() < m_interval) return;
    m_lastKey = key;
    m_last = now;
    std::string line = "[" + stage + "]";
    if (!detail.empty()) line += " " + detail;
    if (total > 0) line += " " + std::to_string(done) + "/" + std::to_string(total);
    message(line);
}

void ProgressPrinter::message(const std::string& text) {
    const double elapsed = std::chrono::duration<double>(Clock::now() - m_start).count();
    char stamp[32];
    std::snprintf(stamp, sizeof stamp, "%7.1fs ", elapsed);
    std::cerr << stamp << text << std::endl;
}

}  // namespace dmad::cli
