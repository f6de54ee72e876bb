// Where DMAD Studio finds the data files it is installed with (the default backbone), without build paths.
#pragma once

#include <string>

namespace dmad::installation {

// The backbone the package installs, relative to dataDir().
inline constexpr const char* kDefaultBackbone = "models/mobilenet_v2_imagenet_features.ts.pt";

// <prefix>/share/dmad-studio for the program file <prefix>/bin/<name> (the .deb: /usr/share/dmad-studio).
// The build folder has the same layout beside app/cli and app/gui (see app/CMakeLists.txt).
std::string dataDirOf(const std::string& programFile);

// dataDirOf() the running program (Linux: /proc/self/exe); empty when that cannot be read.
std::string dataDir();

// The installed default backbone, dataDir()/kDefaultBackbone, whether or not the file is there.
std::string installedBackbone();

// The backbone to use when the user chose none: $DMAD_BACKBONE when set and not empty, else the installed one
// when it exists, else empty. An explicit choice (--backbone, the GUI's settings) comes before both.
std::string defaultBackbone();

}  // namespace dmad::installation
