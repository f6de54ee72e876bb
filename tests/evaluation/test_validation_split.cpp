// The validation split: held-out normals, synthetic anomalies and seen anomalies, never a test image.
#include "evaluation/mvtec_dataset.h"
#include "evaluation/validation_split.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <set>

using namespace dmad;
using namespace dmad::eval;

namespace {

TrainingSet fakeSet(int normalsPerCategory, int seenPerCategory) {
    TrainingSet set;
    set.outliers = {"texture-a.png", "texture-b.png"};
    for (const std::string category : {"cable", "screw"}) {
        for (int i = 0; i < normalsPerCategory; ++i)
            set.normals.push_back({category + "/train/good/" + std::to_string(i) + ".png", category});
        for (int i = 0; i < seenPerCategory; ++i)
            set.anomalies.push_back({category + "/test/crack/" + std::to_string(i) + ".png", category,
                                     cv::Mat(8, 8, CV_8U, cv::Scalar(255))});
    }
    return set;
}

}  // namespace

class TestValidationSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsOutATenthOfEachCategory() {
        const TrainingSet full = fakeSet(40, 5);
        const ValidationSplit split = splitForValidation(full, {0.1, 3});
        QCOMPARE(split.training.normals.size(), std::size_t(2 * 36));
        QCOMPARE(split.training.anomalies.size(), std::size_t(2 * 3));  // half, rounded up, still trains
        QCOMPARE(split.training.outliers, full.outliers);
        std::set<std::string> training;
        for (const NormalImage& n : split.training.normals) training.insert(n.path);
        int normals = 0, synthetic = 0, seen = 0;
        for (const ValidationImage& v : split.images) {
            QVERIFY2(training.count(v.source) == 0, v.source.c_str());  // held out, not trained on
            if (v.synthetic) {
                ++synthetic;
                QVERIFY(v.anomalous);
                QVERIFY(!v.texture.empty());
            } else if (v.anomalous) {
                ++seen;
                QVERIFY(!v.mask.empty());
            } else {
                ++normals;
            }
        }
        QCOMPARE(normals, 2 * 4);
        QCOMPARE(synthetic, normals);
        QCOMPARE(seen, 2 * 2);
    }

    void isTheSameForASeedAndOtherForAnother() {
        const TrainingSet full = fakeSet(30, 0);
        auto heldOut = [&](std::uint64_t seed) {
            std::set<std::string> paths;
            for (const ValidationImage& v : splitForValidation(full, {0.1, seed}).images) paths.insert(v.source);
            return paths;
        };
        QCOMPARE(heldOut(7), heldOut(7));
        QVERIFY(heldOut(7) != heldOut(8));
    }

    void refusesACategoryTooSmallToSplit() {
        QVERIFY_THROWS_EXCEPTION(DatasetError, splitForValidation(fakeSet(3, 0), {0.1, 0}));
        TrainingSet noTextures = fakeSet(30, 0);
        noTextures.outliers.clear();
        QVERIFY_THROWS_EXCEPTION(DatasetError, splitForValidation(noTextures, {0.1, 0}));
    }

    void pastesTheTextureInsideTheMaskOnly() {
        cv::Mat image(120, 200, CV_8UC3, cv::Scalar(90, 90, 90));
        cv::Mat texture(50, 50, CV_8UC3);
        cv::randu(texture, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::Mat mask;
        const cv::Mat out = pasteTexture(image, texture, 11, mask);
        QCOMPARE(mask.size(), image.size());
        const int inside = cv::countNonZero(mask);
        QVERIFY(inside > 0 && inside < image.rows * image.cols / 4);
        cv::Mat changed;
        cv::cvtColor(cv::abs(out - image), changed, cv::COLOR_RGB2GRAY);
        cv::Mat outside;
        changed.copyTo(outside, 255 - mask);
        QCOMPARE(cv::countNonZero(outside), 0);
        QVERIFY(cv::countNonZero(changed) > inside / 2);
        // A grey image gets a grey texture: colour alone would give the anomaly away.
        std::vector<cv::Mat> channels;
        cv::split(out, channels);
        QCOMPARE(cv::norm(channels[0], channels[2], cv::NORM_INF), 0.0);
        cv::Mat again;
        QCOMPARE(cv::norm(pasteTexture(image, texture, 11, again), out, cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestValidationSplit)
#include "test_validation_split.moc"
