#include "project/verdict.h"

#include "project/score_repository.h"

namespace dmad::project {

Verdict verdictOf(double score, double threshold) {
    return score >= threshold ? Verdict::Ng : Verdict::Ok;
}

QString verdictCode(Verdict verdict) {
    return verdict == Verdict::Ng ? QStringLiteral("NG") : QStringLiteral("OK");
}

ThresholdInForce thresholdInForce(const ScoreRepository& scores, qint64 categoryId, qint64 modelId,
                                  double defaultValue) {
    if (modelId <= 0) return {defaultValue, ThresholdOrigin::Default};
    const std::optional<CategoryThreshold> category = scores.categoryThreshold(categoryId, modelId);
    if (!category) return {defaultValue, ThresholdOrigin::Default};
    return {category->value, category->source == CategoryThreshold::Source::Supervisor ? ThresholdOrigin::Supervisor
                                                                                       : ThresholdOrigin::Suggested};
}

QString describeForAudit(const ThresholdInForce& threshold) {
    const QString value = QString::number(threshold.value, 'f', 3);
    switch (threshold.origin) {
    case ThresholdOrigin::Supervisor: return QStringLiteral("%1 (supervisor)").arg(value);
    case ThresholdOrigin::Suggested: return QStringLiteral("%1 (suggested)").arg(value);
    case ThresholdOrigin::Default: return QStringLiteral("%1 (default)").arg(value);
    }
    return value;
}

}  // namespace dmad::project
