// Signing in with a name and password, the project's first administrator, and adding users.
#pragma once

#include "project/project_types.h"

namespace dmad::project {

class ProjectStore;

// Every sign-in (also a failed one), sign-out and account change is audited.
class Accounts {
public:
    explicit Accounts(ProjectStore& store) : m_store(store) {}

    // True until the project has an administrator who can sign in: a new project, or one from before
    // accounts had passwords. The first sign-in then creates one.
    bool needsAdministrator() const;
    // Refused (NotAllowed) once an administrator exists. A user of an older project without a
    // password may become the administrator under their own name (their account is kept).
    UserRecord createFirstAdministrator(const QString& name, const QString& password);

    // The account, its role as stored. Throws ProjectError (NotAllowed) on an unknown name, a wrong
    // password or an account that has no password yet, with one sentence that does not tell which.
    UserRecord signIn(const QString& name, const QString& password);
    void signOut(const UserRecord& user);
    // The test suites' sign-in (dmad-studio --user, only with DMAD_TEST_SIGN_IN=1): no password. A
    // missing account is created with roleIfNew; a stored role is never changed. Audited as a sign-in
    // "without password (test)", in one transaction with the account it may create.
    UserRecord signInWithoutPassword(const QString& name, UserRole roleIfNew);

    // An administrator adds a user. A user of an older project without a password gets this
    // password and role instead (that is how such users are let in).
    UserRecord addUser(const QString& administrator, const QString& name, UserRole role, const QString& password);

private:
    ProjectStore& m_store;
};

}  // namespace dmad::project
