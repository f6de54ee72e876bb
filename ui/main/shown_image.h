// The image on the canvas: loads it and its mask off the GUI thread, saves the mask, says what it shows.
#pragma once

#include "project/project_types.h"
#include "ui/main/image_loading.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

class QWidget;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class HeatmapController;
class MaskCanvas;

// The one owner of the shown image: it keeps the record it loaded and hands it on (record()), so
// nobody looks the image up again. show() starts the pixel load and the heatmap together; a newer
// show() supersedes an older one. Unsaved mask edits are saved (autosave) or asked about before
// another image, project or user takes over (resolveUnsaved()). It reports through signals only.
class ShownImage : public QObject {
    Q_OBJECT

public:
    // dialogParent: where the "unsaved mask" question appears. Nothing is owned.
    ShownImage(MaskCanvas* canvas, HeatmapController* heatmaps, QWidget* dialogParent, QObject* parent = nullptr);
    ~ShownImage() override;

    // nullptr: no project (the canvas empties).
    void setProject(project::ProjectStore* store);
    void setUserName(const QString& name) { m_userName = name; }

    void show(qint64 imageId);
    qint64 id() const { return m_record ? m_record->id : -1; }
    qint64 requestedId() const { return m_requestedId; }
    const std::optional<project::ImageRecord>& record() const { return m_record; }
    // Reads the shown record again after a label change elsewhere; recordChanged() follows.
    void reloadRecord();
    // The defect type new mask pixels and a "defective" label get: the canvas' choice, else the image's.
    std::optional<qint64> chosenDefectType() const;

    bool saveMask();
    // Saves or asks about unsaved mask edits; false when the user chose to stay.
    bool resolveUnsaved();
    // One line for the status bar: the image, its category, size, split and label, or why there is none.
    QString statusText() const;
    void waitForLoad() { m_loader.waitForFinished(); }
    // The image last shown in the project in `projectDirectory` (remembered per user); -1 when none.
    static qint64 lastImageOf(const QString& projectDirectory);

Q_SIGNALS:
    void shown(qint64 imageId);  // pixels and mask are on the canvas
    void recordChanged(const dmad::project::ImageRecord& record);
    void statusChanged(const QString& text);
    void maskSaved(qint64 imageId);
    void failed(const QString& message);

private:
    void onLoaded();
    void showNothing();
    // A save met another station's newer mask: asks whether to overwrite, take theirs or go on editing.
    bool resolveMaskConflict(const QString& detail);
    void setRecord(std::optional<project::ImageRecord> record);

    MaskCanvas* m_canvas;
    HeatmapController* m_heatmaps;
    QWidget* m_dialogParent;
    project::ProjectStore* m_store = nullptr;
    QString m_userName;
    QFutureWatcher<LoadedImage> m_loader;
    qint64 m_requestedId = -1;
    std::optional<project::ImageRecord> m_requested;  // being loaded
    std::optional<project::ImageRecord> m_record;     // on the canvas
    int m_requestedMaskVersion = 0;                   // of the mask being loaded
    int m_shownMaskVersion = 0;                       // of the mask on the canvas: a save over a newer one asks
};

}  // namespace dmad::ui
