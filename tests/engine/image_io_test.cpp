// Reading images and masks, the config text round trip and the heatmap pictures (no torch).
#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/heatmap_render.h"
#include "engine/image_io.h"

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using dmad::EngineError;

namespace {

template <typename F>
EngineError::Kind kindOf(F&& f) {
    try {
        f();
    } catch (const EngineError& e) {
        return e.kind();
    }
    return EngineError::Kind::Io;  // "no error" is reported as a kind the tests never expect here
}

}  // namespace

class ImageIoTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void greyBecomesRgb() {
        cv::Mat grey(10, 12, CV_8U, cv::Scalar(77));
        QVERIFY(cv::imwrite(path("grey.png"), grey));
        const cv::Mat rgb = dmad::readImageRgb(path("grey.png"));
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.size(), cv::Size(12, 10));
        QCOMPARE(rgb.at<cv::Vec3b>(3, 3), cv::Vec3b(77, 77, 77));
    }
    void sixteenBitIsScaled() {
        cv::Mat deep(8, 8, CV_16UC3, cv::Scalar(65535, 0, 257 * 100));  // BGR
        QVERIFY(cv::imwrite(path("deep.png"), deep));
        const cv::Mat rgb = dmad::readImageRgb(path("deep.png"));
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.at<cv::Vec3b>(0, 0), cv::Vec3b(100, 0, 255));  // RGB order
    }
    void rgbaDropsAlpha() {
        cv::Mat bgra(5, 5, CV_8UC4, cv::Scalar(10, 20, 30, 0));
        QVERIFY(cv::imwrite(path("rgba.png"), bgra));
        const cv::Mat rgb = dmad::readImageRgb(path("rgba.png"));
        QCOMPARE(rgb.type(), CV_8UC3);
        QCOMPARE(rgb.at<cv::Vec3b>(2, 2), cv::Vec3b(30, 20, 10));
    }
    void unreadableFileNamesThePath() {
        const std::string bad = path("garbage.png");
        FILE* f = std::fopen(bad.c_str(), "wb");
        std::fputs("not an image at all", f);
        std::fclose(f);
        try {
            dmad::readImageRgb(bad);
            QFAIL("no error");
        } catch (const EngineError& e) {
            QCOMPARE(e.kind(), EngineError::Kind::ImageUnreadable);
            QVERIFY(std::string(e.what()).find("garbage.png") != std::string::npos);
        }
        QCOMPARE(kindOf([&] { dmad::readImageRgb(path("missing.png")); }), EngineError::Kind::ImageUnreadable);
        QCOMPARE(kindOf([&] { dmad::readFileBytes(path("missing.png")); }), EngineError::Kind::ImageUnreadable);
    }
    // One read and one decode give the bytes (the feature cache's key) and the pixels readImageRgb gives.
    void aDecodedImageIsReadAndDecodedOnce() {
        cv::Mat bgr(6, 9, CV_8UC3, cv::Scalar(1, 2, 3));
        QVERIFY(cv::imwrite(path("once.png"), bgr));
        const std::uint64_t before = dmad::imageDecodeCount();
        const dmad::DecodedImage image = dmad::readDecodedImage(path("once.png"));
        QCOMPARE(dmad::imageDecodeCount(), before + 1);
        QCOMPARE(image.path, path("once.png"));
        QVERIFY(image.bytes == dmad::readFileBytes(path("once.png")));
        QCOMPARE(image.rgb8.type(), CV_8UC3);
        QCOMPARE(image.rgb8.at<cv::Vec3b>(5, 8), cv::Vec3b(3, 2, 1));
        QCOMPARE(cv::norm(image.rgb8, dmad::readImageRgb(path("once.png")), cv::NORM_INF), 0.0);
        try {
            dmad::readDecodedImage(path("gone.png"));
            QFAIL("no error");
        } catch (const EngineError& e) {
            QCOMPARE(e.kind(), EngineError::Kind::ImageUnreadable);
            QVERIFY(std::string(e.what()).find("gone.png") != std::string::npos);
        }
    }
    void maskIsBinaryAndSizeChecked() {
        cv::Mat m(6, 7, CV_8UC3, cv::Scalar(0, 0, 0));
        m.at<cv::Vec3b>(1, 1) = cv::Vec3b(0, 3, 0);
        QVERIFY(cv::imwrite(path("mask.png"), m));
        const cv::Mat mask = dmad::readMask(path("mask.png"), cv::Size(7, 6));
        QCOMPARE(mask.type(), CV_8U);
        QCOMPARE(int(mask.at<uchar>(1, 1)), 255);
        QCOMPARE(cv::countNonZero(mask), 1);
        QCOMPARE(kindOf([&] { dmad::readMask(path("mask.png"), cv::Size(8, 6)); }), EngineError::Kind::MaskMismatch);
    }
    void configTextRoundTrip() {
        dmad::EngineConfig c;
        c.backbonePath = "/x/y.pt";
        c.banks.beta = 0.37;
        c.training.patchesPerImage = 77;
        c.training.attentionUnsupervised = dmad::AttentionMode::PerPatch;
        c.training.seed = 12345;
        c.scoring.sigmaAt256 = 3.25;
        const dmad::EngineConfig back = dmad::configFromText(dmad::configToText(c));
        QCOMPARE(dmad::configToText(back), dmad::configToText(c));
        QCOMPARE(back.banks.beta, 0.37);
        QCOMPARE(back.training.attentionUnsupervised, dmad::AttentionMode::PerPatch);
        QCOMPARE(kindOf([] { dmad::configFromText("banks.beta = abc\n"); }), EngineError::Kind::InvalidArgument);
        // The levels rule by name; 0 and 1 as models wrote it when it was a switch (1: the peak rule).
        c.features.autoLevels = dmad::AutoLevels::Median;
        QCOMPARE(dmad::configFromText(dmad::configToText(c)).features.autoLevels, dmad::AutoLevels::Median);
        QCOMPARE(dmad::configFromText("features.autoLevels = 1\n").features.autoLevels, dmad::AutoLevels::Peak);
        QCOMPARE(dmad::configFromText("features.autoLevels = 0\n").features.autoLevels, dmad::AutoLevels::Off);
        QCOMPARE(kindOf([] { dmad::configFromText("features.autoLevels = 2\n"); }), EngineError::Kind::InvalidArgument);
        // The unsupervised w; a model file written before it has none: -1, the one w for every setting.
        c.scoring.unsupervisedNormalDistanceWeight = 48;
        QCOMPARE(dmad::configFromText(dmad::configToText(c)).scoring.unsupervisedNormalDistanceWeight, 48.0);
        QCOMPARE(dmad::configFromText("scoring.normalDistanceWeight = 8\n").scoring.unsupervisedNormalDistanceWeight,
                 -1.0);
    }
    void heatmapColoursOverlayAndContour() {
        cv::Mat map(40, 50, CV_32F, cv::Scalar(0));
        cv::rectangle(map, cv::Rect(10, 10, 20, 15), cv::Scalar(2.0), cv::FILLED);
        const cv::Mat colours = dmad::colourAnomalyMap(map, 0.0, 2.0);
        QCOMPARE(colours.type(), CV_8UC3);
        QCOMPARE(colours.size(), map.size());
        // JET: low = blue, high = red (RGB order).
        QVERIFY(colours.at<cv::Vec3b>(0, 0)[2] > colours.at<cv::Vec3b>(0, 0)[0]);
        QVERIFY(colours.at<cv::Vec3b>(15, 15)[0] > colours.at<cv::Vec3b>(15, 15)[2]);
        const cv::Mat image(40, 50, CV_8UC3, cv::Scalar(0, 0, 0));
        const cv::Mat overlay = dmad::overlayAnomalyMap(image, map, 0.0, 2.0, 0.5);
        QVERIFY(std::abs(int(overlay.at<cv::Vec3b>(15, 15)[0]) - colours.at<cv::Vec3b>(15, 15)[0] / 2) <= 1);
        const cv::Mat contour = dmad::drawAnomalyContour(image, map, 1.0, cv::Scalar(0, 255, 0), 1);
        QCOMPARE(contour.at<cv::Vec3b>(10, 20), cv::Vec3b(0, 255, 0));  // on the outline
        QCOMPARE(contour.at<cv::Vec3b>(17, 20), cv::Vec3b(0, 0, 0));    // inside stays
        QCOMPARE(kindOf([&] { dmad::overlayAnomalyMap(image, cv::Mat(3, 3, CV_32F), 0, 1); }),
                 EngineError::Kind::InvalidArgument);
        dmad::writeImageRgb(path("overlay.png"), overlay);
        QCOMPARE(dmad::readImageRgb(path("overlay.png")).at<cv::Vec3b>(15, 15), overlay.at<cv::Vec3b>(15, 15));
    }
};

QTEST_GUILESS_MAIN(ImageIoTest)
#include "image_io_test.moc"
