// The repositories of a project: images and labels, masks on disk, defect types, models, scores, users, audit.
#include "postgres_server.h"
#include "project/audit_log.h"
#include "project/category_repository.h"
#include "project/defect_type_repository.h"
#include "project/image_header.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/training_queue.h"
#include "project/user_repository.h"
#include "project_test_printing.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace dmad::project;

namespace {

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage maskImage(int width, int height) {
    QImage mask(width, height, QImage::Format_Grayscale8);
    mask.fill(0);
    for (int y = 2; y < qMin(5, height); ++y)
        for (int x = 3; x < qMin(7, width); ++x) mask.setPixel(x, y, qRgb(255, 255, 255));
    return mask;
}

qint64 addImage(ProjectStore& store, const QString& path, int width = 10, int height = 8) {
    NewImage image;
    image.categoryId = CategoryRepository(store).ensure(QStringLiteral("bottle"));
    image.path = path;
    image.contentHash = QStringLiteral("abc");
    image.width = width;
    image.height = height;
    return ImageRepository(store).add(image);
}

}  // namespace

// Runs twice: on an SQLite project and on a PostgreSQL server (see runOnBothBackends).
class TestProjectRepositories : public QObject {
    Q_OBJECT

    dmad::testing::PostgresServer* m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

public:
    explicit TestProjectRepositories(dmad::testing::PostgresServer* server) : m_server(server) {}

private Q_SLOTS:
    void initTestCase() { qInfo("back end: %s", m_server ? "PostgreSQL" : "SQLite"); }

    void init() {
        m_store.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        m_store = dmad::testing::createProject(m_server, m_dir.path());
    }

