// Who works in the open project: the sign-in on opening, the tests' sign-in, Sign Out and Add User.
#pragma once

#include "project/project_types.h"

#include <QObject>

class QWidget;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class Session;

// With signInRequired (the application) opening a project asks for a name and password (or, in a
// project without an administrator, creates one); the role is the account's. signInForTests() signs
// in without a password, creating a missing account with `role`, never changing a stored role.
// Embedded windows (tools) without either work as a labeller under the settings' name.
class SignInFlow : public QObject {
    Q_OBJECT

public:
    SignInFlow(Session* session, QWidget* dialogParent, QObject* parent = nullptr);

    void setSignInRequired(bool required) { m_required = required; }
    // Before the project is shown: records the tests' or the default user. Throws ProjectError.
    void prepare(project::ProjectStore& store);
    // After prepare(): asks who works when the application requires it; false when nobody signed in.
    bool complete(project::ProjectStore& store);
    bool signInForTests(const QString& userName, project::UserRole role, project::ProjectStore* store);
    bool signInInteractively(project::ProjectStore& store);
    // Signs the user out and asks for the next; false when nobody signed in again.
    bool signOut(project::ProjectStore& store);
    void addUser(project::ProjectStore& store);
    QString userName() const;

Q_SIGNALS:
    void failed(const QString& message);
    void message(const QString& text);

private:
    void signInTestUser(project::ProjectStore& store);

    Session* m_session;
    QWidget* m_dialogParent;
    bool m_required = false;
    QString m_testUser;  // signInForTests()'s user, looked up in each project opened
    project::UserRole m_testRole = project::UserRole::Labeller;
};

}  // namespace dmad::ui
