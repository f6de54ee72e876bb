// A defect type as the mask tools see it: the label value painted into the mask, a name and a colour.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace dmad::ui {

// Label values in a mask: 0 is background, 1..254 are defect type ids, 255 is "defect of
// unspecified type" (what a binary 0/255 ground-truth mask such as MVTec's contains).
constexpr int kBackgroundLabel = 0;
constexpr int kUnspecifiedDefectLabel = 255;
constexpr int kMinDefectTypeId = 1;
constexpr int kMaxDefectTypeId = 254;

struct DefectType {
    int id = kUnspecifiedDefectLabel;  // the label value painted into the mask
    QString name;
    QColor color;
};

using DefectTypes = QVector<DefectType>;

}  // namespace dmad::ui
