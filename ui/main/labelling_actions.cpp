#include "ui/main/labelling_actions.h"

#include "project/defect_type_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "ui/canvas/defect_type.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/main/shown_image.h"
#include "ui/team/conflict_question.h"

#include <QBuffer>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace dmad::ui {

namespace {

using State = LabellingActions::State;
using project::ImageStatus;

QByteArray encodePng(const QImage& labels) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    labels.save(&buffer, "PNG");
    return bytes;
}

State stateOf(const project::ImageRecord& image) {
    State state;
    state.status = image.status;
    state.defectTypeId = image.defectTypeId;
    state.reviewed = image.reviewed;
    state.split = image.split;
    state.hasMask = image.hasMask;
    return state;
}

QString undoText(LabellingActions::Change change) {
    switch (change) {
    case LabellingActions::Change::Normal: return LabellingActions::tr("Mark normal");
    case LabellingActions::Change::Defective: return LabellingActions::tr("Mark defective");
    case LabellingActions::Change::Unlabelled: return LabellingActions::tr("Mark unlabelled");
    case LabellingActions::Change::ToggleReviewed: return LabellingActions::tr("Toggle reviewed");
    case LabellingActions::Change::ToggleSplit: return LabellingActions::tr("Move to the other split");
    }
    return {};
}

// Replays one label change; the first redo is skipped (the change was written before the push, so
// a refused change never reaches the history). On a server each replay expects the row version this
// station's previous write of the image left: another station's change since is a conflict, not
// silently overwritten.
class LabelCommand : public QUndoCommand {
public:
    LabelCommand(LabellingActions* actions, qint64 imageId, State before, State after, std::optional<int> version,
                 const QString& text)
        : QUndoCommand(text), m_actions(actions), m_imageId(imageId), m_before(std::move(before)),
          m_after(std::move(after)), m_version(version) {}

    void redo() override {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        if (!m_actions->replay(m_imageId, m_before, m_after, m_version, text())) setObsolete(true);
    }
    void undo() override {
        if (!m_actions->replay(m_imageId, m_after, m_before, m_version, text())) setObsolete(true);
    }

private:
    LabellingActions* m_actions;
    qint64 m_imageId;
    State m_before;
    State m_after;
    std::optional<int> m_version;  // the image's row version after this command's last write; none locally
    bool m_skipFirstRedo = true;
};

}  // namespace

