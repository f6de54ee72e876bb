// Ranking metrics worked out by hand, the histogram threshold dragged with the mouse, and plots saved as PNG.
#include "ui/plots/loss_plot.h"
#include "ui/plots/metrics_table.h"
#include "ui/plots/roc_pr_metrics.h"
#include "ui/plots/roc_pr_plot.h"
#include "ui/plots/score_histogram_plot.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace dmad::ui;

namespace {

bool close(double a, double b) {
    return std::abs(a - b) < 1e-12;
}

// The figures the plot shows, which come from core/evaluation (one AUROC/AP implementation).
double areaUnderRoc(const std::vector<double>& scores, const std::vector<bool>& labels) {
    return rankingFigures(scores, labels).auroc;
}

double averagePrecision(const std::vector<double>& scores, const std::vector<bool>& labels) {
    return rankingFigures(scores, labels).ap;
}

// Distinct colours in an image: a blank render has one or two.
int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    return colours.size();
}

}  // namespace

class PlotsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void perfectAndInvertedRankings() {
        const std::vector<bool> labels{false, false, true, true};
        QVERIFY(close(areaUnderRoc({0.1, 0.2, 0.8, 0.9}, labels), 1.0));
        QVERIFY(close(averagePrecision({0.1, 0.2, 0.8, 0.9}, labels), 1.0));
        // Inverted: positives last. Thresholds 0.9, 0.8 catch only negatives (R = 0);
        // 0.2: R = 1/2, P = 1/3; 0.1: R = 1, P = 2/4. AP = 1/2 * 1/3 + 1/2 * 1/2 = 5/12.
        QVERIFY(close(areaUnderRoc({0.9, 0.8, 0.2, 0.1}, labels), 0.0));
        QVERIFY(close(averagePrecision({0.9, 0.8, 0.2, 0.1}, labels), 5.0 / 12.0));
    }

    void textbookExample() {
        // Scores 0.1 0.4 0.35 0.8 with labels 0 0 1 1: pairs (0.35 > 0.1), (0.8 > both) win,
        // (0.35 < 0.4) loses: AUROC 3/4. PR: 0.8 -> (1/2, 1); 0.4 -> (1/2, 1/2); 0.35 -> (1, 2/3);
        // 0.1 -> (1, 1/2). AP = 1/2 * 1 + 0 + 1/2 * 2/3 = 5/6.
        const std::vector<double> scores{0.1, 0.4, 0.35, 0.8};
        const std::vector<bool> labels{false, false, true, true};
        QVERIFY(close(areaUnderRoc(scores, labels), 0.75));
        QVERIFY(close(averagePrecision(scores, labels), 5.0 / 6.0));
        const std::vector<CurvePoint> roc = rocCurve(scores, labels);
        QCOMPARE(roc.size(), size_t{5});
        QVERIFY(close(roc[2].x, 0.5) && close(roc[2].y, 0.5));
    }

    void tiesCountHalf() {
        // Positives 0.9 0.8 0.3, negatives 0.8 0.3 0.1. Of 9 pairs: 0.9 wins 3; 0.8 ties 1, wins 2;
        // 0.3 loses 1, ties 1, wins 1. AUROC = (3 + 2.5 + 1.5) / 9 = 7/9.
        // PR after each whole tie: 0.9 -> (1/3, 1); 0.8 -> (2/3, 2/3); 0.3 -> (1, 3/5); 0.1 -> (1, 1/2).
        // AP = 1/3 * (1 + 2/3 + 3/5) = 34/45.
        const std::vector<double> scores{0.9, 0.8, 0.8, 0.3, 0.3, 0.1};
        const std::vector<bool> labels{true, false, true, false, true, false};
        QVERIFY(close(areaUnderRoc(scores, labels), 7.0 / 9.0));
        QVERIFY(close(averagePrecision(scores, labels), 34.0 / 45.0));
        // The order of tied samples must not matter.
        const std::vector<double> swapped{0.9, 0.8, 0.8, 0.3, 0.3, 0.1};
        const std::vector<bool> swappedLabels{true, true, false, true, false, false};
        QVERIFY(close(areaUnderRoc(swapped, swappedLabels), 7.0 / 9.0));
        QVERIFY(close(averagePrecision(swapped, swappedLabels), 34.0 / 45.0));
        // All scores equal: one threshold, the diagonal; AP = prevalence.
        QVERIFY(close(areaUnderRoc({0.5, 0.5, 0.5, 0.5}, {false, true, false, true}), 0.5));
        QVERIFY(close(averagePrecision({0.5, 0.5, 0.5, 0.5}, {false, true, false, true}), 0.5));
    }

    void undefinedCasesAreNaN() {
        QVERIFY(std::isnan(areaUnderRoc({0.1, 0.2}, {true, true})));
        QVERIFY(std::isnan(areaUnderRoc({0.1, 0.2}, {false, false})));
        QVERIFY(std::isnan(averagePrecision({0.1, 0.2}, {false, false})));
        QVERIFY(std::isnan(averagePrecision({0.1, 0.2}, {true, true})));  // one class: undefined
        QVERIFY(std::isnan(areaUnderRoc({}, {})));
        QVERIFY(std::isnan(areaUnderRoc({0.1}, {true, false})));
        // A NaN score is left out.
        QVERIFY(close(areaUnderRoc({0.1, std::nan(""), 0.9}, {false, false, true}), 1.0));
    }

    void operatingPointCounts() {
        const OperatingPoint p = operatingPointAt({0.1, 0.4, 0.35, 0.8}, {false, false, true, true}, 0.35);
        QCOMPARE(p.truePositives, 2);
        QCOMPARE(p.falsePositives, 1);
        QVERIFY(close(p.truePositiveRate(), 1.0));
        QVERIFY(close(p.falsePositiveRate(), 0.5));
        QVERIFY(close(p.precision(), 2.0 / 3.0));
    }

    void histogramThresholdFollowsMouseDrag() {
        ScoreHistogramPlot plot;
        plot.resize(600, 400);
        plot.setScores({0.0, 0.1, 0.2, 0.2, 0.3, 0.35}, {0.6, 0.7, 0.8, 0.9, 1.0});
        plot.setThreshold(0.5);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replot();
        QSignalSpy changed(&plot, &ScoreHistogramPlot::thresholdChanged);
        QSignalSpy finished(&plot, &ScoreHistogramPlot::thresholdDragFinished);
        const int y = plot.axisRect()->rect().center().y();
        const QPoint from(static_cast<int>(std::lround(plot.xAxis->coordToPixel(0.5))), y);
        const QPoint to(static_cast<int>(std::lround(plot.xAxis->coordToPixel(0.7))), y);
        QTest::mousePress(&plot, Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(&plot, (from + to) / 2);
        QTest::mouseMove(&plot, to);
        QTest::mouseRelease(&plot, Qt::LeftButton, Qt::NoModifier, to);
        // One screen pixel is about 0.002 score units here.
        const double pixel = plot.xAxis->range().size() / plot.axisRect()->width();
        QVERIFY2(std::abs(plot.threshold() - 0.7) <= pixel, qPrintable(QString::number(plot.threshold())));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(changed.last().first().toDouble(), plot.threshold());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toDouble(), plot.threshold());

        // Bars: six normal and five defective scores in the bins.
        double normal = 0.0, defective = 0.0;
        for (auto it = plot.normalBars()->data()->constBegin(); it != plot.normalBars()->data()->constEnd(); ++it)
            normal += it->value;
        for (auto it = plot.defectiveBars()->data()->constBegin(); it != plot.defectiveBars()->data()->constEnd(); ++it)
            defective += it->value;
        QCOMPARE(normal, 6.0);
        QCOMPARE(defective, 5.0);

        // Setting the same value again emits nothing.
        changed.clear();
        plot.setThreshold(plot.threshold());
        QCOMPARE(changed.count(), 0);
        plot.setThreshold(0.25);
        QCOMPARE(changed.count(), 1);
    }

    void rocPrPlotShowsFigures() {
        RocPrPlot plot;
        plot.setData({0.1, 0.4, 0.35, 0.8}, {false, false, true, true});
        QVERIFY(close(plot.auroc(), 0.75));
        QVERIFY(close(plot.averagePrecision(), 5.0 / 6.0));
        plot.setData({0.1, 0.4}, {false});
        QVERIFY(std::isnan(plot.auroc()));
    }

    void plotsSaveNonEmptyPng() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LossPlot loss;
        for (int epoch = 1; epoch <= 12; ++epoch) loss.addLoss(1.0 / epoch);
        QCOMPARE(loss.pointCount(), 12);
        QVERIFY(close(loss.lastLoss(), 1.0 / 12));
        RocPrPlot roc;
        roc.setData({0.1, 0.4, 0.35, 0.8, 0.5, 0.2}, {false, false, true, true, true, false});
        roc.setThreshold(0.35);
        ScoreHistogramPlot histogram;
        histogram.setScores({0.1, 0.2, 0.25}, {0.6, 0.8});
        histogram.setThreshold(0.4);

        const QList<QPair<SavablePlot*, QString>> plots{{&loss, QStringLiteral("loss.png")},
                                                         {&roc, QStringLiteral("roc.png")},
                                                          {&histogram, QStringLiteral("hist.png")}};
        for (const auto& [plot, name] : plots) {
            const QString path = dir.filePath(name);
            QString error;
            QVERIFY2(plot->savePng(path, QSize(640, 400), &error), qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(640, 400));
            QVERIFY2(colourCount(image) > 10, qPrintable(name));
        }
        QString error;
        QVERIFY(!loss.savePng(dir.filePath(QStringLiteral("missing/loss.png")), QSize(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/loss.png"))));

        loss.clear();
        QCOMPARE(loss.pointCount(), 0);
    }

    // Bug 9 of issue #11: the legend covered the threshold line; German plots mixed "1.000" and "0,8".
    void figuresInTheLocaleAndALegendBesideThePlot() {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ScoreHistogramPlot histogram;
        histogram.resize(500, 300);
        histogram.setScores({0.1, 0.2, 0.3}, {0.8, 0.9});
        histogram.setThreshold(0.85);
        histogram.replot();
        QVERIFY(!histogram.legend->outerRect().intersects(histogram.axisRect()->rect()));
        QCOMPARE(histogram.locale().decimalPoint(), QStringLiteral(","));

        RocPrPlot roc;
        roc.setData({0.1, 0.4, 0.35, 0.8}, {false, false, true, true});
        QVERIFY2(roc.rocTitle().contains(QStringLiteral("0,750")), qPrintable(roc.rocTitle()));

        MetricsTable table;
        table.setRows({{QStringLiteral("tire"), 0.9, 0.95, 0.9, 0.97, 0.9, 0.5, 100}});
        const MetricsTableModel* model = table.metricsModel();
        QCOMPARE(model->data(model->index(0, MetricsTableModel::ImageAuroc)).toString(), QStringLiteral("90,0"));
        QCOMPARE(model->data(model->index(0, MetricsTableModel::Threshold)).toString(), QStringLiteral("0,5"));
        QLocale::setDefault(previous);
    }

    void metricsTableHasMeanRow() {
        MetricsTable table;
        const double nan = std::nan("");
        table.setRows({{QStringLiteral("tire"), 0.9, 0.95, 0.9, 0.97, 0.9, 0.5, 100},
                        {QStringLiteral("bottle"), 0.8, 0.85, 0.8, nan, nan, 0.4, 60}});
        const MetricsTableModel* model = table.metricsModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0, MetricsTableModel::ImageAuroc)).toString(), QStringLiteral("90.0"));
        QCOMPARE(model->data(model->index(1, MetricsTableModel::PixelAuroc)).toString(), QStringLiteral("-"));
        QCOMPARE(model->data(model->index(2, MetricsTableModel::Category)).toString(), QStringLiteral("Mean"));
        QCOMPARE(model->data(model->index(2, MetricsTableModel::ImageAuroc)).toString(), QStringLiteral("85.0"));
        QCOMPARE(model->data(model->index(2, MetricsTableModel::PixelAuroc)).toString(), QStringLiteral("97.0"));
        QCOMPARE(model->data(model->index(2, MetricsTableModel::ImageCount)).toString(), QStringLiteral("160"));
        QVERIFY(close(model->data(model->index(2, MetricsTableModel::ImageAp), Qt::UserRole).toDouble(), 0.9));
        QVERIFY(model->toTsv().startsWith(QStringLiteral("Category\t")));
        QCOMPARE(model->toTsv().count(QLatin1Char('\n')), 4);

        QTemporaryDir dir;
        table.resize(700, 150);
        QVERIFY(table.savePng(dir.filePath(QStringLiteral("table.png"))));
        QVERIFY(!QImage(dir.filePath(QStringLiteral("table.png"))).isNull());
    }
};

QTEST_MAIN(PlotsTest)
#include "test_plots.moc"
