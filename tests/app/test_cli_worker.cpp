// `dmad worker` against a real PostgreSQL server: it trains queued requests of a tiny project, stores the
// versions (bytes + checksum), reports progress to the requesting station, and respects the requester's role.
#include "../project/postgres_server.h"
#include "../project/tiny_images.h"
#include "cli_process.h"
#include "project/category_repository.h"
#include "project/change_listener.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_error.h"
#include "project/training_queue.h"
#include "project/user_repository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QtTest>
#include <algorithm>

using namespace dmad::project;
using dmad::testing::PostgresServer;

namespace {

const QString kBackbone = QStringLiteral(DMAD_SHARED_DIR "/models/mobilenet_v2_imagenet_features.ts.pt");
const QString kOutliers = QStringLiteral(DMAD_SHARED_DIR "/data/outliers/skimage");
constexpr const char* kLabellerPassword = "labeller-secret-1";

}  // namespace

class TestCliWorker : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_images;
    QTemporaryDir m_station;
    QTemporaryDir m_workerFolder;
    ServerConnection m_owner;
    std::unique_ptr<ProjectStore> m_store;

    ServerConnection labeller() const {
        ServerConnection connection = m_owner;
        connection.user = QStringLiteral("Lena");
        connection.password = QLatin1String(kLabellerPassword);
        return connection;
    }

    clitest::CliResult runWorker(const QStringList& extra, const std::function<void()>& whileRunning = {}) {
        QProcessEnvironment env = clitest::quietThreads();
        env.insert(QStringLiteral("PGPASSWORD"), QLatin1String(PostgresServer::kOwnerPassword));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DMAD_CLI_PATH),
            QStringList{QStringLiteral("worker"),
                QStringLiteral("--project"), m_owner.url(),
                    QStringLiteral("--image-root"), m_images.path(),
                                   QStringLiteral("--local-folder"), m_workerFolder.path(),
                                                  QStringLiteral("--backbone"), kBackbone,
                                                                 QStringLiteral("--outliers"), kOutliers,
                                                                                QStringLiteral("--threads"),
                                                                                               QStringLiteral("1")} +
                                                                                               extra);
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < 240000) {
            process.waitForFinished(50);
            if (whileRunning) whileRunning();
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        clitest::CliResult result;
        result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(kBackbone) || !QFileInfo(kOutliers).isDir()) QSKIP("the shared backbone is missing");
        DMAD_START_POSTGRES_OR_SKIP(m_server);
        m_owner = newServerProject(m_server, m_images.path(), m_station.path());
        m_store = ProjectStore::connect(m_owner);
        UserRepository users(*m_store);
        users.add(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor,
                  QLatin1String(PostgresServer::kOwnerPassword));
        users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
        const qint64 category = CategoryRepository(*m_store).ensure(QStringLiteral("part"));
        for (int seed = 1; seed <= 6; ++seed) {
            NewImage image;
            image.categoryId = category;
            image.path = dmad::testing::writeTinyNormalImage(m_images.path(), seed);
            image.contentHash = QString::number(seed);
            image.width = 64;
            image.height = 64;
            image.status = ImageStatus::Normal;
            ImageRepository(*m_store).add(image);
        }
    }

    void labellerMayQueueButNotClaim() {
        const auto station = ProjectStore::connect(labeller());
        TrainingQueue queue(*station);
        const qint64 id = queue.request(QStringLiteral("Lena"), QStringLiteral("{\"epochs\": 1}"));
        QVERIFY(id > 0);
        try {
            queue.claim(QStringLiteral("Lena@here"));
            QFAIL("a labeller's connection claimed a training request");
        } catch (const ProjectError& error) {
            QCOMPARE(error.kind(), ProjectError::Kind::NotAllowed);
        }
        QCOMPARE(queue.byId(id)->status, RequestStatus::Queued);
        // Back out of the queue: the next test queues its own.
        QSqlQuery(m_store->database()).exec(QStringLiteral("DELETE FROM training_requests"));
    }

    void workerTrainsQueuedRequestsAndTheStationSeesProgress() {
        // The supervisor's request first (its version becomes active), then the labeller's (a candidate).
        const qint64 mine = TrainingQueue(*m_store).request(
            QLatin1String(PostgresServer::kOwner),
            QStringLiteral("{\"epochs\": 1, \"patchesPerImage\": 16, \"incremental\": false}"));
        const auto station = ProjectStore::connect(labeller());
        const qint64 lenas = TrainingQueue(*station).request(
            QStringLiteral("Lena"), QStringLiteral("{\"epochs\": 1, \"patchesPerImage\": 16, \"imageSize\": 384}"));
        QSet<qint64> progressSeen;
        // What the requesting station reads from the row while the worker runs (RemoteTraining shows it).
        QStringList stagesSeen;
        QList<double> fractionsSeen;
        const ChangeListener listener(*station, [&](const RowChange& change) {
            if (change.table != QLatin1String("training_requests")) return;
            progressSeen.insert(change.id);
            const auto row = TrainingQueue(*station).byId(change.id);
            if (change.id != mine || !row || row->status != RequestStatus::Running || row->message.isEmpty()) return;
            if (stagesSeen.isEmpty() || stagesSeen.last() != row->message) stagesSeen << row->message;
            fractionsSeen << row->progress;
        });
        QVERIFY(listener.isListening());

        const clitest::CliResult result =
            runWorker({QStringLiteral("--once")}, [] { QCoreApplication::processEvents(QEventLoop::AllEvents, 20); });
        QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);

        TrainingQueue queue(*station);
        const auto first = queue.byId(mine);
        const auto second = queue.byId(lenas);
        QCOMPARE(first->status, RequestStatus::Done);
        QCOMPARE(second->status, RequestStatus::Done);
        QVERIFY(first->modelId && second->modelId);
        QVERIFY(first->worker.startsWith(QLatin1String(PostgresServer::kOwner) + QLatin1Char('@')));
        QVERIFY2(second->message.contains(QLatin1String("candidate")), qPrintable(second->message));
        // Each version was trained at the input size its station asked for (the worker's own is 256).
        const auto sizeOf = [&](qint64 modelId) {
            const auto record = ModelRepository(*station).byId(modelId);
            return record ? record->settingsJson : QString();
        };
        QVERIFY2(sizeOf(*first->modelId).contains(QLatin1String("features.imageSize = 256")),
                 qPrintable(sizeOf(*first->modelId)));
        QVERIFY2(sizeOf(*second->modelId).contains(QLatin1String("features.imageSize = 384")),
                 qPrintable(sizeOf(*second->modelId)));
        QVERIFY(progressSeen.contains(mine) && progressSeen.contains(lenas));
        // The stages of the job with the whole job's fraction, as the station's training dock shows them.
        QVERIFY2(!stagesSeen.isEmpty(), "no progress was read from the request's row");
        QVERIFY(std::all_of(fractionsSeen.cbegin(), fractionsSeen.cend(),
                            [](double fraction) { return fraction >= 0.0 && fraction <= 1.0; }));
        QVERIFY(
            std::any_of(fractionsSeen.cbegin(), fractionsSeen.cend(), [](double fraction) { return fraction > 0.0; }));
        qInfo("stages seen on the station: %s", qPrintable(stagesSeen.join(QStringLiteral(", "))));

        // The versions are in the database with their bytes: the station loads them from there.
        ModelRepository models(*station);
        QCOMPARE(models.all().size(), 2);
        const auto active = models.active();
        QVERIFY(active);
        QCOMPARE(active->id, *first->modelId);
        QFile file(models.absoluteFile(*active));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.fileName().startsWith(m_station.path()));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
                 active->checksum.toLatin1());
        // Every normal image got a score from each version.
        QSqlQuery scores(m_store->database());
        QVERIFY(scores.exec(QStringLiteral("SELECT count(*) FROM scores WHERE model_id = %1").arg(*first->modelId)));
        QVERIFY(scores.next());
        QCOMPARE(scores.value(0).toInt(), 6);
    }

    // A size this version does not offer fails the request with the reason; nothing is trained at another size.
    void aRequestForAnUnofferedInputSizeFails() {
        TrainingQueue queue(*m_store);
        const qint64 id =
            queue.request(QLatin1String(PostgresServer::kOwner), QStringLiteral("{\"epochs\": 1, \"imageSize\": 300}"));
        const int versions = ModelRepository(*m_store).all().size();
        const clitest::CliResult result = runWorker({QStringLiteral("--once")});
        QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
        const auto row = queue.byId(id);
        QCOMPARE(row->status, RequestStatus::Failed);
        QVERIFY2(row->message.contains(QLatin1String("300")) && row->message.contains(QLatin1String("384")),
                 qPrintable(row->message));
        QCOMPARE(ModelRepository(*m_store).all().size(), versions);
    }

    void aRequestLeftRunningByAStoppedWorkerIsTrainedAgain() {
        TrainingQueue queue(*m_store);
        const qint64 id = queue.request(QLatin1String(PostgresServer::kOwner), QStringLiteral("{\"epochs\": 1}"));
        const QString sameWorker =
            QLatin1String(PostgresServer::kOwner) + QLatin1Char('@') + QSysInfo::machineHostName();
        QVERIFY(queue.claim(sameWorker));  // as if that worker had been killed while training
        queue.reportProgress(id, 0.3, QStringLiteral("features"));
        const clitest::CliResult result = runWorker({QStringLiteral("--once")});
        QVERIFY2(result.code == 0, qPrintable(result.out + result.err));
        QVERIFY2(result.out.contains(QLatin1String("queued again")), qPrintable(result.out));
        QCOMPARE(queue.byId(id)->status, RequestStatus::Done);
    }

    void emptyQueueEndsAtOnceAndWrongPasswordIsAnError() {
        QElapsedTimer clock;
        clock.start();
        const clitest::CliResult idle = runWorker({QStringLiteral("--once")});
        QCOMPARE(idle.code, 0);
        QVERIFY(clock.elapsed() < 60000);
        QProcessEnvironment env = clitest::quietThreads();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-password"));
        const clitest::CliResult refused = clitest::runCli(QStringLiteral(DMAD_CLI_PATH), {QStringLiteral("worker"), QStringLiteral("--project"), m_owner.url(),
                                                                      QStringLiteral("--outliers"), kOutliers,
                                                                                     QStringLiteral("--once")},
                                                                      env, 60000);
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("password")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWorker)
#include "test_cli_worker.moc"