LabellingActions::LabellingActions(MaskCanvas* canvas, ShownImage* shown, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_shown(shown), m_document(canvas->document()), m_dialogParent(dialogParent) {}

bool LabellingActions::applyToShown(Change change) {
    if (!m_store || !m_shown->record() || !m_shown->resolveUnsaved()) return false;
    return apply(*m_shown->record(), change, m_shown->chosenDefectType());
}

void LabellingActions::setProject(project::ProjectStore* store) {
    m_store = store;
    if (m_store) reloadDefectTypes();
}

void LabellingActions::reloadDefectTypes() {
    DefectTypes types;
    try {
        for (const project::DefectType& type : project::DefectTypeRepository(*m_store).all()) {
            // The canvas paints the type's id into the mask; ids beyond its label range stay unnamed.
            if (type.id < kMinDefectTypeId || type.id > kMaxDefectTypeId) continue;
            types.push_back({static_cast<int>(type.id), type.name, QColor(type.colour)});
        }
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
    }
    m_canvas->setDefectTypes(types);
}

void LabellingActions::addDefectType() {
    if (!m_store) return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("New defect type"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty()) return;
    try {
        const qint64 id = project::DefectTypeRepository(*m_store).ensure(name);
        reloadDefectTypes();
        if (id <= kMaxDefectTypeId) m_canvas->setCurrentDefectType(static_cast<int>(id));
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
    }
}

bool LabellingActions::apply(const project::ImageRecord& image, Change change, std::optional<qint64> defectType) {
    if (!m_store) return false;
    const State before = stateOf(image);
    State after = before;
    switch (change) {
    case Change::Normal: after.status = ImageStatus::Normal; break;
    case Change::Defective: after.status = ImageStatus::Defective; break;
    case Change::Unlabelled: after.status = ImageStatus::Unlabelled; break;
    case Change::ToggleReviewed: after.reviewed = !before.reviewed; break;
    case Change::ToggleSplit:
        after.split = before.split == project::Split::Train ? project::Split::Test : project::Split::Train;
        break;
    }
    if (after.status == ImageStatus::Defective) {
        after.defectTypeId = defectType;
    } else {
        after.defectTypeId.reset();
    }
    const bool same = after.status == before.status && after.defectTypeId == before.defectTypeId &&
                      after.reviewed == before.reviewed && after.split == before.split;
    if (same) return false;
    // A defect mask on an image labelled normal would contradict its label (and the metrics).
    const bool relabelsMasked = before.hasMask && after.status != ImageStatus::Defective;
    if (relabelsMasked) {
        if (!confirmMaskRemoval(image)) return false;
        after.hasMask = false;
    }
    State from = before;
    if (before.hasMask) from.maskLabels = m_document->labels().copy();
    // Only another station can change an image behind this one's back: on a server.
    std::optional<int> version = m_store->isServer() ? std::optional<int>(image.rowVersion) : std::nullopt;
    if (!write(image.id, from, after, version)) return false;
    m_document->undoStack()->push(new LabelCommand(this, image.id, from, after, version, undoText(change)));
    return true;
}

bool LabellingActions::confirmMaskRemoval(const project::ImageRecord& image) {
    QMessageBox box(QMessageBox::Question, tr("Relabel a masked image"),
                    tr("%1 has a painted defect mask. Remove the mask and change the label?\n\n"
                       "(Edit > Undo brings both back.)")
                        .arg(image.fileName()),
                    QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmRelabel"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool LabellingActions::write(qint64 imageId, const State& from, const State& to, std::optional<int>& version) {
    try {
        version = writeSteps(imageId, from, to, version);
    } catch (const project::ProjectError& error) {
        if (error.kind() == project::ProjectError::Kind::Conflict && version)
            return resolveConflict(imageId, from, to, error.message(), version);
        Q_EMIT failed(error.message());
        Q_EMIT imageChanged(imageId);  // a part may have been written: everyone reads it again
        return false;
    }
    Q_EMIT imageChanged(imageId);
    return true;
}

bool LabellingActions::replay(qint64 imageId, const State& from, const State& to, std::optional<int>& version,
                              const QString& text) {
    try {
        version = writeSteps(imageId, from, to, version);
    } catch (const project::ProjectError& error) {
        const bool conflict = error.kind() == project::ProjectError::Kind::Conflict;
        QMetaObject::invokeMethod(
            this,
            [this, imageId, to, text, conflict, message = error.message()] {
                afterFailedReplay(imageId, to, text, conflict, message);
            },
            Qt::QueuedConnection);
        return false;
    }
    Q_EMIT imageChanged(imageId);
    return true;
}

void LabellingActions::afterFailedReplay(qint64 imageId, const State& to, const QString& text, bool conflict,
                                         const QString& message) {
    if (!m_store) return;          // the project was closed before the question could be asked
    Q_EMIT imageChanged(imageId);  // a part may have been written, or theirs is new: everyone reads it again
    if (!conflict) {
        Q_EMIT failed(message);
        return;
    }
    if (askAboutConflict(m_dialogParent, tr("the label of this image"), message) != ConflictChoice::Overwrite) return;
    std::optional<project::ImageRecord> now;
    try {
        now = project::ImageRepository(*m_store).byId(imageId);
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        return;
    }
    if (!now) return;
    State from = stateOf(*now);
    if (from.hasMask) from.maskLabels = m_document->labels().copy();
    std::optional<int> version = now->rowVersion;
    if (!write(imageId, from, to, version)) return;
    m_document->undoStack()->push(new LabelCommand(this, imageId, from, to, version, text));
}

std::optional<int> LabellingActions::currentVersion(qint64 imageId) {
    try {
        if (const auto image = project::ImageRepository(*m_store).byId(imageId)) return image->rowVersion;
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
    }
    return std::nullopt;
}

std::optional<int> LabellingActions::writeSteps(qint64 imageId, const State& from, const State& to,
                                                std::optional<int> expectedVersion) {
    project::Labelling labelling(*m_store, m_userName);
    // Before the mask goes: a label someone else changed meanwhile stops the whole change.
    if (expectedVersion) project::ImageRepository(*m_store).requireVersion(imageId, *expectedVersion);
    std::optional<int> version = expectedVersion;
    const auto wrote = [&version] {
        if (version) ++*version;  // every write of the image's row raises its version by one
    };
    if (from.hasMask && !to.hasMask) {
        labelling.removeMask(imageId);
        QImage blank(m_document->size(), QImage::Format_Grayscale8);
        blank.fill(0);
        m_document->writePixels(blank.rect(), blank);
    }
    if (!from.hasMask && to.hasMask && !to.maskLabels.isNull()) {
        labelling.saveMask(imageId, encodePng(to.maskLabels), to.defectTypeId);
        wrote();
        if (to.maskLabels.size() == m_document->size()) m_document->writePixels(to.maskLabels.rect(), to.maskLabels);
    }
    if (from.status != to.status || from.defectTypeId != to.defectTypeId || to.hasMask != from.hasMask) {
        switch (to.status) {
        case ImageStatus::Normal: labelling.markNormal(imageId, version); break;
        case ImageStatus::Defective: labelling.markDefective(imageId, to.defectTypeId, version); break;
        case ImageStatus::Unlabelled: labelling.markUnlabelled(imageId, version); break;
        }
        wrote();
    }
    if (from.reviewed != to.reviewed) {
        labelling.setReviewed(imageId, to.reviewed, version);
        wrote();
    }
    if (from.split != to.split) {
        labelling.setSplit(imageId, to.split, version);
        wrote();
    }
    return version;
}

bool LabellingActions::resolveConflict(qint64 imageId, const State& from, const State& to, const QString& detail,
                                       std::optional<int>& version) {
    switch (askAboutConflict(m_dialogParent, tr("the label of this image"), detail)) {
    case ConflictChoice::Overwrite: {
        // Mine over theirs, as asked: over the version there is now (a newer one asks again).
        version = currentVersion(imageId);
        return version && write(imageId, from, to, version);
    }
    case ConflictChoice::TakeTheirs: Q_EMIT imageChanged(imageId); return false;  // read again: theirs is shown
    case ConflictChoice::KeepEditing: break;
    }
    return false;
}

}  // namespace dmad::ui
