// The main window on a server project: connected through File > Connect to Server..., a label another
// station sets shows up within 2 s, a mask save or label change that meets another station's newer one
// asks, every supervisor's action is disabled for a labeller and refused when triggered anyway, the
// worker's progress moves the training dock, and the status bar says whether the connection uses TLS.
#include "../../project/postgres_server.h"
#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/labelling.h"
#include "project/mask_repository.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/training_queue.h"
#include "project/user_repository.h"
#include "ui/browser/image_browser.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/canvas/mask_document.h"
#include "ui/dialogs/app_settings.h"
#include "ui/main/main_window.h"
#include "ui/main/shown_image.h"
#include "ui/plots/score_histogram_plot.h"
#include "ui/review/analysis_panel.h"
#include "ui/review/review_queue.h"
#include "ui/review/review_queue_model.h"
#include "ui/review/session.h"
#include "ui/team/server_connect_dialog.h"
#include "ui/training/model_versions_model.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_dock.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
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

int conflictsAnswered = 0;

// Answers Yes to the next question box named `name` ("confirmRelabel": remove the mask and change the
// label?; "confirmReject": send the images back to the labellers?), as soon as it is shown.
void confirm(const QString& name, int triesLeft = 500) {
    QTimer::singleShot(10, [name, triesLeft] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == name) {
            box->button(QMessageBox::Yes)->click();
        } else if (triesLeft > 0) {
            confirm(name, triesLeft - 1);
        }
    });
}

void confirmRelabel() {
    confirm(QStringLiteral("confirmRelabel"));
}

// Clicks the button named `name` in the next conflict question, as soon as it is shown.

