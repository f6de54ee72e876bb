// Records a finished training run in the project: the version, its scores, the audit entry, activation.
#pragma once

#include "project/project_types.h"
#include "ui/training/training_job.h"

#include <QString>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

struct RecordedVersion {
    project::ModelRecord model;
    bool candidate = false;  // left inactive: flagged by the self-check, or nobody involved may activate
};

// One transaction, shared by the station's own training and the team's worker. `author` is the account
// whose connection writes (the audit entry is theirs); the version becomes active only when both the
// author and `requester` may activate versions and the self-check did not flag it. `note` is added to
// the audit entry's details (which request a worker trained for). Throws ProjectError; the caller then
// removes the model file.
RecordedVersion recordTrainedVersion(project::ProjectStore& store, const TrainingOutcome& outcome,
                                     const QString& author, const QString& requester, const QString& note = {});

}  // namespace dmad::ui
