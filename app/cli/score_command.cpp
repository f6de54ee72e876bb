#include "app/cli/cancel_signal.h"
#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "app/cli/progress_printer.h"
#include "engine/atomic_file.h"
#include "engine/dmad_model.h"
#include "engine/engine_error.h"
#include "engine/heatmap_render.h"
#include "engine/image_io.h"
#include "engine/inspector.h"
#include "engine/runtime.h"
#include "evaluation/mvtec_dataset.h"
#include "project/verdict.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <limits>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace dmad::cli {
namespace {

// One output name per image: the file's stem, or <parent folder>_<stem> where stems repeat (MVTec
// folders hold a 000.png in every defect folder), numbered should even that repeat. Nothing is overwritten.
std::map<std::string, std::string> outputNames(const std::vector<std::string>& paths) {
    std::map<std::string, int> stemCount;
    for (const std::string& path : paths) ++stemCount[fs::path(path).stem().string()];
    std::map<std::string, std::string> names;
    std::set<std::string> taken;
    for (const std::string& path : paths) {
        const fs::path p(path);
        std::string name = p.stem().string();
        if (stemCount[name] > 1) name = p.parent_path().filename().string() + "_" + name;
        const std::string base = name;
        for (int n = 2; taken.count(name); ++n) name = base + "_" + std::to_string(n);
        taken.insert(name);
        names[path] = name;
    }
    return names;
}

ArgumentParser scoreParser(const std::string& name) {
    ArgumentParser p(name, "Scores images with a trained model. Prints 'path,score' per image as CSV on stdout "
                           "(higher = more anomalous) and, with --output, writes a heatmap PNG per image.");
    p.positional("IMAGE", "image files or folders of images (searched recursively)", true)
        .option("model", "FILE", "the model file written by 'dmad train' (required)")
        .option("output", "DIR",
                "write <stem>_heatmap.png (the map over the image) per image into DIR; <folder>_<stem> where "
                "file names repeat")
        .flag("tiff", "with --output, also write the raw float anomaly map as <stem>_map.tiff (32-bit)")
        .option("method", "dmad|patchcore",
                "score with DMAD (default) or with PatchCore on the model's normal bank and features")
        .option("range", "LO,HI",
                "colour range of the heatmaps (default: the model's own, stored when it was trained; for "
                "older models the lowest and highest value over all images scored)")
        .option("threshold", "T", "also print a column 'anomalous' (score >= T) and outline the region >= T");
    addEngineOptions(p, false);
    p.note("The backbone is --backbone, else $DMAD_BACKBONE, else the one recorded in the model, else the "
           "installed default; it must be the one the model was trained with.\nAn unreadable, truncated or "
           "oversized image (see --max-megapixels), or one whose score is NaN, is reported by name and skipped; "
           "the others are still scored (exit code 2 at the end).\n" +
           exitCodeHelp());
    return p;
}

std::string backboneFor(const Arguments& a, const DmadModel& model) {
    if (a.has("backbone")) return a.value("backbone");
    if (const char* env = std::getenv("DMAD_BACKBONE"); env && *env) return env;
    if (fs::is_regular_file(model.info().backbone.path)) return model.info().backbone.path;
    return resolveBackbone(a);
}

std::vector<std::string> expandImages(const std::vector<std::string>& inputs) {
    std::vector<std::string> images;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            const auto inside = eval::listImagesRecursive(in);
            images.insert(images.end(), inside.begin(), inside.end());
        } else {
            images.push_back(in);  // a missing file is reported when it is read
        }
    }
    return images;
}

struct Scored {
    std::string path;
    ImageScore score;
};

}  // namespace

