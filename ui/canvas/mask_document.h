// The mask of one image being edited: a label image at the image's full resolution, its undo history and its files.
#pragma once

#include <QImage>
#include <QObject>
#include <QPolygonF>
#include <QRect>
#include <QString>

class QUndoStack;

namespace dmad::ui {

// Format: one QImage::Format_Grayscale8 label image the size of the image. Each byte is a label:
// 0 background, 1..254 the id of a defect type, 255 a defect of unspecified type (see defect_type.h).
// save() writes that label image as an 8-bit greyscale PNG; exportBinary() writes the 0/255 binary
// mask MVTec AD expects (every non-zero label becomes 255). load() reads either: a binary 0/255 mask
// therefore comes back as "unspecified defect" pixels.
//
// Every edit is one QUndoCommand on undoStack() (a whole brush stroke is one command). The stack may
// hold other commands too (label changes, see ui/main/labelling_actions.h): the document is dirty
// while the mask edits applied differ from those at the last save, whatever else the stack holds.
// reset(), setLabels() and load() replace the content, clear the history and leave the document clean.
class MaskDocument : public QObject {
    Q_OBJECT

public:
    explicit MaskDocument(QObject* parent = nullptr);
    ~MaskDocument() override;

    // A new, all-background mask of `size`.
    void reset(QSize size);

    QSize size() const { return m_labels.size(); }
    const QImage& labels() const { return m_labels; }
    int labelAt(QPoint imagePos) const;  // -1 outside the image
    bool hasDefectPixels() const;

    // Replaces the content with `labels` (any 8-bit format; Indexed8 indices are taken as labels).
    // Fails without touching the document when the size differs from size().
    bool setLabels(const QImage& labels, QString* error = nullptr);
    // Reads a mask PNG (label image or binary 0/255). Fails with a message naming the file when it
    // cannot be read or its size differs from size(); the document is then unchanged.
    bool load(const QString& path, QString* error = nullptr);
    // Writes the label image atomically (QSaveFile: on failure no partial file is left and an
    // existing file keeps its old content). Marks the document clean on success.
    bool save(const QString& path, QString* error = nullptr);
    // Writes the 0/255 binary mask atomically; typeId >= 0 keeps only that label. Does not touch the dirty state.
    bool exportBinary(const QString& path, QString* error = nullptr, int typeId = -1) const;
    // 0/255 Grayscale8 image: 255 where labels != 0 (typeId < 0) or labels == typeId.
    static QImage toBinary(const QImage& labels, int typeId = -1);

    QUndoStack* undoStack() const { return m_undoStack; }
    bool isDirty() const;
    void setClean();

    // A brush or eraser stroke: beginStroke, any number of strokeSegment calls (painted live),
    // endStroke pushes the whole stroke as one undo step. `value` 0 erases.
    void beginStroke(int value);
    void strokeSegment(QPointF from, QPointF to, int brushSize);
    void endStroke(const QString& undoText);
    bool isStroking() const { return m_stroking; }

    // One undo step each; an edit that changes no pixel pushes nothing.
    void fillPolygon(const QPolygonF& polygon, int value, const QString& undoText);
    void floodFill(const QImage& image, QPoint seed, int tolerance, int value);
    void clear();

    // Used by the undo commands: writes `pixels` (Grayscale8) at rect.topLeft().
    void writePixels(const QRect& rect, const QImage& pixels);
    // Used by the mask edit commands: one edit applied (+1) or undone (-1).
    void stepEditLevel(int step);

Q_SIGNALS:
    // Pixels inside imageRect may have changed.
    void changed(const QRect& imageRect);
    // The whole content (and maybe the size) was replaced.
    void contentReset();
    void dirtyChanged(bool dirty);

private:
    void pushEdit(const QRect& rect, const QImage& after, const QString& undoText);
    bool replaceContent(QImage labels);
    void forgetCleanStateAbove();
    void updateDirty();

    static constexpr int kUnreachableLevel = -1000000;

    QImage m_labels;
    QUndoStack* m_undoStack;
    int m_editLevel = 0;   // mask edits applied, net of undos
    int m_cleanLevel = 0;  // m_editLevel at the last save (or load)
    bool m_reportedDirty = false;
    bool m_stroking = false;
    int m_strokeValue = 0;
    QImage m_strokeBefore;
    QRect m_strokeRect;
};

}  // namespace dmad::ui
