#include "engine/config_text.h"

#include "engine/engine_error.h"

#include <functional>
#include <iomanip>
#include <map>
#include <sstream>

namespace dmad {
namespace {

std::string formatDouble(double v) {
    std::ostringstream s;
    s << std::setprecision(17) << v;
    return s.str();
}

[[noreturn]] void badValue(const std::string& key, const std::string& value) {
    throw EngineError(EngineError::Kind::InvalidArgument, "Bad value '" + value + "' for setting '" + key + "'.");
}

double parseDouble(const std::string& key, const std::string& v) {
    try {
        std::size_t used = 0;
        const double d = std::stod(v, &used);
        if (used != v.size()) badValue(key, v);
        return d;
    } catch (const std::logic_error&) {
        badValue(key, v);
    }
}

long long parseInt(const std::string& key, const std::string& v) {
    try {
        std::size_t used = 0;
        const long long i = std::stoll(v, &used);
        if (used != v.size()) badValue(key, v);
        return i;
    } catch (const std::logic_error&) {
        badValue(key, v);
    }
}

AttentionMode parseAttention(const std::string& key, const std::string& v) {
    if (v == "off") return AttentionMode::Off;
    if (v == "over-image") return AttentionMode::OverImage;
    if (v == "per-patch") return AttentionMode::PerPatch;
    badValue(key, v);
}

PatchPooling parsePooling(const std::string& key, const std::string& v) {
    if (v == "zero-padded") return PatchPooling::ZeroPadded;
    if (v == "valid-only") return PatchPooling::ValidOnly;
    badValue(key, v);
}

ResizeFilter parseResize(const std::string& key, const std::string& v) {
    if (v == "area-per-axis") return ResizeFilter::AreaPerAxis;
    if (v == "opencv-area") return ResizeFilter::OpenCvArea;
    badValue(key, v);
}

// 0 and 1 as the setting was written when it was a switch (models record the resolved value so).
StrideFourMap parseStrideFourMap(const std::string& key, const std::string& v) {
    if (v == "0" || v == "off") return StrideFourMap::Off;
    if (v == "1" || v == "on") return StrideFourMap::On;
    if (v == "when-offered") return StrideFourMap::WhenOffered;
    badValue(key, v);
}

// 0 and 1 as the setting was written when it was a switch (1 was the neighbourhood's scale).
LocalNormalScale parseLocalScale(const std::string& key, const std::string& v) {
    if (v == "0" || v == "off") return LocalNormalScale::Off;
    if (v == "1" || v == "neighbourhood") return LocalNormalScale::Neighbourhood;
    if (v == "category") return LocalNormalScale::Category;
    badValue(key, v);
}

StrideFourCells parseStrideFourCells(const std::string& key, const std::string& v) {
    if (v == "averaged") return StrideFourCells::Averaged;
    if (v == "kept") return StrideFourCells::Kept;
    badValue(key, v);
}

// 0 and 1 as the setting was written when it was a switch (1 was the peak rule).
AutoLevels parseAutoLevels(const std::string& key, const std::string& v) {
    if (v == "0" || v == "off") return AutoLevels::Off;
    if (v == "1" || v == "peak") return AutoLevels::Peak;
    if (v == "median") return AutoLevels::Median;
    badValue(key, v);
}

DevicePreference parseDevice(const std::string& key, const std::string& v) {
    if (v == "auto") return DevicePreference::Auto;
    if (v == "cpu") return DevicePreference::Cpu;
    if (v == "cuda") return DevicePreference::Cuda;
    badValue(key, v);
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

}  // namespace

const char* toString(AttentionMode mode) {
    switch (mode) {
    case AttentionMode::Off: return "off";
    case AttentionMode::OverImage: return "over-image";
    case AttentionMode::PerPatch: return "per-patch";
    }
    return "off";
}

SeenAnomalyRules parseSeenRules(const std::string& key, const std::string& v) {
    if (v == "per-category") return SeenAnomalyRules::PerCategory;
    if (v == "paper") return SeenAnomalyRules::Paper;
    throw EngineError(EngineError::Kind::InvalidArgument,
                      "Setting " + key + " must be 'per-category' or 'paper', not '" + v + "'.");
}

const char* toString(SeenAnomalyRules rules) {
    return rules == SeenAnomalyRules::Paper ? "paper" : "per-category";
}

const char* toString(PatchPooling pooling) {
    return pooling == PatchPooling::ValidOnly ? "valid-only" : "zero-padded";
}

const char* toString(ResizeFilter resize) {
    return resize == ResizeFilter::OpenCvArea ? "opencv-area" : "area-per-axis";
}

const char* toString(StrideFourMap map) {
    switch (map) {
    case StrideFourMap::Off: return "0";
    case StrideFourMap::On: return "1";
    case StrideFourMap::WhenOffered: return "when-offered";
    }
    return "0";
}

// "0" and "1" as older binaries read them.
const char* toString(LocalNormalScale scale) {
    switch (scale) {
    case LocalNormalScale::Off: return "0";
    case LocalNormalScale::Neighbourhood: return "1";
    case LocalNormalScale::Category: return "category";
    }
    return "0";
}

const char* toString(StrideFourCells cells) {
    return cells == StrideFourCells::Kept ? "kept" : "averaged";
}

const char* toString(AutoLevels levels) {
    switch (levels) {
    case AutoLevels::Off: return "off";
    case AutoLevels::Peak: return "peak";
    case AutoLevels::Median: return "median";
    }
    return "off";
}

const char* toString(Setting setting) {
    return setting == Setting::SemiSupervised ? "semi-supervised" : "unsupervised";
}

const char* toString(DevicePreference device) {
    switch (device) {
    case DevicePreference::Auto: return "auto";
    case DevicePreference::Cpu: return "cpu";
    case DevicePreference::Cuda: return "cuda";
    }
    return "auto";
}

std::string configToText(const EngineConfig& c) {
    std::ostringstream s;
    s << "backbonePath = " << c.backbonePath << "\n"
      << "runtime.device = " << toString(c.runtime.device) << "\n"
      << "runtime.threads = " << c.runtime.threads << "\n"
      << "features.imageSize = " << c.features.imageSize << "\n"
      << "features.maxFeatureDim = " << c.features.maxFeatureDim << "\n"
      << "features.pooling = " << toString(c.features.pooling) << "\n"
      << "features.resize = " << toString(c.features.resize) << "\n"
      << "features.strideFourMap = " << toString(c.features.strideFourMap) << "\n"
      << "features.strideFourCells = " << toString(c.features.strideFourCells) << "\n"
      << "features.autoLevels = " << toString(c.features.autoLevels) << "\n"
      << "banks.normalCoresetRatio = " << formatDouble(c.banks.normalCoresetRatio) << "\n"
      << "banks.pseudoCoresetRatio = " << formatDouble(c.banks.pseudoCoresetRatio) << "\n"
      << "banks.beta = " << formatDouble(c.banks.beta) << "\n"
      << "banks.filterThreshold = " << formatDouble(c.banks.filterThreshold) << "\n"
      << "banks.centreNoiseStd = " << formatDouble(c.banks.centreNoiseStd) << "\n"
      << "banks.seenRules = " << toString(c.banks.seenRules) << "\n"
      << "banks.seenAnomalyMirrors = " << (c.banks.seenAnomalyMirrors ? 1 : 0) << "\n"
      << "banks.seenAnomalyQuarterTurns = " << (c.banks.seenAnomalyQuarterTurns ? 1 : 0) << "\n"
      << "banks.coresetProjectionDim = " << c.banks.coresetProjectionDim << "\n"
      << "banks.coresetMaxCandidates = " << c.banks.coresetMaxCandidates << "\n"
      << "banks.unlabelledDefectPatches = " << c.banks.unlabelledDefectPatches << "\n"
      << "training.epochs = " << c.training.epochs << "\n"
      << "training.batchSize = " << c.training.batchSize << "\n"
      << "training.patchesPerImage = " << c.training.patchesPerImage << "\n"
      << "training.warmStartEpochs = " << c.training.warmStartEpochs << "\n"
      << "training.replayShare = " << formatDouble(c.training.replayShare) << "\n"
      << "training.lrAttention = " << formatDouble(c.training.lrAttention) << "\n"
      << "training.lrMapper = " << formatDouble(c.training.lrMapper) << "\n"
      << "training.weightDecayMapper = " << formatDouble(c.training.weightDecayMapper) << "\n"
      << "training.lambda1 = " << formatDouble(c.training.lambda1) << "\n"
      << "training.lambda2 = " << formatDouble(c.training.lambda2) << "\n"
      << "training.pseudoNegativeStd = " << formatDouble(c.training.pseudoNegativeStd) << "\n"
      << "training.pseudoNegativePerCategory = " << (c.training.pseudoNegativePerCategory ? 1 : 0) << "\n"
      << "training.hiddenDim = " << c.training.hiddenDim << "\n"
      << "training.attentionUnsupervised = " << toString(c.training.attentionUnsupervised) << "\n"
      << "training.attentionSemiSupervised = " << toString(c.training.attentionSemiSupervised) << "\n"
      << "training.normalDistanceWeight = " << formatDouble(c.training.normalDistanceWeight) << "\n"
      << "training.seed = " << c.training.seed << "\n"
      << "scoring.topK = " << c.scoring.topK << "\n"
      << "scoring.sigmaAt256 = " << formatDouble(c.scoring.sigmaAt256) << "\n"
      << "scoring.normalDistanceWeight = " << formatDouble(c.scoring.normalDistanceWeight) << "\n"
      << "scoring.unsupervisedNormalDistanceWeight = " << formatDouble(c.scoring.unsupervisedNormalDistanceWeight)
      << "\n"
      << "scoring.seenDistanceWeight = " << formatDouble(c.scoring.seenDistanceWeight) << "\n"
      << "scoring.localNormalScale = " << toString(c.scoring.localNormalScale) << "\n"
      << "featureCacheDir = " << c.featureCacheDir << "\n";
    return s.str();
}

EngineConfig configFromText(const std::string& text) {
    EngineConfig c;
    using Setter = std::function<void(const std::string&, const std::string&)>;
    const std::map<std::string, Setter> setters = {
        {"backbonePath", [&](auto&, auto& v) { c.backbonePath = v; }},
        {"runtime.device", [&](auto& k, auto& v) { c.runtime.device = parseDevice(k, v); }},
        {"runtime.threads", [&](auto& k, auto& v) { c.runtime.threads = int(parseInt(k, v)); }},
        {"features.imageSize", [&](auto& k, auto& v) { c.features.imageSize = int(parseInt(k, v)); }},
        {"features.maxFeatureDim", [&](auto& k, auto& v) { c.features.maxFeatureDim = int(parseInt(k, v)); }},
        {"features.pooling", [&](auto& k, auto& v) { c.features.pooling = parsePooling(k, v); }},
        {"features.resize", [&](auto& k, auto& v) { c.features.resize = parseResize(k, v); }},
        {"features.strideFourMap", [&](auto& k, auto& v) { c.features.strideFourMap = parseStrideFourMap(k, v); }},
        {"features.strideFourCells",
         [&](auto& k, auto& v) { c.features.strideFourCells = parseStrideFourCells(k, v); }},
        {"features.autoLevels", [&](auto& k, auto& v) { c.features.autoLevels = parseAutoLevels(k, v); }},
        {"banks.normalCoresetRatio", [&](auto& k, auto& v) { c.banks.normalCoresetRatio = parseDouble(k, v); }},
        {"banks.pseudoCoresetRatio", [&](auto& k, auto& v) { c.banks.pseudoCoresetRatio = parseDouble(k, v); }},
        {"banks.beta", [&](auto& k, auto& v) { c.banks.beta = parseDouble(k, v); }},
        {"banks.filterThreshold", [&](auto& k, auto& v) { c.banks.filterThreshold = parseDouble(k, v); }},
        {"banks.centreNoiseStd", [&](auto& k, auto& v) { c.banks.centreNoiseStd = parseDouble(k, v); }},
        {"banks.seenRules", [&](auto& k, auto& v) { c.banks.seenRules = parseSeenRules(k, v); }},
        {"banks.seenAnomalyMirrors", [&](auto& k, auto& v) { c.banks.seenAnomalyMirrors = parseInt(k, v) != 0; }},
        {"banks.seenAnomalyQuarterTurns",
         [&](auto& k, auto& v) { c.banks.seenAnomalyQuarterTurns = parseInt(k, v) != 0; }},
        {"banks.coresetProjectionDim", [&](auto& k, auto& v) { c.banks.coresetProjectionDim = int(parseInt(k, v)); }},
        {"banks.coresetMaxCandidates", [&](auto& k, auto& v) { c.banks.coresetMaxCandidates = parseInt(k, v); }},
        {"banks.unlabelledDefectPatches",
         [&](auto& k, auto& v) { c.banks.unlabelledDefectPatches = int(parseInt(k, v)); }},
        {"training.epochs", [&](auto& k, auto& v) { c.training.epochs = int(parseInt(k, v)); }},
        {"training.batchSize", [&](auto& k, auto& v) { c.training.batchSize = int(parseInt(k, v)); }},
        {"training.patchesPerImage", [&](auto& k, auto& v) { c.training.patchesPerImage = int(parseInt(k, v)); }},
        {"training.warmStartEpochs", [&](auto& k, auto& v) { c.training.warmStartEpochs = int(parseInt(k, v)); }},
        {"training.replayShare", [&](auto& k, auto& v) { c.training.replayShare = parseDouble(k, v); }},
        {"training.lrAttention", [&](auto& k, auto& v) { c.training.lrAttention = parseDouble(k, v); }},
        {"training.lrMapper", [&](auto& k, auto& v) { c.training.lrMapper = parseDouble(k, v); }},
        {"training.weightDecayMapper", [&](auto& k, auto& v) { c.training.weightDecayMapper = parseDouble(k, v); }},
        {"training.lambda1", [&](auto& k, auto& v) { c.training.lambda1 = parseDouble(k, v); }},
        {"training.lambda2", [&](auto& k, auto& v) { c.training.lambda2 = parseDouble(k, v); }},
        {"training.pseudoNegativeStd", [&](auto& k, auto& v) { c.training.pseudoNegativeStd = parseDouble(k, v); }},
        {"training.pseudoNegativePerCategory",
         [&](auto& k, auto& v) { c.training.pseudoNegativePerCategory = parseInt(k, v) != 0; }},
        {"training.hiddenDim", [&](auto& k, auto& v) { c.training.hiddenDim = int(parseInt(k, v)); }},
        {"training.attentionUnsupervised",
         [&](auto& k, auto& v) { c.training.attentionUnsupervised = parseAttention(k, v); }},
        {"training.attentionSemiSupervised",
         [&](auto& k, auto& v) { c.training.attentionSemiSupervised = parseAttention(k, v); }},
        {"training.normalDistanceWeight",
         [&](auto& k, auto& v) { c.training.normalDistanceWeight = parseDouble(k, v); }},
        {"training.seed", [&](auto& k, auto& v) { c.training.seed = static_cast<std::uint64_t>(parseInt(k, v)); }},
        {"scoring.topK", [&](auto& k, auto& v) { c.scoring.topK = int(parseInt(k, v)); }},
        {"scoring.sigmaAt256", [&](auto& k, auto& v) { c.scoring.sigmaAt256 = parseDouble(k, v); }},
        {"scoring.normalDistanceWeight", [&](auto& k, auto& v) { c.scoring.normalDistanceWeight = parseDouble(k, v); }},
        {"scoring.unsupervisedNormalDistanceWeight",
         [&](auto& k, auto& v) { c.scoring.unsupervisedNormalDistanceWeight = parseDouble(k, v); }},
        {"scoring.seenDistanceWeight", [&](auto& k, auto& v) { c.scoring.seenDistanceWeight = parseDouble(k, v); }},
        {"scoring.localNormalScale", [&](auto& k, auto& v) { c.scoring.localNormalScale = parseLocalScale(k, v); }},
        {"featureCacheDir", [&](auto&, auto& v) { c.featureCacheDir = v; }},
    };
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        const auto eq = t.find('=');
        if (eq == std::string::npos) {
            throw EngineError(EngineError::Kind::InvalidArgument, "Malformed setting line '" + t + "'.");
        }
        const std::string key = trim(t.substr(0, eq));
        const auto it = setters.find(key);
        if (it != setters.end()) it->second(key, trim(t.substr(eq + 1)));
    }
    return c;
}

}  // namespace dmad
