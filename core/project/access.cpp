#include "project/access.h"

#include "project/audit_log.h"
#include "project/project_error.h"
#include "project/user_repository.h"

#include <QObject>

namespace dmad::project {

namespace {

UserRole requiredRole(Action action) {
    switch (action) {
    case Action::Label: return UserRole::Labeller;
    case Action::Review:
    case Action::SetThreshold:
    case Action::ActivateModel:
    case Action::Delete: return UserRole::Supervisor;
    case Action::ManageUsers: return UserRole::Administrator;
    }
    return UserRole::Administrator;
}

int rank(UserRole role) {
    return static_cast<int>(role);
}

QString roleName(UserRole role) {
    switch (role) {
    case UserRole::Labeller: return QObject::tr("a labeller");
    case UserRole::Supervisor: return QObject::tr("a supervisor");
    case UserRole::Administrator: return QObject::tr("an administrator");
    }
    return {};
}

// A whole phrase per role: languages place and inflect the role differently ("als Annotator", no article).
QString signedInAs(UserRole role) {
    switch (role) {
    case UserRole::Labeller: return QObject::tr("you are signed in as a labeller");
    case UserRole::Supervisor: return QObject::tr("you are signed in as a supervisor");
    case UserRole::Administrator: return QObject::tr("you are signed in as an administrator");
    }
    return {};
}

}  // namespace

bool roleAllows(UserRole role, Action action) {
    return rank(role) >= rank(requiredRole(action));
}

QString describe(Action action) {
    switch (action) {
    case Action::Label: return QObject::tr("label images");
    case Action::Review: return QObject::tr("review labels");
    case Action::SetThreshold: return QObject::tr("change a threshold");
    case Action::ActivateModel: return QObject::tr("activate or roll back a model version");
    case Action::Delete: return QObject::tr("delete what another user made");
    case Action::ManageUsers: return QObject::tr("manage user accounts");
    }
    return {};
}

std::optional<UserRole> storedRole(ProjectStore& store, const QString& user) {
    if (user.trimmed().isEmpty()) return std::nullopt;
    const auto record = UserRepository(store).byName(user);
    if (!record) return std::nullopt;
    return record->role;
}

bool isAllowed(ProjectStore& store, const QString& user, Action action) {
    const auto role = storedRole(store, user);
    return role && roleAllows(*role, action);
}

void requireAllowed(ProjectStore& store, const QString& user, Action action, const QString& subject) {
    const auto role = storedRole(store, user);
    if (role && roleAllows(*role, action)) return;
    const QString who = role ? signedInAs(*role) : QObject::tr("\"%1\" has no account in this project").arg(user);
    const QString message =
        QObject::tr("Only %1 may %2; %3.").arg(roleName(requiredRole(action)), describe(action), who);
    AuditLog(store).append(user, QStringLiteral("refused"), subject, describe(action));
    throw ProjectError(ProjectError::Kind::NotAllowed, message);
}

}  // namespace dmad::project
