#include "ui/canvas/mask_canvas.h"

#include "ui/canvas/mask_document.h"
#include "ui/canvas/mask_raster.h"

#include <QAction>
#include <QActionGroup>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace dmad::ui {
namespace {

constexpr double kMinCursorRadius = 2.0;  // screen pixels, so a 1-pixel brush stays visible zoomed out

QPen outlinePen(const QColor& color, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(color, 1.0, style);
    pen.setCosmetic(true);
    return pen;
}

}  // namespace

MaskCanvas::MaskCanvas(QWidget* parent) : ImageView(parent), m_document(new MaskDocument(this)) {
    connect(m_document, &MaskDocument::changed, this, &MaskCanvas::onMaskPixelsChanged);
    connect(m_document, &MaskDocument::contentReset, this, &MaskCanvas::onMaskReset);
    createActions();
    rebuildPalette();
    setToolCursor(Qt::CrossCursor);
}

MaskCanvas::~MaskCanvas() {
    // The document and its undo stack are children: they die after this destructor, and the stack's last
    // signals (QUndoStack::clear on destruction) must not reach lambdas that use this half-destroyed canvas
    // (UBSan: member access within an object that is no longer a MaskCanvas).
    m_document->undoStack()->disconnect();
}

QAction* MaskCanvas::addCanvasAction(const QString& text, const QList<QKeySequence>& shortcuts) {
    auto* action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void MaskCanvas::createActions() {
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    const struct {
        MaskTool tool;
        QString text;
        Qt::Key key;
    } tools[] = {
        {MaskTool::Brush, tr("&Brush"), Qt::Key_B},          {MaskTool::Eraser, tr("&Eraser"), Qt::Key_E},
        {MaskTool::Polygon, tr("&Polygon Fill"), Qt::Key_P}, {MaskTool::Lasso, tr("&Lasso Fill"), Qt::Key_L},
        {MaskTool::FloodFill, tr("&Flood Fill"), Qt::Key_F},
    };
    for (const auto& entry : tools) {
        QAction* action = addCanvasAction(entry.text, {QKeySequence(entry.key)});
        action->setCheckable(true);
        action->setChecked(entry.tool == m_tool);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                         QKeySequence(entry.key).toString(QKeySequence::NativeText)));
        m_toolGroup->addAction(action);
        m_toolActionList.append(action);
        const MaskTool tool = entry.tool;
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
    }

    QUndoStack* stack = m_document->undoStack();
    m_undoAction = addCanvasAction(tr("&Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = addCanvasAction(
        tr("&Redo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MaskCanvas::undo);
    connect(m_redoAction, &QAction::triggered, this, &MaskCanvas::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    m_clearAction = addCanvasAction(tr("&Clear Mask"), {});
    connect(m_clearAction, &QAction::triggered, this, &MaskCanvas::clearMask);
    m_growBrushAction = addCanvasAction(tr("Larger Brush"), {QKeySequence(Qt::Key_BracketRight)});
    connect(m_growBrushAction, &QAction::triggered, this, &MaskCanvas::growBrush);
    m_shrinkBrushAction = addCanvasAction(tr("Smaller Brush"), {QKeySequence(Qt::Key_BracketLeft)});
    connect(m_shrinkBrushAction, &QAction::triggered, this, &MaskCanvas::shrinkBrush);
}

void MaskCanvas::setImage(const QImage& image) {
    finishStroke();
    cancelOutline();
    m_heatmap.clear();
    ImageView::setImage(image);
    m_document->reset(image.size());
    Q_EMIT heatmapChanged();
}

void MaskCanvas::setDefectTypes(const DefectTypes& types) {
    m_types = types;
    rebuildPalette();
    recolorOverlay(m_overlay.rect());
    viewport()->update();
    Q_EMIT defectTypesChanged();
    const bool currentListed =
        std::any_of(m_types.cbegin(), m_types.cend(), [this](const DefectType& t) { return t.id == m_currentType; });
    if (!currentListed && !m_types.isEmpty()) setCurrentDefectType(m_types.first().id);
}

void MaskCanvas::setCurrentDefectType(int id) {
    id = std::clamp(id, kMinDefectTypeId, kUnspecifiedDefectLabel);
    if (id == m_currentType) return;
    m_currentType = id;
    Q_EMIT currentDefectTypeChanged(id);
}

QColor MaskCanvas::colorForLabel(int label) const {
    for (const DefectType& type : m_types) {
        if (type.id == label && type.color.isValid()) return type.color;
    }
    return unknownLabelColor();
}

QColor MaskCanvas::unknownLabelColor() {
    return QColor(255, 40, 160);
}

void MaskCanvas::setTool(MaskTool tool) {
    if (tool == m_tool) return;
    finishStroke();
    cancelOutline();
    m_tool = tool;
    m_toolActionList[static_cast<int>(tool)]->setChecked(true);
    setBrushCursor(m_cursorImagePos, m_cursorVisible);
    viewport()->update();
    Q_EMIT toolChanged(tool);
}

QAction* MaskCanvas::toolAction(MaskTool tool) const {
    return m_toolActionList[static_cast<int>(tool)];
}

void MaskCanvas::setBrushSize(int size) {
    size = std::clamp(size, 1, kMaxBrushSize);
    if (size == m_brushSize) return;
    const QRect before = brushCursorRect();
    m_brushSize = size;
    viewport()->update(before | brushCursorRect());
    Q_EMIT brushSizeChanged(size);
}

void MaskCanvas::growBrush() {
    setBrushSize(m_brushSize + std::max(1, m_brushSize / 8));
}

void MaskCanvas::shrinkBrush() {
    setBrushSize(m_brushSize - std::max(1, m_brushSize / 9));
}

void MaskCanvas::setFloodTolerance(int tolerance) {
    tolerance = std::clamp(tolerance, 0, 255);
    if (tolerance == m_floodTolerance) return;
    m_floodTolerance = tolerance;
    Q_EMIT floodToleranceChanged(tolerance);
}

void MaskCanvas::setReadOnly(bool readOnly) {
    finishStroke();
    cancelOutline();
    m_readOnly = readOnly;
    for (QAction* action : m_toolActionList) action->setEnabled(!readOnly);
    m_clearAction->setEnabled(!readOnly);
    setToolCursor(readOnly ? Qt::ArrowCursor : Qt::CrossCursor);
    viewport()->update();
}

void MaskCanvas::setMaskOpacity(double opacity) {
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_maskOpacity) return;
    m_maskOpacity = opacity;
    viewport()->update();
    Q_EMIT maskOpacityChanged(opacity);
}

void MaskCanvas::setMaskVisible(bool visible) {
    if (visible == m_maskVisible) return;
    m_maskVisible = visible;
    viewport()->update();
    Q_EMIT maskVisibleChanged(visible);
}

bool MaskCanvas::setHeatmap(const std::vector<float>& values, QSize size, float minValue, float maxValue,
                            QString* error) {
    if (!m_heatmap.setMap(values, size, minValue, maxValue, error)) return false;
    viewport()->update();
    Q_EMIT heatmapChanged();
    return true;
}

bool MaskCanvas::setHeatmap(const QImage& map, float minValue, float maxValue, QString* error) {
    if (!m_heatmap.setMap(map, minValue, maxValue, error)) return false;
    viewport()->update();
    Q_EMIT heatmapChanged();
    return true;
}

void MaskCanvas::clearHeatmap() {
    m_heatmap.clear();
    viewport()->update();
    Q_EMIT heatmapChanged();
}

void MaskCanvas::setHeatmapOpacity(double opacity) {
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_heatmapOpacity) return;
    m_heatmapOpacity = opacity;
    viewport()->update();
    Q_EMIT heatmapOpacityChanged(opacity);
}

void MaskCanvas::setHeatmapVisible(bool visible) {
    if (visible == m_heatmapVisible) return;
    m_heatmapVisible = visible;
    viewport()->update();
    Q_EMIT heatmapVisibleChanged(visible);
}

void MaskCanvas::setHeatmapThreshold(double threshold) {
    m_heatmap.setThreshold(threshold);
    viewport()->update();
}

void MaskCanvas::clearHeatmapThreshold() {
    m_heatmap.clearThreshold();
    viewport()->update();
}

void MaskCanvas::undo() {
    finishStroke();
    cancelOutline();
    m_document->undoStack()->undo();
}

void MaskCanvas::redo() {
    finishStroke();
    cancelOutline();
    m_document->undoStack()->redo();
}

void MaskCanvas::clearMask() {
    if (m_readOnly) return;
    finishStroke();
    cancelOutline();
    m_document->clear();
}

void MaskCanvas::onMaskPixelsChanged(const QRect& imageRect) {
    recolorOverlay(imageRect);
    updateImageRect(imageRect);
    Q_EMIT maskChanged(imageRect);
}

void MaskCanvas::onMaskReset() {
    m_overlay = QImage(m_document->size(), QImage::Format_ARGB32_Premultiplied);
    recolorOverlay(m_overlay.rect());
    viewport()->update();
    Q_EMIT maskChanged(m_overlay.rect());
}

void MaskCanvas::rebuildPalette() {
    m_palette[kBackgroundLabel] = qRgba(0, 0, 0, 0);
    for (int label = 1; label < 256; ++label) m_palette[label] = colorForLabel(label).rgb() | 0xff000000u;
}

void MaskCanvas::recolorOverlay(const QRect& imageRect) {
    const QRect rect = imageRect.intersected(m_overlay.rect());
    const QImage& labels = m_document->labels();
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const uchar* in = labels.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(m_overlay.scanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) out[x] = m_palette[in[x]];
    }
}

