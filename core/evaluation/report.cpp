#include "evaluation/report.h"

#include "engine/atomic_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <limits>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>

namespace dmad::eval {

std::string settingName(int shots) {
    return shots == 0 ? std::string("unsupervised") : std::to_string(shots) + "-shot";
}

namespace {

using MetricGetter = std::function<std::optional<double>(const MethodResult&)>;

const std::vector<MetricGetter>& metricGetters() {
    static const std::vector<MetricGetter> getters = {
        [](const MethodResult& m) { return m.imageDefined ? std::optional<double>(m.image.auroc) : std::nullopt; },
        [](const MethodResult& m) { return m.imageDefined ? std::optional<double>(m.image.ap) : std::nullopt; },
        [](const MethodResult& m) { return m.imageDefined ? std::optional<double>(m.image.f1max) : std::nullopt; },
        [](const MethodResult& m) { return m.hasPixel ? std::optional<double>(m.pixel.ranking.auroc) : std::nullopt; },
        [](const MethodResult& m) { return m.hasPixel ? std::optional<double>(m.pixel.ranking.ap) : std::nullopt; },
        [](const MethodResult& m) { return m.hasPixel ? std::optional<double>(m.pixel.ranking.f1max) : std::nullopt; },
        [](const MethodResult& m) { return m.hasPixel ? std::optional<double>(m.pixel.pro) : std::nullopt; },
    };
    return getters;
}

MeanStd meanStd(const std::vector<double>& values) {
    MeanStd m;
    m.n = static_cast<int>(values.size());
    if (values.empty()) return m;
    double sum = 0.0;
    for (double v : values) sum += v;
    m.mean = sum / m.n;
    if (m.n > 1) {
        double squares = 0.0;
        for (double v : values) squares += (v - m.mean) * (v - m.mean);
        m.std = std::sqrt(squares / (m.n - 1));
    }
    return m;
}

// (shots, method) pairs in the order the runs first produced them.
std::vector<std::pair<int, std::string>> rowKeys(const ProtocolResult& result) {
    std::vector<std::pair<int, std::string>> keys;
    std::set<std::pair<int, std::string>> known;
    for (const RunResult& run : result.runs)
        for (const CategoryResult& c : run.categories)
            for (const auto& [method, unused] : c.methods)
                if (known.insert({run.shots, method}).second) keys.emplace_back(run.shots, method);
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return keys;
}

// For each (setting, method) row: one value per seed-run from perRun, then mean +- std over them.
std::vector<SummaryRow> summarise(
    const ProtocolResult& result,
    const std::function<std::optional<double>(const RunResult&, const std::string&, const MetricGetter&)>& perRun) {
    std::vector<SummaryRow> rows;
    for (const auto& [shots, method] : rowKeys(result)) {
        SummaryRow row;
        row.shots = shots;
        row.method = method;
        for (const MetricGetter& getter : metricGetters()) {
            std::vector<double> values;
            for (const RunResult& run : result.runs)
                if (run.shots == shots)
                    if (const auto v = perRun(run, method, getter)) values.push_back(*v);
            row.metrics.push_back(meanStd(values));
        }
        // A category that does not take part in a setting (no masks: no k-shot) gets no row there.
        const bool any = std::any_of(row.metrics.begin(), row.metrics.end(), [](const MeanStd& m) { return m.n > 0; });
        if (any) rows.push_back(std::move(row));
    }
    return rows;
}

std::string percent(const MeanStd& m, bool withStd) {
    if (m.n == 0) return "-";
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << 100.0 * m.mean;
    if (withStd && m.n > 1) s << " ± " << std::setprecision(1) << 100.0 * m.std;
    return s.str();
}

std::string markdownTable(const std::vector<SummaryRow>& rows, bool withStd) {
    std::ostringstream s;
    s << "| setting | method | I-AUROC | I-AP | I-F1max | P-AUROC | P-AP | P-F1max | PRO |\n";
    s << "|---|---|---|---|---|---|---|---|---|\n";
    for (const SummaryRow& row : rows) {
        s << "| " << settingName(row.shots) << " | " << row.method;
        for (const MeanStd& m : row.metrics) s << " | " << percent(m, withStd);
        s << " |\n";
    }
    return s.str();
}

// A small streaming JSON writer: commas and nesting are its only concern.
class JsonWriter {
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const std::string& k) {
        separate();
        m_out << quoted(k) << ": ";
        m_afterKey = true;
    }
    void value(const std::string& v) { scalar(quoted(v)); }
    void value(const char* v) { scalar(quoted(v)); }
    void value(bool v) { scalar(v ? "true" : "false"); }
    void value(std::int64_t v) { scalar(std::to_string(v)); }
    void value(std::uint64_t v) { scalar(std::to_string(v)); }
    void value(int v) { scalar(std::to_string(v)); }
    void value(double v) {
        if (!std::isfinite(v)) {
            scalar("null");
            return;
        }
        std::ostringstream s;
        s << std::setprecision(std::numeric_limits<double>::max_digits10) << v;
        scalar(s.str());
    }
    template <typename T>
    void field(const std::string& k, const T& v) {
        key(k);
        value(v);
    }
    std::string str() const { return m_out.str() + "\n"; }

private:
    static std::string quoted(const std::string& text) {
        std::string q = "\"";
        for (const unsigned char c : text) {
            switch (c) {
            case '"': q += "\\\""; break;
            case '\\': q += "\\\\"; break;
            case '\n': q += "\\n"; break;
            case '\t': q += "\\t"; break;
            case '\r': q += "\\r"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    q += buf;
                } else {
                    q += static_cast<char>(c);
                }
            }
        }
        return q + "\"";
    }
    void separate() {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first.empty()) {
            if (!m_first.back()) m_out << ",";
            m_first.back() = false;
            m_out << "\n" << std::string(2 * m_first.size(), ' ');
        }
    }
    void scalar(const std::string& text) {
        separate();
        m_out << text;
    }
    void open(char bracket) {
        separate();
        m_out << bracket;
        m_first.push_back(true);
    }
    void close(char bracket) {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty) m_out << "\n" << std::string(2 * m_first.size(), ' ');
        m_out << bracket;
    }

    std::ostringstream m_out;
    std::vector<bool> m_first;  // per open container: nothing written into it yet
    bool m_afterKey = false;
};

