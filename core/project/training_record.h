// Recording a trained model version in the project: its row, its scores, the audit entry, the activation.
#pragma once

#include "project/score_repository.h"

#include <QString>
#include <QVector>

namespace dmad::project {

class ProjectStore;

struct RecordedTraining {
    qint64 modelId = 0;
    int version = 0;
    bool candidate = false;  // not made active (see recordTraining)
};

// One transaction: the version's row, every image's score and the audit entry; the version becomes
// active unless it is a candidate (`flagged` by its self-check, or trained for or by someone who may not
// activate versions), which leaves the active version and its thresholds as they are. `user` is the
// account whose connection writes (the audit entry is theirs); `requester` (empty: the same) is whom a
// team's worker trained for, and `note` joins the audit entry's details. Shared by a station's own
// training and `dmad worker`. Throws ProjectError.
RecordedTraining recordTraining(ProjectStore& store, const QString& user, const QString& modelFile,
                                const QString& settingsJson, const QString& metricsJson,
                                const QVector<ImageScore>& scores, bool flagged, const QString& requester = {},
                                const QString& note = {});

}  // namespace dmad::project
