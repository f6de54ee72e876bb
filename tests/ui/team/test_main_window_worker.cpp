// The whole team training path through the real programs: a labeller's window on a server project
// presses Train, the real `dmad worker` trains the request on a tiny project, and the window's training
// dock follows the worker's stages and fraction, then says the new version (a candidate) is there.
#include "../../project/postgres_server.h"
#include "../../project/tiny_images.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/training_queue.h"
#include "project/user_repository.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/team/server_connect_dialog.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace dmad;
using namespace dmad::project;
using dmad::testing::PostgresServer;

namespace {

const QString kBackbone = QStringLiteral(DMAD_SHARED_DIR "/models/mobilenet_v2_imagenet_features.ts.pt");
const QString kOutliers = QStringLiteral(DMAD_SHARED_DIR "/data/outliers/skimage");
constexpr const char* kLabellerPassword = "labeller-secret-1";

// What the dock showed while the worker ran: each progress value with the bar's text and the stage line.
struct Shown {
    int value = 0;
    int maximum = 0;
    QString format;
    QString stage;
};

}  // namespace

class TestMainWindowWorker : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_images;
    QTemporaryDir m_owner;
    QTemporaryDir m_workerFolder;
    ServerConnection m_connection;

    // File > Connect to Server... with Lena's name and password, typed into the dialog.
    static void connectAsLena(ui::MainWindow& window, const ServerConnection& server, const QString& imageRoot) {
        QTimer::singleShot(10, [server, imageRoot] {
            auto* dialog = qobject_cast<ui::ServerConnectDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            dialog->hostEdit()->setText(server.host);
            dialog->portEdit()->setValue(server.port);
            dialog->databaseEdit()->setText(server.database);
            dialog->userEdit()->setText(QStringLiteral("Lena"));
            dialog->passwordEdit()->setText(QLatin1String(kLabellerPassword));
            dialog->imageRootEdit()->setText(imageRoot);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        window.findChild<QAction*>(QStringLiteral("connectToServer"))->trigger();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(kBackbone) || !QFileInfo(kOutliers).isDir()) QSKIP("the shared backbone is missing");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dmad-test-main-window-worker"));
        QSettings().clear();
        QCOMPARE(ui::AppSettings().setMaskAutosave(false), QString());
        DMAD_START_POSTGRES_OR_SKIP(m_server);
        m_connection = newServerProject(m_server, m_images.path(), m_owner.path());
        const auto store = ProjectStore::connect(m_connection);
        UserRepository users(*store);
        users.add(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor,
                  QLatin1String(PostgresServer::kOwnerPassword));
        users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
        users.add(QStringLiteral("Anna"), UserRole::Administrator, QStringLiteral("admin-secret-1"));
        const qint64 category = CategoryRepository(*store).ensure(QStringLiteral("part"));
        for (int seed = 1; seed <= 6; ++seed) {
            NewImage image;
            image.categoryId = category;
            image.path = dmad::testing::writeTinyNormalImage(m_images.path(), seed);
            image.contentHash = QString::number(seed);
            image.width = 64;
            image.height = 64;
            image.status = ImageStatus::Normal;
            ImageRepository(*store).add(image);
        }
    }

    void theDockFollowsTheRealWorker() {
        ui::MainWindow window;
        window.setSignInRequired(true);
        window.show();
        connectAsLena(window, m_connection, m_images.path());
        QVERIFY(window.project() && window.project()->isServer());
        // A tiny budget: the request carries the station's options to the worker.
        ui::TrainingController* training = window.trainingController();
        training::TrainingOptions options = training->options();
        options.epochs = 1;
        options.patchesPerImage = 16;
        training->setOptions(options);

        ui::TrainingDock* dock = window.trainingDock();
        QProgressBar* bar = dock->progressBar();
        QVERIFY(dock->trainAction()->isEnabled());
        dock->trainAction()->trigger();
        QVERIFY(dock->stageLabel()->text().contains(QStringLiteral("waiting")));
        QCOMPARE(bar->maximum(), 0);

        // The dock as the user sees it, looked at every 20 ms (the bar's value changes before its text).
        QVector<Shown> shown;
        const auto look = [&shown, bar, dock] {
            const Shown now{bar->value(), bar->maximum(), bar->format(), dock->stageLabel()->text()};
            if (shown.isEmpty() || shown.last().value != now.value || shown.last().stage != now.stage)
                shown.push_back(now);
        };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMP_WAIT_POLICY"), QStringLiteral("PASSIVE"));
        env.insert(QStringLiteral("PGPASSWORD"), QLatin1String(PostgresServer::kOwnerPassword));
        QProcess worker;
        worker.setProcessEnvironment(env);
        worker.setProcessChannelMode(QProcess::MergedChannels);
        worker.start(QStringLiteral(DMAD_CLI_PATH),
            {QStringLiteral("worker"),
                QStringLiteral("--project"), m_connection.url(),
                    QStringLiteral("--image-root"), m_images.path(),
                        QStringLiteral("--local-folder"), m_workerFolder.path(),
                            QStringLiteral("--backbone"), kBackbone,
                                           QStringLiteral("--outliers"), kOutliers,
                                                          QStringLiteral("--threads"),
                                                                         QStringLiteral("1"),
                                                                                        QStringLiteral("--once")});
        QVERIFY(worker.waitForStarted(10000));
        QElapsedTimer clock;
        clock.start();
        while (worker.state() != QProcess::NotRunning && clock.elapsed() < 120000) {
            QTest::qWait(20);
            look();
        }
        if (worker.state() != QProcess::NotRunning) {
            worker.kill();
            worker.waitForFinished();
            QFAIL("the worker did not finish within 120 s");
        }
        const QString output = QString::fromUtf8(worker.readAll());
        QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0, qPrintable(output));
        qInfo("worker ran %lld ms", static_cast<long long>(clock.elapsed()));

        // The dock says the candidate is there once the request's row is done.
        QTRY_VERIFY2_WITH_TIMEOUT(dock->stageLabel()->text().contains(QStringLiteral("candidate")),
                                                                      qPrintable(dock->stageLabel()->text()), 5000);
        QCOMPARE(bar->value(), bar->maximum());
        // On the way, the bar showed the worker's stages with the whole job's fraction, named the worker, and
        // never went back.
        const auto midway = std::find_if(shown.cbegin(), shown.cend(), [](const Shown& step) {
            return step.maximum > 0 && step.value > 0 && step.value < step.maximum;
        });
        QVERIFY2(midway != shown.cend(), "the dock showed no progress between queued and done");
        QVERIFY2(midway->stage.contains(QLatin1String(PostgresServer::kOwner) + QLatin1Char('@')),
                 qPrintable(midway->stage));
        // The bar and the stage line name the same stage of the job.
        const QString title = midway->format.section(QStringLiteral(" — "), 0, 0);
        QVERIFY2(!title.isEmpty() && midway->format.endsWith(QStringLiteral(" — %p%")), qPrintable(midway->format));
        QVERIFY2(midway->stage.startsWith(title), qPrintable(midway->stage));
        for (int i = 1; i < shown.size(); ++i) {
            if (shown[i].maximum == shown[i - 1].maximum && shown[i].maximum > 0)
                QVERIFY2(shown[i].value >= shown[i - 1].value, qPrintable(shown[i].format));
        }
        qInfo("the dock showed %d progress values, e.g. \"%s\" (%s)", static_cast<int>(shown.size()),
              qPrintable(midway->format), qPrintable(midway->stage));

        // The worker stored Lena's version as a candidate: nothing became active behind the supervisor's back.
        ModelRepository models(*window.project());
        QCOMPARE(models.all().size(), 1);
        QVERIFY(!models.active());
        const QVector<TrainingRequestRecord> requests = TrainingQueue(*window.project()).all();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().status, RequestStatus::Done);
        QCOMPARE(requests.first().requestedBy, QStringLiteral("Lena"));
    }
};

QTEST_MAIN(TestMainWindowWorker)
#include "test_main_window_worker.moc"
