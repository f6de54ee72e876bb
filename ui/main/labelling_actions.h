// Label changes (normal, defective, unlabelled, reviewed, split) through one path, undoable with the mask edits.
#pragma once

#include "project/project_types.h"

#include <QImage>
#include <QObject>
#include <optional>

class QWidget;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class MaskCanvas;
class MaskDocument;
class ShownImage;

// Every change is written through core/project's Labelling (audited) and pushed onto the mask
// document's undo stack, so Ctrl+Z takes back a label like a brush stroke. Relabelling an image that
// has a defect mask as normal or unlabelled asks first; Yes removes the mask too (and undo restores
// it). Failures and refusals come back as failed(); nothing half-done is pushed. The defect types
// the canvas paints with are the project's (reloadDefectTypes(), addDefectType()).
class LabellingActions : public QObject {
    Q_OBJECT

public:
    enum class Change { Normal, Defective, Unlabelled, ToggleReviewed, ToggleSplit };

    // The canvas (its mask document, pixels and undo stack) and dialogParent are not owned.
    LabellingActions(MaskCanvas* canvas, ShownImage* shown, QWidget* dialogParent, QObject* parent = nullptr);

    void setProject(project::ProjectStore* store);
    void reloadDefectTypes();
    // Asks for a name; the new type becomes the canvas' current one.
    void addDefectType();
    void setUserName(const QString& name) { m_userName = name; }

    // The change for the shown image, after its unsaved mask edits are saved (or asked about).
    bool applyToShown(Change change);
    // `image` as shown now; defectType: the type a "defective" label gets. False when nothing changed.
    bool apply(const project::ImageRecord& image, Change change, std::optional<qint64> defectType = std::nullopt);

    // What one change writes: the label, review flag, split and (for a removed mask) its pixels.
    struct State {
        project::ImageStatus status = project::ImageStatus::Unlabelled;
        std::optional<qint64> defectTypeId;
        bool reviewed = false;
        project::Split split = project::Split::Train;
        bool hasMask = false;
        QImage maskLabels;  // the mask's labels while hasMask (to restore a removed mask)
    };
    // Moves the image from `from` to `to`; false (after failed()) on error. `version`: the image's row
    // version as this station showed it (on a server), afterwards the version this write left. When
    // another station changed the image since (ProjectError::Conflict), nothing is written and the user
    // is asked (keep mine, take theirs, or leave it).
    bool write(qint64 imageId, const State& from, const State& to, std::optional<int>& version);
    // The same for the undo history, which calls it in the middle of an undo or redo step: it never opens
    // a dialog there (the step must end before anything can reload the image and clear the history).
    // A conflict is asked about, and a failure shown, right after the step; false then, and the step's
    // command should leave the history (it no longer describes the image). `text` names the step.
    bool replay(qint64 imageId, const State& from, const State& to, std::optional<int>& version, const QString& text);

Q_SIGNALS:
    void imageChanged(qint64 imageId);
    void failed(const QString& message);

private:
    bool confirmMaskRemoval(const project::ImageRecord& image);
    // Throws ProjectError; each step of the image's row checks the version the previous one left.
    // Returns the version the last step left (none without `expectedVersion`).
    std::optional<int> writeSteps(qint64 imageId, const State& from, const State& to,
                                  std::optional<int> expectedVersion);
    bool resolveConflict(qint64 imageId, const State& from, const State& to, const QString& detail,
                         std::optional<int>& version);
    // After a replay() that failed: shows the failure, or asks about the conflict; keeping mine writes
    // `to` over the image as it is now, as a new step of the history.
    void afterFailedReplay(qint64 imageId, const State& to, const QString& text, bool conflict, const QString& message);
    // The image's version now, for writing over another station's change knowingly.
    std::optional<int> currentVersion(qint64 imageId);

    MaskCanvas* m_canvas;
    ShownImage* m_shown;
    MaskDocument* m_document;
    QWidget* m_dialogParent;
    project::ProjectStore* m_store = nullptr;
    QString m_userName;
};

}  // namespace dmad::ui