    void categoriesAreCreatedOnce() {
        CategoryRepository categories(*m_store);
        const qint64 a = categories.ensure(QStringLiteral("tire"));
        QCOMPARE(categories.ensure(QStringLiteral("tire")), a);
        categories.ensure(QStringLiteral("bottle"));
        QCOMPARE(categories.all().size(), 2);
        QCOMPARE(categories.all().front().name, QStringLiteral("bottle"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, categories.ensure(QStringLiteral("  ")));
    }

    void defectTypesGetDistinctColours() {
        DefectTypeRepository types(*m_store);
        const qint64 crack = types.ensure(QStringLiteral("crack"));
        const qint64 hole = types.ensure(QStringLiteral("hole"));
        QVERIFY(crack != hole);
        QVERIFY(types.byId(crack)->colour != types.byId(hole)->colour);
        types.setColour(crack, QStringLiteral("#102030"));
        QCOMPARE(types.byName(QStringLiteral("crack"))->colour, QStringLiteral("#102030"));
        QVERIFY_THROWS_EXCEPTION(ProjectError, types.setColour(crack, QStringLiteral("red; DROP TABLE")));
    }

    void imagesAreLabelledAndListed() {
        ImageRepository images(*m_store);
        const qint64 id = addImage(*m_store, QStringLiteral("/data/a.png"));
        QCOMPARE(images.count(), 1);
        QCOMPARE(images.idForPath(QStringLiteral("/data/a.png")), std::optional<qint64>(id));
        const qint64 crack = DefectTypeRepository(*m_store).ensure(QStringLiteral("crack"));
        images.setLabel(id, ImageStatus::Defective, crack);
        ImageRecord record = *images.byId(id);
        QCOMPARE(record.status, ImageStatus::Defective);
        QCOMPARE(record.defectTypeName, QStringLiteral("crack"));
        QCOMPARE(record.categoryName, QStringLiteral("bottle"));
        QCOMPARE(record.fileName(), QStringLiteral("a.png"));
        images.setLabel(id, ImageStatus::Normal, crack);  // a normal image has no defect type
        record = *images.byId(id);
        QVERIFY(!record.defectTypeId);
        images.setSplit(id, Split::Test);
        images.setReviewed(id, true);
        record = *images.byId(id);
        QCOMPARE(record.split, Split::Test);
        QVERIFY(record.reviewed);
        QVERIFY_THROWS_EXCEPTION(ProjectError, images.setSplit(id + 100, Split::Train));
        QVERIFY_THROWS_EXCEPTION(ProjectError, addImage(*m_store, QStringLiteral("/data/a.png")));  // path is unique
    }

    void imagesInsideTheProjectAreStoredRelative() {
        const QString inside = QDir(m_store->directory()).filePath(QStringLiteral("images/x.png"));
        const qint64 id = addImage(*m_store, inside);
        QCOMPARE(ImageRepository(*m_store).byId(id)->path, inside);
        QCOMPARE(m_store->storedPath(inside), QStringLiteral("images/x.png"));
    }

    void maskIsSavedAtomicallyAtFullResolution() {
        const qint64 id = addImage(*m_store, QStringLiteral("/data/a.png"), 10, 8);
        MaskRepository masks(*m_store);
        const MaskRecord saved = masks.save(id, pngBytes(maskImage(10, 8)), std::nullopt, QStringLiteral("anna"));
        QCOMPARE(saved.file, QStringLiteral("masks/%1.png").arg(id));
        const QImage back(masks.absoluteFile(saved));
        QCOMPARE(back.size(), QSize(10, 8));
        QCOMPARE(qGray(back.pixel(4, 3)), 255);
        QCOMPARE(qGray(back.pixel(0, 0)), 0);
        QVERIFY(ImageRepository(*m_store).byId(id)->hasMask);
        // Saving again updates the one row.
        masks.save(id, pngBytes(maskImage(10, 8)), std::nullopt, QStringLiteral("ben"));
        QCOMPARE(masks.count(), 1);
        QCOMPARE(masks.forImage(id)->author, QStringLiteral("ben"));
    }

    void maskOfTheWrongSizeIsRefusedAndNothingChanges() {
        const qint64 id = addImage(*m_store, QStringLiteral("/data/a.png"), 10, 8);
        MaskRepository masks(*m_store);
        QVERIFY_THROWS_EXCEPTION(ProjectError, masks.save(id, pngBytes(maskImage(5, 4)), std::nullopt, {}));
        QVERIFY_THROWS_EXCEPTION(ProjectError, masks.save(id, QByteArray("not a png"), std::nullopt, {}));
        QCOMPARE(masks.count(), 0);
        QVERIFY(!QFile::exists(masks.managedFile(id)));
    }

    void removingAMaskDeletesOnlyOwnedFiles() {
        const qint64 id = addImage(*m_store, QStringLiteral("/data/a.png"), 10, 8);
        MaskRepository masks(*m_store);
        masks.save(id, pngBytes(maskImage(10, 8)), std::nullopt, {});
        masks.remove(id);
        QVERIFY(!masks.forImage(id));
        QVERIFY(!QFile::exists(masks.managedFile(id)));

        QTemporaryDir outside;
        const QString external = outside.filePath(QStringLiteral("gt_mask.png"));
        QVERIFY(maskImage(10, 8).save(external));
        masks.record(id, external, std::nullopt, QStringLiteral("import"));
        masks.remove(id);
        QVERIFY(QFile::exists(external));
    }

    void labellingWritesTheAuditLogInTheSameTransaction() {
        const qint64 id = addImage(*m_store, QStringLiteral("/data/a.png"), 10, 8);
        Labelling labelling(*m_store, QStringLiteral("anna"));
        labelling.markNormal(id);
        const qint64 crack = DefectTypeRepository(*m_store).ensure(QStringLiteral("crack"));
        labelling.saveMask(id, pngBytes(maskImage(10, 8)), crack);
        const ImageRecord record = *ImageRepository(*m_store).byId(id);
        QCOMPARE(record.status, ImageStatus::Defective);
        QCOMPARE(record.defectTypeId, std::optional<qint64>(crack));
        const QVector<AuditEntry> log = AuditLog(*m_store).recent();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].action, QStringLiteral("save_mask"));
        QCOMPARE(log[1].action, QStringLiteral("label_normal"));
        QCOMPARE(log[0].subject, QStringLiteral("image:%1").arg(id));

