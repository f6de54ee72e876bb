// libFuzzer target: MVTec folder import on a folder tree the input describes (folders, files, symlinks, loops):
// the evaluation loader the CLI uses and the project import's folder listing. Never a crash, never a path
// outside the tree, every listed file exists.
#include "evaluation/mvtec_dataset.h"
#include "project/image_importer.h"
#include "project/mvtec_import.h"

#include <QString>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// A 1x1 grey PNG: an image file the listings accept.
const unsigned char kPng[] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                              0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00,
                              0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78,
                              0x9C, 0x63, 0x68, 0x00, 0x00, 0x00, 0x82, 0x00, 0x81, 0x77, 0xCD, 0x72, 0xB6, 0x00,
                              0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

fs::path root;

// Keeps a path inside the tree: a few safe characters, no "..", no leading slash, short.
std::string clean(const std::string& raw) {
    std::string out;
    for (char c : raw) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '/' || c == '.' || c == '-';
        if (ok) out += c;
        if (out.size() >= 80) break;
    }
    while (!out.empty() && out.front() == '/') out.erase(out.begin());
    if (out.find("..") != std::string::npos) return {};
    return out;
}

bool inside(const std::string& path) {
    const std::string base = root.string();
    return path.compare(0, base.size(), base) == 0;
}

// One line per entry: "d PATH" folder, "f PATH" image, "g PATH" garbage file, "l PATH TARGET" symlink.
void build(const std::string& spec) {
    std::size_t start = 0;
    int entries = 0;
    while (start < spec.size() && entries++ < 48) {
        const std::size_t end = std::min(spec.find('\n', start), spec.size());
        const std::string line = spec.substr(start, end - start);
        start = end + 1;
        if (line.size() < 3 || line[1] != ' ') continue;
        const std::string rest = line.substr(2);
        const std::size_t space = rest.find(' ');
        const std::string path = clean(rest.substr(0, space));
        if (path.empty()) continue;
        const fs::path target = root / path;
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        switch (line[0]) {
        case 'd': fs::create_directories(target, ec); break;
        case 'f':
            std::ofstream(target, std::ios::binary).write(reinterpret_cast<const char*>(kPng), sizeof(kPng));
            break;
        case 'g': std::ofstream(target, std::ios::binary) << "not an image"; break;
        case 'l':
            if (space != std::string::npos) fs::create_symlink(clean(rest.substr(space + 1)), target, ec);
            break;
        default: break;
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    root = fs::temp_directory_path() / ("dmad-fuzz-mvtec-" + std::to_string(::getpid()));
    dmad::eval::setWarningHandler([](const std::string&) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::error_code ec;
    fs::remove_all(root, ec);
    fs::create_directories(root, ec);
    build(std::string(reinterpret_cast<const char*>(data), size));
    const std::string top = root.string();

    for (const std::string& file : dmad::eval::listImagesRecursive(top))
        if (!inside(file) || !fs::is_regular_file(file, ec)) std::abort();
    try {
        for (const std::string& dir : dmad::eval::resolveCategoryDirs({top})) {
            if (!inside(dir)) std::abort();
            try {
                const dmad::eval::CategoryDataset ds = dmad::eval::loadMvtecCategory(dir);
                if (ds.trainNormals.empty() || ds.test.empty()) std::abort();
                for (const auto& t : ds.test)
                    if (t.anomalous && ds.hasMasks && !fs::is_regular_file(t.maskPath, ec)) std::abort();
            } catch (const dmad::eval::DatasetError&) {}
        }
    } catch (const dmad::eval::DatasetError&) {}
    const QString qtop = QString::fromStdString(top);
    for (const QString& folder : dmad::project::mvtecCategoryFolders(qtop))
        if (!folder.startsWith(qtop)) std::abort();
    for (const QString& file : dmad::project::imageFilesIn(qtop, true))
        if (!file.startsWith(qtop)) std::abort();
    fs::remove_all(root, ec);
    return 0;
}
