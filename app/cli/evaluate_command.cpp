#include "app/cli/cancel_signal.h"
#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "app/cli/progress_printer.h"
#include "evaluation/mvtec_dataset.h"
#include "evaluation/protocol.h"
#include "evaluation/report.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace dmad::cli {
namespace {

ArgumentParser evaluateParser() {
    ArgumentParser p("evaluate", "Runs the evaluation protocol: for every seed and setting (unsupervised, k-shot) "
                                 "one unified model over all given categories, DMAD and the PatchCore baseline "
                                 "on the same features, image and pixel metrics per category.");
    p.option("data", "DIR", "a category folder or a folder of categories (MVTec AD layout); repeatable")
        .option("category", "NAME", "use only these categories (repeatable, or a comma list)")
        .option("outliers", "DIR",
                "texture images for the pseudo anomalies (default: the folder 'outliers' in the first --data DIR)")
        .option("output", "DIR", "results.json, results.md, scores.csv (and maps/) are written here (required)")
        .option("shots", "LIST", "settings as k values, 0 = unsupervised (default 0,1,5,10)")
        .option("seeds", "LIST", "seeds (default 0,1,2)")
        .option("model-seed", "N",
                "keep the model's seed at N: the seeds then vary only the draw of the seen "
                "anomalies, the banks are built once, and the unsupervised setting runs once "
                "(default: each seed also seeds the model)")
        .flag("no-patchcore", "skip the PatchCore baseline")
        .flag("select-on-validation",
              "choose DMAD's scoring (s = -Psi + w z_n + v z_s, image score = mean of the top k) per run on a "
              "validation split: 10 % of each category's normal training images held out, synthetic anomalies "
              "pasted into them, half of the seen anomalies; a second model is trained without them. Never on "
              "test images")
        .option("validation-weights", "LIST",
                "the candidate normal-distance weights w (default 0,0.5,1,2,4,8,16,32,64)")
        .option("validation-seen-weights", "LIST",
                "the candidate seen-distance weights v, with seen anomalies (default 0,0.5,1,2,4,8)")
        .option("validation-top-k", "LIST", "the candidate top-k of the image score (default 5)")
        .option("validation-category-tolerance", "X",
                "a candidate may leave no category's mean validation figure more than X (a fraction) below the "
                "reference's (the largest w, v = 0, the first k); negative: no guard (default 0.01)")
        .option("validation-sigmas", "LIST",
                "candidate smoothings of DMAD's pixel maps (Gaussian sigma at 256 pixels), tried on the chosen "
                "scoring under the same guard (default: the engine's, 4); PatchCore keeps 4")
        .option("validation-per-category", "MODE",
                "all: score each category with the candidate best on its own validation figures instead of the "
                "one best on their mean; checked: only where that choice wins two-fold cross-validation on the "
                "split's halves (default: off)")
        .flag("maps", "write every test image's raw anomaly map as 32-bit TIFF under DIR/maps/")
        .option("max-pixels", "N",
                "pixel metrics keep every n-th pixel of a category above N pixels (default 64000000)");
    addEngineOptions(p, true);
    p.note("Categories without masks (e.g. bottle) join only the unsupervised setting (image metrics). The k "
           "seen anomalies per category are drawn per seed from its test anomalies with masks and removed from "
           "its test set.\n" +
           exitCodeHelp());
    return p;
}

std::vector<double> parseWeights(const std::string& list, const std::string& option) {
    std::vector<double> weights;
    std::istringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        std::size_t used = 0;
        double w = 0;
        try {
            w = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size() || !std::isfinite(w) || w < 0)
            throw UsageError("--" + option + " takes a comma list of numbers >= 0, not '" + item + "'");
        weights.push_back(w);
    }
    if (weights.empty()) throw UsageError("--" + option + " needs at least one weight");
    return weights;
}

