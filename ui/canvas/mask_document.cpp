#include "ui/canvas/mask_document.h"

#include "ui/canvas/mask_raster.h"

#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUndoStack>
#include <cstring>

namespace dmad::ui {
namespace {

constexpr int kUndoLimit = 200;

// Replays one edit: the rect's pixels before and after it.
class MaskEditCommand : public QUndoCommand {
public:
    MaskEditCommand(MaskDocument* document, const QRect& rect, QImage before, QImage after, const QString& text,
                    bool alreadyApplied)
        : QUndoCommand(text), m_document(document), m_rect(rect), m_before(std::move(before)),
          m_after(std::move(after)), m_skipFirstRedo(alreadyApplied) {}

    void redo() override {
        m_document->stepEditLevel(+1);
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        m_document->writePixels(m_rect, m_after);
    }

    void undo() override {
        m_document->stepEditLevel(-1);
        m_document->writePixels(m_rect, m_before);
    }

private:
    MaskDocument* m_document;
    QRect m_rect;
    QImage m_before;
    QImage m_after;
    bool m_skipFirstRedo;
};

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

QImage blankLabels(QSize size) {
    QImage labels(size, QImage::Format_Grayscale8);
    labels.fill(0);
    return labels;
}

// Any 8-bit image as labels; palette images keep their indices, since a palette PNG of labels
// stores the label as the index.
QImage toLabels(const QImage& image) {
    if (image.format() == QImage::Format_Grayscale8) return image;
    if (image.format() == QImage::Format_Indexed8) {
        QImage labels(image.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(labels.scanLine(y), image.constScanLine(y), static_cast<size_t>(image.width()));
        return labels;
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QString sizeText(QSize size) {
    return QStringLiteral("%1 x %2").arg(size.width()).arg(size.height());
}

bool writePngAtomically(const QImage& image, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, MaskDocument::tr("Cannot write mask %1: %2").arg(path, file.errorString()));
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        setError(error, MaskDocument::tr("Cannot write mask %1: %2").arg(path, writer.errorString()));
        return false;
    }
    if (!file.commit()) {
        setError(error, MaskDocument::tr("Cannot write mask %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

}  // namespace

MaskDocument::MaskDocument(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this)) {
    m_undoStack->setUndoLimit(kUndoLimit);
}

MaskDocument::~MaskDocument() = default;

void MaskDocument::reset(QSize size) {
    replaceContent(blankLabels(size));
}

int MaskDocument::labelAt(QPoint imagePos) const {
    if (!m_labels.rect().contains(imagePos)) return -1;
    return m_labels.constScanLine(imagePos.y())[imagePos.x()];
}

bool MaskDocument::hasDefectPixels() const {
    for (int y = 0; y < m_labels.height(); ++y) {
        const uchar* row = m_labels.constScanLine(y);
        for (int x = 0; x < m_labels.width(); ++x) {
            if (row[x] != 0) return true;
        }
    }
    return false;
}

bool MaskDocument::setLabels(const QImage& labels, QString* error) {
    if (labels.isNull()) {
        setError(error, tr("The mask is empty."));
        return false;
    }
    if (labels.size() != size()) {
        setError(error,
                 tr("The mask is %1 pixels but the image is %2.").arg(sizeText(labels.size()), sizeText(size())));
        return false;
    }
    return replaceContent(toLabels(labels));
}

bool MaskDocument::load(const QString& path, QString* error) {
    QImageReader reader(path);
    const QSize fileSize = reader.size();
    if (fileSize.isValid() && fileSize != size()) {
        setError(error,
                 tr("The mask %1 is %2 pixels but the image is %3.").arg(path, sizeText(fileSize), sizeText(size())));
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        setError(error, tr("Cannot read mask %1: %2").arg(path, reader.errorString()));
        return false;
    }
    if (image.size() != size()) {
        setError(
            error,
            tr("The mask %1 is %2 pixels but the image is %3.").arg(path, sizeText(image.size()), sizeText(size())));
        return false;
    }
    return replaceContent(toLabels(image));
}

bool MaskDocument::save(const QString& path, QString* error) {
    if (m_labels.isNull()) {
        setError(error, tr("There is no mask to save."));
        return false;
    }
    if (!writePngAtomically(m_labels, path, error)) return false;
    setClean();
    return true;
}

bool MaskDocument::exportBinary(const QString& path, QString* error, int typeId) const {
    if (m_labels.isNull()) {
        setError(error, tr("There is no mask to export."));
        return false;
    }
    return writePngAtomically(toBinary(m_labels, typeId), path, error);
}

QImage MaskDocument::toBinary(const QImage& labels, int typeId) {
    QImage binary(labels.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < labels.height(); ++y) {
        const uchar* in = labels.constScanLine(y);
        uchar* out = binary.scanLine(y);
        for (int x = 0; x < labels.width(); ++x) {
            const bool defect = typeId < 0 ? in[x] != 0 : in[x] == typeId;
            out[x] = defect ? 255 : 0;
        }
    }
    return binary;
}

bool MaskDocument::isDirty() const {
    return m_editLevel != m_cleanLevel;
}

void MaskDocument::setClean() {
    m_cleanLevel = m_editLevel;
    updateDirty();
}

void MaskDocument::stepEditLevel(int step) {
    m_editLevel += step;
    updateDirty();
}

void MaskDocument::forgetCleanStateAbove() {
    // A new edit after undoing below the saved state drops the redo branch: the saved state is gone.
    if (m_editLevel < m_cleanLevel) m_cleanLevel = kUnreachableLevel;
}

void MaskDocument::updateDirty() {
    const bool dirty = isDirty();
    if (dirty == m_reportedDirty) return;
    m_reportedDirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void MaskDocument::beginStroke(int value) {
    if (m_stroking) endStroke(QString());
    m_stroking = true;
    m_strokeValue = value;
    m_strokeBefore = m_labels.copy();
    m_strokeRect = QRect();
}

void MaskDocument::strokeSegment(QPointF from, QPointF to, int brushSize) {
    if (!m_stroking) return;
    const QRect rect = raster::stampSegment(m_labels, from, to, brushSize, m_strokeValue);
    if (rect.isEmpty()) return;
    m_strokeRect |= rect;
    Q_EMIT changed(rect);
}

void MaskDocument::endStroke(const QString& undoText) {
    if (!m_stroking) return;
    m_stroking = false;
    const QRect rect = m_strokeRect;
    QImage before = m_strokeBefore.copy(rect);
    m_strokeBefore = QImage();
    if (rect.isEmpty() || before == m_labels.copy(rect)) return;
    forgetCleanStateAbove();
    m_undoStack->push(new MaskEditCommand(this, rect, std::move(before), m_labels.copy(rect), undoText, true));
}

void MaskDocument::fillPolygon(const QPolygonF& polygon, int value, const QString& undoText) {
    QImage after = m_labels.copy();
    const QRect rect = raster::fillPolygon(after, polygon, value);
    pushEdit(rect, after, undoText);
}

void MaskDocument::floodFill(const QImage& image, QPoint seed, int tolerance, int value) {
    QImage after = m_labels.copy();
    const QRect rect = raster::floodFill(after, image, seed, tolerance, value);
    pushEdit(rect, after, value == 0 ? tr("Flood erase") : tr("Flood fill"));
}

void MaskDocument::clear() {
    pushEdit(m_labels.rect(), blankLabels(size()), tr("Clear mask"));
}

void MaskDocument::writePixels(const QRect& rect, const QImage& pixels) {
    const QRect target = rect.intersected(m_labels.rect());
    if (target.isEmpty() || pixels.size() != rect.size()) return;
    const int dx = target.left() - rect.left();
    for (int y = target.top(); y <= target.bottom(); ++y) {
        std::memcpy(m_labels.scanLine(y) + target.left(), pixels.constScanLine(y - rect.top()) + dx,
                    static_cast<size_t>(target.width()));
    }
    Q_EMIT changed(target);
}

void MaskDocument::pushEdit(const QRect& rect, const QImage& after, const QString& undoText) {
    if (rect.isEmpty()) return;
    QImage before = m_labels.copy(rect);
    QImage afterPixels = after.copy(rect);
    if (before == afterPixels) return;
    forgetCleanStateAbove();
    m_undoStack->push(new MaskEditCommand(this, rect, std::move(before), std::move(afterPixels), undoText, false));
}

bool MaskDocument::replaceContent(QImage labels) {
    if (m_stroking) {
        m_stroking = false;
        m_strokeBefore = QImage();
    }
    m_labels = std::move(labels);
    m_undoStack->clear();
    m_editLevel = 0;
    m_cleanLevel = 0;
    m_reportedDirty = false;
    Q_EMIT contentReset();
    Q_EMIT dirtyChanged(false);
    return true;
}

}  // namespace dmad::ui