int runScore(const std::vector<std::string>& args) {
    const ArgumentParser parser = scoreParser("score");
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (!a.has("model")) throw UsageError("score needs --model FILE");
    if (a.positionals().empty()) throw UsageError("score needs at least one IMAGE (a file or a folder)");
    const std::string methodName = a.value("method", "dmad");
    if (methodName != "dmad" && methodName != "patchcore")
        throw UsageError("--method must be dmad or patchcore, got '" + methodName + "'");
    double lo = 0.0, hi = 0.0;
    bool fixedRange = a.has("range");
    if (fixedRange) {
        const auto parts = a.values("range");
        try {
            if (parts.size() != 2) throw std::invalid_argument("two values");
            lo = std::stod(parts[0]);
            hi = std::stod(parts[1]);
        } catch (const std::exception&) {
            throw UsageError("--range expects LO,HI, got '" + a.value("range") + "'");
        }
        if (!(hi > lo)) throw UsageError("--range needs LO < HI");
    }
    const bool threshold = a.has("threshold");
    const double t = a.number("threshold", 0.0);
    const std::string outDir = a.value("output");
    if (!outDir.empty()) {
        std::error_code ec;
        fs::create_directories(outDir, ec);
        if (ec || !fs::is_directory(outDir))
            throw EngineError(EngineError::Kind::Io, "cannot create the output folder " + outDir);
    }

    const std::vector<std::string> images = expandImages(a.positionals());
    if (images.empty()) throw EngineError(EngineError::Kind::ImageUnreadable, "no images found in the folders given");
    DmadModel model = DmadModel::load(a.value("model"));
    // The model's own colour range (stored at training) makes these pictures match the workstation's.
    if (!fixedRange && model.info().hasMapRange) {
        lo = model.info().mapLow;
        hi = model.info().mapHigh;
        fixedRange = true;
    }
    EngineConfig config = model.info().config;
    config.backbonePath = backboneFor(a, model);
    config.runtime = runtimeConfigFrom(a);
    configureRuntime(config.runtime);
    const Inspector inspector(FeatureExtractor::open(config), std::move(model),
                              methodName == "patchcore" ? ScoringMethod::PatchCore : ScoringMethod::Dmad);

    ProgressPrinter progress;
    const std::atomic<bool>* cancel = installCancelHandler();
    std::vector<Scored> scored;
    int failures = 0;
    std::cout << "path,score" << (threshold ? ",anomalous" : "") << "\n";
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (cancel->load()) throw EngineError(EngineError::Kind::Cancelled, "scoring cancelled");
        try {
            ImageScore s = inspector.inspect(images[i], !outDir.empty());
            std::cout << images[i] << "," << std::setprecision(9) << s.score;
            if (threshold) std::cout << "," << (project::verdictOf(s.score, t) == project::Verdict::Ng ? 1 : 0);
            std::cout << "\n";
            if (!outDir.empty()) scored.push_back({images[i], std::move(s)});
        } catch (const EngineError& e) {
            if (e.kind() != EngineError::Kind::ImageUnreadable && e.kind() != EngineError::Kind::NonFinite) throw;
            std::cerr << "dmad: error: " << e.what() << "\n";
            ++failures;
        }
        progress.update("scoring", "", static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(images.size()));
    }
    std::cout.flush();

    if (!outDir.empty() && !scored.empty()) {
        if (!fixedRange) {
            lo = std::numeric_limits<double>::max();
            hi = std::numeric_limits<double>::lowest();
            for (const Scored& s : scored) {
                double mn = 0.0, mx = 0.0;
                cv::minMaxLoc(s.score.anomalyMap, &mn, &mx);
                lo = std::min(lo, mn);
                hi = std::max(hi, mx);
            }
            if (!(hi > lo)) hi = lo + 1.0;
        }
        std::vector<std::string> paths;
        for (const Scored& s : scored) paths.push_back(s.path);
        const std::map<std::string, std::string> names = outputNames(paths);
        for (const Scored& s : scored) {
            if (cancel->load()) throw EngineError(EngineError::Kind::Cancelled, "writing heatmaps cancelled");
            const cv::Mat rgb = readImageRgb(s.path);
            cv::Mat picture = overlayAnomalyMap(rgb, s.score.anomalyMap, lo, hi);
            if (threshold) picture = drawAnomalyContour(picture, s.score.anomalyMap, t);
            cv::Mat bgr;
            cv::cvtColor(picture, bgr, cv::COLOR_RGB2BGR);
            const std::string stem = names.at(s.path);
            const fs::path png = fs::path(outDir) / (stem + "_heatmap.png");
            writeImageAtomically(png.string(), bgr);  // a full disk leaves no truncated file under its name
            if (a.has("tiff"))
                writeImageAtomically((fs::path(outDir) / (stem + "_map.tiff")).string(), s.score.anomalyMap);
        }
        progress.message("heatmaps in " + outDir + " (colour range " + std::to_string(lo) + " .. " +
                         std::to_string(hi) + ")");
    }
    return failures > 0 ? kExitBadInput : kExitOk;
}

}  // namespace dmad::cli
