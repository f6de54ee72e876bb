// Every metric against figures worked out by hand on cases small enough to check on paper.
#include "evaluation/metrics.h"

#include <QtTest>

#include <stdexcept>

using namespace dmad::eval;

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void distinctScores() {
        // sorted: 0.8(+) 0.4(-) 0.35(+) 0.1(-); P = N = 2.
        // AUROC: pairs (pos > neg): 0.8>0.4, 0.8>0.1, 0.35>0.1, 0.35<0.4 -> 3/4.
        // AP: 0.8: R 1/2, P 1 ; 0.35: R 1, P 2/3 -> 1/2*1 + 1/2*2/3 = 5/6.
        // F1 = 2tp/(tp+fp+P): 0.8: 2/3, 0.4: 2/4, 0.35: 4/5, 0.1: 4/6 -> 0.8.
        const RankingMetrics m = rankingMetrics({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
        QCOMPARE(m.auroc, 0.75);
        QVERIFY(qFuzzyCompare(m.ap, 5.0 / 6.0));
        QVERIFY(qFuzzyCompare(m.f1max, 0.8));
        QCOMPARE(auroc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
        QVERIFY(qFuzzyCompare(averagePrecision({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 5.0 / 6.0));
        QVERIFY(qFuzzyCompare(f1Max({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.8));
    }

    void tiesCountOneHalf() {
        // group 0.5: 2 pos, 1 neg; group 0.2: 1 neg. P = N = 2.
        // AUROC: each pos vs the tied neg 1/2 (x2 = 1) + each pos vs 0.2 (2) -> 3/4.
        // AP: one threshold reaches R = 1 at P = 2/3 -> 2/3 (sklearn: ties are one step).
        // F1: 0.5: 4/(3+2) = 0.8; 0.2: 4/6 -> 0.8.
        const RankingMetrics m = rankingMetrics({0.5, 0.5, 0.5, 0.2}, {1, 0, 1, 0});
        QCOMPARE(m.auroc, 0.75);
        QVERIFY(qFuzzyCompare(m.ap, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(m.f1max, 0.8));

        // All tied: AUROC 1/2 (Mann-Whitney), AP = the positive share 2/4, F1 = 4/(4+2).
        const RankingMetrics flat = rankingMetrics({1, 1, 1, 1}, {1, 0, 0, 1});
        QCOMPARE(flat.auroc, 0.5);
        QCOMPARE(flat.ap, 0.5);
        QVERIFY(qFuzzyCompare(flat.f1max, 2.0 / 3.0));
    }

    void perfectAndInverted() {
        const RankingMetrics perfect = rankingMetrics({0.9, 0.8, 0.1, 0.2, 0.3}, {1, 1, 0, 0, 0});
        QCOMPARE(perfect.auroc, 1.0);
        QCOMPARE(perfect.ap, 1.0);
        QCOMPARE(perfect.f1max, 1.0);
        // sorted 2(-) 1(+): AUROC 0; AP: R 1 reached at P 1/2; F1 at 1: 2/(2+1).
        const RankingMetrics inverted = rankingMetrics({1, 2}, {1, 0});
        QCOMPARE(inverted.auroc, 0.0);
        QCOMPARE(inverted.ap, 0.5);
        QVERIFY(qFuzzyCompare(inverted.f1max, 2.0 / 3.0));
    }

    void oneClassAndBadInputThrow() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankingMetrics({0.1, 0.2}, {1, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankingMetrics({0.1, 0.2}, {0, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankingMetrics({}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankingMetrics({0.1, 0.2}, {1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rankingMetrics({0.1, std::nan("")}, {1, 0}));

        PixelMetricsAccumulator normalOnly;
        normalOnly.add(cv::Mat(2, 2, CV_32F, cv::Scalar(0.5)), cv::Mat::zeros(2, 2, CV_8U));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, normalOnly.compute());
        PixelMetricsAccumulator acc;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 acc.add(cv::Mat::zeros(2, 2, CV_32F), cv::Mat::zeros(2, 3, CV_8U)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 acc.add(cv::Mat::zeros(2, 2, CV_64F), cv::Mat::zeros(2, 2, CV_8U)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PixelMetricsAccumulator(0));
    }

    // One row of 10 pixels: region A = pixels 0..2 (size 3), region B = pixel 9 (size 1), 6 normal.
    // scores A: .9 .8 .2, B: .7, normal: .85 .6 .5 .4 .3 .1
    // sorted: .9A .85N .8A .7B .6N .5N .4N .3N .2A .1N ; P = 4, N = 6.
    // AUROC: negatives below each positive: .9:6 .8:5 .7:5 .2:1 -> 17/24.
    // AP: .9 (R 1/4, P 1) + .8 (1/4 * 2/3) + .7 (1/4 * 3/4) + .2 (1/4 * 4/9) = 0.7152777...
    // F1max: at .7, tp 3 fp 1: 6/(4+4) = 0.75.
    // PRO (FPR = fp/6, PRO = (ovA + ovB)/2): (0,0) (0,1/6) (1/6,1/6) (1/6,1/3) (1/6,5/6) (1/3,5/6)...
    // area to 0.3: 1/6*1/6 + (0.3-1/6)*5/6 = 1/36 + 1/9 = 5/36; / 0.3 -> 0.4629629...
    // (pixel-wise recall would weight A three times as much as B; PRO weights them equally.)
    static cv::Mat rowScores() {
        return (cv::Mat_<float>(1, 10) << 0.9f, 0.8f, 0.2f, 0.85f, 0.6f, 0.5f, 0.4f, 0.3f, 0.1f, 0.7f);
    }
    static cv::Mat rowMask() { return (cv::Mat_<uchar>(1, 10) << 255, 255, 255, 0, 0, 0, 0, 0, 0, 255); }

    void pixelMetricsTwoRegionsOfDifferentSize() {
        PixelMetricsAccumulator acc;
        acc.add(rowScores(), rowMask());
        QCOMPARE(acc.regionCount(), 2);
        const PixelMetrics m = acc.compute(0.3);
        QCOMPARE(m.pixels, 10);
        QCOMPARE(m.regions, 2);
        QVERIFY(qFuzzyCompare(m.ranking.auroc, 17.0 / 24.0));
        QVERIFY(qFuzzyCompare(m.ranking.ap, 0.25 + 0.25 * 2 / 3 + 0.25 * 3 / 4 + 0.25 * 4 / 9));
        QVERIFY(qFuzzyCompare(m.ranking.f1max, 0.75));
        QVERIFY(qFuzzyCompare(m.pro, (5.0 / 36.0) / 0.3));
    }

    void pixelMetricsSpanImages() {
        // The same pixels split over two images (A in the first, B in the second): same figures,
        // the regions keep their own identity across images.
        const cv::Mat s = rowScores(), k = rowMask();
        PixelMetricsAccumulator acc;
        acc.add(s.colRange(0, 5).clone(), k.colRange(0, 5).clone());
        acc.add(s.colRange(5, 10).clone(), k.colRange(5, 10).clone());
        QCOMPARE(acc.regionCount(), 2);
        const PixelMetrics m = acc.compute(0.3);
        QVERIFY(qFuzzyCompare(m.ranking.auroc, 17.0 / 24.0));
        QVERIFY(qFuzzyCompare(m.pro, (5.0 / 36.0) / 0.3));
    }

    void proWithAPerfectMapIsOne() {
        // Two blobs of 4 and 1 pixels, every defect pixel above every normal one: both overlaps
        // reach 1 at FPR 0, so the curve is 1 all the way to 0.3 -> 1.
        cv::Mat mask = cv::Mat::zeros(5, 5, CV_8U);
        mask(cv::Rect(0, 0, 2, 2)).setTo(255);
        mask.at<uchar>(4, 4) = 255;
        cv::Mat scores;
        mask.convertTo(scores, CV_32F, 1.0 / 255.0);
        PixelMetricsAccumulator acc;
        acc.add(scores, mask);
        const PixelMetrics m = acc.compute();
        QCOMPARE(m.regions, 2);
        QCOMPARE(m.ranking.auroc, 1.0);
        QCOMPARE(m.pro, 1.0);

        // 8-connectivity: a pixel touching the blob only at a corner belongs to it.
        mask.at<uchar>(4, 4) = 0;
        mask.at<uchar>(2, 2) = 255;
        PixelMetricsAccumulator diagonal;
        diagonal.add(scores, mask);
        QCOMPARE(diagonal.regionCount(), 1);
    }

    void strideKeepsEveryNthPixel() {
        // 4x4, stride 2 keeps (0,0) (0,2) (2,0) (2,2): one defect at (0,0) scored 1, the rest 0.
        cv::Mat mask = cv::Mat::zeros(4, 4, CV_8U);
        mask.at<uchar>(0, 0) = 255;
        cv::Mat scores = cv::Mat::zeros(4, 4, CV_32F);
        scores.at<float>(0, 0) = 1.0f;
        PixelMetricsAccumulator acc(2);
        acc.add(scores, mask);
        QCOMPARE(acc.pixelCount(), 4);
        const PixelMetrics m = acc.compute();
        QCOMPARE(m.stride, 2);
        QCOMPARE(m.ranking.auroc, 1.0);
    }

    void areaInterpolatesAtTheLimit() {
        // (0,0) (0.2,0.4) (0.5,1.0): PRO at 0.3 = 0.4 + 0.6 * 0.1/0.3 = 0.6;
        // area = 0.2*0.4/2 + 0.1*(0.4+0.6)/2 = 0.04 + 0.05 = 0.09; / 0.3 = 0.3.
        QVERIFY(qFuzzyCompare(normalisedAreaUpTo({0, 0.2, 0.5}, {0, 0.4, 1.0}, 0.3), 0.3));
        // A curve that stays at 1 from FPR 0 on has normalised area 1.
        QVERIFY(qFuzzyCompare(normalisedAreaUpTo({0, 0, 1}, {0, 1, 1}, 0.3), 1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, normalisedAreaUpTo({0, 0.1}, {0, 1}, 0.3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, normalisedAreaUpTo({0, 1}, {0}, 0.3));
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
