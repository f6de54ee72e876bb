// Import of real MVTec folders and plain folders, export back to MVTec and CSV, missing files, the demo project.
#include "project/category_repository.h"
#include "project/csv_export.h"
#include "project/demo_project.h"
#include "project/file_check.h"
#include "project/folder_import.h"
#include "project/image_repository.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/mvtec_export.h"
#include "project/mvtec_import.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project_test_printing.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad::project;

namespace {

const QString kShared = QStringLiteral(DMAD_SHARED_DIR);
const QString kPiped = kShared + QStringLiteral("/data/piped_PA_BDP01_TL");
const QString kTire = kShared + QStringLiteral("/data/tire");

struct Counts {
    int trainNormal = 0, testNormal = 0, defective = 0, masks = 0;
    QMap<QString, int> perDefect;
};

Counts countImages(ProjectStore& store) {
    Counts counts;
    for (const ImageRecord& image : ImageRepository(store).all()) {
        if (image.status == ImageStatus::Normal && image.split == Split::Train) ++counts.trainNormal;
        if (image.status == ImageStatus::Normal && image.split == Split::Test) ++counts.testNormal;
        if (image.status == ImageStatus::Defective) {
            ++counts.defective;
            ++counts.perDefect[image.defectTypeName];
        }
        if (image.hasMask) ++counts.masks;
    }
    return counts;
}

int filesBelow(const QString& folder) {
    int n = 0;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

}  // namespace

class TestProjectImportExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo(kPiped).isDir()) QSKIP("../shared/data is absent");
    }

    void importsPipedWithExactCounts() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        int lastDone = -1;
        int lastTotal = -1;
        const ImportReport report = importMvtecFolder(*store, kPiped, {}, [&](int done, int total, const QString&) {
            lastDone = done;
            lastTotal = total;
        });
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join('\n')));
        QCOMPARE(report.imagesAdded, 96);
        QCOMPARE(report.masksAdded, 48);
        QCOMPARE(lastDone, 96);
        QCOMPARE(lastTotal, 96);
        QCOMPARE(report.categories, QStringList{QStringLiteral("piped_PA_BDP01_TL")});
        const Counts counts = countImages(*store);
        QCOMPARE(counts.trainNormal, 32);
        QCOMPARE(counts.testNormal, 16);
        QCOMPARE(counts.defective, 48);
        QCOMPARE(counts.perDefect.value(QStringLiteral("impurity")), 48);
        QCOMPARE(counts.masks, 48);

        // Referenced, not copied; full size and a SHA-1 recorded.
        const ImageRecord first = ImageRepository(*store).all().front();
        QVERIFY(first.path.startsWith(kShared) || first.path.startsWith(QFileInfo(kShared).canonicalFilePath()));
        QCOMPARE(QSize(first.width, first.height), QImage(first.path).size());
        QCOMPARE(first.contentHash.size(), 40);

        // Importing again adds nothing.
        const ImportReport again = importMvtecFolder(*store, kPiped);
        QCOMPARE(again.imagesAdded, 0);
        QCOMPARE(again.skippedExisting, 96);
    }

    void importsTireWithValidationAsTrain() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = importMvtecFolder(*store, kTire);
        qInfo("tire import: %d images in %lld ms", report.imagesAdded, timer.elapsed());
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join('\n')));
        const Counts counts = countImages(*store);
        QCOMPARE(counts.trainNormal, 210 + 29);
        QCOMPARE(counts.testNormal, 25);
        QCOMPARE(counts.perDefect.value(QStringLiteral("combined")), 5);
        QCOMPARE(counts.perDefect.value(QStringLiteral("contamination")), 28);
        QCOMPARE(counts.perDefect.value(QStringLiteral("cut")), 27);
        QCOMPARE(counts.perDefect.value(QStringLiteral("hole")), 27);
        QCOMPARE(counts.masks, 87);
        QCOMPARE(report.imagesAdded, 351);
    }

    void cancelImportsNothing() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        CancelFlag cancel{false};
        const ImportReport report = importMvtecFolder(
            *store, kPiped, {},
            [&](int done, int, const QString&) {
                if (done == 10) cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(ImageRepository(*store).count(), 0);
        QCOMPARE(MaskRepository(*store).count(), 0);
        QVERIFY(CategoryRepository(*store).all().isEmpty());
    }

    void plainFolderIsUnlabelledAndCopiedWhenAsked() {
        QTemporaryDir source;
        QDir(source.path()).mkpath(QStringLiteral("sub"));
        QImage image(12, 9, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QVERIFY(image.save(source.filePath(QStringLiteral("one.png"))));
        QVERIFY(image.save(source.filePath(QStringLiteral("sub/two.jpg"))));
        QFile notes(source.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        QFile broken(source.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not really a png");
        broken.close();

        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        ImportOptions options;
        options.category = QStringLiteral("line 3");
        options.copyImages = true;
        const ImportReport report = importImageFolder(*store, source.path(), options);
        QCOMPARE(report.imagesAdded, 2);
        QCOMPARE(report.problems.size(), 1);  // broken.png, named
        QVERIFY(report.problems.front().contains(QLatin1String("broken.png")));
        for (const ImageRecord& record : ImageRepository(*store).all()) {
            QCOMPARE(record.status, ImageStatus::Unlabelled);
            QCOMPARE(record.categoryName, QStringLiteral("line 3"));
            QCOMPARE(record.split, Split::Train);
            QVERIFY2(record.path.startsWith(store->directory()), qPrintable(record.path));
            QVERIFY(QFileInfo::exists(record.path));
            QCOMPARE(QSize(record.width, record.height), QSize(12, 9));
        }
    }

    void cancelledCopyLeavesNoFilesBehind() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        ImportOptions options;
        options.copyImages = true;
        CancelFlag cancel{false};
        const ImportReport report = importMvtecFolder(
            *store, kPiped, options,
            [&](int done, int, const QString&) {
                if (done == 20) cancel = true;
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(filesBelow(dir.filePath(QStringLiteral("images"))), 0);
        QCOMPARE(filesBelow(store->masksDirectory()), 0);

        const ImportReport copied = importMvtecFolder(*store, kPiped, options);
        QCOMPARE(copied.imagesAdded, 96);
        QCOMPARE(filesBelow(dir.filePath(QStringLiteral("images"))), 96);
        QCOMPARE(filesBelow(store->masksDirectory()), 48);
        QVERIFY(ImageRepository(*store).all().front().path.startsWith(store->directory()));
    }

    void missingFilesAreReportedNotDropped() {
        QTemporaryDir source;
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(source.filePath(QStringLiteral("a.png"))));
        QVERIFY(image.save(source.filePath(QStringLiteral("b.png"))));
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        importImageFolder(*store, source.path());
        QVERIFY(checkProjectFiles(*store, true).allPresent());

        QVERIFY(QFile::remove(source.filePath(QStringLiteral("a.png"))));
        image.fill(Qt::black);
        QVERIFY(image.save(source.filePath(QStringLiteral("b.png"))));
        const FileCheckReport report = checkProjectFiles(*store, true);
        QCOMPARE(report.missing.size(), 1);
        QVERIFY(report.missing.front().path.endsWith(QLatin1String("a.png")));
        QCOMPARE(report.missing.front().kind, MissingFile::Kind::Image);
        QCOMPARE(report.changedImages.size(), 1);
        QCOMPARE(ImageRepository(*store).count(), 2);
    }

    void exportRoundTripsThroughMvtecLayout() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        importMvtecFolder(*store, kPiped);
        QTemporaryDir out;
        const ExportReport exported = exportMvtec(*store, out.path());
        QVERIFY2(exported.problems.isEmpty(), qPrintable(exported.problems.join('\n')));
        QCOMPARE(exported.imagesWritten, 96);
        QCOMPARE(exported.masksWritten, 48);
        const QString category = out.filePath(QStringLiteral("piped_PA_BDP01_TL"));
        QCOMPARE(filesBelow(category + QStringLiteral("/train/good")), 32);
        QCOMPARE(filesBelow(category + QStringLiteral("/test/good")), 16);
        QCOMPARE(filesBelow(category + QStringLiteral("/test/impurity")), 48);
        QCOMPARE(filesBelow(category + QStringLiteral("/ground_truth/impurity")), 48);

        QTemporaryDir again;
        const auto second = ProjectStore::create(again.path());
        importMvtecFolder(*second, category);
        const Counts a = countImages(*store);
        const Counts b = countImages(*second);
        QCOMPARE(b.trainNormal, a.trainNormal);
        QCOMPARE(b.testNormal, a.testNormal);
        QCOMPARE(b.perDefect, a.perDefect);
        QCOMPARE(b.masks, a.masks);
        // Same content, by hash.
        QStringList hashesA, hashesB;
        for (const ImageRecord& r : ImageRepository(*store).all()) hashesA << r.contentHash;
        for (const ImageRecord& r : ImageRepository(*second).all()) hashesB << r.contentHash;
        hashesA.sort();
        hashesB.sort();
        QCOMPARE(hashesB, hashesA);
    }

    void csvListsEveryImageWithItsScore() {
        QTemporaryDir dir;
        const auto store = ProjectStore::create(dir.path());
        importMvtecFolder(*store, kPiped);
        const ModelRecord model =
            ModelRepository(*store).add(QStringLiteral("/m.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        ModelRepository(*store).activate(model.id);
        const qint64 firstId = ImageRepository(*store).all().front().id;
        ScoreRepository(*store).put(model.id, {{firstId, 0.125}});
        const QString file = dir.filePath(QStringLiteral("images.csv"));
        exportCsv(*store, file);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 97);
        QVERIFY(lines.front().startsWith(QLatin1String("image_id,category,split,status")));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^%1,.*,0\\.125$").arg(firstId))).size() == 1);
        QCOMPARE(lines.filter(QLatin1String(",defective,")).size(), 48);
    }

    void demoProjectIsBuiltOnceAndCompletely() {
        QTemporaryDir root;
        // Two categories are enough here; the demo itself uses every category of ../shared/data.
        QTemporaryDir data;
        QVERIFY(QFile::link(kPiped, data.filePath(QStringLiteral("piped_PA_BDP01_TL"))));
        QVERIFY(QFile::link(kTire, data.filePath(QStringLiteral("tire"))));
        const QString target = root.filePath(QStringLiteral("demo"));
        const ImportReport report = createDemoProject(target, data.path());
        QCOMPARE(report.imagesAdded, 96 + 351);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
        const auto store = ProjectStore::open(target);
        QCOMPARE(CategoryRepository(*store).all().size(), 2);
        QVERIFY_THROWS_EXCEPTION(ProjectError, createDemoProject(target, data.path()));

        CancelFlag cancel{true};
        const QString other = root.filePath(QStringLiteral("cancelled"));
        QVERIFY(createDemoProject(other, data.path(), {}, &cancel).cancelled);
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(other + QStringLiteral(".partial")));
    }
};

QTEST_MAIN(TestProjectImportExport)
#include "test_project_import_export.moc"
