#include "ui/canvas/image_view.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace dmad::ui {
namespace {

constexpr double kZoomStep = 1.25;
constexpr int kWheelNotch = 120;

QImage displayable(const QImage& image) {
    if (image.isNull()) return {};
    if (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied) return image;
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
}

}  // namespace

ImageView::ImageView(QWidget* parent) : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Dark);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);

    m_zoomInAction = makeAction(tr("Zoom &In"), QKeySequence::ZoomIn, &ImageView::zoomIn);
    m_zoomOutAction = makeAction(tr("Zoom &Out"), QKeySequence::ZoomOut, &ImageView::zoomOut);
    m_fitAction = makeAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), &ImageView::fitToWindow);
    m_actualSizeAction =
        makeAction(tr("&Actual Size (100%)"), QKeySequence(Qt::CTRL | Qt::Key_1), &ImageView::actualSize);
}

ImageView::~ImageView() = default;

QAction* ImageView::makeAction(const QString& text, const QKeySequence& shortcut, void (ImageView::*slot)()) {
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void ImageView::setImage(const QImage& image) {
    m_image = displayable(image);
    if (m_fitting) {
        fitToWindow();
    } else {
        updateScrollBars();
        viewport()->update();
    }
}

QPoint ImageView::origin() const {
    const QSize scaled = scaledImageSize();
    const QSize area = viewport()->size();
    const int x =
        scaled.width() <= area.width() ? (area.width() - scaled.width()) / 2 : -horizontalScrollBar()->value();
    const int y =
        scaled.height() <= area.height() ? (area.height() - scaled.height()) / 2 : -verticalScrollBar()->value();
    return {x, y};
}

QSize ImageView::scaledImageSize() const {
    return {static_cast<int>(std::ceil(m_image.width() * m_zoom)),
            static_cast<int>(std::ceil(m_image.height() * m_zoom))};
}

QPointF ImageView::viewportToImage(QPointF viewportPos) const {
    return (viewportPos - QPointF(origin())) / m_zoom;
}

QPointF ImageView::imageToViewport(QPointF imagePos) const {
    return imagePos * m_zoom + QPointF(origin());
}

QRectF ImageView::imageToViewport(const QRectF& imageRect) const {
    return {imageToViewport(imageRect.topLeft()), imageRect.size() * m_zoom};
}

QPoint ImageView::pixelCentreInViewport(QPoint imagePixel) const {
    const QPointF centre = imageToViewport(QPointF(imagePixel) + QPointF(0.5, 0.5));
    return {static_cast<int>(std::floor(centre.x())), static_cast<int>(std::floor(centre.y()))};
}

void ImageView::updateScrollBars() {
    const QSize scaled = scaledImageSize();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, scaled.width() - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, std::max(0, scaled.height() - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

double ImageView::fitZoom() const {
    if (m_image.isNull()) return 1.0;
    const QSize area = maximumViewportSize();
    const double zoom = std::min(static_cast<double>(area.width()) / m_image.width(),
                                 static_cast<double>(area.height()) / m_image.height());
    return std::clamp(zoom, kMinZoom, kMaxZoom);
}

void ImageView::zoomAt(double zoom, QPointF viewportAnchor) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF anchoredImagePoint = viewportToImage(viewportAnchor);
    const bool changed = zoom != m_zoom;
    m_zoom = zoom;
    m_fitting = false;
    updateScrollBars();
    horizontalScrollBar()->setValue(
        static_cast<int>(std::lround(anchoredImagePoint.x() * m_zoom - viewportAnchor.x())));
    verticalScrollBar()->setValue(static_cast<int>(std::lround(anchoredImagePoint.y() * m_zoom - viewportAnchor.y())));
    viewport()->update();
    if (changed) Q_EMIT zoomChanged(m_zoom);
}

void ImageView::setZoom(double zoom) {
    zoomAt(zoom, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
}

void ImageView::zoomIn() {
    setZoom(m_zoom * kZoomStep);
}

void ImageView::zoomOut() {
    setZoom(m_zoom / kZoomStep);
}

void ImageView::fitToWindow() {
    const double zoom = fitZoom();
    const bool changed = zoom != m_zoom;
    m_zoom = zoom;
    m_fitting = true;
    updateScrollBars();
    viewport()->update();
    if (changed) Q_EMIT zoomChanged(m_zoom);
}

void ImageView::actualSize() {
    setZoom(1.0);
}

void ImageView::updateImageRect(const QRectF& imageRect) {
    viewport()->update(imageToViewport(imageRect).toAlignedRect().adjusted(-1, -1, 1, 1));
}

void ImageView::setToolCursor(const QCursor& cursor) {
    m_toolCursor = cursor;
    if (!m_panning && !m_spaceHeld) viewport()->setCursor(cursor);
}

void ImageView::paintImageLayers(QPainter&, const QRectF&) {}
void ImageView::paintViewportLayers(QPainter&) {}
void ImageView::imageMousePress(QMouseEvent* event, QPointF) {
    event->ignore();
}
void ImageView::imageMouseMove(QMouseEvent* event, QPointF) {
    event->ignore();
}
void ImageView::imageMouseRelease(QMouseEvent* event, QPointF) {
    event->ignore();
}
void ImageView::imageMouseDoubleClick(QMouseEvent* event, QPointF) {
    event->ignore();
}

void ImageView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (m_image.isNull()) return;
    const QPoint topLeft = origin();
    const QTransform toViewport = QTransform::fromTranslate(topLeft.x(), topLeft.y()).scale(m_zoom, m_zoom);
    // Only the exposed pixels are drawn: a brush dab repaints a few squares, not the whole image.
    const QRect source =
        toViewport.inverted().mapRect(QRectF(event->rect())).toAlignedRect().intersected(m_image.rect());
    if (!source.isEmpty()) {
        painter.setTransform(toViewport);
        // Below 100% neighbouring pixels are averaged to avoid shimmer; above it pixels stay crisp squares.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
        painter.drawImage(QRectF(source), m_image, source);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        paintImageLayers(painter, QRectF(source));
        painter.resetTransform();
    }
    paintViewportLayers(painter);
}

void ImageView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting)
        fitToWindow();
    else
        updateScrollBars();
}

