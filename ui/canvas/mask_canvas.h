// The image with its defect mask painted over it: brush, eraser, polygon, lasso and flood fill, plus an anomaly heatmap layer.
#pragma once

#include "ui/canvas/defect_type.h"
#include "ui/canvas/heatmap_overlay.h"
#include "ui/canvas/image_view.h"

#include <QPolygonF>
#include <QVector>
#include <vector>

class QAction;
class QActionGroup;

namespace dmad::ui {

class MaskDocument;

enum class MaskTool { Brush, Eraser, Polygon, Lasso, FloodFill };

// Tools (left button; middle drag or Space + drag pans, the wheel zooms):
//   Brush (B) / Eraser (E): paints the current defect type / background in a disc of brushSize()
//     image pixels; [ and ] shrink and grow it. One press-drag-release is one undo step.
//   Polygon (P): click the corners; double-click or Enter closes and fills, Backspace removes the
//     last corner, Esc cancels.
//   Lasso (L): press, drag around the region, release: the enclosed area is filled.
//   Flood fill (F): fills the region of the IMAGE's colour around the clicked pixel: 4-connected
//     pixels whose R, G and B each differ from the clicked pixel's by at most floodTolerance().
// Pixel rules are in mask_raster.h. Undo / redo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) and every tool
// are QActions with shortcuts active while the canvas (or a widget showing the action) has focus.
//
// The canvas owns one MaskDocument; setImage() gives it a new, empty mask of the image's size.
// To show a stored mask, call document()->load(path) or document()->setLabels(image) afterwards.
class MaskCanvas : public ImageView {
    Q_OBJECT

public:
    static constexpr int kMaxBrushSize = 256;

    explicit MaskCanvas(QWidget* parent = nullptr);
    ~MaskCanvas() override;

    // Shows `image` with an empty mask of its size (the history is cleared) and no heatmap.
    void setImage(const QImage& image) override;
    MaskDocument* document() const { return m_document; }

    // Defect types offered for painting. Labels without a type (e.g. 255 from a binary mask) are
    // drawn in unknownLabelColor().
    void setDefectTypes(const DefectTypes& types);
    const DefectTypes& defectTypes() const { return m_types; }
    // The label that brush, polygon, lasso and flood fill paint (1..255).
    void setCurrentDefectType(int id);
    int currentDefectType() const { return m_currentType; }
    QColor colorForLabel(int label) const;
    static QColor unknownLabelColor();

    MaskTool tool() const { return m_tool; }
    void setTool(MaskTool tool);
    int brushSize() const { return m_brushSize; }
    void setBrushSize(int size);
    int floodTolerance() const { return m_floodTolerance; }
    void setFloodTolerance(int tolerance);
    // A read-only canvas shows the mask but ignores the editing tools.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    double maskOpacity() const { return m_maskOpacity; }
    void setMaskOpacity(double opacity);  // 0..1
    bool isMaskVisible() const { return m_maskVisible; }
    void setMaskVisible(bool visible);

    // The anomaly map layer (see HeatmapOverlay); shown stretched over the whole image.
    bool setHeatmap(const std::vector<float>& values, QSize size, float minValue, float maxValue,
                    QString* error = nullptr);
    bool setHeatmap(const QImage& map, float minValue, float maxValue, QString* error = nullptr);
    void clearHeatmap();
    bool hasHeatmap() const { return !m_heatmap.isNull(); }
    const HeatmapOverlay& heatmap() const { return m_heatmap; }
    double heatmapOpacity() const { return m_heatmapOpacity; }
    void setHeatmapOpacity(double opacity);  // 0..1
    bool isHeatmapVisible() const { return m_heatmapVisible; }
    void setHeatmapVisible(bool visible);
    // Outline of map >= threshold (map units), drawn while the heatmap is visible.
    void setHeatmapThreshold(double threshold);
    void clearHeatmapThreshold();

    QAction* toolAction(MaskTool tool) const;
    QActionGroup* toolActions() const { return m_toolGroup; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* clearAction() const { return m_clearAction; }
    QAction* growBrushAction() const { return m_growBrushAction; }
    QAction* shrinkBrushAction() const { return m_shrinkBrushAction; }

public Q_SLOTS:
    void undo();
    void redo();
    void clearMask();
    void growBrush();
    void shrinkBrush();

Q_SIGNALS:
    // Mask pixels inside imageRect changed (an edit, undo/redo, or a whole new mask).
    void maskChanged(const QRect& imageRect);
    void toolChanged(dmad::ui::MaskTool tool);
    void brushSizeChanged(int size);
    void floodToleranceChanged(int tolerance);
    void currentDefectTypeChanged(int id);
    void defectTypesChanged();
    void maskOpacityChanged(double opacity);
    void maskVisibleChanged(bool visible);
    // A heatmap was set or cleared.
    void heatmapChanged();
    void heatmapOpacityChanged(double opacity);
    void heatmapVisibleChanged(bool visible);

protected:
    void paintImageLayers(QPainter& painter, const QRectF& exposed) override;
    void paintViewportLayers(QPainter& painter) override;
    void imageMousePress(QMouseEvent* event, QPointF imagePos) override;
    void imageMouseMove(QMouseEvent* event, QPointF imagePos) override;
    void imageMouseRelease(QMouseEvent* event, QPointF imagePos) override;
    void imageMouseDoubleClick(QMouseEvent* event, QPointF imagePos) override;
    void viewportLeft() override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void createActions();
    QAction* addCanvasAction(const QString& text, const QList<QKeySequence>& shortcuts);
    void onMaskPixelsChanged(const QRect& imageRect);
    void onMaskReset();
    void rebuildPalette();
    void recolorOverlay(const QRect& imageRect);
    bool paintsBrush() const { return m_tool == MaskTool::Brush || m_tool == MaskTool::Eraser; }
    int paintValue() const { return m_tool == MaskTool::Eraser ? kBackgroundLabel : m_currentType; }
    void finishStroke();
    void finishPolygon();
    void cancelOutline();
    QRect brushCursorRect() const;
    QRect outlineViewportRect() const;
    void setBrushCursor(QPointF imagePos, bool visible);

    MaskDocument* m_document;
    DefectTypes m_types;
    int m_currentType = kUnspecifiedDefectLabel;
    QRgb m_palette[256];
    QImage m_overlay;  // the mask coloured, Format_ARGB32_Premultiplied, kept in step with the document
    double m_maskOpacity = 0.5;
    bool m_maskVisible = true;

    HeatmapOverlay m_heatmap;
    double m_heatmapOpacity = 0.5;
    bool m_heatmapVisible = true;

    MaskTool m_tool = MaskTool::Brush;
    int m_brushSize = 9;
    int m_floodTolerance = 16;
    bool m_readOnly = false;
    QPointF m_lastBrushCentre;
    QPointF m_cursorImagePos;
    bool m_cursorVisible = false;
    QPolygonF m_outline;  // polygon corners or lasso path, image coordinates
    bool m_lassoDragging = false;

    QActionGroup* m_toolGroup = nullptr;
    QVector<QAction*> m_toolActionList;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_growBrushAction = nullptr;
    QAction* m_shrinkBrushAction = nullptr;
};

}  // namespace dmad::ui