void MaskCanvas::paintImageLayers(QPainter& painter, const QRectF& exposed) {
    const QRectF imageRect(QPointF(0, 0), QSizeF(imageSize()));
    const bool showHeatmap = m_heatmapVisible && !m_heatmap.isNull();
    if (showHeatmap && m_heatmapOpacity > 0.0) {
        painter.setOpacity(m_heatmapOpacity);
        // A coarser map is stretched smoothly, like the bilinear upsampling that produced it.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_heatmap.mapSize() != imageSize());
        painter.drawImage(imageRect, m_heatmap.colored());
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    }
    if (m_maskVisible && m_maskOpacity > 0.0 && !m_overlay.isNull()) {
        painter.setOpacity(m_maskOpacity);
        painter.drawImage(exposed, m_overlay, exposed);
    }
    painter.setOpacity(1.0);
    if (showHeatmap && !m_heatmap.contour().isEmpty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.scale(imageRect.width() / m_heatmap.mapSize().width(),
                      imageRect.height() / m_heatmap.mapSize().height());
        QPen dark = outlinePen(QColor(0, 0, 0, 160));
        dark.setWidthF(3.5);
        painter.setPen(dark);
        painter.drawLines(m_heatmap.contour());
        QPen light = outlinePen(Qt::white);
        light.setWidthF(1.5);
        painter.setPen(light);
        painter.drawLines(m_heatmap.contour());
        painter.restore();
    }
}

