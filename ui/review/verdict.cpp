#include "ui/review/verdict.h"

#include <QCoreApplication>

namespace dmad::ui {

QString verdictText(Verdict verdict) {
    return verdict == Verdict::Ng ? QCoreApplication::translate("dmad::ui::Verdict", "NG")
                                  : QCoreApplication::translate("dmad::ui::Verdict", "OK");
}

QString thresholdOriginText(project::ThresholdOrigin origin) {
    switch (origin) {
    case project::ThresholdOrigin::Supervisor: return QCoreApplication::translate("dmad::ui::Verdict", "supervisor");
    case project::ThresholdOrigin::Suggested: return QCoreApplication::translate("dmad::ui::Verdict", "suggested");
    case project::ThresholdOrigin::Default: return QCoreApplication::translate("dmad::ui::Verdict", "default");
    }
    return {};
}

}  // namespace dmad::ui
