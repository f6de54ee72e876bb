// Sign-in and roles: name and password, the role from the account, adding users, and a labeller's supervisor actions refused.
#include "project/accounts.h"
#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/user_repository.h"
#include "review_project.h"
#include "ui/review/account_dialog.h"
#include "ui/review/login_dialog.h"
#include "ui/review/session.h"
#include "ui/review/supervisor_actions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace dmad;
using dmad::project::UserRole;

class TestReviewRoles : public QObject {
    Q_OBJECT

    ReviewSettingsSandbox m_sandbox;

private Q_SLOTS:
    void init() { ReviewSettingsSandbox::settings().clear(); }

    void signInDialogStartsEmptyWhateverTheSettingsSay() {
        auto settings = ReviewSettingsSandbox::settings();
        settings.setValue("user/name", "alice");
        settings.setValue("user/role", "supervisor");
        settings.sync();
        ReviewProject project;
        ui::Session session;
        ui::LoginDialog dialog(session, project.store());
        QVERIFY(dialog.userNameEdit()->text().isEmpty());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog.findChild<QComboBox*>());  // the role is the account's, not a choice
    }

    void signingInTakesTheAccountsRole() {
        ReviewProject project;
        project::Accounts accounts(project.store());
        accounts.createFirstAdministrator(QStringLiteral("ada"), QStringLiteral("admin password"));
        accounts.addUser(QStringLiteral("ada"), QStringLiteral("bob"), UserRole::Supervisor,
                                                               QStringLiteral("bob password"));
        ui::Session session;
        QSignalSpy changed(&session, &ui::Session::changed);
        ui::LoginDialog dialog(session, project.store());
        QTest::keyClicks(dialog.userNameEdit(), QStringLiteral("  BOB "));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("bob password"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.userName(), QStringLiteral("bob"));
        QVERIFY(session.isSupervisor());
        QVERIFY(!session.isAdministrator());
        QCOMPARE(changed.count(), 1);
        // Nothing about the user goes to the settings any more.
        QVERIFY(!ReviewSettingsSandbox::settings().contains("user/role"));
        const auto entries = project::AuditLog(project.store()).recent(1);
        QCOMPARE(entries.front().action, QStringLiteral("sign_in"));
        QCOMPARE(entries.front().user, QStringLiteral("bob"));
        QCOMPARE(entries.front().details, QStringLiteral("supervisor"));
    }

    void aWrongPasswordIsRefused() {
        ReviewProject project;
        project::Accounts(project.store())
            .createFirstAdministrator(QStringLiteral("ada"), QStringLiteral("admin password"));
        ui::Session session;
        ui::LoginDialog dialog(session, project.store());
        QTest::keyClicks(dialog.userNameEdit(), QStringLiteral("ada"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("admin passwore"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("wrong password")));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!session.isSignedIn());
        QCOMPARE(project::AuditLog(project.store()).recent(1).front().action, QStringLiteral("sign_in_failed"));
    }

    void theFirstAdministratorIsAskedForThePasswordTwice() {
        ReviewProject project;
        ui::Session session;
        ui::AccountDialog dialog(ui::AccountDialog::Mode::FirstAdministrator, session, project.store());
        QVERIFY(!dialog.roleCombo());
        QTest::keyClicks(dialog.userNameEdit(), QStringLiteral("ada"));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("admin password"));
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("admin passwort"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
        QVERIFY(project::Accounts(project.store()).needsAdministrator());

        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("admin password"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(session.isAdministrator());
        QVERIFY(!project::Accounts(project.store()).needsAdministrator());
    }

    void anAdministratorAddsUsersButNotLookAlikes() {
        ReviewProject project;
        ui::Session session;
        session.signIn(project::Accounts(project.store())
                           .createFirstAdministrator(QStringLiteral("ada"), QStringLiteral("admin password")));
        const auto add = [&](const QString& name, UserRole role) {
            auto dialog =
                std::make_unique<ui::AccountDialog>(ui::AccountDialog::Mode::AddUser, session, project.store());
            dialog->userNameEdit()->setText(name);
            dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(static_cast<int>(role)));
            dialog->passwordEdit()->setText(QStringLiteral("kim password"));
            dialog->confirmEdit()->setText(QStringLiteral("kim password"));
            dialog->accept();
            return dialog;
        };
        QCOMPARE(add(QStringLiteral("kim"), UserRole::Supervisor)->result(), int(QDialog::Accepted));
        QCOMPARE(project::UserRepository(project.store()).byName(QStringLiteral("kim"))->role, UserRole::Supervisor);
        const auto lookAlike = add(QString::fromUtf8("\uFF2B\uFF29\uFF2D"), UserRole::Administrator);  // full-width KIM
        QVERIFY(lookAlike->result() != QDialog::Accepted);
        QVERIFY(lookAlike->errorText().contains(QStringLiteral("already")));
        const auto newline = add(QStringLiteral("k\nim"), UserRole::Labeller);
        QVERIFY(newline->result() != QDialog::Accepted);
        QCOMPARE(project::UserRepository(project.store()).byName(QStringLiteral("kim"))->role, UserRole::Supervisor);

        // A labeller's session cannot add anybody: core/project refuses and records it.
        ui::Session labeller;
        labeller.signIn(QStringLiteral("lou"), UserRole::Labeller);
        ui::AccountDialog dialog(ui::AccountDialog::Mode::AddUser, labeller, project.store());
        dialog.userNameEdit()->setText(QStringLiteral("mallory"));
        dialog.passwordEdit()->setText(QStringLiteral("mallory password"));
        dialog.confirmEdit()->setText(QStringLiteral("mallory password"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!project::UserRepository(project.store()).byName(QStringLiteral("mallory")));
        QCOMPARE(project::AuditLog(project.store()).recent(1).front().action, QStringLiteral("refused"));
    }

    void requireSupervisorRefusesALabellerWithAMessage() {
        ui::Session session;
        QSignalSpy refused(&session, &ui::Session::refused);
        QVERIFY(!session.requireSupervisor(QStringLiteral("do it")));
        QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("nobody is signed in")));
        session.signIn(QStringLiteral("dan"), UserRole::Labeller);
        QVERIFY(!session.requireSupervisor(QStringLiteral("do it")));
        QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("labeller")));
        session.signIn(QStringLiteral("dan"), UserRole::Supervisor);
        QVERIFY(session.requireSupervisor(QStringLiteral("do it")));
        QCOMPARE(refused.count(), 2);
    }

    void supervisorActionsRefuseALabellerAndChangeNothing() {
        ReviewProject project;
        ui::Session session;
        session.signIn(QStringLiteral("erin"), UserRole::Labeller);
        QSignalSpy refused(&session, &ui::Session::refused);
        ui::SupervisorActions actions(project.store(), session);
        const qint64 image = project.id(QStringLiteral("bottle_test_defective_0"));
        const int auditBefore = project::AuditLog(project.store()).count();

        QVERIFY(!actions.acceptLabels({image}).ok());
        QVERIFY(!actions.rejectLabels({image}).ok());
        QVERIFY(!actions.acceptPredictions({image}, project.modelId, 0.0).ok());
        const auto threshold = actions.setThreshold(project.bottle, project.modelId, 0.25);
        QVERIFY(!threshold.ok());
        QVERIFY(threshold.error.contains(QStringLiteral("supervisor")));
        QCOMPARE(refused.count(), 4);

        const auto record = project.image(QStringLiteral("bottle_test_defective_0"));
        QCOMPARE(record.status, project::ImageStatus::Defective);
        QVERIFY(!record.reviewed);
        QVERIFY(!project::ScoreRepository(project.store()).threshold(project.bottle, project.modelId).has_value());
        // core/project refused each one and recorded it; nothing else was written.
        const auto entries = project::AuditLog(project.store()).recent(100);
        QCOMPARE(project::AuditLog(project.store()).count(), auditBefore + 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(entries[i].action, QStringLiteral("refused"));
            QCOMPARE(entries[i].user, QStringLiteral("erin"));
        }
    }

    void aFailedDecisionLeavesNoTrace() {
        ReviewProject project;
        ui::Session session;
        session.signIn(QStringLiteral("fay"), UserRole::Supervisor);
        ui::SupervisorActions actions(project.store(), session);
        const qint64 labelled = project.id(QStringLiteral("bottle_test_normal_0"));
        const qint64 unlabelled = project.id(QStringLiteral("bottle_test_unlabelled_0"));
        const int auditBefore = project::AuditLog(project.store()).count();
        // The second image has no label: the whole call is refused, the first image included.
        const auto outcome = actions.acceptLabels({labelled, unlabelled});
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.changed, 0);
        QVERIFY(!project.image(QStringLiteral("bottle_test_normal_0")).reviewed);
        QCOMPARE(project::AuditLog(project.store()).count(), auditBefore);
    }
};

QTEST_MAIN(TestReviewRoles)
#include "test_review_roles.moc"