// A map as the object {key: value, ...} under name.
template <typename Map>
void writeObject(JsonWriter& j, const std::string& name, const Map& map) {
    j.key(name);
    j.beginObject();
    for (const auto& [key, value] : map) j.field(key, value);
    j.endObject();
}

void writeRanking(JsonWriter& j, const RankingMetrics& m) {
    j.beginObject();
    j.field("auroc", m.auroc);
    j.field("ap", m.ap);
    j.field("f1max", m.f1max);
    j.endObject();
}

void writeMethod(JsonWriter& j, const MethodResult& m) {
    j.beginObject();
    j.key("image");
    if (m.imageDefined)
        writeRanking(j, m.image);
    else
        j.value(std::numeric_limits<double>::quiet_NaN());
    j.key("pixel");
    if (m.hasPixel) {
        j.beginObject();
        j.field("auroc", m.pixel.ranking.auroc);
        j.field("ap", m.pixel.ranking.ap);
        j.field("f1max", m.pixel.ranking.f1max);
        j.field("pro", m.pixel.pro);
        j.field("pixels", m.pixel.pixels);
        j.field("regions", m.pixel.regions);
        j.field("stride", m.pixel.stride);
        j.endObject();
    } else {
        j.value(std::numeric_limits<double>::quiet_NaN());
    }
    j.field("score_seconds", m.scoreSeconds);
    j.endObject();
}

void writeValidation(JsonWriter& j, const ValidationOutcome& v) {
    j.beginObject();
    j.field("chosen_weight", v.chosenWeight);
    j.field("chosen_seen_weight", v.chosenSeenWeight);
    j.field("chosen_top_k", v.chosenTopK);
    j.field("chosen_sigma_at_256", v.chosenSigma);
    j.field("reference_weight", v.referenceWeight);
    if (!v.categoryChoice.empty()) {
        j.key("category_choice");
        j.beginObject();
        for (const auto& [category, c] : v.categoryChoice) {
            j.key(category);
            j.beginObject();
            j.field("weight", c.weight);
            j.field("seen_weight", c.seenWeight);
            j.field("top_k", c.topK);
            j.endObject();
        }
        j.endObject();
    }
    if (!v.categoryFolds.empty()) {
        j.key("category_folds");  // per category: did its own choice win each fold of the check
        j.beginObject();
        for (const auto& [category, won] : v.categoryFolds) {
            j.key(category);
            j.beginArray();
            for (const bool w : won) j.value(w);
            j.endArray();
        }
        j.endObject();
    }
    j.field("normals", v.normals);
    j.field("synthetic_anomalies", v.synthetic);
    j.field("seen_anomalies", v.seen);
    j.field("train_seconds", v.trainSeconds);
    j.field("score_seconds", v.scoreSeconds);
    j.key("candidates");
    j.beginArray();
    for (const ValidationRow& row : v.rows) {
        j.beginObject();
        j.field("weight", row.weight);
        j.field("seen_weight", row.seenWeight);
        j.field("top_k", row.topK);
        j.field("sigma_at_256", row.sigmaAt256);
        j.field("admissible", row.admissible);
        writeObject(j, "category_criterion", row.categoryCriterion);
        j.field("image_auroc", row.imageAuroc);
        j.field("pixel_auroc", row.pixelAuroc);
        j.field("pro", row.pro);
        j.endObject();
    }
    j.endArray();
    j.endObject();
}