void answerConflict(const QString& name, int triesLeft = 500) {
    QTimer::singleShot(10, [name, triesLeft] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("conflictQuestion")) {
            ++conflictsAnswered;
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
    qint64 m_model = 0;
    qint64 m_candidate = 0;
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

    // File > Connect to Server... with Lena's name and password, typed into the dialog.
    void connectAsLena(const ServerConnection& server, const QString& imageRoot) {
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
        m_window->findChild<QAction*>(QStringLiteral("connectToServer"))->trigger();
    }

    QString maskAuthor(qint64 id) { return MaskRepository(*m_other).forImage(id)->author; }

    int count(const QString& query) const {
        QSqlQuery q(m_other->database());
        if (!q.exec(query) || !q.next()) return -1;
        return q.value(0).toInt();
    }

    // What a labeller must not change: review flags, thresholds, the active version, accounts, the audit log.
    QString supervisedState() const {
        return QStringLiteral("%1 reviewed, %2 thresholds, %3 active, %4 users, %5 audit entries not by Lena") .arg(
            count(QStringLiteral("SELECT count(*) FROM images WHERE reviewed = 1")))
                .arg(count(QStringLiteral("SELECT count(*) FROM category_thresholds")))
                         .arg(count(QStringLiteral("SELECT count(*) FROM models WHERE active = 1")))
                                  .arg(count(QStringLiteral("SELECT count(*) FROM users")))
                                           .arg(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name <> 'Lena'")));
    }

    int refusalsOfLena() const {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Lena' AND action = 'refused'"));
    }

    void closeErrorBoxes() {
        for (auto* box : m_window->findChildren<QMessageBox*>(QStringLiteral("errorMessage"))) box->close();
        QCoreApplication::processEvents();
    }

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
        // Two versions (not real models: nothing here scores): one becomes active with scores (for the review
        // queue), the other stays a candidate for Lena to (fail to) activate.
        for (qint64* id : {&m_model, &m_candidate}) {
            const QString modelFile = m_stationA.filePath(QStringLiteral("model%1.dmad").arg(id == &m_model));
            QFile file(modelFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("not a model ") + QByteArray(64, 'x'));
            file.close();
            *id = ModelRepository(*m_other).add(modelFile, QStringLiteral("{}"), QStringLiteral("{}")).id;
        }
    }

    void connectsThroughTheFileMenu() {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setSignInRequired(true);  // as dmad-studio: the connection's password signs Lena in
        m_window->show();
        QSignalSpy shown(m_window.get(), &ui::MainWindow::imageShown);
        connectAsLena(m_owner, m_images.path());
        QVERIFY(m_window->project() && m_window->project()->isServer());
        QVERIFY(m_window->windowTitle().contains(m_owner.database));
        // The test server's Unix socket carries no TLS, and the status bar says so.
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("without TLS")), qPrintable(status));
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

    // A label (N / D / U / T, reviewed) set while another station's newer one has not reached this one:
    // asked, never written over silently.
    void aLabelChangeOverANewerOneAsks() {
        QVERIFY(m_window && m_window->project());
        const qint64 id = m_ids[2];
        QVERIFY(showImage(*m_window, id));
        const auto statusOf = [this, id] { return ImageRepository(*m_other).byId(id)->status; };
        const auto labelsByLena = [this, id] {
            return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Lena' AND action LIKE "
                                        "'label_%' AND subject = 'image:%1'")
                                            .arg(id));
        };
        QAction* markNormal = m_window->action(QStringLiteral("markNormal"));
        QAction* markDefective = m_window->action(QStringLiteral("markDefective"));

        // The other station labels; Lena presses N before her window has heard of it. She goes on.
        QSignalSpy heard(m_window.get(), &ui::MainWindow::imageLabelChanged);
        Labelling(*m_other, QLatin1String(PostgresServer::kOwner)).markDefective(id, std::nullopt);
        int asked = conflictsAnswered;
        answerConflict(QStringLiteral("keepEditing"));
        markNormal->trigger();
        QCOMPARE(conflictsAnswered, asked + 1);
        QCOMPARE(statusOf(), ImageStatus::Defective);
        QCOMPARE(labelsByLena(), 0);
        QVERIFY(heard.count() > 0 || heard.wait(2000));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->shownImage()->record()->status, ImageStatus::Defective, 2000);

        // Once her window shows theirs, her change is no conflict.
        asked = conflictsAnswered;
        markNormal->trigger();
        QCOMPARE(conflictsAnswered, asked);
        QCOMPARE(statusOf(), ImageStatus::Normal);
        QCOMPARE(labelsByLena(), 1);

        // Stale again: this time she keeps hers.
        Labelling(*m_other, QLatin1String(PostgresServer::kOwner)).markUnlabelled(id);
        answerConflict(QStringLiteral("overwrite"));
        markDefective->trigger();
        QCOMPARE(conflictsAnswered, asked + 1);
        QCOMPARE(statusOf(), ImageStatus::Defective);
        QCOMPARE(labelsByLena(), 2);

        // And once she takes theirs (a split move meets their label): theirs is shown, hers is not written.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->shownImage()->record()->status, ImageStatus::Defective, 2000);
        Labelling(*m_other, QLatin1String(PostgresServer::kOwner)).markNormal(id);
        answerConflict(QStringLiteral("takeTheirs"));
        m_window->action(QStringLiteral("toggleSplit"))->trigger();
        QCOMPARE(conflictsAnswered, asked + 2);
        QCOMPARE(ImageRepository(*m_other).byId(id)->split, Split::Train);
        QCOMPARE(statusOf(), ImageStatus::Normal);
        QCOMPARE(m_window->shownImage()->record()->status, ImageStatus::Normal);
    }

    // Issue #12: each supervisor-only action, through the real widgets of a labeller's window, is disabled
    // and, triggered anyway, refused with a sentence that says so; the database is unchanged.
    void labellerIsRefusedEverySupervisorAction() {
        QVERIFY(m_window && m_window->project());
        QVERIFY(!m_window->session()->isSupervisor());
        // The supervisor's station activates a version with scores; Lena's window follows and tries to load
        // it (its file is no model: the failure is reported, which is not what this test is about).
        ui::TrainingController* training = m_window->trainingController();
        QSignalSpy loadFailed(training, &ui::TrainingController::failed);
        ModelRepository(*m_other).activate(m_model);
        ScoreRepository(*m_other).put(m_model, {{m_ids[0], 0.1}, {m_ids[1], 0.2}, {m_ids[2], 0.3}});
        QTRY_VERIFY_WITH_TIMEOUT(loadFailed.count() > 0 && !training->isBusy(), 10000);
        // Not loaded, so Lena reads the review queue again herself.
        ui::ReviewQueue* queue = m_window->reviewQueue();
        QVERIFY(queue);
        queue->findChild<QAction*>(QStringLiteral("refresh"))->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(queue->modelId() == std::optional<qint64>(m_model) && !queue->isLoading(),
                                  qPrintable(queue->message()), 5000);
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("modelVersion%1").arg(m_candidate)));
        closeErrorBoxes();
        const QString before = supervisedState();
        int refusals = refusalsOfLena();
        QSignalSpy errors(m_window.get(), &ui::MainWindow::errorShown);
        QSignalSpy refused(m_window->session(), &ui::Session::refused);
        const auto saysSupervisor = [](const QString& text) {
            return text.contains(QStringLiteral("supervisor"), Qt::CaseInsensitive);
        };

        // Accepting a label on the canvas (Toggle Reviewed).
        QVERIFY(showImage(*m_window, m_ids[1]));
        QAction* review = m_window->action(QStringLiteral("toggleReviewed"));
        QVERIFY(!review->isEnabled());
        review->setEnabled(true);
        review->trigger();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(saysSupervisor(errors.last().first().toString()), qPrintable(errors.last().first().toString()));
        const int errorsBefore = errors.count();
        QCOMPARE(refusalsOfLena(), ++refusals);  // core/project refused and audited it
        closeErrorBoxes();

        // Accept / reject labels, accept predictions in the review queue.
        queue->selectImage(m_ids[1]);
        QVERIFY(queue->view()->selectionModel()->hasSelection());
        for (QAction* decision :
             {queue->acceptLabelAction(), queue->rejectLabelAction(), queue->acceptPredictionAction()}) {
            QVERIFY2(!decision->isEnabled(), qPrintable(decision->objectName()));
            const int heard = refused.count();
            decision->setEnabled(true);
            decision->trigger();
            QVERIFY2(refused.count() > heard, qPrintable(decision->objectName()));
            QVERIFY2(saysSupervisor(queue->message()), qPrintable(queue->message()));
            QCOMPARE(refusalsOfLena(), ++refusals);
        }

        // The category's threshold in the analysis panel: read-only, and a drag is refused at the press.
        ui::AnalysisPanel* analysis = m_window->analysisPanel();
        QVERIFY(analysis);
        QVERIFY(analysis->thresholdSpinBox()->isReadOnly());
        const int heardBefore = refused.count();
        QTest::mousePress(analysis->histogram(), Qt::LeftButton, Qt::NoModifier,
                          analysis->histogram()->rect().center());
        QCOMPARE(refused.count(), heardBefore + 1);
        QVERIFY(saysSupervisor(refused.last().first().toString()));

        // Activating a version: from the Model menu and from the training dock.
        auto* version = m_window->findChild<QAction*>(QStringLiteral("modelVersion%1").arg(m_candidate));
        QVERIFY(version);
        QVERIFY(!training->isBusy());
        version->trigger();
        QCOMPARE(errors.count(), errorsBefore + 1);
        QVERIFY2(saysSupervisor(errors.last().first().toString()), qPrintable(errors.last().first().toString()));
        QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("activateVersion")));
        QCOMPARE(refusalsOfLena(), ++refusals);
        closeErrorBoxes();
        ui::TrainingDock* dock = m_window->trainingDock();
        for (int row = 0; row < dock->versionsModel()->rowCount(); ++row)
            if (dock->versionsModel()->modelId(row) == m_candidate) dock->versionsView()->selectRow(row);
        QVERIFY(dock->versionsView()->selectionModel()->hasSelection());
        QSignalSpy trainingFailed(training, &ui::TrainingController::failed);
        dock->switchAction()->setEnabled(true);
        dock->switchAction()->trigger();
        QCOMPARE(trainingFailed.count(), 1);
        QVERIFY(saysSupervisor(trainingFailed.last().first().toString()));
        QCOMPARE(refusalsOfLena(), ++refusals);
        closeErrorBoxes();

        // Removing the mask another account painted (relabelling a masked image normal removes its mask).
        const qint64 masked = m_ids[0];
        QCOMPARE(maskAuthor(masked), QLatin1String(PostgresServer::kOwner));
        const ImageStatus maskedStatus = ImageRepository(*m_other).byId(masked)->status;
        QVERIFY(showImage(*m_window, masked));
        const int errorsBeforeRelabel = errors.count();
        confirmRelabel();
        m_window->action(QStringLiteral("markNormal"))->trigger();
        QCOMPARE(errors.count(), errorsBeforeRelabel + 1);
        QVERIFY2(saysSupervisor(errors.last().first().toString()), qPrintable(errors.last().first().toString()));
        QCOMPARE(refusalsOfLena(), ++refusals);
        QCOMPARE(maskAuthor(masked), QLatin1String(PostgresServer::kOwner));
        QCOMPARE(ImageRepository(*m_other).byId(masked)->status, maskedStatus);
        closeErrorBoxes();

        // Accounts are an administrator's.
        QVERIFY(!m_window->action(QStringLiteral("addUser"))->isEnabled());

        QCOMPARE(supervisedState(), before);
        QCOMPARE(ModelRepository(*m_other).active()->id, m_model);
    }

    // Undo and redo of a label write over this station's own last change only: when another station
    // changed the image since, they ask too. Go On Editing leaves theirs (and drops the step from the
    // history); Keep Mine writes the step over theirs.
    void undoAndRedoOverANewerLabelAsk() {
        QVERIFY(m_window && m_window->project());
        closeErrorBoxes();
        const qint64 id = m_ids[2];
        QVERIFY(showImage(*m_window, id));
        const auto statusOf = [this, id] { return ImageRepository(*m_other).byId(id)->status; };
        const auto labelsByLena = [this, id] {
            return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'Lena' AND action LIKE "
                                        "'label_%' AND subject = 'image:%1'")
                                            .arg(id));
        };
        QTRY_COMPARE_WITH_TIMEOUT(m_window->shownImage()->record()->rowVersion,
                                  ImageRepository(*m_other).byId(id)->rowVersion, 2000);
        QAction* undo = m_window->canvas()->undoAction();
        QAction* redo = m_window->canvas()->redoAction();
        QUndoStack* history = m_window->canvas()->document()->undoStack();
        Labelling other(*m_other, QLatin1String(PostgresServer::kOwner));

        // Lena marks it defective; the other station sets it unlabelled; her undo (before her window has
        // heard of theirs) asks, and going on leaves theirs.
        m_window->action(QStringLiteral("markDefective"))->trigger();
        QCOMPARE(statusOf(), ImageStatus::Defective);
        const int steps = history->count();
        const int lenasLabels = labelsByLena();
        other.markUnlabelled(id);
        int asked = conflictsAnswered;
        answerConflict(QStringLiteral("keepEditing"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(conflictsAnswered, asked + 1, 5000);
        QCOMPARE(statusOf(), ImageStatus::Unlabelled);
        QCOMPARE(labelsByLena(), lenasLabels);
        QVERIFY(history->count() < steps);  // the step no longer describes the image
        QTRY_COMPARE_WITH_TIMEOUT(m_window->shownImage()->record()->status, ImageStatus::Unlabelled, 2000);

        // Without another station in between, undo and redo ask nothing.
        asked = conflictsAnswered;
        m_window->action(QStringLiteral("markNormal"))->trigger();
        QCOMPARE(statusOf(), ImageStatus::Normal);
        undo->trigger();
        QCOMPARE(statusOf(), ImageStatus::Unlabelled);
        QCoreApplication::processEvents();
        QCOMPARE(conflictsAnswered, asked);

        // The other station labels it defective before Lena's redo: asked, and she keeps hers.
        other.markDefective(id, std::nullopt);
        answerConflict(QStringLiteral("overwrite"));
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(conflictsAnswered, asked + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), ImageStatus::Normal, 2000);
        QCOMPARE(labelsByLena(), lenasLabels + 3);  // normal, its undo, and the redo over theirs
        QTRY_COMPARE_WITH_TIMEOUT(m_window->shownImage()->record()->status, ImageStatus::Normal, 2000);
    }

    // The supervisor's decisions in the review queue (accept / reject a label, accept the prediction) on
    // an image another station relabelled after the queue showed it: asked, never decided on silently.
    void aReviewDecisionOverANewerLabelAsks() {
        QVERIFY(m_other);
        const auto active = ModelRepository(*m_other).active();
        QVERIFY(active);
        const qint64 id = m_ids[1];
        Labelling other(*m_other, QLatin1String(PostgresServer::kOwner));
        other.markNormal(id);
        // The supervisor's own station, signed in as a supervisor.
        const auto station = ProjectStore::connect(m_owner);
        ui::Session session;
        session.signIn(QLatin1String(PostgresServer::kOwner), UserRole::Supervisor);
        ui::ReviewQueue queue(*station, session);
        queue.show();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading() && queue.modelId() == std::optional<qint64>(active->id), 5000);
        const auto shownStatus = [&queue, id] {
            const auto row = queue.model()->rowOf(id);
            return row ? queue.model()->rowAt(*row).image.status : ImageStatus::Unlabelled;
        };
        QCOMPARE(shownStatus(), ImageStatus::Normal);
        const auto image = [this, id] { return *ImageRepository(*m_other).byId(id); };
        const auto decisions = [this, id] {
            return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('accept_label',"
                                        " 'reject_label', 'accept_prediction') AND subject = 'image:%1'")
                                            .arg(id));
        };
        const int decided = decisions();

        // Go on editing: nothing decided, the queue says why.
        queue.selectImage(id);
        other.markDefective(id, std::nullopt);
        int asked = conflictsAnswered;
        answerConflict(QStringLiteral("keepEditing"));
        QVERIFY(queue.acceptLabelAction()->isEnabled());
        queue.acceptLabelAction()->trigger();
        QCOMPARE(conflictsAnswered, asked + 1);
        QCOMPARE(image().status, ImageStatus::Defective);
        QVERIFY(!image().reviewed);
        QCOMPARE(decisions(), decided);
        QVERIFY2(queue.message().contains(QStringLiteral("someone else")), qPrintable(queue.message()));
        QCOMPARE(shownStatus(), ImageStatus::Normal);  // still the queue's (stale) view

        // Accepting the prediction on the stale row: asked too; take theirs shows their label.
        answerConflict(QStringLiteral("takeTheirs"));
        queue.acceptPredictionAction()->trigger();
        QCOMPARE(conflictsAnswered, asked + 2);
        QVERIFY(!image().reviewed);
        QCOMPARE(decisions(), decided);
        QCOMPARE(shownStatus(), ImageStatus::Defective);

        // Now the queue shows theirs: accepting asks nothing.
        queue.selectImage(id);
        queue.acceptLabelAction()->trigger();
        QCOMPARE(conflictsAnswered, asked + 2);
        QVERIFY(image().reviewed);
        QCOMPARE(image().status, ImageStatus::Defective);
        QCOMPARE(decisions(), decided + 1);

        // Rejecting after the other station relabelled it again: asked, and the supervisor keeps the
        // decision, which is taken on the image as it is now.
        other.markNormal(id);
        queue.selectImage(id);
        confirm(QStringLiteral("confirmReject"));
        answerConflict(QStringLiteral("overwrite"));
        queue.rejectLabelAction()->trigger();
        QCOMPARE(conflictsAnswered, asked + 3);
        QCOMPARE(image().status, ImageStatus::Unlabelled);
        QVERIFY(!image().reviewed);
        QCOMPARE(decisions(), decided + 2);
        QCOMPARE(shownStatus(), ImageStatus::Unlabelled);
    }

    // Retrain on a server project is a request; the worker's progress (its row, announced to the
    // stations) moves the requesting station's training dock as a local run would.
    void retrainShowsTheWorkersProgressInTheTrainingDock() {
        QVERIFY(m_window && m_window->project());
        closeErrorBoxes();
        ui::TrainingDock* dock = m_window->trainingDock();
        QProgressBar* bar = dock->progressBar();
        QVERIFY(dock->retrainAction()->isEnabled());
        dock->retrainAction()->trigger();
        QCOMPARE(bar->maximum(), 0);  // busy: waiting in the queue
        QVERIFY(dock->stageLabel()->text().contains(QStringLiteral("waiting")));

        // What `dmad worker` writes to the request's row (its training is tested in test_cli_worker).
        TrainingQueue worker(*m_other);
        const auto claimed = worker.claim(QStringLiteral("dmad_owner@gpu"));
        QVERIFY(claimed);
        QCOMPARE(claimed->requestedBy, QStringLiteral("Lena"));
        worker.reportProgress(claimed->id, 0.4, QStringLiteral("training"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 400, 2000);
        QCOMPARE(bar->maximum(), 1000);
        QVERIFY(bar->format().startsWith(ui::TrainingDock::stageTitle(QStringLiteral("training"))));
        QVERIFY(dock->stageLabel()->text().contains(QStringLiteral("dmad_owner@gpu")));
        worker.reportProgress(claimed->id, 0.9, QStringLiteral("scoring"));
        QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 900, 2000);
        QVERIFY(bar->format().startsWith(ui::TrainingDock::stageTitle(QStringLiteral("scoring"))));
        worker.finish(claimed->id, m_model, QStringLiteral("version 1, candidate"));
        QTRY_VERIFY_WITH_TIMEOUT(dock->stageLabel()->text().contains(QStringLiteral("version 1, candidate")), 2000);
        QCOMPARE(bar->value(), bar->maximum());
    }

    // sslmode=prefer: a server that offers TLS (TCP, a self-signed certificate made at test time) is
    // connected to over TLS, and the status bar says so. Last: the window moves to that project.
    void theStatusBarSaysWhenTheConnectionUsesTls() {
        QVERIFY(m_window);
        PostgresServer tlsServer;
        QString why;
        if (!tlsServer.start(&why, PostgresServer::Tls::On)) {
            if (why.contains(QStringLiteral("openssl"))) QSKIP(qPrintable(why));
            QFAIL(qPrintable(QStringLiteral("the TLS server did not start: ") + why));
        }
        const ServerConnection tls = newServerProject(tlsServer, m_images.path(), m_stationA.path());
        {
            const auto owner = ProjectStore::connect(tls);
            UserRepository users(*owner);
            users.add(QStringLiteral("Lena"), UserRole::Labeller, QLatin1String(kLabellerPassword));
            users.add(QStringLiteral("Anna"), UserRole::Administrator, QStringLiteral("admin-secret-1"));
        }
        closeErrorBoxes();
        connectAsLena(tls, m_images.path());
        QVERIFY(m_window->project() && m_window->project()->server()->database == tls.database);
        QVERIFY(m_window->project()->isEncrypted());
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("over TLS")), qPrintable(status));
        m_window.reset();  // lets go of the server before it stops
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowTeam)
#include "test_main_window_team.moc"
