// OK / NG and the threshold's origin in the user's words; the rules themselves are core/project/verdict.h.
#pragma once

#include "project/verdict.h"

#include <QString>

namespace dmad::ui {

using project::Verdict;
using project::verdictOf;

QString verdictText(Verdict verdict);  // "OK" / "NG", translated
QString thresholdOriginText(project::ThresholdOrigin origin);

}  // namespace dmad::ui