        // A refused mask leaves neither a label change nor an audit entry.
        labelling.markNormal(id);
        QVERIFY_THROWS_EXCEPTION(ProjectError, labelling.saveMask(id, pngBytes(maskImage(3, 3)), crack));
        QCOMPARE(ImageRepository(*m_store).byId(id)->status, ImageStatus::Normal);
        QCOMPARE(AuditLog(*m_store).count(), 3);
    }

    void exactlyOneModelIsActive() {
        ModelRepository models(*m_store);
        const ModelRecord first =
            models.add(QStringLiteral("/m/1.dmad"), QStringLiteral("{\"k\":1}"), QStringLiteral("{}"));
        const ModelRecord second = models.add(QStringLiteral("/m/2.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        QCOMPARE(first.version, 1);
        QCOMPARE(second.version, 2);
        QVERIFY(!models.active());
        models.activate(first.id);
        models.activate(second.id);
        QCOMPARE(models.active()->id, second.id);
        QCOMPARE(models.all().size(), 2);
        QVERIFY(!models.all().front().active);
        QVERIFY_THROWS_EXCEPTION(ProjectError,
                                 models.add(QStringLiteral("/m/3"), QStringLiteral("{oops"), QStringLiteral("{}")));
        models.setMetrics(first.id, QStringLiteral("{\"auroc\":0.9}"));
        QCOMPARE(models.byId(first.id)->metricsJson, QStringLiteral("{\"auroc\":0.9}"));
    }

    void scoresAndThresholdsPerModel() {
        const qint64 a = addImage(*m_store, QStringLiteral("/data/a.png"));
        const qint64 b = addImage(*m_store, QStringLiteral("/data/b.png"));
        const ModelRecord model =
            ModelRepository(*m_store).add(QStringLiteral("/m.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        ScoreRepository scores(*m_store);
        scores.put(model.id, {{a, 0.25}, {b, 1.5}});
        scores.put(model.id, {{a, 0.75}});
        const QHash<qint64, double> all = scores.forModel(model.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(a), 0.75);
        QCOMPARE(scores.score(model.id, b), std::optional<double>(1.5));
        QVERIFY_THROWS_EXCEPTION(ProjectError, scores.put(model.id, {{a, std::nan("")}}));
        QCOMPARE(scores.score(model.id, a), std::optional<double>(0.75));

        const qint64 category = CategoryRepository(*m_store).ensure(QStringLiteral("bottle"));
        QVERIFY(!scores.threshold(category, model.id));
        scores.setThreshold(category, model.id, 0.5);
        scores.setThreshold(category, model.id, 0.6);
        QCOMPARE(scores.threshold(category, model.id), std::optional<double>(0.6));
    }

    // Until a supervisor sets one, a category's threshold is the highest score of its normal images,
    // the train split's first; defective and unlabelled images never raise it.
    void suggestedThresholdIsTheHighestNormalScore() {
        const auto add = [this](const QString& name, Split split, ImageStatus status) {
            NewImage image;
            image.categoryId = CategoryRepository(*m_store).ensure(QStringLiteral("tile"));
            image.path = QStringLiteral("/tile/") + name;
            image.contentHash = name;
            image.width = 4;
            image.height = 4;
            image.split = split;
            image.status = status;
            return ImageRepository(*m_store).add(image);
        };
        const qint64 testNormal = add(QStringLiteral("t0.png"), Split::Test, ImageStatus::Normal);
        const qint64 trainNormalA = add(QStringLiteral("n0.png"), Split::Train, ImageStatus::Normal);
        const qint64 trainNormalB = add(QStringLiteral("n1.png"), Split::Train, ImageStatus::Normal);
        const qint64 defect = add(QStringLiteral("d0.png"), Split::Train, ImageStatus::Defective);
        const qint64 unlabelled = add(QStringLiteral("u0.png"), Split::Train, ImageStatus::Unlabelled);
        const qint64 tile = CategoryRepository(*m_store).ensure(QStringLiteral("tile"));
        ModelRepository models(*m_store);
        const ModelRecord model = models.add(QStringLiteral("/t.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        ScoreRepository scores(*m_store);
        QVERIFY(!scores.suggestedThreshold(tile, model.id));  // nothing scored yet
        QVERIFY(!scores.categoryThreshold(tile, model.id));

        scores.put(model.id, {{testNormal, 0.9}});
        QCOMPARE(scores.suggestedThreshold(tile, model.id), std::optional<double>(0.9));  // no train normal scored

        scores.put(model.id, {{trainNormalA, 0.3}, {trainNormalB, 0.45}, {defect, 4.0}, {unlabelled, 7.0}});
        QCOMPARE(scores.suggestedThreshold(tile, model.id), std::optional<double>(0.45));
        auto inForce = scores.categoryThreshold(tile, model.id);
        QVERIFY(inForce);
        QCOMPARE(inForce->value, 0.45);
        QCOMPARE(inForce->source, CategoryThreshold::Source::Suggested);

        scores.setThreshold(tile, model.id, 2.0);
        inForce = scores.categoryThreshold(tile, model.id);
        QCOMPARE(inForce->value, 2.0);
        QCOMPARE(inForce->source, CategoryThreshold::Source::Supervisor);

        const ModelRecord other = models.add(QStringLiteral("/u.dmad"), QStringLiteral("{}"), QStringLiteral("{}"));
        QVERIFY(!scores.categoryThreshold(tile, other.id));  // per model
    }

    void usersKeepTheirRole() {
        UserRepository users(*m_store);
        const UserRecord anna = users.ensure(QStringLiteral("anna"), UserRole::Supervisor);
        QCOMPARE(users.ensure(QStringLiteral("anna"), UserRole::Labeller).role, UserRole::Supervisor);
        users.setRole(anna.id, UserRole::Labeller);
        QCOMPARE(users.byName(QStringLiteral("anna"))->role, UserRole::Labeller);
        QCOMPARE(users.all().size(), 1);
    }

    void imageHeadersGiveTheSize() {
        QTemporaryDir dir;
        const QImage image(37, 21, QImage::Format_RGB32);
        for (const char* format : {"png", "jpg", "bmp", "tif"}) {
            const QString file = dir.filePath(QStringLiteral("x.") + QLatin1String(format));
            if (!image.save(file, format)) continue;  // a missing image plugin is not this test's subject
            QCOMPARE(readImageSize(file), std::optional<QSize>(QSize(37, 21)));
        }
        QFile text(dir.filePath(QStringLiteral("x.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        QVERIFY(!readImageSize(text.fileName()));
    }

    // The training queue as stations and the worker use it: oldest first, claimed once, then reported on.
    void trainingQueueHandsEachRequestToOneWorker() {
        TrainingQueue queue(*m_store);
        const qint64 first = queue.request(QStringLiteral("anna"), QStringLiteral("{\"epochs\": 2}"));
        const qint64 second = queue.request(QStringLiteral("ben"), QString());
        const auto claimed = queue.claim(QStringLiteral("w1"));
        QVERIFY(claimed);
        QCOMPARE(claimed->id, first);
        QCOMPARE(claimed->status, RequestStatus::Running);
        QCOMPARE(claimed->settingsJson, QStringLiteral("{\"epochs\": 2}"));
        QCOMPARE(queue.claim(QStringLiteral("w2"))->id, second);
        QVERIFY(!queue.claim(QStringLiteral("w3")));  // nothing left to take
        queue.reportProgress(first, 0.25, QStringLiteral("features"));
        QCOMPARE(queue.byId(first)->message, QStringLiteral("features"));
        QCOMPARE(queue.byId(first)->progress, 0.25);
        queue.fail(second, QStringLiteral("no normal images"));
        QCOMPARE(queue.byId(second)->status, RequestStatus::Failed);
        QCOMPARE(queue.requeueAbandoned(QStringLiteral("w1")), 1);
        QCOMPARE(queue.byId(first)->status, RequestStatus::Queued);
        QCOMPARE(queue.claim(QStringLiteral("w1"))->id, first);
        queue.fail(first, QStringLiteral("stopped"));
        QCOMPARE(queue.all().size(), 2);
        QVERIFY(queue.byId(first)->isFinished());
        QCOMPARE(queue.requeueAbandoned(QStringLiteral("w1")), 0);  // finished requests stay finished
    }

    // Two workers claiming at the same moment: the second skips the row the first holds, without waiting.
    void aClaimedRowIsSkippedByAnotherWorkerOnTheServer() {
        if (!m_server) QSKIP("SQLite has one writer at a time: there is no second claim to race");
        TrainingQueue queue(*m_store);
        const qint64 first = queue.request(QStringLiteral("anna"), QString());
        const qint64 second = queue.request(QStringLiteral("anna"), QString());
        const auto otherWorker = m_store->reopen();
        Transaction held(*m_store);  // the first worker's claim is not committed yet
        QCOMPARE(queue.claim(QStringLiteral("w1"))->id, first);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(TrainingQueue(*otherWorker).claim(QStringLiteral("w2"))->id, second);
        QVERIFY(clock.elapsed() < 2000);
        held.commit();
    }
};

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    return dmad::testing::runOnBothBackends<TestProjectRepositories>(argc, argv);
}
#include "test_project_repositories.moc"
