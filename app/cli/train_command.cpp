#include "app/cli/cancel_signal.h"
#include "app/cli/commands.h"
#include "app/cli/engine_options.h"
#include "app/cli/exit_codes.h"
#include "app/cli/progress_printer.h"
#include "engine/atomic_file.h"
#include "engine/dmad_trainer.h"
#include "engine/feature_extractor.h"
#include "engine/runtime.h"
#include "evaluation/mvtec_training_set.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace dmad::cli {
namespace {

ArgumentParser trainParser() {
    ArgumentParser p("train", "Trains ONE unified DMAD model on the normal images of all given categories (MVTec AD "
                              "layout) and writes it to a file. With --shots or --anomaly it is semi-supervised.");
    p.option("data", "DIR",
             "a category folder (train/good, test/<type>, ground_truth/...) or a folder of "
             "categories; repeatable")
        .option("category", "NAME", "use only these categories (repeatable, or a comma list)")
        .option("outliers", "DIR",
                "texture images for the pseudo anomalies, searched recursively (default: the folder 'outliers' in "
                "the first --data DIR)")
        .option("output", "FILE", "the model file to write (required)")
        .option("shots", "K",
                "draw K anomalies with masks per category from its test set, as the evaluation does (default 0)")
        .option("anomaly", "IMAGE[=MASK]",
                "a seen anomaly given by hand, with its mask; without one it is an "
                "image-level label (repeatable)")
        .option("seed", "N", "random seed of the draw, the coresets and the training (default 0)");
    addEngineOptions(p, true);
    p.note(exitCodeHelp());
    return p;
}

// The category an extra anomaly belongs to: the data folder it lies in, else "external".
std::string categoryOf(const std::string& image, const std::vector<eval::CategoryDataset>& categories) {
    const std::string absolute = std::filesystem::absolute(image).lexically_normal().string();
    for (const eval::CategoryDataset& ds : categories) {
        const std::string root = std::filesystem::absolute(ds.root).lexically_normal().string();
        if (absolute.rfind(root, 0) == 0) return ds.name;
    }
    return "external";
}

bool sameFile(const std::string& a, const std::string& b) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) {
        const bool same = fs::equivalent(a, b, ec);  // hard links and symlinks too
        if (!ec) return same;
    }
    // Not both there: compare the resolved names (a failed resolution falls back to the plain absolute name).
    auto resolved = [](const std::string& p) {
        std::error_code e;
        const fs::path canonical = fs::weakly_canonical(fs::absolute(p), e);
        return e ? fs::absolute(p).lexically_normal() : canonical;
    };
    return resolved(a) == resolved(b);
}

// The model file must not replace anything this run reads (--output X --backbone X would destroy the
// backbone): refused before any work.
void refuseOutputThatIsInput(const std::string& output, const std::vector<std::string>& inputs) {
    for (const std::string& input : inputs) {
        if (!input.empty() && sameFile(output, input))
            throw UsageError("--output " + output + " is also an input of this run (" + input +
                             "); choose another file for the model");
    }
}

}  // namespace

int runTrain(const std::vector<std::string>& args) {
    const ArgumentParser parser = trainParser();
    const Arguments a = parser.parse(args);
    if (a.has("help")) {
        std::cout << parser.help();
        return kExitOk;
    }
    if (!a.has("data")) throw UsageError("train needs --data DIR");
    if (!a.has("output")) throw UsageError("train needs --output FILE");
    const int shots = static_cast<int>(a.integer("shots", 0));
    if (shots < 0) throw UsageError("--shots must not be negative");
    const auto seed = static_cast<std::uint64_t>(a.integer("seed", 0));

    EngineConfig config = engineConfigFrom(a);
    config.training.seed = seed;
    ProgressPrinter progress;
    const std::string output = a.value("output");
    refuseOutputThatIsInput(output, {config.backbonePath, a.value("config")});
    requireWritableFile(output);  // a typo or a read-only folder is found now, not after the training

    std::vector<eval::CategoryDataset> categories;
    for (const std::string& dir : eval::resolveCategoryDirs(a.values("data"), a.values("category")))
        categories.push_back(eval::loadMvtecCategory(dir));
    TrainingSet set = eval::buildTrainingSet(categories, resolveOutliers(a), shots, seed);
    for (const std::string& spec : a.rawValues("anomaly")) {
        const auto eq = spec.find('=');
        const std::string image = spec.substr(0, eq);
        const std::string mask = eq == std::string::npos ? std::string() : spec.substr(eq + 1);
        set.anomalies.push_back(eval::readSeenAnomaly(image, mask, categoryOf(image, categories)));
    }
    std::vector<std::string> inputs(set.outliers);
    for (const NormalImage& n : set.normals) inputs.push_back(n.path);
    for (const SeenAnomaly& s : set.anomalies) inputs.push_back(s.path);
    for (const std::string& spec : a.rawValues("anomaly"))
        if (const auto eq = spec.find('='); eq != std::string::npos) inputs.push_back(spec.substr(eq + 1));
    refuseOutputThatIsInput(output, inputs);

    progress.message("training on " + std::to_string(set.normals.size()) + " normal images of " +
                     std::to_string(categories.size()) + " categories, " + std::to_string(set.anomalies.size()) +
                     " seen anomalies, " + std::to_string(set.outliers.size()) + " outlier textures");

    const RuntimeInfo runtime = configureRuntime(config.runtime);
    progress.message("device " + runtime.device + ", " + std::to_string(runtime.threads) + " threads");
    DmadTrainer trainer(FeatureExtractor::open(config), config);
    const DmadModel model = trainer.train(
        set,
        [&](const TrainingProgress& p) {
            progress.update(p.stage,
                            p.epochs > 0 ? "epoch " + std::to_string(p.epoch) + "/" + std::to_string(p.epochs) : "",
                            p.done, p.total);
        },
        installCancelHandler());
    model.save(output);

    const ModelInfo& info = model.info();
    std::cout << "model: " << output << "\n"
              << "setting: " << (info.setting == Setting::SemiSupervised ? "semi-supervised" : "unsupervised") << "\n"
              << "banks: |M_n| " << info.normalBankSize << ", |M_o| " << info.pseudoBankSize << ", |M_as| "
              << info.seenBankSize << ", |M_p| " << info.sampledBankSize << "\n"
              << "final loss: " << info.finalLoss << "\n";
    for (const auto& [stage, seconds] : trainer.lastStats().stageSeconds)
        std::cout << "time " << stage << ": " << seconds << " s\n";
    const ValidationCheck& check = trainer.lastStats().validation;
    if (check.ran)
        std::cout << "self-check: image AUROC DMAD " << check.dmadAuroc << ", PatchCore " << check.patchCoreAuroc
                  << " (" << check.anomalies << " seen anomalies, " << check.normals << " normal training images)\n";
    if (trainer.lastStats().flagged()) {
        std::cerr << "dmad: warning: " << check.message << "\n";
        return kExitFlagged;
    }
    return kExitOk;
}

}  // namespace dmad::cli
