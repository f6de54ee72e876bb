#include "ui/main/sign_in_flow.h"

#include "project/access.h"
#include "project/accounts.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/user_repository.h"
#include "ui/dialogs/app_settings.h"
#include "ui/review/account_dialog.h"
#include "ui/review/login_dialog.h"
#include "ui/review/session.h"

#include <QCoreApplication>
#include <QLineEdit>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

SignInFlow::SignInFlow(Session* session, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent) {}

QString SignInFlow::userName() const {
    return m_session->isSignedIn() ? m_session->userName() : AppSettings().userName();
}

void SignInFlow::prepare(project::ProjectStore& store) {
    // Nothing can be recorded in a read-only project (not even a sign-in); it is opened to look at.
    if (store.isReadOnly()) return;
    if (!m_testUser.isEmpty()) {
        signInTestUser(store);
    } else if (!m_required) {
        project::UserRepository(store).ensure(AppSettings().userName(), project::UserRole::Labeller);
    }
}

bool SignInFlow::complete(project::ProjectStore& store) {
    if (!m_required || !m_testUser.isEmpty() || store.isReadOnly()) return true;
    return signInInteractively(store);
}

bool SignInFlow::signInForTests(const QString& userName, project::UserRole role, project::ProjectStore* store) {
    if (userName.trimmed().isEmpty()) return false;
    m_testUser = userName.trimmed();
    m_testRole = role;
    if (!store) {
        m_session->signIn(m_testUser, role);  // the account is looked up when a project opens
        return true;
    }
    try {
        signInTestUser(*store);
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        return false;
    }
    return true;
}

void SignInFlow::signInTestUser(project::ProjectStore& store) {
    m_session->signIn(project::Accounts(store).signInWithoutPassword(m_testUser, m_testRole));
}

bool SignInFlow::signInInteractively(project::ProjectStore& store) {
    try {
        if (project::Accounts(store).needsAdministrator()) {
            AccountDialog first(AccountDialog::Mode::FirstAdministrator, *m_session, store, m_dialogParent);
            return first.exec() == QDialog::Accepted;
        }
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
        return false;
    }
    LoginDialog login(*m_session, store, m_dialogParent);
    return login.exec() == QDialog::Accepted;
}

bool SignInFlow::signOut(project::ProjectStore& store) {
    try {
        if (const auto account = project::UserRepository(store).byName(m_session->userName())) {
            project::Accounts(store).signOut(*account);
        }
    } catch (const project::ProjectError& error) {
        Q_EMIT failed(error.message());
    }
    m_session->signOut();
    m_testUser.clear();
    return signInInteractively(store);
}

void SignInFlow::addUser(project::ProjectStore& store) {
    if (!m_session->isAdministrator()) {
        try {
            project::requireAllowed(store, userName(), project::Action::ManageUsers, QStringLiteral("users"));
        } catch (const project::ProjectError& error) {
            Q_EMIT failed(error.message());
        }
        return;
    }
    AccountDialog dialog(AccountDialog::Mode::AddUser, *m_session, store, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(QCoreApplication::translate("dmad::ui::MainWindow", "User %1 added")
                           .arg(dialog.userNameEdit()->text().trimmed()));
}

}  // namespace dmad::ui
