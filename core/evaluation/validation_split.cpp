#include "evaluation/validation_split.h"

#include "engine/image_io.h"
#include "evaluation/kshot_split.h"
#include "evaluation/mvtec_dataset.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <opencv2/imgproc.hpp>
#include <random>

namespace dmad::eval {
namespace {

// A uniform double in [lo, hi) from the engine's raw output: std::uniform_real_distribution is
// implementation-defined, and the split must be the same everywhere.
double uniform(std::mt19937_64& rng, double lo, double hi) {
    return lo + (hi - lo) * double(rng() >> 11) * (1.0 / 9007199254740992.0);
}

// Fisher-Yates on sorted input with mt19937_64's raw output: platform-independent, like splitKShot.
std::vector<std::string> shuffled(std::vector<std::string> items, std::mt19937_64& rng) {
    std::sort(items.begin(), items.end());
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[std::size_t(rng() % i)]);
    return items;
}

bool isGrey(const cv::Mat& rgb8) {
    std::vector<cv::Mat> channels;
    cv::split(rgb8, channels);
    return cv::norm(channels[0], channels[1], cv::NORM_INF) == 0 &&
           cv::norm(channels[1], channels[2], cv::NORM_INF) == 0;
}

}  // namespace

cv::Mat pasteTexture(const cv::Mat& rgb8, const cv::Mat& texture, std::uint64_t seed, cv::Mat& mask) {
    std::mt19937_64 rng(seed);
    const int side = std::min(rgb8.cols, rgb8.rows);
    const int a = std::max(2, int(std::lround(uniform(rng, 0.04, 0.12) * side)));
    const int b = std::max(2, int(std::lround(uniform(rng, 0.04, 0.12) * side)));
    const int reach = std::max(a, b);
    const cv::Point centre(int(uniform(rng, reach, std::max(reach + 1, rgb8.cols - reach))),
                           int(uniform(rng, reach, std::max(reach + 1, rgb8.rows - reach))));
    const double angle = uniform(rng, 0.0, 180.0);
    const double opacity = uniform(rng, 0.5, 1.0);

    mask = cv::Mat::zeros(rgb8.size(), CV_8U);
    cv::ellipse(mask, centre, cv::Size(a, b), angle, 0, 360, cv::Scalar(255), cv::FILLED);
    cv::Mat patch;
    cv::resize(texture, patch, rgb8.size(), 0, 0, cv::INTER_LINEAR);
    if (isGrey(rgb8)) {
        cv::Mat grey;
        cv::cvtColor(patch, grey, cv::COLOR_RGB2GRAY);
        cv::cvtColor(grey, patch, cv::COLOR_GRAY2RGB);
    }
    cv::Mat blended;
    cv::addWeighted(rgb8, 1.0 - opacity, patch, opacity, 0.0, blended);
    cv::Mat out = rgb8.clone();
    blended.copyTo(out, mask);
    return out;
}

ValidationSplit splitForValidation(const TrainingSet& full, const ValidationConfig& config) {
    if (full.outliers.empty()) throw DatasetError("validation: no outlier textures to make synthetic anomalies");
    ValidationSplit split;
    split.training.outliers = full.outliers;

    std::map<std::string, std::vector<std::string>> normalsByCategory;
    for (const NormalImage& n : full.normals) normalsByCategory[n.category].push_back(n.path);
    std::uint64_t pasted = 0;
    for (const auto& [category, paths] : normalsByCategory) {
        std::mt19937_64 rng(config.seed ^ stableHash("validation/" + category));
        const std::vector<std::string> order = shuffled(paths, rng);
        const auto heldOut =
            std::max<std::size_t>(2, std::size_t(std::ceil(config.normalFraction * double(order.size()))));
        if (order.size() < heldOut + 2)
            throw DatasetError("validation: " + category + " has " + std::to_string(order.size()) +
                               " normal training images, too few to hold " + std::to_string(heldOut) + " out");
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i >= heldOut) {
                split.training.normals.push_back({order[i], category});
                continue;
            }
            split.images.push_back({category, order[i], false, false, {}, 0, {}});
            ValidationImage synthetic{category, order[i], true, true, {}, 0, {}};
            synthetic.texture = full.outliers[std::size_t(rng() % full.outliers.size())];
            synthetic.pasteSeed = config.seed * 1000003ULL + (pasted++);
            split.images.push_back(std::move(synthetic));
        }
    }

    std::map<std::string, std::vector<const SeenAnomaly*>> seenByCategory;
    for (const SeenAnomaly& a : full.anomalies) seenByCategory[a.category].push_back(&a);
    for (const auto& [category, anomalies] : seenByCategory) {
        const std::size_t training = (anomalies.size() + 1) / 2;
        for (std::size_t i = 0; i < anomalies.size(); ++i) {
            if (i < training) {
                split.training.anomalies.push_back(*anomalies[i]);
            } else {
                split.images.push_back({category, anomalies[i]->path, true, false, {}, 0, anomalies[i]->mask});
            }
        }
    }
    return split;
}

cv::Mat validationPixels(const ValidationImage& image, cv::Mat& mask) {
    const cv::Mat rgb = readImageRgb(image.source);
    if (image.synthetic) return pasteTexture(rgb, readImageRgb(image.texture), image.pasteSeed, mask);
    mask = image.anomalous && !image.mask.empty() ? image.mask : cv::Mat::zeros(rgb.size(), CV_8U);
    return rgb;
}

}  // namespace dmad::eval
