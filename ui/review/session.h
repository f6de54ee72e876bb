// Who is signed in and with which role, as the project's account says: what the buttons show (core/project checks again).
#pragma once

#include "project/project_types.h"

#include <QObject>
#include <QString>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);

    QString userName() const { return m_userName; }
    project::UserRole role() const { return m_role; }
    bool isSignedIn() const { return !m_userName.isEmpty(); }
    // Administrators may do what supervisors may.
    bool isSupervisor() const { return isSignedIn() && m_role != project::UserRole::Labeller; }
    bool isAdministrator() const { return isSignedIn() && m_role == project::UserRole::Administrator; }

    // Emits changed(); an empty name signs out. The role must be the account's (project::Accounts
    // signs in); core/project reads the stored role again for every guarded action.
    void signIn(const QString& userName, project::UserRole role);
    void signIn(const project::UserRecord& account) { signIn(account.name, account.role); }
    void signOut() { signIn(QString(), project::UserRole::Labeller); }

    // The defence behind every disabled button: true for a supervisor; otherwise emits refused()
    // with a sentence naming `what` (e.g. "accept labels") and returns false.
    bool requireSupervisor(const QString& what);
    // The sentence requireSupervisor() emits, for callers that report it themselves.
    QString supervisorRefusal(const QString& what) const;
    // Shows a refusal that core/project made (and audited): emits refused().
    void reportRefusal(const QString& message) { Q_EMIT refused(message); }

Q_SIGNALS:
    void changed();
    void refused(const QString& message);

private:
    QString m_userName;
    project::UserRole m_role = project::UserRole::Labeller;
};

}  // namespace dmad::ui
