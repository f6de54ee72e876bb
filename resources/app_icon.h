// The application icon from the embedded resources, as every window and dialog shows it.
#pragma once

#include <QIcon>

namespace dmad {

// PNG renditions made at build time when Qt's SVG module was there; otherwise the SVG itself
// (which needs Qt's SVG icon engine plugin to show).
QIcon applicationIcon();

}  // namespace dmad
