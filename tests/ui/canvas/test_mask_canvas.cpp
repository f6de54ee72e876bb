// The mask canvas driven like a user would: mouse strokes, tool and undo shortcuts, zoom, and what it paints.
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/canvas/tool_panel.h"

#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QSlider>
#include <QUndoStack>
#include <QtTest>

using namespace dmad::ui;

namespace {

constexpr int kSide = 64;
constexpr double kZoom = 4.0;
constexpr int kType = 3;

QImage testImage() {
    QImage image(kSide, kSide, QImage::Format_RGB32);
    image.fill(qRgb(90, 90, 90));
    // A red block for the flood fill: x 5..14, y 40..49, slightly noisy, with one blue hole.
    for (int y = 40; y < 50; ++y)
        for (int x = 5; x < 15; ++x) image.setPixel(x, y, qRgb(200, 40 + (x * 3 + y) % 5, 40));
    image.setPixel(9, 44, qRgb(0, 0, 255));
    return image;
}

QImage blankLabels() {
    QImage labels(kSide, kSide, QImage::Format_Grayscale8);
    labels.fill(0);
    return labels;
}

void fillRect(QImage& labels, const QRect& rect, int value) {
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) labels.scanLine(y)[x] = static_cast<uchar>(value);
}

// Lists the first few differing pixels, so a failure says where.
QString differences(const QImage& actual, const QImage& expected) {
    QStringList out;
    for (int y = 0; y < actual.height() && out.size() < 8; ++y)
        for (int x = 0; x < actual.width() && out.size() < 8; ++x)
            if (actual.constScanLine(y)[x] != expected.constScanLine(y)[x])
                out << QStringLiteral("(%1,%2)=%3 want %4")
                                          .arg(x)
                                          .arg(y)
                                          .arg(actual.constScanLine(y)[x])
                                          .arg(expected.constScanLine(y)[x]);
    return out.join(QLatin1Char(' '));
}

#define COMPARE_LABELS(actual, expected) QVERIFY2((actual) == (expected), qPrintable(differences(actual, expected)))

}  // namespace

class MaskCanvasTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MaskCanvas> m_canvas;

    QWidget* viewport() const { return m_canvas->viewport(); }
    QPoint at(int x, int y) const { return m_canvas->pixelCentreInViewport(QPoint(x, y)); }
    const QImage& labels() const { return m_canvas->document()->labels(); }

    void drag(const QVector<QPoint>& pixels) {
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, at(pixels.first().x(), pixels.first().y()));
        for (int i = 1; i < pixels.size(); ++i) QTest::mouseMove(viewport(), at(pixels[i].x(), pixels[i].y()));
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, at(pixels.last().x(), pixels.last().y()));
    }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(m_canvas.get(), k, modifiers);
    }

