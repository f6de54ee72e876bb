#include "ui/review/verdict.h"

#include "project/score_repository.h"

#include <QCoreApplication>

namespace dmad::ui {

Verdict verdictOf(double score, double threshold) {
    return score >= threshold ? Verdict::Ng : Verdict::Ok;
}

QString verdictText(Verdict verdict) {
    return verdict == Verdict::Ng ? QCoreApplication::translate("dmad::ui::Verdict", "NG")
                                  : QCoreApplication::translate("dmad::ui::Verdict", "OK");
}

double effectiveThreshold(const project::ScoreRepository& scores, qint64 categoryId, qint64 modelId, double fallback) {
    const auto threshold = scores.categoryThreshold(categoryId, modelId);
    return threshold ? threshold->value : fallback;
}

}  // namespace dmad::ui
