// Measures how long the GUI event loop was kept from running: a 5 ms timer records the longest gap between its ticks.
// Shared by bench_retrain and the training flow suite (tests/ui/training), which asserts on it.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

namespace dmad::tools {

class EventLoopStallMeter {
public:
    static constexpr int kIntervalMs = 5;

    EventLoopStallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGapMs = std::max(m_maxGapMs, m_clock.restart());
            ++m_ticks;
        });
    }

    void start() {
        m_maxGapMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The longest time between two ticks; the event loop was stalled for about this minus 5 ms.
    qint64 maxGapMs() const { return m_maxGapMs; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
    qint64 m_ticks = 0;
};

}  // namespace dmad::tools