private Q_SLOTS:
    void init() {
        m_canvas = std::make_unique<MaskCanvas>();
        m_canvas->resize(400, 400);
        m_canvas->setImage(testImage());
        m_canvas->setDefectTypes(
            {{kType, QStringLiteral("scratch"), QColor(255, 0, 0)}, {5, QStringLiteral("dent"), QColor(0, 255, 0)}});
        m_canvas->setCurrentDefectType(kType);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->activateWindow();
        m_canvas->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_canvas.get()));
        m_canvas->setZoom(kZoom);
        QCOMPARE(m_canvas->zoom(), kZoom);
        QCOMPARE(m_canvas->viewportToImage(QPointF(at(10, 10))), QPointF(10.5, 10.5));
    }

    void cleanup() { m_canvas.reset(); }

    void brushStrokePaintsExactlyTheCapsule() {
        QSignalSpy changed(m_canvas.get(), &MaskCanvas::maskChanged);
        m_canvas->setBrushSize(3);
        drag({{10, 10}, {15, 10}, {20, 10}});
        // Radius 1.5 around the segment (10.5, 10.5)-(20.5, 10.5): diagonal neighbours of the ends
        // lie at 1.41 (inside), pixels two away at 2 (outside): exactly x 9..21, y 9..11.
        QImage expected = blankLabels();
        fillRect(expected, QRect(QPoint(9, 9), QPoint(21, 11)), kType);
        COMPARE_LABELS(labels(), expected);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_canvas->document()->undoStack()->count(), 1);
        QVERIFY(m_canvas->document()->isDirty());
    }

    void eraserClearsUnderItsPath() {
        m_canvas->setBrushSize(3);
        drag({{10, 10}, {20, 10}});
        key(Qt::Key_E);
        QCOMPARE(m_canvas->tool(), MaskTool::Eraser);
        m_canvas->setBrushSize(1);
        drag({{12, 9}, {12, 11}});
        QImage expected = blankLabels();
        fillRect(expected, QRect(QPoint(9, 9), QPoint(21, 11)), kType);
        fillRect(expected, QRect(QPoint(12, 9), QPoint(12, 11)), 0);
        COMPARE_LABELS(labels(), expected);
        QCOMPARE(m_canvas->document()->undoStack()->count(), 2);
    }

    void bracketsChangeBrushSize() {
        m_canvas->setBrushSize(9);
        QSignalSpy sizes(m_canvas.get(), &MaskCanvas::brushSizeChanged);
        key(Qt::Key_BracketRight);
        QCOMPARE(m_canvas->brushSize(), 10);
        key(Qt::Key_BracketLeft);
        key(Qt::Key_BracketLeft);
        QCOMPARE(m_canvas->brushSize(), 8);
        QCOMPARE(sizes.count(), 3);
        m_canvas->setBrushSize(1);
        key(Qt::Key_BracketLeft);
        QCOMPARE(m_canvas->brushSize(), 1);
    }

    void undoRedoKeysRestorePixelsExactly() {
        m_canvas->setBrushSize(1);
        drag({{2, 2}, {6, 2}});
        const QImage afterFirst = labels();
        m_canvas->setBrushSize(5);
        drag({{4, 4}, {4, 20}});
        const QImage afterSecond = labels();
        QVERIFY(afterSecond != afterFirst);

        key(Qt::Key_Z, Qt::ControlModifier);
        COMPARE_LABELS(labels(), afterFirst);
        key(Qt::Key_Z, Qt::ControlModifier);
        COMPARE_LABELS(labels(), blankLabels());
        QVERIFY(!m_canvas->document()->isDirty());
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        COMPARE_LABELS(labels(), afterFirst);
        key(Qt::Key_Y, Qt::ControlModifier);
        COMPARE_LABELS(labels(), afterSecond);
        QVERIFY(!m_canvas->redoAction()->isEnabled());
    }

    void polygonClicksAndEnterFillCorners() {
        key(Qt::Key_P);
        QCOMPARE(m_canvas->tool(), MaskTool::Polygon);
        for (const QPoint& corner : {QPoint(20, 20), QPoint(30, 20), QPoint(30, 30), QPoint(20, 30)})
            QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(corner.x(), corner.y()));
        COMPARE_LABELS(labels(), blankLabels());  // nothing until the polygon is closed
        key(Qt::Key_Return);
        // Corners at pixel centres 20.5 .. 30.5: pixel centres in [20.5, 30.5) are x, y 20..29.
        QImage expected = blankLabels();
        fillRect(expected, QRect(QPoint(20, 20), QPoint(29, 29)), kType);
        COMPARE_LABELS(labels(), expected);
        QCOMPARE(m_canvas->document()->undoStack()->count(), 1);
    }

    void polygonClosesOnDoubleClickAndEscapeCancels() {
        m_canvas->setTool(MaskTool::Polygon);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(1, 1));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(9, 1));
        key(Qt::Key_Escape);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(0, 0));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(8, 0));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(0, 8));
        QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(0, 8));
        // Triangle (.5,.5) (8.5,.5) (.5,8.5): centres with x + y < 8, edge excluded: x + y <= 7.
        QImage expected = blankLabels();
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x + y <= 7; ++x) expected.scanLine(y)[x] = kType;
        COMPARE_LABELS(labels(), expected);
    }

    void lassoFillsEnclosedArea() {
        key(Qt::Key_L);
        QCOMPARE(m_canvas->tool(), MaskTool::Lasso);
        m_canvas->setCurrentDefectType(5);
        drag({{40, 40}, {45, 40}, {50, 40}, {50, 50}, {40, 50}});
        QImage expected = blankLabels();
        fillRect(expected, QRect(QPoint(40, 40), QPoint(49, 49)), 5);
        COMPARE_LABELS(labels(), expected);
        QCOMPARE(m_canvas->document()->undoStack()->count(), 1);
    }

    void floodFillTakesTheImageColourRegion() {
        key(Qt::Key_F);
        QCOMPARE(m_canvas->tool(), MaskTool::FloodFill);
        m_canvas->setFloodTolerance(10);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(7, 42));
        QImage expected = blankLabels();
        fillRect(expected, QRect(QPoint(5, 40), QPoint(14, 49)), kType);
        expected.scanLine(44)[9] = 0;  // the blue hole is a different colour
        COMPARE_LABELS(labels(), expected);
    }

    void clearThenUndo() {
        m_canvas->setBrushSize(7);
        drag({{30, 30}, {40, 35}});
        const QImage painted = labels();
        m_canvas->clearAction()->trigger();
        COMPARE_LABELS(labels(), blankLabels());
        key(Qt::Key_Z, Qt::ControlModifier);
        COMPARE_LABELS(labels(), painted);
    }

    void panningDoesNotPaint() {
        m_canvas->setZoom(16.0);  // 1024 x 1024 screen pixels: scrollable
        const int before = m_canvas->horizontalScrollBar()->value();
        QTest::mousePress(viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(200, 200));
        QTest::mouseMove(viewport(), QPoint(150, 180));
        QTest::mouseRelease(viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(150, 180));
        QCOMPARE(m_canvas->horizontalScrollBar()->value(), before + 50);
        COMPARE_LABELS(labels(), blankLabels());
    }

    void wheelZoomKeepsPointUnderCursor() {
        m_canvas->setZoom(8.0);  // larger than the viewport, so the view can keep the point in place
        const QPoint cursor = at(20, 30);
        const QPointF imagePoint = m_canvas->viewportToImage(QPointF(cursor));
        QSignalSpy zooms(m_canvas.get(), &ImageView::zoomChanged);
        QWheelEvent wheel(QPointF(cursor), QPointF(viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &wheel);
        QCOMPARE(zooms.count(), 1);
        QCOMPARE(m_canvas->zoom(), 10.0);
        const QPointF after = m_canvas->viewportToImage(QPointF(cursor));
        QVERIFY(std::abs(after.x() - imagePoint.x()) < 1.0 && std::abs(after.y() - imagePoint.y()) < 1.0);
        m_canvas->fitAction()->trigger();
        QVERIFY(m_canvas->isFitting());
    }

    void maskPixelsAreCrispSquaresOnImagePixels() {
        m_canvas->setMaskOpacity(1.0);
        m_canvas->setBrushSize(1);
        drag({{10, 10}});
        m_canvas->setTool(MaskTool::Polygon);  // no brush outline in the picture
        const QImage shot = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPoint topLeft = m_canvas->imageToViewport(QPointF(10, 10)).toPoint();
        for (int dy = -1; dy <= 4; ++dy) {
            for (int dx = -1; dx <= 4; ++dx) {
                const bool inside = dx >= 0 && dx < 4 && dy >= 0 && dy < 4;
                const QRgb want = inside ? qRgb(255, 0, 0) : qRgb(90, 90, 90);
                QCOMPARE(shot.pixel(topLeft + QPoint(dx, dy)), want);
            }
        }
    }

    void heatmapAndContourAreDrawn() {
        std::vector<float> map(16 * 16, 0.0f);
        for (int y = 4; y < 8; ++y)
            for (int x = 4; x < 8; ++x) map[y * 16 + x] = 1.0f;
        QSignalSpy heatmaps(m_canvas.get(), &MaskCanvas::heatmapChanged);
        QVERIFY(m_canvas->setHeatmap(map, QSize(16, 16), 0.0f, 1.0f));
        QCOMPARE(heatmaps.count(), 1);
        m_canvas->setHeatmapOpacity(1.0);
        m_canvas->setHeatmapThreshold(0.5);
        m_canvas->setTool(MaskTool::Polygon);
        const QImage shot = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // Map pixel (1, 1) covers image pixels 4..7: value 0 -> dark blue; (5, 5) covers 20..23 -> dark red.
        const QRgb low = shot.pixel(m_canvas->pixelCentreInViewport(QPoint(5, 5)));
        const QRgb high = shot.pixel(m_canvas->pixelCentreInViewport(QPoint(22, 22)));
        QVERIFY2(qBlue(low) > 100 && qRed(low) < 30, qPrintable(QString::number(low, 16)));
        QVERIFY2(qRed(high) > 100 && qBlue(high) < 30, qPrintable(QString::number(high, 16)));
        // The contour runs at map x = 4 (image x = 16) between rows 4.5 and 7.5: a white line there.
        const QPoint onContour = m_canvas->imageToViewport(QPointF(16.0, 24.0)).toPoint();
        const QRgb line = shot.pixel(onContour);
        QVERIFY2(qRed(line) > 180 && qGreen(line) > 180 && qBlue(line) > 180, qPrintable(QString::number(line, 16)));
        m_canvas->setHeatmapVisible(false);
        const QImage hidden = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(hidden.pixel(m_canvas->pixelCentreInViewport(QPoint(22, 22))), qRgb(90, 90, 90));
    }

    void readOnlyCanvasIgnoresTools() {
        m_canvas->setReadOnly(true);
        drag({{10, 10}, {20, 20}});
        COMPARE_LABELS(labels(), blankLabels());
    }

    void toolPanelFollowsCanvas() {
        ToolPanel panel(m_canvas.get());
        QCOMPARE(panel.defectTypeBox()->count(), 2);
        QCOMPARE(panel.defectTypeBox()->currentData().toInt(), kType);
        m_canvas->setCurrentDefectType(5);
        QCOMPARE(panel.defectTypeBox()->currentData().toInt(), 5);
        panel.brushSizeSlider()->setValue(17);
        QCOMPARE(m_canvas->brushSize(), 17);
        m_canvas->setBrushSize(4);
        QCOMPARE(panel.brushSizeSlider()->value(), 4);
        panel.maskOpacitySlider()->setValue(25);
        QCOMPARE(m_canvas->maskOpacity(), 0.25);
        QVERIFY(!panel.heatmapOpacitySlider()->isEnabled());
        QVERIFY(m_canvas->setHeatmap(std::vector<float>(4, 0.5f), QSize(2, 2), 0.0f, 1.0f));
        QVERIFY(panel.heatmapOpacitySlider()->isEnabled());
    }

    void newImageResetsMask() {
        drag({{10, 10}});
        QVERIFY(m_canvas->document()->hasDefectPixels());
        QImage other(32, 16, QImage::Format_Grayscale8);
        other.fill(50);
        m_canvas->setImage(other);
        QCOMPARE(m_canvas->document()->size(), QSize(32, 16));
        QVERIFY(!m_canvas->document()->hasDefectPixels());
        QVERIFY(!m_canvas->document()->isDirty());
        QVERIFY(!m_canvas->undoAction()->isEnabled());
    }
};

QTEST_MAIN(MaskCanvasTest)
#include "test_mask_canvas.moc"