eval::ValidationSelection::PerCategory perCategoryMode(const std::string& text) {
    using Mode = eval::ValidationSelection::PerCategory;
    if (text == "off") return Mode::Off;
    if (text == "all") return Mode::All;
    if (text == "checked") return Mode::Checked;
    throw UsageError("--validation-per-category takes off, all or checked, not '" + text + "'");
}

}  // namespace

int runEvaluate(const std::vector<std::string>& args) {
    const ArgumentParser parser = evaluateParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (!a.has("data")) throw UsageError("evaluate needs --data DIR");
    if (!a.has("output")) throw UsageError("evaluate needs --output DIR");

    eval::ProtocolConfig config;
    config.engine = engineConfigFrom(a);
    config.categoryDirs = eval::resolveCategoryDirs(a.values("data"), a.values("category"));
    config.outlierDir = resolveOutliers(a);
    config.outputDir = a.value("output");
    config.shots.clear();
    for (const long long k : a.integers("shots", {0, 1, 5, 10})) {
        if (k < 0) throw UsageError("--shots takes k >= 0");
        config.shots.push_back(static_cast<int>(k));
    }
    config.seeds.clear();
    for (const long long s : a.integers("seeds", {0, 1, 2})) {
        if (s < 0) throw UsageError("--seeds takes non-negative numbers");
        config.seeds.push_back(static_cast<std::uint64_t>(s));
    }
    if (config.shots.empty() || config.seeds.empty())
        throw UsageError("--shots and --seeds need at least one value each");
    if (a.has("model-seed")) {
        const long long modelSeed = a.integer("model-seed", 0);
        if (modelSeed < 0) throw UsageError("--model-seed must not be negative");
        config.modelSeed = static_cast<std::uint64_t>(modelSeed);
    }
    config.patchCore = !a.has("no-patchcore");
    config.validation.enabled = a.has("select-on-validation");
    for (const char* option : {"validation-weights", "validation-seen-weights", "validation-top-k",
                               "validation-category-tolerance", "validation-per-category", "validation-sigmas"}) {
        if (a.has(option) && !config.validation.enabled)
            throw UsageError("--" + std::string(option) + " needs --select-on-validation");
    }
    if (a.has("validation-weights"))
        config.validation.weights = parseWeights(a.value("validation-weights"), "validation-weights");
    if (a.has("validation-sigmas"))
        config.validation.sigmas = parseWeights(a.value("validation-sigmas"), "validation-sigmas");
    if (a.has("validation-seen-weights"))
        config.validation.seenWeights = parseWeights(a.value("validation-seen-weights"), "validation-seen-weights");
    if (a.has("validation-per-category"))
        config.validation.perCategory = perCategoryMode(a.value("validation-per-category"));
    config.validation.categoryTolerance =
        a.number("validation-category-tolerance", config.validation.categoryTolerance);
    if (a.has("validation-top-k")) {
        config.validation.topKs.clear();
        for (const long long k : a.integers("validation-top-k", {})) {
            if (k < 1) throw UsageError("--validation-top-k takes numbers >= 1");
            config.validation.topKs.push_back(int(k));
        }
        if (config.validation.topKs.empty()) throw UsageError("--validation-top-k needs at least one value");
    }
    config.writeMaps = a.has("maps");
    config.maxPixelsPerCategory = a.integer("max-pixels", config.maxPixelsPerCategory);
    if (config.maxPixelsPerCategory < 1) throw UsageError("--max-pixels must be positive");

    ProgressPrinter progress;
    const eval::ProtocolResult result = eval::runProtocol(
        config, [&](const eval::ProtocolProgress& p) { progress.update(p.stage, p.detail, p.done, p.total); },
        installCancelHandler());
    std::cout << eval::toMarkdown(result);
    std::cout << "\nwall time " << std::fixed << std::setprecision(1) << result.totalSeconds << " s, peak memory "
              << result.peakRssMiB << " MiB; results in " << config.outputDir << "\n";
    return kExitOk;
}

}  // namespace dmad::cli
