#include "evaluation/mvtec_training_set.h"

#include "engine/image_io.h"
#include "evaluation/kshot_split.h"

namespace dmad::eval {

SeenAnomaly readSeenAnomaly(const std::string& imagePath, const std::string& maskPath, const std::string& category) {
    SeenAnomaly a;
    a.path = imagePath;
    a.category = category;
    if (!maskPath.empty()) a.mask = readMask(maskPath, readImageRgb(imagePath).size());
    return a;
}

TrainingSet buildTrainingSet(const std::vector<CategoryDataset>& categories, const std::string& outlierDir, int shots,
                             std::uint64_t seed) {
    TrainingSet set;
    for (const CategoryDataset& ds : categories) {
        for (const std::string& p : ds.trainNormals) set.normals.push_back({p, ds.name});
        if (shots == 0 || !ds.hasMasks) continue;
        for (const TestImage& t : splitKShot(ds, shots, seed).seen)
            set.anomalies.push_back(readSeenAnomaly(t.path, t.maskPath, ds.name));
    }
    set.outliers = listImagesRecursive(outlierDir);
    if (set.outliers.empty()) throw DatasetError("no outlier images found in '" + outlierDir + "'");
    return set;
}

}  // namespace dmad::eval
