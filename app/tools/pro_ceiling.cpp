// The pixel figures a detector could reach at best on the patch grid: each patch scored by the share of it the
// ground truth covers, through the product's own map path (bilinear upsampling, Gaussian smoothing).
//
// Tells whether the grid's resolution or the detector limits PRO: a perfect detector that only knows its 8-pixel
// cells (1/32 of a 256-pixel input) still blurs thin and tiny defect regions, and PRO counts every region alike.
//
//     pro_ceiling [--data DIR] [--image-size N] [--max-pixels N]
#include "engine/dmad_model.h"
#include "engine/engine_config.h"
#include "engine/image_io.h"
#include "evaluation/metrics.h"
#include "evaluation/mvtec_dataset.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#ifndef DMAD_SHARED_DIR
#define DMAD_SHARED_DIR "../shared"
#endif

namespace {

struct Options {
    std::string data = std::string(DMAD_SHARED_DIR) + "/data";
    int imageSize = 256;
    std::int64_t maxPixels = 16'000'000;  // as `dmad evaluate --max-pixels` of the figures it is compared with
};

constexpr int kPatchStride = 8;  // the stride of the backbone's finest map the patches sit on

// The whole text as an integer, or a message naming the option.
long long number(const std::string& text, const std::string& option) {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (text.empty() || used != text.size())
        throw std::invalid_argument(option + " takes a number, not '" + text + "'");
    return value;
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) throw std::invalid_argument("missing value after " + arg);
        if (arg == "--data")
            o.data = argv[++i];
        else if (arg == "--image-size")
            o.imageSize = static_cast<int>(number(argv[++i], arg));
        else if (arg == "--max-pixels")
            o.maxPixels = number(argv[++i], arg);
        else
            throw std::invalid_argument("unknown option " + arg);
    }
    if (o.imageSize < kPatchStride || o.imageSize > 4096 || o.maxPixels < 1)
        throw std::invalid_argument("--image-size takes 8-4096, --max-pixels a positive number");
    return o;
}

// The share of each grid cell the mask covers: the best a patch score can know about the defect.
cv::Mat coverageOnGrid(const cv::Mat& mask, int gridSide) {
    cv::Mat defect;
    cv::Mat(mask > 0).convertTo(defect, CV_32F, 1.0 / 255.0);
    cv::Mat grid;
    cv::resize(defect, grid, cv::Size(gridSide, gridSide), 0, 0, cv::INTER_AREA);
    return grid;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const Options o = parse(argc, argv);
        const int gridSide = o.imageSize / kPatchStride;
        dmad::ScoreConfig scoring;  // the product's smoothing (sigmaAt256); only the normal term, weight 1
        scoring.normalDistanceWeight = 1.0;
        scoring.seenDistanceWeight = 0.0;
        std::string table = "| category | pixel AUROC | PRO | defect regions | regions smaller than one cell |\n"
                            "|---|---|---|---|---|\n";
        double sumAuroc = 0.0, sumPro = 0.0;
        int categories = 0;
        for (const std::string& dir : dmad::eval::findCategoryDirs(o.data)) {
            const dmad::eval::CategoryDataset ds = dmad::eval::loadMvtecCategory(dir);
            if (!ds.hasMasks) continue;
            std::vector<cv::Mat> masks;
            std::int64_t pixels = 0;
            for (const dmad::eval::TestImage& t : ds.test) {
                const cv::Mat image = cv::imread(t.path, cv::IMREAD_GRAYSCALE);
                if (image.empty()) throw std::runtime_error("cannot read " + t.path);
                masks.push_back(t.maskPath.empty() ? cv::Mat::zeros(image.size(), CV_8U)
                                                   : dmad::readMask(t.maskPath, image.size()));
                pixels += std::int64_t(image.total());
            }
            dmad::eval::PixelMetricsAccumulator accumulator(dmad::eval::pixelStride(pixels, o.maxPixels));
            std::int64_t small = 0;
            for (const cv::Mat& mask : masks) {
                const cv::Mat grid = coverageOnGrid(mask, gridSide);
                const cv::Mat zeros = cv::Mat::zeros(grid.size(), CV_32F);
                const dmad::ImageScore score =
                    dmad::DmadModel::scoreFromTerms({zeros, grid, zeros}, scoring, mask.size());
                accumulator.add(score.anomalyMap, mask);
                cv::Mat labels, stats, centroids;
                const int n = cv::connectedComponentsWithStats(mask > 0, labels, stats, centroids, 8);
                const double cell = double(mask.total()) / double(gridSide * gridSide);
                for (int r = 1; r < n; ++r) small += stats.at<int>(r, cv::CC_STAT_AREA) < cell ? 1 : 0;
            }
            const dmad::eval::PixelMetrics m = accumulator.compute(0.3);
            char row[512];
            std::snprintf(row, sizeof row, "| %s | %.1f | %.1f | %lld | %lld |\n", ds.name.c_str(),
                          100 * m.ranking.auroc, 100 * m.pro, static_cast<long long>(m.regions),
                          static_cast<long long>(small));
            table += row;
            sumAuroc += m.ranking.auroc;
            sumPro += m.pro;
            ++categories;
        }
        if (categories == 0) throw std::runtime_error("no category with masks under " + o.data);
        std::printf("%s| **mean** | **%.1f** | **%.1f** | | |\n", table.c_str(), 100 * sumAuroc / categories,
                    100 * sumPro / categories);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "pro_ceiling: %s\n", e.what());
        return 1;
    }
}
