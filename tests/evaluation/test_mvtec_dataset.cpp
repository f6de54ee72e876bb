// The MVTec layout reader on real categories and on broken folders, and the k-shot split's guarantees.
#include "evaluation/kshot_split.h"
#include "evaluation/mvtec_dataset.h"

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <set>

using namespace dmad::eval;
namespace fs = std::filesystem;

namespace {

const std::string kData = std::string(DMAD_SHARED_DIR) + "/data";

void writeImage(const fs::path& path) {
    fs::create_directories(path.parent_path());
    QVERIFY(cv::imwrite(path.string(), cv::Mat(8, 8, CV_8UC3, cv::Scalar(10, 20, 30))));
}

std::set<std::string> paths(const std::vector<TestImage>& images) {
    std::set<std::string> s;
    for (const TestImage& t : images) s.insert(t.path);
    return s;
}

}  // namespace

class TestMvtecDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pipedCategoryCounts() {
        const CategoryDataset ds = loadMvtecCategory(kData + "/piped_PA_BDP01_TL");
        QCOMPARE(ds.name, std::string("piped_PA_BDP01_TL"));
        QVERIFY(ds.hasMasks);
        QCOMPARE(ds.trainNormals.size(), std::size_t(32));
        QCOMPARE(ds.test.size(), std::size_t(64));
        QCOMPARE(ds.normalTestCount(), std::size_t(16));
        QCOMPARE(ds.anomalousTestCount(), std::size_t(48));
        QCOMPARE(ds.test.front().defectType, std::string("good"));
        for (const TestImage& t : ds.test) {
            QCOMPARE(t.anomalous, t.defectType == "impurity");
            QCOMPARE(t.maskPath.empty(), !t.anomalous);
            if (t.anomalous) QVERIFY(fs::is_regular_file(t.maskPath));
        }
    }

    void bottleHasImageLabelsOnly() {
        const CategoryDataset ds = loadMvtecCategory(kData + "/bottle");
        QVERIFY(!ds.hasMasks);
        QCOMPARE(ds.trainNormals.size(), std::size_t(209));
        QCOMPARE(ds.normalTestCount(), std::size_t(20));
        QCOMPARE(ds.anomalousTestCount(), std::size_t(20 + 22 + 21));
        for (const TestImage& t : ds.test) QVERIFY(t.maskPath.empty());
        QVERIFY_THROWS_EXCEPTION(DatasetError, splitKShot(ds, 1, 0));
        QCOMPARE(splitKShot(ds, 0, 0).test.size(), ds.test.size());
    }

    void tireValidationCountsAsTraining() {
        const CategoryDataset ds = loadMvtecCategory(kData + "/tire");
        QCOMPARE(ds.trainNormals.size(), std::size_t(210 + 29));
        QCOMPARE(ds.anomalousTestCount(), std::size_t(5 + 28 + 27 + 27));
    }

    void findsCategoriesUnderARoot() {
        const auto dirs = findCategoryDirs(kData);
        QCOMPARE(dirs.size(), std::size_t(9));  // outliers/ is not a category
        QCOMPARE(fs::path(dirs.front()).filename().string(), std::string("bottle"));
        QVERIFY(listImagesRecursive(kData + "/outliers").size() == 10 * 40 + 3);
    }

    void missingMaskIsAnError() {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "widget";
        writeImage(root / "train/good/000.png");
        writeImage(root / "test/good/000.png");
        writeImage(root / "test/scratch/000.png");
        writeImage(root / "test/scratch/001.png");
        writeImage(root / "ground_truth/scratch/000_mask.png");
        try {
            loadMvtecCategory(root.string());
            QFAIL("a missing mask was accepted");
        } catch (const DatasetError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("001_mask.png") != std::string::npos, e.what());
        }
        writeImage(root / "ground_truth/scratch/001_mask.png");
        QCOMPARE(loadMvtecCategory(root.string()).anomalousTestCount(), std::size_t(2));
    }

    void brokenLayoutsAreErrors() {
        QTemporaryDir tmp;
        const fs::path root(tmp.path().toStdString());
        QVERIFY_THROWS_EXCEPTION(DatasetError, loadMvtecCategory((root / "missing").string()));
        writeImage(root / "empty_test/train/good/000.png");
        QVERIFY_THROWS_EXCEPTION(DatasetError, loadMvtecCategory((root / "empty_test").string()));
        fs::create_directories(root / "no_train/test/good");
        QVERIFY_THROWS_EXCEPTION(DatasetError, loadMvtecCategory((root / "no_train").string()));
    }

    void kShotSplitRemovesSeenAndIsDeterministic() {
        const CategoryDataset ds = loadMvtecCategory(kData + "/piped_PA_BDP01_TL");
        const KShotSplit a = splitKShot(ds, 5, 0);
        QCOMPARE(a.seen.size(), std::size_t(5));
        QCOMPARE(a.test.size(), ds.test.size() - 5);
        const auto seen = paths(a.seen), test = paths(a.test);
        for (const TestImage& s : a.seen) {
            QVERIFY(s.anomalous);
            QVERIFY(!s.maskPath.empty());
            QVERIFY(test.count(s.path) == 0);
        }
        QCOMPARE(paths(splitKShot(ds, 5, 0).seen), seen);   // same seed, same draw
        QVERIFY(paths(splitKShot(ds, 5, 1).seen) != seen);  // another seed, another draw
        QVERIFY(paths(splitKShot(ds, 5, 2).seen) != seen);
        QVERIFY(paths(splitKShot(ds, 5, 1).seen) != paths(splitKShot(ds, 5, 2).seen));
        QCOMPARE(splitKShot(ds, 10, 3).seen.size(), std::size_t(10));

        // Excluded anomalies (e.g. empty masks) are never drawn.
        std::set<std::string> excluded;
        for (const TestImage& t : ds.test)
            if (t.anomalous && excluded.size() < 45) excluded.insert(t.path);
        const KShotSplit rest = splitKShot(ds, 3, 0, excluded);
        for (const TestImage& s : rest.seen) QVERIFY(excluded.count(s.path) == 0);
        QVERIFY_THROWS_EXCEPTION(DatasetError, splitKShot(ds, 4, 0, excluded));
        QVERIFY_THROWS_EXCEPTION(DatasetError, splitKShot(ds, -1, 0));
    }
};

QTEST_GUILESS_MAIN(TestMvtecDataset)
#include "test_mvtec_dataset.moc"