QRect MaskCanvas::brushCursorRect() const {
    if (!m_cursorVisible || !paintsBrush() || m_readOnly) return {};
    const QPointF centre = imageToViewport(raster::brushCentre(m_cursorImagePos, m_brushSize));
    const double radius = std::max(kMinCursorRadius, m_brushSize * zoom() / 2.0) + 3.0;
    return QRectF(centre - QPointF(radius, radius), centre + QPointF(radius, radius)).toAlignedRect();
}

QRect MaskCanvas::outlineViewportRect() const {
    if (m_outline.isEmpty()) return {};
    QRectF bounds = m_outline.boundingRect();
    if (m_tool == MaskTool::Polygon && m_cursorVisible) bounds |= QRectF(m_cursorImagePos, QSizeF(0, 0));
    return imageToViewport(bounds).toAlignedRect().adjusted(-3, -3, 3, 3);
}

void MaskCanvas::setBrushCursor(QPointF imagePos, bool visible) {
    const QRect before = brushCursorRect() | outlineViewportRect();
    m_cursorImagePos = imagePos;
    m_cursorVisible = visible;
    viewport()->update(before | brushCursorRect() | outlineViewportRect());
}

void MaskCanvas::paintViewportLayers(QPainter& painter) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!m_outline.isEmpty()) {
        QPolygonF path;
        for (const QPointF& p : m_outline) path << imageToViewport(p);
        if (m_tool == MaskTool::Polygon && m_cursorVisible) path << imageToViewport(m_cursorImagePos);
        painter.setPen(outlinePen(Qt::black));
        painter.drawPolyline(path);
        painter.setPen(outlinePen(Qt::white, Qt::DashLine));
        painter.drawPolyline(path);
    }
    if (m_cursorVisible && paintsBrush() && !m_readOnly && !isPanning()) {
        const QPointF centre = imageToViewport(raster::brushCentre(m_cursorImagePos, m_brushSize));
        const double radius = std::max(kMinCursorRadius, m_brushSize * zoom() / 2.0);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(outlinePen(Qt::black));
        painter.drawEllipse(centre, radius + 1.0, radius + 1.0);
        painter.setPen(outlinePen(Qt::white));
        painter.drawEllipse(centre, radius, radius);
    }
}

