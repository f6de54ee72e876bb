// Sign-in and roles: the dialog remembers the user, the project records it, and a labeller's supervisor actions are refused.
#include "project/audit_log.h"
#include "project/image_repository.h"
#include "project/user_repository.h"
#include "review_project.h"
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

    void dialogIsPrefilledFromTheSettings()
    {
        auto settings = ReviewSettingsSandbox::settings();
        settings.setValue("user/name", "alice");
        settings.setValue("user/role", "supervisor");
        settings.sync();
        ui::Session session;
        ui::LoginDialog dialog(session);
        QCOMPARE(dialog.userNameEdit()->text(), QStringLiteral("alice"));
        QCOMPARE(dialog.roleCombo()->currentData().toInt(), static_cast<int>(UserRole::Supervisor));
    }

    void acceptingStoresTheUserInSettingsSessionAndProject()
    {
        ReviewProject project;
        QVERIFY(project.isValid());
        ui::Session session;
        QSignalSpy changed(&session, &ui::Session::changed);
        ui::LoginDialog dialog(session, &project.store());
        dialog.userNameEdit()->setText(QStringLiteral("  bob "));
        dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(static_cast<int>(UserRole::Supervisor)));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session.userName(), QStringLiteral("bob"));
        QVERIFY(session.isSupervisor());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ReviewSettingsSandbox::settings().value("user/name").toString(), QStringLiteral("bob"));
        QCOMPARE(ReviewSettingsSandbox::settings().value("user/role").toString(), QStringLiteral("supervisor"));

        const auto user = project::UserRepository(project.store()).byName(QStringLiteral("bob"));
        QVERIFY(user.has_value());
        QCOMPARE(user->role, UserRole::Supervisor);
        const auto entries = project::AuditLog(project.store()).recent(1);
        QCOMPARE(entries.front().action, QStringLiteral("sign_in"));
        QCOMPARE(entries.front().user, QStringLiteral("bob"));
        QCOMPARE(entries.front().details, QStringLiteral("supervisor"));
    }

    void signingInAgainUpdatesTheStoredRole()
    {
        ReviewProject project;
        project::UserRepository(project.store()).ensure(QStringLiteral("carol"), UserRole::Supervisor);
        ui::Session session;
        session.signIn(QStringLiteral("carol"), UserRole::Labeller);
        session.recordIn(project.store());
        QCOMPARE(project::UserRepository(project.store()).byName(QStringLiteral("carol"))->role, UserRole::Labeller);
    }

    void anEmptyNameIsRefused()
    {
        ui::Session session;
        ui::LoginDialog dialog(session);
        dialog.userNameEdit()->setText(QStringLiteral("   "));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();  // the code path behind the button refuses too
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!session.isSignedIn());
    }

    void requireSupervisorRefusesALabellerWithAMessage()
    {
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

    void supervisorActionsRefuseALabellerAndChangeNothing()
    {
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
        QCOMPARE(project::AuditLog(project.store()).count(), auditBefore);
    }

    void aFailedDecisionLeavesNoTrace()
    {
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
