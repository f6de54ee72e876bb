#include "ui/review/session.h"

namespace dmad::ui {

Session::Session(QObject* parent) : QObject(parent) {}

void Session::signIn(const QString& userName, project::UserRole role) {
    m_userName = userName.trimmed();
    m_role = role;
    Q_EMIT changed();
}

bool Session::requireSupervisor(const QString& what) {
    if (isSupervisor()) return true;
    Q_EMIT refused(supervisorRefusal(what));
    return false;
}

QString Session::supervisorRefusal(const QString& what) const {
    return isSignedIn() ? tr("Only a supervisor may %1; you are signed in as a labeller.").arg(what)
                        : tr("Only a supervisor may %1; nobody is signed in.").arg(what);
}

}  // namespace dmad::ui