void ImageView::scrollContentsBy(int, int) {
    viewport()->update();
}

void ImageView::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    zoomAt(m_zoom * std::pow(kZoomStep, static_cast<double>(delta) / kWheelNotch), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event) {
    const bool panButton = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (panButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (!m_image.isNull()) imageMousePress(event, viewportToImage(event->position()));
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF imagePos = viewportToImage(event->position());
    const QPoint pixel(static_cast<int>(std::floor(imagePos.x())), static_cast<int>(std::floor(imagePos.y())));
    if (pixel != m_lastCursorPixel || !m_cursorInside) {
        m_lastCursorPixel = pixel;
        m_cursorInside = true;
        Q_EMIT cursorMoved(pixel);
    }
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (!m_image.isNull()) imageMouseMove(event, imagePos);
}

void ImageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? QCursor(Qt::OpenHandCursor) : m_toolCursor);
        event->accept();
        return;
    }
    if (!m_image.isNull()) imageMouseRelease(event, viewportToImage(event->position()));
}

void ImageView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (m_panning || event->button() != Qt::LeftButton || m_image.isNull()) {
        event->ignore();
        return;
    }
    imageMouseDoubleClick(event, viewportToImage(event->position()));
}

void ImageView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ImageView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            if (!m_panning) viewport()->setCursor(m_toolCursor);
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::keyReleaseEvent(event);
}

bool ImageView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Leave) {
        m_cursorInside = false;
        viewportLeft();
        Q_EMIT cursorLeft();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ImageView::viewportLeft() {}

void ImageView::focusOutEvent(QFocusEvent* event) {
    if (m_spaceHeld && !m_panning) viewport()->setCursor(m_toolCursor);
    m_spaceHeld = false;
    QAbstractScrollArea::focusOutEvent(event);
}

}  // namespace dmad::ui