void MaskCanvas::imageMousePress(QMouseEvent* event, QPointF imagePos) {
    if (event->button() != Qt::LeftButton || m_readOnly) {
        event->ignore();
        return;
    }
    event->accept();
    switch (m_tool) {
    case MaskTool::Brush:
    case MaskTool::Eraser: {
        m_document->beginStroke(paintValue());
        m_lastBrushCentre = raster::brushCentre(imagePos, m_brushSize);
        m_document->strokeSegment(m_lastBrushCentre, m_lastBrushCentre, m_brushSize);
        break;
    }
    case MaskTool::Polygon:
        m_outline << imagePos;
        setBrushCursor(imagePos, true);
        break;
    case MaskTool::Lasso:
        m_outline = QPolygonF{imagePos};
        m_lassoDragging = true;
        setBrushCursor(imagePos, true);
        break;
    case MaskTool::FloodFill: {
        const QPoint pixel(static_cast<int>(std::floor(imagePos.x())), static_cast<int>(std::floor(imagePos.y())));
        if (image().rect().contains(pixel)) m_document->floodFill(image(), pixel, m_floodTolerance, paintValue());
        break;
    }
    }
}

void MaskCanvas::imageMouseMove(QMouseEvent* event, QPointF imagePos) {
    event->accept();
    if (m_lassoDragging) {
        // One lasso point per screen pixel moved keeps the path short without losing detail.
        const QPointF step = (imagePos - m_outline.last()) * zoom();
        if (std::abs(step.x()) >= 1.0 || std::abs(step.y()) >= 1.0) m_outline << imagePos;
    }
    setBrushCursor(imagePos, true);
    if (!m_document->isStroking()) return;
    const QPointF centre = raster::brushCentre(imagePos, m_brushSize);
    if (centre == m_lastBrushCentre) return;
    m_document->strokeSegment(m_lastBrushCentre, centre, m_brushSize);
    m_lastBrushCentre = centre;
}

void MaskCanvas::imageMouseRelease(QMouseEvent* event, QPointF imagePos) {
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    if (m_document->isStroking()) {
        imageMouseMove(event, imagePos);
        finishStroke();
    }
    if (m_lassoDragging) {
        m_lassoDragging = false;
        if (m_outline.size() >= 3) m_document->fillPolygon(m_outline, paintValue(), tr("Lasso fill"));
        cancelOutline();
    }
}

void MaskCanvas::imageMouseDoubleClick(QMouseEvent* event, QPointF imagePos) {
    // The first click of the double-click already placed the last corner.
    if (m_tool == MaskTool::Polygon && !m_readOnly) {
        event->accept();
        finishPolygon();
        return;
    }
    imageMousePress(event, imagePos);
}

void MaskCanvas::viewportLeft() {
    setBrushCursor(m_cursorImagePos, false);
}

void MaskCanvas::keyPressEvent(QKeyEvent* event) {
    if (m_tool == MaskTool::Polygon && !m_outline.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finishPolygon();
            event->accept();
            return;
        case Qt::Key_Backspace: {
            const QRect before = outlineViewportRect();
            m_outline.removeLast();
            viewport()->update(before);
            event->accept();
            return;
        }
        default: break;
        }
    }
    if (event->key() == Qt::Key_Escape && !m_outline.isEmpty()) {
        cancelOutline();
        event->accept();
        return;
    }
    ImageView::keyPressEvent(event);
}

void MaskCanvas::focusOutEvent(QFocusEvent* event) {
    finishStroke();
    ImageView::focusOutEvent(event);
}

void MaskCanvas::finishStroke() {
    if (!m_document->isStroking()) return;
    m_document->endStroke(m_tool == MaskTool::Eraser ? tr("Erase") : tr("Brush stroke"));
}

void MaskCanvas::finishPolygon() {
    if (m_outline.size() >= 3) m_document->fillPolygon(m_outline, paintValue(), tr("Polygon fill"));
    cancelOutline();
}

void MaskCanvas::cancelOutline() {
    const QRect before = outlineViewportRect();
    m_outline.clear();
    m_lassoDragging = false;
    viewport()->update(before);
}

}  // namespace dmad::ui
