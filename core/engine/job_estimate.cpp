#include "engine/job_estimate.h"

#include "engine/atomic_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dmad {
namespace {

constexpr double kMinMeasuredSeconds = 1.0;  // shorter stages say little about their rate
constexpr double kMinFraction = 0.05;        // a running stage trusts its own rate from here on
constexpr double kMinElapsed = 0.5;

}  // namespace

JobEstimate::JobEstimate(Rates measured) : m_measured(std::move(measured)), m_defaults(defaultRates()) {}

JobEstimate::Rates JobEstimate::defaultRates() {
    // Seconds per unit measured with bench_retrain on an idle 2-core machine (2026-11-30, the workstation preset
    // with its 128-wide score mapper; docs/evaluation.md), MobileNetV2 backbone (C = 128, 32 x 32 patches). A
    // busy machine runs slower: finished stages then scale the rest. A project's own rates replace these after
    // its first job (<project>/cache/stage-costs.txt).
    return {
        {"preparing", 0.5},                 // units: 1
        {"loading state", 0.003},           // units: megabytes read
        {"features", 0.023},                // units: images of 1,024 patches (TrainingPlan::imageUnits)
        {"normal bank", 1.5},               // units: normal patches x M_n rows / 1e9 (greedy k-center)
        {"pseudo anomalies", 1.7},          // units: fused patches x M_o rows / 1e9
        {"neighbours", 0.55},               // units: normal patches x (M_n + M_o rows) / 1e9
        {"saving state", 0.003},            // units: megabytes written
        {"seen anomalies", 0.02},           // units: seen anomalies
        {"anomaly neighbours", 0.6},        // units: patches searched x bank rows / 1e9
        {"training", 32.0},                 // units: queried patches x epochs / 1e6, attention over the image
        {"training, attention off", 18.0},  // the same units without it (the semi-supervised default)
        {"validation", 0.08},               // units: images scored x TrainingPlan::searchUnits()
        {"done", 0.1},                      // units: 1
        {"saving model", 0.01},             // units: megabytes written
        {"scoring", 0.041},                 // units: images x searchUnits(), after a rebuild (cold, new banks)
        {"rescoring", 0.0036},              // units: images x imageUnits, the banks kept (all cached)
    };
}

void JobEstimate::plan(std::vector<Stage> stages) {
    m_stages.clear();
    m_current = -1;
    for (const Stage& s : stages) append(s);
}

void JobEstimate::append(const Stage& stage) {
    Planned p;
    p.stage = stage;
    p.planned = stage.units * rateOf(stage.key());
    m_stages.push_back(p);
}

double JobEstimate::rateOf(const std::string& name) const {
    if (const auto it = m_measured.find(name); it != m_measured.end() && it->second > 0) return it->second;
    if (const auto it = m_defaults.find(name); it != m_defaults.end()) return it->second;
    return 0.0;
}

void JobEstimate::closeStage(int index, double now) {
    Planned& p = m_stages[std::size_t(index)];
    if (p.started < 0) p.started = now;
    if (p.finished >= 0) return;
    p.finished = now;
    p.fraction = 1.0;
    const double seconds = p.finished - p.started;
    if (p.stage.units > 0 && seconds >= kMinMeasuredSeconds) m_measured[p.stage.key()] = seconds / p.stage.units;
}

void JobEstimate::update(const std::string& stage, double fraction, double now) {
    m_now = std::max(m_now, now);
    int index = -1;
    for (int i = std::max(0, m_current); i < int(m_stages.size()) && index < 0; ++i) {
        if (m_stages[std::size_t(i)].stage.name == stage) index = i;
    }
    if (index < 0) {
        append({stage, 0.0});
        index = int(m_stages.size()) - 1;
    }
    if (index != m_current) {
        for (int i = std::max(0, m_current); i < index; ++i) closeStage(i, m_now);
        m_current = index;
        m_stages[std::size_t(index)].started = m_now;
    }
    m_stages[std::size_t(index)].fraction = std::clamp(fraction, 0.0, 1.0);
}

void JobEstimate::finish(double now) {
    m_now = std::max(m_now, now);
    for (int i = std::max(0, m_current); i < int(m_stages.size()); ++i) closeStage(i, m_now);
    m_current = int(m_stages.size());
}

double JobEstimate::predictedSeconds(const Planned& p) const {
    const double elapsed = m_now - p.started;
    if (p.fraction >= kMinFraction && elapsed >= kMinElapsed) return elapsed / p.fraction;
    return std::max(elapsed, p.planned * speedFactor());
}

double JobEstimate::speedFactor() const {
    double actual = 0.0, planned = 0.0;
    for (int i = 0; i < std::min(m_current, int(m_stages.size())); ++i) {
        const Planned& p = m_stages[std::size_t(i)];
        const double seconds = p.finished - p.started;
        if (p.planned > 0 && seconds >= kMinMeasuredSeconds) {
            actual += seconds;
            planned += p.planned;
        }
    }
    if (planned <= 0) return 1.0;
    return std::clamp(actual / planned, 0.25, 4.0);
}

double JobEstimate::etaSeconds() const {
    const double k = speedFactor();
    double remaining = 0.0;
    int next = 0;
    if (m_current >= 0 && m_current < int(m_stages.size())) {
        const Planned& p = m_stages[std::size_t(m_current)];
        remaining += std::max(0.0, predictedSeconds(p) - (m_now - p.started));
        next = m_current + 1;
    } else if (m_current >= int(m_stages.size())) {
        return 0.0;
    }
    for (int i = next; i < int(m_stages.size()); ++i) remaining += m_stages[std::size_t(i)].planned * k;
    return remaining;
}

double JobEstimate::totalSeconds() const {
    return m_now + etaSeconds();
}

double JobEstimate::fraction() const {
    const double total = totalSeconds();
    return total > 0 ? std::clamp(m_now / total, 0.0, 1.0) : 0.0;
}

JobEstimate::Rates JobEstimate::rates() const {
    return m_measured;
}

JobEstimate::Rates JobEstimate::readRates(const std::string& path) {
    Rates rates;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.rfind('=');
        if (eq == std::string::npos || eq == 0) continue;
        std::istringstream value(line.substr(eq + 1));
        double seconds = 0.0;
        if (value >> seconds && seconds > 0 && seconds < 1e6) rates[line.substr(0, eq)] = seconds;
    }
    return rates;
}

void JobEstimate::writeRates(const std::string& path, const Rates& rates) {
    std::ostringstream out;
    out.precision(6);
    for (const auto& [name, seconds] : rates) out << name << '=' << seconds << '\n';
    const std::string text = out.str();
    try {
        writeFileAtomically(path, text.data(), text.size());
    } catch (...) {
        // Only the next estimate gets less accurate.
    }
}

}  // namespace dmad
