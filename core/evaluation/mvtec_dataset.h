// One category in the MVTec AD folder layout: its normal training images and its labelled test images with masks.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dmad::eval {

// A folder that does not follow the layout, or a test anomaly without its mask in a category that
// has masks. The message names the folder or file.
class DatasetError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TestImage {
    std::string path;
    std::string defectType;  // "good" for a normal image
    bool anomalous = false;
    std::string maskPath;  // empty: normal image, or a category without masks
};

struct CategoryDataset {
    std::string name;  // the folder's name
    std::string root;
    std::vector<std::string> trainNormals;  // train/good, plus validation/good where present (tire)
    std::vector<TestImage> test;            // test/good first, then the defect types by name
    bool hasMasks = false;                  // a ground_truth folder exists: pixel metrics apply

    std::size_t normalTestCount() const;
    std::size_t anomalousTestCount() const;
};

// Lists <dir>/train/good, <dir>/validation/good, <dir>/test/<type>, <dir>/ground_truth/<type>/<stem>_mask.png
// (files with an image extension, sorted by name). Reads no pixels.
// Policy on masks: a category without a ground_truth folder (bottle) has image-level labels only.
// A category with one must have a mask for every test anomaly: a missing one throws DatasetError
// naming the expected path, because pixel metrics over a partial ground truth would mislead.
// Throws DatasetError too when train/good or test/ is missing or empty.
CategoryDataset loadMvtecCategory(const std::string& dir);

// Every sub-folder of root that holds train/good and test/, sorted by name (a root of categories).
std::vector<std::string> findCategoryDirs(const std::string& root);

// Category folders from folders given on a command line: a folder with train/good is one category,
// any other folder is searched for categories. only (optional) keeps the categories of those names,
// in the order found. Throws DatasetError when a folder is missing, holds no category, or a name in
// only matches none.
std::vector<std::string> resolveCategoryDirs(const std::vector<std::string>& dirs,
                                             const std::vector<std::string>& only = {});

// Where the listings below report what they skip (a symlink loop, a dangling link): one English line each.
// Default (or an empty handler): "dmad: warning: <line>" on stderr. Thread-safe.
using WarningHandler = std::function<void(const std::string&)>;
void setWarningHandler(WarningHandler handler);

// Image files directly in dir (any depth of sub-folders is ignored), sorted; empty when dir is missing.
std::vector<std::string> listImages(const std::string& dir);
// Image files in dir and all its sub-folders, sorted (e.g. outliers/dtd/<class>/ and outliers/skimage/).
std::vector<std::string> listImagesRecursive(const std::string& dir);

}  // namespace dmad::eval