void writeSummary(JsonWriter& j, const std::vector<SummaryRow>& rows) {
    j.beginArray();
    for (const SummaryRow& row : rows) {
        j.beginObject();
        j.field("setting", settingName(row.shots));
        j.field("shots", row.shots);
        j.field("method", row.method);
        for (std::size_t i = 0; i < row.metrics.size(); ++i) {
            j.key(metricNames()[i]);
            j.beginObject();
            const MeanStd& m = row.metrics[i];
            j.field("mean", m.n ? m.mean : std::numeric_limits<double>::quiet_NaN());
            j.field("std", m.n ? m.std : std::numeric_limits<double>::quiet_NaN());
            j.field("seeds", m.n);
            j.endObject();
        }
        j.endObject();
    }
    j.endArray();
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string q = "\"";
    for (const char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace

const std::vector<std::string>& metricNames() {
    static const std::vector<std::string> names = {"image_auroc", "image_ap",    "image_f1max", "pixel_auroc",
                                                   "pixel_ap",    "pixel_f1max", "pro"};
    return names;
}

std::vector<SummaryRow> summariseCategory(const ProtocolResult& result, const std::string& category) {
    return summarise(
        result,
        [&](const RunResult& run, const std::string& method, const MetricGetter& getter) -> std::optional<double> {
            for (const CategoryResult& c : run.categories) {
                if (c.category != category) continue;
                const auto it = c.methods.find(method);
                if (it != c.methods.end()) return getter(it->second);
            }
            return std::nullopt;
        });
}

std::vector<SummaryRow> summariseMean(const ProtocolResult& result) {
    return summarise(
        result,
        [](const RunResult& run, const std::string& method, const MetricGetter& getter) -> std::optional<double> {
            std::vector<double> values;
            for (const CategoryResult& c : run.categories) {
                const auto it = c.methods.find(method);
                if (it == c.methods.end()) continue;
                if (const auto v = getter(it->second)) values.push_back(*v);
            }
            if (values.empty()) return std::nullopt;
            return meanStd(values).mean;
        });
}

std::string toJson(const ProtocolResult& result) {
    JsonWriter j;
    j.beginObject();
    j.field("backbone", result.backbonePath);
    j.field("backbone_sha256", result.backboneSha256);
    j.field("feature_dim", result.featureDim);
    j.field("patchcore_feature_dim", result.patchCoreFeatureDim);
    j.field("device", result.device);
    writeObject(j, "settings", result.settings);
    j.key("categories");
    j.beginArray();
    for (const std::string& c : result.categories) j.value(c);
    j.endArray();
    j.key("categories_with_masks");
    j.beginArray();
    for (const std::string& c : result.categoriesWithMasks) j.value(c);
    j.endArray();
    j.field("train_normals", result.trainNormals);
    j.field("outliers", result.outliers);
    j.field("feature_seconds", result.featureSeconds);
    j.field("total_seconds", result.totalSeconds);
    j.field("peak_rss_mib", result.peakRssMiB);

    j.key("runs");
    j.beginArray();
    for (const RunResult& run : result.runs) {
        j.beginObject();
        j.field("setting", settingName(run.shots));
        j.field("shots", run.shots);
        j.field("seed", run.seed);
        j.field("model_seed", run.modelSeed);
        j.field("train_seconds", run.trainSeconds);
        writeObject(j, "train_stage_seconds", run.trainStageSeconds);
        j.field("final_loss", run.finalLoss);
        j.field("normal_bank_size", run.normalBankSize);
        j.field("abnormal_bank_size", run.abnormalBankSize);
        j.field("reused_normal_bank", run.reusedNormalBank);
        j.field("evaluate_seconds", run.evaluateSeconds);
        if (run.validation.used) {
            j.key("validation");
            writeValidation(j, run.validation);
        }
        j.key("categories");
        j.beginObject();
        for (const CategoryResult& c : run.categories) {
            j.key(c.category);
            j.beginObject();
            j.field("test_normals", c.testNormals);
            j.field("test_anomalies", c.testAnomalies);
            j.key("seen");
            j.beginArray();
            for (const std::string& s : c.seen) j.value(s);
            j.endArray();
            for (const auto& [method, m] : c.methods) {
                j.key(method);
                writeMethod(j, m);
            }
            j.endObject();
        }
        j.endObject();
        j.endObject();
    }
    j.endArray();

    j.key("summary");
    j.beginObject();
    j.key("mean");
    writeSummary(j, summariseMean(result));
    for (const std::string& c : result.categories) {
        j.key(c);
        writeSummary(j, summariseCategory(result, c));
    }
    j.endObject();
    j.endObject();
    return j.str();
}

namespace {

// One row per candidate scoring and run: how DMAD's scoring was chosen (never on test images).
std::string validationMarkdown(const ProtocolResult& result) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1);
    bool any = false;
    for (const RunResult& run : result.runs) {
        if (!run.validation.used) continue;
        if (!any) {
            s << "## DMAD's scoring, chosen on the validation split\n\n"
              << "w: normal-distance weight, v: seen-distance weight, k: the image score's top-k, sigma: the "
                 "pixel map's smoothing at 256 pixels.\n\n"
              << "| setting | seed | w | v | k | sigma | I-AUROC | P-AUROC | PRO | admissible | chosen "
                 "|\n|---|---|---|---|---|---|---|---|---|---|---|\n";
            any = true;
        }
        const ValidationOutcome& v = run.validation;
        for (const ValidationRow& row : v.rows) {
            const bool chosen = row.weight == v.chosenWeight && row.seenWeight == v.chosenSeenWeight &&
                                row.topK == v.chosenTopK && row.sigmaAt256 == v.chosenSigma;
            s << "| " << settingName(run.shots) << " | " << run.seed << " | " << std::setprecision(2) << row.weight
              << " | " << row.seenWeight << " | " << row.topK << " | " << row.sigmaAt256 << std::setprecision(1)
              << " | " << 100 * row.imageAuroc << " | " << 100 * row.pixelAuroc << " | " << 100 * row.pro << " | "
              << (row.admissible ? "yes" : "no") << " | " << (chosen ? "**yes**" : "") << " |\n";
        }
    }
    if (any) s << "\n";
    for (const RunResult& run : result.runs) {
        if (run.validation.categoryFolds.empty()) continue;
        s << "Per category checked on the split's halves (" << settingName(run.shots) << ", seed " << run.seed
          << "), folds won by its own choice:";
        for (const auto& [category, won] : run.validation.categoryFolds)
            s << " " << category << " " << int(won[0]) + int(won[1]) << "/2";
        s << "\n\n";
    }
    for (const RunResult& run : result.runs) {
        if (run.validation.categoryChoice.empty()) continue;
        s << "Per category (" << settingName(run.shots) << ", seed " << run.seed
          << "), (w, v, k):" << std::setprecision(2);
        for (const auto& [category, c] : run.validation.categoryChoice)
            s << " " << category << " (" << c.weight << ", " << c.seenWeight << ", " << c.topK << ")";
        s << std::setprecision(1) << "\n\n";
    }
    return s.str();
}

}  // namespace

