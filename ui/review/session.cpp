#include "ui/review/session.h"

#include "project/audit_log.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/user_repository.h"

namespace dmad::ui {

Session::Session(QObject* parent) : QObject(parent) {}

void Session::signIn(const QString& userName, project::UserRole role)
{
    m_userName = userName.trimmed();
    m_role = role;
    Q_EMIT changed();
}

void Session::recordIn(project::ProjectStore& store) const
{
    if (!isSignedIn())
        throw project::ProjectError(project::ProjectError::Kind::InvalidInput, tr("Nobody is signed in."));
    project::Transaction transaction(store);
    project::UserRepository users(store);
    const project::UserRecord user = users.ensure(m_userName, m_role);
    if (user.role != m_role)
        users.setRole(user.id, m_role);
    project::AuditLog(store).append(m_userName, QStringLiteral("sign_in"), QStringLiteral("user:%1").arg(user.id),
                                    project::toText(m_role));
    transaction.commit();
}

bool Session::requireSupervisor(const QString& what)
{
    if (isSupervisor())
        return true;
    Q_EMIT refused(supervisorRefusal(what));
    return false;
}

QString Session::supervisorRefusal(const QString& what) const
{
    return isSignedIn() ? tr("Only a supervisor may %1; you are signed in as a labeller.").arg(what)
                        : tr("Only a supervisor may %1; nobody is signed in.").arg(what);
}

}  // namespace dmad::ui
