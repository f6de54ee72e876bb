#include "ui/dialogs/opencv_version.h"

#include <opencv2/core/version.hpp>

namespace dmad::ui {

const char* openCvVersion() {
    return CV_VERSION;
}

}  // namespace dmad::ui
