#include "app/cli/cancel_signal.h"
#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "app/cli/progress_printer.h"
#include "evaluation/mvtec_dataset.h"
#include "evaluation/protocol.h"
#include "evaluation/report.h"

#include <iomanip>
#include <iostream>

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
