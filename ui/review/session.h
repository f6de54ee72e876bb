// Who is working and in which role: the one place that says whether a supervisor-only action may run.
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
    bool isSupervisor() const { return isSignedIn() && m_role == project::UserRole::Supervisor; }

    // Emits changed(); an empty name signs out.
    void signIn(const QString& userName, project::UserRole role);

    // Puts the user into the project's users table with the chosen role and audits the sign-in,
    // in one transaction. Throws ProjectError (also when nobody is signed in).
    void recordIn(project::ProjectStore& store) const;

    // The defence behind every disabled button: true for a supervisor; otherwise emits refused()
    // with a sentence naming `what` (e.g. "accept labels") and returns false.
    bool requireSupervisor(const QString& what);
    // The sentence requireSupervisor() emits, for callers that report it themselves.
    QString supervisorRefusal(const QString& what) const;

Q_SIGNALS:
    void changed();
    void refused(const QString& message);

private:
    QString m_userName;
    project::UserRole m_role = project::UserRole::Labeller;
};

}  // namespace dmad::ui
