// The question a station asks when its save meets another station's newer change (ProjectError::Conflict).
#pragma once

#include <QString>

class QWidget;

namespace dmad::ui {

enum class ConflictChoice {
    Overwrite,   // save mine over theirs
    TakeTheirs,  // drop mine, show theirs
    KeepEditing  // save nothing now; mine stays on screen
};

// `what` names the thing in the user's words ("the mask of image 12"); `detail` is the error's message.
ConflictChoice askAboutConflict(QWidget* parent, const QString& what, const QString& detail);

}  // namespace dmad::ui
