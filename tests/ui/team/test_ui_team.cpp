// A station on a server project: File > Connect to Server's dialog, rows refreshed when another station
// changes them (within 2 s), a new active version announced, and Retrain's request followed to the end.
#include "../../project/postgres_server.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/supervision.h"
#include "project/training_queue.h"
#include "project/user_repository.h"
#include "ui/team/live_updates.h"
#include "ui/team/remote_training.h"
#include "ui/team/server_connect_dialog.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace dmad::project;
using dmad::testing::PostgresServer;
using dmad::ui::LiveUpdates;
using dmad::ui::RemoteTraining;
using dmad::ui::ServerConnectDialog;

namespace {

constexpr const char* kLabellerPassword = "labeller-secret-1";
constexpr int kLiveMs = 2000;  // what the issue allows a station to lag

}  // namespace

class TestUiTeam : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_images;
    QTemporaryDir m_stationA;
    QTemporaryDir m_stationB;
    ServerConnection m_owner;
    std::unique_ptr<ProjectStore> m_store;  // the supervisor's station
    qint64 m_image = 0;
    qint64 m_category = 0;

    ServerConnection labeller() const {
        ServerConnection connection = m_owner;
        connection.user = QStringLiteral("Lena");
        connection.password = QLatin1String(kLabellerPassword);
        connection.localFolder = m_stationB.path();
        return connection;
    }

    qint64 addModel(const QByteArray& bytes) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.dmad"));
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(bytes);
        out.close();
        return ModelRepository(*m_store).add(file, QStringLiteral("{}"), QStringLiteral("{}")).id;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dmad-test-ui-team"));
        QSettings().clear();
        DMAD_START_POSTGRES_OR_SKIP(m_server);
        m_owner = newServerProject(m_server, m_images.path(), m_stationA.path());
        m_store = ProjectStore::connect(m_owner);
        UserRepository users(*m_store);
        users.add(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor,
                  QLatin1String(PostgresServer::kOwnerPassword));
        users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
        m_category = CategoryRepository(*m_store).ensure(QStringLiteral("bottle"));
        NewImage image;
        image.categoryId = m_category;
        image.path = QDir(m_images.path()).filePath(QStringLiteral("bottle/a.png"));
        image.contentHash = QStringLiteral("h");
        image.width = 10;
        image.height = 8;
        m_image = ImageRepository(*m_store).add(image);
    }

    void dialogRefusesAWrongPasswordAndRemembersAllButThePassword() {
        ServerConnectDialog dialog;
        QPushButton* connectButton = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!connectButton->isEnabled());
        QTest::keyClicks(dialog.hostEdit(), m_owner.host);
        dialog.portEdit()->setValue(m_owner.port);
        QTest::keyClicks(dialog.databaseEdit(), m_owner.database);
        QTest::keyClicks(dialog.userEdit(), QStringLiteral("Lena"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("not-her-password"));
        QTest::keyClicks(dialog.imageRootEdit(), m_images.path());
        QVERIFY(connectButton->isEnabled());
        dialog.show();
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(dialog.isVisible());  // stays open, saying why
        QVERIFY2(dialog.errorText().contains(m_owner.database), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.takeStore());

        dialog.passwordEdit()->clear();
        QTest::keyClicks(dialog.passwordEdit(), QLatin1String(kLabellerPassword));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto store = dialog.takeStore();
        QVERIFY(store && store->isServer());
        QCOMPARE(ImageRepository(*store).byId(m_image)->path, QDir(m_images.path()).filePath("bottle/a.png"));

        ServerConnectDialog again;
        QCOMPARE(again.hostEdit()->text(), m_owner.host);
        QCOMPARE(again.databaseEdit()->text(), m_owner.database);
        QCOMPARE(again.userEdit()->text(), QStringLiteral("Lena"));
        QCOMPARE(again.imageRootEdit()->text(), m_images.path());
        QVERIFY(again.passwordEdit()->text().isEmpty());
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QLatin1String(kLabellerPassword)), qPrintable(key));
    }

    void anotherStationsLabelArrivesWithinTwoSeconds() {
        LiveUpdates live(*m_store);
        QVERIFY(live.isListening());
        QSignalSpy images(&live, &LiveUpdates::imagesChanged);
        const auto other = ProjectStore::connect(labeller());
        QElapsedTimer clock;
        clock.start();
        Labelling(*other, QStringLiteral("Lena")).markNormal(m_image);
        QVERIFY(images.wait(kLiveMs));
        QVERIFY(clock.elapsed() < kLiveMs);
        QVERIFY(images.first().first().value<QSet<qint64>>().contains(m_image));
        QCOMPARE(ImageRepository(*m_store).byId(m_image)->status, ImageStatus::Normal);
        // This station's own change is not sent back to it.
        images.clear();
        Labelling(*m_store, QLatin1String(PostgresServer::kOwner)).markUnlabelled(m_image);
        QVERIFY(!images.wait(2 * LiveUpdates::kBatchMs + 200));
    }

    void newActiveVersionAndThresholdAreAnnounced() {
        const auto other = ProjectStore::connect(labeller());
        LiveUpdates live(*other);
        QSignalSpy active(&live, &LiveUpdates::activeModelChanged);
        QSignalSpy thresholds(&live, &LiveUpdates::thresholdsChanged);
        const qint64 model = addModel(QByteArray("model ") + QByteArray(200, 'x'));
        Supervision(*m_store, QLatin1String(PostgresServer::kOwner)).activateModel(model);
        QVERIFY(active.wait(kLiveMs));
        QCOMPARE(active.first().first().toLongLong(), model);
        Supervision(*m_store, QLatin1String(PostgresServer::kOwner)).setThreshold(m_category, model, 0.5);
        QVERIFY(thresholds.count() > 0 || thresholds.wait(kLiveMs));
    }

    void retrainOnAServerIsARequestFollowedToTheEnd() {
        const auto station = ProjectStore::connect(labeller());
        LiveUpdates live(*station);
        RemoteTraining remote(*station, live);
        QSignalSpy progress(&remote, &RemoteTraining::progress);
        QSignalSpy finished(&remote, &RemoteTraining::finished);
        dmad::training::TrainingOptions options;
        options.userName = QStringLiteral("Lena");
        options.epochs = 2;
        QVERIFY(remote.request(options, true));
        const qint64 id = *remote.pendingRequest();
        QVERIFY(!remote.request(options, true));  // one at a time

        // What `dmad worker` does to the row (its training is tested in test_cli_worker).
        TrainingQueue worker(*m_store);
        const auto claimed = worker.claim(QStringLiteral("dmad_owner@gpu"));
        QVERIFY(claimed && claimed->id == id);
        QVERIFY(claimed->settingsJson.contains(QLatin1String("\"epochs\":2")));
        worker.reportProgress(id, 0.5, QStringLiteral("training"));
        QVERIFY(progress.wait(kLiveMs));
        QCOMPARE(progress.last().at(0).toString(), QStringLiteral("training"));
        QCOMPARE(progress.last().at(1).toDouble(), 0.5);
        const qint64 model = addModel(QByteArray("trained ") + QByteArray(100, 'y'));
        worker.finish(id, model, QStringLiteral("version 3, candidate"));
        QVERIFY(finished.wait(kLiveMs));
        QCOMPARE(finished.first().first().toLongLong(), model);
        QVERIFY(!remote.pendingRequest());
    }
};

QTEST_MAIN(TestUiTeam)
#include "test_ui_team.moc"
