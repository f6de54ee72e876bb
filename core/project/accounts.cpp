#include "project/accounts.h"

#include "project/access.h"
#include "project/audit_log.h"
#include "project/project_error.h"
#include "project/project_store.h"
#include "project/user_repository.h"

#include <QObject>

namespace dmad::project {

namespace {

QString userSubject(const UserRecord& user) {
    return QStringLiteral("user:%1").arg(user.id);
}

void requirePassword(const QString& password) {
    if (const QString problem = UserRepository::passwordProblem(password); !problem.isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, problem);
    }
}

}  // namespace

bool Accounts::needsAdministrator() const {
    return !UserRepository(m_store).hasAdministrator();
}

UserRecord Accounts::createFirstAdministrator(const QString& name, const QString& password) {
    const QString clean = UserRepository::validName(name);
    requirePassword(password);
    UserRepository users(m_store);
    Transaction transaction(m_store);
    if (!needsAdministrator()) {
        throw ProjectError(ProjectError::Kind::NotAllowed,
                           QObject::tr("This project already has an administrator; ask them for an account."));
    }
    UserRecord admin;
    if (const auto existing = users.byName(clean)) {
        if (existing->hasPassword) {
            throw ProjectError(ProjectError::Kind::InvalidInput,
                               QObject::tr("There is already a user \"%1\" with a password.").arg(existing->name));
        }
        users.setPassword(existing->id, password);
        users.setRole(existing->id, UserRole::Administrator);
        admin = *users.byId(existing->id);
    } else {
        admin = users.add(clean, UserRole::Administrator, password);
    }
    AuditLog(m_store).append(admin.name, QStringLiteral("create_administrator"), userSubject(admin));
    transaction.commit();
    return admin;
}

UserRecord Accounts::signIn(const QString& name, const QString& password) {
    UserRepository users(m_store);
    const auto user = users.verify(name, password);
    if (!user) {
        const auto known = users.byName(name);
        AuditLog(m_store).append(known ? known->name : name.left(UserRepository::kMaxNameLength),
                                 QStringLiteral("sign_in_failed"), known ? userSubject(*known) : QString());
        if (known && !known->hasPassword) {
            throw ProjectError(ProjectError::Kind::NotAllowed,
                               QObject::tr("%1 has no password yet: an administrator gives the account one "
                                           "(File > Add User... with the same name).")
                                   .arg(known->name));
        }
        throw ProjectError(ProjectError::Kind::NotAllowed, QObject::tr("Unknown user name or wrong password."));
    }
    AuditLog(m_store).append(user->name, QStringLiteral("sign_in"), userSubject(*user), toText(user->role));
    return *user;
}

UserRecord Accounts::signInWithoutPassword(const QString& name, UserRole roleIfNew) {
    Transaction transaction(m_store);
    const UserRecord user = UserRepository(m_store).ensure(name, roleIfNew);
    AuditLog(m_store).append(user.name, QStringLiteral("sign_in"), userSubject(user),
                                                       toText(user.role) + QStringLiteral(", without password (test)"));
    transaction.commit();
    return user;
}

void Accounts::signOut(const UserRecord& user) {
    AuditLog(m_store).append(user.name, QStringLiteral("sign_out"), userSubject(user));
}

UserRecord Accounts::addUser(const QString& administrator, const QString& name, UserRole role,
                             const QString& password) {
    requireAllowed(m_store, administrator, Action::ManageUsers, QStringLiteral("user:%1").arg(name.left(64)));
    const QString clean = UserRepository::validName(name);
    requirePassword(password);
    UserRepository users(m_store);
    Transaction transaction(m_store);
    UserRecord user;
    if (const auto existing = users.byName(clean); existing && !existing->hasPassword) {
        users.setPassword(existing->id, password);
        users.setRole(existing->id, role);
        user = *users.byId(existing->id);
        AuditLog(m_store).append(administrator, QStringLiteral("set_password"), userSubject(user), toText(role));
    } else {
        user = users.add(clean, role, password);
        AuditLog(m_store).append(administrator, QStringLiteral("add_user"), userSubject(user), toText(role));
    }
    transaction.commit();
    return user;
}

}  // namespace dmad::project
