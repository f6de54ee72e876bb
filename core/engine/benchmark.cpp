#include "engine/benchmark.h"

#include "engine/dmad_trainer.h"
#include "engine/engine_error.h"
#include "engine/image_io.h"
#include "engine/inspector.h"
#include "engine/method/backbone.h"
#include "engine/method/coreset.h"
#include "engine/method/device.h"
#include "engine/method/dmad_model_impl.h"
#include "engine/method/nearest_neighbour.h"
#include "engine/method/patch_encoder.h"
#include "engine/method/patch_features_impl.h"
#include "engine/presets.h"
#include "engine/runtime.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <sstream>
#include <unistd.h>

namespace dmad {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Median milliseconds of repeats runs after warm-up runs.
double timeMs(int warmup, int repeats, const std::function<void()>& run) {
    for (int i = 0; i < warmup; ++i) run();
    std::vector<double> ms;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const auto t0 = Clock::now();
        run();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::nth_element(ms.begin(), ms.begin() + std::ptrdiff_t(ms.size() / 2), ms.end());
    return ms[ms.size() / 2];
}

bool isImageFile(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".bmp" || ext == ".tif" || ext == ".tiff";
}

std::vector<std::string> imagesUnder(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
        if (e.is_regular_file() && isImageFile(e.path())) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// Takes every stride-th entry so that a subset spans all categories.
std::vector<std::string> spread(const std::vector<std::string>& all, int count) {
    if (count <= 0 || int(all.size()) <= count) return all;
    std::vector<std::string> out;
    const double step = double(all.size()) / count;
    for (int i = 0; i < count; ++i) out.push_back(all[std::size_t(i * step)]);
    return out;
}

// A textured synthetic image: smooth noise, optionally with a bright blob (a "defect").
cv::Mat syntheticImage(int size, std::mt19937& rng, bool defect) {
    cv::Mat small(size / 8, size / 8, CV_8UC3);
    cv::randu(small, cv::Scalar::all(90), cv::Scalar::all(150));
    cv::Mat image;
    cv::resize(small, image, cv::Size(size, size), 0, 0, cv::INTER_CUBIC);
    if (defect) {
        std::uniform_int_distribution<int> pos(size / 4, 3 * size / 4);
        cv::circle(image, cv::Point(pos(rng), pos(rng)), size / 12, cv::Scalar(250, 30, 30), cv::FILLED);
    }
    return image;
}

struct BenchData {
    std::vector<NormalImage> normals;
    std::vector<std::string> outliers;
    fs::path tempDir;  // removed afterwards when set
    ~BenchData() {
        std::error_code ec;
        if (!tempDir.empty()) fs::remove_all(tempDir, ec);
    }
};

void collectData(const BenchmarkOptions& o, BenchData& data) {
    if (!o.dataDir.empty()) {
        std::vector<std::string> normals;
        std::error_code ec;
        for (const auto& cat : fs::directory_iterator(o.dataDir, ec)) {
            for (const auto& p : imagesUnder(cat.path() / "train" / "good")) normals.push_back(p);
        }
        std::sort(normals.begin(), normals.end());
        for (const auto& p : spread(normals, o.trainImages)) {
            data.normals.push_back({p, fs::path(p).parent_path().parent_path().parent_path().filename().string()});
        }
        const fs::path outlierDir = o.outlierDir.empty() ? fs::path(o.dataDir) / "outliers" : fs::path(o.outlierDir);
        data.outliers = spread(imagesUnder(outlierDir), o.trainOutliers);
    }
    if (!data.normals.empty() && !data.outliers.empty()) return;
    data.normals.clear();
    data.outliers.clear();
    data.tempDir = fs::temp_directory_path() / ("dmad-bench-" + std::to_string(::getpid()));
    fs::create_directories(data.tempDir);
    std::mt19937 rng(1);
    const int n = std::max(8, o.trainImages), m = std::max(4, o.trainOutliers);
    for (int i = 0; i < n; ++i) {
        const std::string p = (data.tempDir / ("normal_" + std::to_string(i) + ".png")).string();
        writeImageRgb(p, syntheticImage(o.imageSize, rng, false));
        data.normals.push_back({p, "synthetic"});
    }
    for (int i = 0; i < m; ++i) {
        cv::Mat texture(o.imageSize, o.imageSize, CV_8UC3);
        cv::randu(texture, cv::Scalar::all(0), cv::Scalar::all(255));
        const std::string p = (data.tempDir / ("outlier_" + std::to_string(i) + ".png")).string();
        writeImageRgb(p, texture);
        data.outliers.push_back(p);
    }
}

// The search in a real bank with one image's patches, with and without the lower bound (nearest_neighbour.h):
// the same nearest rows, and what the bound saves on this bank.
void printBoundedSearch(const torch::Tensor& bank, const torch::Tensor& q, int repeats, std::ostream& out) {
    if (!bank.device().is_cpu()) return;
    using Pruning = method::SearchIndex::Pruning;
    const method::SearchIndex full(bank, {}, Pruning::Off), bounded(bank, {}, Pruning::Always);
    const method::SearchIndex automatic(bank);
    method::Neighbours a, b;
    const double fullMs = timeMs(1, std::max(3, repeats / 2), [&] { a = full.search(q); });
    const double boundedMs = timeMs(1, std::max(3, repeats / 2), [&] { b = bounded.search(q); });
    const std::int64_t differ = (a.indices != b.indices).sum().item<std::int64_t>();
    out << "  M_n search, " << q.size(0) << " patches of this image: full matmul " << fullMs << " ms, with the bound "
        << boundedMs << " ms (" << differ << " nearest rows differ; the bound is "
        << (automatic.pruned() ? "on" : "off") << " by default for this bank)\n";
}

// Scores the images with the model on this device and again on the CPU, and prints how far the scores
// differ. A GPU station and a CPU station must give one image the same score, or a threshold set on one
// misjudges images on the other; the engine's float32 rule (runtime.cpp) is what this checks.
void printCpuAgreement(const EngineConfig& config, const DmadModel& model, const std::vector<NormalImage>& images,
                       std::ostream& out) {
    const fs::path file = fs::temp_directory_path() / ("dmad-bench-model-" + std::to_string(::getpid()) + ".dmad");
    struct RemoveOnExit {  // also when loading or scoring throws
        fs::path path;
        ~RemoveOnExit() {
            std::error_code ec;
            fs::remove(path, ec);
        }
    } const removeFile{file};
    model.save(file.string());
    const auto scoresOn = [&](DevicePreference device) {
        RuntimeConfig runtime = config.runtime;
        runtime.device = device;
        configureRuntime(runtime);
        EngineConfig onDevice = config;
        onDevice.runtime = runtime;
        const Inspector inspector(FeatureExtractor::open(onDevice), DmadModel::load(file.string()),
                                  ScoringMethod::Dmad);
        std::vector<double> scores;
        for (const auto& image : images) scores.push_back(inspector.inspect(image.path, false).score);
        return scores;
    };
    const std::vector<double> onCuda = scoresOn(DevicePreference::Cuda);
    const std::vector<double> onCpu = scoresOn(DevicePreference::Cpu);
    configureRuntime(config.runtime);
    double largest = 0.0, largestRelative = 0.0;
    for (std::size_t i = 0; i < onCpu.size(); ++i) {
        const double d = std::abs(onCuda[i] - onCpu[i]);
        largest = std::max(largest, d);
        largestRelative = std::max(largestRelative, d / std::max(std::abs(onCpu[i]), 1e-9));
    }
    out << "CPU agreement (the same model, " << onCpu.size() << " images scored on the GPU and on the CPU):\n"
        << "  largest score difference " << std::setprecision(3) << std::scientific << largest << " (relative "
        << largestRelative << ")\n"
        << std::fixed << std::setprecision(1);
}

}  // namespace

double peakResidentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream s(line.substr(6));
            double kb = 0;
            s >> kb;
            return kb / 1024.0;
        }
    }
    return 0.0;
}

