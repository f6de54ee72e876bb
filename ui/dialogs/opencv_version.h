// The OpenCV version the workstation was built against, without exposing OpenCV headers to Qt code.
#pragma once

namespace dmad::ui {

const char* openCvVersion();

}  // namespace dmad::ui
