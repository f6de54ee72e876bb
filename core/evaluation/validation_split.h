// The validation split that chooses evaluation settings: held-out normal training images, synthetic anomalies
// made from them, and part of the seen anomalies; never a test image.
#pragma once

#include "engine/dmad_trainer.h"

#include <cstdint>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace dmad::eval {

struct ValidationImage {
    std::string category;
    std::string source;  // the file it comes from (a training normal or a seen anomaly)
    bool anomalous = false;
    bool synthetic = false;       // a held-out normal with an outlier texture pasted in (pasteTexture)
    std::string texture;          // synthetic: the outlier image pasted in
    std::uint64_t pasteSeed = 0;  // synthetic: where and how it is pasted
    cv::Mat mask;                 // a seen anomaly's mask (CV_8U at its size); empty otherwise
};

struct ValidationSplit {
    TrainingSet training;                 // what the validation model is trained on
    std::vector<ValidationImage> images;  // what it is scored on
};

struct ValidationConfig {
    double normalFraction = 0.1;  // of each category's normal training images, at least 2 kept out
    std::uint64_t seed = 0;
};

// Splits `full` (the run's training set: the normals of every category and the seen anomalies):
// per category the given fraction of its normal images (a seeded draw, the same on every platform) is held
// out; each held-out image is a validation normal and, with a texture pasted in, a synthetic anomaly.
// Of each category's seen anomalies the first half (rounded up) still trains, the rest validate.
// Throws DatasetError when a category would keep fewer than 2 normal training images.
// Textures come from full.outliers. Throws DatasetError when there are none.
ValidationSplit splitForValidation(const TrainingSet& full, const ValidationConfig& config);

// The pixels of a validation image (synthetic ones made on the fly) and its mask (all zero for a normal).
cv::Mat validationPixels(const ValidationImage& image, cv::Mat& mask);

// A synthetic anomaly: an ellipse (semi-axes 4-12 % of the shorter side, anywhere inside the image) of the
// outlier texture blended in with an opacity of 0.5-1; grey when the image is grey. rgb8 and texture: CV_8UC3.
// Deterministic in `seed`. Returns the image and sets mask (CV_8U, 255 inside).
cv::Mat pasteTexture(const cv::Mat& rgb8, const cv::Mat& texture, std::uint64_t seed, cv::Mat& mask);

}  // namespace dmad::eval