std::string toMarkdown(const ProtocolResult& result) {
    std::set<std::uint64_t> seeds, modelSeeds;
    for (const RunResult& run : result.runs) {
        seeds.insert(run.seed);
        modelSeeds.insert(run.modelSeed);
    }
    const bool withStd = seeds.size() > 1;
    std::ostringstream s;
    s << "# DMAD evaluation\n\n";
    s << "One unified model over " << result.categories.size() << " categories; backbone `" << result.backbonePath
      << "` (C = " << result.featureDim << "; PatchCore C = " << result.patchCoreFeatureDim << "), " << seeds.size()
      << " seed(s). Figures in percent" << (withStd ? ", mean ± sample std over seeds" : "")
      << ". Pixel figures only for categories with masks; the k-shot settings evaluate only those.";
    if (seeds.size() > 1 && modelSeeds.size() == 1)
        s << " The model's own seed is fixed (" << *modelSeeds.begin()
          << "): the seeds vary the draw of the seen anomalies only, and the unsupervised setting ran once.";
    s << "\n\n";
    s << "## Mean over categories\n\n" << markdownTable(summariseMean(result), withStd) << "\n";
    s << validationMarkdown(result);
    for (const std::string& c : result.categories) {
        const auto rows = summariseCategory(result, c);
        if (rows.empty()) continue;
        s << "## " << c << "\n\n" << markdownTable(rows, withStd) << "\n";
    }
    return s.str();
}

void writeTextFile(const std::string& path, const std::string& text) {
    writeFileAtomically(path, text.data(), text.size());  // temp + fsync + rename: never half a report
}

ScoreCsvWriter::ScoreCsvWriter(const std::string& path) : m_out(path, std::ios::trunc), m_path(path) {
    if (!m_out) throw std::runtime_error("cannot write " + path);
    m_out << "category,path,label,defect_type,score,method,setting,seed\n";
}

void ScoreCsvWriter::write(const ScoreRow& row) {
    m_out << csvField(row.category) << ',' << csvField(row.path) << ',' << row.label << ',' << csvField(row.defectType)
          << ',' << std::setprecision(9) << row.score << ',' << csvField(row.method) << ',' << settingName(row.shots)
          << ',' << row.seed << '\n';
    if (!m_out) throw std::runtime_error("writing " + m_path + " failed");
}

void ScoreCsvWriter::flush() {
    m_out.flush();
}

}  // namespace dmad::eval
