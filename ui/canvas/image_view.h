// A view that shows one image zoomed and panned, pixel-exact: at any zoom each image pixel is a crisp square.
#pragma once

#include <QAbstractScrollArea>
#include <QCursor>
#include <QImage>
#include <QPoint>

class QAction;

namespace dmad::ui {

// Zoom: wheel (around the cursor), zoomIn/zoomOut/fitToWindow/actualSize and their actions
// (Ctrl++, Ctrl+-, Ctrl+0 fit, Ctrl+1 100%). Pan: middle-button drag, Space + left drag, scrollbars.
// The image's top-left pixel sits at an integer viewport position, so image and any layer drawn
// through paintImageLayers() share exactly the same pixel grid. Subclasses draw layers and get
// the mouse events that panning does not consume, with the image position attached.
class ImageView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 1.0 / 32.0;
    static constexpr double kMaxZoom = 64.0;

    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    // Shows `image`. A view that is fitting the window fits the new image; otherwise the zoom is kept.
    virtual void setImage(const QImage& image);
    // The image as drawn (Format_RGB32 or Format_ARGB32_Premultiplied).
    const QImage& image() const { return m_image; }
    QSize imageSize() const { return m_image.size(); }

    // Screen pixels per image pixel.
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fitting; }

    // Image coordinates: (0, 0) is the top-left corner of pixel (0, 0); pixel (x, y) spans [x, x+1).
    QPointF viewportToImage(QPointF viewportPos) const;
    QPointF imageToViewport(QPointF imagePos) const;
    QRectF imageToViewport(const QRectF& imageRect) const;
    // The viewport position of the centre of image pixel p (what a test clicks to hit that pixel).
    QPoint pixelCentreInViewport(QPoint imagePixel) const;

    QAction* zoomInAction() const { return m_zoomInAction; }
    QAction* zoomOutAction() const { return m_zoomOutAction; }
    QAction* fitAction() const { return m_fitAction; }
    QAction* actualSizeAction() const { return m_actualSizeAction; }

public Q_SLOTS:
    // Zooms keeping the image point under `viewportAnchor` where it is.
    void zoomAt(double zoom, QPointF viewportAnchor);
    // Zooms around the viewport centre.
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

Q_SIGNALS:
    void zoomChanged(double zoom);
    // The image pixel under the cursor changed (it may lie outside the image).
    void cursorMoved(const QPoint& imagePixel);
    void cursorLeft();

protected:
    // Layers over the image, with `painter` in image coordinates (one unit = one image pixel);
    // `exposed` is the part of the image being repainted.
    virtual void paintImageLayers(QPainter& painter, const QRectF& exposed);
    // Drawn last, in viewport coordinates (cursor outlines, previews).
    virtual void paintViewportLayers(QPainter& painter);
    // Mouse events that panning did not take, with the position in image coordinates.
    virtual void imageMousePress(QMouseEvent* event, QPointF imagePos);
    virtual void imageMouseMove(QMouseEvent* event, QPointF imagePos);
    virtual void imageMouseRelease(QMouseEvent* event, QPointF imagePos);
    virtual void imageMouseDoubleClick(QMouseEvent* event, QPointF imagePos);
    // The cursor left the viewport.
    virtual void viewportLeft();
    // Schedules a repaint of the viewport area covering `imageRect` (image coordinates).
    void updateImageRect(const QRectF& imageRect);
    bool isPanning() const { return m_panning; }
    // The viewport cursor while not panning.
    void setToolCursor(const QCursor& cursor);

    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QPoint origin() const;
    QSize scaledImageSize() const;
    void updateScrollBars();
    double fitZoom() const;
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, void (ImageView::*slot)());

    QImage m_image;
    double m_zoom = 1.0;
    bool m_fitting = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QCursor m_toolCursor;
    QPoint m_lastCursorPixel{-1, -1};
    bool m_cursorInside = false;
    QAction* m_zoomInAction;
    QAction* m_zoomOutAction;
    QAction* m_fitAction;
    QAction* m_actualSizeAction;
};

}  // namespace dmad::ui
