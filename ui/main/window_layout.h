// The main window's size, place and dock layout between sessions, always fitting the screen it is on.
#pragma once

class QMainWindow;

namespace dmad::ui {

// A saved geometry that no longer fits the available screen (another monitor, a smaller resolution)
// is dropped, as is a missing one: the window then takes most of the screen, never more, so its
// status bar stays visible. The dock layout is restored too.
void restoreWindowLayout(QMainWindow& window);
void saveWindowLayout(const QMainWindow& window);

}  // namespace dmad::ui
