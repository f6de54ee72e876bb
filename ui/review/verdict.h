// OK / NG: an image score against its category's threshold for a model, and where that threshold comes from.
#pragma once

#include <QString>
#include <QtGlobal>

namespace dmad::project {
class ScoreRepository;
}

namespace dmad::ui {

enum class Verdict { Ok, Ng };

// A score at or above the threshold is NG, the convention of the ROC curves in ui/plots.
Verdict verdictOf(double score, double threshold);
QString verdictText(Verdict verdict);  // "OK" / "NG", translated

// The category's threshold for the model (the supervisor's, else the suggested one of
// ScoreRepository::suggestedThreshold), or `fallback` (the application's default) when neither exists.
double effectiveThreshold(const project::ScoreRepository& scores, qint64 categoryId, qint64 modelId, double fallback);

}  // namespace dmad::ui
