// Pixel rules, undo history, file round trips and the heatmap contour, without any widget.
#include "engine/heatmap_style.h"
#include "ui/canvas/heatmap_overlay.h"
#include "ui/canvas/mask_document.h"
#include "ui/canvas/mask_raster.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace dmad::ui;

namespace {

QImage blank(int w, int h) {
    QImage labels(w, h, QImage::Format_Grayscale8);
    labels.fill(0);
    return labels;
}

int label(const QImage& labels, int x, int y) {
    return labels.constScanLine(y)[x];
}

int countNonZero(const QImage& labels) {
    int count = 0;
    for (int y = 0; y < labels.height(); ++y)
        for (int x = 0; x < labels.width(); ++x) count += label(labels, x, y) != 0 ? 1 : 0;
    return count;
}

}  // namespace

class MaskDocumentTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brushCentreSnapsOddToCentresEvenToCorners() {
        QCOMPARE(raster::brushCentre(QPointF(10.9, 3.1), 1), QPointF(10.5, 3.5));
        QCOMPARE(raster::brushCentre(QPointF(10.9, 3.1), 3), QPointF(10.5, 3.5));
        QCOMPARE(raster::brushCentre(QPointF(10.9, 3.1), 2), QPointF(11.0, 3.0));
    }

    void discOfSizeFiveIsRoundedSquare() {
        QImage labels = blank(16, 16);
        const QRect rect = raster::stampSegment(labels, QPointF(8.5, 8.5), QPointF(8.5, 8.5), 5, 4);
        QCOMPARE(rect, QRect(6, 6, 5, 5));
        // Radius 2.5: offsets (2, 1) lie at 2.24 (in), (2, 2) at 2.83 (out): 25 - 4 corners.
        QCOMPARE(countNonZero(labels), 21);
        QCOMPARE(label(labels, 6, 6), 0);
        QCOMPARE(label(labels, 6, 7), 4);
        QCOMPARE(label(labels, 8, 8), 4);
    }

    void evenBrushCoversSquareAroundCorner() {
        QImage labels = blank(8, 8);
        raster::stampSegment(labels, QPointF(4, 4), QPointF(4, 4), 2, 1);
        QCOMPARE(countNonZero(labels), 4);
        QCOMPARE(label(labels, 3, 3), 1);
        QCOMPARE(label(labels, 4, 4), 1);
    }

    void triangleFillsPixelsWithCentresInside() {
        QImage labels = blank(16, 16);
        raster::fillPolygon(labels, QPolygonF({{0, 0}, {8, 0}, {0, 8}}), 2);
        // Centre (x + .5, y + .5) inside x + y < 8 (edge excluded): x + y <= 6, 7 + 6 + ... + 1 = 28.
        QCOMPARE(countNonZero(labels), 28);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x) QCOMPARE(label(labels, x, y), x + y <= 6 ? 2 : 0);
    }

    void selfCrossingLassoFillsBothLoops() {
        QImage labels = blank(20, 10);
        // A bow tie: both triangles are enclosed (non-zero winding).
        raster::fillPolygon(labels, QPolygonF({{0, 0}, {20, 10}, {20, 0}, {0, 10}}), 1);
        QCOMPARE(label(labels, 1, 5), 1);
        QCOMPARE(label(labels, 18, 5), 1);
        QCOMPARE(label(labels, 10, 1), 0);
        QCOMPARE(label(labels, 10, 8), 0);
    }

    void floodFillStopsAtColourEdgeWithinTolerance() {
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(qRgb(100, 100, 100));
        for (int y = 2; y < 6; ++y)
            for (int x = 2; x < 7; ++x) image.setPixel(x, y, qRgb(200, 50 + (x + y) % 3, 50));  // a noisy red block
        image.setPixel(4, 4, qRgb(0, 0, 255));                                                  // a hole in it
        QImage labels = blank(10, 10);
        const QRect rect = raster::floodFill(labels, image, QPoint(3, 3), 5, 9);
        QCOMPARE(rect, QRect(2, 2, 5, 4));
        QCOMPARE(countNonZero(labels), 5 * 4 - 1);
        QCOMPARE(label(labels, 4, 4), 0);
        QCOMPARE(label(labels, 2, 2), 9);
        QCOMPARE(label(labels, 1, 2), 0);
    }

    void strokeIsOneUndoStep() {
        MaskDocument document;
        document.reset(QSize(32, 32));
        QSignalSpy dirty(&document, &MaskDocument::dirtyChanged);
        document.beginStroke(3);
        document.strokeSegment(QPointF(5.5, 5.5), QPointF(10.5, 5.5), 1);
        document.strokeSegment(QPointF(10.5, 5.5), QPointF(10.5, 8.5), 1);
        document.endStroke(QStringLiteral("stroke"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(countNonZero(document.labels()), 6 + 3);
        QVERIFY(document.isDirty());
        QCOMPARE(dirty.count(), 1);
        document.undoStack()->undo();
        QCOMPARE(countNonZero(document.labels()), 0);
        QVERIFY(!document.isDirty());
        document.undoStack()->redo();
        QCOMPARE(countNonZero(document.labels()), 9);
        QCOMPARE(document.labelAt(QPoint(10, 8)), 3);
    }

    void editThatChangesNothingPushesNothing() {
        MaskDocument document;
        document.reset(QSize(8, 8));
        document.clear();
        document.fillPolygon(QPolygonF({{0, 0}, {0.2, 0}, {0, 0.2}}), 1, QStringLiteral("tiny"));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isDirty());
    }

    void saveLoadRoundTripIsPixelExact() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MaskDocument document;
        document.reset(QSize(40, 30));
        QImage labels = blank(40, 30);
        for (int y = 0; y < 30; ++y)
            for (int x = 0; x < 40; ++x)
                labels.scanLine(y)[x] = static_cast<uchar>(((x * 7 + y * 13) % 5 == 0) ? (x % 3 ? 3 : 255) : 0);
        QVERIFY(document.setLabels(labels));
        document.fillPolygon(QPolygonF({{1, 1}, {9, 1}, {9, 9}}), 7, QStringLiteral("fill"));
        QVERIFY(document.isDirty());
        const QString path = dir.filePath(QStringLiteral("mask.png"));
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        QVERIFY(!document.isDirty());
        QCOMPARE(QImageReader(path).read().format(), QImage::Format_Grayscale8);

        MaskDocument reloaded;
        reloaded.reset(QSize(40, 30));
        QVERIFY2(reloaded.load(path, &error), qPrintable(error));
        QCOMPARE(reloaded.labels(), document.labels());
        QVERIFY(!reloaded.isDirty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("mask.png")});
    }

    void binaryExportIsZeroOr255() {
        QTemporaryDir dir;
        MaskDocument document;
        document.reset(QSize(8, 8));
        document.fillPolygon(QPolygonF({{0, 0}, {4, 0}, {4, 4}, {0, 4}}), 3, QString());
        document.fillPolygon(QPolygonF({{4, 4}, {8, 4}, {8, 8}, {4, 8}}), 5, QString());
        const QString path = dir.filePath(QStringLiteral("binary.png"));
        QVERIFY(document.exportBinary(path));
        const QImage binary = QImage(path).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(label(binary, 0, 0), 255);
        QCOMPARE(label(binary, 7, 7), 255);
        QCOMPARE(label(binary, 7, 0), 0);
        QCOMPARE(countNonZero(binary), 32);
        const QImage onlyFive = MaskDocument::toBinary(document.labels(), 5);
        QCOMPARE(countNonZero(onlyFive), 16);
        QCOMPARE(label(onlyFive, 0, 0), 0);
    }

    void failedSaveLeavesNoFileAndKeepsTheOldOne() {
        QTemporaryDir dir;
        MaskDocument document;
        document.reset(QSize(8, 8));
        document.fillPolygon(QPolygonF({{0, 0}, {4, 0}, {4, 4}}), 3, QString());
        QString error;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/mask.png"));
        QVERIFY(!document.save(missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(missing));
        QVERIFY(document.isDirty());
        // A folder where the file should go: the write fails, nothing is created next to it.
        const QString blocked = dir.filePath(QStringLiteral("blocked.png"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("blocked.png")));
        error.clear();
        QVERIFY(!document.save(blocked, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void wrongSizeOrUnreadableMaskIsRefused() {
        QTemporaryDir dir;
        MaskDocument small;
        small.reset(QSize(32, 32));
        const QString path = dir.filePath(QStringLiteral("small.png"));
        QVERIFY(small.save(path));

        MaskDocument document;
        document.reset(QSize(64, 64));
        document.fillPolygon(QPolygonF({{0, 0}, {4, 0}, {4, 4}}), 3, QString());
        const QImage before = document.labels();
        QString error;
        QVERIFY(!document.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("32 x 32")) && error.contains(QStringLiteral("64 x 64")),
                                                                             qPrintable(error));
        QCOMPARE(document.labels(), before);
        QCOMPARE(document.undoStack()->count(), 1);

        const QString garbage = dir.filePath(QStringLiteral("garbage.png"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a png");
        file.close();
        error.clear();
        QVERIFY(!document.load(garbage, &error));
        QVERIFY(error.contains(garbage));
        QVERIFY(!document.load(dir.filePath(QStringLiteral("missing.png")), &error));
        QCOMPARE(document.labels(), before);

        QVERIFY(!document.setLabels(blank(10, 10), &error));
        QCOMPARE(document.labels(), before);
    }

    void binaryMaskLoadsAsUnspecifiedDefect() {
        QTemporaryDir dir;
        QImage binary = blank(16, 16);
        binary.scanLine(3)[4] = 255;
        const QString path = dir.filePath(QStringLiteral("gt.png"));
        QVERIFY(binary.save(path));
        MaskDocument document;
        document.reset(QSize(16, 16));
        QVERIFY(document.load(path));
        QCOMPARE(document.labelAt(QPoint(4, 3)), 255);
        QCOMPARE(countNonZero(document.labels()), 1);
    }

    // Issue #11: one colour map and one contour routine (core's) for the canvas, thumbnails and `dmad score`.
    void theOverlayUsesCoresColoursAndContour() {
        const QSize size(6, 5);
        std::vector<float> values(30);
        for (size_t k = 0; k < values.size(); ++k) values[k] = float(k % 6) / 5.0f;
        HeatmapOverlay overlay;
        QVERIFY(overlay.setMap(values, size, 0.0f, 1.0f));
        for (int x = 0; x < 6; ++x) {
            const dmad::Rgb8 expected = dmad::heatmapColour(values[size_t(x)]);
            QCOMPARE(overlay.colored().pixel(x, 0), qRgb(expected.r, expected.g, expected.b));
        }
        overlay.setThreshold(0.5);
        const std::vector<dmad::ContourSegment> core = dmad::heatmapContour(values.data(), 6, 5, 0.5);
        QCOMPARE(overlay.contour().size(), qsizetype(core.size()));
        for (size_t k = 0; k < core.size(); ++k)
            QCOMPARE(overlay.contour().at(qsizetype(k)), QLineF(core[k].x1, core[k].y1, core[k].x2, core[k].y2));
    }

    void heatmapColoursAndContour() {
        QCOMPARE(qBlue(HeatmapOverlay::jet(0.0)), 128);
        QCOMPARE(qRed(HeatmapOverlay::jet(0.0)), 0);
        QCOMPARE(qRed(HeatmapOverlay::jet(1.0)), 128);
        QCOMPARE(qGreen(HeatmapOverlay::jet(0.5)), 255);

        // A 3 x 2 block of 1s in a 8 x 6 map of 0s, threshold 0.5: the outline runs halfway
        // between the block's samples and their neighbours, i.e. along the block's pixel edges.
        std::vector<float> values(8 * 6, 0.0f);
        for (int y = 2; y < 4; ++y)
            for (int x = 3; x < 6; ++x) values[y * 8 + x] = 1.0f;
        HeatmapOverlay overlay;
        QString error;
        QVERIFY2(overlay.setMap(values, QSize(8, 6), 0.0f, 1.0f, &error), qPrintable(error));
        QCOMPARE(overlay.colored().size(), QSize(8, 6));
        overlay.setThreshold(0.5);
        QVERIFY(!overlay.contour().isEmpty());
        double length = 0.0;
        for (const QLineF& line : overlay.contour()) {
            length += line.length();
            for (const QPointF& p : {line.p1(), line.p2()}) {
                QVERIFY(p.x() >= 3.0 - 1e-9 && p.x() <= 6.0 + 1e-9);
                QVERIFY(p.y() >= 2.0 - 1e-9 && p.y() <= 4.0 + 1e-9);
            }
        }
        // The outline through the edge midpoints cuts the corners: 2 * (2 + 1) + 4 * sqrt(0.5).
        QVERIFY(std::abs(length - (6.0 + 4.0 * std::sqrt(0.5))) < 1e-6);

        // A region touching the border is closed along it.
        std::fill(values.begin(), values.end(), 1.0f);
        QVERIFY(overlay.setMap(values, QSize(8, 6), 0.0f, 1.0f));
        double borderLength = 0.0;
        for (const QLineF& line : overlay.contour()) borderLength += line.length();
        // Along the border from the first to the last sample centre, corners cut: 2 * (7 + 5) + 4 * sqrt(0.5).
        QVERIFY(std::abs(borderLength - (24.0 + 4.0 * std::sqrt(0.5))) < 1e-6);

        QVERIFY(!overlay.setMap(std::vector<float>(5), QSize(8, 6), 0.0f, 1.0f, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(overlay.mapSize(), QSize(8, 6));
    }
};

QTEST_GUILESS_MAIN(MaskDocumentTest)
#include "test_mask_document.moc"
