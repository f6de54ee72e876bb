#include "evaluation/mvtec_dataset.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <mutex>

namespace fs = std::filesystem;

namespace dmad::eval {
namespace {

std::mutex warningMutex;
WarningHandler warningHandler;

void warn(const std::string& message) {
    const std::lock_guard<std::mutex> lock(warningMutex);
    if (warningHandler)
        warningHandler(message);
    else
        std::cerr << "dmad: warning: " << message << "\n";
}

// Whether an entry is a (followed) regular file or folder; a symlink loop or a dangling entry is skipped
// with a warning instead of the raw filesystem_error the throwing overloads give.
bool entryIs(const fs::directory_entry& entry, bool directory) {
    std::error_code ec;
    const bool yes = directory ? entry.is_directory(ec) : entry.is_regular_file(ec);
    if (ec) {
        std::error_code linkEc;
        if (entry.is_symlink(linkEc)) warn("skipping " + entry.path().string() + ": " + ec.message());
        return false;
    }
    return yes;
}

bool isDirectory(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

bool hasImageExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".tif" || ext == ".tiff" ||
           ext == ".webp" || ext == ".pgm" || ext == ".ppm";
}

std::vector<std::string> sortedSubdirs(const fs::path& dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
        if (entryIs(entry, true)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// "a/b/tire/" and "a/b/tire" both name the category "tire".
std::string folderName(const std::string& dir) {
    const fs::path p = fs::path(dir).lexically_normal();
    return p.filename().empty() ? p.parent_path().filename().string() : p.filename().string();
}

}  // namespace

std::size_t CategoryDataset::normalTestCount() const {
    return static_cast<std::size_t>(
        std::count_if(test.begin(), test.end(), [](const TestImage& t) { return !t.anomalous; }));
}

std::size_t CategoryDataset::anomalousTestCount() const {
    return test.size() - normalTestCount();
}

void setWarningHandler(WarningHandler handler) {
    const std::lock_guard<std::mutex> lock(warningMutex);
    warningHandler = std::move(handler);
}

std::vector<std::string> listImages(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec))
        if (hasImageExtension(entry.path()) && entryIs(entry, false)) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> listImagesRecursive(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    // Folder symlinks are not followed, so a loop cannot recurse; a looping file link is skipped.
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (hasImageExtension(it->path()) && entryIs(*it, false)) files.push_back(it->path().string());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> findCategoryDirs(const std::string& root) {
    std::vector<std::string> dirs;
    for (const std::string& name : sortedSubdirs(root)) {
        const fs::path dir = fs::path(root) / name;
        if (isDirectory(dir / "train" / "good") && isDirectory(dir / "test")) dirs.push_back(dir.string());
    }
    return dirs;
}

std::vector<std::string> resolveCategoryDirs(const std::vector<std::string>& dirs,
                                             const std::vector<std::string>& only) {
    std::vector<std::string> found;
    for (const std::string& dir : dirs) {
        if (!isDirectory(dir)) throw DatasetError("data folder not found: " + dir);
        if (isDirectory(fs::path(dir) / "train" / "good")) {
            found.push_back(dir);
            continue;
        }
        const std::vector<std::string> inside = findCategoryDirs(dir);
        if (inside.empty())
            throw DatasetError(dir + " is neither a category (train/good, test/...) nor a folder of categories");
        found.insert(found.end(), inside.begin(), inside.end());
    }
    if (only.empty()) return found;
    std::vector<std::string> kept;
    for (const std::string& name : only) {
        const auto it =
            std::find_if(found.begin(), found.end(), [&](const std::string& d) { return folderName(d) == name; });
        if (it == found.end()) throw DatasetError("no category named '" + name + "' in the data folders given");
        kept.push_back(*it);
    }
    return kept;
}

CategoryDataset loadMvtecCategory(const std::string& dir) {
    const fs::path root(dir);
    if (!isDirectory(root)) throw DatasetError("data folder not found: " + dir);
    CategoryDataset ds;
    ds.root = root.string();
    ds.name = folderName(dir);

    ds.trainNormals = listImages((root / "train" / "good").string());
    if (ds.trainNormals.empty())
        throw DatasetError(dir + " has no images in train/good (expected the MVTec AD layout: "
                                 "train/good, test/<type>, ground_truth/<type>/<stem>_mask.png)");
    for (const std::string& extra : listImages((root / "validation" / "good").string()))
        ds.trainNormals.push_back(extra);

    const fs::path testDir = root / "test";
    const fs::path truthDir = root / "ground_truth";
    ds.hasMasks = isDirectory(truthDir);
    std::vector<std::string> types = sortedSubdirs(testDir);
    std::stable_partition(types.begin(), types.end(), [](const std::string& t) { return t == "good"; });
    for (const std::string& type : types) {
        const bool anomalous = type != "good";
        for (const std::string& path : listImages((testDir / type).string())) {
            TestImage t;
            t.path = path;
            t.defectType = type;
            t.anomalous = anomalous;
            if (anomalous && ds.hasMasks) {
                const fs::path mask = truthDir / type / (fs::path(path).stem().string() + "_mask.png");
                std::error_code maskEc;
                if (!fs::is_regular_file(mask, maskEc))
                    throw DatasetError("test anomaly " + path + " has no mask: expected " + mask.string() +
                                       " (the category has a ground_truth folder, so every anomaly needs one)");
                t.maskPath = mask.string();
            }
            ds.test.push_back(std::move(t));
        }
    }
    if (ds.test.empty()) throw DatasetError(dir + " has no test images (expected test/good and test/<defect type>)");
    return ds;
}

}  // namespace dmad::eval