int runBenchmark(const BenchmarkOptions& o, std::ostream& out) {
    try {
        out << std::fixed << std::setprecision(1);
        const RuntimeInfo rt = configureRuntime(o.runtime);
        out << "DMAD engine benchmark\n"
            << "  device " << rt.device << ", " << rt.threads << " threads, libtorch " << rt.torchVersion << "\n"
            << "  backbone " << o.backbonePath << ", input " << o.imageSize << "x" << o.imageSize << "\n";

        BenchData data;
        collectData(o, data);
        out << "  data: " << (data.tempDir.empty() ? o.dataDir : std::string("synthetic")) << ", "
            << data.normals.size() << " normal images, " << data.outliers.size() << " outlier textures\n\n";

        EngineConfig config = workstationPreset(o.backbonePath);
        config.runtime = o.runtime;
        config.features.imageSize = o.imageSize;
        config.training.epochs = o.trainEpochs;

        const auto loadStart = Clock::now();
        const auto extractor = FeatureExtractor::open(config);
        const double loadMs = std::chrono::duration<double, std::milli>(Clock::now() - loadStart).count();
        const cv::Mat image = readImageRgb(data.normals.front().path);
        const int c = extractor->backbone().featureDim;
        out << "Backbone load + contract check + warm-up: " << loadMs
            << " ms (C = " << extractor->backbone().channelsStride8 << " + " << extractor->backbone().channelsStride16
            << (extractor->backbone().channelsStride4 > 0
                    ? " + " + std::to_string(extractor->backbone().channelsStride4) + " at stride 4"
                    : std::string())
            << " = " << c << ")\n";

        // Inference stages, one image at a time.
        torch::NoGradGuard noGrad;
        const method::Backbone backbone(o.backbonePath, o.imageSize, method::engineDevice());
        const torch::Tensor x = backbone.preprocess(image, config.features);
        std::pair<torch::Tensor, torch::Tensor> maps;
        const double preprocessMs = timeMs(2, o.repeats, [&] { backbone.preprocess(image, config.features); });
        const double backboneMs = timeMs(3, o.repeats, [&] { maps = backbone.forward(x); });
        const double aggregateMs =
            timeMs(2, o.repeats, [&] { method::aggregatePatches(maps.first, maps.second, config.features); });
        out << "Per image (median of " << o.repeats << " after warm-up):\n"
            << "  resize + normalise     " << std::setw(8) << preprocessMs << " ms\n"
            << "  backbone forward       " << std::setw(8) << backboneMs << " ms\n"
            << "  feature aggregation    " << std::setw(8) << aggregateMs << " ms\n";
        if (backbone.channelsStride4() > 0) {
            const double stride4Ms = timeMs(3, o.repeats, [&] { backbone.forwardWithStride4(x); });
            out << "  backbone with stride-4 " << std::setw(8) << stride4Ms << " ms (features.strideFourMap)\n";
        }

        const torch::Tensor q = method::tensorOf(extractor->extract(image));  // [N, C]
        // Random rows spread over every dimension, so the lower bound stays off: this is the full matmul.
        out << "Nearest-neighbour search, " << q.size(0) << " queries x " << c << " dims, random rows (full matmul):\n";
        auto gen = at::detail::createCPUGenerator(5);
        for (const std::int64_t k : o.bankSizes) {
            const method::SearchIndex index(torch::randn({k, c}, gen, torch::kFloat).to(method::engineDevice()));
            const double ms = timeMs(1, std::max(3, o.repeats / 2), [&] { index.search(q); });
            out << "  bank " << std::setw(7) << k << " rows    " << std::setw(8) << ms << " ms\n";
        }

        // Training on the chosen set, then end-to-end scoring with the trained model.
        DmadTrainer trainer(extractor, config);
        TrainingSet set;
        set.normals = data.normals;
        set.outliers = data.outliers;
        const auto trainStart = Clock::now();
        const DmadModel model = trainer.train(set);
        const double trainS = std::chrono::duration<double>(Clock::now() - trainStart).count();
        const TrainingStats& stats = trainer.lastStats();
        out << "\nTraining (" << set.normals.size() << " normal images, " << set.outliers.size() << " outliers, "
            << config.training.epochs << " epochs, " << config.training.patchesPerImage
            << " query patches per image): " << trainS << " s\n";
        for (const auto& [stage, seconds] : stats.stageSeconds) {
            out << "  " << std::left << std::setw(22) << stage << std::right << std::setw(8) << seconds << " s\n";
        }
        out << "  banks: |M_n| = " << model.info().normalBankSize << ", |M_o| = " << model.info().pseudoBankSize
            << "\n";

        // The coreset alone: its time grows with chosen rows x candidates x projection width.
        {
            const std::int64_t candidates = std::max<std::int64_t>(o.coresetCandidates, 1);
            const torch::Tensor rows = q.repeat({candidates / q.size(0) + 1, 1}).slice(0, 0, candidates) +
                                       torch::randn({candidates, c}, gen, torch::kFloat).to(q.device()) * 0.05;
            const std::int64_t k = std::max<std::int64_t>(1, std::min(o.coresetChosen, candidates));
            method::CoresetOptions co;
            co.projectionDim = config.banks.coresetProjectionDim;
            co.maxCandidates = config.banks.coresetMaxCandidates;
            const auto t0 = Clock::now();
            method::greedyCoreset(rows, k, co);
            const double s = std::chrono::duration<double>(Clock::now() - t0).count();
            out << "Coreset: " << k << " of " << candidates << " candidates in " << s << " s (" << std::setprecision(3)
                << 1000.0 * s / double(k) << std::setprecision(1)
                << " ms per chosen row; time grows with chosen rows x candidates)\n";
        }

        const Inspector dmadInspector(extractor, model, ScoringMethod::Dmad);
        const Inspector patchCoreInspector(extractor, model, ScoringMethod::PatchCore);
        const double e2eDmad = timeMs(2, o.repeats, [&] { dmadInspector.inspect(image, true); });
        const double e2eNoMap = timeMs(1, o.repeats, [&] { dmadInspector.inspect(image, false); });
        const double e2ePatchCore = timeMs(2, o.repeats, [&] { patchCoreInspector.inspect(image, true); });
        out << "\nEnd to end, one " << image.cols << "x" << image.rows << " image (decode excluded):\n"
            << "  DMAD, both banks + heatmap   " << std::setw(8) << e2eDmad << " ms\n"
            << "  DMAD, score only             " << std::setw(8) << e2eNoMap << " ms\n"
            << "  PatchCore + heatmap          " << std::setw(8) << e2ePatchCore << " ms\n";
        if (!o.modelPath.empty()) {
            const DmadModel trained = DmadModel::load(o.modelPath);
            const ModelInfo& info = trained.info();
            // A model is scored with the features it was trained on (its input size, the stride-4 map), which
            // need not be the preset's.
            EngineConfig modelConfig = config;
            modelConfig.features = info.config.features;
            const auto modelExtractor = FeatureExtractor::open(modelConfig);
            trained.checkCompatible(*modelExtractor);
            const Inspector inspector(modelExtractor, trained, ScoringMethod::Dmad);
            const double withMap = timeMs(2, o.repeats, [&] { inspector.inspect(image, true); });
            const double scoreOnly = timeMs(1, o.repeats, [&] { inspector.inspect(image, false); });
            out << "End to end with " << o.modelPath << " (|M_n| = " << info.normalBankSize
                << ", |M_a| = " << info.pseudoBankSize + info.seenBankSize + info.sampledBankSize << "):\n"
                << "  DMAD, both banks + heatmap   " << std::setw(8) << withMap << " ms\n"
                << "  DMAD, score only             " << std::setw(8) << scoreOnly << " ms\n";
            const torch::Tensor modelQ = method::tensorOf(modelExtractor->extract(image));  // [N, C of the model]
            printBoundedSearch(trained.impl()->normal.features(), modelQ, o.repeats, out);
        }
        if (rt.cuda) {
            out << "\n";
            printCpuAgreement(config, model, data.normals, out);
        }
        out << "\nPeak resident memory (VmHWM): " << peakResidentMiB() << " MiB\n";
        return 0;
    } catch (const std::exception& e) {
        out << "Benchmark failed: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace dmad
