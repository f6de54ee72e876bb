// The one verdict rule (OK / NG) and the one threshold-in-force rule, for every view and the CLI.
#pragma once

#include <QString>
#include <optional>

namespace dmad::project {

class ScoreRepository;

enum class Verdict { Ok, Ng };

// A score at or above the threshold is NG, the convention of the ROC curves and of `dmad score`.
Verdict verdictOf(double score, double threshold);
// "OK" / "NG" (not translated: the two words are the trade's own and appear in exported files).
QString verdictCode(Verdict verdict);

// Where the threshold in force for a category and model comes from.
enum class ThresholdOrigin {
    Supervisor,  // set by a supervisor for this category and model
    Suggested,   // the highest score the model gives a normal image of the category
    Default      // neither exists: the application's default
};

struct ThresholdInForce {
    double value = 0.0;
    ThresholdOrigin origin = ThresholdOrigin::Default;
};

// The supervisor's threshold, else the suggested one, else `defaultValue`. modelId <= 0 (no model):
// the default. Throws ProjectError when the database cannot answer.
ThresholdInForce thresholdInForce(const ScoreRepository& scores, qint64 categoryId, qint64 modelId,
                                  double defaultValue);

// "2.610 (suggested)", the form the audit log records; English, like every audit entry.
QString describeForAudit(const ThresholdInForce& threshold);

}  // namespace dmad::project
