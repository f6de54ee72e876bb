// The reports: mean +- std over seeds, means over the categories taking part, JSON nulls, CSV quoting.
#include "evaluation/report.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>

using namespace dmad::eval;

namespace {

MethodResult imageOnly(double auroc) {
    MethodResult m;
    m.image = {auroc, auroc, auroc};
    m.imageDefined = true;
    return m;
}

MethodResult withPixels(double auroc, double pro) {
    MethodResult m = imageOnly(auroc);
    m.hasPixel = true;
    m.pixel.ranking = {auroc, auroc, auroc};
    m.pixel.pro = pro;
    return m;
}

// Two seeds of the unsupervised setting over "tire" (masks) and "bottle" (none), one 1-shot run over tire.
ProtocolResult sample() {
    ProtocolResult r;
    r.categories = {"tire", "bottle"};
    r.categoriesWithMasks = {"tire"};
    for (const std::uint64_t seed : {0u, 1u}) {
        RunResult run;
        run.seed = seed;
        run.modelSeed = seed;
        CategoryResult tire{"tire", 25, 87, {}, {}};
        tire.methods[kMethodDmad] = withPixels(seed == 0 ? 0.8 : 0.9, 0.5);
        CategoryResult bottle{"bottle", 20, 63, {}, {}};
        bottle.methods[kMethodDmad] = imageOnly(seed == 0 ? 1.0 : 0.7);
        run.categories = {tire, bottle};
        r.runs.push_back(run);
    }
    RunResult shot;
    shot.shots = 1;
    CategoryResult tire{"tire", 25, 86, {"a \"quoted\" path.png"}, {}};
    tire.methods[kMethodDmad] = withPixels(0.95, 0.6);
    shot.categories = {tire};
    r.runs.push_back(shot);
    return r;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void categoryMeanAndSampleStd() {
        // tire unsupervised: 0.8, 0.9 -> mean 0.85, sample std sqrt(2 * 0.05^2 / 1) = 0.0707107.
        const auto rows = summariseCategory(sample(), "tire");
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].shots, 0);
        QCOMPARE(rows[0].metrics[0].n, 2);
        QVERIFY(qFuzzyCompare(rows[0].metrics[0].mean, 0.85));
        QVERIFY(qFuzzyCompare(rows[0].metrics[0].std, 0.0707106781186548));
        QCOMPARE(rows[1].shots, 1);
        QCOMPARE(rows[1].metrics[0].std, 0.0);  // one seed
        // bottle has no pixel figures.
        const auto bottle = summariseCategory(sample(), "bottle");
        QCOMPARE(bottle.size(), std::size_t(1));
        QCOMPARE(bottle[0].metrics[3].n, 0);
    }

    void meanOverCategoriesThenSeeds() {
        // seed 0: image AUROC (0.8 + 1.0)/2 = 0.9; seed 1: (0.9 + 0.7)/2 = 0.8 -> mean 0.85, std 0.0707.
        // pixel AUROC only over tire: 0.8, 0.9 -> 0.85.
        const auto rows = summariseMean(sample());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(qFuzzyCompare(rows[0].metrics[0].mean, 0.85));
        QVERIFY(qFuzzyCompare(rows[0].metrics[0].std, 0.0707106781186548));
        QVERIFY(qFuzzyCompare(rows[0].metrics[3].mean, 0.85));
        QVERIFY(qFuzzyCompare(rows[0].metrics[6].mean, 0.5));
    }

    void jsonAndMarkdown() {
        const std::string json = toJson(sample());
        QVERIFY(json.find("\"pixel\": null") != std::string::npos);  // bottle
        QVERIFY(json.find("a \\\"quoted\\\" path.png") != std::string::npos);
        QVERIFY(json.find("\"setting\": \"1-shot\"") != std::string::npos);
        const std::string md = toMarkdown(sample());
        QVERIFY2(md.find("| unsupervised | DMAD | 85.0 ± 7.1 |") != std::string::npos, md.c_str());
        QVERIFY(md.find("## bottle") != std::string::npos);
    }

    void csvQuotesAndFilesAreWhole() {
        QTemporaryDir tmp;
        const std::string path = tmp.filePath("scores.csv").toStdString();
        {
            ScoreCsvWriter csv(path);
            csv.write({"tire", "/x/a,b.png", 1, "cut", 0.25, kMethodDmad, 5, 2});
        }
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        QCOMPARE(text.str(), std::string("category,path,label,defect_type,score,method,setting,seed\n"
                                         "tire,\"/x/a,b.png\",1,cut,0.25,DMAD,5-shot,2\n"));
        const std::string out = tmp.filePath("r.json").toStdString();
        writeTextFile(out, "{}\n");
        QVERIFY(QFile::exists(QString::fromStdString(out)));
        QVERIFY(!QFile::exists(QString::fromStdString(out + ".part")));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, writeTextFile("/nonexistent-dir/r.json", "{}"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ScoreCsvWriter("/nonexistent-dir/s.csv"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
