#include "installation/installed_files.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace dmad::installation {

std::string dataDirOf(const std::string& programFile) {
    const fs::path prefix = fs::path(programFile).parent_path().parent_path();
    return (prefix / "share" / "dmad-studio").string();
}

std::string dataDir() {
    std::error_code ec;
    // The program's real location: a link to it (/usr/local/bin/dmad -> ...) must not move the data.
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec || self.empty()) return {};
    return dataDirOf(self.string());
}

std::string installedBackbone() {
    const std::string dir = dataDir();
    if (dir.empty()) return {};
    return (fs::path(dir) / kDefaultBackbone).string();
}

std::string defaultBackbone() {
    if (const char* env = std::getenv("DMAD_BACKBONE"); env && *env) return env;
    const std::string installed = installedBackbone();
    std::error_code ec;
    if (!installed.empty() && fs::is_regular_file(installed, ec)) return installed;
    return {};
}

}  // namespace dmad::installation
