#include "ui/main/window_layout.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace dmad::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

}  // namespace

void restoreWindowLayout(QMainWindow& window) {
    const QSettings settings;
    const QRect available = window.screen()->availableGeometry();
    if (!window.restoreGeometry(settings.value(kGeometryKey).toByteArray()) || !available.contains(window.geometry())) {
        // Room for the window frame; the docks' minimum sizes win over the fraction, the screen over both.
        const QSize fitting = (available.size() * 0.92).boundedTo(QSize(1600, 1000));
        const QSize size = fitting.expandedTo(window.minimumSizeHint()).boundedTo(available.size());
        window.resize(size);
        window.move(available.topLeft() +
                    QPoint(available.width() - size.width(), available.height() - size.height()) / 2);
    }
    window.restoreState(settings.value(kStateKey).toByteArray());
}

void saveWindowLayout(const QMainWindow& window) {
    QSettings settings;
    settings.setValue(kGeometryKey, window.saveGeometry());
    settings.setValue(kStateKey, window.saveState());
}

}  // namespace dmad::ui
