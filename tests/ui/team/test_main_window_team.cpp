// The main window on a server project: connected through File > Connect to Server..., a label another
// station sets shows up within 2 s, and a mask save that meets another station's newer mask asks.
#include "../../project/postgres_server.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/project_store.h"
#include "project/user_repository.h"
#include "ui/browser/image_browser.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/main/shown_image.h"
#include "ui/team/server_connect_dialog.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace dmad;
using namespace dmad::project;
using dmad::testing::PostgresServer;

namespace {

constexpr const char* kLabellerPassword = "labeller-secret-1";

QByteArray maskPng(int x) {
    QImage mask(64, 48, QImage::Format_Grayscale8);
    mask.fill(0);
    for (int y = 10; y < 20; ++y) mask.setPixel(x, y, 255);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    mask.save(&buffer, "PNG");
    return bytes;
}

// Clicks the button named `name` in the next conflict question, as soon as it is shown.
void answerConflict(const QString& name, int triesLeft = 500) {
    QTimer::singleShot(10, [name, triesLeft] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("conflictQuestion")) {
            box->findChild<QPushButton*>(name)->click();
        } else if (triesLeft > 0) {
            answerConflict(name, triesLeft - 1);
        }
    });
}

}  // namespace

class TestMainWindowTeam : public QObject {
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_images;
    QTemporaryDir m_stationA;
    ServerConnection m_owner;
    std::unique_ptr<ProjectStore> m_other;  // the supervisor's station, the "other" one here
    QVector<qint64> m_ids;
    std::unique_ptr<ui::MainWindow> m_window;  // Lena's station

    static bool showImage(ui::MainWindow& window, qint64 id) {
        if (window.shownImageId() == id) return true;
        QSignalSpy shown(&window, &ui::MainWindow::imageShown);
        if (!window.browser()->selectImage(id)) return false;
        return shown.wait(5000) && window.shownImageId() == id;
    }

    void paint(int x) {
        ui::MaskCanvas* canvas = m_window->canvas();
        QWidget* viewport = canvas->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(QPoint(x, 5)));
        QTest::mouseMove(viewport, canvas->pixelCentreInViewport(QPoint(x, 20)));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, canvas->pixelCentreInViewport(QPoint(x, 30)));
    }

    // The other station saves a mask; Lena's window has heard of it (its canvas is dirty: not reloaded).
    void otherStationSavesMask(qint64 id, int x) {
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::imageLabelChanged);
        Labelling(*m_other, QLatin1String(PostgresServer::kOwner)).saveMask(id, maskPng(x), std::nullopt);
        QVERIFY(refreshed.wait(2000));
    }

    QString maskAuthor(qint64 id) { return MaskRepository(*m_other).forImage(id)->author; }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dmad-test-main-window-team"));
        QSettings().clear();
        QCOMPARE(ui::AppSettings().setMaskAutosave(false), QString());
        DMAD_START_POSTGRES_OR_SKIP(m_server);
        m_owner = newServerProject(m_server, m_images.path(), m_stationA.path());
        m_other = ProjectStore::connect(m_owner);
        UserRepository users(*m_other);
        users.add(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor,
                  QLatin1String(PostgresServer::kOwnerPassword));
        users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
        // A team project has its administrator (else the first sign-in would have to create one).
        users.add(QStringLiteral("Anna"), UserRole::Administrator, QStringLiteral("admin-secret-1"));
        const qint64 category = CategoryRepository(*m_other).ensure(QStringLiteral("part"));
        for (int i = 0; i < 3; ++i) {
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 100, 150, 200));
            const QString path = QDir(m_images.path()).filePath(QStringLiteral("part/%1.png").arg(i));
            QDir().mkpath(QFileInfo(path).path());
            QVERIFY(image.save(path));
            NewImage record;
            record.categoryId = category;
            record.path = path;
            record.contentHash = QString::number(i);
            record.width = 64;
            record.height = 48;
            m_ids << ImageRepository(*m_other).add(record);
        }
    }

    void connectsThroughTheFileMenu() {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setSignInRequired(true);  // as dmad-studio: the connection's password signs Lena in
        m_window->show();
        QTimer::singleShot(10, [this] {
            auto* dialog = qobject_cast<ui::ServerConnectDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            dialog->hostEdit()->setText(m_owner.host);
            dialog->portEdit()->setValue(m_owner.port);
            dialog->databaseEdit()->setText(m_owner.database);
            dialog->userEdit()->setText(QStringLiteral("Lena"));
            dialog->passwordEdit()->setText(QLatin1String(kLabellerPassword));
            dialog->imageRootEdit()->setText(m_images.path());
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy shown(m_window.get(), &ui::MainWindow::imageShown);
        m_window->findChild<QAction*>(QStringLiteral("connectToServer"))->trigger();
        QVERIFY(m_window->project() && m_window->project()->isServer());
        QVERIFY(m_window->windowTitle().contains(m_owner.database));
        QVERIFY(shown.count() > 0 || shown.wait(5000));
        QCOMPARE(m_window->browser()->totalCount(), 3);
        QSqlQuery signIns(m_other->database());
        QVERIFY(signIns.exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Lena' AND action = 'sign_in'")));
        QVERIFY(signIns.next());
        QCOMPARE(signIns.value(0).toInt(), 1);  // once, by the dialog: no second password
    }

    void anotherStationsLabelIsShownWithinTwoSeconds() {
        QVERIFY(m_window && m_window->project());
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::imageLabelChanged);
        QElapsedTimer clock;
        clock.start();
        Labelling(*m_other, QLatin1String(PostgresServer::kOwner)).markNormal(m_ids[1]);
        QVERIFY(refreshed.wait(2000));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(refreshed.first().first().toLongLong(), m_ids[1]);
    }

    void aMaskSaveOverANewerOneAsks() {
        QVERIFY(m_window && m_window->project());
        const qint64 id = m_ids[0];
        QVERIFY(showImage(*m_window, id));
        paint(30);
        QVERIFY(m_window->canvas()->document()->isDirty());
        otherStationSavesMask(id, 5);
        QVERIFY(m_window->canvas()->document()->isDirty());  // the painting is kept

        answerConflict(QStringLiteral("keepEditing"));
        QVERIFY(!m_window->shownImage()->saveMask());
        QCOMPARE(maskAuthor(id), QLatin1String(PostgresServer::kOwner));  // nothing overwritten
        QVERIFY(m_window->canvas()->document()->isDirty());

        answerConflict(QStringLiteral("overwrite"));
        QVERIFY(m_window->shownImage()->saveMask());
        QCOMPARE(maskAuthor(id), QStringLiteral("Lena"));

        // Once more, and this time Lena takes the other station's mask.
        paint(40);
        otherStationSavesMask(id, 7);
        QSignalSpy shown(m_window.get(), &ui::MainWindow::imageShown);
        answerConflict(QStringLiteral("takeTheirs"));
        QVERIFY(m_window->shownImage()->saveMask());
        QCOMPARE(maskAuthor(id), QLatin1String(PostgresServer::kOwner));
        QVERIFY(!m_window->canvas()->document()->isDirty());
        QVERIFY(shown.count() > 0 || shown.wait(5000));  // theirs is on the canvas now
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowTeam)
#include "test_main_window_team.moc"
