// Writing the protocol's results in one place: JSON (every figure), Markdown (mean +- std tables), score CSV.
#pragma once

#include "evaluation/protocol_result.h"

#include <fstream>
#include <string>
#include <vector>

namespace dmad::eval {

struct MeanStd {
    double mean = 0.0;
    double std = 0.0;  // sample standard deviation over seeds (0 for one seed)
    int n = 0;         // seeds that gave a value; 0: undefined (e.g. pixel figures without masks)
};

// The figures a table shows, in column order: image AUROC/AP/F1max, pixel AUROC/AP/F1max, PRO.
const std::vector<std::string>& metricNames();

struct SummaryRow {
    int shots = 0;
    std::string method;
    std::vector<MeanStd> metrics;  // in metricNames() order
};

// One row per (setting, method): the category's figures as mean +- std over the seeds.
std::vector<SummaryRow> summariseCategory(const ProtocolResult& result, const std::string& category);
// The same for the mean over categories: per seed the mean over the categories taking part (pixel
// figures over those with masks), then mean +- std over seeds.
std::vector<SummaryRow> summariseMean(const ProtocolResult& result);

std::string toJson(const ProtocolResult& result);
std::string toMarkdown(const ProtocolResult& result);

// Writes beside path, fsyncs, renames (engine/atomic_file.h): a reader or a crash never sees half a file.
// Throws EngineError(Io) naming path.
void writeTextFile(const std::string& path, const std::string& text);

// One line per scored test image: category, path, label, defect type, score, method, setting, seed.
struct ScoreRow {
    std::string category;
    std::string path;
    int label = 0;  // 1 = anomalous
    std::string defectType;
    double score = 0.0;
    std::string method;
    int shots = 0;
    std::uint64_t seed = 0;
};

class ScoreCsvWriter {
public:
    // Creates (truncates) the file and writes the header. Throws std::runtime_error when it cannot.
    explicit ScoreCsvWriter(const std::string& path);
    void write(const ScoreRow& row);
    void flush();

private:
    std::ofstream m_out;
    std::string m_path;
};

}  // namespace dmad::eval
